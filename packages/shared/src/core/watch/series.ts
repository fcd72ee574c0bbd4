/**
 * PromQL for the production watch (PURE): the recording rules of one catalog metric over 5-minute windows,
 * for the whole fleet (every service and environment, aggregated by the identifying labels) or, for a
 * dashboard, one service; across every version (production runs whatever was deployed last).
 *
 * Names follow the Prometheus convention `level:metric:operations`: the level is the labels kept
 * (`<service label>_<environment label>`, plus `_le` for pooled buckets), the metric is the catalog id, the
 * operations what was done (`rate5m`, `p95_rate5m`, `ratio_rate5m`, `max_over_time5m`, `increase5m`).
 * Label values are escaped by the library's quoteLabelValue; names and filters were validated by config.ts.
 */

import { type LabelNames, type MetricDef, NO_LABEL } from '../model/metric.js';
import { quoteLabelValue } from '../promql.js';
import { formatDuration } from '../time.js';

export interface WatchTarget {
  service: string;
  environment: string;
}

/** One recording rule: its name and PromQL (which may refer to earlier recording rules by name). */
export interface Recorded {
  record: string;
  expr: string;
}

/** What one metric contributes: its recording rules, the series to alert on and (count kinds) its events. */
export interface MetricSeries {
  metric: MetricDef;
  rules: Recorded[];
  /** The metric's value over the trailing window. */
  value: string;
  /** Events behind `value` over the same window (requests, denominator events, counted events), if counted. */
  events?: string;
}

/**
 * The labels that tell one watched service from another: the service label and the environment label
 * (unless `labels.environment: none`). Every fleet recording rule aggregates by them, every alert joins
 * current and baseline on them.
 */
export function identityLabels(labels: LabelNames): string[] {
  return [labels.service, ...(labels.environment === NO_LABEL ? [] : [labels.environment])];
}

/**
 * `service="checkout-api",env="prod"` plus filters (no version: every version serving); without a target,
 * the filters alone (the whole fleet).
 */
export function watchSelector(
  labels: LabelNames,
  target: WatchTarget | undefined,
  ...filters: Array<string | undefined>
): string {
  return [
    ...(target ? [`${labels.service}=${quoteLabelValue(target.service)}`] : []),
    ...(target && labels.environment !== NO_LABEL
      ? [`${labels.environment}=${quoteLabelValue(target.environment)}`]
      : []),
    ...filters.filter((f): f is string => !!f && f.trim() !== ''),
  ].join(',');
}

/** `service_env`: the level of every driftgate recording rule (label names are [a-zA-Z_][a-zA-Z0-9_]*). */
export function levelOf(labels: LabelNames): string {
  return identityLabels(labels).join('_');
}

/** p95, p99, p99_9 */
export function quantileName(q: number): string {
  return `p${String(Math.round(q * 1000) / 10).replace('.', '_')}`;
}

const PER_SECONDS = { second: 1, minute: 60, hour: 3600 } as const;

/** What every metric kind's rules are written with: the window, the grouping, the names and the selectors. */
interface SeriesContext {
  windowSeconds: number;
  /** The window as a PromQL duration. */
  w: string;
  /** The identity labels, comma-separated (the `by` of every aggregation). */
  by: string;
  level: string;
  /** A recording rule's name: level:metric<suffix>:op. */
  name: (suffix: string, op: string, lvl?: string) => string;
  /** The matchers of the target (none: the fleet), the metric's filter and `extra`. */
  sel: (...extra: Array<string | undefined>) => string;
  /** `{matchers}`, or nothing when the whole fleet is selected without a filter. */
  braces: (...extra: Array<string | undefined>) => string;
}

type Kind<K extends MetricDef['kind']> = Extract<MetricDef, { kind: K }>;

/**
 * The recording rules of one metric over `windowSeconds` (the watch uses 5 minutes), for the fleet (no
 * target: every service, one series per service and environment) or one target.
 */
export function metricSeries(
  metric: MetricDef,
  labels: LabelNames,
  target: WatchTarget | undefined,
  windowSeconds: number,
): MetricSeries {
  const level = levelOf(labels);
  const sel = (...extra: Array<string | undefined>) => watchSelector(labels, target, metric.filter, ...extra);
  const c: SeriesContext = {
    windowSeconds,
    w: formatDuration(windowSeconds),
    by: identityLabels(labels).join(', '),
    level,
    name: (suffix, op, lvl = level) => `${lvl}:${metric.id}${suffix}:${op}`,
    sel,
    braces: (...extra) => {
      const m = sel(...extra);
      return m ? `{${m}}` : '';
    },
  };
  switch (metric.kind) {
    case 'histogram_quantile':
      return histogramSeries(metric, c);
    case 'ratio':
      return ratioSeries(metric, c);
    case 'rate':
      return rateSeries(metric, c);
    case 'gauge':
      return gaugeSeries(metric, c);
    case 'promql':
      return promqlSeries(metric, c);
  }
}

/** A quantile of a histogram: bucket rates by le, the quantile over them, and the requests counted. */
function histogramSeries(metric: Kind<'histogram_quantile'>, c: SeriesContext): MetricSeries {
  const { w, by, level, name, braces } = c;
  const buckets = name('_bucket', `rate${w}`, `${level}_le`);
  const value = name('', `${quantileName(metric.quantile)}_rate${w}`);
  const events = name('_requests', `increase${w}`);
  return {
    metric,
    value,
    events,
    rules: [
      { record: buckets, expr: `sum by (${by}, le) (rate(${metric.metric}_bucket${braces()}[${w}]))` },
      { record: value, expr: `histogram_quantile(${metric.quantile}, ${buckets})` },
      { record: events, expr: `sum by (${by}) (increase(${metric.metric}_count${braces()}[${w}]))` },
    ],
  };
}

/** A ratio of two rates, and the denominator's events. */
function ratioSeries(metric: Kind<'ratio'>, c: SeriesContext): MetricSeries {
  const { w, by, name, braces, windowSeconds } = c;
  const num = name('_numerator', `rate${w}`);
  const den = name('_denominator', `rate${w}`);
  const value = name('', `ratio_rate${w}`);
  const events = name('_denominator', `increase${w}`);
  const scale = metric.scale && metric.scale !== 1 ? ` * ${metric.scale}` : '';
  return {
    metric,
    value,
    events,
    rules: [
      { record: num, expr: `sum by (${by}) (rate(${metric.numerator}${braces(metric.numeratorFilter)}[${w}]))` },
      {
        record: den,
        expr: `sum by (${by}) (rate(${metric.denominator}${braces(metric.denominatorFilter)}[${w}]))`,
      },
      { record: value, expr: `${num} / ${den}${scale}` },
      { record: events, expr: `${den} * ${windowSeconds}` },
    ],
  };
}

/** A counter's rate per second, minute or hour, and its events unless the metric counts none. */
function rateSeries(metric: Kind<'rate'>, c: SeriesContext): MetricSeries {
  const { w, by, name, braces, windowSeconds } = c;
  const value = name('', `rate${w}`);
  const per = PER_SECONDS[metric.per];
  const rules: Recorded[] = [
    {
      record: value,
      expr: `sum by (${by}) (rate(${metric.metric}${braces()}[${w}]))${per !== 1 ? ` * ${per}` : ''}`,
    },
  ];
  if (metric.events === false) return { metric, value, rules };
  const events = name('', `increase${w}`);
  rules.push({ record: events, expr: `${value} * ${windowSeconds / per}` });
  return { metric, value, events, rules };
}

/** A gauge aggregated over the window. */
function gaugeSeries(metric: Kind<'gauge'>, c: SeriesContext): MetricSeries {
  const { w, by, name, braces } = c;
  const fn = metric.aggregate === 'sum' ? 'avg' : metric.aggregate;
  const value = name('', `${fn === metric.aggregate ? '' : `${metric.aggregate}_`}${fn}_over_time${w}`);
  const scale = metric.scale && metric.scale !== 1 ? ` * ${metric.scale}` : '';
  return {
    metric,
    value,
    rules: [
      {
        record: value,
        expr: `${metric.aggregate} by (${by}) (${fn}_over_time(${metric.metric}${braces()}[${w}]))${scale}`,
      },
    ],
  };
}

/** A user's PromQL with its selector and range filled in. */
function promqlSeries(metric: Kind<'promql'>, c: SeriesContext): MetricSeries {
  const { w, name, sel } = c;
  const value = name('', w);
  const expr = metric.query.replace(/\{\{\s*selector\s*\}\}/g, sel()).replace(/\{\{\s*range\s*\}\}/g, w);
  return { metric, value, rules: [{ record: value, expr }] };
}

const NAME = /[a-zA-Z_:][a-zA-Z0-9_:]*/y;

/**
 * Replace every reference to a recording rule in `expr` by its own (resolved) PromQL, in parentheses: the
 * expression as the query engine sees it, for the `expression` annotation and for evaluating an alert on
 * history where the recording rules never ran. String literals are left alone. Recording rules are only
 * ever referenced bare (no `{...}` or `[...]` after the name), so the substitution is exact.
 */
export function resolveExpr(expr: string, records: ReadonlyMap<string, string>, depth = 0): string {
  if (depth > 20) throw new Error(`recording rules refer to each other in a cycle: ${expr}`);
  let out = '';
  let i = 0;
  while (i < expr.length) {
    const ch = expr[i] as string;
    if (ch === '"' || ch === "'" || ch === '`') {
      let j = i + 1;
      while (j < expr.length && expr[j] !== ch) j += expr[j] === '\\' && ch !== '`' ? 2 : 1;
      out += expr.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    NAME.lastIndex = i;
    const prev = i > 0 ? (expr[i - 1] as string) : '';
    const m = /[a-zA-Z0-9_.]/.test(prev) ? null : NAME.exec(expr);
    if (m) {
      const raw = records.get(m[0]);
      out += raw === undefined ? m[0] : `(${resolveExpr(raw, records, depth + 1)})`;
      i += m[0].length;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}
