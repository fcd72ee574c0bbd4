/**
 * Findings: what the judge and the bake rules found, as a code and its numbers, with no prose. core/report/prose.ts
 * says them in English (the notes, event messages and headlines of the reports), in the layers above the judge
 * and the rules. Types only, at the bottom of the library: the judge, the rules and the reports all import them.
 */

/** drift-interval's notes on one metric (core/judge/drift-interval.ts). */
export type DriftFinding =
  | { code: 'no-value' }
  | { code: 'both-zero' }
  /** A zero event count: half an event added to both numerators (Haldane-Anscombe). */
  | { code: 'zero-count-corrected' }
  /** A value of 0 or below on one side: no relative drift. */
  | { code: 'ratio-undefined'; baseline: number; candidate: number }
  /**
   * The baseline's own trend across the time-of-day gap: a move of that size is allowed for in the bound of the
   * claim it points to (`toward`; absent in files written before the allowance was one-sided: both bounds).
   */
  | { code: 'trend-allowed'; predicted: number; gapSeconds: number; toward?: 'worse' | 'better' }
  /**
   * An amount that did not grow in any of the candidate's `points` sub-windows, where the baseline's grew at least
   * once every `baselineQuiet + 1`: it stopped (a change of -100%, exact).
   */
  | { code: 'amount-stopped'; points: number; baselineQuiet: number }
  /** Drift beyond the tolerance whose interval reaches inside half of it. */
  | { code: 'weak-evidence'; drift: number; tolerance: number; low: number }
  /**
   * The windows cannot see twice the tolerance: the detectable drift (null: beyond -100%) at `power`, and
   * how many times longer both windows would have to be (null: no length would, `systematic` alone is too
   * large), for windows of `windowMinutes`.
   */
  | {
      code: 'too-noisy';
      tolerance: number;
      detectable: number | null;
      power: number;
      windowFactor: number | null;
      systematic: number;
      windowMinutes: number;
    }
  /**
   * The windows cannot judge the metric at all: the drift they could detect (null: none the metric can show)
   * is past `limit`, the largest drift the metric can show from this baseline (a percentage up to 100%, a
   * ratio up to 1, a quantile up to the highest bucket; null: unbounded), or only windows longer than a day
   * would see twice the tolerance. `neededMinutes`: the window length that would (null: none up to a day).
   */
  | {
      code: 'cannot-judge';
      tolerance: number;
      detectable: number | null;
      limit: number | null;
      windowMinutes: number;
      neededMinutes: number | null;
    };

/** A metric's breach as the ratio and SLO rules see it at one tick (core/bake/rules.ts). */
export type BreachFinding =
  | {
      code: 'worse-than-baseline';
      metric: string;
      value: number | null;
      unit: string;
      /** Seconds the evidence was pooled over, when longer than the tick's interval. */
      pooledSeconds: number | null;
      ratio: number | null;
      baseline: number | null;
    }
  | {
      code: 'violates-slo';
      metric: string;
      value: number | null;
      unit: string;
      pooledSeconds: number | null;
      op: string | undefined;
      objective: number | undefined;
    };

/** Breaching ticks of a sustained streak since it started. */
export interface StreakCount {
  breaches: number;
  ticks: number;
  /** Start of the streak's first interval (unix seconds): the ticks are counted from here. */
  since: number;
  /** The streak's first breaching tick (the evidence's first detection) and the deciding tick, unix seconds. */
  detectedAt?: number;
  decidedAt?: number;
}

/** An event or decision of the bake rules (core/bake/rules.ts). */
export type RuleFinding =
  | { code: 'detected'; breach: BreachFinding }
  | { code: 'cleared'; metric: string; breaches: number; value: number | null; unit: string }
  /** No breaching tick for longer than max_gap: marginal (with its ratio), or no usable data (and why). */
  | { code: 'streak-reset'; gapSeconds: number; marginalRatio?: number | null; reason?: IntervalFinding }
  | { code: 'ratio-fired'; metric: string; threshold: number; streak: StreakCount; breach: BreachFinding }
  /** A standing SLO breach made worse than the ratio threshold x baseline. */
  | { code: 'slo-worse-fired'; metric: string; threshold: number; streak: StreakCount; breach: BreachFinding }
  /** standing: the baseline violated the SLO too, and the breach is reported or rolled back. */
  | {
      code: 'slo-fired';
      metric: string;
      streak: StreakCount;
      standing: 'reported' | 'rolled-back' | null;
      breach: BreachFinding;
    }
  | {
      code: 'drift-detected';
      metric: string;
      drift: number | null;
      interval: { low: number; high: number } | null;
      tolerance: number | null;
    }
  | { code: 'drift-cleared'; metric: string; drift: number | null }
  | {
      code: 'drift-fired';
      metric: string;
      tolerance: number | null;
      windows: number;
      windowSeconds: number;
      drift: number | null;
    };

/** Why a watched metric could not be judged over the bake. */
export type UnjudgedFinding =
  | { code: 'no-series' }
  /** Data in `share` of the ticks, fewer than `need`; `last`: why the last tick without enough data had none. */
  | { code: 'low-coverage'; share: number; need: number; last?: IntervalFinding }
  | { code: 'too-few-events'; last?: IntervalFinding };

/** A standing SLO breach, reported (the verdict stays pass or ticket). */
export interface StandingBreach {
  metric: string;
  value: number | null;
  objective: string;
  baseline: number | null;
}

/** An unjudged metric with why, as the conclusion lists it. */
export interface UnjudgedMetric {
  metric: string;
  finding: UnjudgedFinding;
}

/** The bake's conclusion: the verdict and what the headline says about it. */
export type ConclusionFinding =
  | { code: 'rollback'; decision: RuleFinding }
  /** No tick evaluated (ticks 0), or critical metrics that could not be judged. */
  | { code: 'inconclusive'; ticks: number; critical: UnjudgedMetric[]; thin: UnjudgedMetric[] }
  | { code: 'ticket'; decisions: RuleFinding[]; standing: StandingBreach[]; thin: UnjudgedMetric[] }
  | { code: 'pass'; ticks: number; cleared: boolean; standing: StandingBreach[]; thin: UnjudgedMetric[] }
  /** Stopped (SIGTERM/SIGINT) after `ticks` ticks. */
  | { code: 'cancelled'; ticks: number }
  /** The metric source could not be reached for the baseline (`reason`: its error): no tick ran (verdict inconclusive). */
  | { code: 'unreachable'; reason: string };

export type WindowSide = 'baseline' | 'candidate';

/** Why a metric cannot be judged at all, before any method runs (core/judge/sufficiency.ts). */
export type SufficiencyFinding =
  /** No series in either window; `configured`: the config names the metric (so it must have data). */
  | { code: 'no-series'; configured: boolean }
  | { code: 'query-warning'; side: WindowSide; warning: string }
  /** No sub-window with data; `found`: series exist. */
  | { code: 'no-data'; side: WindowSide; found: boolean }
  | { code: 'too-little-data'; side: WindowSide; points: number; expected: number; need: number }
  /** Fewer sub-windows (of `step` seconds) than drift-interval needs to estimate the noise. */
  | { code: 'window-too-short'; side: WindowSide; points: number; step: number; need: number }
  /** A cumulative amount updated in coarse steps: `updates` of `points` sub-windows changed, `need` needed. */
  | { code: 'coarse-amount'; side: WindowSide; metric: string; updates: number; points: number; need: number }
  | { code: 'too-few-events'; side: WindowSide; events: number; need: number };

/** A metric's change as a comparison's headline quotes it. */
export interface MetricChange {
  id: string;
  /** The change as it happened (candidate against baseline), null without a drift. */
  change: number | null;
  direction: '' | 'worse' | 'better';
  /** The interval of the change, when computed. */
  interval: { low: number; high: number } | null;
}

/** A comparison's overall verdict and what its headline says (core/judge/verdict.ts). */
export type ComparisonFinding =
  /** Drift regressions, and (`slo`) new SLO breaches the data show, which fail the gate with slo: fail. */
  | { code: 'regression'; metrics: MetricChange[]; slo?: Array<{ id: string; finding: SloFinding }> }
  /** No data for any metric in either window. */
  | { code: 'no-data' }
  /** Inconclusive metrics grouped by their first note (null: none), quoted from the metrics' notes. */
  | { code: 'not-enough-data'; groups: Array<{ reason: string | null; ids: string[] }> }
  | { code: 'waived'; metrics: Array<MetricChange & { waiver: string | undefined }> }
  | { code: 'pass'; judged: number };

/** A window estimator's note (core/judge/statistic.ts) or a reference judge's (core/judge/reference.ts). */
export type EstimateFinding =
  /** Sub-windows left out as transient incidents, starting at `starts` (unix seconds). */
  | { code: 'incidents-trimmed'; excluded: number; points: number; starts: number[] }
  /** The quantile lies above the highest finite bucket bound: shown as that bound. */
  | { code: 'above-highest-bucket'; quantile: number; bound: number }
  /** Too few 5-minute values for Mann-Whitney: its smallest p-value `floor` is above `alpha`. */
  | { code: 'mann-whitney-blind'; baseline: number; candidate: number; floor: number; alpha: number; need: number }
  /** The SLO is judged on Prometheus' linear histogram_quantile `value`, less favourable than the `estimate`. */
  | { code: 'slo-on-linear-quantile'; value: number; estimate: number }
  /** A ratio whose denominator counted no event in the window. */
  | { code: 'no-denominator-events' }
  /** A reference judge without a 5-minute value on a side. */
  | { code: 'no-window-values' }
  /** newey-west with fewer than `need` 5-minute values on a side. */
  | { code: 'too-few-window-values'; baseline: number; candidate: number; need: number }
  /** A reference judge whose baseline mean is 0 while the candidate's is not: no relative drift. */
  | { code: 'baseline-mean-zero' };

/**
 * The evidence behind a metric's verdict: the method's test with its numbers and p-value (core/judge/drift-interval.ts,
 * core/judge/reference.ts). `baseline` and `candidate` count the 5-minute values of the reference judges.
 */
export type EvidenceFinding =
  /**
   * drift-interval: the one-sided t test of drift <= tolerance/2, Bonferroni-adjusted over `comparisons`
   * metrics; `se` of the log ratio including the between-window term `systematic` (from `source`, with the
   * baseline's trend allowed for when `trendAdjusted`), `df` Welch-Satterthwaite (Infinity when unbounded).
   */
  | {
      code: 't-test';
      pValue: number;
      se: number;
      systematic: number;
      source: 'history' | 'prior' | 'config';
      trendAdjusted: boolean;
      df: number;
      comparisons: number;
    }
  /** mean-threshold: the mean of the 5-minute values against the tolerance, no test. */
  | { code: 'no-test'; baseline: number; candidate: number }
  /** mann-whitney with too few values for any p-value to be significant (no test run). */
  | { code: 'mann-whitney-blind'; baseline: number; candidate: number }
  | { code: 'mann-whitney'; pValue: number; u: number; baseline: number; candidate: number }
  /**
   * newey-west: one-sided z test of drift > tolerance on the log ratio of the means of the 5-minute values,
   * Newey-West standard error `se` (Bartlett, `lag` 5-minute values), Holm-adjusted over `comparisons` metrics
   * (`pValue`; `pImprovement` the mirror test's).
   */
  | {
      code: 'newey-west';
      pValue: number;
      pImprovement: number;
      se: number;
      lag: number;
      comparisons: number;
      baseline: number;
      candidate: number;
    };

/**
 * Why a bake tick's interval (or the window pooled behind it, of `pooledSeconds` when longer than the tick)
 * is not enough to count (core/bake/evaluate.ts).
 */
export type IntervalFinding =
  | { code: 'query-warning'; warning: string; pooledSeconds?: number }
  /** Fewer than half the sub-windows have data: a scrape gap or no traffic. */
  | { code: 'gap'; points: number; expected: number; pooledSeconds?: number }
  | { code: 'too-few-events'; events: number; need: number; pooledSeconds?: number }
  /** The metric's data was not collected for the tick (the collection failed). */
  | { code: 'not-collected' }
  /** Enough data, but no value could be computed from it. */
  | { code: 'no-value' };

/** One reading of an SLO'd metric on both windows (core/judge/slo-check.ts): `low`..`high` is the candidate's interval. */
export interface SloReading {
  /** driftgate's estimate, or Prometheus' histogram_quantile over the pooled buckets (what Grafana shows). */
  estimator: 'estimate' | 'histogram_quantile';
  baseline: number | null;
  candidate: number | null;
  low: number | null;
  high: number | null;
}

/**
 * A candidate breaching its SLO (core/judge/slo-check.ts): `new` (the baseline met it under the same reading) or
 * `standing`; `shown` when the candidate's interval lies beyond the objective; `fails` when it fails the gate
 * (a new, shown breach with slo: fail).
 */
export interface SloFinding {
  code: 'slo-breach';
  kind: 'new' | 'standing';
  shown: boolean;
  /** A new breach: the comparison shows the candidate worse than its baseline (the change's interval excludes 0). */
  attributed: boolean;
  fails: boolean;
  op: string;
  objective: number;
  readings: SloReading[];
}

/**
 * One note on a metric, in the order its report lists them: a finding, on one window (`window`: said as
 * "baseline: ...") or on the metric, or a note the collector (collect/) already wrote in words.
 */
export type NoteFinding = { window?: WindowSide } & (
  | { of: 'sufficiency'; finding: SufficiencyFinding }
  | { of: 'estimate'; finding: EstimateFinding }
  | { of: 'drift'; finding: DriftFinding }
  | { of: 'interval'; finding: IntervalFinding }
  | { of: 'slo'; finding: SloFinding }
  /** What a waiver did to a regressed metric (core/waiver/apply.ts), added after the judge's findings. */
  | { of: 'waiver'; finding: WaiverNoteFinding }
  | { of: 'collector'; text: string }
);

/** Why a waiver does not cover a regression, with the values it was checked against (core/waiver/apply.ts, decide.ts). */
export type RejectionFinding =
  | { code: 'expires-not-a-time'; expires: string }
  | { code: 'expired'; expires: string }
  /** The waiver's scope (`waiver`) against the release's (`candidate`). */
  | { code: 'other-service'; waiver: string; candidate: string }
  | { code: 'other-environment'; waiver: string; candidate: string }
  | { code: 'other-versions'; waiver: string[]; candidate: string }
  | { code: 'metric-not-listed'; waiver: string[]; candidate: string }
  /** The regression's drift (null or not finite: unknown) above the waiver's max_drift (fractions). */
  | { code: 'drift-above-max'; drift: number | null; maxDrift: number }
  | { code: 'approval-not-checked' }
  /** The approval is not proven: the prover's words (io/waiver/waiver-github.ts, jira.ts). */
  | { code: 'unproven'; detail: string }
  /**
   * The record is invalid: the loader's problems (null: none were given), after the prover's words when the
   * approval is not proven either (`unproven`).
   */
  | { code: 'invalid-record'; problems: string[] | null; unproven?: string };

/** What applying the waivers notes on a regressed metric (core/waiver/apply.ts applyWaiverOutcomes). */
export type WaiverNoteFinding =
  | { code: 'waived'; waiver: string; approvedBy: string[]; expires: string }
  | { code: 'not-applied'; waiver: string; finding: RejectionFinding };

/** What the bake's settings adjusted, or cannot do (core/bake/bake-settings.ts); the verify shell logs them as warnings. */
export type SettingsFinding =
  /** The judge window (`where`: the input or config key) is longer than the bake: shrunk to whole intervals of it. */
  | { code: 'window-shrunk'; where: string; windowSeconds: number; durationSeconds: number; shrunkSeconds: number }
  /** The ticket rule needs `windows` windows after the warmup (`needsSeconds` in all), longer than the bake. */
  | {
      code: 'ticket-cannot-fire';
      windows: number;
      windowSeconds: number;
      warmupSeconds: number;
      needsSeconds: number;
      durationSeconds: number;
    };
