/**
 * AmpSource against a loopback fake of both AWS APIs it uses:
 * - the AMP control plane (REST-JSON `GET /workspaces/{workspaceId}` = DescribeWorkspace), reached through
 *   AWS_ENDPOINT_URL_AMP exactly as the SDK does it in production;
 * - the workspace's Prometheus query API, at the `prometheusEndpoint` the fake returns.
 * Fake credentials come from the standard environment variables, restored after each test.
 */
import { createHash } from 'node:crypto';
import { Sha256 } from '@aws-crypto/sha256-js';
import { type FakeServer, json, type RecordedRequest, routes, startFakeServer } from '@driftgate/testkit/fake-server';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ConfigurationError, SourceError } from '../../src/core/errors.js';
import { memoryLogger } from '../../src/core/log.js';
import { AmpSource } from '../../src/io/sources/amp.js';
import { createSource } from '../../src/io/sources/create.js';

const KEY_ID = 'AKIDDRIFTGATETEST';
const SECRET_KEY = 'drIftGaTe/SeCrEt+KeY/0123456789abcdefghij';
const SESSION_TOKEN = 'FwoGZXIvYXdzEDriftgateSessionToken//////////';
const WS = 'ws-0a1b2c3d-4e5f-6789-abcd-ef0123456789';
const FAST = { minDelayMs: 10, maxDelayMs: 20 };

const ENV_KEYS = [
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'AWS_REGION',
  'AWS_DEFAULT_REGION',
  'AWS_PROFILE',
  'AWS_ENDPOINT_URL',
  'AWS_ENDPOINT_URL_AMP',
  'AWS_EC2_METADATA_DISABLED',
  'AWS_CONFIG_FILE',
  'AWS_SHARED_CREDENTIALS_FILE',
  'AWS_MAX_ATTEMPTS',
] as const;

const MATRIX = {
  status: 'success',
  data: {
    resultType: 'matrix',
    result: [
      {
        metric: { service: 'api' },
        values: [
          [1700000000, '0.2'],
          [1700000060, '0.3'],
        ],
      },
    ],
  },
};

let fake: FakeServer;
/** Answer the next query with this status first (to test that retries are signed again). */
let failNextQueryWith: number | undefined;

beforeAll(async () => {
  fake = await startFakeServer(
    routes({
      // DescribeWorkspace
      'GET /workspaces/:id': (_req, { id }) =>
        id === 'ws-missing'
          ? json(404, { message: `Workspace ${id} not found` }, { 'x-amzn-errortype': 'ResourceNotFoundException' })
          : json(200, {
              workspace: {
                workspaceId: id,
                arn: `arn:aws:aps:us-west-2:123456789012:workspace/${id}`,
                status: { statusCode: 'ACTIVE' },
                // AMP returns the endpoint with a trailing slash.
                prometheusEndpoint: `${fake.url}/workspaces/${id}/`,
                createdAt: 1700000000,
              },
            }),
      'POST /workspaces/:id/api/v1/query_range': () => {
        if (failNextQueryWith) {
          const status = failNextQueryWith;
          failNextQueryWith = undefined;
          return json(status, { message: 'Rate exceeded' });
        }
        return json(200, MATRIX);
      },
      'POST /workspaces/:id/api/v1/query': () =>
        json(200, { status: 'success', data: { resultType: 'vector', result: [] } }),
    }),
  );
});
afterAll(async () => fake?.close());

let savedEnv: Record<string, string | undefined>;
beforeEach(() => {
  savedEnv = Object.fromEntries(ENV_KEYS.map((k) => [k, process.env[k]]));
  for (const k of ENV_KEYS) delete process.env[k];
  Object.assign(process.env, {
    AWS_ACCESS_KEY_ID: KEY_ID,
    AWS_SECRET_ACCESS_KEY: SECRET_KEY,
    AWS_SESSION_TOKEN: SESSION_TOKEN,
    AWS_REGION: 'us-west-2',
    AWS_ENDPOINT_URL_AMP: fake.url,
    // Keep the credential chain and the SDK away from real config and the instance metadata service.
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_CONFIG_FILE: '/nonexistent/driftgate-test/config',
    AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/driftgate-test/credentials',
  });
  fake.requests.length = 0;
  failNextQueryWith = undefined;
});
afterEach(() => {
  for (const k of ENV_KEYS) {
    if (savedEnv[k] === undefined) delete process.env[k];
    else process.env[k] = savedEnv[k];
  }
});

const AUTH_RE =
  /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([a-z0-9-]+)\/aps\/aws4_request, SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})$/;

/** Recompute the SigV4 signature of a request as received and compare it with the one sent. */
async function expectValidSignature(req: RecordedRequest, region: string, sessionToken?: string) {
  const auth = AUTH_RE.exec(String(req.headers.authorization));
  expect(auth, `authorization header: ${req.headers.authorization}`).not.toBeNull();
  const [, keyId, date, signedRegion, signedHeaders, signature] = auth as RegExpExecArray;
  expect(keyId).toBe(KEY_ID);
  expect(signedRegion).toBe(region);
  const amzDate = String(req.headers['x-amz-date']);
  expect(amzDate).toMatch(/^\d{8}T\d{6}Z$/);
  expect(amzDate.slice(0, 8)).toBe(date);

  const headers: Record<string, string> = {};
  for (const name of (signedHeaders as string).split(';')) headers[name] = String(req.headers[name]);
  const signer = new SignatureV4({
    service: 'aps',
    region,
    sha256: Sha256,
    credentials: { accessKeyId: KEY_ID, secretAccessKey: SECRET_KEY, sessionToken },
  });
  const signingDate = new Date(
    `${amzDate.slice(0, 4)}-${amzDate.slice(4, 6)}-${amzDate.slice(6, 8)}T${amzDate.slice(9, 11)}:${amzDate.slice(11, 13)}:${amzDate.slice(13, 15)}Z`,
  );
  const resigned = await signer.sign(
    new HttpRequest({
      method: req.method,
      protocol: 'http:',
      hostname: '127.0.0.1',
      port: fake.port,
      path: req.path,
      query: Object.fromEntries(req.url.searchParams),
      headers,
      body: req.text(),
    }),
    { signingDate },
  );
  expect(resigned.headers.authorization).toContain(`Signature=${signature}`);
}

describe('AmpSource with amp-workspace-id', () => {
  it('looks the endpoint up with DescribeWorkspace and sends signed queries to <endpoint>api/v1/query_range', async () => {
    const logger = memoryLogger();
    const source = new AmpSource({ workspaceId: WS, logger, retry: FAST });
    expect(source.kind).toBe('amp');
    expect(source.description).toBe(`Amazon Managed Service for Prometheus workspace ${WS} (us-west-2)`);

    const r = await source.queryRange({ query: 'sum(rate(x[5m]))', start: 1700000000, end: 1700000060, step: 60 });
    expect(r.series).toEqual([
      {
        labels: { service: 'api' },
        samples: [
          { t: 1700000000, v: 0.2 },
          { t: 1700000060, v: 0.3 },
        ],
      },
    ]);

    const describe = fake.requests.filter((q) => q.method === 'GET');
    expect(describe.map((q) => q.path)).toEqual([`/workspaces/${WS}`]);
    const queries = fake.requests.filter((q) => q.method === 'POST');
    expect(queries).toHaveLength(1);
    const q = queries[0] as RecordedRequest;
    // prometheusEndpoint ends in "/": no double slash in the query path.
    expect(q.path).toBe(`/workspaces/${WS}/api/v1/query_range`);
    expect(Object.fromEntries(q.form())).toEqual({
      query: 'sum(rate(x[5m]))',
      start: '1700000000',
      end: '1700000060',
      step: '60',
    });
    expect(q.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(q.headers['x-amz-security-token']).toBe(SESSION_TOKEN);
    expect(q.headers['x-amz-content-sha256']).toBe(createHash('sha256').update(q.body).digest('hex'));
    const signedHeaders = AUTH_RE.exec(String(q.headers.authorization))?.[4]?.split(';');
    expect(signedHeaders).toEqual(
      expect.arrayContaining(['content-type', 'host', 'x-amz-date', 'x-amz-security-token']),
    );
    await expectValidSignature(q, 'us-west-2', SESSION_TOKEN);

    // DescribeWorkspace itself is signed by the SDK for the same service.
    expect(String(describe[0]?.headers.authorization)).toMatch(/Credential=AKIDDRIFTGATETEST\/\d{8}\/us-west-2\/aps\//);

    // The endpoint is looked up once; every request is counted.
    await source.queryInstant('up', 1700000000);
    expect(fake.requests.filter((x) => x.method === 'GET')).toHaveLength(1);
    expect(fake.requests.at(-1)?.path).toBe(`/workspaces/${WS}/api/v1/query`);
    expect(source.requestCount()).toBe(3);
    expect(await source.endpoint()).toBe(`${fake.url}/workspaces/${WS}`);

    // The secret parts of the credentials are masked; nothing logged contains them.
    expect(logger.secrets).toEqual(expect.arrayContaining([SECRET_KEY, SESSION_TOKEN]));
    expect(logger.lines.join('\n')).not.toContain(SECRET_KEY);
  });

  it('sends no x-amz-security-token without a session token', async () => {
    delete process.env.AWS_SESSION_TOKEN;
    const source = new AmpSource({ workspaceId: WS });
    await source.queryInstant('up', 1700000000);
    const q = fake.requests.find((x) => x.method === 'POST') as RecordedRequest;
    expect(q.headers['x-amz-security-token']).toBeUndefined();
    await expectValidSignature(q, 'us-west-2');
  });

  it('signs retried requests again', async () => {
    failNextQueryWith = 503;
    const source = new AmpSource({ workspaceId: WS, retry: FAST });
    await source.queryRange({ query: 'up', start: 1700000000, end: 1700000060, step: 60 });
    const queries = fake.requests.filter((x) => x.method === 'POST');
    expect(queries).toHaveLength(2);
    for (const q of queries) await expectValidSignature(q, 'us-west-2', SESSION_TOKEN);
    expect(source.requestCount()).toBe(3);
  });

  it('accepts the workspace ARN and takes the region from it', async () => {
    delete process.env.AWS_REGION;
    const source = new AmpSource({ workspaceId: `arn:aws:aps:eu-central-1:123456789012:workspace/${WS}` });
    expect(source.workspaceId).toBe(WS);
    expect(source.region).toBe('eu-central-1');
    await source.queryInstant('up', 1700000000);
    expect(fake.requests[0]?.path).toBe(`/workspaces/${WS}`);
    await expectValidSignature(fake.requests.at(-1) as RecordedRequest, 'eu-central-1', SESSION_TOKEN);
  });

  it('reports an unknown workspace as a ConfigurationError naming the input, the ID and the region', async () => {
    const source = new AmpSource({ workspaceId: 'ws-missing' });
    const err = await source.queryInstant('up', 1).catch((e) => e);
    expect(err).toBeInstanceOf(ConfigurationError);
    expect(err.message).toMatch(
      /^Input "amp-workspace-id" is "ws-missing": there is no such workspace in region us-west-2/,
    );
    expect(fake.requests.filter((x) => x.method === 'POST')).toHaveLength(0);
  });

  it('requires a region, naming aws-region', () => {
    delete process.env.AWS_REGION;
    expect(() => new AmpSource({ workspaceId: WS })).toThrow(ConfigurationError);
    expect(() => createSource({ ampWorkspaceId: WS })).toThrow(/^Input "aws-region" is not set/);
    process.env.AWS_DEFAULT_REGION = 'ap-south-1';
    expect(new AmpSource({ workspaceId: WS }).region).toBe('ap-south-1');
  });

  it('rejects malformed workspace IDs and regions', () => {
    expect(() => new AmpSource({ workspaceId: 'my-workspace' })).toThrow(/^Input "amp-workspace-id" is "my-workspace"/);
    expect(() => new AmpSource({ workspaceId: WS, region: 'Oregon' })).toThrow(/^Input "aws-region" is "Oregon"/);
  });
});

describe('AmpSource with amp-endpoint', () => {
  it('queries the given endpoint directly, signed for the given region', async () => {
    const source = new AmpSource({ endpoint: `${fake.url}/workspaces/ws-explicit/`, region: 'eu-west-1' });
    expect(source.description).toBe(`Amazon Managed Service for Prometheus at ${fake.url}/workspaces/ws-explicit`);
    await source.queryRange({ query: 'up', start: 1700000000, end: 1700000060, step: 60 });
    expect(fake.requests.map((x) => `${x.method} ${x.path}`)).toEqual([
      'POST /workspaces/ws-explicit/api/v1/query_range',
    ]);
    await expectValidSignature(fake.requests[0] as RecordedRequest, 'eu-west-1', SESSION_TOKEN);
    expect(source.requestCount()).toBe(1);
  });

  it('reads the region from an AMP endpoint host name', () => {
    delete process.env.AWS_REGION;
    const source = new AmpSource({ endpoint: `https://aps-workspaces.ap-southeast-2.amazonaws.com/workspaces/${WS}/` });
    expect(source.region).toBe('ap-southeast-2');
  });

  it('turns missing credentials into a ConfigurationError pointing at configure-aws-credentials, without retrying', async () => {
    const source = new AmpSource({
      endpoint: `${fake.url}/workspaces/ws-explicit/`,
      credentials: async () => {
        throw new Error('Could not load credentials from any providers');
      },
    });
    const err = await source.queryInstant('up', 1).catch((e) => e);
    expect(err).toBeInstanceOf(ConfigurationError);
    expect(err.message).toContain('No AWS credentials found');
    expect(err.message).toContain('aws-actions/configure-aws-credentials');
    expect(fake.requests).toHaveLength(0);
  });

  it('surfaces AMP error bodies with the status', async () => {
    failNextQueryWith = 403;
    const source = new AmpSource({ endpoint: `${fake.url}/workspaces/ws-explicit`, retry: FAST });
    const err = await source.queryRange({ query: 'up', start: 1, end: 61, step: 60 }).catch((e) => e);
    expect(err).toBeInstanceOf(SourceError);
    expect(err.message).toMatch(
      /^Amazon Managed Service for Prometheus answered 403 for .*: Rate exceeded\. Check the credentials/,
    );
    expect(fake.requests).toHaveLength(1);
  });
});
