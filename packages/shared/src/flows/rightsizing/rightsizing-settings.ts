/**
 * The rightsizing action's inputs and `driftgate rightsizing`'s flags (core/inputs/rightsizing-inputs.ts), parsed once into
 * typed settings, every bad value refused before any request. Both shells call this; the messages name inputs as
 * Input "x" (the CLI shows them as --x).
 */

import type { AuditDraft } from '../../core/audit/entry.js';
import { ConfigurationError } from '../../core/errors.js';
import { referInput } from '../../core/inputs/input-spec.js';
import { type Logger, silentLogger } from '../../core/log.js';
import type { SigningAlgorithm } from '../../io/kms.js';
import { parseS3Uri, type S3Location } from '../../io/publish/s3.js';
import { signingAlgorithm } from '../audit/audit-settings.js';
import { parseCapacity, parseEcsServices, type RightsizingSettings } from './rightsizing-run.js';

export interface RightsizingValues {
  'ecs-services': string[];
  'min-tasks': string;
  'max-tasks': string;
  'lambda-functions': string[];
  apply: boolean;
  'lambda-approved': boolean;
  'audit-uri'?: string | undefined;
  'aws-region'?: string | undefined;
  'signing-key-id'?: string | undefined;
  'signing-algorithm'?: string | undefined;
  'kms-key-id'?: string | undefined;
  actor?: string | undefined;
}

/** Where every change and proposal is appended (signed with KMS, one write-once S3 object each). */
export interface RightsizingAuditSettings {
  location: S3Location;
  signingKeyId: string;
  algorithm: SigningAlgorithm;
  kmsKeyId?: string;
}

export interface RightsizingJob {
  settings: RightsizingSettings;
  region?: string;
  audit?: RightsizingAuditSettings;
}

export function parseRightsizingSettings(v: RightsizingValues, actorFallback = 'unknown'): RightsizingJob {
  const ecs = parseEcsServices(v['ecs-services']);
  const { minTasks, maxTasks } = parseCapacity(v['min-tasks'], v['max-tasks']);
  if (ecs.length === 0 && v['lambda-functions'].length === 0)
    throw new ConfigurationError(
      'Neither Input "ecs-services" nor Input "lambda-functions" is given: give one or both (cluster/service entries such as prod/checkout; function names such as checkout-api).',
    );
  if (v['lambda-approved'] && !v.apply)
    throw new ConfigurationError(
      'Input "lambda-approved" is set without Input "apply": set both, in the job behind the approval environment.',
    );
  const location = v['audit-uri'] ? parseS3Uri(v['audit-uri'], 'Input "audit-uri"') : undefined;
  const signingKeyId = v['signing-key-id'];
  if (location && !signingKeyId)
    throw new ConfigurationError(
      'Input "audit-uri" is given without Input "signing-key-id": give the KMS signing key, such as alias/driftgate-audit.',
    );
  const algorithm = signingAlgorithm(v['signing-algorithm'], referInput);
  return {
    settings: {
      ecs,
      minTasks,
      maxTasks,
      lambdas: v['lambda-functions'],
      apply: v.apply,
      lambdaApproved: v['lambda-approved'],
      actor: v.actor ?? actorFallback,
    },
    ...(v['aws-region'] ? { region: v['aws-region'] } : {}),
    ...(location && signingKeyId
      ? {
          audit: {
            location,
            signingKeyId,
            algorithm,
            ...(v['kms-key-id'] ? { kmsKeyId: v['kms-key-id'] } : {}),
          },
        }
      : {}),
  };
}

export interface AppendedRightsizingEntry {
  seq: number;
  action: string;
  uri: string;
}

/** Append each change and proposal of a run to the signed audit log, in order. */
export async function appendRightsizingAudit(
  job: RightsizingJob,
  drafts: readonly AuditDraft[],
  logger: Logger = silentLogger,
): Promise<AppendedRightsizingEntry[]> {
  if (!job.audit || drafts.length === 0) return [];
  const { appendEntry } = await import('../audit/audit-log.js');
  const { kmsClient } = await import('../../io/kms.js');
  const { s3Client } = await import('../../io/publish/s3.js');
  const region = job.region ? { region: job.region } : {};
  const log = {
    s3: s3Client(region),
    kms: kmsClient(region),
    location: job.audit.location,
    signingKeyId: job.audit.signingKeyId,
    algorithm: job.audit.algorithm,
    ...(job.audit.kmsKeyId ? { kmsKeyId: job.audit.kmsKeyId } : {}),
    logger,
  };
  const out: AppendedRightsizingEntry[] = [];
  for (const draft of drafts) {
    const appended = await appendEntry(log, draft);
    out.push({ seq: appended.entry.seq, action: draft.action, uri: appended.uri });
  }
  return out;
}
