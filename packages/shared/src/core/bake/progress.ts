/**
 * The bake's progress line: PURE. One line per tick a person can follow during a live bake: the tick's time,
 * the worst watched metric against its baseline, and the state of each rule. The loop (loop.ts) prints it at
 * most once a minute through `Logger.progress`.
 *
 *   +6m 14:06:00Z  worst latency_p95_write 0.447 s = 1.80x baseline 0.248 s  rules: ratio pending, slo ok, drift ok
 */
import { fmt } from '../numbers.js';
import { formatDuration, isoTime } from '../time.js';
import type { BakeSettings } from './bake-settings.js';
import type { RuleEvent, RuleName, TickEvaluation } from './rules.js';

export type RuleStatus = 'ok' | 'pending' | 'fired' | 'off';

/**
 * Each rule's state after `events` (every event so far): fired once one of its streaks fired, pending while a
 * detection has not cleared, ok otherwise; off when the config disables it.
 */
export function ruleStates(settings: BakeSettings, events: readonly RuleEvent[]): Record<RuleName, RuleStatus> {
  const enabled: Record<RuleName, boolean> = {
    ratio: settings.ratio.enabled,
    slo: settings.slo.enabled,
    drift: settings.ticket.enabled,
  };
  const open = new Map<string, boolean>();
  const fired = new Set<RuleName>();
  for (const e of events) {
    const key = `${e.rule} ${e.metric}`;
    if (e.type === 'fired') fired.add(e.rule);
    else open.set(key, e.type === 'detected');
  }
  const states = {} as Record<RuleName, RuleStatus>;
  for (const rule of ['ratio', 'slo', 'drift'] as const) {
    const pending = [...open].some(([key, isOpen]) => isOpen && key.startsWith(`${rule} `));
    states[rule] = !enabled[rule] ? 'off' : fired.has(rule) ? 'fired' : pending ? 'pending' : 'ok';
  }
  return states;
}

/** The tick's metric furthest from its baseline in the worse direction (ratio > 1 is worse), if any was judged. */
function worstMetric(tick: TickEvaluation) {
  let worst: TickEvaluation['metrics'][number] | undefined;
  for (const m of tick.metrics) {
    if (!m.applicable || !m.sufficient || m.value === null || m.ratio === null) continue;
    if (!worst || m.ratio > (worst.ratio as number)) worst = m;
  }
  return worst;
}

export function progressLine(tick: TickEvaluation, settings: BakeSettings, events: readonly RuleEvent[]): string {
  const when = `+${formatDuration(tick.at - tick.bakeStart)} ${isoTime(tick.at).slice(11)}`;
  const worst = worstMetric(tick);
  const unit = (u: string) => (u ? ` ${u}` : '');
  const metric = worst
    ? `worst ${worst.id} ${fmt(worst.value as number)}${unit(worst.unit)} = ${fmt(worst.ratio as number)}x baseline ${worst.baseline === null ? '?' : `${fmt(worst.baseline)}${unit(worst.unit)}`}`
    : tick.metrics.some((m) => m.applicable)
      ? 'no metric has enough data yet'
      : 'no data for any metric';
  const rules = Object.entries(ruleStates(settings, events))
    .map(([rule, state]) => `${rule} ${state}`)
    .join(', ');
  const notes = tick.notes.length ? `  (${tick.notes.join('; ')})` : '';
  return `${when}  ${metric}  rules: ${rules}${notes}`;
}
