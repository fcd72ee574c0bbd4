/**
 * Building PromQL safely. Label VALUES come from inputs (service, environment, version) and are always
 * escaped as PromQL string literals, so a value containing quotes, backslashes or `}` can never change the
 * query. Label NAMES, metric names and filters come from the config file and are validated.
 */
import { ConfigurationError } from './errors.js';
import { type LabelNames, type MetricDef, NO_LABEL, type VersionFrom } from './model/metric.js';
import type { Target } from './model/window.js';
import { formatDuration } from './time.js';

const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
/** One matcher: name op "value" (value a double-quoted string with escapes), as in `method=~"GET|HEAD"`. */
const MATCHER = /\s*[a-zA-Z_][a-zA-Z0-9_]*\s*(=~|!~|!=|=)\s*"(?:[^"\\]|\\.)*"\s*/y;

/** A PromQL double-quoted string literal for any value. */
export function quoteLabelValue(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
}

export function isLabelName(name: string): boolean {
  return LABEL_NAME.test(name);
}

export function isMetricName(name: string): boolean {
  return METRIC_NAME.test(name);
}

/** Validate a filter such as `method=~"GET|HEAD", code!="404"`; returns it normalized (no trailing comma). */
export function validateFilter(filter: string, where: string): string {
  const text = filter.trim().replace(/,\s*$/, '');
  if (text === '') return '';
  let pos = 0;
  for (;;) {
    MATCHER.lastIndex = pos;
    const m = MATCHER.exec(text);
    if (!m) break;
    pos = MATCHER.lastIndex;
    if (pos >= text.length) return text;
    if (text[pos] !== ',') break;
    pos++;
  }
  throw new ConfigurationError(
    `${where} is ${JSON.stringify(filter)}: expected comma-separated label matchers such as method=~"GET|HEAD", code!="404".`,
  );
}

/**
 * `service="api",env="prod",version="v1.2.3"` (no braces). An environment or version label named "none" gets
 * no matcher, and neither does the version when it comes from an info metric (versionJoin adds it).
 */
export function selector(labels: LabelNames, target: Target, ...filters: Array<string | undefined>): string {
  const parts = [
    `${labels.service}=${quoteLabelValue(target.service)}`,
    ...(labels.environment === NO_LABEL ? [] : [`${labels.environment}=${quoteLabelValue(target.environment)}`]),
    ...(versionMatched(labels) ? [`${labels.version}=${quoteLabelValue(target.version)}`] : []),
    ...filters.filter((f): f is string => !!f && f.trim() !== ''),
  ];
  return parts.join(',');
}

/** Whether the series selector carries a version matcher. */
export function versionMatched(labels: LabelNames): boolean {
  return labels.version !== NO_LABEL && !labels.versionFrom;
}

/**
 * `version_from: build_info{version}` or `target_info{service_version} on(job, instance)`: the info metric,
 * its version label and the join labels (default job, instance). Returns null when the text does not parse.
 */
export function parseVersionFrom(text: string): VersionFrom | null {
  const m = /^\s*([a-zA-Z_:][a-zA-Z0-9_:]*)\s*\{\s*([a-zA-Z_][a-zA-Z0-9_]*)\s*\}\s*(?:on\s*\(([^)]*)\))?\s*$/.exec(
    text,
  );
  if (!m) return null;
  const on = m[3] === undefined ? ['job', 'instance'] : m[3].split(',').map((x) => x.trim());
  if (on.length === 0 || !on.every(isLabelName)) return null;
  return { metric: m[1] as string, label: m[2] as string, on };
}

/**
 * `E` joined with the info metric of `version`: only the series of targets reporting that version remain
 * (info metrics are 1, so the product keeps E's value). One info series per target: `max by (on)`.
 */
export function versionJoin(expr: string, from: VersionFrom, version: string): string {
  const on = from.on.join(', ');
  return `(${expr} * on(${on}) group_left() max by (${on}) (${from.metric}{${from.label}=${quoteLabelValue(version)}}))`;
}

/** The label matchers one side of a comparison used, for the report. */
export function describeSelector(labels: LabelNames, target: Target): string {
  const sel = selector(labels, target);
  if (labels.versionFrom) {
    const f = labels.versionFrom;
    return `${sel}, joined on(${f.on.join(', ')}) with ${f.metric}{${f.label}=${quoteLabelValue(target.version)}}`;
  }
  return versionMatched(labels) ? sel : `${sel} (no version label: told apart by the window)`;
}

/** Prometheus range duration for a sub-window length in seconds ("60s" -> "1m"). */
export function rangeText(seconds: number): string {
  return formatDuration(seconds);
}

/**
 * The queries the collector sends for one metric and one target, as range queries with step = the sub-window.
 * Counters: rate() over step + one scrape interval, multiplied by the step. With ranges exactly one step long
 * (increase(x[step])) the increment between two ranges falls in neither, and Prometheus' extrapolation turns
 * stepwise amounts (charges re-priced every minute) into runs of zeros and jumps; one scrape longer, adjacent
 * ranges share one sample, every increment is counted once and the sub-windows add up to the window's total
 * (for an amount scraped at an interval that does not divide its updates, see amountTotalQuery).
 * Average gauges sampled more often than the step use avg_over_time over ranges that PARTITION the samples, one
 * millisecond short of the step (`[59999ms]` for 1m: left-closed in Prometheus 2, left-open in 3, either way a
 * sample on the boundary falls in one sub-window only): a range one scrape longer would count a sample in two
 * adjacent sub-windows, which reads as autocorrelation the gauge does not have (a 30 s AR(1) gauge at 0.9 per
 * scrape in 1-minute sub-windows: lag-1 0.89 instead of 0.86, its AR(1) variance 1.7 times the truth instead of
 * 1.3). Extremes (max, min) keep the longer range: the max over a partition of a sawtooth such as the age of the
 * oldest message reads its drains to 0 in half the sub-windows (docs/statistics.md §1). A gauge scraped at the
 * step or slower keeps it too, so every sub-window holds a sample. Custom `promql` metrics get the counters' range
 * as {{range}}.
 */
export function metricQueries(
  metric: MetricDef,
  labels: LabelNames,
  target: Target,
  stepSeconds: number,
  scrapeSeconds = 0,
): string[] {
  const r = rangeText(stepSeconds + scrapeSeconds);
  const from = labels.versionFrom;
  const join = (e: string) => (from ? versionJoin(e, from, target.version) : e);
  switch (metric.kind) {
    case 'histogram_quantile':
      return [
        `sum by (le) (${join(`rate(${metric.metric}_bucket{${selector(labels, target, metric.filter)}}[${r}])`)})`,
      ];
    case 'ratio':
      return [
        `sum(${join(`rate(${metric.numerator}{${selector(labels, target, metric.filter, metric.numeratorFilter)}}[${r}])`)})`,
        `sum(${join(`rate(${metric.denominator}{${selector(labels, target, metric.filter, metric.denominatorFilter)}}[${r}])`)})`,
      ];
    case 'rate':
      return [`sum(${join(`rate(${metric.metric}{${selector(labels, target, metric.filter)}}[${r}])`)})`];
    case 'gauge': {
      const inner = metric.aggregate === 'max' ? 'max' : metric.aggregate === 'min' ? 'min' : 'avg';
      const g = inner === 'avg' && scrapeSeconds < stepSeconds ? gaugeRange(stepSeconds) : r;
      return [
        `${metric.aggregate}(${join(`${inner}_over_time(${metric.metric}{${selector(labels, target, metric.filter)}}[${g}])`)})`,
      ];
    }
    case 'promql':
      return [
        metric.query
          .replace(/\{\{\s*selector\s*\}\}/g, selector(labels, target, metric.filter))
          .replace(/\{\{\s*range\s*\}\}/g, r),
      ];
  }
}

/** An average gauge's sub-window range: one millisecond short of the step, so adjacent ranges share no sample. */
export function gaugeRange(stepSeconds: number): string {
  return `${Math.round(stepSeconds * 1000) - 1}ms`;
}

/**
 * The window's increase of an AMOUNT (a counter or month-to-date gauge with `events: false`, such as charges),
 * as one instant query over the span the sub-windows cover: `sum(increase(x[span]))`. An amount is re-priced in
 * steps (every minute) rather than at every scrape; read through rate() at a scrape interval that does not
 * divide that update, each sub-window's range holds two or three samples at a phase locked to the version's
 * scrape times, and Prometheus' extrapolation of a two-sample range counts a whole step's increment over one
 * scrape gap: the sub-windows of one window then add up to more than it accrued, by an amount that
 * depends on the phase (+18% for one version and +0% for the other over 5 hours, bench/accuracy's wide world).
 * Over the whole window the extrapolation reaches at most a scrape gap at each end. collect.ts scales the
 * sub-windows to this total. undefined for every other kind.
 */
export function amountTotalQuery(
  metric: MetricDef,
  labels: LabelNames,
  target: Target,
  spanSeconds: number,
): string | undefined {
  const from = labels.versionFrom;
  const join = (e: string) => (from ? versionJoin(e, from, target.version) : e);
  const r = rangeText(spanSeconds);
  if (metric.kind === 'rate' && metric.events === false)
    return `sum(${join(`increase(${metric.metric}{${selector(labels, target, metric.filter)}}[${r}])`)})`;
  if (metric.kind === 'ratio' && metric.events === false)
    return `sum(${join(`increase(${metric.numerator}{${selector(labels, target, metric.filter, metric.numeratorFilter)}}[${r}])`)})`;
  return undefined;
}

/** Counter kinds are queried as per-second rates; multiply by the step to get counts per sub-window. */
export function isCounterKind(metric: MetricDef): boolean {
  return metric.kind === 'histogram_quantile' || metric.kind === 'ratio' || metric.kind === 'rate';
}

/** The scrape interval assumed when neither the config nor the data say (seconds). */
export const DEFAULT_SCRAPE_INTERVAL = 15;
