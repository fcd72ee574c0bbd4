/**
 * Evidence on S3 (PERF-003 §8: s3://nc-perf-results/daily/YYYYMMDD/, KMS-encrypted, kept 365 days).
 *
 * putWriteOnce uploads one object:
 *   - SSE-KMS (`ServerSideEncryption: aws:kms`, with `SSEKMSKeyId` when a key is given; without one the
 *     bucket's default KMS key applies);
 *   - a SHA-256 checksum computed here and sent as x-amz-checksum-sha256, which S3 verifies on receipt;
 *   - WRITE-ONCE: `If-None-Match: *`, so existing evidence is never overwritten. When the key exists, the
 *     object's checksum is compared: the same bytes (an idempotent re-run) count as uploaded; different
 *     bytes are written beside it as perf_verification.2.json, .3.json, ... (never over it);
 *   - retried with exponential backoff on throttling, 5xx and network errors.
 * Endpoint overrides (AWS_ENDPOINT_URL_S3, tests' loopback fakes) use path-style addressing, since a
 * loopback host cannot take bucket subdomains.
 */
import { createHash } from 'node:crypto';
import type { ListObjectsV2CommandOutput, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import pRetry, { AbortError } from 'p-retry';
import { ConfigurationError, errorMessage } from '../../core/errors.js';
import { type Logger, silentLogger } from '../../core/log.js';
import { awsRequestHandler, lazyClient, type Sender } from '../aws.js';

/** @aws-sdk/client-s3, imported on the first S3 request. */
export const s3Sdk = () => import('@aws-sdk/client-s3');

/** An S3 client (s3Client's, or a ready one): the SDK loads on its first request. */
export type S3 = Sender<S3Client>;

export interface S3Location {
  bucket: string;
  /** Key prefix, '' or ending in '/'. */
  prefix: string;
}

/** Parse "s3://bucket/prefix/". `what` names the input for the error message. */
export function parseS3Uri(uri: string, what: string): S3Location {
  const m = /^s3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(?:\/(.*))?$/.exec(uri.trim());
  if (!m) {
    throw new ConfigurationError(
      `${what} is ${JSON.stringify(uri)}: expected an S3 URI such as s3://nc-perf-results/daily/ (bucket, then an optional key prefix).`,
    );
  }
  let prefix = m[2] ?? '';
  if (prefix && !prefix.endsWith('/')) prefix += '/';
  return { bucket: m[1] as string, prefix };
}

export function s3Uri(bucket: string, key: string): string {
  return `s3://${bucket}/${key}`;
}

/** One path segment of a key made of user-given text (service, version): no slashes, no control characters. */
export function keySegment(text: string): string {
  return text.replace(/[^A-Za-z0-9._+=@-]/g, '_').replace(/^\.+$/, '_') || '_';
}

export interface AwsClientOptions {
  /** Input aws-region; else AWS_REGION / AWS_DEFAULT_REGION. */
  region?: string;
  /** Explicit endpoint (tests); else the SDK honours AWS_ENDPOINT_URL_S3 / AWS_ENDPOINT_URL. */
  endpoint?: string;
}

export function awsRegion(region?: string): string {
  return region || process.env.AWS_REGION || process.env.AWS_DEFAULT_REGION || 'us-east-1';
}

export function s3Client(options: AwsClientOptions = {}): S3 {
  const overridden = !!(options.endpoint || process.env.AWS_ENDPOINT_URL_S3 || process.env.AWS_ENDPOINT_URL);
  const config = {
    region: awsRegion(options.region),
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    forcePathStyle: overridden,
    // Retries are ours (withRetry), so their number and delays are the same for every call and visible in logs.
    maxAttempts: 1,
  };
  return lazyClient(async () => new (await s3Sdk()).S3Client({ ...config, requestHandler: await awsRequestHandler() }));
}

export interface RetryOptions {
  retries?: number;
  minDelayMs?: number;
  logger?: Logger;
  what?: string;
}

function statusOf(e: unknown): number | undefined {
  return (e as { $metadata?: { httpStatusCode?: number } })?.$metadata?.httpStatusCode;
}

/** Throttling, 5xx, 408/409 (conditional-write conflicts) and network errors are worth another try. */
export function isRetryable(e: unknown): boolean {
  const status = statusOf(e);
  if (status === undefined) return true;
  return status >= 500 || status === 429 || status === 408 || status === 409 || (e as Error).name === 'SlowDown';
}

export async function withRetry<T>(
  fn: () => Promise<T>,
  options: RetryOptions = {},
): Promise<{ value: T; attempts: number }> {
  let attempts = 0;
  const value = await pRetry(
    async () => {
      attempts++;
      try {
        return await fn();
      } catch (e) {
        if (!isRetryable(e)) throw new AbortError(e as Error);
        throw e;
      }
    },
    {
      retries: options.retries ?? 4,
      minTimeout: options.minDelayMs ?? 500,
      factor: 2,
      randomize: true,
      onFailedAttempt: (err) => {
        if (err.retriesLeft > 0) {
          options.logger?.warning(
            `${options.what ?? 'request'} failed (attempt ${err.attemptNumber}): ${err.message}; retrying`,
          );
        }
      },
    },
  );
  return { value, attempts };
}

export function sha256Base64(body: string | Uint8Array): string {
  return createHash('sha256').update(body).digest('base64');
}

export interface PutWriteOnceOptions extends RetryOptions {
  client: S3;
  bucket: string;
  key: string;
  /** Text (evidence JSON) or bytes (Parquet). */
  body: string | Uint8Array;
  contentType?: string;
  /** KMS key id/ARN/alias for SSE-KMS; without it the bucket's default KMS key. */
  kmsKeyId?: string;
  /** How many alternative keys (name.2.json ...) to try when the key holds different bytes. */
  maxVersions?: number;
}

export interface PutResult {
  bucket: string;
  key: string;
  uri: string;
  /** base64 SHA-256 of the body, as S3 stores it. */
  sha256: string;
  attempts: number;
  /** The same bytes were already there (a re-run): nothing was written. */
  alreadyPresent: boolean;
  /** Keys that held different evidence and were left alone. */
  skipped: string[];
  etag?: string;
  versionId?: string;
}

/** perf_verification.json -> perf_verification.2.json */
export function alternateKey(key: string, n: number): string {
  const dot = key.lastIndexOf('.');
  const slash = key.lastIndexOf('/');
  return dot > slash ? `${key.slice(0, dot)}.${n}${key.slice(dot)}` : `${key}.${n}`;
}

/**
 * Every object driftgate writes to S3 has the same shape: SSE-KMS (the given key, else the bucket's KMS
 * key), a SHA-256 checksum S3 verifies, and a condition (write-once, or compare-and-swap on an ETag).
 */
export interface EncryptedPut {
  bucket: string;
  key: string;
  /** Text (evidence JSON) or bytes (Parquet). */
  body: string | Uint8Array;
  contentType?: string;
  kmsKeyId?: string;
  condition: { IfNoneMatch: '*' } | { IfMatch: string };
}

export async function encryptedPut(o: EncryptedPut): Promise<PutObjectCommand> {
  const { PutObjectCommand } = await s3Sdk();
  return new PutObjectCommand({
    Bucket: o.bucket,
    Key: o.key,
    Body: o.body,
    ContentType: o.contentType ?? 'application/json',
    ServerSideEncryption: 'aws:kms',
    ...(o.kmsKeyId ? { SSEKMSKeyId: o.kmsKeyId } : {}),
    ChecksumAlgorithm: 'SHA256',
    ChecksumSHA256: sha256Base64(o.body),
    ...o.condition,
  });
}

/** One encrypted, conditional PUT, retried (withRetry) under `retry` and named in its logs. */
export function sendPut(client: S3, put: EncryptedPut, retry: RetryOptions) {
  return withRetry(async () => client.send(await encryptedPut(put)), {
    ...retry,
    what: `PUT ${s3Uri(put.bucket, put.key)}`,
  });
}

export async function putWriteOnce(options: PutWriteOnceOptions): Promise<PutResult> {
  const { client, bucket, body } = options;
  const logger = options.logger ?? silentLogger;
  const sha256 = sha256Base64(body);
  const skipped: string[] = [];
  let attempts = 0;
  const maxVersions = options.maxVersions ?? 20;
  for (let n = 1; n <= maxVersions; n++) {
    const key = n === 1 ? options.key : alternateKey(options.key, n);
    try {
      const r = await sendPut(
        client,
        {
          bucket,
          key,
          body,
          ...(options.contentType ? { contentType: options.contentType } : {}),
          ...(options.kmsKeyId ? { kmsKeyId: options.kmsKeyId } : {}),
          condition: { IfNoneMatch: '*' },
        },
        { ...options, logger },
      );
      attempts += r.attempts;
      return {
        bucket,
        key,
        uri: s3Uri(bucket, key),
        sha256,
        attempts,
        alreadyPresent: false,
        skipped,
        ...(r.value.ETag ? { etag: r.value.ETag } : {}),
        ...(r.value.VersionId ? { versionId: r.value.VersionId } : {}),
      };
    } catch (e) {
      attempts++;
      if (statusOf(e) !== 412) throw describeS3Error(e, bucket, key);
    }
    // 412: the key exists. The same bytes? Then this is a re-run of the same evidence: done.
    const { HeadObjectCommand } = await s3Sdk();
    const head = await withRetry(
      () => client.send(new HeadObjectCommand({ Bucket: bucket, Key: key, ChecksumMode: 'ENABLED' })),
      {
        ...options,
        logger,
        what: `HEAD ${s3Uri(bucket, key)}`,
      },
    ).catch((e) => {
      throw describeS3Error(e, bucket, key);
    });
    if (head.value.ChecksumSHA256 === sha256) {
      logger.info(`${s3Uri(bucket, key)} already holds this exact evidence (SHA-256 ${sha256}); nothing to write.`);
      return { bucket, key, uri: s3Uri(bucket, key), sha256, attempts, alreadyPresent: true, skipped };
    }
    logger.warning(
      `${s3Uri(bucket, key)} already holds different evidence (write-once: it is kept); writing beside it.`,
    );
    skipped.push(key);
  }
  throw new Error(
    `s3://${bucket}/${options.key} and ${maxVersions - 1} alternatives already exist with other content; nothing was overwritten.`,
  );
}

/** An S3 error as a message naming the object and the likely fix. */
export function describeS3Error(
  e: unknown,
  bucket: string,
  key: string,
  operation: 'GetObject' | 'PutObject' = 'PutObject',
): Error {
  const status = statusOf(e);
  const name = (e as Error)?.name ?? 'Error';
  const where = s3Uri(bucket, key);
  let fix = '';
  if ((status === 403 || name === 'AccessDenied') && operation === 'GetObject')
    fix = ' The role needs s3:GetObject (and kms:Decrypt on the key the object is encrypted with) on this key.';
  else if (status === 403 || name === 'AccessDenied')
    fix = ' The role needs s3:PutObject (and kms:GenerateDataKey on the KMS key) on this bucket.';
  else if (status === 404 || name === 'NoSuchBucket') fix = ' Check the bucket name in s3-uri.';
  else if (name === 'KMS.NotFoundException' || /kms/i.test(errorMessage(e)))
    fix = ' Check kms-key-id and the key policy.';
  const err = new Error(
    `S3 request for ${where} failed${status ? ` (HTTP ${status} ${name})` : ` (${name})`}: ${errorMessage(e)}.${fix}`,
    { cause: e },
  );
  return err;
}

/**
 * The keys under `prefix` that `match`, sorted: ListObjectsV2 page by page, at most `maxPages` pages (1,000 keys
 * each); more is an error whose text ends with `tooMany` (what to do about it), never a silently partial list.
 */
export async function listKeys(
  s3: S3,
  bucket: string,
  prefix: string,
  match: (key: string) => boolean,
  maxPages: number,
  tooMany: string,
): Promise<string[]> {
  const { ListObjectsV2Command } = await s3Sdk();
  const keys: string[] = [];
  let token: string | undefined;
  for (let page = 1; page <= maxPages; page++) {
    const out: ListObjectsV2CommandOutput = await s3
      .send(
        new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ...(token ? { ContinuationToken: token } : {}) }),
      )
      .catch((e) => {
        throw describeS3Error(e, bucket, prefix);
      });
    for (const o of out.Contents ?? []) if (o.Key && match(o.Key)) keys.push(o.Key);
    token = out.IsTruncated ? out.NextContinuationToken : undefined;
    if (!token) return keys.sort();
  }
  throw new Error(`${s3Uri(bucket, prefix)} lists more than ${maxPages} pages: ${tooMany}.`);
}
