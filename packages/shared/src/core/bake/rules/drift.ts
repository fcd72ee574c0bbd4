/**
 * The drift rule (core/bake/rules.ts): open a ticket when `windows` consecutive tumbling judge windows after the
 * warm-up all show a regression, confirmed on their union. Never rolls back.
 *
 * DETECTION on every tick: the trailing window (a sliding window) judged a regression starts a streak
 * (`detected`), one judged fine ends it (`cleared`), so time to detect is minutes, not windows. DECISION on
 * tumbling windows aligned to the bake start ((0, 5m], (5m, 10m], ...) after the warm-up: `windows` consecutive
 * ones must all be regressions. Only ticks that close a tumbling window count, so a 3-minute spike plus an
 * unrelated slow minute cannot be lined up into three "consecutive" windows.
 */
import type { RuleFinding } from '../../findings/findings.js';
import type { MetricTick, RuleEvent, RuleState, Signal, TickEvaluation } from './rule-types.js';
import { closesWindow, confirmsDrift, driftSignal } from './signals.js';

export function driftRule(state: RuleState, out: RuleEvent[], tick: TickEvaluation, m: MetricTick): void {
  const s = state.settings;
  if (!tick.judgeWindow) return;
  const signal = driftSignal(m);
  const key = `drift:${m.id}`;
  const streak = state.streaks.get(key);
  const base = {
    at: tick.at,
    rule: 'drift' as const,
    metric: m.id,
    value: m.drift?.drift ?? null,
    threshold: m.drift?.tolerance ?? null,
  };
  if (signal === 'breach' && !streak) {
    state.streaks.set(key, {
      detectedAt: tick.at,
      startedAt: tick.judgeWindow.start,
      breaches: 1,
      gapSeconds: 0,
      marks: ['breach'],
      span: s.windowSeconds,
    });
    out.push({
      ...base,
      type: 'detected',
      finding: {
        code: 'drift-detected',
        metric: m.id,
        drift: m.drift?.drift ?? null,
        interval: m.drift?.interval ? { low: m.drift.interval.low, high: m.drift.interval.high } : null,
        tolerance: m.drift?.tolerance ?? null,
      },
    });
  } else if (signal === 'clear' && streak) {
    state.streaks.delete(key);
    out.push({
      ...base,
      type: 'cleared',
      finding: { code: 'drift-cleared', metric: m.id, drift: m.drift?.drift ?? null },
    });
  }
  // The decision looks at tumbling windows only, after the warm-up (new pods are slower by design).
  if (!closesWindow(tick, s.windowSeconds) || tick.judgeWindow.start < tick.bakeStart + s.ticket.warmupSeconds - 1e-9)
    return;
  const history = state.driftHistory.get(m.id) ?? new Map<number, Signal>();
  history.set(tick.at, signal);
  state.driftHistory.set(m.id, history);
  if (signal !== 'breach' || state.fired.some((f) => f.key === key)) return;
  const times = Array.from({ length: s.ticket.windows }, (_, j) => tick.at - j * s.windowSeconds);
  if (!times.every((t) => history.get(t) === 'breach')) return;
  // Confirmed by the statistical judge on the union of the windows (when configured and given).
  if (s.ticket.confirm !== 'none' && m.drift?.confirm && !confirmsDrift(m.drift.confirm)) return;
  // The detection of the open streak, but never before the earliest of the windows began.
  const earliest = (times[times.length - 1] as number) - s.windowSeconds;
  const detectedAt = Math.max(earliest + s.intervalSeconds, state.streaks.get(key)?.detectedAt ?? tick.at);
  const finding: RuleFinding = {
    code: 'drift-fired',
    metric: m.id,
    tolerance: m.drift?.tolerance ?? null,
    windows: s.ticket.windows,
    windowSeconds: s.windowSeconds,
    drift: m.drift?.drift ?? null,
  };
  out.push({ ...base, type: 'fired', action: 'ticket', finding });
  state.fired.push({ key, rule: 'drift', metric: m.id, action: 'ticket', at: tick.at, detectedAt, finding });
}
