/** @driftgate/shared/audit: the signed, hash-chained optimizer audit log (PERF-003 §5, §11). */
export * from './append-settings.js';
export * from './entry.js';
export * from './kms.js';
export * from './log.js';
