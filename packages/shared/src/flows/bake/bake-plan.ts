/**
 * Step 1 of post-deploy-verify: the inputs resolved into typed settings before the first query (config, bake
 * settings, versions, windows, rollback target, S3 locations), so a mistake fails in seconds, not after a
 * 30-minute bake. Throws ConfigurationError.
 */

import { type BakeSettings, resolveBakeSettings } from '../../core/bake/bake-settings.js';
import { BUILTIN_CONFIG } from '../../core/config.js';
import { ConfigurationError } from '../../core/errors.js';
import { referInput } from '../../core/inputs/input-spec.js';
import type { Logger } from '../../core/log.js';
import type { ReleaseBaseline } from '../../core/model/baseline.js';
import { settingsWarning } from '../../core/report/prose.js';
import { formatDuration, isoTime, nowSeconds, parseDuration, parseTime } from '../../core/time.js';
import type { CodeDeploy, DeploymentTarget, RollbackMode } from '../../io/codedeploy.js';
import { loadConfig } from '../../io/config/config-file.js';
import type { Octokit } from '../../io/github/github-client.js';
import type { GrafanaOptions } from '../../io/grafana.js';
import { checkOutputFile } from '../../io/paths.js';
import type { ArtifactUploader } from '../../io/publish/artifact.js';
import { parseS3Uri, type S3, type S3Location, s3Uri } from '../../io/publish/s3.js';
import { openSource, type SourceOptions } from '../../io/sources/create.js';
import { RecordingSource } from '../../io/sources/file.js';
import type { MetricSource } from '../../io/sources/source-types.js';
import { readCheckedBaseline, type StableBaseline } from '../../io/store/baseline-store.js';
import { type ComparePlan, planCompare } from '../compare/compare.js';
import type { JiraOptions } from './bake-jira.js';
import type { AwsClients } from './clients.js';
import { evidenceKey, type Verification } from './evidence.js';
import type { Clock } from './loop.js';

export const DEFAULT_BASELINE_WINDOW = '-1h..now';
export const FAIL_ON_CHOICES = ['rollback', 'ticket', 'inconclusive'] as const;
export const DEFAULT_FAIL_ON = ['rollback', 'inconclusive'] as const satisfies readonly FailOnVerdict[];
export const DEFAULT_ROLLBACK_TIMEOUT_SECONDS = 20 * 60;
/** How far in the future a bake-start may lie (clock skew between the deploy step and this one). */
export const MAX_FUTURE_START_SECONDS = 300;

export type FailOnVerdict = (typeof FAIL_ON_CHOICES)[number];

/**
 * What the bake runs with, typed (verify-settings.ts parses the inputs into it at the boundary). The service is
 * given, or a recording (metricsFile) carries it.
 */
export type VerifySettings = VerifyOptions & ({ service: string } | { service?: undefined; metricsFile: string });

export interface VerifyOptions extends SourceOptions {
  environment?: string | undefined;
  /** The deployed version (version label value). */
  candidateVersion?: string | undefined;
  baselineVersion?: string | undefined;
  /**
   * START..END; relative times and "now" are relative to the bake start. Default: the baseline store record's
   * verified window when the record gives the baseline version's baseline, else the hour before the bake start.
   */
  baselineWindow?: string | undefined;
  /** s3://bucket/prefix/ of the baseline store; default: the s3-uri bucket/prefix. */
  baselineStore?: string | undefined;
  /** Overrides the config's bake.duration (and a recording's). */
  bakeDurationSeconds?: number;
  /** Overrides the config's bake.interval (and a recording's). */
  intervalSeconds?: number;
  /** Overrides the config's bake.window (and a recording's). */
  windowSeconds?: number;
  /** Critical metric ids ([] = none); default the config's bake.critical. */
  critical?: string[];
  /** When the bake started (RFC 3339, unix seconds, "now", "-20m"); default the recording's, else now. */
  bakeStart?: string | undefined;
  config?: string | undefined;
  cwd?: string;
  outputDir: string;
  /** s3://bucket/prefix/ for the evidence. */
  s3Uri?: string | undefined;
  kmsKeyId?: string | undefined;
  /** The CodeDeploy deployment to roll back or continue. */
  deployment?: DeploymentTarget;
  /** Default auto when a deployment is given, else off. */
  rollback?: RollbackMode;
  /** Longest wait for the rollback deployment (default 20m). */
  rollbackTimeoutSeconds?: number;
  continueOnPass?: boolean;
  /** Promote a passing version to the baseline store (default true when a store is known). */
  promote?: boolean;
  jira?: JiraOptions;
  githubIssue?: { token?: string; repository?: { owner: string; repo: string }; labels?: string[] };
  slackWebhook?: string;
  grafana?: GrafanaOptions;
  /** Verdicts that fail the run (default rollback, inconclusive); [] = only operational failures. */
  failOn?: FailOnVerdict[];
  /** Also record every query and answer (driftgate.recording/v1) to this file. */
  record?: string;
  run?: Verification['run'];
  /** How messages name an input: `Input "x"` (the default) in an action, `--x` on the command line. */
  refer?: (input: string) => string;
  /** What reading the inputs noticed (fail-on "breach"), logged when the bake is planned. */
  warnings?: string[];
}

export interface VerifyDeps {
  logger?: Logger;
  source?: MetricSource;
  clock?: Clock;
  signal?: AbortSignal;
  s3?: S3;
  codedeploy?: CodeDeploy;
  artifacts?: ArtifactUploader;
  octokit?: Octokit;
  fetch?: typeof fetch;
  /** Retry tuning for S3 (tests). */
  retry?: { retries?: number; minDelayMs?: number };
  /** CodeDeploy polling (tests). */
  rollbackPollSeconds?: number;
  /**
   * A baseline store record given in-process (the demo, tests) instead of reading the store: the baseline's
   * version when none is given, and its per-metric baseline when its version is the baseline version.
   */
  stableBaseline?: StableBaseline;
  sleep?: (ms: number) => Promise<void>;
}

/** Everything the bake, the actions and the archive need, resolved from the inputs. */
export interface VerifyPlan {
  cwd: string;
  /** The metric source (wrapped in a RecordingSource with `record`). */
  source: MetricSource;
  bakeStart: number;
  settings: BakeSettings;
  /** Service, environment, versions, windows, config and judge method. */
  compare: ComparePlan;
  /** The baseline store (s3://bucket/prefix/), when known. */
  storeUri?: string;
  /** The baseline store record's per-metric baseline, when the record is of the baseline version and has one. */
  stored?: ReleaseBaseline;
  /** The baseline window is the record's verified window: `stored` was computed from the data collected. */
  storedWindow?: boolean;
  deployment: { target: DeploymentTarget; given: boolean };
  rollback: { mode: RollbackMode; waitSeconds: number };
  /** Verdicts that fail the run. */
  failOn: FailOnVerdict[];
  evidence: { s3?: { bucket: string; key: string }; uri: string | null; kmsKeyId?: string };
  runUrl: string | null;
}

/** A given input: trimmed, undefined when empty. */
export function given(v: string | undefined): string | undefined {
  return v !== undefined && v.trim() !== '' ? v.trim() : undefined;
}

/** Lookup of a recording's defaults (string or number values) by input name. */
type Defaults = (key: string) => string | undefined;

export async function planVerify(
  options: VerifySettings,
  deps: VerifyDeps,
  logger: Logger,
  clients: AwsClients,
): Promise<VerifyPlan> {
  const cwd = options.cwd ?? process.cwd();
  // The recording's path is checked first (output-dir: by planCompare below), before a tick or a rollback.
  checkOutputFile(options.record, cwd, { config: options.config, 'metrics-file': options.metricsFile }, 'record');
  const opened = openSource(options, cwd, logger, deps.source);
  const defaults = opened.defaults;
  const d: Defaults = (k) =>
    typeof defaults[k] === 'string' || typeof defaults[k] === 'number' ? String(defaults[k]) : undefined;

  const refer = options.refer ?? referInput;
  const bakeStart = parseBakeStart(
    given(options.bakeStart) ?? d('bakeStart') ?? 'now',
    deps.clock?.now() ?? nowSeconds(),
    refer,
  );
  const settings = await loadBakeSettings(options, d, cwd);
  for (const w of settings.warnings ?? []) logger.warning(settingsWarning(w));
  const evidenceLocation = given(options.s3Uri) ? parseS3Uri(options.s3Uri as string, refer('s3-uri')) : undefined;
  const storeUri = baselineStoreUri(options, evidenceLocation, refer);
  const target = options.deployment ?? {};
  const deployment = { target, given: !!target.deploymentId || (!!target.application && !!target.deploymentGroup) };
  const rollback = {
    mode: options.rollback ?? (deployment.given ? 'auto' : 'off'),
    waitSeconds: options.rollbackTimeoutSeconds ?? DEFAULT_ROLLBACK_TIMEOUT_SECONDS,
  };
  const failOn = options.failOn ?? [...DEFAULT_FAIL_ON];
  for (const w of options.warnings ?? []) logger.warning(w);
  const {
    plan: compare,
    record,
    recordWindow,
  } = await planComparison(options, d, defaults, bakeStart, settings, storeUri, {
    cwd,
    deps,
    logger,
    clients,
  });
  const stored = record?.version === compare.baselineVersion ? record.baseline : undefined;
  logger.info(planSummary(compare, rollback.mode, deployment, evidenceLocation));
  const evidenceS3 = evidenceLocation
    ? {
        bucket: evidenceLocation.bucket,
        key: evidenceKey(
          evidenceLocation.prefix,
          bakeStart,
          compare.service,
          compare.environment,
          compare.candidateVersion,
        ),
      }
    : undefined;
  const kmsKeyId = given(options.kmsKeyId);
  return {
    cwd,
    source: options.record ? recordingSource(opened.source, compare, bakeStart, settings) : opened.source,
    bakeStart,
    settings,
    compare,
    ...(storeUri ? { storeUri } : {}),
    ...(stored ? { stored } : {}),
    ...(stored && recordWindow ? { storedWindow: true } : {}),
    deployment,
    rollback,
    failOn,
    evidence: {
      ...(evidenceS3 ? { s3: evidenceS3 } : {}),
      uri: evidenceS3 ? s3Uri(evidenceS3.bucket, evidenceS3.key) : null,
      ...(kmsKeyId ? { kmsKeyId } : {}),
    },
    runUrl: options.run?.url ?? null,
  };
}

/**
 * Service, environment, versions (the baseline from the store when not given) and windows, as compare plans
 * them; and the store record read (or given in-process), whose per-metric baseline the bake uses.
 */
async function planComparison(
  options: VerifySettings,
  d: Defaults,
  defaults: Record<string, unknown>,
  bakeStart: number,
  settings: BakeSettings,
  storeUri: string | undefined,
  env: { cwd: string; deps: VerifyDeps; logger: Logger; clients: AwsClients },
): Promise<{ plan: ComparePlan; record?: StableBaseline; recordWindow?: boolean }> {
  const service = given(options.service) ?? d('service');
  const environment = given(options.environment) ?? d('environment') ?? 'prod';
  let record: StableBaseline | undefined = env.deps.stableBaseline;
  // A window given as input, or recorded (a replay asks the recorded queries).
  const windowGiven = given(options.baselineWindow) ?? d('baselineWindow');
  const plan = await planCompare(
    {
      // The settings give the service or a recording that carries it.
      ...(service !== undefined ? { service } : { metricsFile: options.metricsFile ?? '' }),
      environment,
      baselineVersion: given(options.baselineVersion),
      candidateVersion: given(options.candidateVersion),
      candidateWindow: `${bakeStart}..${bakeStart + settings.durationSeconds}`,
      baselineWindow: windowGiven ?? DEFAULT_BASELINE_WINDOW,
      config: options.config,
      cwd: env.cwd,
      now: bakeStart,
      outputDir: options.outputDir,
    },
    { ...defaults, candidateWindow: undefined },
    {
      resolveBaseline: async () => {
        if (record)
          return { version: record.version, resolvedFrom: `baseline store record (verified ${record.verifiedAt})` };
        if (!storeUri || !service) return undefined;
        const checked = await readCheckedBaseline(storeUri, service, environment, {
          s3: env.clients.s3(),
          logger: env.logger,
          ...env.deps.retry,
        });
        if (checked && !checked.evidenceChecked) env.logger.warning(`The baseline comes from ${checked.trust}.`);
        record = checked?.record;
        return checked ? { version: checked.record.version, resolvedFrom: checked.trust } : undefined;
      },
    },
  );
  // One baseline for every rule: when the record gives the baseline version's baseline and no window is given,
  // the baseline window is the record's verified window, the data its stored values were computed from; the
  // drift (ticket) rule judges against that data, the ratio and SLO rules against the stored values.
  if (!windowGiven && record?.baseline && record.version === plan.baselineVersion) {
    env.logger.info(
      `Baseline window: ${isoTime(record.window.start)} .. ${isoTime(record.window.end)}, the baseline store record's verified window (its stored baseline was computed from this data).`,
    );
    return { plan: { ...plan, baselineWindow: { ...record.window } }, record, recordWindow: true };
  }
  return { plan, ...(record ? { record } : {}) };
}

/** The bake start (unix seconds): a past time replays, at most MAX_FUTURE_START_SECONDS ahead (clock skew). */
function parseBakeStart(text: string, now: number, refer: (input: string) => string): number {
  const bakeStart = parseTime(text, now, refer('bake-start'));
  if (bakeStart > now + MAX_FUTURE_START_SECONDS) {
    throw new ConfigurationError(
      `${refer('bake-start')} is ${JSON.stringify(text)} (${isoTime(bakeStart)}), ${formatDuration(Math.round(bakeStart - now))} in the future: a bake starts when the deploy finishes, at most ${formatDuration(MAX_FUTURE_START_SECONDS)} ahead (clock skew); give the deploy's finish time, "now", or a past time to replay a bake.`,
    );
  }
  return bakeStart;
}

/** The config's `bake:` section with the inputs laid over it (a recording's own config: "builtin"). */
async function loadBakeSettings(options: VerifySettings, d: Defaults, cwd: string): Promise<BakeSettings> {
  const config = await loadConfig(given(options.config) ?? d('config'), cwd);
  const refer = options.refer ?? referInput;
  // A recording's own durations (formatDuration's text, written by this tool) apply when no input overrides them.
  const recorded = (key: string, input: string) => {
    const text = d(key);
    return text === undefined ? undefined : parseDuration(text, refer(input));
  };
  const durationSeconds = options.bakeDurationSeconds ?? recorded('bakeDuration', 'bake-duration');
  const intervalSeconds = options.intervalSeconds ?? recorded('interval', 'interval');
  const windowSeconds = options.windowSeconds ?? recorded('window', 'window');
  // A value the recording carries is named as the recording's, not as an input that was never given.
  const fromRecording = (input: 'bake-duration' | 'interval' | 'window', given: number | undefined, key: string) =>
    given === undefined && d(key) !== undefined
      ? { [input]: `the recording's ${input === 'bake-duration' ? 'bake duration' : input} (${refer('metrics-file')})` }
      : {};
  return resolveBakeSettings(
    config.bake as Record<string, any>,
    {
      ...(durationSeconds !== undefined ? { durationSeconds } : {}),
      ...(intervalSeconds !== undefined ? { intervalSeconds } : {}),
      ...(windowSeconds !== undefined ? { windowSeconds } : {}),
      ...(options.critical ? { critical: options.critical } : {}),
      refer,
      from: {
        ...fromRecording('bake-duration', options.bakeDurationSeconds, 'bakeDuration'),
        ...fromRecording('interval', options.intervalSeconds, 'interval'),
        ...fromRecording('window', options.windowSeconds, 'window'),
      },
    },
    config.metrics,
    config.resolution,
    config.file ?? null,
  );
}

/** The baseline store: the input, else the evidence bucket and prefix. */
function baselineStoreUri(
  options: VerifySettings,
  evidence: S3Location | undefined,
  refer: (input: string) => string,
): string | undefined {
  const store = given(options.baselineStore);
  const uri = store ?? (evidence ? s3Uri(evidence.bucket, evidence.prefix) : undefined);
  if (store) parseS3Uri(options.baselineStore as string, refer('baseline-store'));
  return uri;
}

function planSummary(
  compare: ComparePlan,
  rollbackMode: RollbackMode,
  deployment: VerifyPlan['deployment'],
  evidence: S3Location | undefined,
): string {
  const { target } = deployment;
  return (
    `${compare.service} (${compare.environment}): candidate ${compare.candidateVersion}, baseline ${compare.baselineVersion} from ${compare.baselineResolvedFrom || 'input'}, ` +
    `rollback ${rollbackMode}${deployment.given ? ` (${target.deploymentId ?? `${target.application}/${target.deploymentGroup}`})` : ''}, evidence ${evidence ? s3Uri(evidence.bucket, evidence.prefix) : 'local only'}.`
  );
}

/** Records every query and answer, with the resolved inputs as the recording's defaults (a replay needs none). */
function recordingSource(
  source: MetricSource,
  compare: ComparePlan,
  bakeStart: number,
  settings: BakeSettings,
): RecordingSource {
  return new RecordingSource(source, {
    defaults: {
      service: compare.service,
      environment: compare.environment,
      baselineVersion: compare.baselineVersion,
      candidateVersion: compare.candidateVersion,
      baselineWindow: `${compare.baselineWindow.start}..${compare.baselineWindow.end}`,
      bakeStart,
      bakeDuration: formatDuration(settings.durationSeconds),
      interval: formatDuration(settings.intervalSeconds),
      window: formatDuration(settings.windowSeconds),
      // Recorded without a config file: a replay uses the built-in catalog too, not the replaying checkout's own.
      ...(compare.config.file === null ? { config: BUILTIN_CONFIG } : {}),
    },
  });
}
