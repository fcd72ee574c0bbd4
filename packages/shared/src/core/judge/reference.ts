/**
 * Reference judges, kept for comparison and for teams that want the literal rule. Both work on 5-minute
 * window values (the statistic computed per 5-minute bucket, e.g. the p95 of that bucket's requests).
 *
 * method: mean-threshold  PERF-003 read literally: "baseline = last stable release mean +/- 10%". Mean of
 *   the 5-minute values on each side; regression when the signed relative change exceeds the tolerance.
 *   No statistics: ordinary noise above 10% fails the release.
 * method: mann-whitney    Kayenta-style (Netflix ACA judge): a two-sided Mann-Whitney U test on the
 *   5-minute values at 98% confidence, plus the tolerance on the ratio of means; regression when both say so.
 * method: newey-west      the simple statistician's test: the mean of the 5-minute values on each side with a
 *   Newey-West (Bartlett kernel, lag floor(n^(1/3))) standard error, a one-sided z test of "the drift exceeds
 *   the tolerance" on the log ratio of the means, Holm's step-down across the metrics compared (holmAdjust,
 *   applied by judge.ts). No trimming, no between-window term, no trend: the line every default must beat.
 */

import type { EstimateFinding, EvidenceFinding } from '../findings/findings.js';
import type { MetricVerdict } from '../model/comparison.js';
import type { MetricDef } from '../model/metric.js';
import type { WindowData } from '../model/window.js';
import { normalCdf } from '../stats/distributions.js';
import { mannWhitney } from '../stats/mann-whitney.js';
import { bucketPoints, type Estimate, estimate, windowValue } from './statistic.js';

export const REFERENCE_WINDOW_SECONDS = 300;
export const MANN_WHITNEY_CONFIDENCE = 0.98;

export function windowValues(metric: MetricDef, data: WindowData, seconds = REFERENCE_WINDOW_SECONDS): number[] {
  return bucketPoints(data, seconds)
    .map((b) => windowValue(metric, data, b.points))
    .filter((v): v is number => v !== null && Number.isFinite(v));
}

function mean(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

export interface ReferenceResult {
  drift: number | null;
  /** The test behind the verdict and its numbers (core/report/prose.ts evidenceInWords says it). */
  evidence: EvidenceFinding | null;
  verdict: MetricVerdict;
  /** Why the verdict is inconclusive (codes and numbers), when it is. */
  findings: EstimateFinding[];
  baseline: Estimate;
  candidate: Estimate;
}

/**
 * The smallest p-value the test can give with n1 vs n2 values: that of two perfectly separated samples
 * (same approximation as the test itself). When it is above 1 - confidence, no data of that size can ever
 * be significant: the test cannot detect anything.
 */
export function smallestPValue(n1: number, n2: number): number {
  const a = Array.from({ length: n1 }, (_, i) => i);
  const b = Array.from({ length: n2 }, (_, i) => n1 + i);
  return mannWhitney(a, b).pValue;
}

/** The fewest 5-minute values per side (equal sizes) with which the test can be significant. */
export function mannWhitneyMinValues(confidence = MANN_WHITNEY_CONFIDENCE): number {
  let n = 2;
  while (n < 1000 && !(smallestPValue(n, n) < 1 - confidence)) n++;
  return n;
}

function signedDrift(metric: MetricDef, b: number, c: number): number {
  const rel = (c - b) / Math.abs(b);
  return metric.worse === 'higher' ? rel : -rel;
}

export type ReferenceMethod = 'mean-threshold' | 'mann-whitney' | 'newey-west';

/** Fewest 5-minute values per side for newey-west (a variance needs two; a lag of one needs three). */
export const NEWEY_WEST_MIN_VALUES = 3;

/**
 * Newey-West long-run variance of a series (Bartlett weights 1 - k/(L+1), k = 1..L, L = floor(n^(1/3))),
 * never below the plain variance's half (a negative autocorrelation cannot make a mean more certain than that).
 */
export function neweyWestVariance(xs: number[]): { lrv: number; lag: number } {
  const n = xs.length;
  const m = mean(xs);
  const lag = Math.floor(Math.cbrt(n));
  const gamma = (k: number) => {
    let s = 0;
    for (let t = k; t < n; t++) s += ((xs[t] as number) - m) * ((xs[t - k] as number) - m);
    return s / n;
  };
  const g0 = gamma(0);
  let lrv = g0;
  for (let k = 1; k <= lag && k < n; k++) lrv += 2 * (1 - k / (lag + 1)) * gamma(k);
  // n/(n-1): the sample mean taken out of n values.
  return { lrv: (Math.max(lrv, g0 / 2) * n) / Math.max(1, n - 1), lag };
}

/**
 * Holm's step-down adjustment: adjusted p_(i) = max over j <= i of min(1, (m - j + 1) p_(j)), in the order of
 * the sorted p-values; returned in the input's order.
 */
export function holmAdjust(pValues: number[]): number[] {
  const m = pValues.length;
  const order = pValues.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p);
  const out = new Array<number>(m).fill(1);
  let running = 0;
  order.forEach(({ p, i }, rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * p));
    out[i] = running;
  });
  return out;
}

/**
 * newey-west on one metric, before Holm: the one-sided p-values of "drift > tolerance" (regression) and of
 * "drift < -tolerance" (improvement), unadjusted. judge.ts adjusts them across the metrics and sets the verdict.
 */
function neweyWest(metric: MetricDef, bv: number[], cv: number[], mb: number, mc: number, tolerance: number) {
  const b = neweyWestVariance(bv);
  const c = neweyWestVariance(cv);
  if (!(mb > 0 && mc > 0)) return null;
  const se = Math.sqrt(b.lrv / bv.length / (mb * mb) + c.lrv / cv.length / (mc * mc));
  const log = Math.log(mc / mb) * (metric.worse === 'higher' ? 1 : -1);
  const worseBound = metric.worse === 'higher' ? Math.log1p(tolerance) : -Math.log1p(-Math.min(tolerance, 0.999999));
  const betterBound = metric.worse === 'higher' ? -Math.log1p(-Math.min(tolerance, 0.999999)) : Math.log1p(tolerance);
  const p = (z: number) => (se > 0 ? 1 - normalCdf(z) : z > 0 ? 0 : 1);
  return {
    se,
    lag: Math.max(b.lag, c.lag),
    pWorse: p(se > 0 ? (log - worseBound) / se : log - worseBound),
    pBetter: p(se > 0 ? (-log - betterBound) / se : -log - betterBound),
  };
}

export function judgeReference(
  method: ReferenceMethod,
  metric: MetricDef,
  baseline: WindowData,
  candidate: WindowData,
  tolerance: number,
): ReferenceResult {
  const bv = windowValues(metric, baseline);
  const cv = windowValues(metric, candidate);
  // Window values for the report (value = mean of 5-minute values, as this method sees it).
  const bEst = estimate(metric, baseline);
  const cEst = estimate(metric, candidate);
  if (bv.length === 0 || cv.length === 0) {
    return {
      drift: null,
      evidence: null,
      verdict: 'inconclusive',
      findings: [{ code: 'no-window-values' }],
      baseline: bEst,
      candidate: cEst,
    };
  }
  const mb = mean(bv);
  const mc = mean(cv);
  const sides = { baseline: { ...bEst, value: mb }, candidate: { ...cEst, value: mc } };
  if (mb === 0) {
    return {
      drift: mc === 0 ? 0 : null,
      evidence: null,
      verdict: mc === 0 ? 'pass' : 'inconclusive',
      findings: mc === 0 ? [] : [{ code: 'baseline-mean-zero' }],
      ...sides,
    };
  }
  const values: WindowMeans = { metric, bv, cv, mb, mc, drift: signedDrift(metric, mb, mc), tolerance };
  const judged =
    method === 'mean-threshold'
      ? judgeMeanThreshold(values)
      : method === 'newey-west'
        ? judgeNeweyWest(values)
        : judgeMannWhitney(values);
  return { ...judged, ...sides };
}

/** What every reference judge starts from: the 5-minute values of both windows, their means and the drift. */
interface WindowMeans {
  metric: MetricDef;
  bv: number[];
  cv: number[];
  mb: number;
  mc: number;
  drift: number;
  tolerance: number;
}

type Judged = Omit<ReferenceResult, 'baseline' | 'candidate'>;

/** The literal judge: the drift of the means against the tolerance, no test. */
function judgeMeanThreshold({ bv, cv, drift, tolerance }: WindowMeans): Judged {
  const verdict: MetricVerdict = drift > tolerance ? 'regression' : drift < -tolerance ? 'improvement' : 'pass';
  return { drift, evidence: { code: 'no-test', baseline: bv.length, candidate: cv.length }, verdict, findings: [] };
}

/** The reference test; its verdict is decided across the metrics (Holm, judge.ts), so each alone says pass. */
function judgeNeweyWest({ metric, bv, cv, mb, mc, drift, tolerance }: WindowMeans): Judged {
  const short = bv.length < NEWEY_WEST_MIN_VALUES || cv.length < NEWEY_WEST_MIN_VALUES;
  const nw = short ? null : neweyWest(metric, bv, cv, mb, mc, tolerance);
  if (!nw) {
    return {
      drift,
      evidence: null,
      verdict: 'inconclusive',
      findings: [
        short
          ? { code: 'too-few-window-values', baseline: bv.length, candidate: cv.length, need: NEWEY_WEST_MIN_VALUES }
          : { code: 'baseline-mean-zero' },
      ],
    };
  }
  return {
    drift,
    evidence: {
      code: 'newey-west',
      pValue: nw.pWorse,
      pImprovement: nw.pBetter,
      se: nw.se,
      lag: nw.lag,
      comparisons: 1,
      baseline: bv.length,
      candidate: cv.length,
    },
    verdict: 'pass',
    findings: [],
  };
}

/** Kayenta's judge: a Mann-Whitney test of the 5-minute values, inconclusive when it cannot reach its level. */
function judgeMannWhitney({ bv, cv, drift, tolerance }: WindowMeans): Judged {
  const floor = smallestPValue(cv.length, bv.length);
  if (!(floor < 1 - MANN_WHITNEY_CONFIDENCE)) {
    return {
      drift,
      evidence: { code: 'mann-whitney-blind', baseline: bv.length, candidate: cv.length },
      verdict: 'inconclusive',
      findings: [
        {
          code: 'mann-whitney-blind',
          baseline: bv.length,
          candidate: cv.length,
          floor,
          alpha: 1 - MANN_WHITNEY_CONFIDENCE,
          need: mannWhitneyMinValues(),
        },
      ],
    };
  }
  const mw = mannWhitney(cv, bv);
  const significant = mw.pValue < 1 - MANN_WHITNEY_CONFIDENCE;
  const verdict: MetricVerdict =
    significant && drift > tolerance ? 'regression' : significant && drift < -tolerance ? 'improvement' : 'pass';
  return {
    drift,
    evidence: { code: 'mann-whitney', pValue: mw.pValue, u: mw.u, baseline: bv.length, candidate: cv.length },
    verdict,
    findings: [],
  };
}
