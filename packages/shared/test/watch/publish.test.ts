/**
 * Publishing the watch's rules, over the wire: AMP's rule groups namespaces API (the AWS SDK, SigV4 for
 * "aps", reached through AWS_ENDPOINT_URL_AMP as in production) and a Mimir / Cortex ruler, both loopback
 * fakes holding state; plus the file target and the dry-run diff.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { type AddressInfo, createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type FakeServer, json, routes, startFakeServer } from '@driftgate/testkit/fake-server';
import { freePort } from '@driftgate/testkit/prometheus';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { SourceError } from '../../src/core/errors.js';
import { combinedFile, renderRuleFile, splitGroups } from '../../src/core/watch/prometheus-rules.js';
import { AmpRulesTarget, FileTarget, publishRules, RulerTarget } from '../../src/io/publish/rules-publish.js';
import { testRules } from './fixtures.js';

const WS = 'ws-0a1b2c3d-4e5f-6789-abcd-ef0123456789';
const ENV_KEYS = [
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'AWS_REGION',
  'AWS_ENDPOINT_URL_AMP',
  'AWS_EC2_METADATA_DISABLED',
  'AWS_CONFIG_FILE',
  'AWS_SHARED_CREDENTIALS_FILE',
  'AWS_MAX_ATTEMPTS',
] as const;
const AUTH_RE =
  /^AWS4-HMAC-SHA256 Credential=AKIDWATCHTEST\/\d{8}\/us-west-2\/aps\/aws4_request, SignedHeaders=([a-z0-9;-]+), Signature=[0-9a-f]{64}$/;

const RULES = renderRuleFile(combinedFile(testRules()), 'test');

/** AMP: namespaces by name; a write goes CREATING/UPDATING, then `settle` on the next Describe. */
const amp = new Map<string, { data: string; status: string; reason?: string }>();
let settle = 'ACTIVE';
/** Mimir ruler: namespace -> group name -> YAML of the group. */
const ruler = new Map<string, Map<string, string>>();
let fake: FakeServer;

beforeAll(async () => {
  fake = await startFakeServer(
    routes({
      'GET /workspaces/:ws/rulegroupsnamespaces/:name': (_req, { ws, name }) => {
        const ns = amp.get(`${ws}/${name}`);
        if (!ns) return json(404, { message: 'not found' }, { 'x-amzn-errortype': 'ResourceNotFoundException' });
        const status = { statusCode: ns.status, ...(ns.reason ? { statusReason: ns.reason } : {}) };
        if (ns.status === 'CREATING' || ns.status === 'UPDATING') {
          ns.status = settle.startsWith('ACTIVE')
            ? 'ACTIVE'
            : ns.status.startsWith('C')
              ? 'CREATION_FAILED'
              : 'UPDATE_FAILED';
          if (ns.status.endsWith('FAILED')) ns.reason = 'rule group "driftgate:checkout-api:prod": parse error';
        }
        return json(200, {
          ruleGroupsNamespace: {
            arn: `arn:aws:aps:us-west-2:123456789012:rulegroupsnamespace/${ws}/${name}`,
            name,
            data: Buffer.from(ns.data).toString('base64'),
            status,
            createdAt: 1700000000,
            modifiedAt: 1700000000,
          },
        });
      },
      'POST /workspaces/:ws/rulegroupsnamespaces': (req, { ws }) => {
        const body = req.json<{ name: string; data: string }>();
        if (amp.has(`${ws}/${body.name}`))
          return json(409, { message: 'exists' }, { 'x-amzn-errortype': 'ConflictException' });
        amp.set(`${ws}/${body.name}`, { data: Buffer.from(body.data, 'base64').toString('utf8'), status: 'CREATING' });
        return json(202, { arn: 'arn', name: body.name, status: { statusCode: 'CREATING' } });
      },
      'PUT /workspaces/:ws/rulegroupsnamespaces/:name': (req, { ws, name }) => {
        const ns = amp.get(`${ws}/${name}`);
        if (!ns) return json(404, { message: 'not found' }, { 'x-amzn-errortype': 'ResourceNotFoundException' });
        ns.data = Buffer.from(req.json<{ data: string }>().data, 'base64').toString('utf8');
        ns.status = 'UPDATING';
        delete ns.reason;
        return json(202, { arn: 'arn', name, status: { statusCode: 'UPDATING' } });
      },
      'GET /prometheus/config/v1/rules/:ns': (req, { ns }) => {
        if (req.headers['x-scope-orgid'] !== 'platform') return json(401, { error: 'no org id' });
        const groups = [...(ruler.get(ns)?.values() ?? [])].map((g) => parse(g));
        return groups.length
          ? { status: 200, body: stringify({ [ns]: groups }), headers: { 'content-type': 'application/yaml' } }
          : { status: 404, body: 'no rule groups found' };
      },
      'DELETE /prometheus/config/v1/rules/:ns/:group': (req, { ns, group }) => {
        if (req.headers['x-scope-orgid'] !== 'platform') return json(401, { error: 'no org id' });
        return ruler.get(ns)?.delete(group) ? { status: 202, body: '' } : { status: 404, body: 'group does not exist' };
      },
      'POST /prometheus/config/v1/rules/:ns': (req, { ns }) => {
        if (req.headers['content-type'] !== 'application/yaml') return { status: 400, body: 'want yaml' };
        const g = parse(req.text()) as { name: string };
        if (!ruler.has(ns)) ruler.set(ns, new Map());
        ruler.get(ns)?.set(g.name, req.text());
        return { status: 202, body: '' };
      },
    }),
  );
});
afterAll(async () => fake?.close());

let saved: Record<string, string | undefined>;
beforeEach(() => {
  saved = Object.fromEntries(ENV_KEYS.map((k) => [k, process.env[k]]));
  Object.assign(process.env, {
    AWS_ACCESS_KEY_ID: 'AKIDWATCHTEST',
    AWS_SECRET_ACCESS_KEY: 'watch/SeCrEt+KeY/0123456789abcdefghij',
    AWS_SESSION_TOKEN: 'WatchSessionToken',
    AWS_REGION: 'us-west-2',
    AWS_ENDPOINT_URL_AMP: fake.url,
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_CONFIG_FILE: '/nonexistent/driftgate-test/config',
    AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/driftgate-test/credentials',
    AWS_MAX_ATTEMPTS: '1',
  });
  fake.requests.length = 0;
  settle = 'ACTIVE';
});
afterEach(() => {
  for (const k of ENV_KEYS) {
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  }
});

const ampTarget = (namespace = 'driftgate-checkout-api-prod') =>
  new AmpRulesTarget({ workspaceId: WS, namespace, region: 'us-west-2', pollMs: 5, timeoutMs: 5000 });

describe('AMP rule groups namespace', () => {
  it('creates the namespace, waits for ACTIVE, signs every request for aps; a re-run changes nothing', async () => {
    const first = await publishRules(ampTarget(), RULES);
    expect(first.status).toBe('created');
    const calls = fake.requests.map((r) => `${r.method} ${r.path}`);
    expect(calls).toEqual([
      `GET /workspaces/${WS}/rulegroupsnamespaces/driftgate-checkout-api-prod`,
      `POST /workspaces/${WS}/rulegroupsnamespaces`,
      // Polled: CREATING, then ACTIVE.
      `GET /workspaces/${WS}/rulegroupsnamespaces/driftgate-checkout-api-prod`,
      `GET /workspaces/${WS}/rulegroupsnamespaces/driftgate-checkout-api-prod`,
    ]);
    for (const r of fake.requests) {
      const auth = AUTH_RE.exec(String(r.headers.authorization));
      expect(auth, String(r.headers.authorization)).not.toBeNull();
      expect(auth?.[1]?.split(';')).toEqual(expect.arrayContaining(['host', 'x-amz-date', 'x-amz-security-token']));
      expect(r.headers['x-amz-security-token']).toBe('WatchSessionToken');
    }
    const created = fake.requests[1]?.json<{ name: string; data: string; clientToken?: string }>();
    expect(created?.name).toBe('driftgate-checkout-api-prod');
    expect(created?.clientToken, 'the SDK sends an idempotency token').toMatch(/^[0-9a-f-]{36}$/);
    expect(Buffer.from(created?.data ?? '', 'base64').toString('utf8')).toBe(RULES);

    fake.requests.length = 0;
    const again = await publishRules(ampTarget(), RULES);
    expect(again.status).toBe('unchanged');
    expect(fake.requests.map((r) => r.method)).toEqual(['GET']);

    const changed = RULES.replace('interval: 1m', 'interval: 2m');
    const dry = await publishRules(ampTarget(), changed, { dryRun: true });
    expect(dry.status).toBe('dry-run');
    expect(dry.diff).toMatch(/^-\s+interval: 1m$/m);
    expect(dry.diff).toMatch(/^\+\s+interval: 2m$/m);
    expect(fake.requests.filter((r) => r.method !== 'GET')).toEqual([]);

    const updated = await publishRules(ampTarget(), changed);
    expect(updated.status).toBe('updated');
    expect(fake.requests.some((r) => r.method === 'PUT')).toBe(true);
    expect(amp.get(`${WS}/driftgate-checkout-api-prod`)).toMatchObject({ data: changed, status: 'ACTIVE' });
  });

  it('reports a failed namespace with AMP status and reason', async () => {
    settle = 'FAILED';
    await expect(publishRules(ampTarget('driftgate-broken-prod'), RULES)).rejects.toThrow(
      /driftgate-broken-prod is CREATION_FAILED: rule group "driftgate:checkout-api:prod": parse error/,
    );
  });

  it('needs a region', () => {
    delete process.env.AWS_REGION;
    expect(() => new AmpRulesTarget({ workspaceId: WS, namespace: 'x' })).toThrow(/Input "aws-region" is empty/);
  });

  it('rejects a malformed workspace id before any request', () => {
    expect(() => new AmpRulesTarget({ workspaceId: 'my-workspace', namespace: 'x' })).toThrow(
      /Input "amp-workspace-id" is "my-workspace"/,
    );
  });
});

describe('Mimir / Cortex ruler', () => {
  it('posts each group as YAML to /prometheus/config/v1/rules/<namespace>; a re-run changes nothing', async () => {
    const target = new RulerTarget({
      url: `${fake.url}/prometheus`,
      namespace: 'driftgate',
      headers: { 'X-Scope-OrgID': 'platform' },
    });
    const first = await publishRules(target, RULES);
    expect(first.status).toBe('created');
    const posts = fake.requests.filter((r) => r.method === 'POST');
    expect(posts.map((p) => p.path)).toEqual(parse(RULES).groups.map(() => '/prometheus/config/v1/rules/driftgate'));
    expect(posts.map((p) => parse(p.text()))).toEqual(parse(RULES).groups);

    fake.requests.length = 0;
    expect((await publishRules(target, RULES)).status).toBe('unchanged');
    // user:password in the URL is sent as Basic auth, never as part of the URL.
    const basic = new RulerTarget({
      url: fake.url.replace('//', '//ops:s3cret@'),
      namespace: 'driftgate',
      headers: { 'X-Scope-OrgID': 'platform' },
    });
    expect(basic.description).not.toContain('s3cret');
    await basic.deployed();
    expect(fake.requests.at(-1)?.headers.authorization).toBe(`Basic ${Buffer.from('ops:s3cret').toString('base64')}`);
    fake.requests.pop();
    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /prometheus/config/v1/rules/driftgate']);
    // A query string (a proxy's ?token=) stays after the rules path, and out of the description.
    fake.requests.length = 0;
    const token = new RulerTarget({
      url: `${fake.url}/prometheus?token=t0k3n-7`,
      namespace: 'driftgate',
      headers: { 'X-Scope-OrgID': 'platform' },
    });
    expect(token.description).toBe(`ruler ${fake.url} namespace driftgate`);
    await token.deployed();
    expect(fake.requests.map((r) => `${r.method} ${r.path}${r.url.search}`)).toEqual([
      'GET /prometheus/config/v1/rules/driftgate?token=t0k3n-7',
    ]);
  });

  it('replaces an old per-service group in one step: the new groups posted, the old one deleted, the diff shows it', async () => {
    const old = {
      name: 'driftgate:checkout-api:prod',
      interval: '1m',
      rules: [{ record: 'service_env:x:baseline', expr: 'vector(1)' }],
    };
    ruler.set('driftgate-old', new Map([[old.name, stringify(old)]]));
    const target = new RulerTarget({
      url: fake.url,
      namespace: 'driftgate-old',
      headers: { 'X-Scope-OrgID': 'platform' },
    });
    const split = renderRuleFile(splitGroups(testRules().service, 5));
    fake.requests.length = 0;
    const r = await publishRules(target, split);
    expect(r.status).toBe('updated');
    expect(r.diff).toContain('-  - name: driftgate:checkout-api:prod\n');
    expect(r.diff).toContain('+  - name: driftgate:checkout-api:prod:baseline:2');
    expect(fake.requests.map((x) => `${x.method} ${x.path}`)).toEqual([
      'GET /prometheus/config/v1/rules/driftgate-old',
      ...parse(split).groups.map(() => 'POST /prometheus/config/v1/rules/driftgate-old'),
      `DELETE /prometheus/config/v1/rules/driftgate-old/${encodeURIComponent(old.name)}`,
    ]);
    expect([...(ruler.get('driftgate-old')?.keys() ?? [])].sort()).toEqual(
      parse(split)
        .groups.map((g: { name: string }) => g.name)
        .sort(),
    );
    expect(parse(split).groups.every((g: { rules: unknown[] }) => g.rules.length <= 5)).toBe(true);
    expect((await publishRules(target, split)).status).toBe('unchanged');
  });

  it('an unreachable ruler is a SourceError naming its URL (no user-info, no query), the cause and the input', async () => {
    const port = await freePort(); // nothing listens there
    const target = new RulerTarget({
      url: `http://ops:ruler-pass-5@127.0.0.1:${port}/?token=ruler-token-6`,
      namespace: 'driftgate',
    });
    const err = await publishRules(target, RULES).catch((e) => e);
    expect(err).toBeInstanceOf(SourceError);
    expect(err.details.errorType).toBe('network');
    expect(err.message).toBe(
      `Could not reach the ruler at http://127.0.0.1:${port}/prometheus/config/v1/rules/driftgate (GET, the deployed rules): ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:${port}. Check Input "ruler-url" (the Mimir or Cortex base URL) and that the ruler is up.`,
    );
    expect(err.message).not.toMatch(/ops|ruler-pass-5|ruler-token-6/);
  });

  it('a ruler that accepts the connection and never answers ends at the call timeout, naming it', async () => {
    const server = createServer(() => {}); // holds every request open
    await new Promise<void>((res) => server.listen(0, '127.0.0.1', res));
    try {
      const { port } = server.address() as AddressInfo;
      const target = new RulerTarget({ url: `http://127.0.0.1:${port}`, namespace: 'driftgate', callTimeoutMs: 300 });
      const started = Date.now();
      const err = await publishRules(target, RULES).catch((e) => e);
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(err).toBeInstanceOf(SourceError);
      expect(err.message).toMatch(
        /^Could not reach the ruler at .* \(GET, the deployed rules\): no answer within 0\.3 s\./,
      );
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });
});

describe('file target', () => {
  it('writes, then reports unchanged, and a dry run shows the diff without writing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'driftgate-watch-file-'));
    try {
      const t = new FileTarget(join(dir, 'rules', 'checkout-api.yml'));
      expect((await publishRules(t, RULES)).status).toBe('created');
      expect(await readFile(join(dir, 'rules', 'checkout-api.yml'), 'utf8')).toBe(RULES);
      // Re-formatted (comments, layout) is the same rules: unchanged.
      expect((await publishRules(t, stringify(parse(RULES), { indent: 4 }))).status).toBe('unchanged');
      const dry = await publishRules(t, RULES.replace('for: 10m', 'for: 11m'), { dryRun: true });
      expect(dry.diff).toContain('+        for: 11m');
      expect(await readFile(join(dir, 'rules', 'checkout-api.yml'), 'utf8')).toBe(RULES);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
