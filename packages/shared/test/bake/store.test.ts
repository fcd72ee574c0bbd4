/** The baseline store (stable.json) against a loopback S3. */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { s3Client } from '../../src/io/publish/s3.js';
import { BASELINE_SCHEMA, promoteStableBaseline, readStableBaseline } from '../../src/io/store/baseline-store.js';
import { FAKE_AWS_ENV, type FakeS3, startFakeS3 } from './fakes.js';

describe('baseline store', () => {
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
  const opts = () => ({ s3: s3Client({ endpoint: s3.url }), minDelayMs: 1 });
  const store = 's3://nc-perf-results/daily/';

  it('reads nothing before the first promotion, then the promoted record', async () => {
    expect(await readStableBaseline(store, 'api', 'prod', opts())).toBeUndefined();
    const p = await promoteStableBaseline(
      store,
      {
        service: 'api',
        environment: 'prod',
        version: 'v1',
        window: { start: 100, end: 1900 },
        verifiedAt: '2026-11-27T08:00:00Z',
      },
      opts(),
    );
    expect(p).toMatchObject({ status: 'promoted', uri: 's3://nc-perf-results/daily/baselines/api/prod/stable.json' });
    const rec = await readStableBaseline(store, 'api', 'prod', opts());
    expect(rec).toMatchObject({ schema: BASELINE_SCHEMA, version: 'v1', window: { start: 100, end: 1900 } });
    const put = s3.puts().find((r) => r.path.endsWith('stable.json'))!;
    expect(put.headers['if-none-match']).toBe('*');
    expect(put.headers['x-amz-server-side-encryption']).toBe('aws:kms');
  });

  it('replaces with compare-and-swap, keeps history and the previous version, never goes backwards', async () => {
    const p = await promoteStableBaseline(
      store,
      {
        service: 'api',
        environment: 'prod',
        version: 'v2',
        window: { start: 2000, end: 3800 },
        verifiedAt: '2026-11-27T09:00:00Z',
      },
      opts(),
    );
    expect(p).toMatchObject({ status: 'promoted', previous: { version: 'v1' } });
    expect(
      s3
        .puts()
        .filter((r) => r.path.endsWith('stable.json'))
        .at(-1)?.headers['if-match'],
    ).toBeTruthy();
    expect([...s3.objects.keys()].filter((k) => k.includes('/history/'))).toHaveLength(2);
    const old = await promoteStableBaseline(
      store,
      {
        service: 'api',
        environment: 'prod',
        version: 'v0',
        window: { start: 0, end: 1 },
        verifiedAt: '2026-11-27T07:00:00Z',
      },
      opts(),
    );
    expect(old.status).toBe('skipped-newer');
    expect((await readStableBaseline(store, 'api', 'prod', opts()))?.version).toBe('v2');
    expect(
      (
        await promoteStableBaseline(
          store,
          {
            service: 'api',
            environment: 'prod',
            version: 'v2',
            window: { start: 2000, end: 3800 },
            verifiedAt: '2026-11-27T09:30:00Z',
          },
          opts(),
        )
      ).status,
    ).toBe('unchanged');
  });

  it('refuses a corrupt record with a message naming it', async () => {
    s3.objects.set('nc-perf-results/daily/baselines/bad/prod/stable.json', {
      body: Buffer.from('{"version": 3}'),
      etag: '"x"',
      sha256: '',
      headers: {},
    });
    await expect(readStableBaseline(store, 'bad', 'prod', opts())).rejects.toThrow(
      /stable.json is not a driftgate baseline record/,
    );
  });
});
