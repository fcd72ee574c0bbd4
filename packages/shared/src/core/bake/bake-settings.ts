/**
 * The bake's settings: the `bake:` section of .github/driftgate.yml (validated in shape by the config schema,
 * core/schemas/config-schema.ts) merged with the action inputs / CLI flags, then checked for meaning (metric ids exist,
 * durations line up). Every problem is a ConfigurationError naming the key or input, the value and the fix.
 *
 *   bake:
 *     duration: 30m            # input bake-duration overrides
 *     interval: 60s            # input interval: one evaluation (tick) per interval
 *     window: 5m               # input window: the drift judge's trailing window
 *     evaluation_delay: 30s    # wait this long after a tick before querying (scrape/ingest lag)
 *     min_coverage: 80%        # share of ticks with enough data for every watched metric, else inconclusive
 *     max_gap: 2m              # unknown ticks (too little data) tolerated inside a streak before it resets
 *     critical: [latency_p95_read, error_rate]   # input critical overrides: metrics that must be judged,
 *                              # else the bake is inconclusive (other metrics too thin to judge are listed)
 *     ratio:                   # rollback: candidate worse than `threshold` x baseline for `for`
 *       metrics: [latency_p95_read, latency_p95_write]
 *       threshold: 1.5
 *       clear_below: 1.25      # a tick below this shows recovery; between it and threshold: marginal
 *       for: 10m
 *     slo:                     # rollback: a metric violating its absolute SLO for `for` ("slo-breach-for")
 *       for: 5m
 *       metrics: [...]         # default: every metric with an SLO
 *       baseline_breached: report   # report (default) or rollback, when the baseline had the breach too
 *       worse_by: 10%          # a new breach must also be this much worse than the baseline (the release moved it)
 *     ticket:                  # ticket: `windows` consecutive windows with drift beyond tolerance
 *       windows: 3
 *       metrics: [latency_p95_read, latency_p95_write]
 *       method: mean-threshold # the judge method for each window (core/judge/judge.ts); see TicketRule.method
 *       confirm: drift-interval # the judge of the windows' union that must agree, or none
 *       warmup: 5m             # windows starting earlier are not judged (cold caches, JIT, new pods)
 * Each rule also takes `enabled: false`.
 */
import { ConfigurationError } from '../errors.js';
import type { SettingsFinding } from '../findings/findings.js';
import type { MethodName } from '../model/comparison.js';
import type { MetricDef } from '../model/metric.js';
import { formatDuration, parseDuration } from '../time.js';
import { closest } from '../validation.js';

export interface RatioRule {
  enabled: boolean;
  metrics: string[];
  /** Candidate / baseline (for "lower is worse" metrics: baseline / candidate) above which a window breaches. */
  threshold: number;
  /**
   * Below this ratio a tick shows recovery and ends a streak; between it and the threshold a tick is
   * marginal (neither). Default halfway between 1 and the threshold (1.25 for 1.5).
   */
  clearBelow: number;
  forSeconds: number;
}

export interface SloRule {
  enabled: boolean;
  metrics: string[];
  forSeconds: number;
  /**
   * What to do when the baseline violated the SLO too (a standing breach): report it (listed; the verdict is
   * not affected unless the release made it worse than the ratio threshold x baseline) or roll back anyway.
   */
  baselineBreached: 'report' | 'rollback';
  /** A new breach counts only when the candidate is also worse than the baseline by more than this share. */
  worseBy: number;
}

export interface TicketRule {
  enabled: boolean;
  metrics: string[];
  /**
   * The judge method each window is judged with (the same judge() as perf-baseline-compare). Default
   * mean-threshold: PERF-003 §4 read literally ("baseline = last stable release mean ± 10%; ticket if 3
   * consecutive windows breach"), where the 3 consecutive windows are the noise protection. drift-interval
   * (the pre-deploy default) demands statistical proof per 5-minute window, which a baseline hour with
   * ordinary slowdown episodes rarely allows below ~1.4x; choose it for fewer, surer tickets.
   */
  method: MethodName;
  /** Consecutive, non-overlapping judge windows that must all show drift beyond tolerance. */
  windows: number;
  /**
   * The judge that must also find a regression on the union of those windows, or none. Default
   * drift-interval: 15 minutes give it the data one 5-minute window lacks, and it knows the noise.
   */
  confirm: MethodName | 'none';
  /**
   * Windows that start before bake start + warmup are left out of the ticket rule: the first minutes after
   * a deploy (new pods, cold caches) are slower by design and pass. The rollback rules watch from the start.
   */
  warmupSeconds: number;
}

export interface BakeSettings {
  durationSeconds: number;
  intervalSeconds: number;
  windowSeconds: number;
  evaluationDelaySeconds: number;
  minCoverage: number;
  maxGapSeconds: number;
  /** Metrics that must be judged; when one cannot be (no data, too few events), the bake is inconclusive. */
  critical: string[];
  ratio: RatioRule;
  slo: SloRule;
  ticket: TicketRule;
  /** What was adjusted or cannot work with these settings (the verify shell logs them: core/report/prose.ts settingsWarning). */
  warnings?: SettingsFinding[];
}

export const BAKE_DEFAULTS = {
  duration: '30m',
  interval: '60s',
  window: '5m',
  evaluationDelay: '30s',
  minCoverage: 0.8,
  maxGap: '2m',
  critical: ['latency_p95_read', 'error_rate'],
  /** Longest bake: a bake is a deploy's verification, not a monitor (and the loop's sleeps stay bounded). */
  maxDuration: '24h',
  ratioMetrics: ['latency_p95_read', 'latency_p95_write'],
  ratioThreshold: 1.5,
  ratioFor: '10m',
  sloFor: '5m',
  sloWorseBy: 0.1,
  ticketWindows: 3,
  ticketMetrics: ['latency_p95_read', 'latency_p95_write'],
  ticketMethod: 'mean-threshold',
  ticketConfirm: 'drift-interval',
  ticketWarmup: '5m',
} as const;

/** Input / flag values that override the file, parsed at the boundary (undefined = not given). */
export interface BakeOverrides {
  durationSeconds?: number;
  intervalSeconds?: number;
  windowSeconds?: number;
  /** Critical metric ids (input critical); [] = none. */
  critical?: readonly string[];
  /** How messages name an input: `Input "interval"` (the default) in an action, `--interval` on the CLI. */
  refer?: (input: string) => string;
  /** Where an override came from when not its input (a recording's own window), by input name. */
  from?: Partial<Record<TimingInput, string>>;
}

type TimingInput = 'bake-duration' | 'interval' | 'window';

const referInputName = (name: string) => `Input "${name}"`;

type Raw = Record<string, any>;

function duration(value: unknown, fallback: string, where: string): number {
  if (value === undefined || value === null || value === '') return parseDuration(fallback, where);
  return parseDuration(String(value), where);
}

function fraction(value: unknown, fallback: number, where: string): number {
  if (value === undefined || value === null) return fallback;
  let v: number | undefined;
  if (typeof value === 'number') v = value;
  else {
    const m = /^\s*(\d+(?:\.\d+)?)\s*%\s*$/.exec(String(value));
    if (m) v = Number(m[1]) / 100;
    else if (/^\s*\d+(\.\d+)?\s*$/.test(String(value))) v = Number(value);
  }
  if (v === undefined || !(v >= 0 && v <= 1)) {
    throw new ConfigurationError(`${where} is ${JSON.stringify(value)}: expected a share such as "80%" or 0.8.`);
  }
  return v;
}

function metricList(value: unknown, fallback: string[], catalog: MetricDef[], where: string): string[] {
  if (value === undefined || value === null) return fallback.filter((id) => catalog.some((m) => m.id === id));
  const ids = catalog.map((m) => m.id);
  const list = value as string[];
  for (const id of list) {
    if (!ids.includes(id)) {
      const guess = closest(id, ids);
      throw new ConfigurationError(
        `${where} lists "${id}", which is not a metric${guess ? ` (did you mean "${guess}"?)` : ''}; metrics are ${ids.join(', ')}.`,
      );
    }
  }
  return [...new Set(list)];
}

/** Whether a is a whole multiple of b (at least once). */
function multiple(a: number, b: number): boolean {
  return Math.abs(a / b - Math.round(a / b)) < 1e-9 && a >= b;
}

/**
 * Resolve the bake settings. `raw` is the config's `bake:` section, `where` names the config file (null: none was
 * loaded, the built-in defaults apply), `resolution` is the collection sub-window (config `resolution`), which
 * ticks must line up with.
 */
export function resolveBakeSettings(
  raw: Raw,
  overrides: BakeOverrides,
  catalog: MetricDef[],
  resolution: number,
  where: string | null = '.github/driftgate.yml',
): BakeSettings {
  const at = keyOrigin(raw, where);
  const timing = bakeTiming(raw, overrides, resolution, at);
  const settings: BakeSettings = {
    durationSeconds: timing.durationSeconds,
    intervalSeconds: timing.intervalSeconds,
    windowSeconds: timing.windowSeconds,
    ...gapSettings(raw, at),
    critical: criticalMetrics(raw, overrides, catalog, at),
    ...ruleSettings(raw, catalog, at),
  };
  checkRules(settings, catalog, at);
  const warnings = [...timing.warnings];
  const ticketNeeds = settings.ticket.warmupSeconds + settings.ticket.windows * settings.windowSeconds;
  if (settings.ticket.enabled && ticketNeeds > settings.durationSeconds) {
    warnings.push({
      code: 'ticket-cannot-fire',
      windows: settings.ticket.windows,
      windowSeconds: settings.windowSeconds,
      warmupSeconds: settings.ticket.warmupSeconds,
      needsSeconds: ticketNeeds,
      durationSeconds: settings.durationSeconds,
    });
  }
  if (warnings.length) settings.warnings = warnings;
  return settings;
}

/**
 * How messages name a bake key (`ratio.for`): the config file when it sets the key, else the built-in default the
 * value came from ("bake.window (built-in default)"): a label, as the file's is, not a sentence.
 */
function keyOrigin(raw: Raw, file: string | null): (key: string) => string {
  return (key) => {
    const value = key
      .split('.')
      .reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Raw)[k] : undefined), raw);
    return file !== null && value !== undefined && value !== null
      ? `${file}: bake.${key}`
      : `bake.${key} (built-in default)`;
  };
}

/** Duration, interval and judge window: whole multiples of each other and of the resolution, within limits. */
function bakeTiming(
  raw: Raw,
  overrides: BakeOverrides,
  resolution: number,
  at: (key: string) => string,
): { durationSeconds: number; intervalSeconds: number; windowSeconds: number; warnings: SettingsFinding[] } {
  const refer = overrides.refer ?? referInputName;
  const durationSeconds = overrides.durationSeconds ?? duration(raw.duration, BAKE_DEFAULTS.duration, at('duration'));
  const intervalSeconds = overrides.intervalSeconds ?? duration(raw.interval, BAKE_DEFAULTS.interval, at('interval'));
  let windowSeconds = overrides.windowSeconds ?? duration(raw.window, BAKE_DEFAULTS.window, at('window'));
  const named = (input: TimingInput, given: number | undefined, key: string) =>
    given === undefined ? at(key) : (overrides.from?.[input] ?? refer(input));
  const intervalWhere = named('interval', overrides.intervalSeconds, 'interval');
  const windowWhere = named('window', overrides.windowSeconds, 'window');
  const durationWhere = named('bake-duration', overrides.durationSeconds, 'duration');
  if (!multiple(intervalSeconds, resolution)) {
    throw new ConfigurationError(
      `${intervalWhere} is ${formatDuration(intervalSeconds)}: it must be a whole multiple of the collection resolution (${formatDuration(resolution)}, config key "resolution"), because each tick evaluates whole sub-windows; use ${formatDuration(Math.max(1, Math.round(intervalSeconds / resolution)) * resolution)} or lower "resolution".`,
    );
  }
  if (!multiple(windowSeconds, intervalSeconds)) {
    throw new ConfigurationError(
      `${windowWhere} is ${formatDuration(windowSeconds)}: it must be a whole multiple of the interval (${formatDuration(intervalSeconds)}), such as ${formatDuration(Math.max(1, Math.round(windowSeconds / intervalSeconds)) * intervalSeconds)}.`,
    );
  }
  const maxDuration = parseDuration(BAKE_DEFAULTS.maxDuration, 'bake limit');
  if (durationSeconds > maxDuration) {
    throw new ConfigurationError(
      `${durationWhere} is ${formatDuration(durationSeconds)}: a bake lasts at most ${formatDuration(maxDuration)}; use a shorter duration such as "30m" (watch a release for longer with monitoring, not a bake).`,
    );
  }
  if (durationSeconds < intervalSeconds) {
    throw new ConfigurationError(
      `${durationWhere} is ${formatDuration(durationSeconds)}: the bake must last at least one interval (${formatDuration(intervalSeconds)}).`,
    );
  }

  // A bake shorter than its judge window would never judge a window: shrink the window to the bake (issue 14).
  const warnings: SettingsFinding[] = [];
  if (windowSeconds > durationSeconds) {
    const shrunk = Math.floor(durationSeconds / intervalSeconds + 1e-9) * intervalSeconds;
    warnings.push({ code: 'window-shrunk', where: windowWhere, windowSeconds, durationSeconds, shrunkSeconds: shrunk });
    windowSeconds = shrunk;
  }
  return { durationSeconds, intervalSeconds, windowSeconds, warnings };
}

function gapSettings(raw: Raw, at: (key: string) => string) {
  return {
    evaluationDelaySeconds:
      raw.evaluation_delay === undefined
        ? parseDuration(BAKE_DEFAULTS.evaluationDelay, at('evaluation_delay'))
        : nonNegative(raw.evaluation_delay, at('evaluation_delay')),
    minCoverage: fraction(raw.min_coverage, BAKE_DEFAULTS.minCoverage, at('min_coverage')),
    maxGapSeconds:
      raw.max_gap === undefined
        ? parseDuration(BAKE_DEFAULTS.maxGap, at('max_gap'))
        : nonNegative(raw.max_gap, at('max_gap')),
  };
}

/** The critical metrics: the input (a list; [] = none), else the config's, else the defaults. */
function criticalMetrics(raw: Raw, overrides: BakeOverrides, catalog: MetricDef[], at: (key: string) => string) {
  if (!overrides.critical) return metricList(raw.critical, [...BAKE_DEFAULTS.critical], catalog, at('critical'));
  return metricList([...overrides.critical], [], catalog, (overrides.refer ?? referInputName)('critical'));
}

/** The ratio, SLO and ticket rules. */
function ruleSettings(
  raw: Raw,
  catalog: MetricDef[],
  at: (key: string) => string,
): Pick<BakeSettings, 'ratio' | 'slo' | 'ticket'> {
  const ratioRaw: Raw = raw.ratio ?? {};
  const sloRaw: Raw = raw.slo ?? {};
  const ticketRaw: Raw = raw.ticket ?? {};
  const withSlo = catalog.filter((m) => m.slo).map((m) => m.id);
  return {
    ratio: {
      enabled: ratioRaw.enabled !== false,
      metrics: metricList(ratioRaw.metrics, [...BAKE_DEFAULTS.ratioMetrics], catalog, at('ratio.metrics')),
      threshold: ratioRaw.threshold ?? BAKE_DEFAULTS.ratioThreshold,
      clearBelow: ratioRaw.clear_below ?? 1 + ((ratioRaw.threshold ?? BAKE_DEFAULTS.ratioThreshold) - 1) / 2,
      forSeconds: duration(ratioRaw.for, BAKE_DEFAULTS.ratioFor, at('ratio.for')),
    },
    slo: {
      enabled: sloRaw.enabled !== false,
      metrics: metricList(sloRaw.metrics, withSlo, catalog, at('slo.metrics')),
      forSeconds: duration(sloRaw.for, BAKE_DEFAULTS.sloFor, at('slo.for')),
      baselineBreached: sloRaw.baseline_breached ?? 'report',
      worseBy: fraction(sloRaw.worse_by, BAKE_DEFAULTS.sloWorseBy, at('slo.worse_by')),
    },
    ticket: {
      enabled: ticketRaw.enabled !== false,
      metrics: metricList(ticketRaw.metrics, [...BAKE_DEFAULTS.ticketMetrics], catalog, at('ticket.metrics')),
      windows: ticketRaw.windows ?? BAKE_DEFAULTS.ticketWindows,
      method: ticketRaw.method ?? BAKE_DEFAULTS.ticketMethod,
      confirm: ticketRaw.confirm ?? BAKE_DEFAULTS.ticketConfirm,
      warmupSeconds:
        ticketRaw.warmup === undefined
          ? parseDuration(BAKE_DEFAULTS.ticketWarmup, at('ticket.warmup'))
          : nonNegative(ticketRaw.warmup, at('ticket.warmup')),
    },
  };
}

/** A threshold above 1, SLO rules on metrics with an SLO, and `for` spans of whole intervals. */
function checkRules(settings: BakeSettings, catalog: MetricDef[], at: (key: string) => string): void {
  if (!(settings.ratio.threshold > 1)) {
    throw new ConfigurationError(
      `${at('ratio.threshold')} is ${JSON.stringify(settings.ratio.threshold)}: expected a factor above 1, such as 1.5.`,
    );
  }
  for (const id of settings.slo.metrics) {
    if (!catalog.find((m) => m.id === id)?.slo) {
      throw new ConfigurationError(
        `${at('slo.metrics')} lists "${id}", which has no SLO: give it one under metrics.${id}.slo or leave it out.`,
      );
    }
  }
  for (const [key, seconds] of [
    ['ratio.for', settings.ratio.forSeconds],
    ['slo.for', settings.slo.forSeconds],
  ] as const) {
    if (!multiple(seconds, settings.intervalSeconds)) {
      throw new ConfigurationError(
        `${at(key)} is ${formatDuration(seconds)}: it must be a whole multiple of the interval (${formatDuration(settings.intervalSeconds)}), since a rule counts breaching ticks.`,
      );
    }
  }
}

function nonNegative(value: unknown, where: string): number {
  if (value === 0 || value === '0' || value === '0s') return 0;
  return parseDuration(String(value), where);
}

/** The settings as they appear in perf_verification.json (seconds, snake_case). */
export function describeSettings(s: BakeSettings) {
  return {
    duration_seconds: s.durationSeconds,
    interval_seconds: s.intervalSeconds,
    window_seconds: s.windowSeconds,
    evaluation_delay_seconds: s.evaluationDelaySeconds,
    min_coverage: s.minCoverage,
    max_gap_seconds: s.maxGapSeconds,
    critical: s.critical,
    ratio: {
      enabled: s.ratio.enabled,
      metrics: s.ratio.metrics,
      threshold: s.ratio.threshold,
      for_seconds: s.ratio.forSeconds,
    },
    slo: {
      enabled: s.slo.enabled,
      metrics: s.slo.metrics,
      for_seconds: s.slo.forSeconds,
      baseline_breached: s.slo.baselineBreached,
      worse_by: s.slo.worseBy,
    },
    ticket: {
      enabled: s.ticket.enabled,
      metrics: s.ticket.metrics,
      windows: s.ticket.windows,
      method: s.ticket.method,
      confirm: s.ticket.confirm,
    },
  };
}
