/**
 * Variance of a sum of autocorrelated per-sub-window contributions.
 *
 * A minute of traffic is not independent of the next one: slowdown episodes last minutes, gauges drift
 * slowly, load follows the time of day. Treating 60 one-minute values as 60 independent observations
 * would make intervals far too narrow and the gate would fail unchanged releases. We therefore estimate the
 * long-run variance (the variance of the sum, divided by n) of each influence series and derive an effective
 * number of independent observations from it.
 *
 * Estimator: the larger of
 *  - Newey-West (Bartlett kernel) with Andrews' (1991) AR(1) plug-in bandwidth, and
 *  - the AR(1) long-run variance gamma0 (1 + rho) / (1 - rho) with rho bias-corrected for short series
 *    (Kendall: E[rho_hat] ~ rho - (1 + 4 rho) / n).
 * Taking the larger is deliberately conservative: NW under-covers for strongly persistent series in short
 * windows, the AR(1) formula under-covers for oscillating ones.
 */

export interface LongRunVariance {
  /** Long-run variance per observation: Var(sum x_t) ~ n * lrv. */
  lrv: number;
  /** Plain variance (lag 0) per observation. */
  gamma0: number;
  /** Lag-1 autocorrelation after bias correction, clamped to [-0.9, 0.98]. */
  rho: number;
  /** Newey-West bandwidth used. */
  bandwidth: number;
  /** n * gamma0 / lrv, at least 1 and at most n. */
  effectiveN: number;
}

function autocovariance(x: number[], mean: number, lag: number): number {
  let s = 0;
  for (let t = lag; t < x.length; t++) s += ((x[t] as number) - mean) * ((x[t - lag] as number) - mean);
  return s / x.length;
}

/**
 * `centered`: the series is already centered by construction (influence values), so its mean is not
 * subtracted (subtracting it would lose the degree of freedom twice).
 */
export function longRunVariance(x: number[], centered = true): LongRunVariance {
  const n = x.length;
  if (n === 0) return { lrv: 0, gamma0: 0, rho: 0, bandwidth: 0, effectiveN: 0 };
  const mean = centered ? 0 : x.reduce((a, b) => a + b, 0) / n;
  const gamma0 = autocovariance(x, mean, 0);
  if (n < 3 || gamma0 === 0) return { lrv: gamma0, gamma0, rho: 0, bandwidth: 0, effectiveN: n };
  const rawRho = autocovariance(x, mean, 1) / gamma0;
  const rho = Math.min(0.98, Math.max(-0.9, rawRho + (1 + 4 * rawRho) / n));

  // Andrews (1991) plug-in bandwidth for the Bartlett kernel under an AR(1) approximation.
  const a1 = (4 * rho * rho) / ((1 - rho) ** 2 * (1 + rho) ** 2);
  const bandwidth = Math.min(n - 1, Math.max(1, Math.floor(1.1447 * (a1 * n) ** (1 / 3))));
  let nw = gamma0;
  for (let k = 1; k <= bandwidth; k++) nw += 2 * (1 - k / (bandwidth + 1)) * autocovariance(x, mean, k);

  const ar = gamma0 * ((1 + Math.max(0, rho)) / (1 - Math.max(0, rho)));
  const lrv = Math.max(nw, ar, gamma0 * 0.5);
  const effectiveN = Math.min(n, Math.max(1, (n * gamma0) / lrv));
  return { lrv, gamma0, rho, bandwidth, effectiveN };
}
