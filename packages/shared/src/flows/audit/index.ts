/** @driftgate/shared/audit: the signed, hash-chained optimizer audit log (PERF-003 §5, §11). */

export * from '../../core/audit/entry.js';
export * from '../../io/kms.js';
export * from './audit-log.js';
export * from './audit-settings.js';
