/**
 * The signed, hash-chained audit log through the CLI (driftgate audit append | verify) against a fake S3 (write-once
 * PUTs, paged ListObjectsV2) and a fake KMS (Sign, GetPublicKey): the wire requests, the chain, and every kind of
 * tampering verify must catch (an edited entry, a removed one, a forged signature).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../../cli/src/main.js';
import { canonicalJson, checkChain, GENESIS, sha256Hex } from '../../src/core/audit/entry.js';
import { FAKE_AWS_ENV, type FakeS3, startFakeS3 } from '../bake/fakes.js';
import { type FakeKms, KEY_ARN, startFakeKms } from './fakes.js';

let s3: FakeS3;
let kms: FakeKms;
let dir: string;
const saved = { ...process.env };

beforeAll(async () => {
  [s3, kms] = await Promise.all([startFakeS3(), startFakeKms()]);
  s3.listPageSize = 2; // every listing pages
  Object.assign(process.env, FAKE_AWS_ENV, { AWS_ENDPOINT_URL_S3: s3.url, AWS_ENDPOINT_URL_KMS: kms.url });
  dir = mkdtempSync(join(tmpdir(), 'driftgate-audit-'));
});
afterAll(async () => {
  process.env = saved;
  await Promise.all([s3?.close(), kms?.close()]);
  rmSync(dir, { recursive: true, force: true });
});

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await cli(args, { out: (l) => out.push(l), err: (l) => err.push(l), cwd: dir });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const URI = 's3://nc-perf-audit/optimizer/';
const append = (action: string, details: object, kind = 'change') =>
  run([
    'audit',
    'append',
    '--audit-uri',
    URI,
    '--signing-key-id',
    'alias/driftgate-audit',
    '--kms-key-id',
    'alias/nc-perf-audit',
    '--kind',
    kind,
    '--action',
    action,
    '--target',
    'arn:aws:lambda:eu-west-1:123456789012:function:checkout',
    '--actor',
    'octocat',
    '--details',
    JSON.stringify(details),
  ]);

describe('driftgate audit', () => {
  it('appends signed, chained, write-once entries and verifies them', async () => {
    for (let i = 1; i <= 5; i++) {
      const r = await append(
        i % 2 ? 'rightsizing.lambda.propose' : 'rightsizing.lambda.apply',
        { from: 1024, to: 512, i },
        i % 2 ? 'proposal' : 'change',
      );
      expect(r.err).toBe('');
      expect(r.out).toBe(`driftgate audit append: entry ${i} at ${URI}${String(i).padStart(10, '0')}.json`);
    }
    // On the wire: each entry one conditional, encrypted PUT; KMS signs a 32-byte SHA-256 digest.
    const puts = s3.puts();
    expect(puts).toHaveLength(5);
    for (const p of puts) {
      expect(p.headers['if-none-match']).toBe('*');
      expect(p.headers['x-amz-server-side-encryption']).toBe('aws:kms');
      expect(p.headers['x-amz-server-side-encryption-aws-kms-key-id']).toBe('alias/nc-perf-audit');
    }
    const signs = kms.requests.filter((r) => String(r.headers['x-amz-target']).endsWith('.Sign')).map((r) => r.json());
    expect(signs).toHaveLength(5);
    for (const s of signs) {
      expect(s).toMatchObject({
        KeyId: 'alias/driftgate-audit',
        MessageType: 'DIGEST',
        SigningAlgorithm: 'RSASSA_PKCS1_V1_5_SHA_256',
      });
      expect(Buffer.from(s.Message, 'base64')).toHaveLength(32);
    }
    // Listing pages (2 keys a page): the fifth append read two pages.
    const lists = s3.requests.filter((r) => r.url.searchParams.get('list-type') === '2');
    expect(lists.some((r) => r.url.searchParams.get('continuation-token') === '2')).toBe(true);

    const lines = [...s3.objects.entries()]
      .sort()
      .map(([k, o]) => ({ key: k.slice('nc-perf-audit/'.length), line: o.body.toString().trimEnd() }));
    const first = JSON.parse(lines[0]?.line as string);
    expect(first).toMatchObject({
      seq: 1,
      prev: GENESIS,
      kind: 'proposal',
      actor: 'octocat',
      signature: { keyId: KEY_ARN },
    });
    expect(JSON.parse(lines[1]?.line as string).prev).toBe(sha256Hex(lines[0]?.line as string));
    expect(checkChain('optimizer/', lines).problems).toEqual([]);

    const ok = await run(['audit', 'verify', '--audit-uri', URI, '--output', 'audit.log']);
    expect(ok.out).toContain('5 entries, chain intact, every signature valid');
    expect(ok.code).toBe(0);
    expect(readFileSync(join(dir, 'audit.log'), 'utf8').trimEnd().split('\n')).toEqual(lines.map((l) => l.line));
    // The reviewer needs only the public key, read once.
    expect(kms.calls().filter((c) => c === 'GetPublicKey')).toHaveLength(1);
  });

  it('catches an edited entry, a removed one and a forged signature', async () => {
    const key = (n: number) => `nc-perf-audit/optimizer/${String(n).padStart(10, '0')}.json`;
    const original = s3.objects.get(key(2));
    if (!original) throw new Error('no entry 2');

    // Edited (and re-canonicalized): its signature fails, and the next entry's link breaks.
    const edited = JSON.parse(original.body.toString());
    edited.details.to = 128;
    s3.objects.set(key(2), { ...original, body: Buffer.from(`${canonicalJson(edited)}\n`) });
    const r1 = await run(['audit', 'verify', '--audit-uri', URI]);
    expect(r1.code).toBe(1);
    expect(r1.out).toContain("entry 2's signature does not verify");
    expect(r1.out).toContain("entry 3 does not name the previous entry's hash");
    s3.objects.set(key(2), original);

    // Removed: a gap and a broken link.
    const third = s3.objects.get(key(3));
    s3.objects.delete(key(3));
    const r2 = await run(['audit', 'verify', '--audit-uri', URI]);
    expect(r2.code).toBe(1);
    expect(r2.out).toContain('entry 4 where 3 was expected');
    if (third) s3.objects.set(key(3), third);
    expect((await run(['audit', 'verify', '--audit-uri', URI])).code).toBe(0);

    // Signed by a key that is not the published one.
    kms.rotatePrivateKey();
    expect((await append('rightsizing.ecs.register', { min: 2, max: 10 })).code).toBe(0);
    const r3 = await run(['audit', 'verify', '--audit-uri', URI]);
    expect(r3.code).toBe(1);
    expect(r3.out).toContain("entry 6's signature does not verify");
  });

  it('refuses bad flags before any request', async () => {
    const before = s3.requests.length + kms.requests.length;
    const r = await run([
      'audit',
      'append',
      '--audit-uri',
      URI,
      '--signing-key-id',
      'k',
      '--action',
      'a',
      '--target',
      't',
      '--details',
      '[1]',
    ]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--details is "[1]": expected a JSON object');
    const r2 = await run(['audit', 'verify', '--audit-uri', 'nc-perf-audit']);
    expect(r2.code).toBe(2);
    expect(r2.err).toContain('--audit-uri is "nc-perf-audit": expected an S3 URI');
    expect(s3.requests.length + kms.requests.length).toBe(before);
  });
});
