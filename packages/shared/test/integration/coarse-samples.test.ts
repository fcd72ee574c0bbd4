/**
 * Metrics sampled every 5 minutes (CloudWatch through YACE, cloudwatch_exporter or ADOT) against a REAL
 * Prometheus: counters, gauges, histograms and ratios are all judged on sub-windows no shorter than the
 * measured sample interval, never "not enough data". 6-hour windows, baseline the same hours one day earlier.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Rng } from '@driftgate/synth/random';
import { type PrometheusServer, startPrometheus } from '@driftgate/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCompare } from '../../src/flows/compare/compare.js';

const SAMPLE = 300;
const HOUR = 3600;
const end = Math.floor(Date.now() / 1000 / HOUR) * HOUR - 3 * HOUR;
const candidateWindow = `${end - 6 * HOUR}..${end}`;
const baselineWindow = `${end - 30 * HOUR}..${end - 24 * HOUR}`;
const LE = ['0.05', '0.1', '0.25', '0.5', '1', '+Inf'];
const CDF = [0.3, 0.75, 0.95, 0.99, 0.999, 1];

/** One service: v1 until 7 h before the end, v2 after; `drop` scales v2's traffic. */
function service(name: string, seed: number, drop: number) {
  const rng = new Rng(seed);
  const families: Record<string, string[]> = { req: [], err: [], cpu: [], lat: [] };
  let req = 0;
  let err = 0;
  const buckets = LE.map(() => 0);
  for (let t = end - 8 * 24 * HOUR; t <= end; t += SAMPLE) {
    const v2 = t > end - 7 * HOUR;
    const version = v2 ? 'v2' : 'v1';
    const diurnal = 1 + 0.2 * Math.sin((2 * Math.PI * t) / 86_400);
    const n = rng.poisson(3000 * diurnal * (v2 ? drop : 1));
    req += n;
    err += rng.binomial(n, 0.004);
    let left = n;
    let prev = 0;
    CDF.forEach((c, i) => {
      const k = i === CDF.length - 1 ? left : rng.binomial(left, (c - prev) / (1 - prev));
      left -= k;
      prev = c;
      for (let j = i; j < LE.length; j++) buckets[j] = (buckets[j] as number) + k;
    });
    const labels = `service="${name}",env="prod",version="${version}"`;
    families.req!.push(`elb_requests_total{${labels}} ${req} ${t}`);
    families.err!.push(`elb_errors_total{${labels}} ${err} ${t}`);
    families.cpu!.push(`ec2_cpu_utilization{${labels}} ${(40 * diurnal + rng.normal(0, 2)).toFixed(3)} ${t}`);
    LE.forEach((le, i) => {
      families.lat!.push(`elb_latency_seconds_bucket{${labels},le="${le}"} ${buckets[i]} ${t}`);
    });
  }
  return families;
}

let prom: PrometheusServer;
let configFile: string;
beforeAll(async () => {
  const a = service('dropped', 1, 0.4);
  const b = service('steady', 2, 1);
  const lat = [...a.lat!, ...b.lat!];
  // OpenMetrics wants each series' samples in time order: group the bucket lines by series.
  const bySeries = (lines: string[]) => {
    const m = new Map<string, string[]>();
    for (const l of lines) {
      const k = l.slice(0, l.indexOf('}') + 1);
      m.set(k, [...(m.get(k) ?? []), l]);
    }
    return [...m.values()].flat();
  };
  prom = await startPrometheus({
    openMetrics: [
      '# TYPE elb_requests counter',
      ...a.req!,
      ...b.req!,
      '# TYPE elb_errors counter',
      ...a.err!,
      ...b.err!,
      '# TYPE ec2_cpu_utilization gauge',
      ...a.cpu!,
      ...b.cpu!,
      '# TYPE elb_latency_seconds histogram',
      ...bySeries(lat),
    ].join('\n'),
  });
  const dir = mkdtempSync(join(tmpdir(), 'dg-coarse-'));
  configFile = join(dir, 'driftgate.yml');
  writeFileSync(
    configFile,
    [
      'catalog: none',
      'metrics:',
      '  throughput: { kind: rate, metric: elb_requests_total, per: second, worse: lower }',
      '  error_rate: { kind: ratio, numerator: elb_errors_total, denominator: elb_requests_total, worse: higher }',
      '  cpu: { kind: gauge, metric: ec2_cpu_utilization, aggregate: avg, worse: higher }',
      '  latency_p95: { kind: histogram_quantile, metric: elb_latency_seconds, quantile: 0.95, worse: higher, unit: s }',
      '',
    ].join('\n'),
  );
}, 180_000);
afterAll(async () => prom?.stop());

const run = (svc: string) =>
  runCompare({
    prometheusUrl: prom.url,
    service: svc,
    environment: 'prod',
    baselineVersion: 'v1',
    candidateVersion: 'v2',
    baselineWindow,
    candidateWindow,
    config: configFile,
    outputDir: mkdtempSync(join(tmpdir(), 'dg-coarse-out-')),
  });

describe('5-minute samples against a real Prometheus', () => {
  it('judges every kind on 5-minute sub-windows and catches a -60% throughput drop', async () => {
    const c = (await run('dropped')).comparison;
    const byId = Object.fromEntries(c.metrics.map((m) => [m.id, m]));
    for (const m of c.metrics) {
      expect(m.verdict, `${m.id}: ${m.notes.join('; ')}`).not.toBe('inconclusive');
      expect(m.candidate.windows).toBe(72); // 6 h of 5-minute sub-windows
    }
    expect(byId.throughput!.verdict).toBe('regression');
    expect(byId.throughput!.drift!).toBeGreaterThan(0.5);
    expect(byId.throughput!.notes.join(' ')).toMatch(
      /sub-windows of 5m: the 1m resolution raised to the 5m sample interval/,
    );
    expect(c.verdict).toBe('fail');
  });

  it('passes the same hours of an unchanged service, with the between-window term measured on its history', async () => {
    const c = (await run('steady')).comparison;
    expect(c.verdict, c.metrics.map((m) => `${m.id} ${m.verdict} ${m.notes.join('; ')}`).join('\n')).toBe('pass');
    const cpu = c.metrics.find((m) => m.id === 'cpu')!;
    expect(cpu.systematic?.source).toBe('history');
    expect(cpu.systematic?.lagSeconds).toBe(24 * HOUR);
    expect(cpu.systematic?.pairs).toBeGreaterThanOrEqual(3);
  });
});
