/**
 * post-deploy-verify: read inputs, run the bake (library: @driftgate/shared/bake/verify), set outputs and
 * the job summary, attach the evidence to the release ticket / GitHub release (library: release/), decide. SIGINT/SIGTERM (a cancelled run) stops the bake; the evidence is still written,
 * with verdict `cancelled`.
 */
import { join } from 'node:path';
import * as core from '@actions/core';
import {
  getBooleanInput,
  getLineInput,
  getOptionalInput,
  getRequiredInput,
  getSecretInput,
} from '@driftgate/shared/action/inputs';
import { actionLogger, actionUrlSecrets } from '@driftgate/shared/action/logger';
import { readReleaseInputs } from '@driftgate/shared/action/release';
import { runVerify } from '@driftgate/shared/bake/verify';
import { ConfigurationError } from '@driftgate/shared/errors';
import { githubClient, headSha, runContext } from '@driftgate/shared/github/client';
import { checkOutputDir } from '@driftgate/shared/paths';
import { redact } from '@driftgate/shared/redact';
import { verificationEvidence } from '@driftgate/shared/release/evidence';
import { publishRelease } from '@driftgate/shared/release/publish';

export async function main(): Promise<void> {
  const context = runContext();
  const controller = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => {
    core.warning(`Received ${signal}: stopping the bake and writing the evidence as cancelled.`);
    controller.abort(new Error(`cancelled by ${signal}`));
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  try {
    const jiraUrl = getOptionalInput('jira-url');
    actionUrlSecrets(getOptionalInput('prometheus-url'));
    actionUrlSecrets(jiraUrl);
    const jiraToken = getSecretInput('jira-token');
    const jiraProject = getOptionalInput('jira-project');
    const githubToken = getSecretInput('github-token');
    const octokit = githubToken ? githubClient(githubToken) : undefined;
    // Release ticket / GitHub release (also checks jira-url + jira-token), before the bake starts.
    const release = readReleaseInputs({ context, octokit, jiraHasOtherUse: !!jiraProject });
    const grafanaUrl = getOptionalInput('grafana-url');
    const grafanaToken = getSecretInput('grafana-token');
    if (grafanaUrl && !grafanaToken) {
      throw new ConfigurationError(
        'Input "grafana-url" is set but "grafana-token" is empty: give a service-account token with annotations:write.',
      );
    }
    const slack = getSecretInput('slack-webhook-url');
    const dashboardUid = getOptionalInput('grafana-dashboard-uid');
    const outputDir = getOptionalInput('output-dir') ?? join(process.env.RUNNER_TEMP || '.', 'driftgate');
    checkOutputDir(getOptionalInput('output-dir'), process.env.GITHUB_WORKSPACE || process.cwd());
    const result = await runVerify(
      {
        service: getLineInput('service') ?? getRequiredInput('service'),
        environment: getLineInput('environment') ?? 'prod',
        // A recording carries its versions: only live sources default the candidate to the commit.
        candidateVersion:
          getLineInput('candidate-version') ?? (getOptionalInput('metrics-file') ? undefined : headSha(context)),
        baselineVersion: getLineInput('baseline-version'),
        baselineWindow: getOptionalInput('baseline-window'),
        baselineStore: getOptionalInput('baseline-store'),
        config: getOptionalInput('config'),
        prometheusUrl: getOptionalInput('prometheus-url'),
        prometheusHeaders: getOptionalInput('prometheus-headers'),
        ampWorkspaceId: getOptionalInput('amp-workspace-id'),
        ampEndpoint: getOptionalInput('amp-endpoint'),
        awsRegion: getOptionalInput('aws-region') ?? process.env.AWS_REGION,
        metricsFile: getOptionalInput('metrics-file'),
        bakeDuration: getOptionalInput('bake-duration'),
        interval: getOptionalInput('interval'),
        window: getOptionalInput('window'),
        critical: getOptionalInput('critical'),
        bakeStart: getOptionalInput('bake-start'),
        s3Uri: getOptionalInput('s3-uri'),
        kmsKeyId: getOptionalInput('kms-key-id'),
        deploymentId: getOptionalInput('deployment-id'),
        codedeployApplication: getOptionalInput('codedeploy-application'),
        codedeployDeploymentGroup: getOptionalInput('codedeploy-deployment-group'),
        rollback: getOptionalInput('rollback'),
        rollbackTimeout: getOptionalInput('rollback-timeout'),
        continueOnPass: getBooleanInput('continue-on-pass', false),
        promote: getBooleanInput('promote', true),
        failOn: getOptionalInput('fail-on'),
        ...(jiraUrl && jiraToken && jiraProject
          ? {
              jira: {
                url: jiraUrl,
                token: jiraToken,
                project: jiraProject,
                ...(getOptionalInput('jira-user') ? { user: getOptionalInput('jira-user') } : {}),
                issueType: getOptionalInput('jira-issue-type') ?? 'Bug',
                labels: (getOptionalInput('jira-labels') ?? '')
                  .split(',')
                  .map((s) => s.trim())
                  .filter(Boolean),
              },
            }
          : {}),
        ...(getBooleanInput('github-issue', false)
          ? {
              githubIssue: {
                ...(githubToken ? { token: githubToken } : {}),
                ...(context.repository ? { repository: context.repository } : {}),
              },
            }
          : {}),
        ...(slack ? { slackWebhook: slack } : {}),
        ...(grafanaUrl && grafanaToken
          ? { grafana: { url: grafanaUrl, token: grafanaToken, ...(dashboardUid ? { dashboardUid } : {}) } }
          : {}),
        outputDir,
        cwd: process.env.GITHUB_WORKSPACE || process.cwd(),
        run: {
          ...(context.runUrl ? { url: context.runUrl } : {}),
          ...(process.env.GITHUB_REPOSITORY ? { repository: process.env.GITHUB_REPOSITORY } : {}),
          ...(context.sha ? { sha: context.sha } : {}),
          ...(context.ref ? { ref: context.ref } : {}),
          ...(process.env.GITHUB_RUN_ATTEMPT ? { attempt: process.env.GITHUB_RUN_ATTEMPT } : {}),
        },
      },
      { logger: actionLogger, signal: controller.signal },
    );
    const v = result.verification;
    core.setOutput('verdict', v.verdict);
    core.setOutput('verification-path', result.path);
    core.setOutput('s3-uri', result.s3?.uri ?? '');
    core.setOutput('rollback-deployment-id', v.actions.rollback?.rollback_deployment_id ?? '');
    core.setOutput('ticket-url', v.actions.tickets.find((t) => t.url)?.url ?? '');
    core.setOutput('detected-at', v.first_detection_at ?? '');
    core.setOutput('slo-breaches', JSON.stringify(v.slo_breaches));
    core.setOutput('inconclusive-metrics', JSON.stringify(v.inconclusive_metrics.map((m) => m.metric)));
    for (const b of v.slo_breaches.standing.filter((x) => x.action === 'report')) {
      core.warning(
        `Standing SLO breach: ${b.metric} ${b.value ?? 'n/a'} violates its SLO ${b.objective} since ${b.since}; the baseline violated it too (${b.baseline ?? 'n/a'}), so it is reported, not rolled back.`,
        { title: 'driftgate: standing SLO breach' },
      );
    }
    for (const m of v.inconclusive_metrics.filter((x) => !x.critical)) {
      core.warning(
        `${m.metric} was not judged: ${m.reason}. It is not critical, so the verdict does not depend on it.`,
        {
          title: 'driftgate: metric not judged',
        },
      );
    }
    await core.summary.addRaw(redact(result.markdown)).write();
    const rel = await publishRelease(verificationEvidence(v, result.path, context.runUrl), release, {
      logger: actionLogger,
      context,
      ...(octokit ? { octokit } : {}),
      ...(headSha(context) ? { headSha: headSha(context) } : {}),
    });
    core.setOutput('release-ticket', rel.ticket?.key ?? '');
    core.setOutput('release-url', rel.release?.url ?? '');
    if (result.failed) core.setFailed(redact(`driftgate: ${result.failures.join('; ')}. ${v.headline}`));
  } finally {
    process.off('SIGTERM', onSignal);
    process.off('SIGINT', onSignal);
  }
}
