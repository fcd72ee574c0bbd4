/**
 * The statistic of a window and its uncertainty, per metric kind.
 *
 * POOLING: the window's value is computed from the SUM of its sub-windows' count vectors (collect.ts), not
 * by averaging per-sub-window values: the p95 of a window is the p95 of all its requests (bucket counts
 * pooled), the error rate is total errors / total requests. Averaging per-minute quantiles or ratios would
 * give quiet minutes the same weight as busy ones and bias the result.
 *
 * UNCERTAINTY: each estimator is a smooth function of the pooled counts, so its variance follows from the
 * delta method: linearize it into one influence value per sub-window (they sum to zero), and take the
 * long-run variance of that series (core/stats/autocorrelation.ts) to account for sub-windows not being
 * independent. Where the data are event counts, the Poisson/multinomial variance is a floor: a quiet
 * window can never look more certain than its number of events allows.
 */

import type { EstimateFinding } from '../findings/findings.js';
import type { MetricDef } from '../model/metric.js';
import type { Point, WindowData } from '../model/window.js';
import { arLongRunVariance, fitTrend, pooledRho, shrinkTrend } from '../stats/autocorrelation.js';
import { normalQuantile } from '../stats/distributions.js';
import { trimIncidents } from './robust.js';

export interface Estimate {
  /** The statistic in the metric's unit; null without usable data. */
  value: number | null;
  /** Estimated variance of `value` (autocorrelation-aware, with a count floor). */
  variance: number;
  /** Effective number of independent sub-windows behind the estimate (for t degrees of freedom). */
  effectiveN: number;
  /**
   * How well `variance` itself is known: the relative variance of its estimate (Var of its log), from the
   * sub-windows of this window (the scale) and the autocorrelation's own sampling error (pooled over every
   * window the autocorrelation was pooled over); 0 when the count floor sets the variance. drift-interval.ts
   * turns it into degrees of freedom.
   */
  varianceUncertainty?: { scale: number; rho: number };
  /** Events behind the estimate (requests / denominator events / counted events), when count-based. */
  events?: number;
  /** For event-count numerators: the pooled count (errors), used for zero-count corrections. */
  numeratorEvents?: number;
  /** Sub-windows left out as transient incidents. */
  excluded?: number;
  /**
   * The straight-line trend of the statistic inside the window, relative to its value, per second, and the
   * sampling variance of that slope. Left out of `variance` (it is not sampling noise); drift-interval.ts
   * allows for it across the gap between the windows.
   */
  trend?: { slope: number; slopeVariance: number; weight: number };
  /** The per-sub-window influence values behind `variance`, their times and the count floor (for pooling). */
  series?: { influence: number[]; t: number[]; floor: number };
  /** What the estimator noted (codes and numbers). */
  findings: EstimateFinding[];
}

export function pool(points: Point[], width: number): number[] {
  const sum = new Array<number>(width).fill(0);
  for (const p of points) for (let i = 0; i < width; i++) sum[i] = (sum[i] as number) + (p.c[i] as number);
  return sum;
}

interface QuantileLocation {
  value: number;
  /** Index of the bucket holding the quantile; -1 when it is beyond the highest finite bound. */
  bucket: number;
}

/**
 * Quantile of cumulative bucket counts with linear interpolation inside the bucket: the same estimator
 * Prometheus' histogram_quantile uses, so the numbers match what users see in Grafana.
 */
export function histogramQuantile(q: number, bounds: number[], cumulative: number[]): QuantileLocation | null {
  const n = cumulative[cumulative.length - 1] as number;
  if (!(n > 0)) return null;
  const rank = q * n;
  let i = 0;
  while (i < cumulative.length - 1 && (cumulative[i] as number) < rank) i++;
  if (i === bounds.length - 1) {
    // In the +Inf bucket: like Prometheus, answer the highest finite bound.
    return { value: bounds[bounds.length - 2] ?? Number.NaN, bucket: -1 };
  }
  const hi = bounds[i] as number;
  const lo = i === 0 ? Math.min(0, hi) : (bounds[i - 1] as number);
  const cLo = i === 0 ? 0 : (cumulative[i - 1] as number);
  const cHi = cumulative[i] as number;
  if (cHi === cLo) return { value: hi, bucket: i };
  return { value: lo + ((hi - lo) * (rank - cLo)) / (cHi - cLo), bucket: i };
}

interface QuantileLinearization {
  /** The estimate (log-probit interpolation where possible, else linear). */
  value: number;
  /** Partial derivatives w.r.t. the pooled total N, the cumulative count at the bucket's lower and upper bound. */
  dN: number;
  dLo: number;
  dHi: number;
  /** Derivative of the estimate w.r.t. the CDF at the quantile (for the multinomial variance floor). */
  dqdF: number;
  method: 'log-probit' | 'linear';
}

/**
 * Interpolation inside the bucket that holds the quantile.
 *
 * Prometheus' histogram_quantile interpolates LINEARLY inside the bucket, which assumes requests are spread
 * evenly across it. Latency distributions are skewed: inside a wide bucket such as (0.1 s, 0.25 s] the
 * density falls steeply, so linear interpolation understates how far a quantile moved (a true +30% can read
 * as +13%) and a 20% regression can hide inside a bucket. We interpolate instead on the log-probit scale:
 * probit(F) linear in log(latency) between the bucket's bounds, which is exact for a log-normal and a good
 * local approximation for any smooth, skewed latency distribution. When the bucket has no positive lower
 * bound (the first bucket) we fall back to linear interpolation. The linear (Grafana) value is in the findings.
 *
 * Returns the partial derivatives of the estimate with respect to the pooled counts, for the delta method.
 * The estimate is homogeneous of degree 0 in the counts, so per-sub-window influences sum to zero.
 */
function linearization(q: number, bounds: number[], total: number[], i: number): QuantileLinearization {
  const n = total[total.length - 1] as number;
  const hi = bounds[i] as number;
  const lo = i === 0 ? Math.min(0, hi) : (bounds[i - 1] as number);
  const cLo = i === 0 ? 0 : (total[i - 1] as number);
  const cHi = total[i] as number;
  const b = cHi - cLo;
  if (lo > 0 && b > 0) {
    const clamp = (f: number) => Math.min(1 - 0.5 / n, Math.max(0.5 / n, f));
    const fa = clamp(cLo / n);
    const fb = clamp(cHi / n);
    const zl = normalQuantile(fa);
    const zh = normalQuantile(fb);
    const zq = normalQuantile(q);
    if (zh > zl) {
      const L = Math.log(hi / lo);
      const r = Math.min(1, Math.max(0, (zq - zl) / (zh - zl)));
      const value = lo * Math.exp(L * r);
      const phiL = normalDensity(zl);
      const phiH = normalDensity(zh);
      const k = (value * L) / (zh - zl);
      const dLo = (k * (r - 1)) / (n * phiL);
      const dHi = (k * -r) / (n * phiH);
      const dN = k * (((r - 1) * -fa) / (n * phiL) + (-r * -fb) / (n * phiH));
      return { value, dN, dLo, dHi, dqdF: k / normalDensity(zq), method: 'log-probit' };
    }
  }
  // Linear interpolation (Prometheus' histogram_quantile): lo + w (qN - cLo) / (cHi - cLo).
  const w = hi - lo;
  const a = q * n - cLo;
  if (b <= 0) return { value: hi, dN: 0, dLo: 0, dHi: 0, dqdF: 0, method: 'linear' };
  return {
    value: lo + (w * a) / b,
    dN: (w * q) / b,
    dLo: (-w * (b - a)) / (b * b),
    dHi: (-w * a) / (b * b),
    dqdF: (w * n) / b,
    method: 'linear',
  };
}

function normalDensity(z: number): number {
  return Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
}

/** The estimate with its per-sub-window influence values (at times `t`), and its variance unless told not to. */
function finish(
  withVariance: boolean,
  value: number,
  influence: number[],
  t: number[],
  floor: number,
  findings: EstimateFinding[],
  extra: Partial<Estimate> = {},
): Estimate {
  const est: Estimate = {
    value,
    variance: Number.NaN,
    effectiveN: 0,
    findings,
    ...extra,
    series: { influence, t, floor },
  };
  if (withVariance) pooledVariances([est]);
  return est;
}

/**
 * The variances of estimates of one metric (a baseline and a candidate window, or one window alone) from
 * their influence values, with ONE lag-1 autocorrelation pooled across them (core/stats/autocorrelation.ts): the
 * same process behind both windows, and a short window's own estimate is too noisy for a variance factor
 * that explodes near 1. A trend inside a window counts as noise only as far as it could be noise
 * (shrinkTrend); the real part is reported as `trend` for the between-window adjustment, not as variance.
 * The long-run variance is the AR(1) one of the residuals, never below the count floor.
 */
export function pooledVariances(estimates: Estimate[]): void {
  const withSeries = estimates.filter((e) => e.series && e.value !== null);
  const first = pooledRho(withSeries.map((e) => fitTrend(e.series!.influence, e.series!.t).residuals));
  // The slope is known no better than the counts allow: a few dozen errors that happen to fall late in the window
  // are not a trend, so the shrinkage takes the count floor (per point) as well.
  const parts = withSeries.map((e) =>
    shrinkTrend(e.series!.influence, e.series!.t, first, e.series!.floor / Math.max(1, e.series!.influence.length)),
  );
  const rho = pooledRho(parts.map((p) => p.residuals));
  const pooledPoints = parts.reduce((a, p) => a + (p.residuals.length >= 3 ? p.residuals.length : 0), 0);
  withSeries.forEach((e, i) => {
    const part = parts[i] as (typeof parts)[number];
    const { influence, floor } = e.series!;
    const n = influence.length;
    const ar = arLongRunVariance(part.residuals, rho);
    const value = e.value as number;
    e.variance = Math.max(n * ar.lrv, floor);
    e.effectiveN = ar.effectiveN;
    e.varianceUncertainty = n * ar.lrv > floor ? lrvUncertainty(n, pooledPoints, rho) : { scale: 0, rho: 0 };
    if (part.sxx > 0 && value !== 0) {
      e.trend = {
        slope: (n * part.slope) / value,
        slopeVariance: (n * n * Math.max(ar.lrv, floor / n)) / part.sxx / (value * value),
        weight: part.weight,
      };
    }
  });
}

/**
 * The relative variance of an AR(1) long-run variance estimate, sigma_e^2 / (1 - rho)^2 (its value is the
 * gamma0 (1 + rho) / (1 - rho) computed above when rho is the series' own): the innovation scale is known to
 * about 2 / n (n sub-windows of this window), and the factor 1 / (1 - rho)^2 to 4 Var(rho) / (1 - rho)^2 with
 * Var(rho) = (1 - rho^2) / N, N the sub-windows of every window rho was pooled over. The second term is
 * 4 / (N (1 - rho) / (1 + rho)): four over the total effective number of observations, shared by the windows.
 */
export function lrvUncertainty(n: number, pooledPoints: number, rho: number): { scale: number; rho: number } {
  const r = Math.max(0, rho);
  return { scale: 2 / Math.max(1, n - 1), rho: (4 * (1 + r)) / (Math.max(1, pooledPoints) * (1 - r)) };
}

export interface EstimateOptions {
  /** Leave transient incidents out of the pooled estimate (robust.ts). Default false. */
  trim?: boolean;
  /** Compute the variance (from this window alone). Default true; estimatePair pools it instead. */
  variance?: boolean;
}

/**
 * The window's statistic and its variance. `data.components` must match the metric kind. With `trim`,
 * sub-windows that are outliers against the rest of the window (robust.ts) are left out first.
 */
export function estimate(metric: MetricDef, data: WindowData, options: EstimateOptions = {}): Estimate {
  const withVariance = options.variance ?? true;
  if (!options.trim || data.points.length === 0) return pooledEstimate(metric, data, withVariance);
  const trim = trimIncidents(metric, data, metric.kind === 'histogram_quantile' ? tailCounts(metric, data) : undefined);
  if (trim.excluded.size === 0) return pooledEstimate(metric, data, withVariance);
  const est = pooledEstimate(metric, { ...data, points: trim.kept }, withVariance);
  const starts = [...trim.excluded].sort((a, b) => a - b).map((i) => (data.points[i] as Point).t - data.step);
  est.findings.push({ code: 'incidents-trimmed', excluded: trim.excluded.size, points: data.points.length, starts });
  return { ...est, excluded: trim.excluded.size };
}

/**
 * The estimates of one metric in two windows (baseline and candidate, or an A/A pair of its history), their
 * variances computed together with one pooled autocorrelation (pooledVariances).
 */
export function estimatePair(
  metric: MetricDef,
  a: WindowData,
  b: WindowData,
  options: Omit<EstimateOptions, 'variance'> = {},
): [Estimate, Estimate] {
  const pair: [Estimate, Estimate] = [
    estimate(metric, a, { ...options, variance: false }),
    estimate(metric, b, { ...options, variance: false }),
  ];
  pooledVariances(pair);
  return pair;
}

/** Per-sub-window count of events above the window's pooled quantile (interpolated inside its bucket). */
function tailCounts(metric: MetricDef & { kind: 'histogram_quantile' }, data: WindowData): number[] | undefined {
  const bounds = data.components.map((c) => (c === '+Inf' ? Number.POSITIVE_INFINITY : Number(c)));
  const total = pool(data.points, data.components.length);
  const loc = histogramQuantile(metric.quantile, bounds, total);
  if (!loc || loc.bucket < 0) return undefined;
  const i = loc.bucket;
  const cLo = i === 0 ? 0 : (total[i - 1] as number);
  const b = (total[i] as number) - cLo;
  const frac = b > 0 ? (metric.quantile * (total[total.length - 1] as number) - cLo) / b : 1;
  return data.points.map((p) => {
    const n = p.c[p.c.length - 1] as number;
    const lo = i === 0 ? 0 : (p.c[i - 1] as number);
    const below = lo + ((p.c[i] as number) - lo) * frac;
    return Math.max(0, n - below);
  });
}

/**
 * A cumulative amount re-priced every few minutes (charges) rises in steps: most sub-windows see no change
 * and some see a whole step, which carries what accrued since the PREVIOUS update. Its sampling unit is one
 * update interval, not one sub-window. So the sub-windows are regrouped into update intervals: each block
 * runs from just after one update to the next update (inclusive), and the window's first step (which
 * accrued partly before the window) is left out. The amount then accrued over exactly the blocks' span,
 * whatever the phase of the update schedule, and the per-block values are the natural units for the
 * variance.
 */
export function updateBlocks(points: Point[]): Point[] {
  const changed = points.map((p, i) => ((p.c[0] as number) !== 0 ? i : -1)).filter((i) => i >= 0);
  if (changed.length < 3) return points;
  const blocks: Point[] = [];
  for (let j = 1; j < changed.length; j++) {
    const group = points.slice((changed[j - 1] as number) + 1, (changed[j] as number) + 1);
    const c = (group[0] as Point).c.map((_, m) => group.reduce((a, p) => a + (p.c[m] as number), 0));
    blocks.push({ t: (group[group.length - 1] as Point).t, c });
  }
  return blocks;
}

function pooledEstimate(metric: MetricDef, data: WindowData, withVariance = true): Estimate {
  const pts =
    (metric.kind === 'rate' || metric.kind === 'ratio') && metric.events === false
      ? updateBlocks(data.points)
      : data.points;
  const findings: EstimateFinding[] = [];
  if (pts.length === 0) return { value: null, variance: Number.NaN, effectiveN: 0, findings };
  const total = pool(pts, data.components.length);
  const times = pts.map((p) => p.t);
  switch (metric.kind) {
    case 'histogram_quantile': {
      const bounds = data.components.map((c) => (c === '+Inf' ? Number.POSITIVE_INFINITY : Number(c)));
      const n = total[total.length - 1] as number;
      const loc = histogramQuantile(metric.quantile, bounds, total);
      if (!loc) return { value: null, variance: Number.NaN, effectiveN: 0, events: n, findings };
      if (loc.bucket < 0) {
        findings.push({ code: 'above-highest-bucket', quantile: metric.quantile, bound: loc.value });
        return { value: loc.value, variance: 0, effectiveN: pts.length, events: n, findings };
      }
      const lin = linearization(metric.quantile, bounds, total, loc.bucket);
      const influence = pts.map((p) => {
        const plo = loc.bucket === 0 ? 0 : (p.c[loc.bucket - 1] as number);
        return lin.dN * (p.c[p.c.length - 1] as number) + lin.dLo * plo + lin.dHi * (p.c[loc.bucket] as number);
      });
      // Multinomial floor: Var(F(q)) = q(1-q)/N, times (dq/dF)^2.
      const floor = (metric.quantile * (1 - metric.quantile) * lin.dqdF * lin.dqdF) / n;
      return finish(withVariance, lin.value, influence, times, floor, findings, { events: n });
    }
    case 'ratio': {
      const scale = metric.scale ?? 1;
      const [y, x] = total as [number, number];
      if (!(x > 0))
        return {
          value: null,
          variance: Number.NaN,
          effectiveN: 0,
          events: x,
          findings: [{ code: 'no-denominator-events' }],
        };
      const r = y / x;
      const influence = pts.map((p) => (scale * ((p.c[0] as number) - r * (p.c[1] as number))) / x);
      const isEvents = metric.events !== false;
      // Poisson floor on the numerator count (with a half-event continuity correction for zero counts).
      const floor = isEvents ? (scale * scale * (y + 0.5)) / (x * x) : 0;
      return finish(withVariance, scale * r, influence, times, floor, findings, {
        events: x,
        ...(isEvents ? { numeratorEvents: y } : {}),
      });
    }
    case 'rate': {
      const per = metric.per === 'second' ? 1 : metric.per === 'minute' ? 60 : 3600;
      const [count, seconds] = total as [number, number];
      if (!(seconds > 0)) return { value: null, variance: Number.NaN, effectiveN: 0, findings };
      const r = count / seconds;
      const influence = pts.map((p) => (per * ((p.c[0] as number) - r * (p.c[1] as number))) / seconds);
      const isEvents = metric.events !== false;
      const floor = isEvents ? (per * per * (count + 0.5)) / (seconds * seconds) : 0;
      return finish(withVariance, per * r, influence, times, floor, findings, isEvents ? { events: count } : {});
    }
    case 'gauge':
    case 'promql': {
      const scale = metric.kind === 'gauge' ? (metric.scale ?? 1) : 1;
      const [sum, n] = total as [number, number];
      const mean = sum / n;
      const influence = pts.map((p) => (scale * ((p.c[0] as number) - mean)) / n);
      return finish(withVariance, scale * mean, influence, times, 0, findings);
    }
  }
}

/** The statistic only (no variance): for per-5-minute chart points and the reference judges. */
export function windowValue(metric: MetricDef, data: WindowData, points: Point[] = data.points): number | null {
  return pooledEstimate(metric, { ...data, points }, false).value;
}

/** Events behind a set of points, for count-based kinds (requests / denominator / counted events). */
export function eventsOf(metric: MetricDef, components: string[], points: Point[]): number | undefined {
  if (points.length === 0) return metric.kind === 'gauge' || metric.kind === 'promql' ? undefined : 0;
  const total = pool(points, components.length);
  switch (metric.kind) {
    case 'histogram_quantile':
      return total[total.length - 1];
    case 'ratio':
      return total[1];
    case 'rate':
      return metric.events === false ? undefined : total[0];
    default:
      return undefined;
  }
}

/** Group points into consecutive buckets of `seconds` (aligned to the window start): the "5-minute windows". */
export function bucketPoints(data: WindowData, seconds: number): Array<{ t: number; points: Point[] }> {
  const buckets = new Map<number, Point[]>();
  for (const p of data.points) {
    const k = Math.floor((p.t - data.window.start - 1e-6) / seconds);
    const list = buckets.get(k) ?? [];
    list.push(p);
    buckets.set(k, list);
  }
  return [...buckets.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([k, points]) => ({ t: data.window.start + (k + 1) * seconds, points }));
}
