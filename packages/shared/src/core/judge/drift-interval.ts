/**
 * method: drift-interval (the default).
 *
 * For each metric: the drift d = relative change of the pooled window statistic, signed so positive is
 * worse. Its uncertainty comes from the delta method with autocorrelation-aware variances
 * (statistic.ts), on the log scale (ratios are multiplicative; the log makes the interval symmetric and
 * keeps it positive). The decision is ONE-SIDED: "worse beyond the margin" and "better beyond the margin" are
 * separate claims, each tested at the family-wise level across the m judged metrics (Bonferroni): each end of
 * the interval is a one-sided bound at level 1 - alpha/m, with Student t quantiles on the Welch-Satterthwaite
 * effective degrees of freedom, so a release with 9 metrics is not 9 times as likely to be failed by chance.
 * (A two-sided 1 - alpha/m interval spends half of alpha on the direction that cannot fail the release.)
 *
 * The variance has two parts: the sampling variance of each window (statistic.ts: delta method,
 * autocorrelation-robust, with a Poisson floor) and a SYSTEMATIC between-window part: two windows of an
 * unchanged release differ by a few percent anyway (other pods, another hour of the day), which no
 * within-window statistic can see. It is a relative standard deviation added in quadrature on the log
 * scale (default 3%, measured on unchanged releases in bench/accuracy; configurable per metric).
 *
 * Verdict:
 *   regression   the estimated drift exceeds the tolerance AND the whole interval lies above half the
 *                tolerance: the best estimate is beyond tolerance and the evidence rules out a drift that is
 *                small (within half the tolerance). Noise alone does not fail a release: the interval must
 *                clear the margin at the family-wise confidence.
 *   improvement  the mirror image (drift below -tolerance, interval below -tolerance/2);
 *   pass         otherwise. A drift estimated beyond tolerance whose interval reaches back inside the margin
 *                passes with a note saying so.
 * The evidence reported is the one-sided p-value of H0: drift <= tolerance/2, Bonferroni-adjusted.
 */

import type { DriftFinding, EvidenceFinding } from '../findings/findings.js';
import type { MetricVerdict } from '../model/comparison.js';
import type { MetricDef } from '../model/metric.js';
import type { WindowData } from '../model/window.js';
import { normalQuantile, tCdf, tQuantile } from '../stats/distributions.js';
import { calibrateSystematic, type Systematic, type TrendShift, trendShift } from './calibration.js';
import { type Estimate, estimatePair } from './statistic.js';
import { longestQuiet, stoppedAmount } from './sufficiency.js';

export interface DriftResult {
  drift: number | null;
  interval: { low: number; high: number; confidence: number } | null;
  /** Smallest true drift this comparison would call a regression with 80% probability (see detectableDrift). */
  detectable: number | null;
  /**
   * Set when `detectable` is above twice the tolerance (and the metric did not regress): how many times longer
   * both windows would have to be to detect that (windowFactor); null when no length would.
   */
  windowFactor?: number | null;
  /** The test behind the verdict and its numbers (core/report/prose.ts evidenceInWords says it). */
  evidence: Extract<EvidenceFinding, { code: 't-test' }> | null;
  verdict: MetricVerdict;
  /** What the judge found (codes and numbers); the estimators' own are in `baseline` and `candidate`. */
  findings: DriftFinding[];
  baseline: Estimate;
  candidate: Estimate;
  /** The between-window term used, where it came from, and (with the prior) the baseline's trend shift. */
  systematic?: Systematic & { trend?: TrendShift };
}

/** Signed drift from a log ratio L = ln(candidate / baseline): positive is worse. */
export function driftFromLog(logRatio: number, worse: 'higher' | 'lower'): number {
  return worse === 'higher' ? Math.expm1(logRatio) : -Math.expm1(logRatio);
}

export interface DriftIntervalOptions {
  /** Relative tolerance (fraction). */
  tolerance: number;
  /** Family-wise error rate (1 - confidence). */
  familyAlpha: number;
  /** Number of metrics compared (Bonferroni). */
  comparisons: number;
  /** The prior between-window uncertainty of an unchanged release, relative sd on the log scale (0.03 = 3%). */
  systematic: number;
  /** The baseline version's data before the baseline window, for measuring the between-window term. */
  history?: WindowData;
  /** Leave transient incidents out of each window (robust.ts). */
  trim: boolean;
}

/** A metric regresses when its drift exceeds the tolerance AND its interval lies above this share of it. */
export const EVIDENCE_MARGIN = 0.5;

/**
 * The quantile of each end of the interval: a one-sided bound at 1 - alpha/m. A regression (the low end above
 * the margin) and an improvement (the high end below minus the margin) are separate one-sided claims, each made
 * with family-wise error alpha across the m metrics; the interval between the two bounds covers the drift with
 * 1 - 2 alpha/m.
 */
export function boundQuantile(perMetricAlpha: number, df = Number.POSITIVE_INFINITY): number {
  return Number.isFinite(df) ? tQuantile(1 - perMetricAlpha, df) : normalQuantile(1 - perMetricAlpha);
}

/**
 * Longest windows a "would detect with longer windows" statement may name: a day. Longer windows span the daily
 * cycle more than once and a release is not held for days; past it the metric cannot be judged in such windows.
 */
export const MAX_WINDOW_MINUTES = 24 * 60;

/**
 * The largest drift a metric can show from this baseline value: a percentage cannot exceed 100%, a ratio of
 * events 1 (its scale), a histogram quantile the highest finite bucket bound (Prometheus reports no more), a
 * lower-is-worse metric a drop to zero (100%). Infinity when the metric's domain is unbounded.
 */
export function driftLimit(metric: MetricDef, data: WindowData, baseline: number | null): number {
  if (metric.worse === 'lower') return 1;
  if (!(baseline !== null && baseline > 0)) return Number.POSITIVE_INFINITY;
  let max = Number.POSITIVE_INFINITY;
  if (metric.unit === '%') max = 100;
  else if (metric.kind === 'ratio' && metric.events !== false) max = metric.scale ?? 1;
  else if (metric.kind === 'histogram_quantile') {
    const finite = data.components.map(Number).filter((x) => Number.isFinite(x));
    if (finite.length) max = Math.max(...finite);
  }
  return max / baseline - 1;
}

/** Power at which `detectable` is stated. */
export const DETECTABLE_POWER = 0.8;

/**
 * The minimum detectable drift: the smallest true drift that the regression rule above would flag with
 * probability DETECTABLE_POWER, given this comparison's standard error (log scale), t quantile q and
 * tolerance. A regression needs L > ln(1+tol) and L - q*se > ln(1+tol/2) (mirrored for lower-is-worse);
 * with L ~ N(true, se) both hold with about 80% probability once the true log ratio clears the stricter
 * bound by t(0.8, df)*se (a little less when se itself is uncertain: 75% measured on an AR(1) gauge). It tells a reviewer what a pass means: "no regression of X% or more (80% power)", and
 * shows which metrics are too noisy in this window to see a 20% change at all. For a lower-is-worse metric
 * it approaches but never reaches 100% (a drop to zero); null for a tolerance of 100% or more.
 */
export function detectableDrift(
  se: number,
  q: number,
  tolerance: number,
  worse: 'higher' | 'lower',
  df = Number.POSITIVE_INFINITY,
): number | null {
  const z = Number.isFinite(df) ? tQuantile(DETECTABLE_POWER, df) : normalQuantile(DETECTABLE_POWER);
  const margin = EVIDENCE_MARGIN * tolerance;
  if (worse === 'higher') {
    const need = Math.max(Math.log1p(tolerance), Math.log1p(margin) + q * se) + z * se;
    return Math.expm1(need);
  }
  if (tolerance >= 1) return null;
  const need = Math.min(Math.log1p(-tolerance), Math.log1p(-margin) - q * se) - z * se;
  return -Math.expm1(need);
}

/**
 * How many times longer both windows would have to be for `detectableDrift` to come down to `goal` (a drift
 * of that size detected with 80% probability). The sampling part of the variance (`samplingVariance`, log
 * scale, both windows) shrinks in proportion to the windows' length (a long-run variance per minute); the
 * systematic between-window part does not. Normal quantiles: long windows have many effective sub-windows,
 * so the answer is a little optimistic when this comparison's degrees of freedom are few. null when no
 * length would do: the systematic term alone keeps `detectable` above the goal. It assumes that term stays
 * as it is, which holds for side-by-side windows, not for longer consecutive ones: those differ more in load
 * (docs/statistics.md §6, 3-hour windows).
 */
export function windowFactor(
  samplingVariance: number,
  systematic: number,
  perMetricAlpha: number,
  tolerance: number,
  worse: 'higher' | 'lower',
  goal = 2 * tolerance,
): number | null {
  const q = boundQuantile(perMetricAlpha);
  const z = normalQuantile(DETECTABLE_POWER);
  const margin = EVIDENCE_MARGIN * tolerance;
  let a: number;
  let b: number;
  if (worse === 'higher') {
    a = Math.log1p(goal) - Math.log1p(tolerance);
    b = Math.log1p(goal) - Math.log1p(margin);
  } else {
    if (goal >= 1) return 1;
    a = Math.log1p(-tolerance) - Math.log1p(-goal);
    b = Math.log1p(-margin) - Math.log1p(-goal);
  }
  if (a <= 0 || b <= 0) return null;
  const seMax = Math.min(a / z, b / (q + z));
  const room = seMax * seMax - systematic * systematic;
  if (room <= 0) return null;
  return Math.max(1, samplingVariance / room);
}

/**
 * The judge composes three steps, as Kayenta's judge composes a transform, a classifier and a scorer: the
 * change on the log scale (logChange), its uncertainty (between-window term, standard error, degrees of
 * freedom), and the verdict with its evidence and what the windows could have detected.
 */
export function judgeDriftInterval(
  metric: MetricDef,
  baseline: WindowData,
  candidate: WindowData,
  options: DriftIntervalOptions,
): DriftResult {
  const { tolerance, familyAlpha, comparisons, trim } = options;
  const [b, c] = estimatePair(metric, baseline, candidate, { trim });
  const findings: DriftFinding[] = [];
  const none = (verdict: MetricVerdict, more: DriftFinding[] = []): DriftResult => ({
    drift: null,
    interval: null,
    detectable: null,
    evidence: null,
    verdict,
    findings: [...findings, ...more],
    baseline: b,
    candidate: c,
  });
  if (b.value === null || c.value === null) return none('inconclusive', [{ code: 'no-value' }]);
  if (b.value === 0 && c.value === 0) return { ...none('pass', [{ code: 'both-zero' }]), drift: 0 };
  if (c.value === 0 && b.value > 0 && stoppedAmount(metric, baseline, candidate) === 'candidate') {
    // The amount stopped growing in the candidate (its cadence proven on the baseline): exactly -100%.
    const drift = metric.worse === 'higher' ? -1 : 1;
    const interval = { low: drift, high: drift, confidence: 1 - familyAlpha };
    const stop: DriftFinding = {
      code: 'amount-stopped',
      points: candidate.points.length,
      baselineQuiet: longestQuiet(baseline),
    };
    return { ...none(classify(drift, interval, tolerance), [stop]), drift, interval };
  }
  const change = logChange(b, c);
  if (!change) return none('inconclusive', [{ code: 'ratio-undefined', baseline: b.value, candidate: c.value }]);
  if (change.corrected) findings.push({ code: 'zero-count-corrected' });
  const u = uncertainty(metric, baseline, candidate, b, c, change, options);
  if (u.trendFinding) findings.push(u.trendFinding);
  const { logRatio, se, df } = u;
  const perMetricAlpha = familyAlpha / Math.max(1, comparisons);
  const q = boundQuantile(perMetricAlpha, df);
  const qBetter = boundQuantile(perMetricAlpha, u.better.df);
  const drift = driftFromLog(logRatio, metric.worse);
  // Each end is its own one-sided bound: the end that must clear the margin for a regression uses the
  // worse side's uncertainty, the other the better side's (they differ only by a trend's allowance).
  const sign = metric.worse === 'higher' ? 1 : -1;
  const ends = [
    driftFromLog(logRatio - sign * q * se, metric.worse),
    driftFromLog(logRatio + sign * qBetter * u.better.se, metric.worse),
  ].sort((x, y) => x - y) as [number, number];
  const interval = { low: ends[0], high: ends[1], confidence: 1 - familyAlpha };
  const verdict = classify(drift, interval, tolerance);
  if (verdict === 'pass' && drift > tolerance)
    findings.push({ code: 'weak-evidence', drift, tolerance, low: interval.low });
  const reach =
    verdict === 'regression'
      ? { detectable: detectableDrift(se, q, tolerance, metric.worse, df) }
      : whatCouldBeDetected(metric, candidate, b.value, u, { q, perMetricAlpha, tolerance });
  if (reach.finding) findings.push(reach.finding);
  const { detectable, windowFactor: longer } = reach;
  return {
    drift,
    interval,
    detectable,
    evidence: {
      code: 't-test',
      pValue: evidenceP(logRatio, se, df, tolerance, comparisons, metric.worse),
      se,
      systematic: u.systematic,
      source: u.cal.source,
      trendAdjusted: u.trendFinding?.toward === 'worse',
      df,
      comparisons,
    },
    systematic: { ...u.cal, ...(u.trend ? { trend: u.trend } : {}) },
    ...(longer !== undefined ? { windowFactor: longer } : {}),
    verdict,
    findings,
    baseline: b,
    candidate: c,
  };
}

/**
 * What these windows could have detected, said when it is more than twice the tolerance: `too-noisy` with the
 * window factor that would detect it, or `cannot-judge` past what the metric can be (a percentage above 100%,
 * a p95 beyond the highest bucket) or past windows of a day, where "detects +1000%" and "windows 86 days long"
 * say nothing.
 */
function whatCouldBeDetected(
  metric: MetricDef,
  candidate: WindowData,
  baselineValue: number,
  u: Pick<ReturnType<typeof uncertainty>, 'se' | 'df' | 'samplingVariance' | 'cal'>,
  at: { q: number; perMetricAlpha: number; tolerance: number },
): { detectable: number | null; windowFactor?: number | null; finding?: DriftFinding } {
  const { q, perMetricAlpha, tolerance } = at;
  const detectable = detectableDrift(u.se, q, tolerance, metric.worse, u.df);
  if (detectable !== null && detectable <= 2 * tolerance) return { detectable };
  // The trend extrapolation's variance shrinks with longer windows like the sampling variance; the
  // between-window term does not.
  const longer = windowFactor(u.samplingVariance, u.cal.value, perMetricAlpha, tolerance, metric.worse);
  const windowMinutes = (candidate.expectedPoints * candidate.step) / 60;
  const limit = driftLimit(metric, candidate, baselineValue);
  const needed = longer === null ? null : longer * windowMinutes;
  if (detectable === null || detectable > limit || (needed !== null && needed > MAX_WINDOW_MINUTES)) {
    return {
      detectable: detectable !== null && detectable > limit ? null : detectable,
      finding: {
        code: 'cannot-judge',
        tolerance,
        detectable: detectable !== null && detectable <= limit ? detectable : null,
        limit: Number.isFinite(limit) ? limit : null,
        windowMinutes,
        neededMinutes: needed !== null && needed <= MAX_WINDOW_MINUTES ? needed : null,
      },
    };
  }
  return {
    detectable,
    windowFactor: longer,
    finding: {
      code: 'too-noisy',
      tolerance,
      detectable,
      power: DETECTABLE_POWER,
      windowFactor: longer,
      systematic: u.cal.value,
      windowMinutes,
    },
  };
}

/**
 * The relative change on the log scale, with the relative variances of both sides; undefined when a side is
 * 0 or below and no event counts can stand in.
 */
function logChange(
  b: Estimate,
  c: Estimate,
): { logRatio: number; relVarB: number; relVarC: number; corrected: boolean } | undefined {
  const bv = b.value as number;
  const cv = c.value as number;
  if (bv > 0 && cv > 0) {
    return {
      logRatio: Math.log(cv / bv),
      relVarB: b.variance / (bv * bv),
      relVarC: c.variance / (cv * cv),
      corrected: false,
    };
  }
  if (b.numeratorEvents !== undefined && c.numeratorEvents !== undefined && b.events && c.events) {
    // An event-count ratio with a zero count (no errors in one window): add half an event to both
    // numerators (Haldane-Anscombe) so the ratio and its Poisson variance are defined.
    const yb = b.numeratorEvents + 0.5;
    const yc = c.numeratorEvents + 0.5;
    return { logRatio: Math.log(yc / c.events / (yb / b.events)), relVarB: 1 / yb, relVarC: 1 / yc, corrected: true };
  }
  return undefined;
}

/**
 * The change's uncertainty. Between-window (systematic): unchanged releases still differ from window to
 * window (other pods, another hour of the day); measured on the baseline's history where it can be
 * (calibration.ts), else the prior, plus, where the baseline moves along a proven trend, the move that trend
 * predicts across the time-of-day gap: the candidate cannot be told from a baseline that kept moving, so a
 * change of that size is allowed for in quadrature. It does not move the estimate: a straight line through one
 * window of a daily curve does not say where the curve is an hour later. Welch-Satterthwaite degrees of
 * freedom from how well each part of the variance is known (degreesOfFreedom).
 */
function uncertainty(
  metric: MetricDef,
  baseline: WindowData,
  candidate: WindowData,
  b: Estimate,
  c: Estimate,
  change: { logRatio: number; relVarB: number; relVarC: number },
  options: DriftIntervalOptions,
) {
  const { relVarB, relVarC } = change;
  const { logRatio } = change;
  const cal = calibrateSystematic({
    metric,
    baseline,
    candidate,
    history: options.history,
    prior: options.systematic,
    trim: options.trim,
  });
  const perMetricAlpha = options.familyAlpha / Math.max(1, options.comparisons);
  // A trend inside the baseline window counts only when it is proven at the comparison's own level (|slope|
  // beyond the two-sided quantile at alpha/m of its standard error); a wander is not a trend.
  const q0 = tQuantile(1 - perMetricAlpha / 2, degreesOfFreedom(b, c, relVarB, relVarC, cal, 0));
  const trend = cal.source === 'prior' ? trendShift(baseline, candidate, b.trend, q0) : null;
  // The trend's predicted move across the gap widens the between-window term on the side it points to; it does
  // not move the estimate. A baseline moving toward better cannot explain a worse candidate (were the trend
  // real, the true change would be larger still), so it widens only the bound of the improvement claim, and a
  // baseline moving toward worse only the bound of the regression claim.
  const towardWorse = trend ? (metric.worse === 'higher' ? trend.shift > 0 : trend.shift < 0) : false;
  const trendFinding: DriftFinding | undefined = trend
    ? {
        code: 'trend-allowed',
        predicted: Math.expm1(trend.shift),
        gapSeconds: trend.gapSeconds,
        toward: towardWorse ? 'worse' : 'better',
      }
    : undefined;
  const side = (withTrend: boolean) => {
    const allowance = withTrend && trend ? trend.shift * trend.shift : 0;
    const trendVariance = withTrend && trend ? trend.variance : 0;
    const sysVar = cal.value * cal.value + allowance + trendVariance;
    return {
      systematic: Math.sqrt(sysVar),
      se: Math.sqrt(relVarB + relVarC + sysVar),
      df: degreesOfFreedom(b, c, relVarB, relVarC, cal, trendVariance, allowance),
      trendVariance,
    };
  };
  const worse = side(towardWorse);
  const better = side(Boolean(trend) && !towardWorse);
  return {
    logRatio,
    cal,
    trend,
    trendFinding,
    systematic: worse.systematic,
    se: worse.se,
    df: worse.df,
    /** The bound of the improvement claim (equal to the worse side's unless a trend points toward better). */
    better: { se: better.se, df: better.df },
    /** The part of the variance that shrinks with longer windows (sampling and the trend's own noise). */
    samplingVariance: relVarB + relVarC + worse.trendVariance,
  };
}

/**
 * Degrees of freedom of the variance of the log ratio, 2 / Var(ln V) (a variance known to a relative variance
 * of 2/nu is worth nu degrees of freedom, as for a chi-square). Each window's sampling variance is uncertain
 * through its own scale (about 2/n for n sub-windows) and through the autocorrelation, which is pooled over
 * both windows: its sampling error moves both variances together, so that part adds up in amplitude and
 * depends on the TOTAL number of sub-windows (statistic.ts lrvUncertainty), not on each side's effective
 * count. A variance set by the count floor is known (Poisson); a measured between-window term has its
 * calibration's df, a prior none, nor has the trend's allowance (its own noise, `trendVariance`, is the
 * baseline's).
 */
function degreesOfFreedom(
  b: Estimate,
  c: Estimate,
  relVarB: number,
  relVarC: number,
  cal: Systematic,
  trendVariance: number,
  allowance = 0,
): number {
  const sys = cal.value * cal.value;
  const total = relVarB + relVarC + sys + trendVariance + allowance;
  if (!(total > 0)) return Number.POSITIVE_INFINITY;
  const ub = b.varianceUncertainty ?? { scale: 2 / Math.max(1, b.effectiveN - 1), rho: 0 };
  const uc = c.varianceUncertainty ?? { scale: 2 / Math.max(1, c.effectiveN - 1), rho: 0 };
  const vb = (relVarB + trendVariance) / total;
  const vc = relVarC / total;
  const vs = sys / total;
  const rel =
    vb * vb * ub.scale +
    vc * vc * uc.scale +
    (vb * Math.sqrt(ub.rho) + vc * Math.sqrt(uc.rho)) ** 2 +
    (Number.isFinite(cal.df) ? (vs * vs * 2) / cal.df : 0);
  return rel > 0 ? 2 / rel : Number.POSITIVE_INFINITY;
}

/**
 * regression: the drift beyond the tolerance AND the interval above half of it; improvement: the mirror
 * image; pass otherwise.
 */
function classify(drift: number, interval: { low: number; high: number }, tolerance: number): MetricVerdict {
  const margin = EVIDENCE_MARGIN * tolerance;
  if (drift > tolerance && interval.low > margin) return 'regression';
  if (drift < -tolerance && interval.high < -margin) return 'improvement';
  return 'pass';
}

/** One-sided test of H0: drift <= tolerance/2 on the log scale, Bonferroni-adjusted. */
function evidenceP(
  logRatio: number,
  se: number,
  df: number,
  tolerance: number,
  comparisons: number,
  worse: 'higher' | 'lower',
): number {
  const margin = EVIDENCE_MARGIN * tolerance;
  const boundary = worse === 'higher' ? Math.log1p(margin) : Math.log1p(-Math.min(margin, 0.999999));
  const excess = worse === 'higher' ? logRatio - boundary : boundary - logRatio;
  const pRaw = se > 0 ? 1 - tCdf(excess / se, df) : excess > 0 ? 0 : 1;
  return Math.min(1, pRaw * Math.max(1, comparisons));
}
