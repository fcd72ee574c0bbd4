/**
 * Rolling a deployment back with AWS CodeDeploy (PERF-003 §7 "If SLO breach -> invoke CodeDeploy rollback").
 *
 * The target is a deployment id (input deployment-id), or the latest deployment of an application's
 * deployment group (codedeploy-application + codedeploy-deployment-group). Then, after GetDeployment:
 *
 *   already rolled back   the deployment has rollbackInfo (CodeDeploy's own auto-rollback, or a previous run
 *                         of this action): record it, start nothing, wait for that rollback to finish.
 *   rolled back by us     a deployment created by an earlier run (its description carries
 *                         "driftgate rollback of <id>"): record it, start nothing.
 *   still active          Created/Queued/InProgress/Ready/Baking, e.g. ECS blue/green in its termination
 *                         wait, Lambda during a canary: StopDeployment with autoRollbackEnabled: true, so
 *                         CodeDeploy shifts traffic back to the original task set / alias version / instances.
 *   finished              Succeeded (or Failed/Stopped without a rollback): CreateDeployment of the
 *                         deployment's previousRevision to the same group.
 * DeploymentAlreadyCompletedException (it finished between our read and StopDeployment) falls through to
 * the "finished" path; DeploymentLimitExceededException (another deployment is running in the group) is
 * retried while the wait budget lasts, re-checking for a rollback someone else started.
 * Finally the rollback deployment is polled (bounded) until Succeeded, Failed or Stopped.
 * A re-run therefore never starts a second rollback.
 */
import type { CodeDeployClient, DeploymentInfo } from '@aws-sdk/client-codedeploy';
import { ConfigurationError, errorMessage } from '../core/errors.js';
import { type Logger, silentLogger } from '../core/log.js';
import { awsRequestHandler, lazyClient, type Sender } from './aws.js';
import { type AwsClientOptions, awsRegion } from './publish/s3.js';

export type RollbackMode = 'auto' | 'dry-run' | 'off';

export interface DeploymentTarget {
  deploymentId?: string;
  application?: string;
  deploymentGroup?: string;
}

export interface RollbackRecord {
  mode: RollbackMode;
  deployment_id: string | null;
  application?: string;
  deployment_group?: string;
  compute_platform?: string;
  /** Status of the deployment when we looked. */
  status_before?: string;
  action: 'stop-with-rollback' | 'redeploy-previous' | 'already-rolled-back' | 'none';
  /** For dry-run: what auto would have done. */
  would?: 'stop-with-rollback' | 'redeploy-previous';
  rollback_deployment_id: string | null;
  /** Succeeded | Failed | Stopped, or "timed-out (<status>)", or null when nothing was started. */
  final_status: string | null;
  waited_seconds: number;
  notes: string[];
}

/** @aws-sdk/client-codedeploy, imported on the first CodeDeploy request. */
const codeDeploySdk = () => import('@aws-sdk/client-codedeploy');

/** A CodeDeploy client (codeDeployClient's, or a ready one): the SDK loads on its first request. */
export type CodeDeploy = Sender<CodeDeployClient>;

const ACTIVE = new Set(['Created', 'Queued', 'InProgress', 'Ready', 'Baking']);
const FINAL = new Set(['Succeeded', 'Failed', 'Stopped']);

export function codeDeployClient(options: AwsClientOptions = {}): CodeDeploy {
  const config = {
    region: awsRegion(options.region),
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    maxAttempts: 3,
  };
  return lazyClient(
    async () => new (await codeDeploySdk()).CodeDeployClient({ ...config, requestHandler: await awsRequestHandler() }),
  );
}

export function rollbackMarker(deploymentId: string): string {
  return `driftgate rollback of ${deploymentId}`;
}

export interface RollbackOptions {
  client: CodeDeploy;
  target: DeploymentTarget;
  mode: 'auto' | 'dry-run';
  /** Why (goes into the rollback deployment's description). */
  reason: string;
  /** Longest wait for the rollback to reach a final state (default 20 min). */
  waitSeconds?: number;
  /** Longest time between polls (default 15 s; the first polls come sooner). */
  pollSeconds?: number;
  logger?: Logger;
  sleep?: (ms: number) => Promise<void>;
  /** A cancelled run (SIGTERM): stop waiting at once; the record says so. */
  signal?: AbortSignal;
}

/** `sleep`, ended early when `signal` aborts. */
function abortable(sleep: (ms: number) => Promise<void>, signal: AbortSignal | undefined) {
  if (!signal) return sleep;
  return (ms: number) =>
    signal.aborted
      ? Promise.resolve()
      : new Promise<void>((resolve) => {
          const done = () => {
            signal.removeEventListener('abort', done);
            resolve();
          };
          signal.addEventListener('abort', done, { once: true });
          void sleep(ms).then(done);
        });
}

const defaultSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

function code(e: unknown): string {
  return (e as Error)?.name ?? '';
}

async function get(client: CodeDeploy, id: string): Promise<DeploymentInfo> {
  const { GetDeploymentCommand } = await codeDeploySdk();
  const r = await client.send(new GetDeploymentCommand({ deploymentId: id }));
  if (!r.deploymentInfo) throw new Error(`GetDeployment ${id} returned no deploymentInfo`);
  return r.deploymentInfo;
}

/** The deployment to act on: the given id, or the newest deployment of the application's group. */
export async function resolveDeployment(client: CodeDeploy, target: DeploymentTarget): Promise<string> {
  if (target.deploymentId) return target.deploymentId;
  const { BatchGetDeploymentsCommand, ListDeploymentsCommand } = await codeDeploySdk();
  if (!target.application || !target.deploymentGroup) {
    throw new ConfigurationError(
      'No deployment to roll back: set "deployment-id", or both "codedeploy-application" and "codedeploy-deployment-group" (the latest deployment of the group is used).',
    );
  }
  const list = await client.send(
    new ListDeploymentsCommand({ applicationName: target.application, deploymentGroupName: target.deploymentGroup }),
  );
  const ids = (list.deployments ?? []).slice(0, 25);
  if (ids.length === 0) {
    throw new ConfigurationError(
      `CodeDeploy application "${target.application}" deployment group "${target.deploymentGroup}" has no deployments: check the names, or pass "deployment-id".`,
    );
  }
  const batch = await client.send(new BatchGetDeploymentsCommand({ deploymentIds: ids }));
  const newest = [...(batch.deploymentsInfo ?? [])].sort(
    (a, b) => (b.createTime?.getTime() ?? 0) - (a.createTime?.getTime() ?? 0),
  )[0];
  return newest?.deploymentId ?? (ids[0] as string);
}

/** A rollback deployment an earlier run of driftgate created for `info`, if any. */
async function findOurRollback(client: CodeDeploy, info: DeploymentInfo): Promise<DeploymentInfo | undefined> {
  if (!info.applicationName || !info.deploymentGroupName || !info.deploymentId) return undefined;
  const { BatchGetDeploymentsCommand, ListDeploymentsCommand } = await codeDeploySdk();
  const list = await client.send(
    new ListDeploymentsCommand({
      applicationName: info.applicationName,
      deploymentGroupName: info.deploymentGroupName,
      ...(info.createTime ? { createTimeRange: { start: info.createTime } } : {}),
    }),
  );
  const ids = (list.deployments ?? []).filter((d) => d !== info.deploymentId).slice(0, 25);
  if (ids.length === 0) return undefined;
  const batch = await client.send(new BatchGetDeploymentsCommand({ deploymentIds: ids }));
  // Ours: the description STARTS with the marker (as rollbackDeployment writes it), in the same group; a
  // deployment that merely mentions "driftgate rollback of d-X" somewhere does not suppress a rollback.
  const marker = `${rollbackMarker(info.deploymentId as string)}:`;
  return (batch.deploymentsInfo ?? []).find(
    (d) =>
      d.description?.startsWith(marker) === true &&
      d.applicationName === info.applicationName &&
      d.deploymentGroupName === info.deploymentGroupName,
  );
}

/** One rollback as it proceeds: the deployment as last read, the record being written, the bounded clock. */
interface RollbackRun {
  options: RollbackOptions;
  client: CodeDeploy;
  logger: Logger;
  sleep: (ms: number) => Promise<void>;
  cancelled: () => boolean;
  waitSeconds: number;
  pollMs: number;
  elapsed: () => number;
  /** The deployment rolled back. */
  id: string;
  info: DeploymentInfo;
  record: RollbackRecord;
}

export async function rollbackDeployment(options: RollbackOptions): Promise<RollbackRecord> {
  const run = await startRollback(options);
  const { record } = run;
  let rollbackId = await existingRollback(run);
  if (rollbackId) {
    record.action = 'already-rolled-back';
  } else if (options.mode === 'dry-run') {
    return dryRunRollback(run);
  } else {
    // Stop an active deployment (CodeDeploy rolls back), or redeploy the previous revision of a finished one.
    while (!rollbackId) {
      const next = ACTIVE.has(run.info.status ?? '') ? await stopWithRollback(run) : await redeployPrevious(run);
      if (next === null) return record;
      rollbackId = next;
    }
  }
  record.rollback_deployment_id = rollbackId;
  await waitForRollback(run, rollbackId);
  return record;
}

/** The deployment to roll back, read once, and the record that starts with what it was. */
async function startRollback(options: RollbackOptions): Promise<RollbackRun> {
  const { client } = options;
  await codeDeploySdk();
  const logger = options.logger ?? silentLogger;
  const started = Date.now();
  const id = await resolveDeployment(client, options.target);
  const info = await get(client, id);
  const record: RollbackRecord = {
    mode: options.mode,
    deployment_id: id,
    ...(info.applicationName ? { application: info.applicationName } : {}),
    ...(info.deploymentGroupName ? { deployment_group: info.deploymentGroupName } : {}),
    ...(info.computePlatform ? { compute_platform: info.computePlatform } : {}),
    ...(info.status ? { status_before: info.status } : {}),
    action: 'none',
    rollback_deployment_id: null,
    final_status: null,
    waited_seconds: 0,
    notes: [],
  };
  logger.info(`CodeDeploy deployment ${id} (${info.computePlatform ?? 'unknown platform'}) is ${info.status}.`);
  return {
    options,
    client,
    logger,
    sleep: abortable(options.sleep ?? defaultSleep, options.signal),
    cancelled: () => options.signal?.aborted === true,
    waitSeconds: options.waitSeconds ?? 1200,
    pollMs: (options.pollSeconds ?? 15) * 1000,
    elapsed: () => (Date.now() - started) / 1000,
    id,
    info,
    record,
  };
}

/** A rollback already under way: CodeDeploy's own, or one an earlier run of driftgate started (noted). */
async function existingRollback(run: RollbackRun): Promise<string | undefined> {
  const { info, record } = run;
  if (info.rollbackInfo?.rollbackDeploymentId) {
    record.notes.push(
      `already rolled back by ${info.rollbackInfo.rollbackDeploymentId}${info.rollbackInfo.rollbackMessage ? `: ${info.rollbackInfo.rollbackMessage}` : ''}`,
    );
    return info.rollbackInfo.rollbackDeploymentId;
  }
  const ours = await findOurRollback(run.client, info);
  if (ours?.deploymentId) {
    record.notes.push(`an earlier run already started rollback deployment ${ours.deploymentId}`);
    return ours.deploymentId;
  }
  return undefined;
}

/** dry-run: what auto would do, noted and logged. */
function dryRunRollback(run: RollbackRun): RollbackRecord {
  const { info, record, id } = run;
  record.would = ACTIVE.has(info.status ?? '') ? 'stop-with-rollback' : 'redeploy-previous';
  record.notes.push(
    record.would === 'stop-with-rollback'
      ? `dry-run: would StopDeployment ${id} with autoRollbackEnabled`
      : `dry-run: would CreateDeployment of the previous revision${info.previousRevision ? ` (${describeRevision(info.previousRevision)})` : ' (none recorded: impossible)'}`,
  );
  run.logger.info(record.notes[record.notes.length - 1] as string);
  return record;
}

/**
 * Stop the active deployment with autoRollbackEnabled and wait (bounded) for its rollback deployment: its id,
 * undefined to look again (the deployment had completed meanwhile), or null when the record is final.
 */
async function stopWithRollback(run: RollbackRun): Promise<string | undefined | null> {
  const { StopDeploymentCommand } = await codeDeploySdk();
  const { client, id, record } = run;
  try {
    run.logger.info(`StopDeployment ${id} with autoRollbackEnabled: ${run.options.reason}`);
    const r = await client.send(new StopDeploymentCommand({ deploymentId: id, autoRollbackEnabled: true }));
    record.action = 'stop-with-rollback';
    record.notes.push(`StopDeployment: ${r.status ?? 'ok'}${r.statusMessage ? ` (${r.statusMessage})` : ''}`);
    // The rollback deployment appears in rollbackInfo shortly after the stop.
    for (;;) {
      run.info = await get(client, id);
      if (run.info.rollbackInfo?.rollbackDeploymentId) return run.info.rollbackInfo.rollbackDeploymentId;
      if (run.elapsed() > Math.min(run.waitSeconds, 300) || run.cancelled()) {
        record.notes.push(
          'the stopped deployment shows no rollback deployment (was there a previous revision to return to?)',
        );
        record.final_status = run.info.status ?? null;
        record.waited_seconds = Math.round(run.elapsed());
        return null;
      }
      await run.sleep(Math.min(run.pollMs, 5000));
    }
  } catch (e) {
    if (code(e) !== 'DeploymentAlreadyCompletedException') throw describe(e, `StopDeployment ${id}`);
    record.notes.push(
      'StopDeployment: the deployment had already completed; redeploying the previous revision instead',
    );
    run.info = await get(client, id);
    return lookAgain(run);
  }
}

/**
 * Redeploy the finished deployment's previous revision: the new deployment's id, undefined to look again
 * (another deployment kept the group busy), or null when the record is final.
 */
async function redeployPrevious(run: RollbackRun): Promise<string | undefined | null> {
  const { CreateDeploymentCommand } = await codeDeploySdk();
  const { client, id, info, record } = run;
  if (!info.previousRevision || !info.applicationName || !info.deploymentGroupName) {
    record.notes.push(`cannot roll back: deployment ${id} (${info.status}) records no previous revision to return to`);
    record.final_status = 'not-possible';
    return null;
  }
  try {
    run.logger.info(
      `CreateDeployment of the previous revision (${describeRevision(info.previousRevision)}) to ${info.applicationName}/${info.deploymentGroupName}: ${run.options.reason}`,
    );
    const r = await client.send(
      new CreateDeploymentCommand({
        applicationName: info.applicationName,
        deploymentGroupName: info.deploymentGroupName,
        revision: info.previousRevision,
        description: `${rollbackMarker(id)}: ${run.options.reason}`.slice(0, 512),
        ...(info.computePlatform === 'Server' ? { fileExistsBehavior: 'OVERWRITE' as const } : {}),
      }),
    );
    record.action = 'redeploy-previous';
    if (!r.deploymentId) throw new Error('CreateDeployment returned no deploymentId');
    return r.deploymentId;
  } catch (e) {
    if (code(e) !== 'DeploymentLimitExceededException') throw describe(e, 'CreateDeployment');
    // Another deployment runs in the group (perhaps CodeDeploy's own rollback): wait, then look again.
    if (run.elapsed() > run.waitSeconds) {
      record.notes.push(
        'gave up: another deployment kept the deployment group busy (DeploymentLimitExceededException)',
      );
      record.final_status = 'blocked';
      record.waited_seconds = Math.round(run.elapsed());
      return null;
    }
    record.notes.push('DeploymentLimitExceededException: another deployment is in progress; waiting');
    await run.sleep(run.pollMs);
    run.info = await get(client, id);
    return lookAgain(run);
  }
}

/** After re-reading the deployment: a rollback that appeared meanwhile counts as already rolled back. */
async function lookAgain(run: RollbackRun): Promise<string | undefined> {
  const rollbackId = await existingRollback(run);
  if (rollbackId) run.record.action = 'already-rolled-back';
  return rollbackId;
}

/** Wait (bounded) for the rollback to reach a final state: polls after 2 s, 4 s, 8 s, then every pollSeconds. */
async function waitForRollback(run: RollbackRun, rollbackId: string): Promise<void> {
  const { record } = run;
  for (let poll = 0; ; poll++) {
    const r = await get(run.client, rollbackId);
    if (FINAL.has(r.status ?? '')) {
      record.final_status = r.status as string;
      break;
    }
    if (run.cancelled()) {
      record.final_status = `cancelled-wait (${r.status})`;
      record.notes.push(
        `the run was cancelled after ${Math.round(run.elapsed())}s of waiting; the rollback continues in CodeDeploy`,
      );
      break;
    }
    if (run.elapsed() >= run.waitSeconds) {
      record.final_status = `timed-out (${r.status})`;
      record.notes.push(`stopped waiting after ${Math.round(run.elapsed())}s; the rollback continues in CodeDeploy`);
      break;
    }
    await run.sleep(Math.min(run.pollMs, 2000 * 2 ** poll));
  }
  record.waited_seconds = Math.round(run.elapsed());
  run.logger.info(`Rollback deployment ${rollbackId}: ${record.final_status}.`);
}

/** ECS blue/green: let a deployment waiting in TERMINATION_WAIT finish now that the bake passed. */
export async function continueDeployment(
  client: CodeDeploy,
  target: DeploymentTarget,
): Promise<{ deployment_id: string; status: string }> {
  const id = await resolveDeployment(client, target);
  const { ContinueDeploymentCommand } = await codeDeploySdk();
  try {
    await client.send(new ContinueDeploymentCommand({ deploymentId: id, deploymentWaitType: 'TERMINATION_WAIT' }));
    return { deployment_id: id, status: 'continued' };
  } catch (e) {
    return { deployment_id: id, status: `not continued: ${code(e) || 'error'}: ${errorMessage(e)}` };
  }
}

function describeRevision(r: NonNullable<DeploymentInfo['previousRevision']>): string {
  if (r.s3Location)
    return `s3://${r.s3Location.bucket}/${r.s3Location.key}${r.s3Location.version ? `?versionId=${r.s3Location.version}` : ''}`;
  if (r.gitHubLocation) return `${r.gitHubLocation.repository}@${r.gitHubLocation.commitId}`;
  if (r.appSpecContent) return `AppSpec ${r.appSpecContent.sha256 ?? 'content'}`;
  if (r.string) return `AppSpec ${r.string.sha256 ?? 'string'}`;
  return r.revisionType ?? 'revision';
}

function describe(e: unknown, what: string): Error {
  const name = code(e);
  let fix = '';
  if (name === 'AccessDeniedException' || name === 'UnauthorizedException') {
    fix =
      ' The role needs codedeploy:GetDeployment, StopDeployment, CreateDeployment, ListDeployments, BatchGetDeployments (and ContinueDeployment for continue-on-pass).';
  } else if (name === 'DeploymentDoesNotExistException' || name === 'InvalidDeploymentIdException') {
    fix = ' Check "deployment-id".';
  }
  return new Error(`${what} failed: ${name ? `${name}: ` : ''}${errorMessage(e)}.${fix}`, { cause: e });
}
