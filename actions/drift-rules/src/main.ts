/**
 * drift-rules: read inputs, generate the production watch's rule file from the stable baseline (library:
 * @driftgate/shared/watch/plan), publish it (file, AMP or a Mimir / Cortex ruler), set outputs and the job
 * summary (alerts, and the diff against what was deployed).
 */
import { join } from 'node:path';
import * as core from '@actions/core';
import { checkOutputFile } from '@driftgate/shared';
import { actionLogger, readActionInputs, runAction, writeSummary } from '@driftgate/shared/action';
import { RULES_INPUTS, sourceSettings } from '@driftgate/shared/inputs';
import { parseHeaders } from '@driftgate/shared/sources';
import {
  checkPublish,
  defaultNamespace,
  parseMaxRulesPerGroup,
  publishWatchRules,
  runRules,
  watchSummary,
} from '@driftgate/shared/watch';

export async function main(): Promise<void> {
  const logger = actionLogger;
  const inputs = readActionInputs(RULES_INPUTS);
  const { environment, publish } = inputs;
  const service = inputs.service as string;
  checkPublish(publish);
  const maxRulesPerGroup = parseMaxRulesPerGroup(inputs['max-rules-per-group']);
  const rulerHeaders = inputs['ruler-headers'];
  const headers = rulerHeaders ? parseHeaders(rulerHeaders, 'ruler-headers') : undefined;
  for (const v of Object.values(headers ?? {})) core.setSecret(v);
  const cwd = process.env.GITHUB_WORKSPACE || process.cwd();
  checkOutputFile(inputs.output, cwd, { config: inputs.config, 'metrics-file': inputs['metrics-file'] });
  const result = await runRules(
    {
      service,
      environment,
      baselineVersion: inputs['baseline-version'],
      baselineWindow: inputs['baseline-window'],
      baselineStore: inputs['baseline-store'],
      promotedAt: inputs['promoted-at'],
      config: inputs.config,
      ...sourceSettings(inputs, process.env.AWS_REGION),
      runbookUrl: inputs['runbook-url'],
      grafanaUrl: inputs['grafana-url'],
      codedeployApplication: inputs['codedeploy-application'],
      codedeployDeploymentGroup: inputs['codedeploy-deployment-group'],
      cwd,
    },
    { logger },
  );
  const output =
    inputs.output ??
    (publish === 'file'
      ? join('ops', 'rules', `${defaultNamespace(service, result.plan.environment)}.yml`)
      : undefined);
  const published = await publishWatchRules(
    result,
    {
      publish,
      ...(output ? { output } : {}),
      rulesWorkspaceId: inputs['rules-workspace-id'],
      ampWorkspaceId: inputs['amp-workspace-id'],
      awsRegion: inputs['aws-region'] ?? process.env.AWS_REGION,
      rulerUrl: inputs['ruler-url'],
      ...(headers ? { rulerHeaders: headers } : {}),
      namespace: inputs.namespace,
      fleetOutput: inputs['fleet-output'],
      fleetNamespace: inputs['fleet-namespace'],
      ...(maxRulesPerGroup !== undefined ? { maxRulesPerGroup } : {}),
      cwd,
      logger,
    },
    { dryRun: inputs['dry-run'], logger },
  );
  core.setOutput('status', published.status);
  core.setOutput('target', published.target);
  core.setOutput('rules-path', publish === 'file' && output ? join(cwd, output) : '');
  core.setOutput('fleet-target', published.parts.fleet.target);
  core.setOutput('fleet-status', published.parts.fleet.status);
  core.setOutput(
    'alerts',
    JSON.stringify(
      result.alerts.map(({ alert, metric, severity, forSeconds }) => ({ alert, metric, severity, forSeconds })),
    ),
  );
  core.setOutput('baseline-version', result.plan.baselineVersion);
  await writeSummary(watchSummary(result, published));
  core.info(
    `${published.target}: ${published.status} (${result.alerts.length} alerts, baseline ${result.plan.baselineVersion}).`,
  );
}

/**
 * The action's entry, as @github/local-action and the runner call it: main() with every error turned into
 * core.setFailed (dist/index.js runs it; `npx @github/local-action . src/main.ts .env` runs it locally).
 */
export async function run(): Promise<void> {
  await runAction(() => main());
}
