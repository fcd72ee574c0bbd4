/**
 * The SLO decision (PURE): whether a candidate breaches an absolute objective, whether that breach is NEW
 * (the baseline met it) or STANDING (the baseline breached it too), and whether the data SHOW it.
 *
 * One estimator on both sides. A histogram quantile has two readings of the same buckets: driftgate's estimate
 * (core/judge/statistic.ts, log-probit inside the bucket) and Prometheus' histogram_quantile (linear inside the
 * bucket: what Grafana and the watch's rules show). Each reading is taken on the baseline AND the candidate;
 * the candidate breaches when it breaches under either reading (it never reads "ok" where the dashboard shows
 * a breach), and the breach is standing when, under a reading on which the candidate breaches, the baseline
 * breaches too. So a breach is never called new by comparing one reading of the baseline with the other of
 * the candidate.
 *
 * Shown: the candidate's interval lies beyond the objective. The interval is the comparison's own interval of
 * the change (candidate / baseline - 1, with its between-window term and multiplicity) carried onto the
 * candidate's value under each reading: a candidate hovering at its objective by noise is not shown to breach.
 * Attributed: a new breach fails the gate only when the same interval shows the candidate worse than its
 * baseline (it lies on the worse side of no change); a release that changed nothing does not fail because its
 * candidate window read a little above an objective its baseline window read a little below.
 */
import type { SloFinding, SloReading } from '../findings/findings.js';
import { type MetricDef, type Slo, sloMet } from '../model/metric.js';
import type { WindowData } from '../model/window.js';
import { histogramQuantile, pool } from './statistic.js';

export type SloMode = 'fail' | 'warn';
export const SLO_MODES: readonly SloMode[] = ['fail', 'warn'];

/** Prometheus' histogram_quantile over the window's pooled buckets; null for other kinds or no data. */
export function linearQuantile(metric: MetricDef, data: WindowData): number | null {
  if (metric.kind !== 'histogram_quantile' || data.points.length === 0) return null;
  const bounds = data.components.map((c) => (c === '+Inf' ? Number.POSITIVE_INFINITY : Number(c)));
  const v = histogramQuantile(metric.quantile, bounds, pool(data.points, data.components.length))?.value;
  return v !== undefined && Number.isFinite(v) ? v : null;
}

/** The readings of one window: driftgate's estimate, and histogram_quantile for a histogram quantile. */
export function sloReadings(
  metric: MetricDef,
  data: WindowData,
  estimateValue: number | null,
): Array<{ estimator: SloReading['estimator']; value: number | null }> {
  const out: Array<{ estimator: SloReading['estimator']; value: number | null }> = [
    { estimator: 'estimate', value: estimateValue },
  ];
  if (metric.kind === 'histogram_quantile')
    out.push({ estimator: 'histogram_quantile', value: linearQuantile(metric, data) });
  return out;
}

/** Whether higher values are the bad side of the objective. */
const higherIsWorse = (slo: Slo) => slo.op === '<=' || slo.op === '<';

/**
 * Candidate met / baseline met, each reading on both sides. candidateMet: met under every reading (null: no
 * reading). baselineMet: when the candidate breaches, false if the baseline breaches under a reading on which
 * the candidate breaches (standing), else true; when the candidate meets, met under every reading.
 */
export function sloStatus(
  slo: Slo,
  baseline: Array<number | null>,
  candidate: Array<number | null>,
): { candidateMet: boolean | null; baselineMet: boolean | null } {
  const met = (v: number | null | undefined) => (v === null || v === undefined ? null : sloMet(slo, v));
  const c = candidate.map(met);
  const b = baseline.map(met);
  const candidateMet = c.every((x) => x === null) ? null : !c.some((x) => x === false);
  const known = b.filter((x) => x !== null);
  let baselineMet: boolean | null = known.length ? !known.includes(false) : null;
  if (candidateMet === false && baselineMet === false) {
    // Standing only on a reading the candidate breaches on.
    baselineMet = !c.some((x, i) => x === false && b[i] === false);
  }
  return { candidateMet, baselineMet };
}

export interface SloInput {
  metric: MetricDef;
  slo: Slo;
  baseline: WindowData;
  candidate: WindowData;
  /** driftgate's estimates (the table's values). */
  baselineValue: number | null;
  candidateValue: number | null;
  /** The change's interval as it happened (candidate / baseline - 1), and its point value; null: no interval. */
  change: { value: number; low: number; high: number } | null;
  mode: SloMode;
}

export interface SloJudgement {
  candidateMet: boolean | null;
  baselineMet: boolean | null;
  /** The less favourable reading of the candidate when it is not the estimate (the table's SLO cell). */
  candidateValue?: number;
  readings: SloReading[];
  /** Set when the candidate breaches. */
  finding?: SloFinding;
}

/** The SLO of one metric in a comparison (see the module comment). */
export function judgeSlo(input: SloInput): SloJudgement {
  const { slo, change } = input;
  const b = sloReadings(input.metric, input.baseline, input.baselineValue);
  const c = sloReadings(input.metric, input.candidate, input.candidateValue);
  const readings: SloReading[] = c.map((r, i) => {
    const bv = b[i]?.value ?? null;
    const cv = r.value;
    const bounds =
      change && cv !== null && 1 + change.value > 0
        ? [(cv * (1 + change.low)) / (1 + change.value), (cv * (1 + change.high)) / (1 + change.value)]
        : null;
    return { estimator: r.estimator, baseline: bv, candidate: cv, low: bounds?.[0] ?? null, high: bounds?.[1] ?? null };
  });
  const status = sloStatus(
    slo,
    readings.map((r) => r.baseline),
    readings.map((r) => r.candidate),
  );
  const worst = lessFavourable(
    slo,
    readings.map((r) => r.candidate),
  );
  const out: SloJudgement = {
    ...status,
    readings,
    ...(worst !== null && worst !== input.candidateValue ? { candidateValue: worst } : {}),
  };
  if (status.candidateMet !== false) return out;
  const kind = status.baselineMet === false ? 'standing' : 'new';
  // Shown: under a reading on which the candidate breaches, its whole interval lies beyond the objective.
  const shown = readings.some((r) => {
    if (r.candidate === null || sloMet(slo, r.candidate)) return false;
    const inner = higherIsWorse(slo) ? r.low : r.high;
    return inner !== null && !sloMet(slo, inner);
  });
  // A NEW breach is the release's only when the comparison shows the candidate worse than its baseline: a
  // candidate at its objective whose change is within noise (an unchanged release) breaches by chance, as often
  // under Prometheus' linear reading, which jumps where the quantile crosses into a wider bucket.
  const attributed =
    kind === 'standing' || (change !== null && (higherIsWorse(slo) ? change.low > 0 : change.high < 0));
  out.finding = {
    code: 'slo-breach',
    kind,
    shown,
    attributed,
    fails: kind === 'new' && shown && attributed && input.mode === 'fail',
    op: slo.op,
    objective: slo.value,
    readings,
  };
  return out;
}

function lessFavourable(slo: Slo, values: Array<number | null>): number | null {
  const xs = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (!xs.length) return null;
  return higherIsWorse(slo) ? Math.max(...xs) : Math.min(...xs);
}
