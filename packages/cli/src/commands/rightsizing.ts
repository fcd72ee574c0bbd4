/**
 * driftgate rightsizing: ECS step scaling on Application Auto Scaling (CPU > 85% for 5 min → +1 task, < 30% for
 * 1 h → −1, min and max from the flags) and Lambda memory proposals (one tier down when average waste is above
 * 25%). Reports drift against what is deployed, writes Terraform for both, registers with --apply, and logs every
 * change and proposal to the signed audit log with --audit-uri.
 */
import { resolve } from 'node:path';
import { checkOutputFile, writeOutputFile } from '@driftgate/shared';
import { RIGHTSIZING_INPUTS } from '@driftgate/shared/inputs';
import { defineCommand, EXIT } from '../command.js';

export const rightsizingCommand = defineCommand({
  name: 'rightsizing',
  summary: 'ECS step scaling on Application Auto Scaling and Lambda memory proposals: drift, Terraform, --apply',
  inputs: RIGHTSIZING_INPUTS,
  notes: `Exit 1: an ECS service drifts from the rules and --apply was not given (the Terraform shows the fix).
Lambda proposals are applied only with --apply --lambda-approved, in the job behind the approval environment.`,
  exits: ['ok', 'fail', 'usage', 'unreachable'],
  async run(v, io) {
    const { appendRightsizingAudit, parseRightsizingSettings, rightsizingLines, runRightsizing, unresolvedDrift } =
      await import('@driftgate/shared/rightsizing');
    const job = parseRightsizingSettings(v);
    const terraform = v['terraform-output'] ?? 'driftgate-rightsizing.tf';
    checkOutputFile(terraform, io.cwd, {}, 'terraform-output');
    const result = await runRightsizing(job.settings, job.region ? { region: job.region } : {}, io.logger);
    const tf = resolve(io.cwd, terraform);
    await writeOutputFile(tf, result.terraform);
    for (const line of rightsizingLines(result)) io.out(line);
    io.out(`Terraform: ${tf}`);
    for (const e of await appendRightsizingAudit(job, result.audit, io.logger))
      io.out(`Audit: entry ${e.seq} ${e.action} ${e.uri}`);
    return unresolvedDrift(result) ? EXIT.fail : EXIT.ok;
  },
});
