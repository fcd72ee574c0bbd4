/** @driftgate/shared/sources: metric sources: Prometheus, AMP (SigV4), recordings; createSource / openSource. */
export * from './amp.js';
export * from './create.js';
export * from './file.js';
export * from './once.js';
export * from './prometheus.js';
export * from './source-types.js';
