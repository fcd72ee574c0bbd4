/**
 * The between-window term, measured for this service instead of assumed.
 *
 * Two windows of an unchanged release differ by more than their sampling noise: other pods, another hour of
 * the day, a neighbour's batch job. How much more is a property of the service and the metric, so it is
 * measured on the stable (baseline) version's own history: earlier windows of the same lengths, placed at the
 * same distance apart as this comparison's windows (same hours one day earlier -> pairs one day apart; a
 * baseline before the candidate -> pairs at that lag), each pair an A/A comparison of the statistic. Their
 * spread, less the part the sampling variance already explains, is the between-window variance:
 *
 *   sigma^2 = max(0, q75(d_k^2) / 1.323 - mean(v_k))      d_k = ln(later_k / earlier_k), v_k its sampling variance
 *
 * (1.323 is the 75th percentile of chi-square(1), so the estimate is unbiased for normal spreads). The upper
 * quartile, not the median: real services' A/A spreads are heavy-tailed (day-of-week swings, bursts), and the
 * gate's decision lives in the tail, which a median does not see; on real CloudWatch traces the median-based
 * term passed through twice the false alarms. Yet a quarter of the pairs can be incidents without moving it,
 * where a mean of squares is ruled by the largest one. The result is shrunk toward the
 * prior with PRIOR_WEIGHT pseudo-pairs so a short history moves it only part of the way. Fewer than
 * MIN_PAIRS usable pairs, side-by-side windows (no lag to reproduce) or no history: the documented prior,
 * and the reason is said. A value in the config (metrics.<id>.systematic) is used as it is.
 */

import type { MetricDef } from '../model/metric.js';
import type { WindowData } from '../model/window.js';
import { sliceWindow } from '../model/window.js';
import { estimatePair } from './statistic.js';
import { checkSufficiency } from './sufficiency.js';

/** The prior: the between-window relative sd of an unchanged release when nothing better is known. */
export const DEFAULT_SYSTEMATIC = 0.03;
/** Pseudo-pairs of weight the prior keeps against the measured spread. */
export const PRIOR_WEIGHT = 4;
/** Fewer usable A/A pairs than this: the prior alone. */
export const MIN_PAIRS = 3;
/** 75th percentile of the chi-square distribution with one degree of freedom. */
const CHI2_1_Q75 = 1.323304;

export type SystematicSource = 'history' | 'prior' | 'config';

export interface Systematic {
  /** Relative sd on the log scale (0.03 = 3%). */
  value: number;
  source: SystematicSource;
  /** Degrees of freedom of the value (Infinity for a prior or a configured value). */
  df: number;
  /** A/A pairs measured (history). */
  pairs?: number;
  /** The spread measured before shrinking toward the prior (history). */
  measured?: number;
  /** Distance between the two windows' starts that the pairs reproduce, in seconds. */
  lagSeconds?: number;
  /** Why the prior was used. */
  reason?: SystematicReason;
}

/** Why the prior was used: windows side by side, no history collected, fewer than MIN_PAIRS usable pairs. */
export type SystematicReason = 'side-by-side' | 'no-history' | 'short-history';

export interface CalibrationInput {
  metric: MetricDef;
  baseline: WindowData;
  candidate: WindowData;
  /** The baseline version's data before the baseline window (same step), if it was collected. */
  history?: WindowData;
  prior: number;
  trim: boolean;
}

export function calibrateSystematic(input: CalibrationInput): Systematic {
  const { metric, baseline, candidate, history, prior, trim } = input;
  if (metric.systematic !== undefined) return { value: metric.systematic, source: 'config', df: Infinity };
  const lag = candidate.window.start - baseline.window.start;
  const earlierLength = baseline.window.end - baseline.window.start;
  const usePrior = (reason: SystematicReason): Systematic => ({ value: prior, source: 'prior', df: Infinity, reason });
  if (lag < earlierLength) return usePrior('side-by-side');
  if (!history || history.points.length === 0) return usePrior('no-history');
  const pairs = aaPairs(metric, baseline, candidate, history, lag, trim);
  if (pairs.length < MIN_PAIRS) return { ...usePrior('short-history'), pairs: pairs.length };
  const d2 = pairs.map((p) => p.d * p.d).sort((a, b) => a - b);
  const sampling = pairs.reduce((a, p) => a + p.v, 0) / pairs.length;
  const measured = Math.sqrt(Math.max(0, quantileSorted(d2, 0.75) / CHI2_1_Q75 - sampling));
  const k = pairs.length;
  const value = Math.sqrt((PRIOR_WEIGHT * prior * prior + k * measured * measured) / (PRIOR_WEIGHT + k));
  return { value, source: 'history', df: PRIOR_WEIGHT + k, pairs: k, measured, lagSeconds: lag };
}

interface Pair {
  /** ln(later / earlier). */
  d: number;
  /** Sampling variance of d (both windows, relative). */
  v: number;
}

/**
 * A/A pairs from the baseline version's history (read before its window, at its own step): the later window
 * has the candidate's length, the earlier one the baseline's and starts `lag` before it; sliding back by the
 * later window's length from the end of the history until the earlier one leaves it.
 */
function aaPairs(
  metric: MetricDef,
  baseline: WindowData,
  candidate: WindowData,
  history: WindowData,
  lag: number,
  trim: boolean,
): Pair[] {
  const earlierLength = baseline.window.end - baseline.window.start;
  const laterLength = candidate.window.end - candidate.window.start;
  const pairs: Pair[] = [];
  for (let s = history.window.end - laterLength; s - lag >= history.window.start; s -= laterLength) {
    const earlier = sliceWindow(history, s - lag, s - lag + earlierLength);
    const later = sliceWindow(history, s, s + laterLength);
    if (checkSufficiency(metric, earlier, later).verdict !== null) continue;
    const [a, b] = estimatePair(metric, earlier, later, { trim });
    if (!(a.value && b.value && a.value > 0 && b.value > 0)) continue;
    pairs.push({
      d: Math.log(b.value / a.value),
      v: a.variance / (a.value * a.value) + b.variance / (b.value * b.value),
    });
  }
  return pairs;
}

function quantileSorted(x: number[], q: number): number {
  const pos = (x.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return (x[lo] as number) + ((x[hi] as number) - (x[lo] as number)) * (pos - lo);
}

/**
 * Signed time-of-day distance from the baseline window's centre to the candidate's, in seconds, within
 * (-12 h, 12 h]: windows a day apart at the same hours see the same part of the daily cycle, whatever their
 * calendar distance.
 */
export function timeOfDayGap(baseline: WindowData, candidate: WindowData): number {
  const centre = (w: WindowData) => (w.window.start + w.window.end) / 2;
  const day = 86_400;
  const g = (((centre(candidate) - centre(baseline)) % day) + day) % day;
  return g > day / 2 ? g - day : g;
}

export interface TrendShift {
  /** Log-scale change the baseline's own trend predicts across the gap (allowed for in the between-window term). */
  shift: number;
  /** Its variance (log scale), added to the between-window term. */
  variance: number;
  gapSeconds: number;
}

/**
 * With the prior, the baseline's own movement inside its window, carried across the time-of-day gap: an
 * unchanged release whose level rises 5% an hour reads ~7.5% higher 1.5 h later. drift-interval.ts allows for
 * a move of that size in the between-window term (it does not take it out of the drift: a line through one
 * window of a daily curve does not say where the curve is hours later), with the slope shrunk by its noise
 * (shrinkTrend's weight) and the extrapolation's own variance. Only a PROVEN trend counts: its slope must lie
 * beyond `proof` standard errors (the comparison's own interval quantile). A persistent gauge wanders, and a
 * line through a short window of it finds a slope that predicts nothing. History pairs at the comparison's
 * own lag already contain this movement, so it applies to the prior only.
 *
 * The move is the line's, read on the log scale: a rise of x (relative to the window's level) is ln(1 + x), and a
 * fall mirrors it, -ln(1 + |x|) (a straight line falls through zero where the metric cannot). Read as a log
 * itself, a line rising four times the window's level an hour and carried an hour (x = 4) allowed for e^4, ×55,
 * where the line says ×5. The trend's variance takes the same derivative, 1 / (1 + |x|).
 */
export function trendShift(
  baseline: WindowData,
  candidate: WindowData,
  trend?: { slope: number; slopeVariance: number; weight: number },
  proof = 0,
): TrendShift | null {
  const gap = timeOfDayGap(baseline, candidate);
  if (!trend || !(trend.weight > 0) || gap === 0) return null;
  if (!(trend.slope * trend.slope > proof * proof * trend.slopeVariance)) return null;
  const x = trend.weight * trend.slope * gap;
  const k = 1 / (1 + Math.abs(x));
  return {
    shift: Math.sign(x) * Math.log1p(Math.abs(x)),
    variance: trend.weight * trend.slopeVariance * gap * gap * k * k,
    gapSeconds: gap,
  };
}
