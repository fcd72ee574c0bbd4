/**
 * The comparison's settings, parsed once at the boundary (the perf-baseline-compare action, `driftgate compare`
 * and `driftgate record`) from the inputs' text: tolerance, method, on-inconclusive, timeout and waiver become
 * typed values here, with one ConfigurationError naming the input (`refer`), the value and the fix. runCompare
 * takes the result. Versions and windows stay text: a recording's own defaults fill them in, and a relative
 * window is resolved against the run's clock (planCompare).
 */
import { parsePercent } from '../../core/config.js';
import { ConfigurationError } from '../../core/errors.js';
import { type InputValues, type Refer, referInput } from '../../core/inputs/input-spec.js';
import type { COMPARE_INPUTS } from '../../core/inputs/perf-baseline-compare.js';
import { METHODS } from '../../core/judge/judge.js';
import { SLO_MODES, type SloMode } from '../../core/judge/slo-check.js';
import type { Comparison, MethodName } from '../../core/model/comparison.js';
import type { Waiver } from '../../core/model/waiver.js';
import { nowSeconds, parseDuration, parseTime } from '../../core/time.js';
import { parseWaiverInput } from '../../core/waiver/apply.js';
import type { SourceOptions } from '../../io/sources/create.js';
import { type SourceInputs, sourceSettings } from '../../io/sources/source-input.js';

export const DEFAULT_RUN_TIMEOUT = '5m';
const MAX_RUN_TIMEOUT_SECONDS = 6 * 3600;

/** The run's overall deadline: its length, and how it was set (for the message when it is reached). */
export interface RunTimeout {
  seconds: number;
  /** 'Input "timeout" 2s' or 'Input "timeout" 5m (default)' (on the command line: '--timeout 2s'). */
  label: string;
}

/** What selects the two releases and their data: the same text before and after the boundary. */
export interface CompareTarget extends SourceOptions {
  service?: string;
  environment?: string;
  baselineVersion?: string;
  candidateVersion?: string;
  /** "START..END"; default: the baseline store record's window, else the candidate window. */
  baselineWindow?: string;
  /** "START..END"; default -1h..now. */
  candidateWindow?: string;
  /**
   * s3:// URI of the baseline store written by post-deploy-verify: when baseline-version is empty, the last
   * version that passed its bake is the baseline, and its verified bake window the baseline window.
   */
  baselineStore?: string;
  /** Path of the config file (default .github/driftgate.yml, optional). */
  config?: string;
  /** Where perf-comparison.json/.md are written ('' for none: `driftgate record` writes only its recording). */
  outputDir: string;
  /** Directory for config lookup and relative paths (default process.cwd()). */
  cwd?: string;
  /** Also record every query response to this file (driftgate.recording/v1). */
  record?: string;
  /** Clock, unix seconds (tests, audits). */
  now?: number;
  run?: Comparison['run'];
}

/** What the boundary reads: the inputs' text, by their camelCase names. */
export interface CompareInput extends CompareTarget {
  tolerance?: string;
  method?: string;
  onInconclusive?: string;
  slo?: string;
  waiver?: string;
  timeout?: string;
}

/**
 * What runCompare runs with, typed. The service is given, or a recording (metricsFile) carries it: compareSettings
 * refuses neither, naming the input.
 */
export type CompareSettings = Omit<CompareTarget, 'service'> &
  CompareChoices &
  ({ service: string } | { service?: undefined; metricsFile: string });

/** The inputs parsed from text at the boundary. */
export interface CompareChoices {
  /** Overrides the config's tolerance (a fraction: 0.1 = 10%). */
  tolerance?: number;
  /** Overrides the config's method. */
  method?: MethodName;
  /** Overrides the config's on-inconclusive. */
  onInconclusive?: 'fail' | 'pass';
  /** Overrides the config's slo: what a new SLO breach the data show does. */
  slo?: SloMode;
  /** The `waiver` input (cab-waiver-check's output), still to be proven. */
  waivers?: Waiver[];
  /** Overall deadline of the run's queries (default 5m). */
  timeout?: RunTimeout;
  /** How messages name an input: `Input "x"` (the default) in an action, `--x` on the command line. */
  refer?: Refer;
}

export function compareSettings(input: CompareInput, refer: Refer = referInput): CompareSettings {
  const { tolerance, method, onInconclusive, slo, waiver, timeout, service, ...rest } = input;
  const waivers = parseWaiverInput(waiver);
  const choices: CompareChoices = {
    ...(tolerance ? { tolerance: parsePercent(tolerance, refer('tolerance')) } : {}),
    ...optional('method', pick(method, METHODS, refer('method'))),
    ...optional('onInconclusive', pick(onInconclusive, ['fail', 'pass'] as const, refer('on-inconclusive'))),
    ...optional('slo', pick(slo, SLO_MODES, refer('slo'))),
    ...(waivers.length ? { waivers } : {}),
    ...(timeout !== undefined && timeout.trim() !== '' ? { timeout: runTimeout(timeout, refer) } : {}),
    ...(refer !== referInput ? { refer } : {}),
  };
  if (service) return { ...rest, ...choices, service };
  if (rest.metricsFile) return { ...rest, ...choices, metricsFile: rest.metricsFile };
  throw new ConfigurationError(
    `${refer('service')} is required: the value of the service label (e.g. checkout-api), or a recording (metrics-file) that carries it.`,
  );
}

/**
 * The values of COMPARE_INPUTS the comparison reads, as read.ts yields them (the action's and the CLI's alike;
 * `driftgate record` reads the target's part of them, without the judging choices).
 */
export type CompareValues = Pick<
  InputValues<typeof COMPARE_INPUTS>,
  | 'service'
  | 'environment'
  | 'candidate-version'
  | 'baseline-version'
  | 'candidate-window'
  | 'baseline-window'
  | 'baseline-store'
  | 'config'
> &
  Partial<
    Pick<InputValues<typeof COMPARE_INPUTS>, 'tolerance' | 'method' | 'waiver' | 'on-inconclusive' | 'slo' | 'timeout'>
  > &
  SourceInputs & { record?: string | undefined; now?: string | undefined };

/** What the shell knows besides the inputs. */
export interface CompareContext {
  /** The candidate version of live data when candidate-version is empty (the commit under test). */
  commit?: string | undefined;
  /** The region when aws-region is empty (the action: AWS_REGION). */
  awsRegion?: string | undefined;
  /** Where perf-comparison.json/.md are written (the shell's default applied). */
  outputDir: string;
  cwd: string;
  run?: Comparison['run'];
}

/**
 * The comparison's settings from the values read through its input spec (core/inputs/perf-baseline-compare.ts): the
 * one mapping of the perf-baseline-compare action and `driftgate compare`.
 */
export function compareInputSettings(v: CompareValues, refer: Refer, ctx: CompareContext): CompareSettings {
  return compareSettings(
    {
      ...sourceSettings(v, ctx.awsRegion),
      service: v.service,
      environment: v.environment,
      // The commit is the default candidate only for live data: a recording carries its versions, and both
      // windows without any version compare by window (the commit is no label value of that data).
      candidateVersion: v['candidate-version'] ?? (recordedOrByWindow(v) ? undefined : ctx.commit),
      baselineVersion: v['baseline-version'],
      candidateWindow: v['candidate-window'],
      baselineWindow: v['baseline-window'],
      baselineStore: v['baseline-store'],
      config: v.config,
      tolerance: v.tolerance,
      method: v.method,
      waiver: v.waiver,
      onInconclusive: v['on-inconclusive'],
      slo: v.slo,
      timeout: v.timeout,
      outputDir: ctx.outputDir,
      cwd: ctx.cwd,
      ...(v.record ? { record: v.record } : {}),
      ...(v.now ? { now: parseTime(v.now, nowSeconds(), refer('now')) } : {}),
      ...(ctx.run ? { run: ctx.run } : {}),
    },
    refer,
  );
}

/** A recording (its own versions), or both windows and no version nor store (compare by window). */
function recordedOrByWindow(v: CompareValues): boolean {
  if (v['metrics-file']) return true;
  return (
    !v['baseline-version'] &&
    !v['baseline-store'] &&
    v['candidate-window'] !== undefined &&
    v['baseline-window'] !== undefined
  );
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

function pick<T extends string>(value: string | undefined, choices: readonly T[], what: string): T | undefined {
  if (value === undefined || value === '') return undefined;
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new ConfigurationError(`${what} is ${JSON.stringify(value)}: expected one of ${choices.join(', ')}.`);
}

/** Input `timeout`: a duration of at most 6h (a GitHub job's own limit). */
export function runTimeout(text: string | undefined, refer: Refer = referInput): RunTimeout {
  const given = text !== undefined && text.trim() !== '';
  const seconds = parseDuration(given ? text : DEFAULT_RUN_TIMEOUT, refer('timeout'));
  if (seconds > MAX_RUN_TIMEOUT_SECONDS) {
    throw new ConfigurationError(
      `${refer('timeout')} is ${JSON.stringify(text)}: at most 6h (a GitHub job's own limit); the default is ${DEFAULT_RUN_TIMEOUT}.`,
    );
  }
  return {
    seconds,
    label: `${refer('timeout')} ${given ? (text as string).trim() : `${DEFAULT_RUN_TIMEOUT} (default)`}`,
  };
}
