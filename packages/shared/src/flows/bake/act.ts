/**
 * Step 3 of post-deploy-verify: act on the verdict. CodeDeploy rollback (codedeploy.ts), ContinueDeployment
 * on pass, tickets for drift (jira.ts, github-issue.ts), promotion of a passing version to the baseline store
 * (store.ts), Slack and Grafana notifications. Each action records what it did in the evidence's `actions`.
 */

import type { BakeVerdict } from '../../core/bake/rules.js';
import { ConfigurationError, errorMessage } from '../../core/errors.js';
import type { Logger } from '../../core/log.js';
import { ruleMessage } from '../../core/report/prose.js';
import { isoTime, nowSeconds } from '../../core/time.js';
import { continueDeployment, type RollbackRecord, rollbackDeployment } from '../../io/codedeploy.js';
import { annotate } from '../../io/grafana.js';
import { promoteStableBaseline } from '../../io/store/baseline-store.js';
import { JiraSink } from './bake-jira.js';
import type { VerifyDeps, VerifyPlan, VerifySettings } from './bake-plan.js';
import { driftTicket, type TicketSink } from './bake-ticket.js';
import type { AwsClients } from './clients.js';
import { type Actions, buildVerification, type TicketRecord, type Verification } from './evidence.js';
import { GitHubIssueSink } from './github-issue.js';
import type { BakeOutcome } from './loop.js';
import { postSlack, slackMessage } from './slack.js';

/** The bake's result as the actions and the evidence see it. */
export interface BakeResult {
  plan: VerifyPlan;
  outcome: BakeOutcome;
  verdict: BakeVerdict;
  headline: string;
}

/** What the actions talk to. */
export interface ActEnv {
  options: VerifySettings;
  deps: VerifyDeps;
  logger: Logger;
  clients: AwsClients;
  fetch: typeof fetch;
}

type Notification = Actions['notifications'][number];

/** The evidence as known so far (tickets and Slack quote it; the final one is archived). */
export function verificationOf(r: BakeResult, actions: Actions, run: Verification['run'] = {}): Verification {
  const { compare } = r.plan;
  const source = r.plan.source;
  return buildVerification({
    service: compare.service,
    environment: compare.environment,
    version: compare.candidateVersion,
    baselineVersion: compare.baselineVersion,
    baselineResolvedFrom: compare.baselineResolvedFrom,
    baselineWindow: compare.baselineWindow,
    bakeStart: r.plan.bakeStart,
    settings: r.plan.settings,
    outcome: r.outcome,
    verdict: r.verdict,
    headline: r.headline,
    source: { kind: source.kind, description: source.description, requests: source.requestCount() },
    actions,
    run,
    generatedAt: nowSeconds(),
  });
}

function grafanaTags(plan: VerifyPlan): string[] {
  const { compare } = plan;
  return [
    'driftgate',
    `service:${compare.service}`,
    `env:${compare.environment}`,
    `version:${compare.candidateVersion}`,
  ];
}

function notification(kind: Notification['kind'], what: string, r: { ok: boolean; detail?: string }): Notification {
  return { kind, what, ok: r.ok, ...(r.detail ? { detail: r.detail } : {}) };
}

/** The release impact marker at the bake start (with grafana configured). */
export async function annotateBakeStart(plan: VerifyPlan, env: ActEnv): Promise<Notification | null> {
  const { grafana } = env.options;
  if (!grafana) return null;
  const { compare } = plan;
  const r = await annotate(
    { ...grafana, fetch: env.fetch },
    {
      time: plan.bakeStart,
      tags: [...grafanaTags(plan), 'deploy'],
      text: `deploy ${compare.service} ${compare.candidateVersion} (baseline ${compare.baselineVersion}): bake started`,
    },
  );
  if (!r.ok) env.logger.warning(`Grafana annotation failed: ${r.detail}`);
  return notification('grafana', 'bake start annotation', r);
}

/** Every action in turn; `failures` says why the run fails (a rollback that did not succeed). */
export async function actOnVerdict(
  r: BakeResult,
  env: ActEnv,
  notifications: Notification[],
): Promise<{ actions: Actions; failures: string[] }> {
  const actions: Actions = { rollback: null, continue_deployment: null, tickets: [], promotion: null, notifications };
  const failures: string[] = [];
  if (r.verdict === 'rollback' && r.plan.rollback.mode !== 'off') {
    const done = await rollBack(r, env);
    actions.rollback = done.record;
    failures.push(...done.failures);
  }
  if (r.verdict === 'pass' && env.options.continueOnPass) {
    actions.continue_deployment = await continueDeployment(env.clients.codedeploy(), r.plan.deployment.target);
    env.logger.info(
      `ContinueDeployment ${actions.continue_deployment.deployment_id}: ${actions.continue_deployment.status}`,
    );
  }
  const ticketFired = r.outcome.conclusion.fired.some((x) => x.action === 'ticket');
  if (ticketFired && r.verdict !== 'rollback' && r.verdict !== 'cancelled')
    actions.tickets.push(...(await fileTickets(r, env, actions)));
  if (r.verdict === 'pass' && r.plan.storeUri && env.options.promote !== false)
    actions.promotion = await promote(r, env, r.plan.storeUri);
  if (env.options.slackWebhook) notifications.push(await notifySlack(r, env, env.options.slackWebhook, actions));
  if (env.options.grafana) notifications.push(await annotateVerdict(r, env));
  return { actions, failures };
}

/** CodeDeploy rollback (or what it would do without a deployment); an error is recorded, not thrown. */
async function rollBack(r: BakeResult, env: ActEnv): Promise<{ record: RollbackRecord; failures: string[] }> {
  const { mode, waitSeconds } = r.plan.rollback;
  const { target, given } = r.plan.deployment;
  const { deps, logger } = env;
  const decision = r.outcome.conclusion.fired.find((x) => x.action === 'rollback')?.finding;
  const reason = decision ? ruleMessage(decision) : r.headline;
  if (!given) {
    const record: RollbackRecord = {
      mode,
      deployment_id: null,
      action: 'none',
      rollback_deployment_id: null,
      final_status: null,
      waited_seconds: 0,
      notes: [
        'with deployment-id (or codedeploy-application + codedeploy-deployment-group), auto would roll the deployment back',
      ],
    };
    return { record, failures: [] };
  }
  try {
    const record = await rollbackDeployment({
      client: env.clients.codedeploy(),
      target,
      mode: mode as 'auto' | 'dry-run',
      reason: reason.slice(0, 300),
      waitSeconds,
      ...(deps.rollbackPollSeconds !== undefined ? { pollSeconds: deps.rollbackPollSeconds } : {}),
      ...(deps.sleep ? { sleep: deps.sleep } : {}),
      ...(deps.signal ? { signal: deps.signal } : {}),
      logger,
    });
    const status = record.final_status;
    const failed = mode === 'auto' && status !== 'Succeeded';
    return { record, failures: failed ? [`the rollback did not succeed (${status ?? 'no final status'})`] : [] };
  } catch (e) {
    if (e instanceof ConfigurationError) throw e;
    logger.error(`Rollback failed: ${errorMessage(e)}`);
    const record: RollbackRecord = {
      mode,
      deployment_id: target.deploymentId ?? null,
      action: 'none',
      rollback_deployment_id: null,
      final_status: 'error',
      waited_seconds: 0,
      notes: [errorMessage(e)],
    };
    return { record, failures: [`the rollback failed: ${errorMessage(e)}`] };
  }
}

/** A drift ticket in every configured system (Jira, GitHub issue). */
async function fileTickets(r: BakeResult, env: ActEnv, actions: Actions): Promise<TicketRecord[]> {
  const { options, deps, logger } = env;
  const sinks: TicketSink[] = [];
  if (options.jira) sinks.push(new JiraSink({ ...options.jira, fetch: env.fetch, logger }));
  if (options.githubIssue?.repository && (deps.octokit || options.githubIssue.token)) {
    const { githubClient } = await import('../../io/github/github-client.js');
    const octokit = deps.octokit ?? githubClient(options.githubIssue.token as string);
    sinks.push(new GitHubIssueSink(octokit, options.githubIssue.repository, options.githubIssue.labels));
  }
  if (sinks.length === 0)
    logger.warning(
      'The drift rule fired but no ticket system is configured (jira-url + jira-project, or github-issue): nothing filed.',
    );
  const content = driftTicket(verificationOf(r, actions, options.run), {
    evidence: r.plan.evidence.uri,
    run: r.plan.runUrl,
  });
  const records: TicketRecord[] = [];
  for (const sink of sinks) {
    const t = await sink.file(content);
    records.push(t);
    if (t.error) logger.warning(`${t.system} ticket failed: ${t.error}`);
    else logger.info(`${t.system} ticket ${t.created ? 'created' : 'already exists'}: ${t.url}`);
  }
  return records;
}

/** A passing version becomes the stable baseline; a failure is recorded and warned about, not fatal. */
async function promote(r: BakeResult, env: ActEnv, storeUri: string): Promise<NonNullable<Actions['promotion']>> {
  const { compare, evidence, runUrl } = r.plan;
  try {
    const promotion = await promoteStableBaseline(
      storeUri,
      {
        service: compare.service,
        environment: compare.environment,
        version: compare.candidateVersion,
        window: { start: r.plan.bakeStart, end: r.outcome.endedAt },
        verifiedAt: isoTime(nowSeconds()),
        ...(evidence.uri ? { verification: evidence.uri } : {}),
        ...(runUrl ? { run: runUrl } : {}),
        // The release's one baseline per metric, computed once from the bake's data (core/judge/release-baseline.ts).
        ...(r.outcome.release ? { baseline: r.outcome.release } : {}),
      },
      { s3: env.clients.s3(), logger: env.logger, ...env.deps.retry },
    );
    env.logger.info(`Baseline store: ${promotion.message}`);
    return promotion;
  } catch (e) {
    env.logger.warning(`Promotion to the baseline store failed: ${errorMessage(e)}`);
    return { uri: storeUri, version: compare.candidateVersion, status: 'failed', message: errorMessage(e) };
  }
}

async function notifySlack(r: BakeResult, env: ActEnv, webhook: string, actions: Actions): Promise<Notification> {
  const message = slackMessage(verificationOf(r, actions, env.options.run), {
    evidence: r.plan.evidence.uri,
    run: r.plan.runUrl,
  });
  const sent = await postSlack(webhook, message, env.fetch);
  if (!sent.ok) env.logger.warning(`Slack message failed: ${sent.detail}`);
  return notification('slack', `verdict ${r.verdict}`, sent);
}

/** The bake as a Grafana region annotation, tagged with the verdict. */
async function annotateVerdict(r: BakeResult, env: ActEnv): Promise<Notification> {
  const done = await annotate(
    { ...(env.options.grafana as NonNullable<VerifySettings['grafana']>), fetch: env.fetch },
    {
      time: r.plan.bakeStart,
      timeEnd: r.outcome.endedAt,
      tags: [...grafanaTags(r.plan), `verdict:${r.verdict}`],
      text: `driftgate ${r.verdict}: ${r.headline}`,
    },
  );
  return notification('grafana', 'verdict annotation', done);
}
