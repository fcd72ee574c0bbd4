/**
 * The generated OpenMetrics backfills with promtool into a real Prometheus, and PromQL sees the injected
 * effects, the counter resets and the scrape gaps.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { backfill, type PrometheusServer, startPrometheus } from '@driftgate/testkit/prometheus';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildScenarios, generateScenario, generateService, normalCdf, writeOpenMetrics } from '../src/index.js';
import { sideBySide, testProfile } from './helpers.js';

// Data in the recent past, ending on an hour boundary, spanning a 2h block boundary.
const END = Math.floor(Date.now() / 1000 / 3600) * 3600 - 3600;
const WIN = `[1h]`;

function expectNear(actual: number, target: number, rel: number): void {
  expect(Math.abs(actual / target - 1), `${actual} vs ${target}`).toBeLessThan(rel);
}

/** What histogram_quantile reports for a log-normal with these buckets (linear interpolation in a bucket). */
function interpolatedQuantile(q: number, median: number, sigma: number, buckets: number[]): number {
  let lo = 0;
  let flo = 0;
  for (const le of buckets) {
    const f = normalCdf(Math.log(le / median) / sigma);
    if (f >= q) return lo + ((le - lo) * (q - flo)) / (f - flo);
    lo = le;
    flo = f;
  }
  return lo;
}

describe('OpenMetrics in Prometheus', () => {
  let prom: PrometheusServer;
  let dir: string;
  let files: string[];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'synth-test-'));
    const regressed = generateService({
      profile: testProfile({ service: 'svc-reg' }),
      deployment: sideBySide(END, {
        effects: [
          { latency: { read: 1.5 }, errors: 3, throughput: 0.7, cpu: 1.3, memory: 1.25, queueAge: 1.5, cost: 1.4 },
        ],
        restarts: [{ instance: 1, at: END - 1000, downtime: 20 }],
        gaps: [{ target: 0, start: END - 2000, end: END - 1880 }],
      }),
      start: END - 4500,
      end: END,
      seed: 11,
    });
    const unchanged = generateService({
      profile: testProfile({ service: 'svc-aa' }),
      deployment: sideBySide(END),
      start: END - 4500,
      end: END,
      seed: 11,
    });
    files = writeOpenMetrics([regressed, unchanged], dir, { prefix: 'test' }).map((f) => f.path);
    prom = await startPrometheus({ openMetricsFiles: files });
  });
  afterAll(async () => {
    await prom?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  async function query(q: string): Promise<number> {
    const res = await fetch(`${prom.url}/api/v1/query`, {
      method: 'POST',
      body: new URLSearchParams({ query: q, time: String(END) }),
    });
    const json = (await res.json()) as any;
    expect(json.status, q).toBe('success');
    expect(json.data.result.length, q).toBe(1);
    return Number(json.data.result[0].value[1]);
  }
  const sel = (svc: string, v: string, extra = '') => `service="${svc}",env="prod",version="${v}"${extra}`;
  async function ratio(svc: string, f: (s: string) => string): Promise<number> {
    return (await query(f(sel(svc, '1.1.0')))) / (await query(f(sel(svc, '1.0.0'))));
  }
  const p95read = (s: string) =>
    `histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{${s},method=~"GET|HEAD"}${WIN})))`;
  const p95write = (s: string) =>
    `histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{${s},method=~"POST|PUT|PATCH|DELETE"}${WIN})))`;
  const errorRate = (s: string) =>
    `sum(increase(errors_total{${s}}${WIN})) / sum(increase(requests_total{${s}}${WIN}))`;
  const throughput = (s: string) => `sum(rate(ingest_events_total{${s}}${WIN})) * 60`;
  const gaugeAvg = (name: string, agg: string) => (s: string) => `avg_over_time((${agg}(${name}{${s}}))[1h:15s])`;
  const costRate = (s: string) =>
    `sum(max_over_time(aws_billing_estimated_charges{${s}}${WIN}) - min_over_time(aws_billing_estimated_charges{${s}}${WIN}))`;

  it('backfills every block file', () => {
    expect(files.length).toBeGreaterThanOrEqual(1);
  });

  it('shows the injected regressions', async () => {
    // Reads ×1.5 at every quantile. histogram_quantile interpolates linearly inside the buckets, so what it
    // reports is the interpolated p95 of the bucketed distribution: here p95 moves from the [0.05, 0.1]
    // bucket into the wide [0.1, 0.25] one and the reported ratio is ~2.1, not 1.5.
    const expected =
      interpolatedQuantile(0.95, 0.04 * 1.5, 0.5, testProfile().buckets.read) /
      interpolatedQuantile(0.95, 0.04, 0.5, testProfile().buckets.read);
    expect(expected).toBeGreaterThan(2);
    const r = await ratio('svc-reg', p95read);
    expect(r / expected).toBeGreaterThan(0.9);
    expect(r / expected).toBeLessThan(1.1);
    expect(await ratio('svc-reg', p95write)).toBeCloseTo(1, 1);
    expect(await ratio('svc-reg', errorRate)).toBeGreaterThan(2.3);
    expect(await ratio('svc-reg', errorRate)).toBeLessThan(3.8);
    // Pods differ a little (speed, cpu), so a few percent either way.
    expectNear(await ratio('svc-reg', throughput), 0.7, 0.08);
    expectNear(await ratio('svc-reg', gaugeAvg('cpu_utilization', 'avg')), 1.3, 0.08);
    expectNear(await ratio('svc-reg', gaugeAvg('memory_utilization', 'avg')), 1.25, 0.08);
    const q = await ratio('svc-reg', gaugeAvg('sqs_approximate_age_of_oldest_message_seconds', 'max'));
    expect(q).toBeGreaterThan(1.2);
    expect(q).toBeLessThan(1.8);
    const c = await ratio('svc-reg', costRate);
    expect(c).toBeGreaterThan(1.2);
    expect(c).toBeLessThan(1.6);
  });

  it('shows no change for an unchanged release', async () => {
    expectNear(await ratio('svc-aa', p95read), 1, 0.08);
    expectNear(await ratio('svc-aa', p95write), 1, 0.08);
    expectNear(await ratio('svc-aa', errorRate), 1, 0.3);
    expectNear(await ratio('svc-aa', throughput), 1, 0.08);
    expectNear(await ratio('svc-aa', gaugeAvg('cpu_utilization', 'avg')), 1, 0.08);
    expectNear(await ratio('svc-aa', gaugeAvg('memory_utilization', 'avg')), 1, 0.08);
  });

  it('contains the counter reset and the scrape gap', async () => {
    expect(await query(`sum(resets(requests_total{${sel('svc-reg', '1.1.0')}}[1h]))`)).toBeGreaterThan(0);
    expect(await query(`sum(resets(requests_total{${sel('svc-aa', '1.1.0')}}[1h]))`)).toBe(0);
    // 120 s gap on one pod: 8 fewer scrapes of its cpu gauge in the hour than the other pod's 240.
    const counts = await fetch(`${prom.url}/api/v1/query`, {
      method: 'POST',
      body: new URLSearchParams({
        query: `count_over_time(cpu_utilization{${sel('svc-reg', '1.1.0')}}[1h])`,
        time: String(END),
      }),
    }).then((r) => r.json() as Promise<any>);
    const n = counts.data.result.map((x: any) => Number(x.value[1])).sort((a: number, b: number) => a - b);
    expect(n[0]).toBeLessThanOrEqual(240 - 7);
    expect(n[1]).toBeGreaterThanOrEqual(238);
  });
});

describe('benchmark scenarios', () => {
  it('backfill with promtool (every layout, traffic and noise level of the small set)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'synth-scen-'));
    try {
      const all = buildScenarios({ seed: 5, end: END, size: 'small' });
      // One of each layout × traffic level, plus a billing reset if there is one.
      const picked = new Map<string, (typeof all)[number]>();
      for (const s of all)
        picked.set(`${s.truth.layout}/${s.truth.traffic}`, picked.get(`${s.truth.layout}/${s.truth.traffic}`) ?? s);
      const reset = all.find((s) => s.truth.billingReset);
      if (reset) picked.set('reset', reset);
      const tels = [...picked.values()].map((s) => generateScenario(s, 5));
      const files = writeOpenMetrics(tels, join(dir, 'om'), { prefix: 'scen' });
      for (const f of files) await backfill(f.path, join(dir, 'data'));
      expect(files.length).toBeGreaterThanOrEqual(1);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
