/**
 * Reference judges, kept for comparison and for teams that want the literal rule. Both work on 5-minute
 * window values (the statistic computed per 5-minute bucket, e.g. the p95 of that bucket's requests).
 *
 * method: mean-threshold  PERF-003 read literally: "baseline = last stable release mean +/- 10%". Mean of
 *   the 5-minute values on each side; regression when the signed relative change exceeds the tolerance.
 *   No statistics: ordinary noise above 10% fails the release.
 * method: mann-whitney    Kayenta-style (Netflix ACA judge): a two-sided Mann-Whitney U test on the
 *   5-minute values at 98% confidence, plus the tolerance on the ratio of means; regression when both say so.
 */

import type { EstimateFinding, EvidenceFinding } from '../findings/types.js';
import type { MetricVerdict } from '../model/comparison.js';
import type { MetricDef } from '../model/metric.js';
import type { WindowData } from '../model/window.js';
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
  /** The test behind the verdict and its numbers (report/prose.ts evidenceInWords says it). */
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

export function judgeReference(
  method: 'mean-threshold' | 'mann-whitney',
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
  const findings: EstimateFinding[] = [];
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
  const baselineView = { ...bEst, value: mb };
  const candidateView = { ...cEst, value: mc };
  if (mb === 0) {
    return {
      drift: mc === 0 ? 0 : null,
      evidence: null,
      verdict: mc === 0 ? 'pass' : 'inconclusive',
      findings: mc === 0 ? [] : [{ code: 'baseline-mean-zero' }],
      baseline: baselineView,
      candidate: candidateView,
    };
  }
  const drift = signedDrift(metric, mb, mc);
  if (method === 'mean-threshold') {
    const verdict: MetricVerdict = drift > tolerance ? 'regression' : drift < -tolerance ? 'improvement' : 'pass';
    return {
      drift,
      evidence: { code: 'no-test', baseline: bv.length, candidate: cv.length },
      verdict,
      findings,
      baseline: baselineView,
      candidate: candidateView,
    };
  }
  const floor = smallestPValue(cv.length, bv.length);
  if (!(floor < 1 - MANN_WHITNEY_CONFIDENCE)) {
    const need = mannWhitneyMinValues();
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
          need,
        },
      ],
      baseline: baselineView,
      candidate: candidateView,
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
    findings,
    baseline: baselineView,
    candidate: candidateView,
  };
}
