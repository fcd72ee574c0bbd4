/** @driftgate/shared: utilities: errors, logging, time, escaping, redaction, validation, paths and output files, proxies, concurrency, version. */

export * from './core/concurrency.js';
export * from './core/errors.js';
export * from './core/escape.js';
export * from './core/log.js';
export * from './core/numbers.js';
export * from './core/redact.js';
export * from './core/repository.js';
export * from './core/time.js';
export * from './core/validation.js';
export * from './core/version.js';
export * from './io/aws.js';
export * from './io/paths.js';
export * from './io/proxy.js';
