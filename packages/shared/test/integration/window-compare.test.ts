/**
 * Issue 21: a service without a version label, compared by window, with no history before the baseline
 * window (it was just started), against a REAL Prometheus (backfilled with promtool, 5 s scrapes as
 * prom-client services are often scraped). The judge must not carry an unproven in-window trend across the
 * gap: an error rate ×3 with at least 30 errors per 12-minute window is caught, and so is a +50% step of a
 * persistent gauge over 1-hour windows; the same data with nothing changed passes.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Rng } from '@driftgate/synth/random';
import { type PrometheusServer, startPrometheus } from '@driftgate/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCompare } from '../../src/flows/compare/compare.js';

const SCRAPE = 5;
const MIN = 60;
const HOUR = 3600;
const end = Math.floor(Date.now() / 1000 / HOUR) * HOUR - 2 * HOUR;

/** Error-rate scenario: 12-minute windows, the release at minute 14, the candidate window from minute 16. */
const E = { start: end - 40 * MIN, baseline: [end - 40 * MIN, end - 28 * MIN], deploy: end - 26 * MIN };
const eCandidate = [end - 24 * MIN, end - 12 * MIN];
/** Gauge scenario: 1-hour windows, the release 5 minutes after the baseline window. */
const G = { start: end - 2 * HOUR - 10 * MIN, baseline: [end - 2 * HOUR - 10 * MIN, end - HOUR - 10 * MIN] };
const gDeploy = end - HOUR - 5 * MIN;
const gCandidate = [end - HOUR, end];

/** prom-client-like counters of one instance, scraped every 5 s: 45 requests/s, error probability 0.15% (about 49 errors in 12 minutes). */
function errorService(job: string, seed: number, factor: number): string[] {
  const rng = new Rng(seed);
  const req: string[] = [];
  const err: string[] = [];
  let r = 0;
  let e = 0;
  for (let t = E.start - 2 * MIN; t <= end; t += SCRAPE) {
    const n = rng.poisson(45 * SCRAPE);
    r += n;
    e += rng.binomial(n, 0.0015 * (t > E.deploy ? factor : 1));
    const labels = `job="${job}",instance="10.0.0.7:9100"`;
    req.push(`http_requests_total{${labels}} ${r} ${t}`);
    err.push(`http_request_errors_total{${labels}} ${e} ${t}`);
  }
  return [...req, ...err];
}

/** A persistent gauge: level 40 × (1 + x), x AR(1) with 0.99 per 5 s scrape (correlation time ~8 min), sd 5%. */
function gaugeService(job: string, seed: number, step: number): string[] {
  const rng = new Rng(seed);
  const phi = 0.99;
  let x = rng.normal(0, 0.05);
  const out: string[] = [];
  for (let t = G.start - 2 * MIN; t <= end; t += SCRAPE) {
    x = phi * x + rng.normal(0, 0.05 * Math.sqrt(1 - phi * phi));
    const level = 40 * (t > gDeploy ? step : 1);
    out.push(`process_cpu_percent{job="${job}",instance="10.0.0.8:9100"} ${(level * (1 + x)).toFixed(3)} ${t}`);
  }
  return out;
}

let prom: PrometheusServer;
let configs: Record<'errors' | 'gauge', string>;
beforeAll(async () => {
  const counters = [errorService('errors-x3', 11, 3), errorService('errors-aa', 11, 1)];
  const gauges = [gaugeService('gauge-step', 21, 1.5), gaugeService('gauge-aa', 21, 1)];
  const byName = (lines: string[], name: string) => lines.filter((l) => l.startsWith(`${name}{`));
  prom = await startPrometheus({
    openMetrics: [
      '# TYPE http_requests counter',
      ...counters.flatMap((c) => byName(c, 'http_requests_total')),
      '# TYPE http_request_errors counter',
      ...counters.flatMap((c) => byName(c, 'http_request_errors_total')),
      '# TYPE process_cpu_percent gauge',
      ...gauges.flat(),
    ].join('\n'),
  });
  const dir = mkdtempSync(join(tmpdir(), 'dg-window-'));
  const config = (name: string, metric: string) => {
    const file = join(dir, `${name}.yml`);
    writeFileSync(
      file,
      [
        'catalog: none',
        'labels: { service: job, environment: none, version: none }',
        'metrics:',
        `  ${metric}`,
        '',
      ].join('\n'),
    );
    return file;
  };
  configs = {
    errors: config(
      'errors',
      'error_rate: { kind: ratio, numerator: http_request_errors_total, denominator: http_requests_total, worse: higher }',
    ),
    gauge: config(
      'gauge',
      'cpu: { kind: gauge, metric: process_cpu_percent, aggregate: avg, worse: higher, unit: "%" }',
    ),
  };
}, 180_000);
afterAll(async () => prom?.stop());

const run = (job: string, baseline: number[], candidate: number[]) =>
  runCompare({
    prometheusUrl: prom.url,
    service: job,
    environment: 'prod',
    baselineVersion: 'before',
    candidateVersion: 'after',
    baselineWindow: `${baseline[0]}..${baseline[1]}`,
    candidateWindow: `${candidate[0]}..${candidate[1]}`,
    config: configs[job.startsWith('errors') ? 'errors' : 'gauge'],
    outputDir: mkdtempSync(join(tmpdir(), 'dg-window-out-')),
  });

const explain = (c: Awaited<ReturnType<typeof run>>['comparison']) =>
  c.metrics
    .map(
      (m) =>
        `${m.id} ${m.verdict} ${m.drift} ${JSON.stringify(m.interval)} ${JSON.stringify(m.evidence)} ${m.notes.join('; ')}`,
    )
    .join('\n');

describe('compared by window, no version label, no history (real Prometheus, 5 s scrapes)', () => {
  it('catches an error rate ×3 with at least 30 errors in each 12-minute window, and says no trend', async () => {
    const c = (await run('errors-x3', E.baseline, eCandidate)).comparison;
    const m = c.metrics.find((x) => x.id === 'error_rate')!;
    const errorsIn = (w: typeof m.baseline) => (m.baseline.value as number) * (w.events as number);
    expect(errorsIn(m.baseline)).toBeGreaterThanOrEqual(30);
    expect(m.verdict, explain(c)).toBe('regression');
    expect(m.drift!).toBeGreaterThan(1);
    expect(m.systematic?.source).toBe('prior');
    expect(m.systematic?.trend).toBeUndefined();
    expect(m.notes.join(' ')).not.toMatch(/trend predicts/);
    expect(c.verdict).toBe('fail');
  });

  it('passes the same service with nothing changed (A/A of the same data)', async () => {
    const c = (await run('errors-aa', E.baseline, eCandidate)).comparison;
    expect(c.verdict, explain(c)).toBe('pass');
  });

  it('catches a +50% step in a persistent gauge over 1-hour windows; the same gauge unchanged passes', async () => {
    const step = (await run('gauge-step', G.baseline, gCandidate)).comparison;
    const cpu = step.metrics.find((x) => x.id === 'cpu')!;
    expect(cpu.verdict, explain(step)).toBe('regression');
    expect(cpu.drift!).toBeGreaterThan(0.3);
    expect(cpu.interval!.high).toBeLessThan(10);
    const aa = (await run('gauge-aa', G.baseline, gCandidate)).comparison;
    expect(aa.verdict, explain(aa)).toBe('pass');
    const same = aa.metrics.find((x) => x.id === 'cpu')!;
    // An honest interval: it covers 0 and states what these windows could detect, within what a percentage can be.
    expect(same.interval!.low).toBeLessThan(0);
    expect(same.interval!.high).toBeGreaterThan(0);
    expect(same.detectable === null || same.detectable! < 100 / (same.baseline.value as number) - 1).toBe(true);
  });
});
