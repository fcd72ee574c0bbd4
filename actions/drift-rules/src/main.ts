/**
 * drift-rules: read inputs, generate the production watch's rule file from the stable baseline (library:
 * @driftgate/shared/watch/plan), publish it (file, AMP or a Mimir / Cortex ruler), set outputs and the job
 * summary (alerts, and the diff against what was deployed).
 */
import { join } from 'node:path';
import * as core from '@actions/core';
import { actionLogger, readActionInputs, runAction, writeSummary } from '@driftgate/shared/action';
import { RULES_INPUTS, referInput } from '@driftgate/shared/inputs';
import { publishWatchRules, rulesSettings, runRules, watchSummary } from '@driftgate/shared/watch';

export async function main(): Promise<void> {
  const logger = actionLogger;
  const inputs = readActionInputs(RULES_INPUTS);
  const cwd = process.env.GITHUB_WORKSPACE || process.cwd();
  const settings = rulesSettings(inputs, referInput, { awsRegion: process.env.AWS_REGION, cwd, defaultOutput: true });
  for (const v of Object.values(settings.publish.rulerHeaders ?? {})) core.setSecret(v);
  const result = await runRules(settings.rules, { logger });
  const published = await publishWatchRules(
    result,
    { ...settings.publish, logger },
    { dryRun: settings.dryRun, logger },
  );
  core.setOutput('status', published.status);
  core.setOutput('target', published.target);
  core.setOutput(
    'rules-path',
    settings.publish.publish === 'file' && published.output ? join(cwd, published.output) : '',
  );
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
