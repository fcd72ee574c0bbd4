/**
 * Step 1 of post-deploy-verify: the inputs resolved into typed settings before the first query (config, bake
 * settings, versions, windows, rollback target, S3 locations), so a mistake fails in seconds, not after a
 * 30-minute bake. Throws ConfigurationError.
 */
import { type ComparePlan, planCompare } from '../compare/compare.js';
import { loadConfig } from '../config/file.js';
import { ConfigurationError } from '../errors.js';
import type { Octokit } from '../github/client.js';
import type { Logger } from '../log.js';
import type { ReleaseBaseline } from '../model/baseline.js';
import type { ArtifactUploader } from '../publish/artifact.js';
import { parseS3Uri, type S3, type S3Location, s3Uri } from '../publish/s3.js';
import { settingsWarning } from '../report/prose.js';
import { openSource, type SourceOptions } from '../sources/create.js';
import { RecordingSource } from '../sources/file.js';
import type { MetricSource } from '../sources/types.js';
import { readCheckedBaseline, type StableBaseline } from '../store/baseline.js';
import { formatDuration, isoTime, nowSeconds, parseDuration, parseTime } from '../time.js';
import type { AwsClients } from './clients.js';
import type { CodeDeploy, DeploymentTarget, RollbackMode } from './codedeploy.js';
import { evidenceKey, type Verification } from './evidence.js';
import type { GrafanaOptions } from './grafana.js';
import type { JiraOptions } from './jira.js';
import type { Clock } from './loop.js';
import { type BakeSettings, resolveBakeSettings } from './settings.js';

export const DEFAULT_BASELINE_WINDOW = '-1h..now';
export const FAIL_ON_CHOICES = ['rollback', 'ticket', 'inconclusive'] as const;
/** How far in the future a bake-start may lie (clock skew between the deploy step and this one). */
export const MAX_FUTURE_START_SECONDS = 300;

export interface VerifyOptions extends SourceOptions {
  service?: string;
  environment?: string;
  /** The deployed version (version label value). */
  candidateVersion?: string;
  baselineVersion?: string;
  /**
   * START..END; relative times and "now" are relative to the bake start. Default: the baseline store record's
   * verified window when the record gives the baseline version's baseline, else the hour before the bake start.
   */
  baselineWindow?: string;
  /** s3://bucket/prefix/ of the baseline store; default: the s3-uri bucket/prefix. */
  baselineStore?: string;
  bakeDuration?: string;
  interval?: string;
  window?: string;
  /** Comma list of critical metric ids (default latency_p95_read,error_rate), or "none". */
  critical?: string;
  /** When the bake started (RFC 3339, unix seconds, "now", "-20m"); default now. */
  bakeStart?: string;
  config?: string;
  cwd?: string;
  outputDir: string;
  /** s3://bucket/prefix/ for the evidence. */
  s3Uri?: string;
  kmsKeyId?: string;
  deploymentId?: string;
  codedeployApplication?: string;
  codedeployDeploymentGroup?: string;
  /** auto | dry-run | off; default auto when a deployment is given, else off. */
  rollback?: string;
  /** Longest wait for the rollback deployment (default 20m). */
  rollbackTimeout?: string;
  continueOnPass?: boolean;
  /** Promote a passing version to the baseline store (default true when a store is known). */
  promote?: boolean;
  jira?: JiraOptions;
  githubIssue?: { token?: string; repository?: { owner: string; repo: string }; labels?: string[] };
  slackWebhook?: string;
  grafana?: GrafanaOptions;
  /** Comma list of verdicts that fail the run (default "rollback,inconclusive"); "none" = only operational failures. */
  failOn?: string;
  /** Also record every query and answer (driftgate.recording/v1) to this file. */
  record?: string;
  run?: Verification['run'];
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
  failOn: string[];
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
  options: VerifyOptions,
  deps: VerifyDeps,
  logger: Logger,
  clients: AwsClients,
): Promise<VerifyPlan> {
  const cwd = options.cwd ?? process.cwd();
  const opened = openSource(options, cwd, logger, deps.source);
  const defaults = opened.defaults;
  const d: Defaults = (k) =>
    typeof defaults[k] === 'string' || typeof defaults[k] === 'number' ? String(defaults[k]) : undefined;

  const bakeStart = parseBakeStart(
    given(options.bakeStart) ?? d('bakeStart') ?? 'now',
    deps.clock?.now() ?? nowSeconds(),
  );
  const settings = await loadBakeSettings(options, d, cwd);
  for (const w of settings.warnings ?? []) logger.warning(settingsWarning(w));
  const evidenceLocation = given(options.s3Uri) ? parseS3Uri(options.s3Uri as string, 'Input "s3-uri"') : undefined;
  const storeUri = baselineStoreUri(options, evidenceLocation);
  const deployment = parseDeploymentTarget(options);
  const rollback = parseRollback(options, deployment.given);
  const failOn = parseFailOn(given(options.failOn) ?? 'rollback,inconclusive', logger);
  if (options.continueOnPass && !deployment.given) {
    throw new ConfigurationError(
      'Input "continue-on-pass" is true but no deployment is given: set "deployment-id" (or "codedeploy-application" + "codedeploy-deployment-group").',
    );
  }
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
  options: VerifyOptions,
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
      service,
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
function parseBakeStart(text: string, now: number): number {
  const bakeStart = parseTime(text, now, 'Input "bake-start"');
  if (bakeStart > now + MAX_FUTURE_START_SECONDS) {
    throw new ConfigurationError(
      `Input "bake-start" is ${JSON.stringify(text)} (${isoTime(bakeStart)}), ${formatDuration(Math.round(bakeStart - now))} in the future: a bake starts when the deploy finishes, at most ${formatDuration(MAX_FUTURE_START_SECONDS)} ahead (clock skew); give the deploy's finish time, "now", or a past time to replay a bake.`,
    );
  }
  return bakeStart;
}

/** The config's `bake:` section with the inputs laid over it (a recording's own config: "builtin"). */
async function loadBakeSettings(options: VerifyOptions, d: Defaults, cwd: string): Promise<BakeSettings> {
  const config = await loadConfig(given(options.config) ?? d('config'), cwd);
  return resolveBakeSettings(
    config.bake as Record<string, any>,
    {
      duration: given(options.bakeDuration) ?? d('bakeDuration'),
      interval: given(options.interval) ?? d('interval'),
      window: given(options.window) ?? d('window'),
      critical: given(options.critical),
    },
    config.metrics,
    config.resolution,
    config.file ?? '.github/driftgate.yml',
  );
}

/** The baseline store: the input, else the evidence bucket and prefix. */
function baselineStoreUri(options: VerifyOptions, evidence: S3Location | undefined): string | undefined {
  const store = given(options.baselineStore);
  const uri = store ?? (evidence ? s3Uri(evidence.bucket, evidence.prefix) : undefined);
  if (store) parseS3Uri(options.baselineStore as string, 'Input "baseline-store"');
  return uri;
}

/** The CodeDeploy deployment to roll back or continue: an id, or an application and its group. */
function parseDeploymentTarget(options: VerifyOptions): VerifyPlan['deployment'] {
  const deploymentId = given(options.deploymentId);
  const application = given(options.codedeployApplication);
  const deploymentGroup = given(options.codedeployDeploymentGroup);
  const target: DeploymentTarget = {
    ...(deploymentId ? { deploymentId } : {}),
    ...(application ? { application } : {}),
    ...(deploymentGroup ? { deploymentGroup } : {}),
  };
  if (!target.deploymentId && !!target.application !== !!target.deploymentGroup) {
    throw new ConfigurationError(
      'Inputs "codedeploy-application" and "codedeploy-deployment-group" go together: set both (the latest deployment of the group is rolled back), or use "deployment-id".',
    );
  }
  return { target, given: !!target.deploymentId || (!!target.application && !!target.deploymentGroup) };
}

function parseRollback(options: VerifyOptions, hasTarget: boolean): VerifyPlan['rollback'] {
  const text = given(options.rollback);
  if (text && !['auto', 'dry-run', 'off'].includes(text)) {
    throw new ConfigurationError(`Input "rollback" is ${JSON.stringify(text)}: expected auto, dry-run or off.`);
  }
  const mode = (text ?? (hasTarget ? 'auto' : 'off')) as RollbackMode;
  if (mode === 'auto' && !hasTarget) {
    throw new ConfigurationError(
      'Input "rollback" is "auto" but no deployment is given: set "deployment-id" (or "codedeploy-application" + "codedeploy-deployment-group"), or use rollback: dry-run / off.',
    );
  }
  return { mode, waitSeconds: parseDuration(given(options.rollbackTimeout) ?? '20m', 'Input "rollback-timeout"') };
}

/** The verdicts that fail the run; v1's "breach" is read as "ticket" with a warning. */
function parseFailOn(text: string, logger: Logger): string[] {
  if (text === 'none') return [];
  const failOn = text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((f) => {
      if (f !== 'breach') return f;
      logger.warning(
        'Input "fail-on" lists "breach", the verdict v1 called breach: it is "ticket" now (drift beyond tolerance, a ticket filed); standing SLO breaches no longer set a verdict. Read as "ticket"; write "ticket".',
      );
      return 'ticket';
    });
  for (const f of failOn) {
    if (!(FAIL_ON_CHOICES as readonly string[]).includes(f)) {
      throw new ConfigurationError(
        `Input "fail-on" lists ${JSON.stringify(f)}: expected a comma list of ${FAIL_ON_CHOICES.join(', ')}, or none.`,
      );
    }
  }
  return failOn;
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
    },
  });
}
