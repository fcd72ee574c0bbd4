/**
 * From collected data to one tick's measurements: PURE (no I/O). The bake loop collects the whole elapsed
 * bake once (collect.ts: one count vector per sub-window) and, for each tick, this module cuts out
 *   - the evidence for the ratio and SLO rules: the tick's interval (at - interval, at] when it holds enough
 *     events, else the shortest trailing window of whole intervals up to the judge window (2 .. 5 min) that
 *     does, else the bake so far (a growing window): a low-traffic metric is judged on what it has, never
 *     on one thin window. Its statistic (pooled, core/judge/statistic.ts), events, ratio to the baseline, SLO check;
 *   - the trailing judge window (at - window, at], judged against the baseline with the SAME judge as
 *     perf-baseline-compare (core/judge/judge.ts), for the drift (ticket) rule.
 *   - the pooled statistic over the trailing `for` of the ratio and SLO rules ((at - 10m, at], (at - 5m, at]):
 *     a rule fires only when its whole sustained window, pooled, breaches too;
 * A tick whose own interval has no data (scrape gap, query warning) is insufficient whatever the pooled window
 * holds (nothing new was seen); so is one with too few events even over the bake so far. The rules treat an
 * insufficient tick as unknown.
 */

import type { IntervalFinding, NoteFinding } from '../findings/findings.js';
import { type JudgeOptions, judge } from '../judge/judge.js';
import { metricBaseline } from '../judge/release-baseline.js';
import { sloStatus } from '../judge/slo-check.js';
import { estimate, eventsOf } from '../judge/statistic.js';
import { defaultMinEvents, MIN_COVERAGE } from '../judge/sufficiency.js';
import type { MetricBaseline } from '../model/baseline.js';
import type { MethodName } from '../model/comparison.js';
import type { MetricDef } from '../model/metric.js';
import { sliceWindow, type WindowData } from '../model/window.js';
import type { BakeSettings } from './bake-settings.js';
import type { MetricTick, TickEvaluation } from './rules.js';
import { worseRatio } from './rules.js';

export interface BaselineMetric {
  metric: MetricDef;
  data: WindowData;
  /** The release's baseline (core/judge/release-baseline.ts): value, and the other statistics derived from the same data. */
  baseline: MetricBaseline;
  /** The baseline statistic over its whole window (null without data): `baseline.value`. */
  value: number | null;
  /** Where it came from: the baseline store record (computed once when it was promoted) or this bake's window. */
  from: 'store' | 'window';
  /** Whether the baseline meets its SLO on driftgate's estimate (core/judge/slo-check.ts); null without an SLO or a value. */
  sloMet: boolean | null;
  /** The collector's notes, the estimator's findings and the query warnings, in that order. */
  findings: NoteFinding[];
}

export interface EvaluationContext {
  settings: BakeSettings;
  judge: JudgeOptions;
  bakeStart: number;
  baseline: BaselineMetric[];
}

/**
 * The baseline's value per metric, computed once for the whole bake: the stored one when the baseline store
 * record has it, else from the baseline window with the gate's estimator (incidents trimmed as the gate does).
 */
export function summarizeBaseline(
  metric: MetricDef,
  data: WindowData,
  options: { trim?: boolean; stored?: MetricBaseline } = {},
): BaselineMetric {
  const est = estimate(metric, data, { trim: options.trim ?? false });
  const findings: NoteFinding[] = [
    ...data.notes.map((text): NoteFinding => ({ of: 'collector', text })),
    ...est.findings.map((finding): NoteFinding => ({ of: 'estimate', finding })),
    ...data.warnings.map((warning): NoteFinding => ({ of: 'interval', finding: { code: 'query-warning', warning } })),
  ];
  const computed = metricBaseline(metric, data, { trim: options.trim ?? false });
  // The window's own estimate when it has too few events for the stored-baseline rule (as before).
  const own = computed.value ?? (est.value !== null && Number.isFinite(est.value) ? est.value : null);
  const baseline = options.stored ?? { ...computed, value: own };
  const value = baseline.value;
  return {
    metric,
    data,
    baseline,
    value,
    from: options.stored ? 'store' : 'window',
    sloMet: metric.slo ? sloStatus(metric.slo, [value], [value]).baselineMet : null,
    findings,
  };
}

/**
 * The SLO on both sides with the same reading (core/judge/slo-check.ts sloStatus): driftgate's estimate of the tick and of
 * the baseline, so a breach is new only when the baseline met the objective on that same reading. (The gate
 * also reads a histogram quantile as histogram_quantile; a tick's one-minute histogram_quantile is too coarse
 * to roll back on.)
 */
function sloOnBoth(b: BaselineMetric, value: number | null) {
  const slo = b.metric.slo;
  if (!slo || value === null) return { candidateMet: null, baselineMet: b.sloMet };
  return sloStatus(slo, [b.value], [value]);
}

/** Whether an interval counts; when not, why (`finding`). */
interface Sufficiency {
  sufficient: boolean;
  finding?: IntervalFinding;
  events?: number;
}

/** Whether an interval has enough data to count: half its sub-windows, enough events, no warnings. */
export function intervalSufficiency(metric: MetricDef, slice: WindowData): Sufficiency {
  const events = eventsOf(metric, slice.components, slice.points);
  const shown = events === undefined ? {} : { events: Math.round(events) };
  const insufficient = (finding: IntervalFinding): Sufficiency => ({ sufficient: false, finding, ...shown });
  if (slice.warnings.length) return insufficient({ code: 'query-warning', warning: slice.warnings[0] as string });
  const need = Math.max(1, Math.ceil(MIN_COVERAGE * slice.expectedPoints));
  if (slice.points.length < need)
    return insufficient({ code: 'gap', points: slice.points.length, expected: slice.expectedPoints });
  const minEvents = metric.minEvents ?? defaultMinEvents(metric);
  if (events !== undefined && minEvents > 0 && events < minEvents)
    return insufficient({ code: 'too-few-events', events, need: minEvents });
  return { sufficient: true, ...shown };
}

/**
 * Evaluate the tick at `at`. `candidate` holds each metric's data over [bakeStart, T] with T >= at
 * (sub-windows after `at` are ignored), keyed by metric id.
 */
export function evaluateTick(
  ctx: EvaluationContext,
  candidate: Map<string, WindowData>,
  at: number,
  notes: string[] = [],
): TickEvaluation {
  const { settings } = ctx;
  const interval = { start: at - settings.intervalSeconds, end: at };
  const fullWindow = at - ctx.bakeStart >= settings.windowSeconds - 1e-9;
  const judgeWindow = fullWindow ? { start: at - settings.windowSeconds, end: at } : null;

  // The drift judge over the trailing window, all ticket metrics at once (so a multiplicity correction
  // counts them together, as a pre-deploy comparison of the same metrics would), with the ticket rule's method.
  const judged =
    judgeWindow && settings.ticket.enabled
      ? judgeTicketMetrics(ctx, candidate, judgeWindow.start, at, settings.ticket.method)
      : new Map<string, Judged>();
  // The ticket rule's confirmation: at a tick closing a tumbling window, the union of the last `windows`
  // windows judged with ticket.confirm (drift-interval: the pre-deploy gate's statistical proof).
  const union = settings.ticket.windows * settings.windowSeconds;
  const n = (at - ctx.bakeStart) / settings.windowSeconds;
  const closes = judgeWindow !== null && Math.abs(n - Math.round(n)) < 1e-6;
  const confirmed =
    closes && settings.ticket.enabled && settings.ticket.confirm !== 'none' && at - ctx.bakeStart >= union - 1e-9
      ? judgeTicketMetrics(ctx, candidate, at - union, at, settings.ticket.confirm)
      : new Map<string, Judged>();

  const metrics: MetricTick[] = ctx.baseline.map((b) => {
    const data = candidate.get(b.metric.id);
    const ev = data ? evidence(b.metric, data, at, settings, ctx.bakeStart) : undefined;
    const suff: Sufficiency = ev ? ev.sufficiency : { sufficient: false, finding: { code: 'not-collected' } };
    const est = ev?.slice.points.length ? estimate(b.metric, ev.slice).value : null;
    const value = est !== null && Number.isFinite(est) ? est : null;
    const j = judged.get(b.metric.id);
    const cj = confirmed.get(b.metric.id);
    const slo = b.metric.slo ?? null;
    const sustained = data ? sustainedWindows(b, data, at, ctx) : {};
    const sloReading = sloOnBoth(b, value);
    return {
      id: b.metric.id,
      unit: b.metric.unit,
      worse: b.metric.worse,
      applicable: b.data.found || (data?.found ?? false),
      value,
      ...(suff.events !== undefined ? { events: suff.events } : {}),
      sufficient: suff.sufficient && value !== null,
      ...(ev ? { span: ev.span, present: ev.present } : { present: false }),
      ...(suff.finding ? { why: suff.finding } : value === null ? { why: { code: 'no-value' as const } } : {}),
      baseline: b.value,
      ratio: worseRatio(value, b.value, b.metric.worse),
      slo,
      sloMet: sloReading.candidateMet,
      baselineSloMet: sloReading.baselineMet,
      sustained,
      drift: j
        ? {
            verdict: j.verdict,
            drift: j.drift,
            interval: j.interval,
            tolerance: j.tolerance,
            findings: j.findings,
            ...(cj ? { confirm: { verdict: cj.verdict, drift: cj.drift, interval: cj.interval } } : {}),
          }
        : null,
    };
  });
  return { at, bakeStart: ctx.bakeStart, interval, judgeWindow, metrics, notes };
}

type Judged = ReturnType<typeof judge>[number];

/** The ticket metrics judged over (start, end] against the baseline with `method`, by metric id. */
function judgeTicketMetrics(
  ctx: EvaluationContext,
  candidate: Map<string, WindowData>,
  start: number,
  end: number,
  method: MethodName,
): Map<string, Judged> {
  const inputs = ctx.baseline
    .filter((b) => ctx.settings.ticket.metrics.includes(b.metric.id) && candidate.has(b.metric.id))
    .map((b) => ({
      metric: b.metric,
      baseline: b.data,
      candidate: sliceWindow(candidate.get(b.metric.id) as WindowData, start, end),
    }));
  return new Map(judge(inputs, { ...ctx.judge, method }).map((c) => [c.id, c]));
}

/** The candidate pooled over the trailing `for` of the ratio and SLO rules (once that much has elapsed). */
function sustainedWindows(
  b: BaselineMetric,
  data: WindowData,
  at: number,
  ctx: EvaluationContext,
): NonNullable<MetricTick['sustained']> {
  const out: NonNullable<MetricTick['sustained']> = {};
  const slo = b.metric.slo ?? null;
  for (const span of new Set([ctx.settings.ratio.forSeconds, ctx.settings.slo.forSeconds])) {
    if (span > at - ctx.bakeStart + 1e-9) continue;
    const slice = sliceWindow(data, at - span, at);
    const est = slice.points.length ? estimate(b.metric, slice).value : null;
    const v = est !== null && Number.isFinite(est) ? est : null;
    out[span] = {
      value: v,
      ratio: worseRatio(v, b.value, b.metric.worse),
      sloMet: slo ? sloOnBoth(b, v).candidateMet : null,
      sufficient: v !== null && intervalSufficiency(b.metric, slice).sufficient,
    };
  }
  return out;
}

/**
 * The evidence for one metric at tick `at`: the own interval if it has enough events, else the shortest
 * trailing window of whole intervals up to the judge window, else the bake so far. `present` says whether
 * the own interval had data at all; without it the tick is insufficient (a gap is never filled by old data).
 */
export function evidence(
  metric: MetricDef,
  data: WindowData,
  at: number,
  settings: BakeSettings,
  bakeStart: number,
): {
  slice: WindowData;
  span: number;
  present: boolean;
  sufficiency: Sufficiency;
} {
  const own = sliceWindow(data, at - settings.intervalSeconds, at);
  const ownSuff = intervalSufficiency(metric, own);
  const hasData =
    own.warnings.length === 0 && own.points.length >= Math.max(1, Math.ceil(MIN_COVERAGE * own.expectedPoints));
  if (ownSuff.sufficient || !hasData)
    return { slice: own, span: settings.intervalSeconds, present: hasData, sufficiency: ownSuff };
  const spans: number[] = [];
  for (let l = 2 * settings.intervalSeconds; l <= settings.windowSeconds + 1e-9; l += settings.intervalSeconds)
    spans.push(l);
  const sinceStart = at - bakeStart;
  if (sinceStart > (spans[spans.length - 1] ?? settings.intervalSeconds)) spans.push(sinceStart);
  let last = { slice: own, span: settings.intervalSeconds, sufficiency: ownSuff };
  for (const span of spans) {
    if (span > sinceStart + 1e-9) break;
    const slice = sliceWindow(data, at - span, at);
    const sufficiency = intervalSufficiency(metric, slice);
    last = { slice, span, sufficiency };
    if (sufficiency.sufficient) return { ...last, present: true };
  }
  const { finding } = last.sufficiency;
  const pooled = finding && last.span > settings.intervalSeconds ? { ...finding, pooledSeconds: last.span } : finding;
  return {
    ...last,
    present: true,
    sufficiency: { ...last.sufficiency, sufficient: false, ...(pooled ? { finding: pooled } : {}) },
  };
}
