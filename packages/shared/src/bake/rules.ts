/**
 * The bake's rules engine: PURE. It sees one evaluated tick at a time (evaluate.ts turns collected data into
 * a TickEvaluation) and decides; it never queries, sleeps or calls AWS. The bake loop (loop.ts) feeds it.
 *
 * Three rules, each per metric (PERF-003 §4, §7):
 *
 *   ratio   rollback when the candidate is worse than `threshold` x baseline (default 1.5x, p95 read and
 *           write) on every tick for `for` (default 10 min). Each tick looks at its own interval (the last
 *           minute), so the 10 minutes are 10 minutes of evidence, not 10 minutes after a 5-minute window
 *           has filled up: a sustained 1.8x from minute 2 is decided by minute 12.
 *   slo     rollback when a metric violates its absolute SLO on every tick for `for` (default 5 min) and the
 *           baseline met that SLO. When the baseline violated it too, the breach is reported (verdict
 *           `breach`), not rolled back, unless `baseline_breached: rollback`.
 *   drift   open a ticket when `windows` (default 3) consecutive, non-overlapping judge windows (default
 *           5 min each, aligned to the bake start, after a 5-minute warm-up) all show a regression beyond
 *           tolerance according to the same judge as perf-baseline-compare. Never rolls back.
 *
 * Noise: a tick whose interval has too few events (or no data) is UNKNOWN: it never counts as breaching.
 * A streak starts at a breaching tick and ends at the first clearly-fine tick, or after more than `max_gap`
 * of consecutive ticks that are unknown or, for the ratio rule, MARGINAL: below the threshold but not back
 * under `clear_below` (default halfway, 1.25x), so a 1.6x regression measured at 1.45x for one minute is
 * not taken for a recovery (hysteresis). It fires once it has lasted `for` (counted from the start of its first
 * breaching interval) AND at least 80% of its ticks were observed breaching: a scrape gap inside a sustained
 * regression does not postpone the rollback, but missing data can never stand in for evidence. So one slow
 * minute is one breaching tick and nothing more, and a scrape gap cannot create a rollback.
 *
 * Detection vs decision: the first breaching tick of a streak records a `detected` event (time to detect,
 * §9 MTTD); the tick that satisfies the rule records a `fired` event (time to decide).
 */
import type { Slo, Worse } from '../metrics.js';
import type { MetricVerdict } from '../report/types.js';
import { isoTime } from '../time.js';
import type { BakeSettings } from './settings.js';

export type RuleName = 'ratio' | 'slo' | 'drift';
/** marginal: between the ratio rule's clear level and its threshold (hysteresis): neither breach nor recovery. */
export type Signal = 'breach' | 'marginal' | 'clear' | 'unknown';
export type RuleAction = 'rollback' | 'report' | 'ticket';
export type BakeVerdict = 'pass' | 'rollback' | 'breach' | 'inconclusive' | 'cancelled';

/** One metric at one tick: what evaluate.ts measured. */
export interface MetricTick {
  id: string;
  unit: string;
  worse: Worse;
  /** False when the metric has no series in the baseline nor in the candidate: it is not watched at all. */
  applicable: boolean;
  /** Candidate statistic over the tick's interval; null without usable data. */
  value: number | null;
  /** Events behind `value` (requests, denominator events), for count-based metrics. */
  events?: number;
  /** Whether the interval had enough data (sub-windows, events, no warnings) to count. */
  sufficient: boolean;
  /** Why not, when not sufficient. */
  reason?: string;
  /** Baseline statistic over the whole baseline window. */
  baseline: number | null;
  /** How many times worse than the baseline (> 1 is worse); null when either side is missing or 0. */
  ratio: number | null;
  slo: Slo | null;
  /** Whether the candidate value meets the SLO (null: no SLO or no value). */
  sloMet: boolean | null;
  /** Whether the baseline value meets the SLO (null: no SLO or no baseline value). */
  baselineSloMet: boolean | null;
  /** The judge's result over the trailing window; null before a full window has elapsed or when not judged. */
  drift: {
    verdict: MetricVerdict;
    drift: number | null;
    interval: { low: number; high: number; confidence: number } | null;
    tolerance: number;
    notes: string[];
  } | null;
}

export interface TickEvaluation {
  /** Tick time (unix seconds): the end of the evaluated interval and judge window. */
  at: number;
  bakeStart: number;
  /** The interval the ratio and SLO rules look at: (at - interval, at]. */
  interval: { start: number; end: number };
  /** The drift judge's window (at - window, at], or null before a full window has elapsed. */
  judgeWindow: { start: number; end: number } | null;
  metrics: MetricTick[];
  notes: string[];
}

export interface RuleEvent {
  at: number;
  type: 'detected' | 'cleared' | 'fired';
  rule: RuleName;
  metric: string;
  /** ratio/slo: the candidate value (metric unit); drift: the drift (fraction). */
  value: number | null;
  /** ratio: threshold x baseline; slo: the objective; drift: the tolerance. */
  threshold: number | null;
  ratio?: number | null;
  action?: RuleAction;
  message: string;
}

export interface FiredRule {
  rule: RuleName;
  metric: string;
  action: RuleAction;
  at: number;
  /** First breaching tick of the streak that fired. */
  detectedAt: number;
  message: string;
}

interface Streak {
  /** Tick time of the first breaching tick. */
  detectedAt: number;
  /** Start of the first breaching tick's interval: the streak's duration counts from here. */
  startedAt: number;
  breaches: number;
  gapSeconds: number;
}

/** Share of a streak's ticks that must be observed breaching before it may fire. */
export const MIN_BREACHING_SHARE = 0.8;

export interface Conclusion {
  verdict: Exclude<BakeVerdict, 'cancelled'>;
  headline: string;
  /** The deciding rule's first detection; without a decision, the earliest detection (or null). */
  firstDetectionAt: number | null;
  /** When the verdict was decided: the deciding rule's firing, else the last tick (null without ticks). */
  decidedAt: number | null;
  fired: FiredRule[];
  /** Share of ticks with enough data, per watched metric (ratio and SLO rules), applicable ones only. */
  coverage: Record<string, number>;
}

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

function fmt(v: number | null): string {
  if (v === null) return 'n/a';
  return Number(v.toPrecision(3)).toString();
}

export class BakeRules {
  readonly events: RuleEvent[] = [];
  readonly fired: FiredRule[] = [];
  private readonly streaks = new Map<string, Streak>();
  /** drift signal per metric per tick time, for looking back whole windows. */
  private readonly driftHistory = new Map<string, Map<number, Signal>>();
  private readonly coverageCounts = new Map<string, { known: number; total: number }>();
  private lastTick: number | null = null;
  private ticks = 0;

  constructor(private readonly settings: BakeSettings) {}

  /** Metrics whose data decides whether the bake saw enough (the rollback rules' metrics). */
  get watched(): string[] {
    const s = this.settings;
    return [...new Set([...(s.ratio.enabled ? s.ratio.metrics : []), ...(s.slo.enabled ? s.slo.metrics : [])])];
  }

  /** The rollback decision, if one has been made. */
  get rollback(): FiredRule | undefined {
    return this.fired.find((f) => f.action === 'rollback');
  }

  /** Feed one tick; returns the events it produced (also kept in `events`). */
  observe(tick: TickEvaluation): RuleEvent[] {
    const out: RuleEvent[] = [];
    const s = this.settings;
    this.ticks++;
    this.lastTick = tick.at;
    const watched = new Set(this.watched);
    for (const m of tick.metrics) {
      if (watched.has(m.id) && m.applicable) {
        const c = this.coverageCounts.get(m.id) ?? { known: 0, total: 0 };
        c.total++;
        if (m.sufficient && m.value !== null) c.known++;
        this.coverageCounts.set(m.id, c);
      }
      if (!m.applicable) continue;
      if (s.ratio.enabled && s.ratio.metrics.includes(m.id)) {
        const threshold =
          m.baseline === null
            ? null
            : m.worse === 'higher'
              ? m.baseline * s.ratio.threshold
              : m.baseline / s.ratio.threshold;
        this.sustained(
          out,
          tick,
          m,
          'ratio',
          ratioSignal(m, s.ratio.threshold, s.ratio.clearBelow),
          s.ratio.forSeconds,
          threshold,
          () => 'rollback',
        );
      }
      if (s.slo.enabled && s.slo.metrics.includes(m.id) && m.slo) {
        this.sustained(out, tick, m, 'slo', sloSignal(m), s.slo.forSeconds, m.slo.value, () =>
          m.baselineSloMet === false && s.slo.baselineBreached === 'report' ? 'report' : 'rollback',
        );
      }
      if (s.ticket.enabled && s.ticket.metrics.includes(m.id)) this.drift(out, tick, m);
    }
    this.events.push(...out);
    return out;
  }

  /** ratio and slo: a streak of breaching ticks that must last `forSeconds`. */
  private sustained(
    out: RuleEvent[],
    tick: TickEvaluation,
    m: MetricTick,
    rule: 'ratio' | 'slo',
    signal: Signal,
    forSeconds: number,
    threshold: number | null,
    action: () => RuleAction,
  ): void {
    const key = `${rule}:${m.id}`;
    const interval = this.settings.intervalSeconds;
    const streak = this.streaks.get(key);
    const already = this.fired.some((f) => f.rule === rule && f.metric === m.id);
    const describe =
      rule === 'ratio'
        ? `${m.id} ${fmt(m.value)} ${m.unit} is ${fmt(m.ratio)}x baseline ${fmt(m.baseline)}`
        : `${m.id} ${fmt(m.value)} ${m.unit} violates its SLO ${m.slo?.op} ${m.slo?.value}`;
    const base = {
      at: tick.at,
      rule,
      metric: m.id,
      value: m.value,
      threshold,
      ...(rule === 'ratio' ? { ratio: m.ratio } : {}),
    };
    if (signal === 'breach') {
      const s = streak ?? { detectedAt: tick.at, startedAt: tick.interval.start, breaches: 0, gapSeconds: 0 };
      if (!streak) {
        this.streaks.set(key, s);
        out.push({ ...base, type: 'detected', message: `detected: ${describe}` });
      }
      s.breaches++;
      s.gapSeconds = 0;
      const lasted = tick.at - s.startedAt;
      const needed = Math.ceil(MIN_BREACHING_SHARE * Math.round(forSeconds / interval) - 1e-9);
      if (!already && lasted >= forSeconds - 1e-9 && s.breaches >= needed) {
        const act = action();
        const since = isoTime(s.startedAt);
        const ticks = Math.round(lasted / interval);
        const seen =
          s.breaches === ticks
            ? `every tick since ${since}`
            : `${s.breaches} of ${ticks} ticks since ${since} (the others had no usable data or were marginal)`;
        const message =
          rule === 'ratio'
            ? `${m.id} worse than ${this.settings.ratio.threshold}x baseline on ${seen}: ${describe}`
            : `${m.id} violated its SLO on ${seen}${act === 'report' ? '; the baseline violated it too, so it is reported, not rolled back' : ''}: ${describe}`;
        out.push({ ...base, type: 'fired', action: act, message });
        this.fired.push({ rule, metric: m.id, action: act, at: tick.at, detectedAt: s.detectedAt, message });
      }
      return;
    }
    if (!streak) return;
    if (signal === 'clear') {
      this.streaks.delete(key);
      out.push({
        ...base,
        type: 'cleared',
        message: `cleared after ${streak.breaches} breaching tick(s): ${m.id} ${fmt(m.value)} ${m.unit}`,
      });
      return;
    }
    streak.gapSeconds += interval;
    if (streak.gapSeconds > this.settings.maxGapSeconds) {
      this.streaks.delete(key);
      out.push({
        ...base,
        type: 'cleared',
        message: `streak reset: no breaching tick for ${streak.gapSeconds}s (${signal === 'marginal' ? `marginal: ${fmt(m.ratio)}x` : (m.reason ?? 'no usable data')})`,
      });
    }
  }

  /**
   * drift. DETECTION on every tick: the trailing window (a sliding window) judged a regression starts a
   * streak (`detected`), one judged fine ends it (`cleared`), so time to detect is minutes, not windows.
   * DECISION on tumbling windows aligned to the bake start ((0, 5m], (5m, 10m], ...) after the warm-up:
   * `windows` consecutive ones must all be regressions. Only ticks that close a tumbling window count, so a
   * 3-minute spike plus an unrelated slow minute cannot be lined up into three "consecutive" windows.
   */
  private drift(out: RuleEvent[], tick: TickEvaluation, m: MetricTick): void {
    const s = this.settings;
    if (!tick.judgeWindow) return;
    const signal = driftSignal(m);
    const key = `drift:${m.id}`;
    const streak = this.streaks.get(key);
    const base = {
      at: tick.at,
      rule: 'drift' as const,
      metric: m.id,
      value: m.drift?.drift ?? null,
      threshold: m.drift?.tolerance ?? null,
    };
    const pct = (v: number | null | undefined) => (v === null || v === undefined ? 'n/a' : `${(v * 100).toFixed(1)}%`);
    if (signal === 'breach' && !streak) {
      this.streaks.set(key, { detectedAt: tick.at, startedAt: tick.judgeWindow.start, breaches: 1, gapSeconds: 0 });
      out.push({
        ...base,
        type: 'detected',
        message: `detected: ${m.id} drift ${pct(m.drift?.drift)}${m.drift?.interval ? ` (interval ${pct(m.drift.interval.low)} to ${pct(m.drift.interval.high)})` : ''} beyond the ${pct(m.drift?.tolerance)} tolerance`,
      });
    } else if (signal === 'clear' && streak) {
      this.streaks.delete(key);
      out.push({ ...base, type: 'cleared', message: `cleared: ${m.id} drift ${pct(m.drift?.drift)} within tolerance` });
    }
    // The decision looks at tumbling windows only, after the warm-up (new pods are slower by design).
    if (!closesWindow(tick, s.windowSeconds) || tick.judgeWindow.start < tick.bakeStart + s.ticket.warmupSeconds - 1e-9)
      return;
    const history = this.driftHistory.get(m.id) ?? new Map<number, Signal>();
    history.set(tick.at, signal);
    this.driftHistory.set(m.id, history);
    if (signal !== 'breach' || this.fired.some((f) => f.rule === 'drift' && f.metric === m.id)) return;
    const times = Array.from({ length: s.ticket.windows }, (_, j) => tick.at - j * s.windowSeconds);
    if (!times.every((t) => history.get(t) === 'breach')) return;
    // The evidence starts with the earliest of the windows (the detection may be older still).
    const detectedAt = Math.min(this.streaks.get(key)?.detectedAt ?? tick.at, times[times.length - 1] as number);
    const message = `${m.id} drifted beyond its ${pct(m.drift?.tolerance)} tolerance in ${s.ticket.windows} consecutive ${s.windowSeconds / 60}-minute windows (latest drift ${pct(m.drift?.drift)})`;
    out.push({ ...base, type: 'fired', action: 'ticket', message });
    this.fired.push({ rule: 'drift', metric: m.id, action: 'ticket', at: tick.at, detectedAt, message });
  }

  /** Coverage per watched, applicable metric. */
  coverage(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const [id, c] of this.coverageCounts) out[id] = c.total ? c.known / c.total : 0;
    return out;
  }

  /** The verdict so far (call at the end of the bake, or after a rollback decision). */
  conclude(): Conclusion {
    const coverage = this.coverage();
    const earliestDetection = this.events
      .filter((e) => e.type === 'detected')
      .reduce<number | null>((a, e) => (a === null ? e.at : Math.min(a, e.at)), null);
    const rollback = this.rollback;
    if (rollback) {
      return {
        verdict: 'rollback',
        headline: `Rollback: ${rollback.message}.`,
        firstDetectionAt: rollback.detectedAt,
        decidedAt: rollback.at,
        fired: [...this.fired],
        coverage,
      };
    }
    const other = this.fired[0];
    if (other) {
      return {
        verdict: 'breach',
        headline: `Breach (no rollback): ${this.fired.map((f) => f.message).join('; ')}.`,
        firstDetectionAt: other.detectedAt,
        decidedAt: other.at,
        fired: [...this.fired],
        coverage,
      };
    }
    const low = Object.entries(coverage).filter(([, c]) => c < this.settings.minCoverage);
    if (this.ticks === 0 || Object.keys(coverage).length === 0 || low.length > 0) {
      const why =
        this.ticks === 0
          ? 'no tick was evaluated'
          : Object.keys(coverage).length === 0
            ? `none of the watched metrics (${this.watched.join(', ') || 'none'}) has data`
            : low.map(([id, c]) => `${id} had enough data in ${(c * 100).toFixed(0)}% of ticks`).join(', ');
      return {
        verdict: 'inconclusive',
        headline: `Inconclusive: ${why} (need ${(this.settings.minCoverage * 100).toFixed(0)}%); no rule fired.`,
        firstDetectionAt: earliestDetection,
        decidedAt: this.lastTick,
        fired: [],
        coverage,
      };
    }
    return {
      verdict: 'pass',
      headline: `Pass: no rule fired in ${this.ticks} tick(s)${earliestDetection !== null ? ' (short breaches were detected and cleared)' : ''}.`,
      firstDetectionAt: earliestDetection,
      decidedAt: this.lastTick,
      fired: [],
      coverage,
    };
  }
}
