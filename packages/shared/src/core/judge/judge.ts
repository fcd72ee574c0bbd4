/**
 * The judge: pure functions from collected window data to per-metric comparisons and an overall verdict.
 * No I/O here. Methods: drift-interval (default, drift-interval.ts) and the reference judges
 * mean-threshold and mann-whitney (reference.ts). Sufficiency rules (sufficiency.ts) are shared.
 */

import type { EstimateFinding, EvidenceFinding, NoteFinding, WindowSide } from '../findings/findings.js';
import type { MethodName, MetricComparison, WindowSummary } from '../model/comparison.js';
import { type MetricDef, sloText } from '../model/metric.js';
import type { WindowData } from '../model/window.js';
import { DEFAULT_SYSTEMATIC } from './calibration.js';
import { changeInterval, changeOf, type JudgedValue, judgedValues } from './change.js';
import { type DriftResult, judgeDriftInterval } from './drift-interval.js';
import { holmAdjust, judgeReference } from './reference.js';
import { judgeSlo, linearQuantile, type SloMode } from './slo-check.js';
import { bucketPoints, type Estimate, eventsOf, windowValue } from './statistic.js';
import { checkSufficiency } from './sufficiency.js';

export interface JudgeInput {
  metric: MetricDef;
  baseline: WindowData;
  candidate: WindowData;
  /** The baseline version's data before the baseline window (calibration.ts), when collected. */
  history?: WindowData;
}

export interface JudgeOptions {
  method: MethodName;
  /** Default tolerance (fraction) for metrics without their own. */
  tolerance: number;
  /** Family-wise confidence (drift-interval), default 0.95. */
  confidence: number;
  /** Between-window uncertainty of an unchanged release (drift-interval), default 0.03. */
  systematic?: number;
  /** Leave transient incidents out of each window (drift-interval), default true. */
  trimIncidents?: boolean;
  /** A new SLO breach the data show: fail (default) or warn (core/judge/slo-check.ts). */
  slo?: SloMode;
}

export { DEFAULT_SYSTEMATIC } from './calibration.js';

export const METHODS: readonly MethodName[] = ['drift-interval', 'mean-threshold', 'mann-whitney', 'newey-west'];

const CHART_SECONDS = 300;

function summary(metric: MetricDef, data: WindowData, est: Estimate | null): WindowSummary {
  const events = eventsOf(metric, data.components, data.points);
  const series = bucketPoints(data, CHART_SECONDS)
    .map((b) => [b.t, windowValue(metric, data, b.points)] as [number, number | null])
    .filter((p): p is [number, number] => p[1] !== null && Number.isFinite(p[1]));
  return {
    value: est?.value ?? windowValue(metric, data),
    windows: data.points.length,
    expectedWindows: data.expectedPoints,
    ...(events !== undefined ? { events: Math.round(events) } : {}),
    series,
  };
}

/**
 * The value an SLO is judged on: the less favourable of driftgate's estimate and Prometheus' histogram_quantile
 * (core/judge/slo-check.ts decides the SLO with each reading on both sides).
 */
export function sloValue(
  metric: MetricDef,
  slo: NonNullable<MetricDef['slo']>,
  data: WindowData,
  estimateValue: number | null,
): { value: number | null; finding?: EstimateFinding } {
  if (estimateValue === null) return { value: null };
  const linear = linearQuantile(metric, data);
  if (linear === null) return { value: estimateValue };
  const higherIsWorse = slo.op === '<=' || slo.op === '<';
  const value = higherIsWorse ? Math.max(linear, estimateValue) : Math.min(linear, estimateValue);
  if (value === estimateValue) return { value };
  return { value, finding: { code: 'slo-on-linear-quantile', value, estimate: estimateValue } };
}

/** What a method (or the sufficiency check before it) returns for one metric. */
interface MethodResult {
  drift: number | null;
  interval?: MetricComparison['interval'];
  detectable?: number | null;
  windowFactor?: number | null;
  systematic?: DriftResult['systematic'];
  evidence: EvidenceFinding | null;
  verdict: MetricComparison['verdict'];
  findings: NoteFinding[];
  baseline: Estimate | null;
  candidate: Estimate | null;
}

/**
 * A metric as the judge returns it: its comparison with what the judge found (codes and numbers, in the order
 * of the notes) in place of the notes, and its evidence as a finding; the layer above says them (core/report/prose.ts
 * withNotes).
 */
export type JudgedMetric = Omit<MetricComparison, 'notes' | 'evidence'> & {
  evidence: EvidenceFinding | null;
  findings: NoteFinding[];
};

const estimated = (findings: EstimateFinding[], window?: WindowSide): NoteFinding[] =>
  findings.map((finding) => ({ ...(window ? { window } : {}), of: 'estimate', finding }));

const collected = (notes: string[], window?: WindowSide): NoteFinding[] =>
  notes.map((text) => ({ ...(window ? { window } : {}), of: 'collector', text }));

/** A finding's identity, for saying each once. */
const key = (f: NoteFinding) => JSON.stringify(f);

export function judge(inputs: JudgeInput[], options: JudgeOptions): JudgedMetric[] {
  const checked = inputs.map((input) => ({
    input,
    suff: checkSufficiency(input.metric, input.baseline, input.candidate, options.method),
  }));
  // Multiplicity: count the metrics that are actually compared.
  const comparisons = checked.filter((c) => c.suff.verdict === null).length;
  const judged = checked.map(({ input, suff }) => {
    const tolerance = input.metric.tolerance ?? options.tolerance;
    const findings: NoteFinding[] = [
      ...suff.findings.map((finding): NoteFinding => ({ of: 'sufficiency', finding })),
      ...collected(suff.hints),
    ];
    const result: MethodResult =
      suff.verdict !== null
        ? { drift: null, evidence: null, verdict: suff.verdict, findings, baseline: null, candidate: null }
        : judgeWithMethod(input, options, tolerance, comparisons);
    return { input, tolerance, result };
  });
  if (options.method === 'newey-west')
    holm(
      judged.map((j) => j.result),
      1 - options.confidence,
    );
  return judged.map(({ input, tolerance, result }) => comparisonOf(input, options, tolerance, result));
}

/**
 * newey-west's multiplicity: Holm's step-down over the metrics it tested, on each direction's one-sided
 * p-values; a metric regresses (improves) when its adjusted p-value is below the family-wise alpha
 * (1 - confidence, 0.05 by default).
 */
function holm(results: MethodResult[], alpha: number): void {
  const tested = results.filter((r) => r.evidence?.code === 'newey-west');
  const worse = holmAdjust(tested.map((r) => (r.evidence as { pValue: number }).pValue));
  const better = holmAdjust(tested.map((r) => (r.evidence as { pImprovement: number }).pImprovement));
  tested.forEach((r, i) => {
    const e = r.evidence as Extract<EvidenceFinding, { code: 'newey-west' }>;
    r.evidence = { ...e, pValue: worse[i] as number, pImprovement: better[i] as number, comparisons: tested.length };
    r.verdict = (worse[i] as number) < alpha ? 'regression' : (better[i] as number) < alpha ? 'improvement' : 'pass';
  });
}

function judgeWithMethod(
  input: JudgeInput,
  options: JudgeOptions,
  tolerance: number,
  comparisons: number,
): MethodResult {
  const { metric, baseline, candidate } = input;
  if (options.method !== 'drift-interval') {
    const r = judgeReference(options.method, metric, baseline, candidate, tolerance);
    return { ...r, findings: estimated(r.findings) };
  }
  const r = judgeDriftInterval(metric, baseline, candidate, {
    tolerance,
    familyAlpha: 1 - options.confidence,
    comparisons,
    systematic: options.systematic ?? DEFAULT_SYSTEMATIC,
    trim: options.trimIncidents ?? true,
    ...(input.history ? { history: input.history } : {}),
  });
  // The estimators' findings on each window, then the judge's.
  const findings: NoteFinding[] = [
    ...estimated(r.baseline.findings, 'baseline'),
    ...estimated(r.candidate.findings, 'candidate'),
    ...r.findings.map((finding): NoteFinding => ({ of: 'drift', finding })),
  ];
  return { ...r, findings };
}

/** One metric's comparison: both windows' summaries, the SLO on each, and the findings (why first). */
function comparisonOf(input: JudgeInput, options: JudgeOptions, tolerance: number, result: MethodResult): JudgedMetric {
  const { metric, baseline, candidate } = input;
  const judgedSides = sidesJudged(input, options, result);
  const b = { ...summary(metric, baseline, result.baseline), ...judgedSides.baseline };
  const c = { ...summary(metric, candidate, result.candidate), ...judgedSides.candidate };
  const slo = metric.slo ?? null;
  const sloC = slo ? sloValue(metric, slo, candidate, c.value) : null;
  const change = changeOf({ drift: result.drift, worse: metric.worse });
  const changeBounds = result.interval ? changeInterval({ interval: result.interval, worse: metric.worse }) : null;
  const sloJ =
    slo && result.verdict !== 'not-applicable'
      ? judgeSlo({
          metric,
          slo,
          baseline,
          candidate,
          baselineValue: b.value,
          candidateValue: c.value,
          change: change !== null && changeBounds ? { value: change, ...changeBounds } : null,
          mode: options.slo ?? 'fail',
        })
      : null;
  // Why a metric could not be judged comes first (the headline quotes the first note).
  const findings = [
    ...(result.verdict === 'inconclusive' ? result.findings : []),
    ...collected(baseline.notes, 'baseline'),
    ...collected(candidate.notes, 'candidate'),
    ...result.findings,
    ...(sloC?.finding ? estimated([sloC.finding], 'candidate') : []),
    ...(sloJ?.finding ? [{ of: 'slo' as const, finding: sloJ.finding }] : []),
  ];
  return {
    id: metric.id,
    title: metric.title,
    unit: metric.unit,
    kind: metric.kind,
    worse: metric.worse,
    tolerance,
    queries: { baseline: baseline.queries, candidate: candidate.queries },
    baseline: b,
    candidate: c,
    drift: result.drift,
    interval: result.interval ?? null,
    ...(options.method === 'drift-interval' ? { detectable: result.detectable ?? null } : {}),
    ...(result.windowFactor !== undefined ? { windowFactor: result.windowFactor } : {}),
    ...(result.systematic ? { systematic: systematicRecord(result.systematic) } : {}),
    evidence: result.evidence,
    slo: {
      objective: slo,
      text: sloText(slo ?? undefined, metric.unit),
      candidateMet: sloJ?.candidateMet ?? null,
      baselineMet: sloJ?.baselineMet ?? null,
      ...(sloJ?.candidateValue !== undefined ? { candidateValue: sloJ.candidateValue } : {}),
      ...(sloJ?.finding
        ? {
            breach: {
              kind: sloJ.finding.kind,
              shown: sloJ.finding.shown,
              attributed: sloJ.finding.attributed,
              fails: sloJ.finding.fails,
            },
          }
        : {}),
      ...(sloJ ? { readings: sloJ.readings } : {}),
    },
    verdict: result.verdict,
    findings: [...new Map(findings.map((f) => [key(f), f])).values()],
  };
}

/** Each side's judged value where it is not the plain statistic (core/judge/change.ts judgedValues). */
function sidesJudged(
  input: JudgeInput,
  options: JudgeOptions,
  result: MethodResult,
): { baseline?: { judged: JudgedValue }; candidate?: { judged: JudgedValue } } {
  if (options.method !== 'drift-interval' || result.drift === null || !result.baseline || !result.candidate) return {};
  const { metric } = input;
  const codes = new Set(result.findings.map((f) => (f.of === 'drift' ? f.finding.code : '')));
  const corrected = codes.has('zero-count-corrected');
  const cEst = result.candidate;
  const scale = metric.kind === 'ratio' ? (metric.scale ?? 1) : 1;
  const adjusted = corrected
    ? {
        reason: 'corrected' as const,
        ...(cEst.numeratorEvents !== undefined && cEst.events
          ? { candidate: (scale * (cEst.numeratorEvents + 0.5)) / cEst.events }
          : {}),
      }
    : null;
  const trimmed = { baseline: !!result.baseline.excluded, candidate: !!cEst.excluded };
  const sides = judgedValues({
    worse: metric.worse,
    drift: result.drift,
    raw: {
      baseline: trimmed.baseline ? windowValue(metric, input.baseline) : result.baseline.value,
      candidate: trimmed.candidate ? windowValue(metric, input.candidate) : cEst.value,
    },
    estimate: { baseline: result.baseline.value, candidate: cEst.value },
    trimmed,
    adjusted,
  });
  return {
    ...(sides.baseline ? { baseline: { judged: sides.baseline } } : {}),
    ...(sides.candidate ? { candidate: { judged: sides.candidate } } : {}),
  };
}

function systematicRecord(s: NonNullable<DriftResult['systematic']>): NonNullable<MetricComparison['systematic']> {
  return {
    value: s.value,
    source: s.source,
    ...(s.trend
      ? { trend: { shift: Math.expm1(s.trend.shift), sd: Math.sqrt(s.trend.variance), gapSeconds: s.trend.gapSeconds } }
      : {}),
    ...(s.pairs !== undefined ? { pairs: s.pairs } : {}),
    ...(s.measured !== undefined ? { measured: s.measured } : {}),
    ...(s.lagSeconds !== undefined ? { lagSeconds: s.lagSeconds } : {}),
    ...(s.reason ? { reason: s.reason } : {}),
  };
}
