/**
 * One baseline per release and metric (PURE): computed once from the stable version's data, with the gate's
 * own estimator (core/judge/statistic.ts, incidents trimmed as the config says), and stored with the baseline store
 * record (io/store/baseline-store.ts) and the bake's evidence. The gate, every bake tick and the watch's rules use it.
 *
 * Where a stage needs another statistic, it is derived from the same data and named:
 *   - `histogramQuantile`: Prometheus' histogram_quantile over the window's pooled buckets (the dashboard's
 *     reading; core/judge/slo-check.ts reads an SLO both ways);
 *   - `histogramQuantile5m`: the median of the window's 5-minute histogram_quantile values, what the watch's
 *     rules compare their live 5-minute histogram_quantile with (watchBaselineValue).
 */
import { BASELINE_ESTIMATOR, type MetricBaseline, type ReleaseBaseline } from '../model/baseline.js';
import type { MetricDef } from '../model/metric.js';
import type { WindowData } from '../model/window.js';
import { linearQuantile } from './slo-check.js';
import { bucketPoints, estimate, eventsOf } from './statistic.js';
import { defaultMinEvents } from './sufficiency.js';

/** The watch's evaluation window: its rules compare 5-minute statistics. */
export const WATCH_STATISTIC_SECONDS = 300;

export interface BaselineOptions {
  /** Leave transient incidents out, as the gate does (config trim_incidents). */
  trim: boolean;
}

const finite = (v: number | null | undefined): number | null =>
  v !== null && v !== undefined && Number.isFinite(v) ? v : null;

function median(xs: number[]): number | null {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

/** One metric's baseline from its window's data (see the module comment). */
export function metricBaseline(metric: MetricDef, data: WindowData, options: BaselineOptions): MetricBaseline {
  const events = eventsOf(metric, data.components, data.points);
  const enough = events === undefined || events >= (metric.minEvents ?? defaultMinEvents(metric));
  const value = data.points.length && enough ? finite(estimate(metric, data, { trim: options.trim }).value) : null;
  const out: MetricBaseline = { value, ...(events !== undefined ? { events: Math.round(events) } : {}) };
  if (metric.kind !== 'histogram_quantile') return out;
  const fives = bucketPoints(data, WATCH_STATISTIC_SECONDS)
    .map((b) => linearQuantile(metric, { ...data, points: b.points }))
    .filter((v): v is number => v !== null);
  return {
    ...out,
    histogramQuantile: value === null ? null : linearQuantile(metric, data),
    histogramQuantile5m: value === null ? null : median(fives),
  };
}

/** Every metric's baseline, by metric id (metrics without data are left out). */
export function releaseBaseline(
  metrics: MetricDef[],
  data: (id: string) => WindowData | undefined,
  options: BaselineOptions,
): ReleaseBaseline {
  const out: Record<string, MetricBaseline> = {};
  for (const m of metrics) {
    const d = data(m.id);
    if (d) out[m.id] = metricBaseline(m, d, options);
  }
  return { estimator: BASELINE_ESTIMATOR, trimIncidents: options.trim, metrics: out };
}

/**
 * The value the watch's rules compare with, and which statistic it is: for a histogram quantile the median
 * 5-minute histogram_quantile (its alert expressions evaluate histogram_quantile over 5 minutes), else the
 * baseline itself. The interface the watch's rule builder consumes (flows/watch/watch-plan.ts measureBaseline).
 */
export function watchBaselineValue(
  metric: MetricDef,
  b: MetricBaseline | undefined,
): { value: number | null; statistic: 'estimate' | 'histogram_quantile_5m' } {
  if (!b || b.value === null) return { value: null, statistic: 'estimate' };
  if (metric.kind === 'histogram_quantile' && finite(b.histogramQuantile5m) !== null)
    return { value: b.histogramQuantile5m as number, statistic: 'histogram_quantile_5m' };
  return { value: b.value, statistic: 'estimate' };
}

/** A stored baseline value that the same window's data no longer gives (relative difference beyond `within`). */
export interface StoredBaselineDrift {
  metric: string;
  stored: number;
  computed: number | null;
}

/**
 * Where a stored release baseline and the one computed again from its window disagree (the data was
 * re-aggregated or deleted, or the estimator settings changed since the promotion): one entry per metric.
 */
export function storedBaselineDrift(
  stored: ReleaseBaseline | undefined,
  computed: ReleaseBaseline,
  within = 0.005,
): StoredBaselineDrift[] {
  if (!stored) return [];
  const out: StoredBaselineDrift[] = [];
  for (const [id, s] of Object.entries(stored.metrics)) {
    const c = computed.metrics[id]?.value ?? null;
    if (s.value === null) continue;
    if (c === null || Math.abs(c - s.value) > within * Math.max(Math.abs(s.value), 1e-12))
      out.push({ metric: id, stored: s.value, computed: c });
  }
  return out;
}
