/**
 * One baseline per release and metric, end to end through the baseline store (a loopback S3): the gate
 * computes it, the store record holds it, and the bake and the watch's rules read it back; without a stored
 * baseline the watch computes the same values from the verified window.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '@driftgate/testkit/run-action';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_CONFIG } from '../../src/core/config.js';
import { memoryLogger } from '../../src/core/log.js';
import { runVerify } from '../../src/flows/bake/verify.js';
import { compareSettings, runCompare } from '../../src/flows/compare/index.js';
import { baselineStatistics, runRules } from '../../src/flows/watch/watch-plan.js';
import { s3Client } from '../../src/io/publish/s3.js';
import { promoteStableBaseline, readStableBaseline } from '../../src/io/store/baseline-store.js';
import { FAKE_AWS_ENV, type FakeS3, startFakeS3 } from '../bake/fakes.js';

const COMPARE = join(REPO_ROOT, 'packages/cli/demo/compare-recording.json');
const BAKE = join(REPO_ROOT, 'packages/cli/demo/bake-recording.json');

describe('one baseline: gate, store, bake and watch', () => {
  let s3: FakeS3;
  const env = { ...process.env };
  beforeAll(async () => {
    Object.assign(process.env, FAKE_AWS_ENV);
    s3 = await startFakeS3();
    process.env.AWS_ENDPOINT_URL_S3 = s3.url;
  });
  afterAll(async () => {
    process.env = env;
    await s3?.close();
  });

  it('the store record holds the gate’s baseline; the bake and the watch use it; the watch says which statistic', async () => {
    const out = await mkdtemp(join(tmpdir(), 'driftgate-one-baseline-'));
    const gate = await runCompare(
      compareSettings({ metricsFile: COMPARE, config: BUILTIN_CONFIG, outputDir: out, cwd: out }),
    );
    const read = gate.comparison.metrics.find((m) => m.id === 'latency_p95_read');
    expect(gate.baseline?.metrics.latency_p95_read?.value).toBe(read?.baseline.value);
    const store = 's3://nc-perf-results/one/';
    const w = gate.comparison.baseline.window;
    await promoteStableBaseline(
      store,
      {
        service: 'checkout-api',
        environment: 'prod',
        version: 'v1.41.0',
        window: { start: Date.parse(w.start) / 1000, end: Date.parse(w.end) / 1000 },
        verifiedAt: '2026-11-27T09:00:00Z',
        ...(gate.baseline ? { baseline: gate.baseline } : {}),
      },
      { s3: s3Client({ endpoint: s3.url }), minDelayMs: 1 },
    );
    const record = await readStableBaseline(store, 'checkout-api', 'prod', { s3: s3Client({ endpoint: s3.url }) });
    expect(record?.baseline?.metrics.latency_p95_read?.value).toBe(read?.baseline.value);

    // The watch: the stored values (no query for them), histogram quantiles as their 5-minute histogram_quantile.
    const stored = await runRules({ service: 'checkout-api', baselineStore: store, metricsFile: COMPARE, cwd: out });
    const src = stored.baseline.sources.latency_p95_read;
    expect(src).toMatchObject({ from: 'store', statistic: 'histogram_quantile_5m' });
    expect(src?.baseline).toBe(read?.baseline.value);
    expect(src?.value).toBe(gate.baseline?.metrics.latency_p95_read?.histogramQuantile5m);
    expect(stored.baseline.sources.cpu).toMatchObject({ from: 'store', statistic: 'estimate' });
    expect(stored.baseline.values.cpu).toBe(gate.comparison.metrics.find((m) => m.id === 'cpu')?.baseline.value);
    expect(baselineStatistics(stored.baseline.sources)).toMatch(
      /latency_p95_read: 0\.1\d+ \(5-minute histogram_quantile; baseline 0\.12\d*\)/,
    );
    // Without the record's values: computed from the same window, the same numbers.
    const computed = await runRules({
      service: 'checkout-api',
      baselineVersion: 'v1.41.0',
      baselineWindow: `${Date.parse(w.start) / 1000}..${Date.parse(w.end) / 1000}`,
      metricsFile: COMPARE,
      cwd: out,
    });
    expect(computed.baseline.sources.latency_p95_read?.from).toBe('window');
    for (const [id, v] of Object.entries(stored.baseline.values)) {
      if (v === null) expect(computed.baseline.values[id]).toBeNull();
      else expect(computed.baseline.values[id]).toBeCloseTo(v, 9);
    }

    // The bake: the record's version has its baseline; every tick compares with it (the evidence says so).
    const bake = await runVerify(
      { metricsFile: BAKE, config: BUILTIN_CONFIG, failOn: [], outputDir: join(out, 'bake'), cwd: out },
      { stableBaseline: record },
    );
    const v = bake.verification;
    expect(v.baseline.values.latency_p95_read).toMatchObject({ from: 'store', value: expect.any(Number) });
    expect(v.baseline.values.latency_p95_read?.value).toBeCloseTo(read?.baseline.value as number, 3);
    const fired = v.events.find((e) => e.type === 'fired' && e.metric === 'latency_p95_read');
    expect(fired?.threshold).toBeCloseTo(1.5 * (read?.baseline.value as number), 3);
    expect(bake.markdown).toMatch(/values from its baseline store record/);
    // The deployed version's own baseline, for its promotion.
    expect(v.release_baseline?.metrics.latency_p95_read?.value).toBeGreaterThan(0.15);
  });

  it('the gate reading its baseline from the store says when the window no longer gives the stored baseline', async () => {
    const out = await mkdtemp(join(tmpdir(), 'driftgate-stored-'));
    const first = await runCompare(
      compareSettings({ metricsFile: COMPARE, config: BUILTIN_CONFIG, outputDir: out, cwd: out }),
    );
    const w = first.comparison.baseline.window;
    const window = { start: Date.parse(w.start) / 1000, end: Date.parse(w.end) / 1000 };
    const promote = async (store: string, factor: number) => {
      const base = first.baseline as NonNullable<typeof first.baseline>;
      const read = base.metrics.latency_p95_read as NonNullable<(typeof base.metrics)[string]>;
      await promoteStableBaseline(
        store,
        {
          service: 'checkout-api',
          environment: 'prod',
          version: 'v1.41.0',
          window,
          verifiedAt: '2026-11-27T09:00:00Z',
          baseline: {
            ...base,
            metrics: { ...base.metrics, latency_p95_read: { ...read, value: (read.value as number) * factor } },
          },
        },
        { s3: s3Client({ endpoint: s3.url }), minDelayMs: 1 },
      );
    };
    // The recording without its own defaults (they name the baseline): the baseline comes from the store.
    const recording = JSON.parse(await readFile(COMPARE, 'utf8'));
    const bare = join(out, 'bare.json');
    await writeFile(bare, JSON.stringify({ ...recording, defaults: {} }));
    const gate = async (store: string) => {
      const logger = memoryLogger();
      const r = await runCompare(
        compareSettings({
          metricsFile: bare,
          config: BUILTIN_CONFIG,
          outputDir: out,
          cwd: out,
          service: 'checkout-api',
          environment: 'prod',
          candidateVersion: 'v1.42.0',
          candidateWindow: recording.defaults.candidateWindow,
          baselineStore: store,
        }),
        { logger },
      );
      expect(r.comparison.baseline.resolvedFrom).toMatch(/^baseline store/);
      return logger.lines.filter((l) => /baseline store record's baseline/.test(l));
    };
    await promote('s3://nc-perf-results/same/', 1);
    await promote('s3://nc-perf-results/moved/', 1.1);
    expect(await gate('s3://nc-perf-results/same/')).toEqual([]);
    expect(await gate('s3://nc-perf-results/moved/')).toEqual([
      expect.stringMatching(
        /^warning: latency_p95_read: the baseline store record's baseline is 0\.13\d*, but its window's data now gives 0\.12\d*/,
      ),
    ]);
  });

  it('refuses a record whose baseline is not one value per metric', async () => {
    const store = 's3://nc-perf-results/bad/';
    await promoteStableBaseline(
      store,
      {
        service: 'checkout-api',
        environment: 'prod',
        version: 'v1',
        window: { start: 1, end: 2 },
        verifiedAt: '2026-11-27T09:00:00Z',
        baseline: {
          estimator: 'driftgate-estimate',
          trimIncidents: true,
          metrics: { p95: { value: 'fast' as never } },
        },
      },
      { s3: s3Client({ endpoint: s3.url }), minDelayMs: 1 },
    );
    await expect(
      readStableBaseline(store, 'checkout-api', 'prod', { s3: s3Client({ endpoint: s3.url }), minDelayMs: 1 }),
    ).rejects.toThrow(/"baseline" that is not one value per metric/);
  });
});
