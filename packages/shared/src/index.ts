/** @driftgate/shared: utilities: errors, logging, time, escaping, redaction, validation, paths, proxies, concurrency, version. */
export * from './aws.js';
export * from './concurrency.js';
export * from './errors.js';
export * from './escape.js';
export * from './log.js';
export * from './numbers.js';
export * from './paths.js';
export * from './proxy.js';
export * from './redact.js';
export * from './repository.js';
export * from './time.js';
export * from './validation.js';
export * from './version.js';
