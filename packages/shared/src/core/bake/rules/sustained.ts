/**
 * Sustained (core/bake/rules.ts): the streak machinery of the ratio and SLO rules. A streak starts at a breaching
 * tick and ends at the first clearly-fine tick, or after more than `max_gap` of unknown or marginal ticks; it
 * fires once it has lasted `for` (plus the span its evidence was pooled over), at least MIN_BREACHING_SHARE of
 * the ticks in its last `for` breached, and that whole `for`, pooled, breaches too.
 */
import type { BreachFinding, RuleFinding } from '../../findings/findings.js';
import type {
  EventBase,
  MetricTick,
  RuleAction,
  RuleEvent,
  RuleState,
  Signal,
  SloBreach,
  Streak,
  SustainedSpec,
  TickEvaluation,
} from './rule-types.js';

/** Share of the ticks in a streak's last `for` that must be breaching (the others marginal or unknown). */
export const MIN_BREACHING_SHARE = 0.8;

/** ratio and slo: a streak of breaching ticks that must be sustained for `forSeconds`. */
export function sustained(
  state: RuleState,
  out: RuleEvent[],
  tick: TickEvaluation,
  m: MetricTick,
  rule: 'ratio' | 'slo',
  signal: Signal,
  forSeconds: number,
  threshold: number | null,
  action: RuleAction,
  pooled: (p: NonNullable<MetricTick['sustained']>[number]) => boolean,
  breach?: SloBreach['kind'],
  variant = '',
): void {
  const spec: SustainedSpec = {
    key: `${rule}${variant}:${m.id}`,
    rule,
    variant,
    forSeconds,
    action,
    pooled,
    ...(breach ? { breach } : {}),
  };
  const base: EventBase = {
    at: tick.at,
    rule,
    metric: m.id,
    value: m.value,
    threshold,
    ...(rule === 'ratio' || variant ? { ratio: m.ratio } : {}),
  };
  const streak = state.streaks.get(spec.key);
  if (signal === 'marginal' && !streak) {
    if (!state.marginalSince.has(spec.key)) state.marginalSince.set(spec.key, tick.interval.start);
    return;
  }
  const marginalSince = state.marginalSince.get(spec.key);
  state.marginalSince.delete(spec.key);
  if (signal === 'breach') onBreach(state, out, tick, m, spec, base, streak, marginalSince);
  else if (streak) onNoBreach(state, out, m, spec, base, streak, signal);
}

function onBreach(
  state: RuleState,
  out: RuleEvent[],
  tick: TickEvaluation,
  m: MetricTick,
  spec: SustainedSpec,
  base: EventBase,
  streak: Streak | undefined,
  marginalSince: number | undefined,
): void {
  const interval = state.settings.intervalSeconds;
  // Marginal ticks right before the first breach belong to the episode (at most max_gap of them): the
  // streak counts from them, as marginal ticks inside a streak count; the 80% share still applies.
  const startedAt =
    marginalSince !== undefined && tick.interval.start - marginalSince <= state.settings.maxGapSeconds + 1e-9
      ? marginalSince
      : tick.interval.start;
  const st: Streak = streak ?? {
    detectedAt: tick.at,
    startedAt,
    breaches: 0,
    gapSeconds: 0,
    marks: Array<Signal>(Math.round((tick.interval.start - startedAt) / interval)).fill('marginal'),
    span: interval,
  };
  if (!streak) {
    state.streaks.set(spec.key, st);
    if (spec.action !== 'report')
      out.push({ ...base, type: 'detected', finding: { code: 'detected', breach: breachOf(state, m, spec) } });
  }
  st.breaches++;
  st.gapSeconds = 0;
  st.marks.push('breach');
  // A pooled window reaches back before the tick: the extra span must be covered too (at most one judge window).
  st.span = Math.max(st.span, Math.min(m.span ?? interval, state.settings.windowSeconds));
  const n = Math.max(1, Math.round(spec.forSeconds / interval));
  const breaching = st.marks.slice(-n).filter((x) => x === 'breach').length;
  // The whole sustained window, pooled, must breach too (when the evaluation gives it; unit tests may not).
  const p = m.sustained?.[spec.forSeconds];
  const whole = m.sustained === undefined ? true : p?.sufficient === true && spec.pooled(p);
  const lasted = tick.at - st.startedAt;
  const already = state.fired.some((f) => f.key === spec.key);
  if (
    !already &&
    lasted >= spec.forSeconds + (st.span - interval) - 1e-9 &&
    breaching >= MIN_BREACHING_SHARE * n - 1e-9 &&
    whole
  )
    fire(state, out, tick, m, spec, base, st);
}

function onNoBreach(
  state: RuleState,
  out: RuleEvent[],
  m: MetricTick,
  spec: SustainedSpec,
  base: EventBase,
  streak: Streak,
  signal: Signal,
): void {
  const quiet = spec.action === 'report';
  if (signal === 'clear') {
    state.streaks.delete(spec.key);
    if (!quiet)
      out.push({
        ...base,
        type: 'cleared',
        finding: { code: 'cleared', metric: m.id, breaches: streak.breaches, value: m.value, unit: m.unit },
      });
    return;
  }
  streak.gapSeconds += state.settings.intervalSeconds;
  streak.marks.push(signal);
  if (streak.gapSeconds > state.settings.maxGapSeconds) {
    state.streaks.delete(spec.key);
    if (!quiet)
      out.push({
        ...base,
        type: 'cleared',
        finding: {
          code: 'streak-reset',
          gapSeconds: streak.gapSeconds,
          ...(signal === 'marginal' ? { marginalRatio: m.ratio } : m.why !== undefined ? { reason: m.why } : {}),
        },
      });
  }
}

/** The metric's breach at this tick: worse than the baseline (ratio rule, a worsened SLO breach) or past its SLO. */
function breachOf(state: RuleState, m: MetricTick, spec: SustainedSpec): BreachFinding {
  const common = {
    metric: m.id,
    value: m.value,
    unit: m.unit,
    pooledSeconds: m.span && m.span > state.settings.intervalSeconds ? m.span : null,
  };
  return spec.rule === 'ratio' || spec.variant === 'worse'
    ? { code: 'worse-than-baseline', ...common, ratio: m.ratio, baseline: m.baseline }
    : { code: 'violates-slo', ...common, op: m.slo?.op, objective: m.slo?.value };
}

/** The decision of a sustained streak that fired. */
function firedFinding(
  state: RuleState,
  tick: TickEvaluation,
  m: MetricTick,
  spec: SustainedSpec,
  st: Streak,
): RuleFinding {
  const streak = {
    breaches: st.breaches,
    ticks: Math.round((tick.at - st.startedAt) / state.settings.intervalSeconds),
    since: st.startedAt,
    detectedAt: st.detectedAt,
    decidedAt: tick.at,
  };
  const breach = breachOf(state, m, spec);
  const threshold = state.settings.ratio.threshold;
  if (spec.rule === 'ratio') return { code: 'ratio-fired', metric: m.id, threshold, streak, breach };
  if (spec.variant === 'worse') return { code: 'slo-worse-fired', metric: m.id, threshold, streak, breach };
  const standing = spec.breach !== 'standing' ? null : spec.action === 'report' ? 'reported' : 'rolled-back';
  return { code: 'slo-fired', metric: m.id, streak, standing, breach };
}

/** Record a sustained streak's decision: the `fired` event, the fired rule and, for SLO rules, the breach. */
function fire(
  state: RuleState,
  out: RuleEvent[],
  tick: TickEvaluation,
  m: MetricTick,
  spec: SustainedSpec,
  base: EventBase,
  st: Streak,
): void {
  const finding = firedFinding(state, tick, m, spec, st);
  const { action } = spec;
  out.push({ ...base, type: 'fired', action, finding });
  state.fired.push({
    key: spec.key,
    rule: spec.rule,
    metric: m.id,
    action,
    at: tick.at,
    detectedAt: st.detectedAt,
    finding,
  });
  if (spec.rule !== 'slo' || !spec.breach) return;
  const existing = state.sloBreaches.find((b) => b.metric === m.id && b.kind === spec.breach);
  if (existing) {
    if (action === 'rollback') existing.action = 'rollback';
    return;
  }
  state.sloBreaches.push({
    metric: m.id,
    kind: spec.breach,
    objective: `${m.slo?.op} ${m.slo?.value}`,
    value: m.value,
    baseline: m.baseline,
    since: st.detectedAt,
    at: tick.at,
    action,
  });
}
