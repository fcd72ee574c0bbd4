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
 *
 * One module per part under bake/rules/: types.ts, signals.ts (what a tick says for each rule), sustained.ts
 * (the streaks of the ratio and SLO rules), ratio.ts, slo.ts, drift.ts (one rule each), conclusion.ts (coverage,
 * unjudged metrics, the verdict) and engine.ts (BakeRules, which feeds them). This module is their entry.
 */

export { BakeRules } from './rules/engine.js';
export type {
  BakeVerdict,
  Conclusion,
  FiredRule,
  MetricTick,
  RuleAction,
  RuleEvent,
  RuleName,
  Signal,
  SloBreach,
  TickEvaluation,
} from './rules/rule-types.js';
export {
  closesWindow,
  confirmsDrift,
  driftSignal,
  ratioSignal,
  sloSignal,
  worseRatio,
} from './rules/signals.js';
export { MIN_BREACHING_SHARE } from './rules/sustained.js';
