/**
 * The bundled action behind a corporate proxy, run as the runner runs it: post-deploy-verify replays the demo
 * bake and posts to Slack and archives to S3 at hosts only the loopback proxy can reach (*.corp.test: the
 * proxy connects them to 127.0.0.1), so a call that ignored HTTP_PROXY would fail with ENOTFOUND. With
 * NO_PROXY the same calls go direct and the proxy sees none.
 */
import { join } from 'node:path';
import { type FakeServer, startFakeServer } from '@driftgate/testkit/fake-server';
import { type LoopbackProxy, startProxy } from '@driftgate/testkit/proxy';
import { REPO_ROOT, runAction } from '@driftgate/testkit/run-action';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { FAKE_AWS_ENV, type FakeS3, startFakeS3 } from '../packages/shared/test/bake/fakes.js';

let proxy: LoopbackProxy;
let s3: FakeS3;
let slack: FakeServer;
beforeAll(async () => {
  proxy = await startProxy();
  s3 = await startFakeS3();
  slack = await startFakeServer(() => ({ status: 200, body: 'ok' }));
});
afterAll(async () => {
  await Promise.all([proxy?.close(), s3?.close(), slack?.close()]);
});

const inputs = (host: string) => ({
  service: 'checkout-api',
  'metrics-file': join(REPO_ROOT, 'packages/cli/demo/bake-recording.json'),
  rollback: 'dry-run',
  'fail-on': 'none',
  's3-uri': 's3://nc-perf-results/daily/',
  'slack-webhook-url': `http://hooks.${host}:${slack.port}/services/T0/B0/x`,
});

it('Slack and S3 go through HTTP_PROXY; NO_PROXY sends them direct', async () => {
  const via = await runAction('post-deploy-verify', {
    inputs: inputs('corp.test'),
    env: { ...FAKE_AWS_ENV, HTTP_PROXY: proxy.url, AWS_ENDPOINT_URL_S3: `http://s3.corp.test:${s3.port}` },
  });
  await via.cleanup();
  expect(via.code, via.stdout + via.stderr).toBe(0);
  expect(via.outputs.verdict).toBe('rollback');
  expect(via.outputs['s3-uri']).toMatch(/^s3:\/\/nc-perf-results\/daily\/20261120\/checkout-api\/prod\/v1\.42\.0\//);
  const targets = proxy.requests.map((r) => `${r.method} ${r.target}`);
  expect(targets).toContain(`CONNECT hooks.corp.test:${slack.port}`); // undici tunnels
  expect(targets).toContain(`PUT s3.corp.test:${s3.port}`); // the SDK's proxy agent forwards
  expect(slack.requests).toHaveLength(1);
  expect(s3.puts().length).toBeGreaterThan(0);

  proxy.requests.length = 0;
  const direct = await runAction('post-deploy-verify', {
    inputs: { ...inputs('x'), 's3-uri': 's3://nc-perf-results/direct/', 'slack-webhook-url': `${slack.url}/hook` },
    env: {
      ...FAKE_AWS_ENV,
      HTTP_PROXY: proxy.url,
      NO_PROXY: '127.0.0.1,localhost',
      AWS_ENDPOINT_URL_S3: s3.url,
    },
  });
  await direct.cleanup();
  expect(direct.code, direct.stdout + direct.stderr).toBe(0);
  expect(proxy.requests).toEqual([]);
  expect(slack.requests).toHaveLength(2);
});
