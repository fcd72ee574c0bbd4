/** @driftgate/shared/store: the stable-baseline store (S3). */
export * from './baseline-store.js';
