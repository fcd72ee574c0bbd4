/**
 * What a metric is: the definitions the catalog, the config file, the collector and the judge share.
 * A metric definition is data; collect.ts turns it into PromQL, judge/ turns collected data into a verdict.
 */

export type MetricKind = 'histogram_quantile' | 'ratio' | 'rate' | 'gauge' | 'promql';
/** Which direction of change is worse for this metric. */
export type Worse = 'higher' | 'lower';
export type SloOp = '<=' | '<' | '>=' | '>';

export interface Slo {
  op: SloOp;
  value: number;
}

interface MetricBase {
  /** Stable identifier used in outputs, waivers and config (e.g. latency_p95_read). */
  id: string;
  title: string;
  /** Display unit: "s", "/min", "%", "ratio", "USD/h", ... */
  unit: string;
  worse: Worse;
  /** Relative tolerance as a fraction (0.1 = 10%); undefined = the config's top-level tolerance. */
  tolerance?: number;
  /**
   * Between-window uncertainty of an unchanged release for this metric (relative sd, 0.03 = 3%); undefined =
   * the config's top-level `systematic`.
   */
  systematic?: number;
  /** Absolute objective the candidate must meet (PERF-003 §4). */
  slo?: Slo;
  /** Extra PromQL label matchers added to every selector of this metric, e.g. `method=~"GET|HEAD"`. */
  filter?: string;
  /**
   * Minimum number of events (requests in a histogram, denominator events of a ratio, counted events of a
   * rate) a window needs before the metric can be judged. Below it the metric is inconclusive.
   */
  minEvents?: number;
  /**
   * True when the config file names this metric's series (a new metric, or a built-in one given its own
   * kind/metric/query): without series it is inconclusive, never not-applicable (a typo must not pass).
   */
  configured?: boolean;
}

export interface HistogramQuantileMetric extends MetricBase {
  kind: 'histogram_quantile';
  /** Histogram base name; the collector queries `<metric>_bucket`. */
  metric: string;
  /** 0 < quantile < 1, e.g. 0.95 */
  quantile: number;
}

export interface RatioMetric extends MetricBase {
  kind: 'ratio';
  /** Counter (or monotonically growing gauge) whose increase is the numerator. */
  numerator: string;
  /** Counter whose increase is the denominator. */
  denominator: string;
  /** Extra matchers for the numerator only / denominator only (in addition to `filter`). */
  numeratorFilter?: string;
  denominatorFilter?: string;
  /** Multiply the ratio by this (1000 for "per 1k requests"). Default 1. */
  scale?: number;
  /**
   * True (default) when the numerator counts discrete events (errors), so Poisson noise sets a floor on its
   * uncertainty; false for amounts (dollars).
   */
  events?: boolean;
}

export interface RateMetric extends MetricBase {
  kind: 'rate';
  /** Counter (or monotonically growing gauge such as month-to-date charges) whose growth is measured. */
  metric: string;
  per: 'second' | 'minute' | 'hour';
  /** True (default) when the counter counts discrete events; false for amounts such as charges. */
  events?: boolean;
}

export interface GaugeMetric extends MetricBase {
  kind: 'gauge';
  metric: string;
  /** How series are combined at each instant (across pods, queues, ...). */
  aggregate: 'avg' | 'max' | 'min' | 'sum';
  /** Multiply values by this (100 when the gauge is a 0..1 fraction but the unit is percent). Default 1. */
  scale?: number;
}

export interface PromqlMetric extends MetricBase {
  kind: 'promql';
  /**
   * A PromQL template returning one series. Placeholders: {{selector}} (the label matchers for service,
   * environment and version, without braces, e.g. `service="api",env="prod",version="v1"`) and {{range}}
   * (the sub-window length, e.g. `1m`, for use in `rate(x[{{range}}])`).
   */
  query: string;
}

export type MetricDef = HistogramQuantileMetric | RatioMetric | RateMetric | GaugeMetric | PromqlMetric;

/**
 * Label names used to select a service, an environment and a version. `environment` and `version` may be
 * NO_LABEL ("none"): no matcher for it (releases told apart by their windows alone).
 */
export interface LabelNames {
  service: string;
  environment: string;
  version: string;
  /**
   * The version is a label of an info metric (build_info, target_info), not of the series: every query is
   * joined with it (promql.ts: versionJoin), and the series selector has no version matcher.
   */
  versionFrom?: VersionFrom;
}

/** `version_from: build_info{version}` (optionally `on(job, instance)`). */
export interface VersionFrom {
  /** The info metric, e.g. build_info. */
  metric: string;
  /** Its label holding the version, e.g. version. */
  label: string;
  /** The labels it shares with the series (default job, instance). */
  on: string[];
}

/** A label name meaning "no such label": no matcher for it. */
export const NO_LABEL = 'none';

export const DEFAULT_LABELS: LabelNames = { service: 'service', environment: 'env', version: 'version' };

export function sloText(slo: Slo | undefined, unit = ''): string {
  if (!slo) return '—';
  return `${slo.op} ${slo.value}${unit ? ` ${unit}` : ''}`;
}

export function sloMet(slo: Slo, value: number): boolean {
  switch (slo.op) {
    case '<=':
      return value <= slo.value;
    case '<':
      return value < slo.value;
    case '>=':
      return value >= slo.value;
    case '>':
      return value > slo.value;
  }
}
