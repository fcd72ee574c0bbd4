/**
 * The bake rules' types (core/bake/rules.ts describes the rules): what a tick brings (MetricTick, TickEvaluation), what
 * the rules record (RuleEvent, FiredRule, SloBreach, Conclusion), and the state the rules share (RuleState).
 */
import type {
  ConclusionFinding,
  IntervalFinding,
  NoteFinding,
  RuleFinding,
  UnjudgedFinding,
} from '../../findings/findings.js';
import type { MetricVerdict } from '../../model/comparison.js';
import type { Slo, Worse } from '../../model/metric.js';
import type { BakeSettings } from '../bake-settings.js';

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
  /** What happened, as a code and its numbers (the bake's evidence says it: core/report/prose.ts ruleMessage). */
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

/** A run of breaching (and marginal or unknown) ticks of one rule on one metric. */
export interface Streak {
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
export interface SustainedSpec {
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

/** A rule event before its type and finding: when, which rule and metric, the value and its threshold. */
export type EventBase = Omit<RuleEvent, 'type' | 'finding'>;

/** Per watched metric: ticks seen, ticks whose own interval had data, ticks with enough evidence. */
export interface CoverageCount {
  present: number;
  judged: number;
  total: number;
  last?: IntervalFinding;
}

/** What the rules remember across ticks (BakeRules holds it; each rule's module reads and updates it). */
export interface RuleState {
  readonly settings: BakeSettings;
  readonly events: RuleEvent[];
  readonly fired: FiredRule[];
  readonly sloBreaches: SloBreach[];
  readonly streaks: Map<string, Streak>;
  /** Per streak key: start of the run of marginal ticks just before now (hysteresis works both ways). */
  readonly marginalSince: Map<string, number>;
  /** drift signal per metric per tick time, for looking back whole windows. */
  readonly driftHistory: Map<string, Map<number, Signal>>;
  readonly coverageCounts: Map<string, CoverageCount>;
  readonly applicable: Set<string>;
  lastTick: number | null;
  ticks: number;
}
