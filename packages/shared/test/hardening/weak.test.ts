/**
 * Issue 23, "weak today": careless or hostile input that got a confusing answer now gets one clear error
 * (before any work, where it is input) or a warning. In-process, with testkit's loopback fakes.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type FakeServer, json, routes, startFakeServer } from '@driftgate/testkit/fake-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/core/config.js';
import { fileSystemProblem, isConfigurationError, SourceError } from '../../src/core/errors.js';
import { safeLogText } from '../../src/core/escape.js';
import { memoryLogger } from '../../src/core/log.js';
import type { MetricDef } from '../../src/core/model/metric.js';
import { parseTime } from '../../src/core/time.js';
import { runVerify } from '../../src/flows/bake/verify.js';
import { planCompare, runCompare } from '../../src/flows/compare/compare.js';
import { watchLinks } from '../../src/flows/watch/watch-plan.js';
import { codeDeployClient, rollbackDeployment } from '../../src/io/codedeploy.js';
import { collectMetric } from '../../src/io/collect/collect.js';
import { githubClient } from '../../src/io/github/github-client.js';
import { JiraApi } from '../../src/io/jira/jira-client.js';
import { checkArtifactName, checkOutputFile } from '../../src/io/paths.js';
import { RulerTarget } from '../../src/io/publish/rules-publish.js';
import { s3Client } from '../../src/io/publish/s3.js';
import type { MetricSource, QueryResult } from '../../src/io/sources/source-types.js';
import { promoteStableBaseline, readStableBaseline } from '../../src/io/store/baseline-store.js';
import { parseWaiverYaml } from '../../src/io/waiver/waiver-files.js';
import { FAKE_AWS_ENV, startFakeCodeDeploy, startFakeS3 } from '../bake/fakes.js';

const servers: FakeServer[] = [];
let dir: string;
const env = { ...process.env };
const NOW = Date.parse('2026-11-27T09:00:00Z') / 1000;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'driftgate-weak-'));
  Object.assign(process.env, FAKE_AWS_ENV);
});
afterAll(async () => {
  process.env = env;
  await Promise.all(servers.map((s) => s.close()));
  rmSync(dir, { recursive: true, force: true });
});

async function fake(table: Parameters<typeof routes>[0]): Promise<FakeServer> {
  const s = await startFakeServer(routes(table));
  servers.push(s);
  return s;
}

/** A source that fails the test if it is ever queried: the refusal comes before any work. */
const NO_QUERY: MetricSource = {
  kind: 'test',
  description: 'never queried',
  requestCount: () => 0,
  queryInstant: () => Promise.reject(new Error('queried')),
  queryRange: () => Promise.reject(new Error('queried')),
};

const refusal = async (p: Promise<unknown>) => {
  const e = await p.then(
    () => undefined,
    (x: unknown) => x,
  );
  expect(isConfigurationError(e), String(e)).toBe(true);
  return (e as Error).message;
};

describe('times and windows', () => {
  it('an impossible date (2026-02-30) is refused, not rolled over to March', () => {
    expect(() => parseTime('2026-02-30T08:00:00Z', NOW, 'Input "bake-start"')).toThrow(
      /Input "bake-start" is "2026-02-30T08:00:00Z": no such date or time/,
    );
    expect(() => parseTime('2026-11-27T24:30:00Z', NOW, 'x')).toThrow(/no such date or time/);
    expect(parseTime('2028-02-29T00:00:00Z', NOW, 'x')).toBe(Date.parse('2028-02-29T00:00:00Z') / 1000);
  });

  it('a control character in a version from the latest release names the release, not an empty baseline-version', async () => {
    const settings = {
      service: 'checkout-api',
      candidateVersion: 'v2',
      candidateWindow: '-1h..now',
      now: NOW,
      cwd: dir,
    } as never;
    const message = await refusal(
      planCompare(
        settings,
        {},
        { resolveBaseline: async () => ({ version: 'v1\n::notice::forged', resolvedFrom: 'latest GitHub release' }) },
      ),
    );
    expect(message).toMatch(/^The baseline version \(from latest GitHub release\) contains the control character/);
    expect(message).not.toContain('Input "baseline-version"');
  });

  it('a window in the future is refused before any query', async () => {
    const settings = {
      service: 'checkout-api',
      candidateVersion: 'v2',
      baselineVersion: 'v1',
      candidateWindow: '-1h..now',
      baselineWindow: '-3h..+2h',
      now: NOW,
      cwd: dir,
    } as never;
    expect(await refusal(planCompare(settings, {}, {}))).toMatch(/Input "baseline-window" ends at .* in the future/);
    const ahead = { ...(settings as object), candidateWindow: '-1h..+1d', baselineWindow: '-3h..-2h' } as never;
    expect(await refusal(runCompare(ahead, { source: NO_QUERY }))).toMatch(
      /Input "candidate-window" ends at .* in the future/,
    );
  });
});

describe('the baseline store', () => {
  const record = {
    schema: 'driftgate.baseline/v1',
    service: 'checkout-api',
    environment: 'prod',
    version: 'v1.41.0',
    window: { start: 1_796_000_000, end: 1_796_003_600 },
    verifiedAt: '2026-11-26T10:00:00Z',
  };
  const store = (rec: unknown) =>
    fake({ 'GET /perf-results/baselines/checkout-api/prod/stable.json': () => json(200, rec, { etag: '"e"' }) });
  const read = (s: FakeServer) =>
    readStableBaseline('s3://perf-results/', 'checkout-api', 'prod', { s3: s3Client({ endpoint: s.url }), retries: 0 });

  it('a 403 on the GET names s3:GetObject (reading), not s3:PutObject', async () => {
    const denied = await fake({
      'GET /perf-results/baselines/checkout-api/prod/stable.json': () => ({
        status: 403,
        headers: { 'content-type': 'application/xml' },
        body: '<?xml version="1.0" encoding="UTF-8"?><Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>',
      }),
    });
    const e = await read(denied).then(
      () => undefined,
      (x: unknown) => x as Error,
    );
    expect(e?.message).toMatch(/s3:\/\/perf-results\/baselines\/checkout-api\/prod\/stable\.json failed \(HTTP 403/);
    expect(e?.message).toMatch(/The role needs s3:GetObject/);
    expect(e?.message).not.toContain('s3:PutObject');
  });

  it('a reversed or 56-year window in a record is refused, naming the key', async () => {
    for (const window of [
      { start: 1_796_003_600, end: 1_796_000_000 },
      { start: 0, end: 1_796_000_000 },
    ]) {
      expect(await refusal(read(await store({ ...record, window })))).toMatch(
        /"window" is .*: a baseline window must end after it starts and span at most 31 days/,
      );
    }
  });

  it('a forged verifiedAt: 2099 is refused on read and replaced (with a warning) on the next promotion', async () => {
    const forged = { ...record, verifiedAt: '2099-01-01T00:00:00Z' };
    expect(await refusal(read(await store(forged)))).toMatch(/"verifiedAt" is 2099-01-01T00:00:00Z, in the future/);
    const s3 = await startFakeS3();
    servers.push(s3);
    s3.objects.set('perf-results/baselines/checkout-api/prod/stable.json', {
      body: Buffer.from(JSON.stringify(forged)),
      etag: '"f1"',
      sha256: '',
      headers: {},
    });
    const logger = memoryLogger();
    const p = await promoteStableBaseline(
      's3://perf-results/',
      { ...record, version: 'v1.42.0', verifiedAt: '2026-11-27T08:00:00Z' },
      { s3: s3Client({ endpoint: s3.url }), logger, retries: 0 },
    );
    expect(p.status).toBe('promoted');
    expect(logger.lines.join('\n')).toMatch(
      /verified at 2099-01-01T00:00:00Z, in the future: a forged or mistyped record; it is replaced/,
    );
  });
});

describe('collected data', () => {
  const rate = defaultConfig().metrics.find((m) => m.kind === 'rate') as MetricDef;
  const window = { start: 1_796_000_000, end: 1_796_000_600 };
  const target = { service: 'checkout-api', environment: 'prod', version: 'v2' };
  const options = { labels: defaultConfig().labels, resolution: 60, scrapeInterval: 15 };
  const source = (
    series: (q: { start: number; end: number; step: number }) => QueryResult['series'],
  ): MetricSource => ({
    kind: 'test',
    description: 'test',
    requestCount: () => 0,
    queryInstant: async (query) => ({ query, series: [], warnings: [] }),
    queryRange: async (q) => ({ query: q.query, series: series(q), warnings: [] }),
  });
  const times = (q: { start: number; end: number; step: number }) => {
    const out: number[] = [];
    for (let t = q.start; t <= q.end; t += q.step) out.push(t);
    return out;
  };

  it('negative counts are not judged as data: dropped, with a note', async () => {
    const data = await collectMetric(
      source((q) => [{ labels: {}, samples: times(q).map((t, i) => ({ t, v: i % 2 ? -5 : 5 })) }]),
      rate,
      target,
      window,
      options,
    );
    expect(data.points.every((p) => (p.c[0] as number) >= 0)).toBe(true);
    expect(data.notes.join()).toMatch(/negative sample\(s\) not judged/);
  });

  it("duplicate series on driftgate's own aggregated query blame the server, not the config", async () => {
    const e = await collectMetric(
      source((q) => [
        { labels: { replica: 'a' }, samples: times(q).map((t) => ({ t, v: 1 })) },
        { labels: { replica: 'b' }, samples: times(q).map((t) => ({ t, v: 1 })) },
      ]),
      rate,
      target,
      window,
      options,
    ).catch((x: Error) => x);
    expect(e).toBeInstanceOf(SourceError);
    expect((e as Error).message).toMatch(
      /duplicate or conflicting series from the server .* check the server, not the config/,
    );
  });
});

describe('outputs, links and files', () => {
  it('bidi overrides never reach stdout raw', () => {
    expect(safeLogText('version v1\u202Egnp.exe\u2066')).toBe('version v1\\u202egnp.exe\\u2066');
  });

  it('a javascript: runbook URL is refused', () => {
    expect(() =>
      watchLinks({ runbookUrl: 'javascript:alert(1)' } as never, { service: 's', environment: 'prod' }),
    ).toThrow(/Input "runbook-url" is not an http\(s\) URL \(scheme "javascript"\)/);
  });

  it('--output naming the config file, or a directory, is refused before any work', () => {
    expect(() => checkOutputFile('driftgate.yml', dir, { config: './driftgate.yml' })).toThrow(
      /Input "output" is "driftgate.yml", the same file as input "config"/,
    );
    mkdirSync(join(dir, 'rules'), { recursive: true });
    expect(() => checkOutputFile('rules', dir, {})).toThrow(/it is a directory/);
  });

  it('EISDIR and EEXIST are the setup, named with the path, not internal errors', () => {
    const e = Object.assign(new Error('EISDIR: illegal operation on a directory, open'), {
      code: 'EISDIR',
      syscall: 'open',
      path: '/tmp/summary',
    });
    expect(fileSystemProblem(e)).toMatch(
      /Could not open "\/tmp\/summary": it is a directory, where a file was expected \(EISDIR\)/,
    );
    expect(fileSystemProblem(new Error('x'))).toBeUndefined();
  });
});

describe('answers from servers', () => {
  it('a Jira single-sign-on page (200, HTML) is named as such, not "search failed (200)"', async () => {
    const jira = await fake({
      'GET /rest/api/3/search/jql': () => ({
        status: 200,
        headers: { 'content-type': 'text/html' },
        body: '<!DOCTYPE html><html><body>Sign in with SSO</body></html>',
      }),
    });
    const e = await new JiraApi({ url: jira.url, token: 'pat-0123456789', retry: { retries: 0 } })
      .search('project = CAB', ['status'])
      .catch((x: Error) => x);
    expect((e as Error).message).toMatch(/with an HTML page \(a login or single-sign-on page\), not the API/);
  });

  it('a YAML alias bomb from a ruler is refused with a clear error, not a bare ReferenceError', async () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x]',
      ...'bcdefgh'.split('').map((c, i) => `${c}: &${c} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(', ')}]`),
    ].join('\n');
    const ruler = await fake({ 'GET /prometheus/config/v1/rules/:ns': () => ({ status: 200, body: bomb }) });
    const e = await new RulerTarget({ url: ruler.url, namespace: 'driftgate' }).deployed().catch((x: Error) => x);
    expect(e).toBeInstanceOf(Error);
    expect((e as Error).message).toMatch(/answered YAML that cannot be read .*alias bomb is refused/);
  });

  it('a deployment that merely mentions "driftgate rollback of d-X" does not suppress the rollback', async () => {
    const cd = await startFakeCodeDeploy([
      { deploymentId: 'd-BAD', status: 'InProgress', applicationName: 'shop', deploymentGroupName: 'prod' },
      {
        deploymentId: 'd-OTHER',
        status: 'Succeeded',
        applicationName: 'shop',
        deploymentGroupName: 'prod',
        createTime: 1_796_000_050,
        description: 'hotfix; see driftgate rollback of d-BAD in the wiki',
      },
    ]);
    servers.push(cd);
    const record = await rollbackDeployment({
      client: codeDeployClient({ endpoint: cd.url }),
      target: { deploymentId: 'd-BAD' },
      mode: 'auto',
      reason: 'p95 x1.8',
      pollSeconds: 0.01,
      sleep: async () => {},
    });
    expect(record.action).toBe('stop-with-rollback');
    expect(cd.calls()).toContain('StopDeployment');
  });

  it('a deployment-id typo is refused before the bake, not found after it', async () => {
    const cd = await startFakeCodeDeploy([]);
    servers.push(cd);
    const message = await refusal(
      runVerify(
        {
          metricsFile: join(import.meta.dirname, '../../../cli/demo/bake-recording.json'),
          rollback: 'auto',
          deployment: { deploymentId: 'd-TYPO' },
          failOn: [],
          outputDir: 'out-typo',
          cwd: dir,
        },
        { codedeploy: codeDeployClient({ endpoint: cd.url }), logger: memoryLogger() },
      ),
    );
    expect(message).toMatch(/Input "deployment-id" is "d-TYPO": CodeDeploy has no such deployment/);
    expect(cd.calls()).toEqual(['GetDeployment']);
  });

  it('an artifact name with ../ is refused before any work', () => {
    expect(() => checkArtifactName('../perf')).toThrow(
      /Input "artifact-name" is "..\/perf": an artifact name cannot hold/,
    );
    expect(() => checkArtifactName('perf-comparison')).not.toThrow();
  });

  it('a GitHub rate limit that resets in an hour is named with its reset, not a raw HttpError', async () => {
    const reset = Math.floor(Date.now() / 1000) + 3600;
    const gh = await fake({
      'GET /repos/acme/shop/releases/latest': () =>
        json(
          403,
          { message: 'API rate limit exceeded' },
          { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset), 'x-ratelimit-limit': '60' },
        ),
    });
    const octokit = githubClient('ghs_test', { baseUrl: gh.url, retries: 0 });
    const e = await octokit.rest.repos.getLatestRelease({ owner: 'acme', repo: 'shop' }).catch((x: Error) => x);
    expect((e as Error).message).toMatch(
      /GitHub API GET \/repos\/acme\/shop\/releases\/latest: the rate limit of this token is used up \(resets at /,
    );
  });

  it('expires: 9999-12-31 is an invalid waiver (a permanent exception in disguise)', async () => {
    const parsed = await parseWaiverYaml(
      'id: CAB-9\nservice: checkout-api\nenvironment: prod\nmetrics: "*"\nmax_drift: 20%\nexpires: 9999-12-31T00:00:00Z\napproved_by: [alice]\nreason: forever\n',
      'w.yml',
    );
    expect(parsed.waiver).toBeUndefined();
    expect(parsed.problems?.join()).toMatch(/w\.yml: expires is "9999-12-31T00:00:00Z", more than 366 days ahead/);
  });
});
