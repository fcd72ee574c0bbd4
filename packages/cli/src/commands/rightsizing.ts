/**
 * driftgate rightsizing: ECS step scaling on Application Auto Scaling (CPU > 85% for 5 min → +1 task, < 30% for
 * 1 h → −1, min and max from the flags) and Lambda memory proposals (one tier down when average waste is above
 * 25%). Reports drift against what is deployed, writes Terraform for both, registers with --apply, and logs every
 * change and proposal to the signed audit log with --audit-uri.
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ConfigurationError } from '@driftgate/shared';
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
    const { parseCapacity, parseEcsServices, rightsizingLines, runRightsizing } = await import(
      '@driftgate/shared/rightsizing'
    );
    const ecs = parseEcsServices(v['ecs-services']);
    const { minTasks, maxTasks } = parseCapacity(v['min-tasks'] ?? '1', v['max-tasks'] ?? '10');
    if (ecs.length === 0 && v['lambda-functions'].length === 0)
      throw new ConfigurationError(
        'Neither --ecs-services nor --lambda-functions is given: give one or both, such as --ecs-services prod/checkout.',
      );
    if (v['lambda-approved'] && !v.apply)
      throw new ConfigurationError('--lambda-approved is given without --apply: give both in the approval job.');
    const { parseS3Uri } = await import('@driftgate/shared/publish');
    const audit = v['audit-uri'] ? parseS3Uri(v['audit-uri'], '--audit-uri') : undefined;
    if (audit && !v['signing-key-id'])
      throw new ConfigurationError(
        '--audit-uri is given without --signing-key-id: give the KMS signing key, such as alias/driftgate-audit.',
      );
    const region = v['aws-region'];
    const result = await runRightsizing(
      {
        ecs,
        minTasks,
        maxTasks,
        lambdas: v['lambda-functions'],
        apply: v.apply,
        lambdaApproved: v['lambda-approved'],
        actor: v.actor ?? 'unknown',
      },
      region ? { region } : {},
      io.logger,
    );
    const tf = resolve(io.cwd, v['terraform-output'] ?? 'driftgate-rightsizing.tf');
    await writeFile(tf, result.terraform);
    for (const line of rightsizingLines(result)) io.out(line);
    io.out(`Terraform: ${tf}`);
    if (audit && result.audit.length) {
      const { appendEntry, kmsClient } = await import('@driftgate/shared/audit');
      const { s3Client } = await import('@driftgate/shared/publish');
      const log = {
        s3: s3Client(region ? { region } : {}),
        kms: kmsClient(region ? { region } : {}),
        location: audit,
        signingKeyId: v['signing-key-id'] as string,
        algorithm: (v['signing-algorithm'] ?? 'RSASSA_PKCS1_V1_5_SHA_256') as 'RSASSA_PKCS1_V1_5_SHA_256',
        ...(v['kms-key-id'] ? { kmsKeyId: v['kms-key-id'] } : {}),
        logger: io.logger,
      };
      for (const draft of result.audit) {
        const out = await appendEntry(log, draft);
        io.out(`Audit: entry ${out.entry.seq} ${draft.action} ${out.uri}`);
      }
    }
    const unresolved = result.ecs.some((e) => e.drift.length > 0 && !e.applied);
    return unresolved ? EXIT.fail : EXIT.ok;
  },
});
