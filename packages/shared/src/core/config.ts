/**
 * The config file (default .github/driftgate.yml): YAML, validated against core/schemas/config-schema.ts, merged over
 * the built-in PERF-003 catalog. Every error names the file, the key path, the bad value and the fix.
 * Without a file, the built-in catalog and defaults apply.
 */

import { ConfigurationError } from './errors.js';
import { DEFAULT_SYSTEMATIC } from './judge/judge.js';
import { BUILTIN_CATALOG, BUILTIN_IDS } from './model/catalog.js';
import type { MethodName } from './model/comparison.js';
import {
  DEFAULT_LABELS,
  type LabelNames,
  type MetricDef,
  type MetricKind,
  type Slo,
  type SloOp,
} from './model/metric.js';
import { isMetricName, parseVersionFrom, validateFilter } from './promql.js';
import { configSchema } from './schemas/config-schema.js';
import { parseDuration } from './time.js';
import { closest, formatProblems, validate } from './validation.js';

export const DEFAULT_CONFIG_PATH = '.github/driftgate.yml';
/** `config: builtin`: the built-in PERF-003 catalog and defaults, even where .github/driftgate.yml exists. */
export const BUILTIN_CONFIG = 'builtin';
export const DEFAULT_TOLERANCE = 0.1;
export const DEFAULT_CONFIDENCE = 0.95;
export const DEFAULT_RESOLUTION = 60;
export { DEFAULT_SCRAPE_INTERVAL } from './promql.js';

export interface ResolvedConfig {
  /** The file read, or null when the built-in defaults apply. */
  file: string | null;
  labels: LabelNames;
  tolerance: number;
  method: MethodName;
  confidence: number;
  /** Sub-window length, seconds. */
  resolution: number;
  /** The targets' scrape interval, seconds, or 'auto' (the default: measured per metric, scrape.ts). */
  scrapeInterval: number | 'auto';
  /** Prior between-window uncertainty of an unchanged release (fraction), drift-interval. */
  systematic: number;
  /** How far back before the baseline window its history is read to measure that term, seconds (0: never). */
  history: number;
  /** Leave transient incidents out of each window, drift-interval. */
  trimIncidents: boolean;
  onInconclusive?: 'fail' | 'pass';
  /** What a new SLO breach the data show does to the gate (default fail). */
  slo?: 'fail' | 'warn';
  budgetPerHour?: number;
  metrics: MetricDef[];
  /** The raw `bake:` section, validated by post-deploy-verify. */
  bake: Record<string, unknown>;
}

/** Default look-back for the between-window calibration: a week of the baseline version's life. */
export const DEFAULT_HISTORY = 7 * 86_400;

export function defaultConfig(): ResolvedConfig {
  return {
    file: null,
    labels: { ...DEFAULT_LABELS },
    tolerance: DEFAULT_TOLERANCE,
    method: 'drift-interval',
    confidence: DEFAULT_CONFIDENCE,
    resolution: DEFAULT_RESOLUTION,
    scrapeInterval: 'auto',
    systematic: DEFAULT_SYSTEMATIC,
    history: DEFAULT_HISTORY,
    trimIncidents: true,
    metrics: BUILTIN_CATALOG.map((m) => ({ ...m })),
    bake: {},
  };
}

/** "10%" -> 0.1, 0.1 -> 0.1. Numbers are fractions; strings need a % sign. */
/**
 * A relative amount: "10%" (a string with a percent sign), or a fraction below 1 (0.1 = 10%). A bare number of 1
 * or more ("10", 10) is refused: it is ambiguous (10% or 1000%?), and reading it as a fraction once made
 * `tolerance: 10` a 1000% tolerance. At most 1000%.
 */
export function parsePercent(value: unknown, where: string): number {
  let v: number | undefined;
  let bare: number | undefined;
  if (typeof value === 'number') bare = value;
  else if (typeof value === 'string') {
    const m = /^\s*(\d+(?:\.\d+)?)\s*%\s*$/.exec(value);
    if (m) v = Number(m[1]) / 100;
    else if (/^\s*\d+(\.\d+)?\s*$/.test(value)) bare = Number(value);
  }
  if (bare !== undefined) {
    if (Number.isFinite(bare) && bare >= 1) {
      throw new ConfigurationError(
        `${where} is ${JSON.stringify(value)}: a bare number of 1 or more is ambiguous (${bare}% or ${Math.round(bare * 100)}%?); write it with a percent sign, such as "${bare}%", or as a fraction below 1 such as 0.1 for 10%.`,
      );
    }
    v = bare;
  }
  if (v === undefined || !Number.isFinite(v) || v <= 0 || v > 10) {
    throw new ConfigurationError(
      `${where} is ${JSON.stringify(value)}: expected a percentage such as "10%" or a fraction such as 0.1.`,
    );
  }
  return v;
}

/** Tolerances above 100% (a metric may double and still pass), for a warning: "tolerance 150%" per place. */
export function wideTolerances(config: ResolvedConfig): string[] {
  const out: string[] = [];
  if (config.tolerance > 1) out.push(`tolerance ${Math.round(config.tolerance * 1000) / 10}%`);
  for (const m of config.metrics) {
    if (m.tolerance !== undefined && m.tolerance > 1) {
      out.push(`metrics.${m.id}.tolerance ${Math.round(m.tolerance * 1000) / 10}%`);
    }
  }
  return out;
}

/** Like parsePercent, but 0 is allowed ("0%" switches a term off). */
export function parseFraction(value: unknown, where: string): number {
  if (value === 0 || value === '0' || value === '0%') return 0;
  return parsePercent(value, where);
}

export function parseSlo(value: unknown, where: string): Slo | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'object') return value as Slo;
  const m = /^\s*(<=|<|>=|>)\s*(-?\d+(?:\.\d+)?(?:e-?\d+)?)\s*$/.exec(String(value));
  if (!m)
    throw new ConfigurationError(
      `${where} is ${JSON.stringify(value)}: expected an objective such as "<= 0.3" or ">= 10000".`,
    );
  return { op: m[1] as SloOp, value: Number(m[2]) };
}

const REQUIRED_BY_KIND: Record<MetricKind, string[]> = {
  histogram_quantile: ['metric', 'quantile'],
  ratio: ['numerator', 'denominator'],
  rate: ['metric'],
  gauge: ['metric'],
  promql: ['query'],
};

/** Defaults of a new metric's optional keys, by kind (also the schema's `default`s). */
const DEFAULTS_BY_KIND: Partial<Record<MetricKind, Record<string, unknown>>> = {
  rate: { per: 'second' },
  gauge: { aggregate: 'avg' },
};

/** Keys that say which series a metric reads: giving one makes a built-in metric the user's own. */
const SERIES_KEYS = ['kind', 'metric', 'numerator', 'denominator', 'query', 'filter'];

function toMetric(id: string, raw: Record<string, any>, base: MetricDef | undefined, where: string): MetricDef {
  const kind: MetricKind | undefined = raw.kind ?? base?.kind;
  if (!kind) {
    const guess = closest(id, BUILTIN_IDS);
    throw new ConfigurationError(
      `${where}: metrics.${id} is not a built-in metric${guess ? ` (did you mean "${guess}"?)` : ''}: built-in ids are ${BUILTIN_IDS.join(', ')}; to add a new metric give it a kind (histogram_quantile, ratio, rate, gauge or promql).`,
    );
  }
  // Changing the kind of a built-in metric replaces it entirely.
  const from: Record<string, any> =
    base && base.kind === kind ? { ...base } : { id, title: id, unit: '', kind, ...DEFAULTS_BY_KIND[kind] };
  const m: Record<string, any> = { ...from, id, kind };
  if (!base || SERIES_KEYS.some((k) => raw[k] !== undefined)) m.configured = true;
  const map: Record<string, string> = {
    min_events: 'minEvents',
    numerator_filter: 'numeratorFilter',
    denominator_filter: 'denominatorFilter',
  };
  for (const [k, v] of Object.entries(raw)) {
    const key = map[k] ?? k;
    if (k === 'tolerance') m.tolerance = parsePercent(v, `${where}: metrics.${id}.tolerance`);
    else if (k === 'systematic') m.systematic = parseFraction(v, `${where}: metrics.${id}.systematic`);
    else if (k === 'slo') {
      const slo = parseSlo(v, `${where}: metrics.${id}.slo`);
      if (slo) m.slo = slo;
      else delete m.slo;
    } else m[key] = v;
  }
  for (const req of REQUIRED_BY_KIND[kind]) {
    if (m[req] === undefined) {
      throw new ConfigurationError(
        `${where}: metrics.${id} (kind ${kind}) needs "${req}"; a ${kind} metric needs ${REQUIRED_BY_KIND[kind].join(', ')}.`,
      );
    }
  }
  if (!m.worse)
    throw new ConfigurationError(
      `${where}: metrics.${id} needs "worse": higher or lower (which direction of change is worse).`,
    );
  for (const f of ['filter', 'numeratorFilter', 'denominatorFilter'] as const) {
    if (typeof m[f] === 'string') m[f] = validateFilter(m[f], `${where}: metrics.${id}.${f}`);
  }
  for (const f of ['metric', 'numerator', 'denominator'] as const) {
    if (m[f] !== undefined && !isMetricName(m[f])) {
      throw new ConfigurationError(
        `${where}: metrics.${id}.${f} is ${JSON.stringify(m[f])}: expected a Prometheus metric name such as http_requests_total.`,
      );
    }
  }
  if (kind === 'promql' && !/\{\{\s*selector\s*\}\}/.test(m.query)) {
    throw new ConfigurationError(
      `${where}: metrics.${id}.query is ${JSON.stringify(m.query)}: a promql template must contain {{selector}} where the service/environment/version matchers go, e.g. sum(rate(my_total{ {{selector}} }[{{range}}])).`,
    );
  }
  return m as MetricDef;
}

/** Build a ResolvedConfig from parsed YAML/JSON data; `where` names the file for messages. */
export async function resolveConfig(data: unknown, where: string): Promise<ResolvedConfig> {
  const cfg = defaultConfig();
  cfg.file = where;
  if (data === null || data === undefined) return cfg;
  const problems = await validate(configSchema, data);
  if (problems.length) throw new ConfigurationError(formatProblems(where, problems));
  const d = data as Record<string, any>;
  if (d.labels) cfg.labels = { ...cfg.labels, ...d.labels };
  if (d.version_from !== undefined) {
    const from = parseVersionFrom(String(d.version_from));
    if (!from)
      throw new ConfigurationError(
        `${where}: version_from is ${JSON.stringify(d.version_from)}: expected an info metric and its version label such as build_info{version}, optionally with the join labels: target_info{service_version} on(job, instance).`,
      );
    cfg.labels.versionFrom = from;
  }
  if (d.tolerance !== undefined) cfg.tolerance = parsePercent(d.tolerance, `${where}: tolerance`);
  if (d.method) cfg.method = d.method;
  if (d.confidence !== undefined) cfg.confidence = d.confidence;
  if (d.resolution !== undefined) cfg.resolution = parseDuration(String(d.resolution), `${where}: resolution`);
  if (d.scrape_interval !== undefined && d.scrape_interval !== 'auto') {
    cfg.scrapeInterval = parseDuration(String(d.scrape_interval), `${where}: scrape_interval`);
  }
  if (typeof cfg.scrapeInterval === 'number' && cfg.scrapeInterval > cfg.resolution) {
    throw new ConfigurationError(
      `${where}: resolution (${cfg.resolution}s) is shorter than scrape_interval (${cfg.scrapeInterval}s): a sub-window needs at least one scrape; raise resolution.`,
    );
  }
  if (d.systematic !== undefined) cfg.systematic = parseFraction(d.systematic, `${where}: systematic`);
  if (d.history !== undefined)
    cfg.history = d.history === 0 || d.history === '0' ? 0 : parseDuration(String(d.history), `${where}: history`);
  if (d.trim_incidents !== undefined) cfg.trimIncidents = d.trim_incidents;
  if (d.on_inconclusive) cfg.onInconclusive = d.on_inconclusive;
  if (d.slo) cfg.slo = d.slo;
  if (d.budget_per_hour !== undefined) cfg.budgetPerHour = d.budget_per_hour;
  if (d.bake) cfg.bake = d.bake;
  let metrics: MetricDef[] = d.catalog === 'none' ? [] : cfg.metrics;
  for (const [id, raw] of Object.entries((d.metrics ?? {}) as Record<string, Record<string, unknown>>)) {
    const base = BUILTIN_CATALOG.find((m) => m.id === id);
    const merged = toMetric(id, raw ?? {}, d.catalog === 'none' ? undefined : base, where);
    const at = metrics.findIndex((m) => m.id === id);
    if (at >= 0) metrics[at] = merged;
    else metrics.push(merged);
  }
  for (const id of (d.exclude ?? []) as string[]) {
    if (!metrics.some((m) => m.id === id)) {
      const guess = closest(
        id,
        metrics.map((m) => m.id),
      );
      throw new ConfigurationError(
        `${where}: exclude lists "${id}", which is not a metric${guess ? ` (did you mean "${guess}"?)` : ''}; metrics are ${metrics.map((m) => m.id).join(', ')}.`,
      );
    }
    metrics = metrics.filter((m) => m.id !== id);
  }
  if (metrics.length === 0)
    throw new ConfigurationError(
      `${where}: no metrics left to compare; list some under metrics: or drop catalog: none / exclude.`,
    );
  const custom = cfg.labels.versionFrom ? metrics.find((m) => m.kind === 'promql') : undefined;
  if (custom)
    throw new ConfigurationError(
      `${where}: metrics.${custom.id} is a promql template, which version_from cannot join with ${cfg.labels.versionFrom?.metric}: write the join into its query, or compare by window (labels.version: none).`,
    );
  cfg.metrics = metrics;
  applyBudget(cfg);
  return cfg;
}

function applyBudget(cfg: ResolvedConfig): void {
  if (cfg.budgetPerHour === undefined) return;
  const cost = cfg.metrics.find((m) => m.id === 'cost_rate');
  if (cost && !cost.slo) cost.slo = { op: '<=', value: cfg.budgetPerHour };
}
