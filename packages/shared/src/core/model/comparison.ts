/**
 * perf-comparison.json, schema "driftgate.comparison/v1" (JSON Schema: packages/shared/schemas/comparison.schema.json).
 * Produced by judge/ (pure) and compare.ts; read by cab-waiver-check, the CLI, and the reports.
 * Fractions throughout (drift 0.3 = +30%); times are RFC 3339 strings.
 */
import type { ComparisonFinding, EvidenceFinding, NoteFinding } from '../findings/findings.js';
import type { MetricKind, Slo, Worse } from './metric.js';

export const COMPARISON_SCHEMA = 'driftgate.comparison/v1';

export type MetricVerdict = 'pass' | 'regression' | 'improvement' | 'inconclusive' | 'not-applicable' | 'waived';
export type OverallVerdict = 'pass' | 'fail' | 'waived' | 'inconclusive';
export type MethodName = 'drift-interval' | 'mean-threshold' | 'mann-whitney' | 'newey-west';

export interface WindowSummary {
  /** The statistic over the whole window (pooled where counts exist), in the metric's unit; null without data. */
  value: number | null;
  /** Number of sub-windows (resolution steps) with data. */
  windows: number;
  /** Number of sub-windows the window should have had. */
  expectedWindows: number;
  /** Events counted (requests, denominator events, counted events) where the metric is count-based. */
  events?: number;
  /** Per-chart series: [unix seconds, value] at chart resolution (5-minute buckets), for plots. */
  series?: Array<[number, number]>;
  /**
   * Where the value the change was computed from is not the plain statistic: `raw` (the statistic over every
   * sub-window), `value` (what the change compares) and the reason in one word (trimmed: incidents left out;
   * trend: the baseline's own trend carried to the candidate's hours; corrected: a zero count corrected).
   */
  judged?: { raw: number | null; value: number; reason: string };
}

export interface MetricComparison {
  id: string;
  title: string;
  unit: string;
  kind: MetricKind;
  worse: Worse;
  /** Fraction. */
  tolerance: number;
  /** The PromQL actually sent, per window. */
  queries: { baseline: string[]; candidate: string[] };
  baseline: WindowSummary;
  candidate: WindowSummary;
  /** Relative change of the statistic, signed so that positive is worse; null when it cannot be computed. */
  drift: number | null;
  /** Interval for the drift at `confidence` (simultaneous across metrics for drift-interval); null when not computed. */
  interval: { low: number; high: number; confidence: number } | null;
  /**
   * drift-interval only: the smallest drift this comparison would have called a regression with 80%
   * probability (minimum detectable drift); null when not computed. A pass rules out drifts of about this
   * size or more, not smaller ones.
   */
  detectable?: number | null;
  /**
   * drift-interval only, when `detectable` is above twice the tolerance and the metric did not regress: how
   * many times longer both windows would have to be to detect a drift of twice the tolerance (the sampling
   * variance shrinks with the length, the systematic term does not); null when no length would.
   */
  windowFactor?: number | null;
  /**
   * drift-interval only: the between-window term (relative sd, log scale) and where it came from: measured on
   * the baseline version's earlier windows (`history`: `pairs` A/A pairs `lagSeconds` apart, `measured` before
   * shrinking toward the prior), the documented prior (`prior`, with the reason), or the config. With the prior,
   * `trend` is the baseline's own trend carried across the time-of-day gap between the windows (`shift`: the
   * relative change it predicts, taken out of the drift; `sd`: the extrapolation's uncertainty, log scale).
   */
  systematic?: {
    value: number;
    source: 'history' | 'prior' | 'config';
    pairs?: number;
    measured?: number;
    lagSeconds?: number;
    reason?: 'side-by-side' | 'no-history' | 'short-history';
    trend?: { shift: number; sd: number; gapSeconds: number };
  };
  /**
   * Strength of evidence: p-value of the method's test, with its name; `finding`: the test with its numbers as
   * the judge returned it (core/findings/findings.ts EvidenceFinding; docs/findings.md).
   */
  evidence: { test: string; pValue: number | null; detail?: string; finding?: EvidenceFinding } | null;
  /**
   * `candidateValue`: the value the candidate's SLO was judged on when it differs from candidate.value (a
   * histogram quantile's SLO uses the less favourable of driftgate's estimate and Prometheus' histogram_quantile).
   */
  slo: {
    objective: Slo | null;
    text: string;
    candidateMet: boolean | null;
    /** Under the same reading as the candidate's breach (core/judge/slo-check.ts): false = a standing breach. */
    baselineMet: boolean | null;
    candidateValue?: number;
    /**
     * When the candidate breaches: `new` (its baseline met it) or `standing`; `shown` when the candidate's
     * interval lies beyond the objective; `attributed` when the comparison shows the candidate worse than its
     * baseline (absent in files written before it); `fails` when it fails the gate (a new, shown, attributed
     * breach with slo: fail).
     */
    breach?: { kind: 'new' | 'standing'; shown: boolean; attributed?: boolean; fails: boolean };
    /** Each reading on both windows: driftgate's estimate, and histogram_quantile for a histogram quantile. */
    readings?: Array<{
      estimator: 'estimate' | 'histogram_quantile';
      baseline: number | null;
      candidate: number | null;
      low: number | null;
      high: number | null;
    }>;
  };
  verdict: MetricVerdict;
  /** Waiver applied to this metric, when the verdict is `waived`. */
  waiver?: { id: string; approvedBy: string[]; expires: string; maxDrift: number; ticket?: string };
  notes: string[];
  /**
   * What `notes` say, as codes and numbers (core/findings/findings.ts NoteFinding), in the judge's order, then the
   * waivers' (of: 'waiver'). `notes` says each sentence once, so the two need not line up one to one; a
   * non-finite number is written as null (docs/findings.md). Absent in documents written before 0.1.0's findings.
   */
  findings?: NoteFinding[];
}

export interface Comparison {
  schema: typeof COMPARISON_SCHEMA;
  tool: { name: 'driftgate'; version: string };
  generatedAt: string;
  service: string;
  environment: string;
  /** `selector`: the label matchers (and info-metric join) this side's queries used. */
  baseline: { version: string; window: { start: string; end: string }; resolvedFrom: string; selector?: string };
  candidate: { version: string; window: { start: string; end: string }; selector?: string };
  source: { kind: string; description: string; requests: number };
  method: {
    name: MethodName;
    /** Default tolerance (fraction); metrics may override. */
    tolerance: number;
    /** Family-wise confidence of the decision. */
    confidence: number;
    /** Sub-window length in seconds. */
    resolutionSeconds: number;
    description: string;
  };
  verdict: OverallVerdict;
  /** One sentence a reviewer reads first. */
  headline: string;
  /** What the headline says, as a code and its numbers (core/findings/findings.ts ComparisonFinding; docs/findings.md). */
  finding?: ComparisonFinding;
  regressions: string[];
  improvements: string[];
  inconclusive: string[];
  /** Largest positive drift among judged metrics (fraction), or null. */
  maxDrift: number | null;
  metrics: MetricComparison[];
  waivers: Array<{
    id: string;
    approvedBy: string[];
    expires: string;
    metrics: string[];
    maxDrift: number;
    ticket?: string;
  }>;
  run?: { url?: string; repository?: string; sha?: string; ref?: string; event?: string };
  onInconclusive: 'fail' | 'pass';
  /** What a new SLO breach the data show does: fail (default) or warn (core/judge/slo-check.ts). */
  slo?: 'fail' | 'warn';
}

/** The gate's decision: fail, or inconclusive when on-inconclusive is fail. */
export function gateFailed(c: Pick<Comparison, 'verdict' | 'onInconclusive'>): boolean {
  return c.verdict === 'fail' || (c.verdict === 'inconclusive' && c.onInconclusive === 'fail');
}
