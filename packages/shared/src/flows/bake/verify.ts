/**
 * post-deploy-verify end to end, shared by the action and `driftgate verify`: a composition of four steps.
 *
 *   1. plan (plan.ts): the inputs resolved into typed settings before the first query (config, bake settings,
 *      versions, windows, rollback target, S3 locations): a mistake fails in seconds, not after a 30-minute bake;
 *   2. bake (loop.ts): replaying the part already over, then live;
 *   3. act (act.ts): CodeDeploy rollback, ContinueDeployment on pass, tickets for drift, promotion of a passing
 *      version to the baseline store, Slack and Grafana notifications;
 *   4. archive (archive.ts): perf_verification.json written locally (always), then to S3 write-once with
 *      SSE-KMS; if the upload fails, it is uploaded as a workflow artifact and the run fails.
 * Cancellation (an aborted signal: SIGTERM/SIGINT) stops the bake and writes what is known as `cancelled`; a
 * metric source that cannot be reached for the baseline writes the evidence as inconclusive, saying why.
 */
import { resolve } from 'node:path';
import type { BakeVerdict } from '../../core/bake/rules.js';
import { ConfigurationError, errorMessage } from '../../core/errors.js';
import { type Logger, silentLogger } from '../../core/log.js';
import { headline as conclusionHeadline } from '../../core/report/prose.js';
import { DEFAULT_AWS_CALL_TIMEOUT_MS } from '../../io/aws.js';
import { checkOutputDir } from '../../io/paths.js';
import { proxyFetch } from '../../io/proxy.js';
import type { PutResult } from '../../io/publish/s3.js';
import { RecordingSource } from '../../io/sources/file.js';
import { type ActEnv, actOnVerdict, annotateBakeStart, type BakeResult, verificationOf } from './act.js';
import { archiveEvidence } from './archive.js';
import { planVerify, type VerifyDeps, type VerifyPlan, type VerifySettings } from './bake-plan.js';
import { type AwsClients, lazyAwsClients } from './clients.js';
import {
  type Actions,
  outcomeFinding,
  renderVerificationMarkdown,
  type Verification,
  writeVerification,
} from './evidence.js';
import { type BakeOutcome, runBake } from './loop.js';

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

export async function runVerify(options: VerifySettings, deps: VerifyDeps = {}): Promise<VerifyResult> {
  const logger = deps.logger ?? silentLogger;
  // Every AWS call ends within rollback-timeout (at most 60 s), once the plan has read it.
  let callTimeoutMs = DEFAULT_AWS_CALL_TIMEOUT_MS;
  const clients = lazyAwsClients(options.awsRegion, deps, () => callTimeoutMs);
  const env: ActEnv = { options, deps, logger, clients, fetch: deps.fetch ?? proxyFetch };

  // 1. Plan: everything resolved up front.
  const plan = await planVerify(options, deps, logger, clients);
  // The evidence's directory is made before the first query, tick or action (planVerify checked it).
  checkOutputDir(options.outputDir, plan.cwd, 'output-dir', { create: true });
  callTimeoutMs = Math.min(DEFAULT_AWS_CALL_TIMEOUT_MS, plan.rollback.waitSeconds * 1000);
  await checkDeployment(plan, clients, logger);
  const start = await annotateBakeStart(plan, env);

  // 2. Bake.
  const outcome = await bake(plan, deps, logger);
  if (options.record && plan.source instanceof RecordingSource)
    await plan.source.save(resolve(plan.cwd, options.record));
  const result = conclude(plan, outcome);
  logger.info(`Verdict: ${result.verdict}. ${result.headline}`);

  // 3. Act on the verdict, with the evidence written locally first: a run killed during a rollback or a
  // promotion still leaves the verdict and its data behind (the final file, with the actions, replaces it).
  const pending: Actions = {
    rollback: null,
    continue_deployment: null,
    tickets: [],
    promotion: null,
    notifications: start ? [start] : [],
  };
  const early = await writeVerification(
    verificationOf(result, pending, options.run),
    resolve(plan.cwd, options.outputDir),
  );
  logger.info(`Evidence written to ${early.path} before acting on the verdict.`);
  const { actions, failures } = await actOnVerdict(result, env, start ? [start] : []);

  // 4. Archive: locally first, then S3.
  const verification = verificationOf(result, actions, options.run);
  const archived = await archiveEvidence(verification, plan, options.outputDir, deps, logger, clients);
  failures.push(...archived.failures, ...verdictFailures(result, plan.failOn));
  return {
    verification,
    markdown: renderVerificationMarkdown(verification),
    path: archived.path,
    s3: archived.s3,
    ...(archived.s3Error ? { s3Error: archived.s3Error } : {}),
    ...(archived.artifact ? { artifact: archived.artifact } : {}),
    failed: failures.length > 0,
    failures,
    outcome,
  };
}

/**
 * A deployment-id that CodeDeploy does not know is a typo: refused before the bake, not found after it. Any
 * other failure (network, permissions) is a warning here; the rollback reports it if it comes to that.
 */
async function checkDeployment(plan: VerifyPlan, clients: AwsClients, logger: Logger): Promise<void> {
  const id = plan.deployment.target.deploymentId;
  if (!id || plan.rollback.mode !== 'auto') return;
  const { GetDeploymentCommand } = await import('@aws-sdk/client-codedeploy');
  try {
    await clients.codedeploy().send(new GetDeploymentCommand({ deploymentId: id }));
  } catch (e) {
    const name = (e as Error).name;
    if (name === 'DeploymentDoesNotExistException' || name === 'InvalidDeploymentIdException') {
      throw new ConfigurationError(
        `Input "deployment-id" is ${JSON.stringify(id)}: CodeDeploy has no such deployment (${name}); check the id (d-XXXXXXXXX) and the region, or leave it empty.`,
      );
    }
    logger.warning(`Could not check deployment ${id} before the bake: ${errorMessage(e)}`);
  }
}

function bake(plan: VerifyPlan, deps: VerifyDeps, logger: Logger): Promise<BakeOutcome> {
  const { compare } = plan;
  return runBake(
    {
      service: compare.service,
      environment: compare.environment,
      baselineVersion: compare.baselineVersion,
      candidateVersion: compare.candidateVersion,
      baselineWindow: compare.baselineWindow,
      bakeStart: plan.bakeStart,
      settings: plan.settings,
      metrics: compare.config.metrics,
      collect: {
        labels: compare.config.labels,
        resolution: compare.config.resolution,
        scrapeInterval: compare.config.scrapeInterval,
      },
      judge: {
        method: compare.method,
        tolerance: compare.config.tolerance,
        confidence: compare.config.confidence,
        trimIncidents: compare.config.trimIncidents,
      },
      ...(plan.stored ? { stored: plan.stored } : {}),
      ...(plan.storedWindow ? { storedWindow: true } : {}),
    },
    {
      source: plan.source,
      logger,
      ...(deps.clock ? { clock: deps.clock } : {}),
      ...(deps.signal ? { signal: deps.signal } : {}),
    },
  );
}

/** The verdict and its headline; a cancelled run says so and acts on nothing. */
function conclude(plan: VerifyPlan, outcome: BakeOutcome): BakeResult {
  const verdict: BakeVerdict = outcome.cancelled ? 'cancelled' : outcome.conclusion.verdict;
  return { plan, outcome, verdict, headline: conclusionHeadline(outcomeFinding(outcome)) };
}

/** A cancelled run fails, and so does one whose source could not be reached; so does a verdict listed in fail-on. */
function verdictFailures({ verdict, outcome }: BakeResult, failOn: readonly string[]): string[] {
  if (verdict === 'cancelled') return ['the run was cancelled'];
  if (outcome.unreachable !== undefined) return [`the metric source could not be reached: ${outcome.unreachable}`];
  return failOn.includes(verdict) ? [`verdict ${verdict} (fail-on: ${failOn.join(',')})`] : [];
}
