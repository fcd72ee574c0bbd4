/**
 * The targets' scrape interval, measured from the data (config `scrape_interval: auto`, the default).
 * Counters are read as rate(x[step + scrape]) x step (promql.ts), so a wrong interval loses samples (too short)
 * or smears stepwise amounts across ranges (too long). One instant query per series on the baseline window,
 *   max(max_over_time(count_over_time(<series>[10m])[30m:1m]))
 * gives the most samples in any gap-free 10 minutes; 10 min / count, snapped within 10% to a common interval
 * (15 s, 30 s, 1 m, ...), else rounded up. A ratio of amounts uses the longer of its counters' intervals, a
 * ratio of events its denominator's. A number in the config skips this; a series that cannot be measured uses
 * the default (with a note when it had data).
 */

import { mapLimit } from '../../core/concurrency.js';
import { SourceError } from '../../core/errors.js';
import type { LabelNames, MetricDef } from '../../core/model/metric.js';
import type { Target, WindowData } from '../../core/model/window.js';
import { DEFAULT_SCRAPE_INTERVAL, rangeText, selector } from '../../core/promql.js';
import type { TimeWindow } from '../../core/time.js';
import type { MetricSource } from '../sources/source-types.js';
import type { CollectOptions } from './collect.js';

/** The config setting: a number of seconds, or measure it. */
export type ScrapeSetting = number | 'auto';

/** Scrape intervals people configure; a measured interval within 10% of one is snapped to it. */
const COMMON_INTERVALS = [1, 2, 5, 10, 15, 20, 30, 60, 120, 300, 600];

/**
 * The detection query counts samples in a SPAN-long range sliding by a minute over the LOOKBACK before the
 * baseline window's end, and keeps the largest count: a scrape gap spoils the ranges it falls in, not the
 * measurement (30 overlapping ranges; one without a gap is enough).
 */
const SPAN = 600;
const LOOKBACK = 1800;
const SLIDE = 60;

export interface ScrapeInterval {
  metricId: string;
  /** Seconds used for this metric's counter ranges. */
  seconds: number;
  /** How the value was set. */
  from: 'config' | 'detected' | 'default';
  /** The detection queries sent for it. */
  queries: string[];
  /** Said in the report when the interval is not the plain default. */
  note?: string;
}

/** The series a metric reads (with the matcher that picks one series per histogram); none for custom PromQL. */
function seriesRead(metric: MetricDef): Array<{ name: string; filter?: string }> {
  switch (metric.kind) {
    case 'histogram_quantile':
      return [{ name: `${metric.metric}_bucket`, filter: 'le="+Inf"' }];
    case 'ratio':
      // An event numerator (errors_total) is scraped with its denominator, and its series appear only after
      // the first event, so a young series would read as a long interval: measure the denominator. An
      // amount (charges) often comes from another exporter: measure both.
      return metric.events === false
        ? [{ name: metric.numerator as string }, { name: metric.denominator as string }]
        : [{ name: metric.denominator as string }];
    case 'rate':
    case 'gauge':
      return [{ name: metric.metric as string }];
    case 'promql':
      return [];
  }
}

/** The detection queries for a metric (one per series name it reads). */
export function scrapeIntervalQueries(
  metric: MetricDef,
  labels: LabelNames,
  target: Target,
  lookbackSeconds = LOOKBACK,
): string[] {
  return seriesRead(metric).map(
    (c) =>
      `max(max_over_time(count_over_time(${c.name}{${selector(labels, target, c.filter)}}[${rangeText(SPAN)}])[${rangeText(lookbackSeconds)}:${rangeText(SLIDE)}]))`,
  );
}

/**
 * The interval from the sample count of a series over `spanSeconds`: span / count (a range holds N or N + 1
 * samples), snapped to a common interval within 10%, else span / (count - 1) rounded up, erring long (a range
 * too short loses samples). null below 2 samples.
 */
export function intervalFromCount(spanSeconds: number, count: number): number | null {
  if (!(count >= 2) || !(spanSeconds > 0)) return null;
  const raw = spanSeconds / count;
  const near = COMMON_INTERVALS.find((c) => Math.abs(raw - c) <= 0.1 * c);
  if (near !== undefined) return near;
  return Math.max(1, Math.ceil(spanSeconds / (count - 1)));
}

/** An instant query's answer: the sample count of the densest series, null without series, or the error. */
type Answer = { count: number | null } | { error: SourceError };

/**
 * The scrape interval of every metric: from the config, or measured on `window` for `target` (the baseline).
 * One instant query per distinct series name, four at a time.
 */
export async function resolveScrapeIntervals(
  source: MetricSource,
  metrics: MetricDef[],
  labels: LabelNames,
  target: Target,
  window: TimeWindow,
  setting: ScrapeSetting,
): Promise<Map<string, ScrapeInterval>> {
  if (setting !== 'auto') {
    return new Map(metrics.map((m) => [m.id, { metricId: m.id, seconds: setting, from: 'config', queries: [] }]));
  }
  // The sliding ranges stay inside the window: the last LOOKBACK of it, less one SPAN.
  const lookback = Math.min(LOOKBACK, Math.floor((window.end - window.start - SPAN) / SLIDE) * SLIDE);
  const perMetric = new Map(
    metrics.map((m) => [m.id, lookback >= SLIDE ? scrapeIntervalQueries(m, labels, target, lookback) : []]),
  );
  const answers = await askCounts(source, [...new Set([...perMetric.values()].flat())], window.end);
  return new Map(
    metrics.map((m): [string, ScrapeInterval] => [
      m.id,
      metricInterval(m, perMetric.get(m.id) as string[], answers, lookback),
    ]),
  );
}

/** Each distinct query once, four at a time. */
async function askCounts(source: MetricSource, queries: string[], at: number): Promise<Map<string, Answer>> {
  const answers = new Map<string, Answer>();
  await mapLimit(queries, 4, async (q) => {
    try {
      const r = await source.queryInstant(q, at);
      const values = r.series.flatMap((s) => s.samples.map((x) => x.v)).filter(Number.isFinite);
      answers.set(q, { count: values.length ? Math.max(...values) : null });
    } catch (e) {
      // A recording made before this query existed, a backend that refuses it, or one that is down (the
      // range queries will then say so): the default, with a note.
      if (e instanceof SourceError) answers.set(q, { error: e });
      else throw e;
    }
  });
  return answers;
}

/** One metric's interval from its queries' answers: the slowest series measured, else the default with why. */
function metricInterval(
  m: MetricDef,
  queries: string[],
  answers: Map<string, Answer>,
  lookback: number,
): ScrapeInterval {
  const span = SPAN;
  const base: ScrapeInterval = { metricId: m.id, seconds: DEFAULT_SCRAPE_INTERVAL, from: 'default', queries };
  if (!queries.length && lookback < SLIDE && seriesRead(m).length) {
    return {
      ...base,
      note: `scrape interval not measured (the baseline window is shorter than ${rangeText(SPAN + SLIDE)}): assumed ${DEFAULT_SCRAPE_INTERVAL}s; set scrape_interval in the config if that is wrong`,
    };
  }
  if (!queries.length) return base;
  const measured: number[] = [];
  const problems: string[] = [];
  for (const q of queries) {
    const a = answers.get(q) as Answer;
    if ('error' in a) {
      problems.push(a.error.details.errorType === 'not_recorded' ? 'the recording has no answer' : a.error.message);
      continue;
    }
    if (a.count === null) continue; // no series in the baseline window: nothing to measure
    const seconds = intervalFromCount(span, a.count);
    if (seconds === null) problems.push(`only ${a.count} sample(s) in ${rangeText(span)}`);
    else measured.push(seconds);
  }
  if (problems.length) {
    return {
      ...base,
      note: `scrape interval not measured (${problems[0]}): assumed ${DEFAULT_SCRAPE_INTERVAL}s; set scrape_interval in the config if that is wrong`,
    };
  }
  if (!measured.length) return base;
  const seconds = Math.max(...measured);
  return {
    ...base,
    seconds,
    from: 'detected',
    ...(seconds !== DEFAULT_SCRAPE_INTERVAL
      ? {
          note: `samples every ${rangeText(seconds)} (measured; the query ranges use it)`,
        }
      : {}),
  };
}

/** Collect options that use each metric's interval. */
export function withScrapeIntervals(options: CollectOptions, intervals: Map<string, ScrapeInterval>): CollectOptions {
  return { ...options, scrapeIntervals: Object.fromEntries([...intervals].map(([id, s]) => [id, s.seconds])) };
}

/** The baseline data with the detection query listed first and the note, if any, among its notes. */
export function withScrapeNote(data: WindowData, s: ScrapeInterval | undefined): WindowData {
  if (!s) return data;
  return {
    ...data,
    queries: [...s.queries, ...data.queries],
    notes: s.note ? [...data.notes, s.note] : data.notes,
  };
}
