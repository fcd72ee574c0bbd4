/** @driftgate/shared/action: GitHub Action shell helpers: inputs, logger, run, release evidence. */
export * from './action-inputs.js';
export * from './logger.js';
export * from './release.js';
export * from './run.js';
