/**
 * The flags of `driftgate audit verify` and `driftgate audit append` (the signed optimizer audit log). The entries
 * without `only` are also the rightsizing action's inputs (core/inputs/rightsizing-inputs.ts).
 */
import type { InputSpec } from './input-spec.js';

const AUDIT_URI = {
  name: 'audit-uri',
  type: 'string',
  value: 'S3-URI',
  description:
    'The audit log, e.g. s3://nc-perf-audit/optimizer/ (one signed, write-once object per entry). Needed by audit, optional for rightsizing (then every change and proposal is logged).',
} as const satisfies InputSpec;

const REGION = {
  name: 'aws-region',
  type: 'string',
  env: ['AWS_REGION'],
  description:
    'AWS region of the audit bucket and the KMS keys (and, for rightsizing, of the scaling engines). Default AWS_REGION.',
} as const satisfies InputSpec;

export const AUDIT_VERIFY_INPUTS = [
  AUDIT_URI,
  REGION,
  {
    name: 'output',
    type: 'string',
    only: 'cli',
    value: 'FILE',
    description: 'Also write the verified log as JSON lines (audit.log) to FILE.',
  },
] as const satisfies readonly InputSpec[];

export const AUDIT_APPEND_INPUTS = [
  AUDIT_URI,
  REGION,
  {
    name: 'signing-key-id',
    type: 'string',
    value: 'KEY',
    description:
      'The asymmetric KMS key (SIGN_VERIFY; id, ARN or alias) that signs the entries (required with audit-uri).',
  },
  {
    name: 'signing-algorithm',
    type: 'choice',
    choices: ['RSASSA_PKCS1_V1_5_SHA_256', 'RSASSA_PSS_SHA_256', 'ECDSA_SHA_256'],
    default: 'RSASSA_PKCS1_V1_5_SHA_256',
    description: "The KMS signing algorithm (the key's spec must support it).",
  },
  {
    name: 'kms-key-id',
    type: 'string',
    value: 'KEY',
    description: "KMS key for SSE-KMS of the audit objects. Default: the bucket's.",
  },
  {
    name: 'kind',
    type: 'choice',
    choices: ['change', 'proposal'],
    only: 'cli',
    cliDefault: 'change',
    description: 'change (done) or proposal (awaiting approval).',
  },
  {
    name: 'action',
    type: 'line',
    only: 'cli',
    value: 'NAME',
    description: 'What was done, e.g. rightsizing.lambda.apply (required).',
  },
  { name: 'target', type: 'line', only: 'cli', value: 'ARN', description: 'What it was done to (required).' },
  {
    name: 'actor',
    type: 'line',
    env: ['GITHUB_ACTOR', 'USER'],
    description: 'Who did or approved it (in each audit entry). Default $GITHUB_ACTOR, else $USER.',
  },
  { name: 'details', type: 'json', only: 'cli', value: 'JSON', description: 'A JSON object of details. Default {}.' },
] as const satisfies readonly InputSpec[];
