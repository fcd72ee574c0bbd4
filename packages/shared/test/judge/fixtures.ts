/**
 * In-memory WindowData for judge unit tests (no Prometheus): per-minute count vectors drawn from simple,
 * explicit models with a seeded RNG, so a test states exactly what the data is.
 */
import type { Rng } from '@driftgate/synth/random';
import type { MetricDef } from '../../src/core/model/metric.js';
import type { WindowData } from '../../src/core/model/window.js';
import { normalCdf } from '../../src/core/stats/distributions.js';

export const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

function base(metricId: string, components: string[], n: number, version = 'v'): Omit<WindowData, 'points'> {
  return {
    metricId,
    target: { service: 's', environment: 'prod', version },
    window: { start: 0, end: n * 60 },
    step: 60,
    components,
    expectedPoints: n,
    queries: [`q(${metricId})`],
    warnings: [],
    found: true,
    notes: [],
  };
}

/** Log-normal latencies (median, sigma) at `rps` requests per second, n one-minute sub-windows. */
export function histogramData(
  rng: Rng,
  o: { n?: number; rps?: number; median?: number; sigma?: number; scale?: (i: number) => number },
): WindowData {
  const n = o.n ?? 60;
  const probs = (mult: number) => {
    const mu = Math.log((o.median ?? 0.08) * mult);
    const cdf = BUCKETS.map((b) => normalCdf((Math.log(b) - mu) / (o.sigma ?? 0.6)));
    return [...cdf.map((c, i) => c - (i === 0 ? 0 : (cdf[i - 1] as number))), 1 - (cdf[cdf.length - 1] as number)];
  };
  const points = Array.from({ length: n }, (_, i) => {
    const requests = rng.poisson((o.rps ?? 50) * 60);
    const counts = new Array<number>(BUCKETS.length + 1).fill(0);
    rng.multinomial(requests, probs(o.scale ? o.scale(i) : 1), counts);
    let cum = 0;
    const c = counts.map((x) => (cum += x));
    return { t: (i + 1) * 60, c };
  });
  return { ...base('latency', [...BUCKETS.map(String), '+Inf'], n), points };
}

export function ratioData(rng: Rng, o: { n?: number; rps?: number; p?: number }): WindowData {
  const n = o.n ?? 60;
  const points = Array.from({ length: n }, (_, i) => {
    const den = rng.poisson((o.rps ?? 50) * 60);
    return { t: (i + 1) * 60, c: [rng.binomial(den, o.p ?? 0.001), den] };
  });
  return { ...base('error_rate', ['numerator', 'denominator'], n), points };
}

/** AR(1) gauge around `mean` with innovation sd `sd` and autocorrelation `phi` per minute. */
export function gaugeData(rng: Rng, o: { n?: number; mean?: number; sd?: number; phi?: number }): WindowData {
  const n = o.n ?? 60;
  const phi = o.phi ?? 0.9;
  const sd = o.sd ?? 2;
  let x = rng.normal(0, sd / Math.sqrt(1 - phi * phi));
  const points = Array.from({ length: n }, (_, i) => {
    x = phi * x + rng.normal(0, sd);
    return { t: (i + 1) * 60, c: [(o.mean ?? 40) + x, 1] };
  });
  return { ...base('cpu', ['value', 'n'], n), points };
}

/** Metric definitions the judge tests share. */
export const p95: MetricDef = {
  id: 'latency',
  title: 'p95',
  unit: 's',
  kind: 'histogram_quantile',
  metric: 'h',
  quantile: 0.95,
  worse: 'higher',
};

export const errors: MetricDef = {
  id: 'error_rate',
  title: 'errors',
  unit: 'ratio',
  kind: 'ratio',
  numerator: 'e',
  denominator: 'r',
  worse: 'higher',
};

export const cpu: MetricDef = {
  id: 'cpu',
  title: 'cpu',
  unit: '%',
  kind: 'gauge',
  metric: 'c',
  aggregate: 'avg',
  worse: 'higher',
};

export const throughput: MetricDef = {
  id: 'throughput',
  title: 'tp',
  unit: '/min',
  kind: 'rate',
  metric: 'x',
  per: 'minute',
  worse: 'lower',
};

/** A cumulative amount (charges): its growth rate per hour, not an event count. */
export const costRate: MetricDef = {
  id: 'cost_rate',
  title: 'cost',
  unit: 'USD/h',
  kind: 'rate',
  metric: 'c',
  per: 'hour',
  events: false,
  worse: 'higher',
};
