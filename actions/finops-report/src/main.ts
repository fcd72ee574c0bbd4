/**
 * finops-report: read inputs, run the nightly FinOps report (library: @driftgate/shared/finops), set outputs and
 * the job summary. Over-budget services get a deduplicated ticket (Jira and/or GitHub issue) and one Slack
 * message; a failed ticket or message fails the step after the report is written and uploaded.
 */
import { join } from 'node:path';
import * as core from '@actions/core';
import { checkOutputDir, redact } from '@driftgate/shared';
import { actionLogger, jiraTicketTarget, readActionInputs, runAction } from '@driftgate/shared/action';
import { finopsMarkdown, finopsSinks, overBudget, parseFinopsSettings, runFinops } from '@driftgate/shared/finops';
import { runContextOf } from '@driftgate/shared/github';
import { FINOPS_INPUTS, sourceSettings } from '@driftgate/shared/inputs';

export async function main(): Promise<void> {
  const context = runContextOf();
  const inputs = readActionInputs(FINOPS_INPUTS);
  const settings = parseFinopsSettings(inputs, sourceSettings(inputs, process.env.AWS_REGION), Date.now() / 1000);
  const outputDir = inputs['output-dir'] ?? join(process.env.RUNNER_TEMP || '.', 'driftgate');
  checkOutputDir(inputs['output-dir'], process.env.GITHUB_WORKSPACE || process.cwd(), 'output-dir', { create: true });
  const token = inputs['github-token'];
  const jira = jiraTicketTarget(inputs);
  const sinks = finopsSinks({
    ...(jira ? { jira } : {}),
    ...(inputs['github-issue'] && token && context.repository
      ? { github: { token, repository: context.repository } }
      : {}),
    logger: actionLogger,
  });
  const result = await runFinops(settings, {
    outputDir,
    logger: actionLogger,
    sinks,
    ...(process.env.AWS_REGION ? { region: process.env.AWS_REGION } : {}),
  });
  const over = overBudget(result.report);
  core.setOutput('report-path', result.path);
  core.setOutput('report-json', result.jsonPath);
  core.setOutput('s3-uri', result.s3?.uri ?? '');
  core.setOutput('total-usd', String(result.report.totalUsd));
  core.setOutput(
    'over-budget',
    JSON.stringify(over.map((s) => ({ service: s.service, env: s.env, deviation: s.budgetDeviation }))),
  );
  core.setOutput('cost-explorer-requests', String(result.costExplorerRequests));
  core.setOutput('ticket-urls', JSON.stringify(result.tickets.map((t) => t.url).filter(Boolean)));
  await core.summary
    .addRaw(redact(finopsMarkdown(result.report, { file: result.path, ...(result.s3 ? { uri: result.s3.uri } : {}) })))
    .write();
  const failures = [
    ...result.tickets.filter((t) => t.error).map((t) => `ticket (${t.system}): ${t.error}`),
    ...(result.slack && !result.slack.ok ? [`Slack: ${result.slack.detail ?? 'failed'}`] : []),
  ];
  if (failures.length) core.setFailed(redact(`driftgate finops-report: ${failures.join('; ')}`));
}

/**
 * The action's entry, as @github/local-action and the runner call it: main() with every error turned into
 * core.setFailed (dist/index.js runs it; `npx @github/local-action . src/main.ts .env` runs it locally).
 */
export async function run(): Promise<void> {
  await runAction(() => main());
}
