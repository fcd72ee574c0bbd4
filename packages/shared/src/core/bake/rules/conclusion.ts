/**
 * The bake's conclusion (core/bake/rules.ts): coverage of the watched metrics, the metrics that could not be judged,
 * and the verdict, one meaning each: rollback, inconclusive, ticket or pass.
 */
import type { UnjudgedFinding } from '../../findings/findings.js';
import type { BakeSettings } from '../bake-settings.js';
import type { Conclusion, FiredRule, MetricTick, RuleState } from './rule-types.js';

/** Metrics whose data decides whether the bake saw enough (the rollback rules' metrics and the critical ones). */
export function watchedMetrics(s: BakeSettings): string[] {
  return [
    ...new Set([...(s.ratio.enabled ? s.ratio.metrics : []), ...(s.slo.enabled ? s.slo.metrics : []), ...s.critical]),
  ];
}

/** The rollback decision, if one has been made. */
export function rollbackDecision(state: RuleState): FiredRule | undefined {
  return state.fired.find((f) => f.action === 'rollback');
}

/** Count a watched metric's tick: seen, its own interval had data, enough evidence to judge. */
export function countCoverage(state: RuleState, m: MetricTick): void {
  const c = state.coverageCounts.get(m.id) ?? { present: 0, judged: 0, total: 0 };
  c.total++;
  if (m.applicable && (m.present ?? m.sufficient)) c.present++;
  if (m.applicable && m.sufficient && m.value !== null) c.judged++;
  else if (m.why) c.last = m.why;
  state.coverageCounts.set(m.id, c);
}

/** Share of ticks whose own interval had data, per watched, applicable metric. */
export function coverage(state: RuleState): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [id, c] of state.coverageCounts) if (state.applicable.has(id)) out[id] = c.total ? c.present / c.total : 0;
  return out;
}

/**
 * Watched metrics that could not be judged: no series at all, data in too few ticks (gaps), or too few
 * events even pooled over the whole bake.
 */
export function unjudged(state: RuleState): Conclusion['inconclusive'] {
  const out: Conclusion['inconclusive'] = [];
  const need = state.settings.minCoverage;
  const add = (metric: string, critical: boolean, finding: UnjudgedFinding) => out.push({ metric, critical, finding });
  for (const id of watchedMetrics(state.settings)) {
    const critical = state.settings.critical.includes(id);
    const c = state.coverageCounts.get(id);
    if (!c || c.total === 0) continue;
    if (!state.applicable.has(id)) {
      if (critical) add(id, critical, { code: 'no-series' });
      continue;
    }
    const last = c.last ? { last: c.last } : {};
    if (c.present / c.total < need - 1e-9)
      add(id, critical, { code: 'low-coverage', share: c.present / c.total, need, ...last });
    else if (c.judged === 0) add(id, critical, { code: 'too-few-events', ...last });
  }
  return out;
}

/** The detection of a streak still open at the end (not cleared), for a bake that decided nothing. */
function openDetection(state: RuleState): number | null {
  let at: number | null = null;
  for (const [key, st] of state.streaks) {
    if (state.fired.some((f) => f.key === key && f.action === 'report')) continue;
    at = at === null ? st.detectedAt : Math.min(at, st.detectedAt);
  }
  return at;
}

/** The verdict so far (call at the end of the bake, or after a rollback decision). */
export function conclude(state: RuleState): Conclusion {
  const cov = coverage(state);
  const inconclusive = unjudged(state);
  const common = { fired: [...state.fired], coverage: cov, sloBreaches: [...state.sloBreaches], inconclusive };
  const standing = state.sloBreaches
    .filter((b) => b.kind === 'standing' && b.action === 'report')
    .map((b) => ({ metric: b.metric, value: b.value, objective: b.objective, baseline: b.baseline }));
  const thin = inconclusive.filter((x) => !x.critical).map(({ metric, finding }) => ({ metric, finding }));
  const rollback = rollbackDecision(state);
  if (rollback) {
    return {
      verdict: 'rollback',
      summary: { code: 'rollback', decision: rollback.finding },
      firstDetectionAt: rollback.detectedAt,
      decidedAt: rollback.at,
      ...common,
    };
  }
  const critical = inconclusive.filter((x) => x.critical).map(({ metric, finding }) => ({ metric, finding }));
  if (state.ticks === 0 || critical.length > 0) {
    return {
      verdict: 'inconclusive',
      summary: { code: 'inconclusive', ticks: state.ticks, critical, thin },
      firstDetectionAt: openDetection(state),
      decidedAt: state.lastTick,
      ...common,
    };
  }
  const ticket = state.fired.find((f) => f.action === 'ticket');
  if (ticket) {
    const decisions = state.fired.filter((f) => f.action === 'ticket').map((f) => f.finding);
    return {
      verdict: 'ticket',
      summary: { code: 'ticket', decisions, standing, thin },
      firstDetectionAt: ticket.detectedAt,
      decidedAt: ticket.at,
      ...common,
    };
  }
  const cleared = state.events.some((e) => e.type === 'cleared');
  return {
    verdict: 'pass',
    summary: { code: 'pass', ticks: state.ticks, cleared, standing, thin },
    firstDetectionAt: openDetection(state),
    decidedAt: state.lastTick,
    ...common,
  };
}
