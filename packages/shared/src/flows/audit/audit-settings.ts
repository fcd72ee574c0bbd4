/**
 * The settings of `driftgate audit append` and `driftgate audit verify`, parsed once at the boundary from the values
 * read through their input specs (core/inputs/audit-inputs.ts): the log a location, the algorithm and the kind
 * choices, the details a JSON object, and every mistake one ConfigurationError naming the input the way the caller
 * names it (`refer`), the value and the fix, before any request. signingAlgorithm is the rightsizing action's check
 * of the same input.
 */

import type { AuditDraft, AuditKind } from '../../core/audit/entry.js';
import { ConfigurationError } from '../../core/errors.js';
import { AUDIT_APPEND_INPUTS, type AUDIT_VERIFY_INPUTS } from '../../core/inputs/audit-inputs.js';
import type { InputValues, Refer } from '../../core/inputs/input-spec.js';
import { parseJsonObject } from '../../core/validation.js';
import type { SigningAlgorithm } from '../../io/kms.js';
import { checkOutputFile } from '../../io/paths.js';
import { parseS3Uri, type S3Location } from '../../io/publish/s3.js';

export type AuditAppendValues = InputValues<typeof AUDIT_APPEND_INPUTS>;
export type AuditVerifyValues = InputValues<typeof AUDIT_VERIFY_INPUTS>;

export interface AuditVerifySettings {
  location: S3Location;
  region?: string;
  /** Also write the verified log as JSON lines here (relative to the working directory). */
  output?: string;
}

export interface AuditAppendSettings {
  location: S3Location;
  signingKeyId: string;
  algorithm: SigningAlgorithm;
  /** SSE-KMS key of the objects (default: the bucket's). */
  kmsKeyId?: string;
  region?: string;
  /** The entry to sign and append. */
  draft: AuditDraft;
}

/** The input spec's choices, which are the algorithms the log signs and verifies (io/kms.ts SIGNING_ALGORITHMS). */
const ALGORITHMS = choicesOf('signing-algorithm') as readonly SigningAlgorithm[];
const KINDS = choicesOf('kind') as readonly AuditKind[];
export const DEFAULT_SIGNING_ALGORITHM: SigningAlgorithm = 'RSASSA_PKCS1_V1_5_SHA_256';

export function auditAppendSettings(v: AuditAppendValues, refer: Refer): AuditAppendSettings {
  const location = parseS3Uri(
    required(v['audit-uri'], 'audit-uri', 's3://nc-perf-audit/optimizer/', refer),
    refer('audit-uri'),
  );
  const signingKeyId = required(v['signing-key-id'], 'signing-key-id', 'alias/driftgate-audit', refer);
  const action = required(v.action, 'action', 'rightsizing.lambda.apply', refer);
  const target = required(v.target, 'target', 'arn:aws:lambda:eu-west-1:123456789012:function:checkout', refer);
  const details = auditDetails(v.details, refer);
  const algorithm = signingAlgorithm(v['signing-algorithm'], refer);
  const kind = auditKind(v.kind, refer);
  const region = v['aws-region'];
  const kmsKeyId = v['kms-key-id'];
  return {
    location,
    signingKeyId,
    algorithm,
    ...(kmsKeyId ? { kmsKeyId } : {}),
    ...(region ? { region } : {}),
    draft: { kind, action, target, actor: v.actor ?? 'unknown', details },
  };
}

/** `cwd`: the directory `output` is relative to (checked before any request: not a directory). */
export function auditVerifySettings(v: AuditVerifyValues, refer: Refer, ctx: { cwd: string }): AuditVerifySettings {
  const location = parseS3Uri(
    required(v['audit-uri'], 'audit-uri', 's3://nc-perf-audit/optimizer/', refer),
    refer('audit-uri'),
  );
  checkOutputFile(v.output, ctx.cwd, {});
  const region = v['aws-region'];
  return { location, ...(region ? { region } : {}), ...(v.output ? { output: v.output } : {}) };
}

/** Input `signing-algorithm`: one of the algorithms the log verifies; default RSASSA_PKCS1_V1_5_SHA_256. */
export function signingAlgorithm(text: string | undefined, refer: Refer): SigningAlgorithm {
  if (text === undefined) return DEFAULT_SIGNING_ALGORITHM;
  if ((ALGORITHMS as readonly string[]).includes(text)) return text as SigningAlgorithm;
  throw new ConfigurationError(
    `${refer('signing-algorithm')} is ${JSON.stringify(text)}: expected one of ${ALGORITHMS.join(', ')} (the key's spec must support it).`,
  );
}

/** Input `kind`: change (done, the default) or proposal (awaiting approval). */
function auditKind(text: string | undefined, refer: Refer): AuditKind {
  if (text === undefined) return 'change';
  if ((KINDS as readonly string[]).includes(text)) return text as AuditKind;
  throw new ConfigurationError(
    `${refer('kind')} is ${JSON.stringify(text)}: expected change (done) or proposal (awaiting approval).`,
  );
}

/** Input `details`: a JSON object (default {}). */
function auditDetails(text: string | undefined, refer: Refer): Record<string, unknown> {
  if (text === undefined) return {};
  const parsed = parseJsonObject(text);
  if (!parsed)
    throw new ConfigurationError(
      `${refer('details')} is ${JSON.stringify(text)}: expected a JSON object such as {"from": 1024, "to": 512}.`,
    );
  return parsed;
}

function required(value: string | undefined, input: string, example: string, refer: Refer): string {
  if (!value) throw new ConfigurationError(`${refer(input)} is required: give it, such as ${refer(input)} ${example}.`);
  return value;
}

function choicesOf(name: 'signing-algorithm' | 'kind'): readonly string[] {
  const spec = AUDIT_APPEND_INPUTS.find((s) => s.name === name);
  return spec && 'choices' in spec ? spec.choices : [];
}
