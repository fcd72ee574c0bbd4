/**
 * The SLO rule (core/bake/rules.ts): a NEW breach (the baseline met the SLO, or had no value) is rolled back when the
 * candidate is also worse than the baseline by more than worse_by (the release moved it). A STANDING breach (the
 * baseline violated it too) is listed once sustained, and rolled back only when the release made it clearly
 * worse (worse than the ratio threshold x baseline, sustained) or with baseline_breached: rollback.
 */
import { ratioThreshold } from './ratio.js';
import type { MetricTick, RuleEvent, RuleState, Signal, TickEvaluation } from './rule-types.js';
import { ratioSignal, sloSignal } from './signals.js';
import { sustained } from './sustained.js';

export function sloRule(state: RuleState, out: RuleEvent[], tick: TickEvaluation, m: MetricTick): void {
  const s = state.settings;
  const standing = m.baselineSloMet === false;
  const objective = m.slo?.value ?? null;
  const violated = (p: { sloMet: boolean | null }) => p.sloMet === false;
  if (standing && s.slo.baselineBreached === 'rollback') {
    sustained(state, out, tick, m, 'slo', sloSignal(m), s.slo.forSeconds, objective, 'rollback', violated, 'standing');
    return;
  }
  if (!standing) {
    const moved = (p: { ratio: number | null }) => p.ratio === null || p.ratio > 1 + s.slo.worseBy;
    const base = sloSignal(m);
    const signal: Signal = base === 'breach' && !moved(m) ? 'marginal' : base;
    sustained(
      state,
      out,
      tick,
      m,
      'slo',
      signal,
      s.slo.forSeconds,
      objective,
      'rollback',
      (p) => violated(p) && moved(p),
      'new',
    );
    return;
  }
  sustained(state, out, tick, m, 'slo', sloSignal(m), s.slo.forSeconds, objective, 'report', violated, 'standing');
  // Worsened: violating the SLO AND worse than threshold x baseline (with the ratio rule's hysteresis).
  const signal: Signal =
    m.sloMet === true
      ? 'clear'
      : m.sloMet === false
        ? ratioSignal(m, s.ratio.threshold, s.ratio.clearBelow)
        : 'unknown';
  sustained(
    state,
    out,
    tick,
    m,
    'slo',
    signal,
    s.slo.forSeconds,
    ratioThreshold(state, m),
    'rollback',
    (p) => violated(p) && p.ratio !== null && p.ratio > s.ratio.threshold,
    'standing',
    'worse',
  );
}
