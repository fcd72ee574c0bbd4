/**
 * Collecting a metric's data for one window: the PromQL from promql.ts, evaluated as range queries with
 * step = the resolution (sub-window length), turned into per-sub-window COUNT VECTORS.
 *
 * Every metric kind becomes the same shape, so the judge can pool and resample uniformly:
 *   histogram_quantile  components = bucket upper bounds (le), values = cumulative counts in the sub-window
 *   ratio               components = [numerator, denominator]   (increase in the sub-window)
 *   rate                components = [count, seconds]
 *   gauge / promql      components = [value, 1]
 * Pooling a window = summing the vectors; the statistic of the pooled vector is the window's value
 * (core/judge/statistic.ts). A sub-window with no data is simply absent (scrape gaps, not-yet-deployed).
 */
import { ConfigurationError, SourceError } from '../../core/errors.js';
import type { LabelNames, MetricDef } from '../../core/model/metric.js';
import { NO_LABEL } from '../../core/model/metric.js';
import type { Target, WindowData } from '../../core/model/window.js';
import {
  amountTotalQuery,
  DEFAULT_SCRAPE_INTERVAL,
  isCounterKind,
  metricQueries,
  quoteLabelValue,
  rangeText,
  selector,
  versionMatched,
} from '../../core/promql.js';
import { formatDuration, isoTime, type TimeWindow } from '../../core/time.js';
import type { MetricSource, QueryResult, Series } from '../sources/source-types.js';
import { MAX_POINTS_PER_SERIES } from '../sources/source-types.js';

export interface CollectOptions {
  labels: LabelNames;
  /** Preferred sub-window length in seconds (default 60); raised if the window would exceed 11,000 points. */
  resolution: number;
  /**
   * The targets' scrape interval in seconds (default 15): counter ranges are one scrape longer than the step.
   * 'auto' (measured by scrape.ts before collecting) counts as the default here.
   */
  scrapeInterval?: number | 'auto';
  /** Per metric id, overriding scrapeInterval (scrape.ts: withScrapeIntervals). */
  scrapeIntervals?: Record<string, number>;
}

function scaleResult(r: QueryResult, factor: number): QueryResult {
  return {
    ...r,
    series: r.series.map((s) => ({ ...s, samples: s.samples.map((x) => ({ t: x.t, v: x.v * factor })) })),
  };
}

/**
 * The sub-window length for a metric: the configured resolution, raised to a whole multiple of it that is
 * at least the metric's sample interval. A sub-window shorter than the interval between samples holds no
 * sample of its own (a counter's rate is empty, a gauge repeats its neighbour's sample), so a series scraped
 * every 5 minutes (CloudWatch through an exporter) is judged on 5-minute sub-windows.
 */
export function subWindowFor(resolution: number, scrapeSeconds: number): number {
  return resolution * Math.max(1, Math.ceil(scrapeSeconds / resolution - 1e-9));
}

export function stepFor(window: TimeWindow, resolution: number): number {
  const span = window.end - window.start;
  const factor = Math.max(1, Math.ceil(span / resolution / MAX_POINTS_PER_SERIES));
  return resolution * factor;
}

/** Range-query parameters: points at start+step, start+2*step, ..., each covering exactly one sub-window. */
export function rangeFor(window: TimeWindow, step: number): { start: number; end: number; count: number } {
  const count = Math.floor((window.end - window.start) / step + 1e-9);
  return { start: window.start + step, end: window.start + count * step, count };
}

function scrapeOf(metric: MetricDef, options: CollectOptions): number {
  const configured = typeof options.scrapeInterval === 'number' ? options.scrapeInterval : DEFAULT_SCRAPE_INTERVAL;
  return options.scrapeIntervals?.[metric.id] ?? configured;
}

/**
 * `step`: the sub-window length to use instead of the one derived from the window (history is read at its
 * baseline window's step, so the two are comparable).
 */
export async function collectMetric(
  source: MetricSource,
  metric: MetricDef,
  target: Target,
  window: TimeWindow,
  options: CollectOptions,
  forcedStep?: number,
): Promise<WindowData> {
  const scrape = scrapeOf(metric, options);
  const step = forcedStep ?? stepFor(window, subWindowFor(options.resolution, scrape));
  const range = rangeFor(window, step);
  const queries = metricQueries(metric, options.labels, target, step, scrape);
  const base: WindowData = {
    metricId: metric.id,
    target,
    window,
    step,
    components: [],
    points: [],
    expectedPoints: range.count,
    queries,
    warnings: [],
    found: false,
    notes: [],
  };
  if (range.count < 1) {
    base.notes.push(`window shorter than one sub-window (${step}s)`);
    return base;
  }
  if (step > options.resolution && scrape > options.resolution) {
    base.notes.push(
      `sub-windows of ${formatDuration(step)}: the ${formatDuration(options.resolution)} resolution raised to the ${formatDuration(scrape)} sample interval`,
    );
  }
  const results: QueryResult[] = [];
  for (const query of queries) {
    const result = await source.queryRange({ query, start: range.start, end: range.end, step });
    refuseOutOfRange(metric, result, range.start, range.end);
    results.push(result);
  }
  base.warnings = results.flatMap((r) => r.warnings);
  // Counters come back as per-second rates over the sub-window: counts = rate x step.
  const scaled = isCounterKind(metric) ? results.map((r) => scaleResult(r, step)) : results;
  const { results: kept, note } = dropNegative(metric, scaled);
  const shaped = shape(metric, kept, step);
  if (note) shaped.notes.push(note);
  const total = amountTotalQuery(metric, options.labels, target, range.count * step);
  if (total && shaped.points.length > 0) await scaleToTotal(source, total, range.end, shaped);
  return { ...base, ...shaped, notes: [...base.notes, ...shaped.notes] };
}

/** A larger correction than this is said in a note. */
const AMOUNT_NOTE_THRESHOLD = 0.02;

/**
 * An amount's sub-window counts (component 0), scaled so that they add up to the window's own increase
 * (promql.ts amountTotalQuery says why they do not). The sub-windows keep their shares of it, so the within-window
 * variation, and with it the variance, is what was measured. Left as they are when the total cannot be read (a
 * recording made without that query) or either sum is not positive (no growth: nothing to scale).
 */
async function scaleToTotal(source: MetricSource, query: string, time: number, shaped: Shaped): Promise<void> {
  let total: number | undefined;
  try {
    const { series } = await source.queryInstant(query, time);
    const v = series.length === 1 ? series[0]?.samples[series[0].samples.length - 1]?.v : undefined;
    total = v !== undefined && Number.isFinite(v) ? v : undefined;
  } catch (e) {
    if (!(e instanceof SourceError)) throw e;
    shaped.notes.push('the window total of the amount was not read: its sub-window rates are used as they are');
    return;
  }
  const sum = shaped.points.reduce((a, p) => a + (p.c[0] as number), 0);
  if (total === undefined || !(total > 0) || !(sum > 0)) return;
  const factor = total / sum;
  for (const p of shaped.points) p.c = [(p.c[0] as number) * factor, ...p.c.slice(1)];
  if (Math.abs(factor - 1) > AMOUNT_NOTE_THRESHOLD) {
    shaped.notes.push(
      `the sub-window rates of this amount add up to ${(100 / factor).toFixed(0)}% of its increase over the window (an amount updated in steps, scraped at an interval that does not divide them): scaled to the window's increase`,
    );
  }
}

/** Largest relative fall between adjacent cumulative buckets still taken for rounding or extrapolation. */
const BUCKET_ROUNDING = 0.01;

function monotonicWithinRounding(c: number[]): boolean {
  for (let i = 1; i < c.length; i++) {
    const prev = c[i - 1] as number;
    const fall = prev - (c[i] as number);
    if (fall > 1e-9 && fall > BUCKET_ROUNDING * Math.abs(prev)) return false;
  }
  return true;
}

/**
 * A range query's samples lie in [start, end]: samples stamped elsewhere (a proxy or recording that mixes
 * windows) would be judged as this window, so they are refused with an error naming the metric.
 */
function refuseOutOfRange(metric: MetricDef, result: QueryResult, start: number, end: number): void {
  let outside = 0;
  let first: number | undefined;
  for (const s of result.series) {
    for (const x of s.samples) {
      if (x.t < start - 1e-3 || x.t > end + 1e-3) {
        outside++;
        first ??= x.t;
      }
    }
  }
  if (outside > 0) {
    throw new SourceError(
      `metrics.${metric.id}: the metrics server answered ${outside} sample(s) stamped outside the requested range ${isoTime(start)}..${isoTime(end)} (first at ${isoTime(first as number)}): refusing to judge them as this window; check the server or proxy (a cache or recording that mixes windows).`,
      { errorType: 'out_of_range', retryable: false },
    );
  }
}

/**
 * Counts, rates and histogram buckets cannot be negative: a negative sample (a broken exporter, a counter reset
 * mishandled by a proxy) is not data. Those samples are dropped with a note; gauges and PromQL may be negative.
 */
function dropNegative(metric: MetricDef, results: QueryResult[]): { results: QueryResult[]; note?: string } {
  if (metric.kind === 'gauge' || metric.kind === 'promql') return { results };
  let dropped = 0;
  const out = results.map((r) => ({
    ...r,
    series: r.series.map((s) => ({
      ...s,
      samples: s.samples.filter((x) => {
        const bad = x.v < 0;
        if (bad) dropped++;
        return !bad;
      }),
    })),
  }));
  return dropped
    ? { results: out, note: `${dropped} negative sample(s) not judged (a count, rate or bucket cannot be negative)` }
    : { results };
}

function finite(v: number): boolean {
  return Number.isFinite(v);
}

type Shaped = Pick<WindowData, 'components' | 'points' | 'found' | 'notes'>;

function shape(metric: MetricDef, results: QueryResult[], step: number): Shaped {
  switch (metric.kind) {
    case 'histogram_quantile':
      return shapeHistogram((results[0] as QueryResult).series);
    case 'ratio':
      return shapeRatio(metric, results);
    case 'rate': {
      const notes: string[] = [];
      const s = single(metric, (results[0] as QueryResult).series);
      if (!s) return { components: ['count', 'seconds'], points: [], found: false, notes };
      const points = s.samples.filter((x) => finite(x.v)).map((x) => ({ t: x.t, c: [x.v, step] }));
      return { components: ['count', 'seconds'], points, found: true, notes };
    }
    case 'gauge':
    case 'promql': {
      const notes: string[] = [];
      const s = single(metric, (results[0] as QueryResult).series);
      if (!s) return { components: ['value', 'n'], points: [], found: false, notes };
      const dropped = s.samples.filter((x) => !finite(x.v)).length;
      if (dropped) notes.push(`${dropped} NaN/Inf value(s) ignored`);
      const points = s.samples.filter((x) => finite(x.v)).map((x) => ({ t: x.t, c: [x.v, 1] }));
      return { components: ['value', 'n'], points, found: true, notes };
    }
  }
}

/** A histogram's cumulative bucket counts per sub-window, one component per bound (merged by value). */
function shapeHistogram(series: Series[]): Shaped {
  const notes: string[] = [];
  if (series.length === 0) return { components: [], points: [], found: false, notes };
  const byLe = new Map<number, Series>();
  for (const s of series) {
    const le =
      s.labels.le === undefined ? Number.NaN : Number(s.labels.le === '+Inf' ? Number.POSITIVE_INFINITY : s.labels.le);
    if (Number.isNaN(le)) continue;
    const prev = byLe.get(le);
    // Same bound spelled differently ("0.1" and "0.10") from different exporters: merge.
    byLe.set(le, prev ? { labels: prev.labels, samples: mergeSum(prev.samples, s.samples) } : s);
  }
  const les = [...byLe.keys()].sort((a, b) => a - b);
  if (les[les.length - 1] !== Number.POSITIVE_INFINITY) {
    notes.push('histogram has no +Inf bucket; cannot compute a quantile');
    return { components: [], points: [], found: true, notes };
  }
  const { points, broken } = bucketPoints(les.map((le) => byLe.get(le) as Series));
  if (broken) {
    notes.push(
      `${broken} sub-window(s) not judged: their cumulative buckets fall by more than ${BUCKET_ROUNDING * 100}% from one bound to the next (non-monotonic beyond rounding; mixed or reset series)`,
    );
  }
  return {
    components: les.map((le) => (le === Number.POSITIVE_INFINITY ? '+Inf' : String(le))),
    points,
    found: true,
    notes,
  };
}

/** The sub-windows whose buckets (in bound order) are all finite and monotonic within rounding, repaired. */
function bucketPoints(buckets: Series[]): { points: Array<{ t: number; c: number[] }>; broken: number } {
  const maps = buckets.map((b) => new Map(b.samples.map((s) => [s.t, s.v])));
  const times = [...(maps[maps.length - 1] as Map<number, number>).keys()].sort((a, b) => a - b);
  const points: Array<{ t: number; c: number[] }> = [];
  let broken = 0;
  for (const t of times) {
    const c = maps.map((m) => m.get(t) ?? Number.NaN);
    if (!c.every(finite)) continue;
    // Rounding and increase() extrapolation can make cumulative buckets slightly non-monotonic: repaired like
    // histogram_quantile does. A larger fall is not rounding (mixed or reset series): that sub-window is not
    // judged, since "repairing" it moves the quantile.
    if (!monotonicWithinRounding(c)) {
      broken++;
      continue;
    }
    for (let i = 1; i < c.length; i++) if ((c[i] as number) < (c[i - 1] as number)) c[i] = c[i - 1] as number;
    points.push({ t, c });
  }
  return { points, broken };
}

/** A ratio's numerator and denominator per sub-window (a missing event counter counts 0 events). */
function shapeRatio(metric: Extract<MetricDef, { kind: 'ratio' }>, results: QueryResult[]): Shaped {
  const notes: string[] = [];
  const num = single(metric, (results[0] as QueryResult).series);
  const den = single(metric, (results[1] as QueryResult).series);
  // Event counters (errors_total) often appear only after the first event: no series means 0 events.
  // An amount (charges) without a series means the metric has no data at all.
  if ((!num && !den) || (!num && metric.events === false))
    return { components: ['numerator', 'denominator'], points: [], found: false, notes };
  if (!num) notes.push('no numerator series: counted as 0');
  const numAt = new Map((num?.samples ?? []).map((s) => [s.t, s.v]));
  const points = (den?.samples ?? [])
    .filter((s) => finite(s.v))
    .map((s) => ({ t: s.t, c: [numAt.get(s.t) ?? 0, s.v] }))
    .filter((p) => finite(p.c[0] as number));
  return { components: ['numerator', 'denominator'], points, found: true, notes };
}

function single(metric: MetricDef, series: Series[]): Series | undefined {
  if (series.length > 1 && metric.kind !== 'promql' && metric.kind !== 'gauge') {
    // driftgate's own queries aggregate (sum by nothing): several series can only come from the server.
    throw new SourceError(
      `metrics.${metric.id}: the metrics server answered ${series.length} series for a query that aggregates them into one (sum(...)): duplicate or conflicting series from the server or a proxy in front of it (federation, an HA pair without deduplication); check the server, not the config.`,
      { errorType: 'duplicate_series', retryable: false },
    );
  }
  if (series.length > 1) {
    throw new ConfigurationError(
      `metrics.${metric.id}: the query returned ${series.length} series but driftgate needs exactly one per sub-window; aggregate it (for example wrap it in sum(...) or avg(...)).`,
    );
  }
  return series[0];
}

function mergeSum(a: Array<{ t: number; v: number }>, b: Array<{ t: number; v: number }>) {
  const m = new Map(a.map((s) => [s.t, s.v]));
  for (const s of b) m.set(s.t, (m.get(s.t) ?? 0) + s.v);
  return [...m.entries()].sort((x, y) => x[0] - y[0]).map(([t, v]) => ({ t, v }));
}

/** History is read at sub-windows of at least this length: a window's statistic needs no finer grain. */
export const HISTORY_STEP = 300;

/**
 * The baseline version's data before its window, up to `lookback` seconds, for measuring the between-window
 * term (core/judge/calibration.ts): at a multiple of the baseline's step of at least HISTORY_STEP (a week of
 * 1-minute points is 10,080 per series and slow to evaluate; the pooled statistic of a window is the same).
 */
export async function collectHistory(
  source: MetricSource,
  metric: MetricDef,
  baseline: WindowData,
  lookback: number,
  options: CollectOptions,
): Promise<WindowData> {
  const step = baseline.step * Math.max(1, Math.ceil(HISTORY_STEP / baseline.step));
  const span = Math.min(lookback, (MAX_POINTS_PER_SERIES - 1) * step);
  const count = Math.floor(span / step);
  const window = { start: baseline.window.start - count * step, end: baseline.window.start };
  return collectMetric(source, metric, baseline.target, window, options, step);
}

/** The series names a metric reads (histograms: the _bucket series). */
export function seriesNames(metric: MetricDef): string[] {
  switch (metric.kind) {
    case 'histogram_quantile':
      return [`${metric.metric}_bucket`];
    case 'ratio':
      return [metric.numerator, metric.denominator];
    case 'rate':
    case 'gauge':
      return [metric.metric];
    case 'promql':
      return [];
  }
}

const HINT_VALUES = 5;

/**
 * Why a metric the user configured found no series: for each name it reads, one instant query at the
 * window's end over the whole window: do series of that name exist without the selector's labels, and with
 * which values of those labels? A histogram named with its _bucket suffix (doubled by the kind) is named.
 * Hints are best effort: a query that fails (a recording without it) gives none.
 */
export async function diagnoseMissing(
  source: MetricSource,
  metric: MetricDef,
  labels: LabelNames,
  target: Target,
  window: TimeWindow,
): Promise<string[]> {
  const range = rangeText(Math.max(1, window.end - window.start));
  const by = [labels.service, labels.environment, ...(versionMatched(labels) ? [labels.version] : [])].filter(
    (l) => l !== NO_LABEL,
  );
  const ask = async (query: string) => {
    try {
      return (await source.queryInstant(query, window.end)).series;
    } catch {
      return null;
    }
  };
  const hints: string[] = [];
  if (metric.kind === 'promql') {
    hints.push(
      `the query returned no series with ${selector(labels, target, metric.filter)}; run it in Prometheus to check`,
    );
    return hints;
  }
  for (const name of seriesNames(metric)) {
    const series = await ask(`count by (${by.join(', ')}) (last_over_time(${name}[${range}]))`);
    if (series === null) continue;
    if (series.length === 0) {
      const given = metric.kind === 'histogram_quantile' ? metric.metric : '';
      const base = given.endsWith('_bucket') ? await ask(`count(last_over_time(${given}[${range}]))`) : null;
      if (base && base.length > 0) {
        hints.push(
          `no series named ${name}, but ${given} exists: the histogram_quantile kind adds _bucket itself; set metric: ${given.replace(/_bucket$/, '')}`,
        );
      } else {
        hints.push(`no series named ${name} in the window at all: check the metric name`);
      }
      continue;
    }
    const values = series
      .map((s) => `{${by.map((l) => `${l}=${quoteLabelValue(s.labels[l] ?? '')}`).join(',')}}`)
      .sort()
      .slice(0, HINT_VALUES);
    hints.push(
      `series named ${name} exist, but none with ${selector(labels, target, metric.kind === 'ratio' ? undefined : metric.filter)}; they have ${values.join(', ')}${series.length > HINT_VALUES ? ` and ${series.length - HINT_VALUES} more` : ''}: check the --service/--environment/--version values and the config's labels: names`,
    );
  }
  return hints;
}
