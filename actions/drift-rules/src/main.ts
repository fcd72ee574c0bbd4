/**
 * drift-rules: read inputs, generate the production watch's rule file from the stable baseline (library:
 * @driftgate/shared/watch/plan), publish it (file, AMP or a Mimir / Cortex ruler), set outputs and the job
 * summary (alerts, and the diff against what was deployed).
 */
import { join } from 'node:path';
import * as core from '@actions/core';
import { getBooleanInput, getOptionalInput, getRequiredInput, getSecretInput } from '@driftgate/shared/action/inputs';
import { actionLogger } from '@driftgate/shared/action/logger';
import { parseHeaders } from '@driftgate/shared/sources/prometheus';
import { publishWatchRules, runRules } from '@driftgate/shared/watch/plan';
import { checkPublish, defaultNamespace } from '@driftgate/shared/watch/publish';
import { watchSummary } from '@driftgate/shared/watch/summary';

export async function main(): Promise<void> {
  const logger = actionLogger;
  const service = getRequiredInput('service');
  const environment = getOptionalInput('environment') ?? 'prod';
  const publish = getOptionalInput('publish') ?? 'file';
  checkPublish(publish);
  const dryRun = getBooleanInput('dry-run', false);
  const rulerHeaders = getSecretInput('ruler-headers');
  const headers = rulerHeaders ? parseHeaders(rulerHeaders, 'ruler-headers') : undefined;
  for (const v of Object.values(headers ?? {})) core.setSecret(v);
  const cwd = process.env.GITHUB_WORKSPACE || process.cwd();
  const output =
    getOptionalInput('output') ??
    (publish === 'file' ? join('ops', 'rules', `${defaultNamespace(service, environment)}.yml`) : undefined);
  const result = await runRules(
    {
      service,
      environment,
      baselineVersion: getOptionalInput('baseline-version'),
      baselineWindow: getOptionalInput('baseline-window'),
      baselineStore: getOptionalInput('baseline-store'),
      promotedAt: getOptionalInput('promoted-at'),
      config: getOptionalInput('config'),
      prometheusUrl: getOptionalInput('prometheus-url'),
      prometheusHeaders: getSecretInput('prometheus-headers'),
      ampWorkspaceId: getOptionalInput('amp-workspace-id'),
      ampEndpoint: getOptionalInput('amp-endpoint'),
      awsRegion: getOptionalInput('aws-region') ?? process.env.AWS_REGION,
      metricsFile: getOptionalInput('metrics-file'),
      runbookUrl: getOptionalInput('runbook-url'),
      grafanaUrl: getOptionalInput('grafana-url'),
      codedeployApplication: getOptionalInput('codedeploy-application'),
      codedeployDeploymentGroup: getOptionalInput('codedeploy-deployment-group'),
      cwd,
    },
    { logger },
  );
  const published = await publishWatchRules(
    result,
    {
      publish,
      ...(output ? { output } : {}),
      rulesWorkspaceId: getOptionalInput('rules-workspace-id'),
      ampWorkspaceId: getOptionalInput('amp-workspace-id'),
      awsRegion: getOptionalInput('aws-region') ?? process.env.AWS_REGION,
      rulerUrl: getOptionalInput('ruler-url'),
      ...(headers ? { rulerHeaders: headers } : {}),
      namespace: getOptionalInput('namespace'),
      cwd,
      logger,
    },
    { dryRun, logger },
  );
  core.setOutput('status', published.status);
  core.setOutput('target', published.target);
  core.setOutput('rules-path', publish === 'file' && output ? join(cwd, output) : '');
  core.setOutput(
    'alerts',
    JSON.stringify(
      result.alerts.map(({ alert, metric, severity, forSeconds }) => ({ alert, metric, severity, forSeconds })),
    ),
  );
  core.setOutput('baseline-version', result.plan.baselineVersion);
  await core.summary.addRaw(watchSummary(result, published)).write();
  core.info(
    `${published.target}: ${published.status} (${result.alerts.length} alerts, baseline ${result.plan.baselineVersion}).`,
  );
}
