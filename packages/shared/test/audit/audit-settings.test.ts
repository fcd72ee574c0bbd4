/**
 * The settings of `driftgate audit append` and `audit verify` (flows/audit/audit-settings.ts) and the
 * signing-algorithm input the rightsizing action shares: parsed once, the choices checked against the algorithms
 * the log verifies, every mistake named.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  type AuditAppendValues,
  auditAppendSettings,
  auditVerifySettings,
  SIGNING_ALGORITHMS,
  signingAlgorithm,
} from '../../src/flows/audit/index.js';
import { parseRightsizingSettings } from '../../src/flows/rightsizing/index.js';
import { referInput } from '../../src/shell/inputs/index.js';

const flag = (name: string) => `--${name}`;
const base = {
  'audit-uri': 's3://nc-perf-audit/optimizer/',
  'signing-key-id': 'alias/driftgate-audit',
  action: 'rightsizing.lambda.apply',
  target: 'arn:aws:lambda:eu-west-1:123456789012:function:checkout',
  'signing-algorithm': 'RSASSA_PKCS1_V1_5_SHA_256',
  kind: 'change',
} as AuditAppendValues;

describe('auditAppendSettings', () => {
  it('parses the log, the key, the algorithm, the kind and the details once', () => {
    const s = auditAppendSettings(
      {
        ...base,
        'signing-algorithm': 'ECDSA_SHA_256',
        kind: 'proposal',
        details: '{"from": 1024, "to": 512}',
        actor: 'octocat',
        'aws-region': 'eu-west-1',
        'kms-key-id': 'alias/sse',
      },
      flag,
    );
    expect(s).toEqual({
      location: expect.objectContaining({ bucket: 'nc-perf-audit' }),
      signingKeyId: 'alias/driftgate-audit',
      algorithm: 'ECDSA_SHA_256',
      kmsKeyId: 'alias/sse',
      region: 'eu-west-1',
      draft: {
        kind: 'proposal',
        action: 'rightsizing.lambda.apply',
        target: 'arn:aws:lambda:eu-west-1:123456789012:function:checkout',
        actor: 'octocat',
        details: { from: 1024, to: 512 },
      },
    });
  });

  it.each([
    [{ 'audit-uri': undefined }, /^--audit-uri is required: give it, such as --audit-uri s3:\/\//],
    [{ 'audit-uri': 'https://bucket' }, /^--audit-uri/],
    [{ 'signing-key-id': undefined }, /^--signing-key-id is required/],
    [{ action: undefined }, /^--action is required/],
    [{ target: undefined }, /^--target is required/],
    [{ details: '[1]' }, /^--details is "\[1\]": expected a JSON object/],
    [
      { 'signing-algorithm': 'RSA_SHA1' },
      /^--signing-algorithm is "RSA_SHA1": expected one of RSASSA_PKCS1_V1_5_SHA_256, RSASSA_PSS_SHA_256, ECDSA_SHA_256/,
    ],
    [{ kind: 'done' }, /^--kind is "done": expected change \(done\) or proposal \(awaiting approval\)\./],
  ] as Array<[Partial<AuditAppendValues>, RegExp]>)('refuses %j before any request', (over, message) => {
    expect(() => auditAppendSettings({ ...base, ...over }, flag)).toThrow(message);
  });

  it("the spec's choices are the algorithms the log verifies", () => {
    for (const a of SIGNING_ALGORITHMS) expect(signingAlgorithm(a, referInput)).toBe(a);
    expect(signingAlgorithm(undefined, referInput)).toBe('RSASSA_PKCS1_V1_5_SHA_256');
  });

  it('the rightsizing action refuses an unknown signing-algorithm before any change, not at the first append', () => {
    expect(() =>
      parseRightsizingSettings({
        'ecs-services': [],
        'min-tasks': '1',
        'max-tasks': '10',
        'lambda-functions': ['checkout-api'],
        apply: false,
        'lambda-approved': false,
        'audit-uri': 's3://nc-perf-audit/optimizer/',
        'signing-key-id': 'alias/driftgate-audit',
        'signing-algorithm': 'RSA_SHA1',
      }),
    ).toThrow(/^Input "signing-algorithm" is "RSA_SHA1": expected one of/);
  });
});

describe('auditVerifySettings', () => {
  const cwd = mkdtempSync(join(tmpdir(), 'driftgate-audit-verify-'));
  afterAll(() => rmSync(cwd, { recursive: true, force: true }));

  it('parses the log, the region and the output once', () => {
    expect(
      auditVerifySettings(
        { 'audit-uri': 's3://nc-perf-audit/optimizer/', 'aws-region': 'eu-west-1', output: 'audit.log' },
        flag,
        { cwd },
      ),
    ).toEqual({
      location: expect.objectContaining({ bucket: 'nc-perf-audit' }),
      region: 'eu-west-1',
      output: 'audit.log',
    });
    expect(auditVerifySettings({ 'audit-uri': 's3://nc-perf-audit/optimizer/' }, flag, { cwd })).toEqual({
      location: expect.objectContaining({ bucket: 'nc-perf-audit' }),
    });
  });

  it('refuses a missing log, a log that is not an S3 URI and an output that is a directory, before any request', () => {
    expect(() => auditVerifySettings({}, flag, { cwd })).toThrow(
      /^--audit-uri is required: give it, such as --audit-uri s3:\/\/nc-perf-audit\/optimizer\/\./,
    );
    expect(() => auditVerifySettings({ 'audit-uri': 'nc-perf-audit/optimizer' }, flag, { cwd })).toThrow(/--audit-uri/);
    mkdirSync(join(cwd, 'out'));
    expect(() =>
      auditVerifySettings({ 'audit-uri': 's3://nc-perf-audit/optimizer/', output: 'out' }, flag, { cwd }),
    ).toThrow(/"output" is "out": it is a directory/);
  });
});
