/**
 * The ratio rule (core/bake/rules.ts): roll back when the candidate is worse than `threshold` x baseline, sustained
 * for `for`, with hysteresis (a streak clears only under `clear_below`).
 */

import type { MetricTick, RuleEvent, RuleState, TickEvaluation } from './rule-types.js';
import { ratioSignal } from './signals.js';
import { sustained } from './sustained.js';

/** threshold x baseline in the metric's worse direction; null without a baseline. */
export function ratioThreshold(state: RuleState, m: MetricTick): number | null {
  const t = state.settings.ratio.threshold;
  if (m.baseline === null) return null;
  return m.worse === 'higher' ? m.baseline * t : m.baseline / t;
}

export function ratioRule(state: RuleState, out: RuleEvent[], tick: TickEvaluation, m: MetricTick): void {
  const s = state.settings;
  sustained(
    state,
    out,
    tick,
    m,
    'ratio',
    ratioSignal(m, s.ratio.threshold, s.ratio.clearBelow),
    s.ratio.forSeconds,
    ratioThreshold(state, m),
    'rollback',
    (p) => p.ratio !== null && p.ratio > s.ratio.threshold,
  );
}
