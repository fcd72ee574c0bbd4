/**
 * Variance of a sum of autocorrelated per-sub-window contributions (core/judge/statistic.ts: pooledVariances).
 *
 * A minute of traffic is not independent of the next one: slowdown episodes last minutes, gauges wander,
 * load follows the time of day. Treating 60 one-minute values as 60 independent observations would make
 * intervals far too narrow. So the long-run variance (the variance of the sum, divided by n) of each
 * influence series is the AR(1) one, gamma0 (1 + rho) / (1 - rho), with one lag-1 autocorrelation pooled
 * over the windows of a comparison (pooledRho), after the part of a straight-line trend that is real is
 * taken out (fitTrend, shrinkTrend); n (1 - rho) / (1 + rho) is the effective number of independent
 * observations behind the t degrees of freedom.
 */

function autocovariance(x: number[], mean: number, lag: number): number {
  let s = 0;
  for (let t = lag; t < x.length; t++) s += ((x[t] as number) - mean) * ((x[t - lag] as number) - mean);
  return s / x.length;
}

export interface TrendFit {
  /** Least-squares slope of x against t (units of x per unit of t). */
  slope: number;
  /** Sum of squared deviations of t from its mean (the slope's design information). */
  sxx: number;
  /** x minus the fitted line (mean zero). */
  residuals: number[];
}

/**
 * A straight line through x against t, and what is left after it. A slow trend inside a window (the
 * diurnal load curve, a warming cache) is not sampling noise: left in, it reads as autocorrelation near 1,
 * the effective number of observations collapses and the interval explodes. So the long-run variance is
 * taken on the residuals, and the trend itself is reported for the between-window term (drift-interval.ts).
 */
export function fitTrend(x: number[], t: number[]): TrendFit {
  const n = x.length;
  if (n < 3) {
    const mean = n ? x.reduce((a, b) => a + b, 0) / n : 0;
    return { slope: 0, sxx: 0, residuals: x.map((v) => v - mean) };
  }
  const tm = t.reduce((a, b) => a + b, 0) / n;
  const xm = x.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    const dt = (t[i] as number) - tm;
    sxy += dt * ((x[i] as number) - xm);
    sxx += dt * dt;
  }
  const slope = sxx > 0 ? sxy / sxx : 0;
  const residuals = x.map((v, i) => v - xm - slope * ((t[i] as number) - tm));
  return { slope, sxx, residuals };
}

/** Lag-1 autocorrelation clamp: beyond it the AR(1) variance factor (1 + rho) / (1 - rho) exceeds 99. */
const RHO_MAX = 0.98;

/**
 * One lag-1 autocorrelation for several series of the same process (the baseline and candidate windows of a
 * metric): their lag-0 and lag-1 autocovariances pooled, weighted by length. Two windows give two to three
 * times the data one has, so the estimate is steadier; a short persistent window on its own can read 0.95
 * by chance and its variance factor would explode. Bias-corrected for a mean and a trend fitted in each
 * series (about (2 + 4 rho) / n per series).
 */
export function pooledRho(series: number[][]): number {
  let s0 = 0;
  let s1 = 0;
  let total = 0;
  for (const x of series) {
    if (x.length < 3) continue;
    s0 += autocovariance(x, 0, 0) * x.length;
    s1 += autocovariance(x, 0, 1) * x.length;
    total += x.length;
  }
  if (!(s0 > 0)) return 0;
  const raw = s1 / s0;
  const used = series.filter((x) => x.length >= 3).length;
  return Math.min(RHO_MAX, Math.max(-0.9, raw + (used * (2 + 4 * raw)) / total));
}

/** Smallest AR(1) variance factor (1 + rho) / (1 - rho) used: rho of -1/3. */
export const MIN_VARIANCE_FACTOR = 0.5;

/**
 * The AR(1) long-run variance of a centered series given its lag-1 autocorrelation. A negative rho counts, down to
 * MIN_VARIANCE_FACTOR: counts read over adjacent ranges hand increments back and forth (a scrape late by a second
 * moves its increment into the next sub-window; an amount rounded to the cent carries the rounding into the
 * next one), and their sum over the window is steadier than the sub-windows are; a factor held at 1 over-stated
 * the variance of a cost rate by about 1.4 (bench/accuracy ar1 and wide, side by side).
 */
export function arLongRunVariance(x: number[], rho: number): { lrv: number; gamma0: number; effectiveN: number } {
  const n = x.length;
  const gamma0 = n ? autocovariance(x, 0, 0) : 0;
  const factor = Math.max(MIN_VARIANCE_FACTOR, (1 + rho) / (1 - rho));
  const lrv = gamma0 * factor;
  return { lrv, gamma0, effectiveN: n ? Math.min(n, Math.max(1, n / factor)) : 0 };
}

/**
 * The part of a fitted trend that is real: the slope shrunk by its own noise, weight w = excess / (excess +
 * var) with excess = max(0, slope^2 - var). A persistent process wanders, and a straight line through one
 * window of it finds a slope that is mostly noise: removing it would hide real low-frequency variance, keeping
 * a real trend would read as noise. w is ~0 for a wander and ~1 for a trend far beyond its noise. `floor` is the
 * least per-point long-run variance the data allow (event counts: their Poisson floor over the points): residuals
 * steadier than the counts do not make a slope more certain.
 */
export function shrinkTrend(
  x: number[],
  t: number[],
  rho: number,
  floor = 0,
): { slope: number; sxx: number; weight: number; residuals: number[] } {
  const fit = fitTrend(x, t);
  const perPoint = Math.max(arLongRunVariance(fit.residuals, rho).lrv, floor);
  const slopeVariance = fit.sxx > 0 ? perPoint / fit.sxx : Number.POSITIVE_INFINITY;
  const excess = Math.max(0, fit.slope * fit.slope - slopeVariance);
  const weight = excess > 0 ? excess / (excess + slopeVariance) : 0;
  const tm = t.length ? t.reduce((a, b) => a + b, 0) / t.length : 0;
  const xm = x.length ? x.reduce((a, b) => a + b, 0) / x.length : 0;
  const residuals = x.map((v, i) => v - xm - weight * fit.slope * ((t[i] as number) - tm));
  return { slope: fit.slope, sxx: fit.sxx, weight, residuals };
}
