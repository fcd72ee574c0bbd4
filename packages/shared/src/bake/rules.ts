/**
 * The bake's rules engine: PURE. It sees one evaluated tick at a time (evaluate.ts turns collected data into
 * a TickEvaluation) and decides; it never queries, sleeps or calls AWS. The bake loop (loop.ts) feeds it.
 *
 * Evidence per tick and metric (evaluate.ts): the tick's own interval (the last minute) when it holds enough
 * events, else the shortest trailing window (2, 3 .. 5 minutes) that does, else the bake so far (a growing
 * window). A metric with no data in the tick's own interval, or too few events even over the bake so far, is
 * UNKNOWN at that tick: it never counts as breaching.
 *
 * Three rules, each per metric (PERF-003 §4, §7):
 *
 *   ratio   rollback when the candidate is worse than `threshold` x baseline (default 1.5x, p95 read and
 *           write), sustained for `for` (default 10 min).
 *   slo     rollback when a metric violates its absolute SLO, sustained for `for` (default 5 min), the
 *           baseline met that SLO, and the release moved it: worse than the baseline by more than `worse_by`
 *           (default 10%, the default tolerance), so a service that runs at its SLO is not rolled back for
 *           noise (a NEW breach). When the baseline violated it too, the breach is STANDING:
 *           it is listed (verdict stays `pass`), and it is rolled back only when the release made it clearly
 *           worse (worse than the ratio rule's threshold x baseline, sustained) or with
 *           `baseline_breached: rollback`.
 *   drift   open a ticket when `windows` (default 3) consecutive, non-overlapping judge windows (default
 *           5 min each, aligned to the bake start, after a 5-minute warm-up) all show a regression beyond
 *           tolerance according to the same judge as perf-baseline-compare, and their union (15 min), judged
 *           with `confirm` (default drift-interval: the pre-deploy gate's statistical proof), is a regression
 *           too: three noisy windows of an unchanged release are no drift. Never rolls back.
 *
 * Sustained: a streak starts at a breaching tick and ends at the first clearly-fine tick, or after more than
 * `max_gap` of consecutive ticks that are unknown or MARGINAL (ratio rule: below the threshold but not back
 * under `clear_below`, default halfway, 1.25x: hysteresis). It fires once it has lasted `for` plus the extra
 * span its evidence was pooled over (a pooled window reaches back before the tick; a short spike inside it must
 * not count as sustained), at least 80% of the ticks in its last `for` were breaching, and that whole `for`,
 * pooled (MetricTick.sustained), breaches too. So one slow
 * minute is one breaching tick, a drift that only now and then crosses 1.5x is no rollback, a scrape gap
 * inside a sustained regression does not postpone it, and missing data never stands in for evidence.
 *
 * Detection vs decision: the first breaching tick of a streak records a `detected` event (time to detect,
 * §9 MTTD); the tick that satisfies the rule records a `fired` event (time to decide). A detection belongs to
 * its streak: when the streak clears (`cleared`), so does the detection.
 *
 * Verdicts, one meaning each: `rollback` (a rollback rule fired), `inconclusive` (a CRITICAL metric could not be
 * judged), `ticket` (the drift rule fired, no rollback condition), `pass` (no rule fired; standing SLO breaches
 * and metrics too thin to judge are listed), and `cancelled` (set by the caller).
 */

import type {
  BreachFinding,
  ConclusionFinding,
  IntervalFinding,
  NoteFinding,
  RuleFinding,
  UnjudgedFinding,
} from '../findings/types.js';
import type { MetricVerdict } from '../model/comparison.js';
import type { Slo, Worse } from '../model/metric.js';
import type { BakeSettings } from './settings.js';

export type RuleName = 'ratio' | 'slo' | 'drift';
/** marginal: between the ratio rule's clear level and its threshold (hysteresis): neither breach nor recovery. */
export type Signal = 'breach' | 'marginal' | 'clear' | 'unknown';
export type RuleAction = 'rollback' | 'report' | 'ticket';
export type BakeVerdict = 'pass' | 'ticket' | 'rollback' | 'inconclusive' | 'cancelled';

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
  /** Whether the evidence (own interval, or pooled) had enough data (sub-windows, events, no warnings) to count. */
  sufficient: boolean;
  /** Seconds of data behind `value`: the interval, or longer when pooled because the interval was too thin. */
  span?: number;
  /** Whether the tick's own interval had data at all (no scrape gap, no query warning). */
  present?: boolean;
  /** Why not, when not sufficient. */
  why?: IntervalFinding;
  /** Baseline statistic over the whole baseline window. */
  baseline: number | null;
  /** How many times worse than the baseline (> 1 is worse); null when either side is missing or 0. */
  ratio: number | null;
  slo: Slo | null;
  /** Whether the candidate value meets the SLO (null: no SLO or no value). */
  sloMet: boolean | null;
  /** Whether the baseline value meets the SLO (null: no SLO or no baseline value). */
  baselineSloMet: boolean | null;
  /**
   * The candidate pooled over the trailing `for` of the ratio / SLO rule, keyed by its length in seconds
   * (absent before that much of the bake has elapsed): what the rule's whole sustained window shows.
   */
  sustained?: Record<
    number,
    { value: number | null; ratio: number | null; sloMet: boolean | null; sufficient: boolean }
  >;
  /** The judge's result over the trailing window; null before a full window has elapsed or when not judged. */
  drift: {
    verdict: MetricVerdict;
    drift: number | null;
    interval: { low: number; high: number; confidence: number } | null;
    tolerance: number;
    findings: NoteFinding[];
    /** At a tick closing a tumbling window: the union of the last `windows` windows, judged with ticket.confirm. */
    confirm?: {
      verdict: MetricVerdict;
      drift: number | null;
      interval: { low: number; high: number; confidence: number } | null;
    };
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
  /** What happened, as a code and its numbers (the bake's evidence says it: report/prose.ts ruleMessage). */
  finding: RuleFinding;
}

export interface FiredRule {
  /** The streak that fired (rule, variant and metric). */
  key: string;
  rule: RuleName;
  metric: string;
  action: RuleAction;
  at: number;
  /** First breaching tick of the streak that fired. */
  detectedAt: number;
  /** What fired, as a code and its numbers. */
  finding: RuleFinding;
}

interface Streak {
  /** Tick time of the first breaching tick. */
  detectedAt: number;
  /** Start of the first breaching tick's interval: the streak's duration counts from here. */
  startedAt: number;
  breaches: number;
  gapSeconds: number;
  /** Per tick of the streak: its signal (for the shares in the last `for`). */
  marks: Signal[];
  /** Longest evidence span seen in the streak (seconds). */
  span: number;
}

/** One sustained rule for one metric: what `sustained` needs to run its streak. */
interface SustainedSpec {
  key: string;
  rule: 'ratio' | 'slo';
  /** '' or 'worse' (a standing SLO breach made worse than the ratio threshold). */
  variant: string;
  forSeconds: number;
  action: RuleAction;
  /** Whether the whole `for`, pooled, breaches. */
  pooled: (p: NonNullable<MetricTick['sustained']>[number]) => boolean;
  breach?: SloBreach['kind'];
}

/** A sustained SLO violation: standing (the baseline violated the SLO too) or new (the baseline met it). */
export interface SloBreach {
  metric: string;
  kind: 'standing' | 'new';
  objective: string;
  /** The candidate's value when the rule fired (metric unit). */
  value: number | null;
  baseline: number | null;
  /**
   * The streak's first detection (its first breaching tick, unix seconds; the headline's "first detection") and
   * when it became sustained (the decision).
   */
  since: number;
  at: number;
  action: RuleAction;
}

/** Share of the ticks in a streak's last `for` that must be breaching (the others marginal or unknown). */
export const MIN_BREACHING_SHARE = 0.8;

export interface Conclusion {
  verdict: Exclude<BakeVerdict, 'cancelled'>;
  /** The verdict's reasons as a code and its numbers (the bake's headline says them). */
  summary: ConclusionFinding;
  /** The deciding rule's first detection; without a decision, the earliest detection (or null). */
  firstDetectionAt: number | null;
  /** When the verdict was decided: the deciding rule's firing, else the last tick (null without ticks). */
  decidedAt: number | null;
  fired: FiredRule[];
  /** Share of ticks whose own interval had data, per watched metric (rules and critical), applicable ones. */
  coverage: Record<string, number>;
  /** Sustained SLO violations: standing (baseline too) and new. */
  sloBreaches: SloBreach[];
  /** Watched metrics that could not be judged, with why; `critical` ones make the bake inconclusive. */
  inconclusive: Array<{ metric: string; critical: boolean; finding: UnjudgedFinding }>;
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

export class BakeRules {
  readonly events: RuleEvent[] = [];
  readonly fired: FiredRule[] = [];
  readonly sloBreaches: SloBreach[] = [];
  private readonly streaks = new Map<string, Streak>();
  /** Per streak key: start of the run of marginal ticks just before now (hysteresis works both ways). */
  private readonly marginalSince = new Map<string, number>();
  /** drift signal per metric per tick time, for looking back whole windows. */
  private readonly driftHistory = new Map<string, Map<number, Signal>>();
  /** Per watched metric: ticks seen, ticks whose own interval had data, ticks with enough evidence. */
  private readonly coverageCounts = new Map<
    string,
    { present: number; judged: number; total: number; last?: IntervalFinding }
  >();
  private readonly applicable = new Set<string>();
  private lastTick: number | null = null;
  private ticks = 0;

  constructor(private readonly settings: BakeSettings) {}

  /** Metrics whose data decides whether the bake saw enough (the rollback rules' metrics and the critical ones). */
  get watched(): string[] {
    const s = this.settings;
    return [
      ...new Set([...(s.ratio.enabled ? s.ratio.metrics : []), ...(s.slo.enabled ? s.slo.metrics : []), ...s.critical]),
    ];
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
      if (watched.has(m.id)) this.count(m);
      if (!m.applicable) continue;
      this.applicable.add(m.id);
      if (s.ratio.enabled && s.ratio.metrics.includes(m.id)) {
        this.sustained(
          out,
          tick,
          m,
          'ratio',
          ratioSignal(m, s.ratio.threshold, s.ratio.clearBelow),
          s.ratio.forSeconds,
          this.ratioThreshold(m),
          'rollback',
          (p) => p.ratio !== null && p.ratio > s.ratio.threshold,
        );
      }
      if (s.slo.enabled && s.slo.metrics.includes(m.id) && m.slo) this.slo(out, tick, m);
      if (s.ticket.enabled && s.ticket.metrics.includes(m.id)) this.drift(out, tick, m);
    }
    this.events.push(...out);
    return out;
  }

  private count(m: MetricTick): void {
    const c = this.coverageCounts.get(m.id) ?? { present: 0, judged: 0, total: 0 };
    c.total++;
    if (m.applicable && (m.present ?? m.sufficient)) c.present++;
    if (m.applicable && m.sufficient && m.value !== null) c.judged++;
    else if (m.why) c.last = m.why;
    this.coverageCounts.set(m.id, c);
  }

  private ratioThreshold(m: MetricTick): number | null {
    const t = this.settings.ratio.threshold;
    if (m.baseline === null) return null;
    return m.worse === 'higher' ? m.baseline * t : m.baseline / t;
  }

  /**
   * slo: a NEW breach (the baseline met the SLO, or had no value) is rolled back when the candidate is also
   * worse than the baseline by more than worse_by (the release moved it). A STANDING breach (the baseline
   * violated it too) is listed once sustained, and rolled back only when the release made it clearly worse
   * (worse than the ratio threshold x baseline, sustained) or with baseline_breached: rollback.
   */
  private slo(out: RuleEvent[], tick: TickEvaluation, m: MetricTick): void {
    const s = this.settings;
    const standing = m.baselineSloMet === false;
    const objective = m.slo?.value ?? null;
    const violated = (p: { sloMet: boolean | null }) => p.sloMet === false;
    if (standing && s.slo.baselineBreached === 'rollback') {
      this.sustained(out, tick, m, 'slo', sloSignal(m), s.slo.forSeconds, objective, 'rollback', violated, 'standing');
      return;
    }
    if (!standing) {
      const moved = (p: { ratio: number | null }) => p.ratio === null || p.ratio > 1 + s.slo.worseBy;
      const base = sloSignal(m);
      const signal: Signal = base === 'breach' && !moved(m) ? 'marginal' : base;
      this.sustained(
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
    this.sustained(out, tick, m, 'slo', sloSignal(m), s.slo.forSeconds, objective, 'report', violated, 'standing');
    // Worsened: violating the SLO AND worse than threshold x baseline (with the ratio rule's hysteresis).
    const signal: Signal =
      m.sloMet === true
        ? 'clear'
        : m.sloMet === false
          ? ratioSignal(m, s.ratio.threshold, s.ratio.clearBelow)
          : 'unknown';
    this.sustained(
      out,
      tick,
      m,
      'slo',
      signal,
      s.slo.forSeconds,
      this.ratioThreshold(m),
      'rollback',
      (p) => violated(p) && p.ratio !== null && p.ratio > s.ratio.threshold,
      'standing',
      'worse',
    );
  }

  /** ratio and slo: a streak of breaching ticks that must be sustained for `forSeconds`. */
  private sustained(
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
    const base: Omit<RuleEvent, 'type' | 'finding'> = {
      at: tick.at,
      rule,
      metric: m.id,
      value: m.value,
      threshold,
      ...(rule === 'ratio' || variant ? { ratio: m.ratio } : {}),
    };
    const streak = this.streaks.get(spec.key);
    if (signal === 'marginal' && !streak) {
      if (!this.marginalSince.has(spec.key)) this.marginalSince.set(spec.key, tick.interval.start);
      return;
    }
    const marginalSince = this.marginalSince.get(spec.key);
    this.marginalSince.delete(spec.key);
    if (signal === 'breach') this.onBreach(out, tick, m, spec, base, streak, marginalSince);
    else if (streak) this.onNoBreach(out, m, spec, base, streak, signal);
  }

  private onBreach(
    out: RuleEvent[],
    tick: TickEvaluation,
    m: MetricTick,
    spec: SustainedSpec,
    base: Omit<RuleEvent, 'type' | 'finding'>,
    streak: Streak | undefined,
    marginalSince: number | undefined,
  ): void {
    const interval = this.settings.intervalSeconds;
    // Marginal ticks right before the first breach belong to the episode (at most max_gap of them): the
    // streak counts from them, as marginal ticks inside a streak count; the 80% share still applies.
    const startedAt =
      marginalSince !== undefined && tick.interval.start - marginalSince <= this.settings.maxGapSeconds + 1e-9
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
      this.streaks.set(spec.key, st);
      if (spec.action !== 'report')
        out.push({ ...base, type: 'detected', finding: { code: 'detected', breach: this.breach(m, spec) } });
    }
    st.breaches++;
    st.gapSeconds = 0;
    st.marks.push('breach');
    // A pooled window reaches back before the tick: the extra span must be covered too (at most one judge window).
    st.span = Math.max(st.span, Math.min(m.span ?? interval, this.settings.windowSeconds));
    const n = Math.max(1, Math.round(spec.forSeconds / interval));
    const breaching = st.marks.slice(-n).filter((x) => x === 'breach').length;
    // The whole sustained window, pooled, must breach too (when the evaluation gives it; unit tests may not).
    const p = m.sustained?.[spec.forSeconds];
    const whole = m.sustained === undefined ? true : p?.sufficient === true && spec.pooled(p);
    const lasted = tick.at - st.startedAt;
    const already = this.fired.some((f) => f.key === spec.key);
    if (
      !already &&
      lasted >= spec.forSeconds + (st.span - interval) - 1e-9 &&
      breaching >= MIN_BREACHING_SHARE * n - 1e-9 &&
      whole
    )
      this.fire(out, tick, m, spec, base, st);
  }

  private onNoBreach(
    out: RuleEvent[],
    m: MetricTick,
    spec: SustainedSpec,
    base: Omit<RuleEvent, 'type' | 'finding'>,
    streak: Streak,
    signal: Signal,
  ): void {
    const quiet = spec.action === 'report';
    if (signal === 'clear') {
      this.streaks.delete(spec.key);
      if (!quiet)
        out.push({
          ...base,
          type: 'cleared',
          finding: { code: 'cleared', metric: m.id, breaches: streak.breaches, value: m.value, unit: m.unit },
        });
      return;
    }
    streak.gapSeconds += this.settings.intervalSeconds;
    streak.marks.push(signal);
    if (streak.gapSeconds > this.settings.maxGapSeconds) {
      this.streaks.delete(spec.key);
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
  private breach(m: MetricTick, spec: SustainedSpec): BreachFinding {
    const common = {
      metric: m.id,
      value: m.value,
      unit: m.unit,
      pooledSeconds: m.span && m.span > this.settings.intervalSeconds ? m.span : null,
    };
    return spec.rule === 'ratio' || spec.variant === 'worse'
      ? { code: 'worse-than-baseline', ...common, ratio: m.ratio, baseline: m.baseline }
      : { code: 'violates-slo', ...common, op: m.slo?.op, objective: m.slo?.value };
  }

  /** The decision of a sustained streak that fired. */
  private firedFinding(tick: TickEvaluation, m: MetricTick, spec: SustainedSpec, st: Streak): RuleFinding {
    const streak = {
      breaches: st.breaches,
      ticks: Math.round((tick.at - st.startedAt) / this.settings.intervalSeconds),
      since: st.startedAt,
      detectedAt: st.detectedAt,
      decidedAt: tick.at,
    };
    const breach = this.breach(m, spec);
    const threshold = this.settings.ratio.threshold;
    if (spec.rule === 'ratio') return { code: 'ratio-fired', metric: m.id, threshold, streak, breach };
    if (spec.variant === 'worse') return { code: 'slo-worse-fired', metric: m.id, threshold, streak, breach };
    const standing = spec.breach !== 'standing' ? null : spec.action === 'report' ? 'reported' : 'rolled-back';
    return { code: 'slo-fired', metric: m.id, streak, standing, breach };
  }

  /** Record a sustained streak's decision: the `fired` event, the fired rule and, for SLO rules, the breach. */
  private fire(
    out: RuleEvent[],
    tick: TickEvaluation,
    m: MetricTick,
    spec: SustainedSpec,
    base: Omit<RuleEvent, 'type' | 'finding'>,
    st: Streak,
  ): void {
    const finding = this.firedFinding(tick, m, spec, st);
    const { action } = spec;
    out.push({ ...base, type: 'fired', action, finding });
    this.fired.push({
      key: spec.key,
      rule: spec.rule,
      metric: m.id,
      action,
      at: tick.at,
      detectedAt: st.detectedAt,
      finding,
    });
    if (spec.rule !== 'slo' || !spec.breach) return;
    const existing = this.sloBreaches.find((b) => b.metric === m.id && b.kind === spec.breach);
    if (existing) {
      if (action === 'rollback') existing.action = 'rollback';
      return;
    }
    this.sloBreaches.push({
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
    if (signal === 'breach' && !streak) {
      this.streaks.set(key, {
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
      this.streaks.delete(key);
      out.push({
        ...base,
        type: 'cleared',
        finding: { code: 'drift-cleared', metric: m.id, drift: m.drift?.drift ?? null },
      });
    }
    // The decision looks at tumbling windows only, after the warm-up (new pods are slower by design).
    if (!closesWindow(tick, s.windowSeconds) || tick.judgeWindow.start < tick.bakeStart + s.ticket.warmupSeconds - 1e-9)
      return;
    const history = this.driftHistory.get(m.id) ?? new Map<number, Signal>();
    history.set(tick.at, signal);
    this.driftHistory.set(m.id, history);
    if (signal !== 'breach' || this.fired.some((f) => f.key === key)) return;
    const times = Array.from({ length: s.ticket.windows }, (_, j) => tick.at - j * s.windowSeconds);
    if (!times.every((t) => history.get(t) === 'breach')) return;
    // Confirmed by the statistical judge on the union of the windows (when configured and given).
    if (s.ticket.confirm !== 'none' && m.drift?.confirm && !confirmsDrift(m.drift.confirm)) return;
    // The detection of the open streak, but never before the earliest of the windows began.
    const earliest = (times[times.length - 1] as number) - s.windowSeconds;
    const detectedAt = Math.max(earliest + s.intervalSeconds, this.streaks.get(key)?.detectedAt ?? tick.at);
    const finding: RuleFinding = {
      code: 'drift-fired',
      metric: m.id,
      tolerance: m.drift?.tolerance ?? null,
      windows: s.ticket.windows,
      windowSeconds: s.windowSeconds,
      drift: m.drift?.drift ?? null,
    };
    out.push({ ...base, type: 'fired', action: 'ticket', finding });
    this.fired.push({ key, rule: 'drift', metric: m.id, action: 'ticket', at: tick.at, detectedAt, finding });
  }

  /** Share of ticks whose own interval had data, per watched, applicable metric. */
  coverage(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const [id, c] of this.coverageCounts) if (this.applicable.has(id)) out[id] = c.total ? c.present / c.total : 0;
    return out;
  }

  /**
   * Watched metrics that could not be judged: no series at all, data in too few ticks (gaps), or too few
   * events even pooled over the whole bake.
   */
  unjudged(): Conclusion['inconclusive'] {
    const out: Conclusion['inconclusive'] = [];
    const need = this.settings.minCoverage;
    const add = (metric: string, critical: boolean, finding: UnjudgedFinding) =>
      out.push({ metric, critical, finding });
    for (const id of this.watched) {
      const critical = this.settings.critical.includes(id);
      const c = this.coverageCounts.get(id);
      if (!c || c.total === 0) continue;
      if (!this.applicable.has(id)) {
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
  private openDetection(): number | null {
    let at: number | null = null;
    for (const [key, st] of this.streaks) {
      if (this.fired.some((f) => f.key === key && f.action === 'report')) continue;
      at = at === null ? st.detectedAt : Math.min(at, st.detectedAt);
    }
    return at;
  }

  /** The verdict so far (call at the end of the bake, or after a rollback decision). */
  conclude(): Conclusion {
    const coverage = this.coverage();
    const inconclusive = this.unjudged();
    const common = { fired: [...this.fired], coverage, sloBreaches: [...this.sloBreaches], inconclusive };
    const standing = this.sloBreaches
      .filter((b) => b.kind === 'standing' && b.action === 'report')
      .map((b) => ({ metric: b.metric, value: b.value, objective: b.objective, baseline: b.baseline }));
    const thin = inconclusive.filter((x) => !x.critical).map(({ metric, finding }) => ({ metric, finding }));
    const rollback = this.rollback;
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
    if (this.ticks === 0 || critical.length > 0) {
      return {
        verdict: 'inconclusive',
        summary: { code: 'inconclusive', ticks: this.ticks, critical, thin },
        firstDetectionAt: this.openDetection(),
        decidedAt: this.lastTick,
        ...common,
      };
    }
    const ticket = this.fired.find((f) => f.action === 'ticket');
    if (ticket) {
      const decisions = this.fired.filter((f) => f.action === 'ticket').map((f) => f.finding);
      return {
        verdict: 'ticket',
        summary: { code: 'ticket', decisions, standing, thin },
        firstDetectionAt: ticket.detectedAt,
        decidedAt: ticket.at,
        ...common,
      };
    }
    const cleared = this.events.some((e) => e.type === 'cleared');
    return {
      verdict: 'pass',
      summary: { code: 'pass', ticks: this.ticks, cleared, standing, thin },
      firstDetectionAt: this.openDetection(),
      decidedAt: this.lastTick,
      ...common,
    };
  }
}
