/**
 * What one tick says for each rule (core/bake/rules.ts describes the rules): breach, marginal, clear or unknown; and
 * the small judgements the rules share (a tumbling window closing, the worse-direction ratio).
 */
import type { MetricVerdict } from '../../model/comparison.js';
import type { Worse } from '../../model/metric.js';
import type { MetricTick, Signal, TickEvaluation } from './rule-types.js';

/** ratio signal: breaching when worse than threshold x baseline. */
export function ratioSignal(m: MetricTick, threshold: number, clearBelow: number = threshold): Signal {
  if (!m.sufficient || m.ratio === null) return 'unknown';
  if (m.ratio > threshold) return 'breach';
  return m.ratio < clearBelow ? 'clear' : 'marginal';
}

/** slo signal: breaching when the interval's value violates the objective. */
export function sloSignal(m: MetricTick): Signal {
  if (!m.sufficient || m.sloMet === null) return 'unknown';
  return m.sloMet ? 'clear' : 'breach';
}

/** drift signal: the judge's verdict over the trailing window. */
export function driftSignal(m: MetricTick): Signal {
  if (!m.drift) return 'unknown';
  if (m.drift.verdict === 'regression') return 'breach';
  if (m.drift.verdict === 'pass' || m.drift.verdict === 'improvement' || m.drift.verdict === 'waived') return 'clear';
  return 'unknown';
}

/**
 * Whether the confirming judgement of the windows' union backs a ticket: the judge's own verdict (for
 * drift-interval: the drift beyond tolerance and its interval above half the tolerance), nothing looser.
 */
export function confirmsDrift(c: { verdict: MetricVerdict }): boolean {
  return c.verdict === 'regression';
}

/** Whether the tick closes a tumbling judge window: (at - bake start) is a whole number of windows. */
export function closesWindow(tick: TickEvaluation, windowSeconds: number): boolean {
  if (!tick.judgeWindow) return false;
  const n = (tick.at - tick.bakeStart) / windowSeconds;
  return Math.abs(n - Math.round(n)) < 1e-6 && Math.round(n) >= 1;
}

/** The worse-direction ratio: candidate / baseline for "higher is worse", baseline / candidate otherwise. */
export function worseRatio(value: number | null, baseline: number | null, worse: Worse): number | null {
  if (value === null || baseline === null || !Number.isFinite(value) || !Number.isFinite(baseline)) return null;
  if (worse === 'higher') return baseline > 0 ? value / baseline : null;
  return value > 0 ? baseline / value : null;
}
