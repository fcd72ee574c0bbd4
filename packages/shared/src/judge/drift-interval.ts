/**
 * method: drift-interval (the default).
 *
 * For each metric: the drift d = relative change of the pooled window statistic, signed so positive is
 * worse. Its uncertainty comes from the delta method with autocorrelation-aware variances
 * (statistic.ts), on the log scale (ratios are multiplicative; the log makes the interval symmetric and
 * keeps it positive). The interval is SIMULTANEOUS across the m judged metrics (Bonferroni): each metric
 * gets a two-sided level 1 - alpha/m, with Student t quantiles on the Welch-Satterthwaite effective degrees
 * of freedom, so a release with 9 metrics is not 9 times as likely to be failed by chance.
 *
 * Verdict:
 *   regression   the whole interval is beyond the tolerance (lower bound > tolerance): the evidence says the
 *                drift is beyond tolerance, not merely that it is non-zero;
 *   improvement  the whole interval is below -tolerance;
 *   pass         otherwise. When the point estimate is beyond tolerance but the interval reaches back inside it,
 *                the metric passes with a note (the evidence does not show a drift beyond tolerance).
 * The evidence reported is the one-sided p-value of H0: drift <= tolerance, Bonferroni-adjusted.
 */
import type { WindowData } from '../collect.js';
import type { MetricDef } from '../metrics.js';
import type { MetricVerdict } from '../report/types.js';
import { tCdf, tQuantile } from '../stats/distributions.js';
import { type Estimate, estimate } from './statistic.js';

export interface DriftResult {
  drift: number | null;
  interval: { low: number; high: number; confidence: number } | null;
  evidence: { test: string; pValue: number | null; detail?: string } | null;
  verdict: MetricVerdict;
  notes: string[];
  baseline: Estimate;
  candidate: Estimate;
}

/** Signed drift from a log ratio L = ln(candidate / baseline): positive is worse. */
export function driftFromLog(logRatio: number, worse: 'higher' | 'lower'): number {
  return worse === 'higher' ? Math.expm1(logRatio) : -Math.expm1(logRatio);
}

export function judgeDriftInterval(
  metric: MetricDef,
  baseline: WindowData,
  candidate: WindowData,
  tolerance: number,
  familyAlpha: number,
  comparisons: number,
): DriftResult {
  const b = estimate(metric, baseline);
  const c = estimate(metric, candidate);
  const notes = [...b.notes.map((n) => `baseline: ${n}`), ...c.notes.map((n) => `candidate: ${n}`)];
  const confidence = 1 - familyAlpha;
  const none = (verdict: MetricVerdict, more: string[] = []): DriftResult => ({
    drift: null,
    interval: null,
    evidence: null,
    verdict,
    notes: [...notes, ...more],
    baseline: b,
    candidate: c,
  });
  if (b.value === null || c.value === null) return none('inconclusive', ['no value could be computed']);

  // Relative change on the log scale, with the relative variances of both sides.
  let logRatio: number;
  let relVarB: number;
  let relVarC: number;
  if (b.value === 0 && c.value === 0) {
    return { ...none('pass', ['both windows are 0']), drift: 0 };
  }
  if (b.value > 0 && c.value > 0) {
    logRatio = Math.log(c.value / b.value);
    relVarB = b.variance / (b.value * b.value);
    relVarC = c.variance / (c.value * c.value);
  } else if (b.numeratorEvents !== undefined && c.numeratorEvents !== undefined && b.events && c.events) {
    // An event-count ratio with a zero count (no errors in one window): add half an event to both
    // numerators (Haldane-Anscombe) so the ratio and its Poisson variance are defined.
    const yb = b.numeratorEvents + 0.5;
    const yc = c.numeratorEvents + 0.5;
    logRatio = Math.log(yc / c.events / (yb / b.events));
    relVarB = 1 / yb;
    relVarC = 1 / yc;
    notes.push('zero event count: half an event added to both windows (Haldane-Anscombe correction)');
  } else {
    return none('inconclusive', [
      `relative drift is undefined: baseline ${fmt(b.value)}, candidate ${fmt(c.value)} (a value of 0 or below)`,
    ]);
  }
  const se = Math.sqrt(relVarB + relVarC);
  // Welch-Satterthwaite degrees of freedom from each side's effective number of independent sub-windows.
  const dfB = Math.max(1, b.effectiveN - 1);
  const dfC = Math.max(1, c.effectiveN - 1);
  const df = se > 0 ? (relVarB + relVarC) ** 2 / (relVarB ** 2 / dfB + relVarC ** 2 / dfC) : Number.POSITIVE_INFINITY;
  const perMetricAlpha = familyAlpha / Math.max(1, comparisons);
  const q = tQuantile(1 - perMetricAlpha / 2, df);
  const lowLog = logRatio - q * se;
  const highLog = logRatio + q * se;
  const drift = driftFromLog(logRatio, metric.worse);
  const ends = [driftFromLog(lowLog, metric.worse), driftFromLog(highLog, metric.worse)].sort((x, y) => x - y) as [
    number,
    number,
  ];
  const interval = { low: ends[0], high: ends[1], confidence };

  // One-sided test of H0: drift <= tolerance, on the log scale.
  const boundary = metric.worse === 'higher' ? Math.log1p(tolerance) : Math.log1p(-Math.min(tolerance, 0.999999));
  const excess = metric.worse === 'higher' ? logRatio - boundary : boundary - logRatio;
  const pRaw = se > 0 ? 1 - tCdf(excess / se, df) : excess > 0 ? 0 : 1;
  const pValue = Math.min(1, pRaw * Math.max(1, comparisons));

  let verdict: MetricVerdict = 'pass';
  if (interval.low > tolerance) verdict = 'regression';
  else if (interval.high < -tolerance) verdict = 'improvement';
  else if (drift > tolerance) {
    notes.push(
      `drift ${pct(drift)} is above the ${pct(tolerance)} tolerance, but the interval reaches ${pct(interval.low)}: not enough evidence that it is beyond tolerance`,
    );
  }
  return {
    drift,
    interval,
    evidence: {
      test: 'one-sided t test of drift <= tolerance (log scale, delta method, autocorrelation-robust variance, Bonferroni)',
      pValue,
      detail: `se(log ratio) ${se.toPrecision(3)}, df ${Number.isFinite(df) ? df.toFixed(1) : 'inf'}, ${comparisons} metric(s) compared`,
    },
    verdict,
    notes,
    baseline: b,
    candidate: c,
  };
}

function fmt(v: number): string {
  return Number.isFinite(v) ? Number(v.toPrecision(4)).toString() : String(v);
}

export function pct(v: number): string {
  const s = (v * 100).toFixed(Math.abs(v) < 0.1 ? 1 : 0);
  return `${v > 0 ? '+' : ''}${s}%`;
}
