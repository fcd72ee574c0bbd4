/**
 * Corporate proxies (proxy.ts, aws.ts): HTTPS_PROXY / HTTP_PROXY / NO_PROXY are honoured by the
 * fetch-based clients (the HTTP client under Prometheus, AMP and Jira; Slack; Grafana; the GitHub API), by the AWS SDK's
 * request handler, and by the calls the SDK's credential chain makes itself (STS for a web identity). A loopback proxy started here connects every host name to 127.0.0.1, so a server named
 * `*.corp.test` is reachable only through it: a request that bypassed the proxy would fail with ENOTFOUND.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetObjectCommand } from '@aws-sdk/client-s3';
import { type FakeServer, json, startFakeServer } from '@driftgate/testkit/fake-server';
import { type LoopbackProxy, startProxy } from '@driftgate/testkit/proxy';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { postSlack } from '../../src/flows/bake/slack.js';
import { awsRequestHandler } from '../../src/io/aws.js';
import { githubClient } from '../../src/io/github/github-client.js';
import { HttpClient } from '../../src/io/http/http-client.js';
import { bypassesProxy, proxyConfigured, proxyFor } from '../../src/io/proxy.js';
import { s3Client } from '../../src/io/publish/s3.js';
import { AmpSource } from '../../src/io/sources/amp.js';

describe('proxyFor: the proxy of a URL under HTTPS_PROXY / HTTP_PROXY / NO_PROXY', () => {
  const env = { HTTPS_PROXY: 'http://proxy.corp:3128', HTTP_PROXY: 'proxy.corp:8080' };
  it('https takes HTTPS_PROXY, http takes HTTP_PROXY (a bare host:port is http://)', () => {
    expect(proxyFor(new URL('https://aps-workspaces.eu-west-1.amazonaws.com/x'), env)).toBe('http://proxy.corp:3128');
    expect(proxyFor(new URL('http://mimir.internal/x'), env)).toBe('http://proxy.corp:8080');
    expect(proxyFor(new URL('https://a.example'), { HTTP_PROXY: 'http://p:1' })).toBe('http://p:1');
    expect(proxyFor(new URL('http://a.example'), { HTTPS_PROXY: 'http://p:1' })).toBeUndefined();
    expect(proxyFor(new URL('https://a.example'), {})).toBeUndefined();
  });
  it('the lower-case variable wins; blank is unset', () => {
    expect(proxyFor(new URL('https://a.example'), { https_proxy: 'http://low:1', HTTPS_PROXY: 'http://up:1' })).toBe(
      'http://low:1',
    );
    expect(proxyConfigured({ HTTPS_PROXY: '  ' })).toBe(false);
  });
  it('NO_PROXY: exact hosts, parent domains (with or without a leading dot or *.), ports, IPs and *', () => {
    const no = (list: string, url: string) => bypassesProxy(new URL(url), { NO_PROXY: list });
    expect(no('example.com', 'https://example.com')).toBe(true);
    expect(no('example.com', 'https://api.example.com')).toBe(true);
    expect(no('.example.com', 'https://api.example.com')).toBe(true);
    expect(no('*.example.com', 'https://api.example.com')).toBe(true);
    expect(no('example.com', 'https://badexample.com')).toBe(false);
    expect(no('localhost, 169.254.169.254,10.0.0.1:9090', 'http://10.0.0.1:9090/')).toBe(true);
    expect(no('10.0.0.1:9090', 'http://10.0.0.1:9091/')).toBe(false);
    expect(no('169.254.169.254', 'http://169.254.169.254/latest')).toBe(true);
    expect(no('[::1]', 'http://[::1]:9090/')).toBe(true);
    expect(no('*', 'https://anything.example')).toBe(true);
    expect(no('', 'https://anything.example')).toBe(false);
    expect(
      proxyFor(new URL('https://s3.amazonaws.com'), { HTTPS_PROXY: 'http://p:1', no_proxy: 'amazonaws.com' }),
    ).toBe(undefined);
  });
});

const WS = 'ws-0a1b2c3d-proxy';
const STS_CREDENTIALS = `<AssumeRoleWithWebIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
  <AssumeRoleWithWebIdentityResult>
    <Credentials>
      <AccessKeyId>ASIADRIFTGATESTS</AccessKeyId>
      <SecretAccessKey>drIftGaTe/StS/SeCrEt</SecretAccessKey>
      <SessionToken>driftgate-sts-session-token</SessionToken>
      <Expiration>2099-01-01T00:00:00Z</Expiration>
    </Credentials>
    <SubjectFromWebIdentityToken>repo:example/driftgate</SubjectFromWebIdentityToken>
    <AssumedRoleUser>
      <AssumedRoleId>AROADRIFTGATE:driftgate-proxy-test</AssumedRoleId>
      <Arn>arn:aws:sts::123456789012:assumed-role/driftgate/driftgate-proxy-test</Arn>
    </AssumedRoleUser>
  </AssumeRoleWithWebIdentityResult>
  <ResponseMetadata><RequestId>driftgate-test</RequestId></ResponseMetadata>
</AssumeRoleWithWebIdentityResponse>`;

describe('every outbound client goes through the proxy, and NO_PROXY bypasses it', () => {
  let proxy: LoopbackProxy;
  let server: FakeServer;
  const saved = { ...process.env };

  beforeAll(async () => {
    proxy = await startProxy();
    server = await startFakeServer((req) => {
      // STS AssumeRoleWithWebIdentity (the credential chain's own call), AMP DescribeWorkspace and its query API.
      if (req.method === 'POST' && req.path === '/' && req.form().get('Action') === 'AssumeRoleWithWebIdentity')
        return { status: 200, body: STS_CREDENTIALS, headers: { 'content-type': 'text/xml' } };
      if (req.method === 'GET' && req.path === `/workspaces/${WS}`)
        return json(200, {
          workspace: {
            workspaceId: WS,
            status: { statusCode: 'ACTIVE' },
            prometheusEndpoint: `${via('aps.corp.test')}/workspaces/${WS}/`,
          },
        });
      if (req.path === `/workspaces/${WS}/api/v1/query_range`)
        return json(200, {
          status: 'success',
          data: { resultType: 'matrix', result: [{ metric: { service: 'api' }, values: [[1700000000, '0.2']] }] },
        });
      if (req.path === '/api/v1/query')
        return json(200, { status: 'success', data: { resultType: 'vector', result: [] } });
      if (req.path === '/slack') return { status: 200, body: 'ok' };
      if (req.path === '/repos/octo/svc/releases/latest') return json(200, { tag_name: 'v1.41.0' });
      if (req.path === '/evidence/stable.json') return json(200, { version: 'v1' });
      return { status: 404, body: 'no' };
    });
  });
  afterEach(() => {
    for (const k of ['HTTP_PROXY', 'HTTPS_PROXY', 'NO_PROXY', 'http_proxy', 'https_proxy', 'no_proxy'])
      delete process.env[k];
    Object.assign(process.env, saved);
    proxy.requests.length = 0;
    server.requests.length = 0;
  });
  afterAll(async () => {
    await proxy.close();
    await server.close();
  });

  const via = (host: string) => `http://${host}:${server.port}`;

  it('the HTTP client (Prometheus, AMP, Jira) reaches a store only the proxy can resolve', async () => {
    process.env.HTTP_PROXY = proxy.url;
    const client = new HttpClient({ retries: 0, timeoutMs: 5_000 });
    const res = await client.send({
      method: 'GET',
      url: `${via('metrics.corp.test')}/api/v1/query?query=up`,
      headers: {},
    });
    expect(res.status).toBe(200);
    expect(proxy.requests.map((r) => r.target)).toEqual([`metrics.corp.test:${server.port}`]);
    expect(server.requests.map((r) => r.path)).toEqual(['/api/v1/query']);
  });

  it('without the proxy the same store is unreachable (so the test above proves the route)', async () => {
    const client = new HttpClient({ retries: 0, timeoutMs: 5_000 });
    await expect(
      client.send({ method: 'GET', url: `${via('metrics.corp.test')}/api/v1/query?query=up`, headers: {} }),
    ).rejects.toThrow(/metrics\.corp\.test/);
    expect(proxy.requests).toEqual([]);
  });

  it('NO_PROXY sends a listed host directly', async () => {
    process.env.HTTP_PROXY = proxy.url;
    process.env.NO_PROXY = 'localhost,127.0.0.1';
    const client = new HttpClient({ retries: 0, timeoutMs: 5_000 });
    const res = await client.send({ method: 'GET', url: `${via('127.0.0.1')}/api/v1/query?query=up`, headers: {} });
    expect(res.status).toBe(200);
    expect(server.requests).toHaveLength(1);
    expect(proxy.requests).toEqual([]);
  });

  it('Slack (and Grafana, the same default fetch) go through the proxy', async () => {
    process.env.HTTP_PROXY = proxy.url;
    expect(await postSlack(`${via('hooks.corp.test')}/slack`, { text: 'verdict' })).toEqual({ ok: true });
    expect(proxy.requests.map((r) => r.target)).toEqual([`hooks.corp.test:${server.port}`]);
    expect(server.requests[0]?.json()).toEqual({ text: 'verdict' });
  });

  it('the GitHub API (Octokit) goes through the proxy; NO_PROXY bypasses it', async () => {
    process.env.HTTP_PROXY = proxy.url;
    const gh = githubClient('ghs_test', { baseUrl: via('api.corp.test'), retries: 0 });
    const got = await gh.request('GET /repos/{owner}/{repo}/releases/latest', { owner: 'octo', repo: 'svc' });
    expect(got.data).toEqual({ tag_name: 'v1.41.0' });
    expect(proxy.requests.map((r) => r.target)).toEqual([`api.corp.test:${server.port}`]);
    expect(server.requests[0]?.headers.authorization).toBe('token ghs_test');

    proxy.requests.length = 0;
    process.env.NO_PROXY = '127.0.0.1';
    const direct = githubClient('ghs_test', { baseUrl: via('127.0.0.1'), retries: 0 });
    await direct.request('GET /repos/{owner}/{repo}/releases/latest', { owner: 'octo', repo: 'svc' });
    expect(proxy.requests).toEqual([]);
    expect(server.requests).toHaveLength(2);
  });

  it('the AWS SDK (S3, CodeDeploy, AMP rules: awsRequestHandler) goes through the proxy; NO_PROXY bypasses it', async () => {
    Object.assign(process.env, {
      AWS_ACCESS_KEY_ID: 'AKIDTEST',
      AWS_SECRET_ACCESS_KEY: 'secret',
      AWS_REGION: 'eu-west-1',
    });
    process.env.HTTP_PROXY = proxy.url;
    const s3 = s3Client({ endpoint: via('s3.corp.test') });
    const got = await s3.send(new GetObjectCommand({ Bucket: 'evidence', Key: 'stable.json' }));
    expect(JSON.parse(await (got.Body as { transformToString(): Promise<string> }).transformToString())).toEqual({
      version: 'v1',
    });
    expect(proxy.requests).toEqual([
      { method: 'GET', target: `s3.corp.test:${server.port}`, path: '/evidence/stable.json?x-id=GetObject' },
    ]);
    expect(server.requests[0]?.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 /);

    proxy.requests.length = 0;
    process.env.NO_PROXY = '127.0.0.1';
    const direct = s3Client({ endpoint: via('127.0.0.1') });
    await direct.send(new GetObjectCommand({ Bucket: 'evidence', Key: 'stable.json' }));
    expect(proxy.requests).toEqual([]);
    expect(server.requests).toHaveLength(2);
  });

  /** A web identity in the environment (EKS IRSA, a runner's OIDC role) whose STS only the proxy reaches. */
  async function withWebIdentity(run: () => Promise<void>): Promise<void> {
    const dir = mkdtempSync(join(tmpdir(), 'driftgate-proxy-sts-'));
    const tokenFile = join(dir, 'token');
    writeFileSync(tokenFile, 'eyJhbGciOiJSUzI1NiJ9.driftgate-test.signature');
    const added = {
      AWS_WEB_IDENTITY_TOKEN_FILE: tokenFile,
      AWS_ROLE_ARN: 'arn:aws:iam::123456789012:role/driftgate',
      AWS_ROLE_SESSION_NAME: 'driftgate-proxy-test',
      AWS_REGION: 'eu-west-1',
      AWS_ENDPOINT_URL_STS: via('sts.corp.test'),
      AWS_ENDPOINT_URL_AMP: via('aps.corp.test'),
      AWS_EC2_METADATA_DISABLED: 'true',
      AWS_CONFIG_FILE: join(dir, 'no-config'),
      AWS_SHARED_CREDENTIALS_FILE: join(dir, 'no-credentials'),
      HTTP_PROXY: proxy.url,
    };
    for (const k of [
      'AWS_ACCESS_KEY_ID',
      'AWS_SECRET_ACCESS_KEY',
      'AWS_SESSION_TOKEN',
      'AWS_PROFILE',
      'AWS_ENDPOINT_URL',
    ])
      delete process.env[k];
    Object.assign(process.env, added);
    try {
      await run();
    } finally {
      for (const k of Object.keys(added)) delete process.env[k];
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it("AMP by workspace ID: the credential chain's own STS call (web identity), DescribeWorkspace and the queries all go through the proxy", async () => {
    await withWebIdentity(async () => {
      const source = new AmpSource({ workspaceId: WS, retries: 0 });
      const result = await source.queryRange({ query: 'up', start: 1700000000, end: 1700000060, step: 60 });
      expect(result.series).toHaveLength(1);
      expect(proxy.requests.map((r) => `${r.method} ${r.target}`)).toEqual([
        `POST sts.corp.test:${server.port}`,
        `GET aps.corp.test:${server.port}`,
        `CONNECT aps.corp.test:${server.port}`, // the fetch-based query client tunnels every target
      ]);
      // The workspace was queried with the role's credentials, which only the proxied STS call returned.
      expect(server.requests.at(-1)?.headers.authorization).toMatch(/Credential=ASIADRIFTGATESTS\//);
    });
  });

  it("an SDK client (S3) with a web identity: the chain's STS call takes the client's proxy handler", async () => {
    await withWebIdentity(async () => {
      const s3 = s3Client({ endpoint: via('s3.corp.test'), forcePathStyle: true });
      await s3.send(new GetObjectCommand({ Bucket: 'evidence', Key: 'stable.json' }));
      expect(proxy.requests.map((r) => `${r.method} ${r.target}`)).toEqual([
        `POST sts.corp.test:${server.port}`,
        `GET s3.corp.test:${server.port}`,
      ]);
      expect(server.requests.at(-1)?.headers.authorization).toMatch(/Credential=ASIADRIFTGATESTS\//);
    });
  });

  it('awsRequestHandler is undefined without a proxy (the SDK keeps its own handler)', async () => {
    expect(await awsRequestHandler({})).toBeUndefined();
    expect(await awsRequestHandler({ HTTPS_PROXY: proxy.url })).toBeDefined();
  });
});
