/**
 * The comparison end to end against a REAL Prometheus holding synthetic telemetry (packages/synth),
 * backfilled with promtool: the PromQL, the collection, the judge and the reports together.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  fixturesOpenMetrics,
  freePort,
  json,
  type PrometheusServer,
  releaseFixture,
  routes,
  startFakeServer,
  startPrometheus,
} from '@driftgate/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { comparisonSchema } from '../../src/core/schemas/comparison-schema.js';
import { validate } from '../../src/core/validation.js';
import { runCompare } from '../../src/flows/compare/compare.js';

const slower = releaseFixture({ service: 'checkout', effect: { latency: { read: 1.3 } } });
const same = releaseFixture({ service: 'catalog', seed: 11 });
const weird = releaseFixture({ service: 'we"ird}svc', candidateVersion: 'v2"} or vector(1)', seed: 12 });

let prom: PrometheusServer;
beforeAll(async () => {
  prom = await startPrometheus({ openMetrics: fixturesOpenMetrics([slower, same, weird]) });
});
afterAll(async () => prom?.stop());

const out = () => mkdtempSync(join(tmpdir(), 'dg-compare-'));
const options = (f: typeof slower) => ({
  prometheusUrl: prom.url,
  service: f.service,
  environment: f.environment,
  baselineVersion: f.baselineVersion,
  candidateVersion: f.candidateVersion,
  baselineWindow: f.baselineWindow,
  candidateWindow: f.candidateWindow,
  outputDir: out(),
});

describe('runCompare against a real Prometheus', () => {
  it('fails a +30% read-latency regression, naming the metric, with valid evidence files', async () => {
    const res = await runCompare(options(slower));
    const c = res.comparison;
    expect(c.verdict).toBe('fail');
    expect(c.regressions).toEqual(['latency_p95_read']);
    const m = c.metrics.find((x) => x.id === 'latency_p95_read')!;
    expect(m.drift).toBeGreaterThan(0.15);
    expect(m.interval!.low).toBeGreaterThan(0.1);
    expect(m.queries.candidate[0]).toContain('version="v1.42.0"');
    expect(res.failed).toBe(true);
    expect(await validate(comparisonSchema, JSON.parse(readFileSync(res.jsonPath, 'utf8')))).toEqual([]);
    const md = readFileSync(res.markdownPath, 'utf8');
    expect(md).toContain('```mermaid\nxychart-beta');
    expect(md).toContain('<details><summary>Resolved queries</summary>');
    // Worst first: the regression is the first row of the table.
    expect(md.split('\n').find((l) => l.startsWith('| ❌'))).toContain('latency_p95_read');
    // 9 metrics x 2 windows: 9 distinct queries per window (the cost and error ratios share theirs), plus one
    // scrape-interval measurement per series name (histogram, ingest, queue, cpu, memory, requests, charges),
    // plus the baseline's history before its window (the between-window calibration), one per baseline query,
    // plus the charges' increase over each window and over the history (collect.ts scaleToTotal; shared by the
    // cost rate and the cost per 1k requests).
    expect(c.source.requests).toBe(37);
    expect(c.source.requests).toBeLessThan(40);
    const p95 = c.metrics.find((m) => m.id === 'latency_p95_read')!;
    expect(p95.queries.baseline[0]).toMatch(
      /^max\(max_over_time\(count_over_time\(http_request_duration_seconds_bucket\{.*le="\+Inf"\}\[10m\]\)\[30m:1m\]\)\)$/,
    );
    expect(p95.queries.baseline[1]).toContain('[1m15s]'); // the fixtures scrape every 15 s: measured, not assumed
    expect(c.metrics.flatMap((m) => m.notes).join()).not.toMatch(/scrape interval|samples every/);
  });

  it('passes an unchanged release', async () => {
    const c = (await runCompare(options(same))).comparison;
    expect(c.verdict).toBe('pass');
    expect(c.regressions).toEqual([]);
    expect(c.metrics.filter((m) => m.verdict === 'not-applicable').map((m) => m.id)).toEqual([]);
  });

  it('escapes label values with quotes and braces instead of injecting them', async () => {
    const c = (await runCompare(options(weird))).comparison;
    expect(c.verdict).toBe('pass');
    expect(c.metrics.find((m) => m.id === 'cpu')!.candidate.windows).toBeGreaterThan(50);
    expect(c.metrics[0]!.queries.candidate[0]).toContain('service="we\\"ird}svc"');
  });

  it('is inconclusive, not a pass, when no metric has data (a wrong label value)', async () => {
    const c = (await runCompare({ ...options(same), service: 'catalgo' })).comparison;
    expect(c.verdict).toBe('inconclusive');
    expect(c.headline).toMatch(/no data for any metric/);
  });

  it('is inconclusive when the candidate has no data in its window', async () => {
    const c = (await runCompare({ ...options(same), candidateVersion: 'v9.9.9' })).comparison;
    expect(c.verdict).toBe('inconclusive');
    expect(c.metrics.find((m) => m.id === 'cpu')!.notes.join()).toMatch(/no candidate data/);
  });

  it('turns invalid PromQL in a config metric into an error naming the metric and the server message', async () => {
    const dir = out();
    writeFileSync(
      join(dir, 'driftgate.yml'),
      'metrics:\n  broken:\n    kind: promql\n    worse: higher\n    query: "sum(rate(http_requests_total{ {{selector}} }[{{range}}])"\n',
    );
    await expect(runCompare({ ...options(same), config: 'driftgate.yml', cwd: dir })).rejects.toThrow(
      /metrics\.broken: Prometheus rejected the query \(400 bad_data\).*unclosed left parenthesis/,
    );
  });

  it('records what it queried and judges the recording offline identically', async () => {
    const dir = out();
    const live = await runCompare({ ...options(slower), record: join(dir, 'rec.json') });
    const offline = await runCompare({ metricsFile: join(dir, 'rec.json'), outputDir: dir });
    expect(offline.comparison.verdict).toBe(live.comparison.verdict);
    expect(offline.comparison.metrics.map((m) => m.drift)).toEqual(live.comparison.metrics.map((m) => m.drift));
    expect(offline.comparison.source).toMatchObject({ kind: 'file', requests: 0 });
  });
});

describe('runCompare against misbehaving servers', () => {
  const matrix = (values: Array<[number, string]>) => ({
    status: 'success',
    data: { resultType: 'matrix', result: [{ metric: {}, values }] },
  });

  it('retries a 503, and ignores NaN values in a gauge', async () => {
    let calls = 0;
    const start = 1_700_000_000;
    const vals = (v: (i: number) => string) =>
      Array.from({ length: 60 }, (_, i) => [start + (i + 1) * 60, v(i)] as [number, string]);
    const server = await startFakeServer(
      routes({
        'POST /api/v1/query': () => json(200, { status: 'success', data: { resultType: 'vector', result: [] } }),
        'POST /api/v1/query_range': (req) => {
          calls++;
          if (calls === 1) return { status: 503, body: 'upstream unavailable' };
          const q = req.form().get('query') ?? '';
          if (!q.includes('cpu_utilization'))
            return json(200, { status: 'success', data: { resultType: 'matrix', result: [] } });
          return json(200, matrix(vals((i) => (i % 10 === 0 ? 'NaN' : String(40 + (i % 3))))));
        },
      }),
    );
    try {
      const c = (
        await runCompare({
          prometheusUrl: server.url,
          retry: { minDelayMs: 1, maxDelayMs: 5 },
          service: 'api',
          baselineVersion: 'a',
          candidateVersion: 'b',
          candidateWindow: `${start}..${start + 3600}`,
          outputDir: out(),
        })
      ).comparison;
      const cpu = c.metrics.find((m) => m.id === 'cpu')!;
      expect(cpu.verdict).toBe('pass');
      expect(cpu.candidate.windows).toBe(54);
      expect(cpu.notes.join()).toMatch(/6 NaN\/Inf value\(s\) ignored/);
      expect(c.metrics.filter((m) => m.verdict === 'not-applicable')).toHaveLength(8);
      expect(c.source.requests).toBe(26); // 18 range queries + the retried one + 7 scrape-interval measurements
    } finally {
      await server.close();
    }
  });

  it('explains an unreachable server', async () => {
    await expect(
      runCompare({
        prometheusUrl: `http://127.0.0.1:${await freePort()}`,
        retries: 1,
        retry: { minDelayMs: 1, maxDelayMs: 2 },
        service: 'api',
        baselineVersion: 'a',
        candidateVersion: 'b',
        outputDir: out(),
      }),
    ).rejects.toThrow(
      /Could not get an answer from Prometheus at http:\/\/127\.0\.0\.1:\d+\/api\/v1\/query_range: .*(refused|connect).*gave up after 2 attempts/i,
    );
  });
});
