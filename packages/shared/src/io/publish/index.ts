/** @driftgate/shared/publish: S3 (SSE-KMS) and workflow artifacts. */
export * from './artifact.js';
export * from './s3.js';
