/** runVerify in-process with injected fakes: the artifact fallback when S3 keeps failing; scrape notes in the evidence. */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runVerify } from '../../src/bake/verify.js';
import { memoryLogger } from '../../src/log.js';
import { memoryArtifactUploader } from '../../src/publish/artifact.js';
import { s3Client } from '../../src/publish/s3.js';
import { FAKE_AWS_ENV, type FakeS3, startFakeS3 } from './fakes.js';

const RECORDING = resolve(import.meta.dirname, '../../../cli/demo/bake-recording.json');

describe('runVerify', () => {
  let s3: FakeS3;
  let dir: string;
  const env = { ...process.env };
  beforeAll(async () => {
    Object.assign(process.env, FAKE_AWS_ENV);
    s3 = await startFakeS3();
    dir = await mkdtemp(join(tmpdir(), 'driftgate-verify-'));
  });
  afterAll(async () => {
    process.env = env;
    await s3?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('keeps the evidence and uploads it as a workflow artifact when S3 keeps failing', async () => {
    s3.failPuts(Number.POSITIVE_INFINITY);
    const artifacts = memoryArtifactUploader();
    const logger = memoryLogger();
    const r = await runVerify(
      {
        metricsFile: RECORDING,
        rollback: 'dry-run',
        failOn: 'none',
        s3Uri: 's3://nc-perf-results/daily/',
        outputDir: 'out',
        cwd: dir,
      },
      { s3: s3Client({ endpoint: s3.url }), artifacts, logger, retry: { retries: 1, minDelayMs: 1 } },
    );
    expect(r.verification.verdict).toBe('rollback');
    expect(r.failed).toBe(true);
    expect(r.failures.join()).toMatch(/uploading the evidence to S3 failed/);
    expect(r.s3).toBeNull();
    expect(artifacts.uploads).toEqual([{ name: 'perf-verification', files: ['perf_verification.json'] }]);
    expect(r.path).toBe(join(dir, 'out', 'perf_verification.json'));
    expect(s3.puts()).toHaveLength(2); // one try + one retry
    s3.failPuts(0);
  });

  it('writes what it assumed about the scrape interval into the baseline evidence', async () => {
    // A recording made before the scrape interval was measured: no answer to the measurement query.
    const rec = JSON.parse(await readFile(RECORDING, 'utf8')) as { entries: Array<{ query: string }> };
    const old = { ...rec, entries: rec.entries.filter((e) => !e.query.includes('count_over_time')) };
    expect(old.entries.length).toBeLessThan(rec.entries.length);
    const file = join(dir, 'old-bake-recording.json');
    await writeFile(file, JSON.stringify(old));
    const r = await runVerify(
      { metricsFile: file, rollback: 'dry-run', failOn: 'none', outputDir: 'out-old', cwd: dir },
      { logger: memoryLogger() },
    );
    expect(r.verification.verdict).toBe('rollback'); // same data, same decision
    expect(r.verification.baseline.values.latency_p95_read?.notes).toContain(
      'scrape interval not measured (the recording has no answer): assumed 15s; set scrape_interval in the config if that is wrong',
    );
  });
});
