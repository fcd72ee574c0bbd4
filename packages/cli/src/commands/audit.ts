/**
 * driftgate audit verify | append: the optimizer audit log (PERF-003 §5, §11; docs/finops.md#audit-log).
 * verify reads every entry, checks the hash chain and each KMS signature (with the key's public half), and exits
 * 1 on any problem; append signs and writes one entry (the approval workflow's step after an applied change).
 */

import { resolve } from 'node:path';
import { writeOutputFile } from '@driftgate/shared';
import type { AuditProblem } from '@driftgate/shared/audit';
import { AUDIT_APPEND_INPUTS, AUDIT_VERIFY_INPUTS } from '@driftgate/shared/inputs';
import { defineCommand, EXIT } from '../command.js';
import { referFlag } from '../options.js';

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
    const { auditVerifySettings, kmsClient, verifyLog } = await import('@driftgate/shared/audit');
    const { s3Client } = await import('@driftgate/shared/publish');
    const settings = auditVerifySettings(v, referFlag(AUDIT_VERIFY_INPUTS), { cwd: io.cwd });
    const region = settings.region ? { region: settings.region } : {};
    const result = await verifyLog(s3Client(region), kmsClient(region), settings.location);
    if (settings.output)
      await writeOutputFile(resolve(io.cwd, settings.output), result.lines.map((l) => `${l}\n`).join(''));
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
    const { appendEntry, auditAppendSettings, kmsClient } = await import('@driftgate/shared/audit');
    const { s3Client } = await import('@driftgate/shared/publish');
    const settings = auditAppendSettings(v, referFlag(AUDIT_APPEND_INPUTS));
    const region = settings.region ? { region: settings.region } : {};
    const out = await appendEntry(
      {
        s3: s3Client(region),
        kms: kmsClient(region),
        location: settings.location,
        signingKeyId: settings.signingKeyId,
        algorithm: settings.algorithm,
        ...(settings.kmsKeyId ? { kmsKeyId: settings.kmsKeyId } : {}),
        logger: io.logger,
      },
      settings.draft,
    );
    io.out(`driftgate audit append: entry ${out.entry.seq} at ${out.uri}`);
    return EXIT.ok;
  },
});
