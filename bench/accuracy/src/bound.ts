/**
 * Model bound: the most ANY method could detect on these scenarios, computed from the generator's own noise
 * model rather than from the gate's estimates. Pure: no I/O, no data — it needs only the scenarios' profiles.
 *
 * The oracle here is a statistician who knows how the data were generated (the queue's AR(1) shape and
 * noise, the diurnal load, error probabilities and request rates), sees every queue and every request
 * separately, ignores the noise that only hurts (empty minutes, rounding, backlog spikes, error bursts,
 * slowdown episodes), and spends the WHOLE false-alarm budget (2% of releases) on the one metric it tests.
 * What it does not know is the level of the baseline: like every comparison, it learns it from the
 * baseline window. Its test is the most powerful one for that model (Neyman–Pearson), so its power is an
 * upper bound for any judge — drift-interval, a reference, or one not written yet.
 *
 * Two metrics are bounded, because their noise makes the target unreachable on its own:
 *
 * - `queue_age`: per minute, log(age) = level + ½·log(load) + σ·x_t with x an AR(1) of correlation
 *   ρ = e^(−1/5) and unit variance, σ = the queue's sigma × √gaugeNoise (packages/synth/src/generate.ts).
 *   Knowing σ, ρ and the load, the best estimate of the level from n minutes is the GLS mean, with variance
 *   σ²(1−ρ²) / ((1−ρ²) + (n−1)(1−ρ)²). The drift is the difference of two such levels (one per window),
 *   combined over the service's queues (every queue gets the same effect). A one-sided z-test at level α
 *   then has power Φ(ln(1+size)/sd − z₁₋α).
 * - `error_rate`: errors are Poisson given the requests. The most powerful unbiased test of a rate ratio
 *   conditions on the total: candidate errors ~ Binomial(total, k/(1+k)) against 1/2 (equal exposure), with
 *   a randomized critical value so the level is exactly α. The expected errors are over-estimated on purpose:
 *   every request counted at the slow path's 3× error probability, at the diurnal peak, plus the most
 *   errors the bursts could add.
 *
 * Every other metric is credited with certain detection. The bound is therefore generous: the real
 * ceiling is lower.
 */
import { logGamma, normalCdf, normalQuantile } from '@driftgate/shared/stats';
import type { Scenario } from '@driftgate/synth';
import { isScoredRegression } from './score.js';

/** The generator's per-minute queue-age correlation (generate.ts: `new Ar1(r, Math.exp(-1 / 5))`). */
export const QUEUE_RHO = Math.exp(-1 / 5);
export const BOUND_ALPHA = 0.02;

/** Variance of the GLS estimate of an AR(1) mean from n observations (unit stationary variance). */
export function ar1MeanVariance(rho: number, n: number): number {
  const a = 1 - rho * rho;
  return a / (a + (n - 1) * (1 - rho) ** 2);
}

/** Power of the best test for a queue-age regression of `size` (0.2 = +20%) in this scenario. */
export function queueAgePower(s: Scenario, size: number, alpha = BOUND_ALPHA): number {
  const gls = ar1MeanVariance(QUEUE_RHO, minutes(s.truth.baselineWindow));
  const glsC = ar1MeanVariance(QUEUE_RHO, minutes(s.truth.candidateWindow));
  const gn = s.profile.noise.gaugeNoise;
  // Precision of the drift summed over queues: each queue's drift has variance σ²(gls_b + gls_c).
  let precision = 0;
  for (const q of s.profile.queues) precision += 1 / (q.sigma * q.sigma * gn * (gls + glsC));
  if (precision === 0) return 0;
  return normalCdf(Math.log(1 + size) * Math.sqrt(precision) - normalQuantile(1 - alpha));
}

/** Upper bound of the expected errors in one window of the scenario (see the file comment). */
export function generousErrorCount(s: Scenario, window: { start: number; end: number }): number {
  const p = s.profile;
  const share = s.truth.layout === 'sequential' ? 1 : 0.5;
  const seconds = window.end - window.start;
  const peak = 1 + p.diurnal.amplitude;
  let rps = 0;
  let errorsPerSecond = 0;
  for (const m of p.methods) {
    rps += m.rate * share * peak;
    errorsPerSecond += m.rate * share * peak * Math.min(1, 3 * m.errorProbability);
  }
  // Bursts: at most 60 s each, failing at most 10% of requests (× 3 on the slow path).
  const burstSeconds = (p.noise.errorBurstsPerHour * seconds) / 3600;
  return errorsPerSecond * seconds + burstSeconds * 60 * 0.3 * rps;
}

/**
 * Power of the uniformly most powerful unbiased test that the candidate's Poisson rate is `ratio` × the
 * baseline's (equal exposure, expected count `lambda` in each window under the null), at exact level α.
 */
export function poissonRatioPower(lambda: number, ratio: number, alpha = BOUND_ALPHA): number {
  if (lambda <= 0) return alpha;
  const z = normalQuantile(1 - alpha);
  // Normal approximation on the log ratio; past 99.99% the exact sum below only costs time.
  if (normalCdf(Math.log(ratio) / Math.sqrt(1 / lambda + 1 / (ratio * lambda)) - z) > 0.9999) return 1;
  const mu = lambda * (1 + ratio);
  const pi1 = ratio / (1 + ratio);
  let power = 0;
  const tMax = Math.ceil(mu + 12 * Math.sqrt(mu) + 20);
  for (let t = 0; t <= tMax; t++) {
    const pt = Math.exp(t * Math.log(mu) - mu - logGamma(t + 1));
    if (pt < 1e-15 && t > mu) break;
    // Null: X ~ Binomial(t, 1/2). Reject X > c, and X = c with probability gamma.
    let tail = 0;
    let c = t;
    while (c >= 0 && tail + binom(t, c, 0.5) <= alpha) {
      tail += binom(t, c, 0.5);
      c--;
    }
    const gamma = c >= 0 ? (alpha - tail) / binom(t, c, 0.5) : 0;
    let p1 = c >= 0 ? gamma * binom(t, c, pi1) : 0;
    for (let x = c + 1; x <= t; x++) p1 += binom(t, x, pi1);
    power += pt * p1;
  }
  return Math.min(1, power);
}

function binom(n: number, k: number, p: number): number {
  if (p <= 0) return k === 0 ? 1 : 0;
  if (p >= 1) return k === n ? 1 : 0;
  return Math.exp(
    logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1) + k * Math.log(p) + (n - k) * Math.log(1 - p),
  );
}

export function errorRatePower(s: Scenario, ratio: number, alpha = BOUND_ALPHA): number {
  const lambda = Math.max(
    generousErrorCount(s, s.truth.baselineWindow),
    generousErrorCount(s, s.truth.candidateWindow),
  );
  return poissonRatioPower(lambda, ratio, alpha);
}

function minutes(w: { start: number; end: number }): number {
  return Math.max(1, Math.round((w.end - w.start) / 60));
}

export interface ModelBound {
  /** Scored regressions (≥ 20%, error ×2+). */
  n: number;
  /** Expected detections of the best possible method (a sum of powers). */
  expected: number;
  /** expected / n. */
  rate: number | null;
  /** Per bounded metric: scored regressions and their expected detections. */
  byMetric: Record<string, { n: number; expected: number }>;
  /** Detections needed for `target` (⌈target × n⌉) and the chance the ideal method gets that many. */
  target: { rate: number; detections: number; probability: number };
}

/** P(at least k successes) for independent trials with these probabilities (Poisson-binomial). */
export function atLeast(probabilities: number[], k: number): number {
  let dist = [1];
  for (const p of probabilities) {
    const next = new Array<number>(dist.length + 1).fill(0);
    dist.forEach((q, j) => {
      next[j]! += q * (1 - p);
      next[j + 1]! += q * p;
    });
    dist = next;
  }
  return Math.min(
    1,
    dist.slice(Math.max(0, k)).reduce((a, b) => a + b, 0),
  );
}

/** The model bound over a scenario set (scored regressions only). */
export function modelBound(scenarios: Scenario[], alpha = BOUND_ALPHA, targetRate = 0.95): ModelBound {
  const byMetric: ModelBound['byMetric'] = {};
  const powers: number[] = [];
  let n = 0;
  let expected = 0;
  for (const s of scenarios) {
    const t = s.truth;
    if (!isScoredRegression(t)) continue;
    n++;
    let power = 1;
    if (t.metric === 'queue_age') power = queueAgePower(s, t.size!, alpha);
    else if (t.metric === 'error_rate') power = errorRatePower(s, t.size!, alpha);
    expected += power;
    powers.push(power);
    if (t.metric === 'queue_age' || t.metric === 'error_rate') {
      const m = byMetric[t.metric] ?? { n: 0, expected: 0 };
      byMetric[t.metric] = { n: m.n + 1, expected: m.expected + power };
    }
  }
  const detections = Math.ceil(targetRate * n - 1e-9);
  return {
    n,
    expected,
    rate: n ? expected / n : null,
    byMetric,
    target: { rate: targetRate, detections, probability: atLeast(powers, detections) },
  };
}
