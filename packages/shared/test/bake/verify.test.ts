/**
 * runVerify in-process with injected fakes: the artifact fallback when S3 keeps failing; scrape notes in the
 * evidence; the baseline store record's verified window as the one baseline of every rule.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryLogger } from '../../src/core/log.js';
import { isoTime } from '../../src/core/time.js';
import { runVerify } from '../../src/flows/bake/verify.js';
import { memoryArtifactUploader } from '../../src/io/publish/artifact.js';
import { s3Client } from '../../src/io/publish/s3.js';
import { BASELINE_SCHEMA, type StableBaseline } from '../../src/io/store/baseline-store.js';
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
        failOn: [],
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
      { metricsFile: file, rollback: 'dry-run', failOn: [], outputDir: 'out-old', cwd: dir },
      { logger: memoryLogger() },
    );
    expect(r.verification.verdict).toBe('rollback'); // same data, same decision
    expect(r.verification.baseline.values.latency_p95_read?.notes).toContain(
      'scrape interval not measured (the recording has no answer): assumed 15s; set scrape_interval in the config if that is wrong',
    );
  });

  it('judges the drift (ticket) rule against the baseline store record’s verified window when no window is given', async () => {
    // The recording with the baseline's data moved a day earlier (the record's window) and no baseline window
    // of its own: only a bake that asks for the record's window finds its data.
    type Entry = { query: string; time?: number; start?: number; end?: number; result: any };
    const rec = JSON.parse(await readFile(RECORDING, 'utf8')) as {
      defaults: Record<string, unknown>;
      entries: Entry[];
    };
    const DAY = 86400;
    const shift = (e: Entry): Entry => {
      if (!e.query.includes('version="v1.41.0"')) return e;
      const series = (e.result.series ?? []).map((x: { samples: Array<[number, string]> }) => ({
        ...x,
        samples: x.samples.map(([t, v]) => [t - DAY, v]),
      }));
      return {
        ...e,
        ...(e.time !== undefined ? { time: e.time - DAY } : {}),
        ...(e.start !== undefined ? { start: e.start - DAY, end: (e.end as number) - DAY } : {}),
        result: { ...e.result, series },
      };
    };
    const { baselineWindow, ...defaults } = rec.defaults;
    const [start, end] = String(baselineWindow).split('..').map(Number) as [number, number];
    const file = join(dir, 'record-window-recording.json');
    await writeFile(file, JSON.stringify({ ...rec, defaults, entries: rec.entries.map(shift) }));

    const original = await runVerify(
      { metricsFile: RECORDING, rollback: 'dry-run', failOn: [], outputDir: 'out-original', cwd: dir },
      { logger: memoryLogger() },
    );
    const values = original.verification.baseline.values;
    const record = (factor = 1): StableBaseline => ({
      schema: BASELINE_SCHEMA,
      service: 'checkout-api',
      environment: 'prod',
      version: 'v1.41.0',
      window: { start: start - DAY, end: end - DAY },
      verifiedAt: isoTime(end - DAY + 60),
      baseline: {
        estimator: 'driftgate-estimate',
        trimIncidents: true,
        metrics: Object.fromEntries(
          Object.entries(values).map(([id, b]) => [
            id,
            { value: b.value === null ? null : id === 'latency_p95_read' ? b.value * factor : b.value },
          ]),
        ),
      },
    });
    const logger = memoryLogger();
    const r = await runVerify(
      { metricsFile: file, rollback: 'dry-run', failOn: [], outputDir: 'out-record', cwd: dir },
      { logger, stableBaseline: record() },
    );
    const v = r.verification;
    expect(v.baseline.window).toEqual({ start: isoTime(start - DAY), end: isoTime(end - DAY) });
    expect(logger.lines.join('\n')).toMatch(/Baseline window: .* the baseline store record's verified window/);
    expect(v.baseline.values.latency_p95_read).toMatchObject({ from: 'store', value: values.latency_p95_read?.value });
    // The same data a day earlier: the drift judge sees the same baseline, every tick says the same.
    expect(v.verdict).toBe(original.verification.verdict);
    const drifts = (w: typeof v.windows) => w.map((t) => [t.at, t.metrics.latency_p95_read?.drift ?? null]);
    expect(drifts(v.windows)).toEqual(drifts(original.verification.windows));
    expect(drifts(v.windows).filter(([, d]) => d !== null).length).toBeGreaterThan(0);
    expect(logger.lines.filter((l) => /baseline store record's baseline is/.test(l))).toEqual([]);

    // A stored value its window's data no longer gives: the bake says which rule judges on what.
    const moved = memoryLogger();
    await runVerify(
      { metricsFile: file, rollback: 'dry-run', failOn: [], outputDir: 'out-moved', cwd: dir },
      { logger: moved, stableBaseline: record(1.1) },
    );
    expect(moved.lines.filter((l) => /baseline store record's baseline is/.test(l))).toEqual([
      expect.stringMatching(
        /^warning: latency_p95_read: .* its window's data now gives .*; the bake's drift \(ticket\) rule judges on the data it read, its ratio and SLO rules on the stored baseline\.$/,
      ),
    ]);

    // A record without a stored baseline (written before it had one): the hour before the bake, as before,
    // which this recording does not hold.
    const { baseline: _none, ...old } = record();
    await expect(
      runVerify(
        { metricsFile: file, rollback: 'dry-run', failOn: [], outputDir: 'out-old-record', cwd: dir },
        { logger: memoryLogger(), stableBaseline: old as StableBaseline },
      ),
    ).rejects.toThrow(/not recorded|recording/i);
  });

  it('a bake cancelled 75 s in, before its first tick, ends when it was cancelled, not at its start', async () => {
    const bakeStart = Date.parse('2026-11-20T14:00:00Z') / 1000; // the recording's
    const controller = new AbortController();
    let now = bakeStart + 75;
    // SIGTERM arrives while the bake waits for its first tick (due at +1m30s: interval plus evaluation delay).
    const clock = {
      now: () => now,
      sleep: async (until: number) => {
        now = Math.min(until, bakeStart + 75);
        controller.abort(new Error('cancelled by SIGTERM'));
        throw controller.signal.reason;
      },
    };
    const r = await runVerify(
      { metricsFile: RECORDING, rollback: 'dry-run', failOn: [], outputDir: 'out-cancel', cwd: dir },
      { logger: memoryLogger(), clock, signal: controller.signal },
    );
    expect(r.verification.verdict).toBe('cancelled');
    expect(r.verification.bake).toMatchObject({ ticks: 0, start: isoTime(bakeStart), end: isoTime(bakeStart + 75) });
    expect(r.verification.headline).toMatch(/^Cancelled after 0 tick\(s\)/);
  });
});
