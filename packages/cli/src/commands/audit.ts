/**
 * driftgate audit verify | append: the optimizer audit log (PERF-003 §5, §11; docs/finops.md#audit-log).
 * verify reads every entry, checks the hash chain and each KMS signature (with the key's public half), and exits
 * 1 on any problem; append signs and writes one entry (the approval workflow's step after an applied change).
 */

import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ConfigurationError } from '@driftgate/shared';
import type { AuditProblem } from '@driftgate/shared/audit';
import { AUDIT_APPEND_INPUTS, AUDIT_VERIFY_INPUTS } from '@driftgate/shared/inputs';
import { defineCommand, EXIT } from '../command.js';

function required(value: string | undefined, flag: string, example: string): string {
  if (!value) throw new ConfigurationError(`--${flag} is required: give it, such as --${flag} ${example}.`);
  return value;
}

/** --details: a JSON object (default {}). */
function parseDetails(text: string | undefined): Record<string, unknown> {
  if (text === undefined) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
    throw new ConfigurationError(
      `--details is ${JSON.stringify(text)}: expected a JSON object such as {"from": 1024, "to": 512}.`,
    );
  return parsed as Record<string, unknown>;
}

function problemText(p: AuditProblem): string {
  switch (p.code) {
    case 'unparseable':
      return `${p.key}: not an audit entry`;
    case 'wrong-key':
      return `${p.key}: entry ${p.seq} is stored under another entry's key`;
    case 'gap':
      return `${p.key}: entry ${p.seq} where ${p.expected} was expected (an entry is missing or repeated)`;
    case 'broken-link':
      return `${p.key}: entry ${p.seq} does not name the previous entry's hash (an earlier entry was changed or removed)`;
    case 'bad-signature':
      return `${p.key}: entry ${p.seq}'s signature does not verify with ${p.keyId}`;
    case 'unknown-algorithm':
      return `${p.key}: entry ${p.seq} is signed with ${p.algorithm}, which driftgate does not verify`;
  }
}

export const auditVerifyCommand = defineCommand({
  name: 'audit verify',
  summary: 'check the optimizer audit log: every entry present, chained and signed by KMS',
  inputs: AUDIT_VERIFY_INPUTS,
  notes: 'Needs s3:ListBucket and s3:GetObject on the log (with kms:Decrypt), and kms:GetPublicKey on the signing key.',
  exits: ['ok', 'fail', 'usage', 'unreachable'],
  async run(v, io) {
    const { kmsClient, verifyLog } = await import('@driftgate/shared/audit');
    const { parseS3Uri, s3Client } = await import('@driftgate/shared/publish');
    const location = parseS3Uri(required(v['audit-uri'], 'audit-uri', 's3://nc-perf-audit/optimizer/'), '--audit-uri');
    const region = v['aws-region'];
    const result = await verifyLog(s3Client(region ? { region } : {}), kmsClient(region ? { region } : {}), location);
    if (v.output) await writeFile(resolve(io.cwd, v.output), result.lines.map((l) => `${l}\n`).join(''));
    for (const p of result.problems) io.out(`problem: ${problemText(p)}`);
    io.out(
      result.problems.length
        ? `driftgate audit verify: ${result.problems.length} problem(s) in ${result.entries} entries.`
        : `driftgate audit verify: ${result.entries} entries, chain intact, every signature valid.`,
    );
    return result.problems.length ? EXIT.fail : EXIT.ok;
  },
});

export const auditAppendCommand = defineCommand({
  name: 'audit append',
  summary: 'sign one change or proposal with KMS and append it to the audit log (write-once)',
  inputs: AUDIT_APPEND_INPUTS,
  notes:
    'Needs s3:ListBucket, s3:GetObject and s3:PutObject on the log (kms:GenerateDataKey, kms:Decrypt), and kms:Sign.',
  exits: ['ok', 'usage', 'unreachable'],
  async run(v, io) {
    const { appendEntry, kmsClient } = await import('@driftgate/shared/audit');
    const { parseS3Uri, s3Client } = await import('@driftgate/shared/publish');
    const location = parseS3Uri(required(v['audit-uri'], 'audit-uri', 's3://nc-perf-audit/optimizer/'), '--audit-uri');
    const signingKeyId = required(v['signing-key-id'], 'signing-key-id', 'alias/driftgate-audit');
    const action = required(v.action, 'action', 'rightsizing.lambda.apply');
    const target = required(v.target, 'target', 'arn:aws:lambda:eu-west-1:123456789012:function:checkout');
    const details = parseDetails(v.details);
    const region = v['aws-region'];
    const algorithm = (v['signing-algorithm'] ?? 'RSASSA_PKCS1_V1_5_SHA_256') as 'RSASSA_PKCS1_V1_5_SHA_256';
    const out = await appendEntry(
      {
        s3: s3Client(region ? { region } : {}),
        kms: kmsClient(region ? { region } : {}),
        location,
        signingKeyId,
        algorithm,
        ...(v['kms-key-id'] ? { kmsKeyId: v['kms-key-id'] } : {}),
        logger: io.logger,
      },
      { kind: v.kind === 'proposal' ? 'proposal' : 'change', action, target, actor: v.actor ?? 'unknown', details },
    );
    io.out(`driftgate audit append: entry ${out.entry.seq} at ${out.uri}`);
    return EXIT.ok;
  },
});
