/** S3 evidence uploads against a loopback S3: SSE-KMS, SHA-256 checksum, write-once, retries. */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alternateKey, parseS3Uri, putWriteOnce, s3Client } from '../../src/io/publish/s3.js';
import { FAKE_AWS_ENV, type FakeS3, startFakeS3 } from '../bake/fakes.js';

describe('putWriteOnce', () => {
  let s3: FakeS3;
  const env = { ...process.env };
  beforeAll(async () => {
    Object.assign(process.env, FAKE_AWS_ENV);
    s3 = await startFakeS3();
  });
  afterAll(async () => {
    process.env = env;
    await s3?.close();
  });
  const client = () => s3Client({ endpoint: s3.url, region: 'eu-west-1' });

  it('writes with SSE-KMS, a SHA-256 checksum and If-None-Match: *', async () => {
    const body = '{"schema":"driftgate.verification/v1"}\n';
    const r = await putWriteOnce({
      client: client(),
      bucket: 'nc-perf-results',
      key: 'daily/20261127/api/prod/v2/perf_verification.json',
      body,
      kmsKeyId: 'alias/perf',
      minDelayMs: 1,
    });
    expect(r.uri).toBe('s3://nc-perf-results/daily/20261127/api/prod/v2/perf_verification.json');
    const put = s3.puts().at(-1)!;
    expect(put.path).toBe('/nc-perf-results/daily/20261127/api/prod/v2/perf_verification.json');
    expect(put.headers['x-amz-server-side-encryption']).toBe('aws:kms');
    expect(put.headers['x-amz-server-side-encryption-aws-kms-key-id']).toBe('alias/perf');
    expect(put.headers['x-amz-checksum-sha256']).toBe(createHash('sha256').update(body).digest('base64'));
    expect(put.headers['if-none-match']).toBe('*');
    expect(put.text()).toBe(body);
  });

  it('never overwrites: the same bytes are a no-op, other bytes go beside them', async () => {
    const key = 'daily/x/perf_verification.json';
    await putWriteOnce({ client: client(), bucket: 'b1', key, body: 'one', minDelayMs: 1 });
    const again = await putWriteOnce({ client: client(), bucket: 'b1', key, body: 'one', minDelayMs: 1 });
    expect(again.alreadyPresent).toBe(true);
    const other = await putWriteOnce({ client: client(), bucket: 'b1', key, body: 'two', minDelayMs: 1 });
    expect(other.key).toBe('daily/x/perf_verification.2.json');
    expect(other.skipped).toEqual([key]);
    expect(s3.objects.get(`b1/${key}`)?.body.toString()).toBe('one');
  });

  it('retries server errors, and fails with a useful message when they persist', async () => {
    s3.failPuts(2);
    const r = await putWriteOnce({ client: client(), bucket: 'b2', key: 'k.json', body: 'x', minDelayMs: 1 });
    expect(r.attempts).toBe(3);
    s3.failPuts(Number.POSITIVE_INFINITY);
    await expect(
      putWriteOnce({ client: client(), bucket: 'b2', key: 'k2.json', body: 'x', retries: 2, minDelayMs: 1 }),
    ).rejects.toThrow(/S3 request for s3:\/\/b2\/k2.json failed \(HTTP 500/);
    s3.failPuts(0);
  });

  it('parses S3 URIs and names the input when one is wrong', () => {
    expect(parseS3Uri('s3://nc-perf-results/daily', 'Input "s3-uri"')).toEqual({
      bucket: 'nc-perf-results',
      prefix: 'daily/',
    });
    expect(() => parseS3Uri('https://x', 'Input "s3-uri"')).toThrow(
      /Input "s3-uri" is "https:\/\/x": expected an S3 URI/,
    );
    expect(alternateKey('a/perf_verification.json', 3)).toBe('a/perf_verification.3.json');
  });
});
