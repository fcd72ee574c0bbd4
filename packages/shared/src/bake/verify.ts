/**
 * post-deploy-verify end to end, shared by the action and `driftgate verify`:
 *
 *   1. resolve everything before the first query (config, bake settings, versions, windows, rollback target,
 *      S3 location): a mistake fails in seconds, not after a 30-minute bake;
 *   2. bake (loop.ts) — replaying the part already over, then live;
 *   3. act on the verdict: CodeDeploy rollback (codedeploy.ts), ContinueDeployment on pass, tickets for
 *      drift (jira.ts, github-issue.ts), promotion of a passing version to the baseline store (store.ts),
 *      Slack and Grafana notifications;
 *   4. evidence: perf_verification.json written locally (always), then to S3 write-once with SSE-KMS
 *      (publish/s3.ts); if the upload fails, it is uploaded as a workflow artifact and the run fails.
 * Cancellation (an aborted signal: SIGTERM/SIGINT) stops the bake and writes what is known as `cancelled`.
 */
import { resolve } from 'node:path';
import { planCompare } from '../compare.js';
import { loadConfig } from '../config.js';
import { ConfigurationError, errorMessage } from '../errors.js';
import type { Octokit } from '../github/client.js';
import { type Logger, silentLogger } from '../log.js';
import { type ArtifactUploader, githubArtifactUploader } from '../publish/artifact.js';
import { type PutResult, parseS3Uri, putWriteOnce, type S3, s3Client, s3Uri } from '../publish/s3.js';
import { RecordingSource } from '../sources/file.js';
import { openSource, type SourceOptions } from '../sources/index.js';
import type { MetricSource } from '../sources/types.js';
import { formatDuration, isoTime, nowSeconds, parseDuration, parseTime } from '../time.js';
import {
  type CodeDeploy,
  codeDeployClient,
  continueDeployment,
  type DeploymentTarget,
  type RollbackMode,
  type RollbackRecord,
  rollbackDeployment,
} from './codedeploy.js';
import {
  type Actions,
  buildVerification,
  evidenceKey,
  renderVerificationMarkdown,
  type TicketRecord,
  type Verification,
  writeVerification,
} from './evidence.js';
import { GitHubIssueSink } from './github-issue.js';
import { annotate, type GrafanaOptions } from './grafana.js';
import { type JiraOptions, JiraSink } from './jira.js';
import { type BakeOutcome, type Clock, runBake } from './loop.js';
import type { BakeVerdict } from './rules.js';
import { resolveBakeSettings } from './settings.js';
import { postSlack, slackMessage } from './slack.js';
import { promoteStableBaseline, readStableBaseline } from './store.js';
import { driftTicket, type TicketSink } from './ticket.js';

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
  /** START..END; relative times and "now" are relative to the bake start. Default: the hour before it. */
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
  sleep?: (ms: number) => Promise<void>;
}

export interface VerifyResult {
  verification: Verification;
  markdown: string;
  path: string;
  s3: PutResult | null;
  s3Error?: string;
  artifact?: { id?: number; skipped?: string };
  failed: boolean;
  /** Why the run fails (empty when it does not). */
  failures: string[];
  outcome: BakeOutcome;
}

function given(v: string | undefined): string | undefined {
  return v !== undefined && v.trim() !== '' ? v.trim() : undefined;
}

export async function runVerify(options: VerifyOptions, deps: VerifyDeps = {}): Promise<VerifyResult> {
  const logger = deps.logger ?? silentLogger;
  const cwd = options.cwd ?? process.cwd();
  const opened = openSource(options, cwd, logger, deps.source);
  let source = opened.source;
  const defaults = opened.defaults;
  const d = (k: string) =>
    typeof defaults[k] === 'string' || typeof defaults[k] === 'number' ? String(defaults[k]) : undefined;

  // 1. Resolve everything up front.
  const now = deps.clock?.now() ?? nowSeconds();
  const bakeStartText = given(options.bakeStart) ?? d('bakeStart') ?? 'now';
  const bakeStart = parseTime(bakeStartText, now, 'Input "bake-start"');
  if (bakeStart > now + MAX_FUTURE_START_SECONDS) {
    throw new ConfigurationError(
      `Input "bake-start" is ${JSON.stringify(bakeStartText)} (${isoTime(bakeStart)}), ${formatDuration(Math.round(bakeStart - now))} in the future: a bake starts when the deploy finishes, at most ${formatDuration(MAX_FUTURE_START_SECONDS)} ahead (clock skew); give the deploy's finish time, "now", or a past time to replay a bake.`,
    );
  }
  const config = loadConfig(given(options.config) ?? d('config'), cwd); // a recording's own config ("builtin")
  const settings = resolveBakeSettings(
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
  for (const w of settings.warnings ?? []) logger.warning(w);
  const evidenceLocation = given(options.s3Uri) ? parseS3Uri(options.s3Uri as string, 'Input "s3-uri"') : undefined;
  const storeUri =
    given(options.baselineStore) ??
    (evidenceLocation ? s3Uri(evidenceLocation.bucket, evidenceLocation.prefix) : undefined);
  if (given(options.baselineStore)) parseS3Uri(options.baselineStore as string, 'Input "baseline-store"');
  const target: DeploymentTarget = {
    ...(given(options.deploymentId) ? { deploymentId: given(options.deploymentId) } : {}),
    ...(given(options.codedeployApplication) ? { application: given(options.codedeployApplication) } : {}),
    ...(given(options.codedeployDeploymentGroup) ? { deploymentGroup: given(options.codedeployDeploymentGroup) } : {}),
  };
  const hasTarget = !!target.deploymentId || (!!target.application && !!target.deploymentGroup);
  if (!target.deploymentId && !!target.application !== !!target.deploymentGroup) {
    throw new ConfigurationError(
      'Inputs "codedeploy-application" and "codedeploy-deployment-group" go together: set both (the latest deployment of the group is rolled back), or use "deployment-id".',
    );
  }
  const rollbackText = given(options.rollback);
  if (rollbackText && !['auto', 'dry-run', 'off'].includes(rollbackText)) {
    throw new ConfigurationError(`Input "rollback" is ${JSON.stringify(rollbackText)}: expected auto, dry-run or off.`);
  }
  const rollbackMode = (rollbackText ?? (hasTarget ? 'auto' : 'off')) as RollbackMode;
  if (rollbackMode === 'auto' && !hasTarget) {
    throw new ConfigurationError(
      'Input "rollback" is "auto" but no deployment is given: set "deployment-id" (or "codedeploy-application" + "codedeploy-deployment-group"), or use rollback: dry-run / off.',
    );
  }
  const rollbackWait = parseDuration(given(options.rollbackTimeout) ?? '20m', 'Input "rollback-timeout"');
  const failOnText = given(options.failOn) ?? 'rollback,inconclusive';
  const failOn =
    failOnText === 'none'
      ? []
      : failOnText
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
  if (options.continueOnPass && !hasTarget) {
    throw new ConfigurationError(
      'Input "continue-on-pass" is true but no deployment is given: set "deployment-id" (or "codedeploy-application" + "codedeploy-deployment-group").',
    );
  }
  const service = given(options.service) ?? d('service');
  const environment = given(options.environment) ?? d('environment') ?? 'prod';
  let s3: S3 | undefined = deps.s3;
  const s3c = () => {
    s3 ??= s3Client({ region: options.awsRegion });
    return s3;
  };
  const plannedEnd = bakeStart + settings.durationSeconds;
  const plan = await planCompare(
    {
      service,
      environment,
      baselineVersion: given(options.baselineVersion),
      candidateVersion: given(options.candidateVersion),
      candidateWindow: `${bakeStart}..${plannedEnd}`,
      baselineWindow: given(options.baselineWindow) ?? d('baselineWindow') ?? DEFAULT_BASELINE_WINDOW,
      config: options.config,
      cwd,
      now: bakeStart,
      outputDir: options.outputDir,
    },
    { ...defaults, candidateWindow: undefined },
    {
      resolveBaseline: async () => {
        if (!storeUri || !service) return undefined;
        const rec = await readStableBaseline(storeUri, service, environment, { s3: s3c(), logger, ...deps.retry });
        return rec
          ? { version: rec.version, resolvedFrom: `baseline store (${storeUri}, verified ${rec.verifiedAt})` }
          : undefined;
      },
    },
  );
  logger.info(
    `${plan.service} (${plan.environment}): candidate ${plan.candidateVersion}, baseline ${plan.baselineVersion} from ${plan.baselineResolvedFrom || 'input'}, ` +
      `rollback ${rollbackMode}${hasTarget ? ` (${target.deploymentId ?? `${target.application}/${target.deploymentGroup}`})` : ''}, evidence ${evidenceLocation ? s3Uri(evidenceLocation.bucket, evidenceLocation.prefix) : 'local only'}.`,
  );
  if (options.record) {
    source = new RecordingSource(source, {
      defaults: {
        service: plan.service,
        environment: plan.environment,
        baselineVersion: plan.baselineVersion,
        candidateVersion: plan.candidateVersion,
        baselineWindow: `${plan.baselineWindow.start}..${plan.baselineWindow.end}`,
        bakeStart,
        bakeDuration: formatDuration(settings.durationSeconds),
        interval: formatDuration(settings.intervalSeconds),
        window: formatDuration(settings.windowSeconds),
      },
    });
  }
  const evidenceS3 = evidenceLocation
    ? {
        bucket: evidenceLocation.bucket,
        key: evidenceKey(evidenceLocation.prefix, bakeStart, plan.service, plan.environment, plan.candidateVersion),
      }
    : undefined;
  const evidenceUri = evidenceS3 ? s3Uri(evidenceS3.bucket, evidenceS3.key) : null;
  const runUrl = options.run?.url ?? null;
  const notifications: Actions['notifications'] = [];
  const f = deps.fetch ?? fetch;
  const tags = ['driftgate', `service:${plan.service}`, `env:${plan.environment}`, `version:${plan.candidateVersion}`];

  // Release impact marker at the bake start.
  if (options.grafana) {
    const r = await annotate(
      { ...options.grafana, fetch: f },
      {
        time: bakeStart,
        tags: [...tags, 'deploy'],
        text: `deploy ${plan.service} ${plan.candidateVersion} (baseline ${plan.baselineVersion}): bake started`,
      },
    );
    notifications.push({
      kind: 'grafana',
      what: 'bake start annotation',
      ok: r.ok,
      ...(r.detail ? { detail: r.detail } : {}),
    });
    if (!r.ok) logger.warning(`Grafana annotation failed: ${r.detail}`);
  }

  // 2. Bake.
  const outcome = await runBake(
    {
      service: plan.service,
      environment: plan.environment,
      baselineVersion: plan.baselineVersion,
      candidateVersion: plan.candidateVersion,
      baselineWindow: plan.baselineWindow,
      bakeStart,
      settings,
      metrics: plan.config.metrics,
      collect: {
        labels: plan.config.labels,
        resolution: plan.config.resolution,
        scrapeInterval: plan.config.scrapeInterval,
      },
      judge: { method: plan.method, tolerance: plan.config.tolerance, confidence: plan.config.confidence },
    },
    { source, logger, ...(deps.clock ? { clock: deps.clock } : {}), ...(deps.signal ? { signal: deps.signal } : {}) },
  );
  if (options.record && source instanceof RecordingSource) await source.save(resolve(cwd, options.record));
  const verdict: BakeVerdict = outcome.cancelled ? 'cancelled' : outcome.conclusion.verdict;
  const headline = outcome.cancelled
    ? `Cancelled after ${outcome.ticks.length} tick(s): the run was stopped before the bake ended; no rollback, ticket or promotion.`
    : outcome.conclusion.headline;
  logger.info(`Verdict: ${verdict}. ${headline}`);
  const failures: string[] = [];

  // 3. Act on the verdict.
  const actions: Actions = { rollback: null, continue_deployment: null, tickets: [], promotion: null, notifications };
  let codedeploy = deps.codedeploy;
  const cd = () => {
    codedeploy ??= codeDeployClient({ region: options.awsRegion });
    return codedeploy;
  };
  if (verdict === 'rollback' && rollbackMode !== 'off') {
    const reason = outcome.conclusion.fired.find((x) => x.action === 'rollback')?.message ?? headline;
    if (!hasTarget) {
      actions.rollback = {
        mode: rollbackMode,
        deployment_id: null,
        action: 'none',
        rollback_deployment_id: null,
        final_status: null,
        waited_seconds: 0,
        notes: [
          'with deployment-id (or codedeploy-application + codedeploy-deployment-group), auto would roll the deployment back',
        ],
      };
    } else {
      try {
        actions.rollback = await rollbackDeployment({
          client: cd(),
          target,
          mode: rollbackMode as 'auto' | 'dry-run',
          reason: reason.slice(0, 300),
          waitSeconds: rollbackWait,
          ...(deps.rollbackPollSeconds !== undefined ? { pollSeconds: deps.rollbackPollSeconds } : {}),
          ...(deps.sleep ? { sleep: deps.sleep } : {}),
          logger,
        });
        const fs = actions.rollback.final_status;
        if (rollbackMode === 'auto' && fs !== 'Succeeded')
          failures.push(`the rollback did not succeed (${fs ?? 'no final status'})`);
      } catch (e) {
        if (e instanceof ConfigurationError) throw e;
        const record: RollbackRecord = {
          mode: rollbackMode,
          deployment_id: target.deploymentId ?? null,
          action: 'none',
          rollback_deployment_id: null,
          final_status: 'error',
          waited_seconds: 0,
          notes: [errorMessage(e)],
        };
        actions.rollback = record;
        failures.push(`the rollback failed: ${errorMessage(e)}`);
        logger.error(`Rollback failed: ${errorMessage(e)}`);
      }
    }
  }
  if (verdict === 'pass' && options.continueOnPass) {
    actions.continue_deployment = await continueDeployment(cd(), target);
    logger.info(
      `ContinueDeployment ${actions.continue_deployment.deployment_id}: ${actions.continue_deployment.status}`,
    );
  }

  // Evidence as known so far (tickets and Slack quote it).
  const build = () =>
    buildVerification({
      service: plan.service,
      environment: plan.environment,
      version: plan.candidateVersion,
      baselineVersion: plan.baselineVersion,
      baselineResolvedFrom: plan.baselineResolvedFrom,
      baselineWindow: plan.baselineWindow,
      bakeStart,
      settings,
      outcome,
      verdict,
      headline,
      source: { kind: source.kind, description: source.description, requests: source.requestCount() },
      actions,
      run: options.run ?? {},
      generatedAt: nowSeconds(),
    });

  const ticketFired = outcome.conclusion.fired.some((x) => x.action === 'ticket');
  if (ticketFired && verdict !== 'rollback' && verdict !== 'cancelled') {
    const sinks: TicketSink[] = [];
    if (options.jira) sinks.push(new JiraSink({ ...options.jira, fetch: f, logger }));
    if (options.githubIssue?.repository && (deps.octokit || options.githubIssue.token)) {
      const { githubClient } = await import('../github/client.js');
      const octokit = deps.octokit ?? githubClient(options.githubIssue.token as string);
      sinks.push(new GitHubIssueSink(octokit, options.githubIssue.repository, options.githubIssue.labels));
    }
    if (sinks.length === 0)
      logger.warning(
        'The drift rule fired but no ticket system is configured (jira-url + jira-project, or github-issue): nothing filed.',
      );
    const content = driftTicket(build(), { evidence: evidenceUri, run: runUrl });
    for (const sink of sinks) {
      const t: TicketRecord = await sink.file(content);
      actions.tickets.push(t);
      if (t.error) logger.warning(`${t.system} ticket failed: ${t.error}`);
      else logger.info(`${t.system} ticket ${t.created ? 'created' : 'already exists'}: ${t.url}`);
    }
  }
  if (verdict === 'pass' && storeUri && options.promote !== false) {
    try {
      actions.promotion = await promoteStableBaseline(
        storeUri,
        {
          service: plan.service,
          environment: plan.environment,
          version: plan.candidateVersion,
          window: { start: bakeStart, end: outcome.endedAt },
          verifiedAt: isoTime(nowSeconds()),
          ...(evidenceUri ? { verification: evidenceUri } : {}),
          ...(runUrl ? { run: runUrl } : {}),
        },
        { s3: s3c(), logger, ...deps.retry },
      );
      logger.info(`Baseline store: ${actions.promotion.message}`);
    } catch (e) {
      actions.promotion = { uri: storeUri, version: plan.candidateVersion, status: 'failed', message: errorMessage(e) };
      logger.warning(`Promotion to the baseline store failed: ${errorMessage(e)}`);
    }
  }
  if (options.slackWebhook) {
    const r = await postSlack(options.slackWebhook, slackMessage(build(), { evidence: evidenceUri, run: runUrl }), f);
    notifications.push({
      kind: 'slack',
      what: `verdict ${verdict}`,
      ok: r.ok,
      ...(r.detail ? { detail: r.detail } : {}),
    });
    if (!r.ok) logger.warning(`Slack message failed: ${r.detail}`);
  }
  if (options.grafana) {
    const r = await annotate(
      { ...options.grafana, fetch: f },
      {
        time: bakeStart,
        timeEnd: outcome.endedAt,
        tags: [...tags, `verdict:${verdict}`],
        text: `driftgate ${verdict}: ${headline}`,
      },
    );
    notifications.push({
      kind: 'grafana',
      what: 'verdict annotation',
      ok: r.ok,
      ...(r.detail ? { detail: r.detail } : {}),
    });
  }

  // 4. Evidence: locally first, then S3.
  const verification = build();
  const dir = resolve(cwd, options.outputDir);
  const written = await writeVerification(verification, dir);
  logger.info(`Evidence written to ${written.path}`);
  let put: PutResult | null = null;
  let s3Error: string | undefined;
  let artifact: VerifyResult['artifact'];
  if (evidenceS3) {
    try {
      put = await putWriteOnce({
        client: s3c(),
        bucket: evidenceS3.bucket,
        key: evidenceS3.key,
        body: written.body,
        ...(given(options.kmsKeyId) ? { kmsKeyId: given(options.kmsKeyId) } : {}),
        logger,
        retries: verdict === 'cancelled' ? 1 : (deps.retry?.retries ?? 4),
        ...(deps.retry?.minDelayMs !== undefined ? { minDelayMs: deps.retry.minDelayMs } : {}),
      });
      logger.info(`Evidence ${put.alreadyPresent ? 'already on' : 'uploaded to'} ${put.uri} (SHA-256 ${put.sha256}).`);
    } catch (e) {
      s3Error = errorMessage(e);
      failures.push(`uploading the evidence to S3 failed: ${s3Error}`);
      logger.error(`Uploading the evidence to S3 failed: ${s3Error}. The local file is kept: ${written.path}`);
      const uploader = deps.artifacts ?? githubArtifactUploader;
      try {
        artifact = await uploader.upload('perf-verification', [written.path], dir);
        if (artifact.skipped) logger.warning(`Workflow artifact not uploaded: ${artifact.skipped}`);
        else
          logger.info(
            `Evidence uploaded as workflow artifact perf-verification${artifact.id !== undefined ? ` (id ${artifact.id})` : ''}.`,
          );
      } catch (ae) {
        artifact = { skipped: `artifact upload failed: ${errorMessage(ae)}` };
        logger.warning(`Workflow artifact upload failed: ${errorMessage(ae)}`);
      }
    }
  }
  if (verdict === 'cancelled') failures.push('the run was cancelled');
  else if ((failOn as string[]).includes(verdict)) failures.push(`verdict ${verdict} (fail-on: ${failOn.join(',')})`);
  return {
    verification,
    markdown: renderVerificationMarkdown(verification),
    path: written.path,
    s3: put,
    ...(s3Error ? { s3Error } : {}),
    ...(artifact ? { artifact } : {}),
    failed: failures.length > 0,
    failures,
    outcome,
  };
}
