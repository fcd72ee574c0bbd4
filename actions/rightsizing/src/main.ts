/**
 * rightsizing: read inputs once (the spec `driftgate rightsizing` reads too), run the library
 * (@driftgate/shared/rightsizing: ECS step scaling on Application Auto Scaling, Lambda memory proposals), write the
 * Terraform and the JSON report, append every change and proposal to the signed audit log, set outputs and the
 * job summary. Lambda memory is changed only with apply and lambda-approved, in the job behind the approval
 * environment. Unresolved ECS drift fails the step (after everything is written) unless fail-on-drift is false.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import * as core from '@actions/core';
import { checkOutputFile, jsonText } from '@driftgate/shared';
import { actionLogger, readActionInputs, runAction, writeSummary } from '@driftgate/shared/action';
import { RIGHTSIZING_INPUTS } from '@driftgate/shared/inputs';
import {
  appendRightsizingAudit,
  parseRightsizingSettings,
  rightsizingJson,
  rightsizingLines,
  rightsizingMarkdown,
  runRightsizing,
  unresolvedDrift,
} from '@driftgate/shared/rightsizing';

export async function main(): Promise<void> {
  const inputs = readActionInputs(RIGHTSIZING_INPUTS);
  const job = parseRightsizingSettings(inputs, process.env.GITHUB_ACTOR || 'unknown');
  const base = process.env.GITHUB_WORKSPACE || process.cwd();
  checkOutputFile(inputs['terraform-output'], base, {}, 'terraform-output');
  const terraform = inputs['terraform-output']
    ? resolve(base, inputs['terraform-output'])
    : join(process.env.RUNNER_TEMP || '.', 'driftgate', 'driftgate-rightsizing.tf');
  const report = join(dirname(terraform), 'rightsizing.json');

  // Before any request: a directory that cannot be made fails here, not after the run.
  await mkdir(dirname(terraform), { recursive: true });
  const result = await runRightsizing(job.settings, job.region ? { region: job.region } : {}, actionLogger);
  await writeFile(terraform, result.terraform);
  await writeFile(report, `${jsonText(rightsizingJson(result))}\n`);
  for (const line of rightsizingLines(result)) core.info(line);
  for (const e of await appendRightsizingAudit(job, result.audit, actionLogger))
    core.info(`Audit: entry ${e.seq} ${e.action} ${e.uri}`);

  core.setOutput('drift', String(result.ecs.some((e) => e.drift.length > 0)));
  core.setOutput('changes', JSON.stringify(result.audit));
  core.setOutput('terraform-path', terraform);
  core.setOutput('report-path', report);
  await writeSummary(rightsizingMarkdown(result, { terraform }));
  if (unresolvedDrift(result) && inputs['fail-on-drift'])
    core.setFailed(
      'driftgate rightsizing: ECS scaling drifts from the rules (see the summary); apply: true registers it, the Terraform shows the fix.',
    );
}

/**
 * The action's entry, as @github/local-action and the runner call it: main() with every error turned into
 * core.setFailed (dist/index.js runs it; `npx @github/local-action . src/main.ts .env` runs it locally).
 */
export async function run(): Promise<void> {
  await runAction(() => main());
}
