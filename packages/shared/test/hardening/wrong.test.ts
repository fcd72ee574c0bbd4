/**
 * Issue 23, "wrong today": each case of the hostile tour that driftgate answered wrongly, as a test that fails
 * on the code before the fix. In-process against loopback fakes (testkit) and promtool; the action-level cases
 * are in actions/post-deploy-verify/test/hardening.test.ts and packages/cli/test/hardening.test.ts.
 * Cases are numbered W1..W26 as in the report's checklist.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type FakeServer, json, type RecordedRequest, routes, startFakeServer } from '@driftgate/testkit/fake-server';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { resolveBakeSettings } from '../../src/core/bake/bake-settings.js';
import { defaultConfig } from '../../src/core/config.js';
import { isConfigurationError, SourceError } from '../../src/core/errors.js';
import { referInput } from '../../src/core/inputs/input-spec.js';
import { memoryLogger } from '../../src/core/log.js';
import type { MetricDef } from '../../src/core/model/metric.js';
import { addSecret, addUrlSecrets, clearSecrets, holdsSecret, redact } from '../../src/core/redact.js';
import { buildRules, combinedFile, renderRuleFile } from '../../src/core/watch/prometheus-rules.js';
import { serializeVerification } from '../../src/flows/bake/evidence.js';
import { runVerify } from '../../src/flows/bake/verify.js';
import { planCompare } from '../../src/flows/compare/compare.js';
import { watchLinks } from '../../src/flows/watch/watch-plan.js';
import { collectMetric } from '../../src/io/collect/collect.js';
import { githubClient } from '../../src/io/github/github-client.js';
import { HttpClient } from '../../src/io/http/http-client.js';
import { JiraApi } from '../../src/io/jira/jira-client.js';
import { RulerTarget } from '../../src/io/publish/rules-publish.js';
import { s3Client } from '../../src/io/publish/s3.js';
import { FileSource } from '../../src/io/sources/file.js';
import type { MetricSource, QueryResult } from '../../src/io/sources/source-types.js';
import { readCheckedBaseline, readStableBaseline } from '../../src/io/store/baseline-store.js';
import { loadWaiverFiles } from '../../src/io/waiver/waiver-files.js';
import { RULES_INPUTS } from '../../src/shell/inputs/index.js';
import { readInputs } from '../../src/shell/inputs/read-inputs.js';
import { FAKE_AWS_ENV, type FakeCodeDeploy, startFakeCodeDeploy } from '../bake/fakes.js';
import { testRules } from '../watch/fixtures.js';

const RECORDING = resolve(import.meta.dirname, '../../../cli/demo/bake-recording.json');
const servers: FakeServer[] = [];
let dir: string;
const env = { ...process.env };

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'driftgate-hardening-'));
  Object.assign(process.env, FAKE_AWS_ENV);
});
afterEach(() => clearSecrets());
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

/** Every string a test collected (messages, files), checked for registered secrets in one place. */
function expectNoSecret(...texts: string[]): void {
  for (const t of texts) expect(holdsSecret(t), t.slice(0, 400)).toBe(false);
}

describe('secrets: redacted before quoting, in every form', () => {
  it('W1: a header value echoed JSON-escaped (k\\"ey...) in a non-JSON error body is redacted', async () => {
    const headers = 'X-Api-Key: k"ey-0b5e8f2a9c41';
    addSecret(headers); // prometheus-headers is a secret input: the whole text, and now each value
    const server = await fake({
      'GET /api/v1/query': (req) => ({
        status: 502,
        headers: { 'content-type': 'text/plain' },
        body: `proxy error: rejected header ${JSON.stringify(String(req.headers['x-api-key']))} for upstream`,
      }),
    });
    const client = new HttpClient({ retries: 0 });
    const error = await client
      .send({ method: 'GET', url: `${server.url}/api/v1/query`, headers: { 'X-Api-Key': 'k"ey-0b5e8f2a9c41' } })
      .catch((e: Error) => e);
    expect(String(error)).toContain('k\\"ey-0b5e8f2a9c41'); // the server did echo it, escaped
    expect(redact(String(error))).not.toContain('ey-0b5e8f2a9c41');
  });

  it('W2: a prometheus-url with ?token= registers the token: it never reaches a message', () => {
    addUrlSecrets('https://prom.example.com/api/v1?token=tok_93ab17f0c2&org=acme-prod');
    const message = 'Prometheus answered 500 for https://prom.example.com/api/v1/query?token=tok_93ab17f0c2';
    expect(redact(message)).not.toContain('tok_93ab17f0c2');
    expect(redact('tenant acme-prod')).not.toContain('acme-prod');
  });

  it('W3-W5: Jira, Slack and Grafana failures never write Basic ..., the webhook path or Bearer glsa_ into the evidence or the log', async () => {
    const slackPath = '/services/T0001/B0002/XyZsecretPath42';
    const grafanaToken = 'glsa_0123456789abcdefABCDEF_0a1b2c3d';
    const echo = (req: RecordedRequest) => ({
      status: 401,
      headers: { 'content-type': 'text/plain' },
      body: `denied ${req.method} ${req.path} with authorization=${req.headers.authorization ?? '(none)'}`,
    });
    const server = await fake({ [`POST ${slackPath}`]: echo, 'POST /api/annotations': echo });
    // As the action's input reader registers them (slack-webhook-url and grafana-token are secret inputs).
    addSecret(`${server.url}${slackPath}`);
    addSecret(grafanaToken);
    const logger = memoryLogger();
    const r = await runVerify(
      {
        metricsFile: RECORDING,
        rollback: 'dry-run',
        failOn: [],
        outputDir: 'out-notify',
        cwd: dir,
        slackWebhook: `${server.url}${slackPath}`,
        grafana: { url: server.url, token: grafanaToken },
      },
      { logger },
    );
    const notes = r.verification.actions.notifications;
    expect(notes.map((n) => [n.kind, n.ok])).toEqual([
      ['grafana', false],
      ['slack', false],
      ['grafana', false],
    ]);
    expect(notes.map((n) => n.detail).join('\n')).toMatch(/denied POST/); // the failure is still explained
    const file = readFileSync(r.path, 'utf8');
    // The shells write every log line through redact (shell/action/logger.ts, the CLI's io).
    expectNoSecret(file, JSON.stringify(r.verification), r.markdown, redact(logger.lines.join('\n')));
    expect(file).not.toContain('XyZsecretPath42');
    expect(file).not.toContain('glsa_0123456789');

    // Jira: a ticket failure that echoes the Basic credentials goes through the same evidence.
    const basic = `Basic ${Buffer.from('bot@acme.com:jira-api-token-77f3').toString('base64')}`;
    addSecret(basic);
    const withTicket = serializeVerification({
      ...r.verification,
      actions: {
        ...r.verification.actions,
        tickets: [{ system: 'jira', created: false, error: `Jira answered 401: bad credentials ${basic}` } as never],
      },
    });
    expect(withTicket).toMatch(/bad credentials \*\*\*/);
    expectNoSecret(withTicket);
  });

  it('W6: a ruler 500 whose body echoes X-Scope-OrgID never prints the tenant', async () => {
    addSecret('X-Scope-OrgID: tenant-acme-7731'); // ruler-headers is a secret input
    const server = await fake({
      'GET /prometheus/config/v1/rules/:ns': () => ({ status: 404 }),
      'POST /prometheus/config/v1/rules/:ns': (req) => ({
        status: 500,
        body: `ruler: cannot store rules for tenant ${req.headers['x-scope-orgid']}`,
      }),
    });
    const target = new RulerTarget({
      url: server.url,
      namespace: 'driftgate',
      headers: { 'X-Scope-OrgID': 'tenant-acme-7731' },
    });
    const error = await target.publish(renderRuleFile(testRules().service), false).catch((e: Error) => e);
    expect(String(error)).toContain('tenant-acme-7731');
    expect(redact(String(error))).not.toContain('tenant-acme-7731');
  });

  it('W7: a grafana-url with user-info is never copied into the alerts dashboard_url', () => {
    const links = watchLinks({ grafanaUrl: 'https://admin:grafana-pass-1@grafana.example.com/' });
    expect(links.grafanaUrl).toBe('https://grafana.example.com');
    // Every alert's dashboard_url is built from these links (core/watch/prometheus-rules.ts): no user-info reaches one.
    const config = defaultConfig();
    const file = renderRuleFile(
      buildRules({
        service: 'checkout-api',
        environment: 'prod',
        config,
        bake: resolveBakeSettings({}, {}, config.metrics, config.resolution),
        baseline: { version: 'v1', promotedAt: '2026-11-27T09:00:00Z', values: { latency_p95_read: 0.2 } },
        links,
      } as never).fleet,
    );
    expect(file).toContain('dashboard_url: https://grafana.example.com/d/');
    expect(file).not.toContain('grafana-pass-1');
    expect(file).not.toContain('admin');
  });
});

describe('file contents are never quoted', () => {
  it('W8: a waiver file that is a symlink out of the waiver folder is refused, never followed', async () => {
    const repo = join(dir, 'repo-symlink');
    mkdirSync(join(repo, '.github/perf-waivers'), { recursive: true });
    writeFileSync(join(dir, 'secrets.env'), 'AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYSECRET\n');
    symlinkSync(join(dir, 'secrets.env'), join(repo, '.github/perf-waivers/leak.yml'));
    symlinkSync('/proc/self/environ', join(repo, '.github/perf-waivers/environ.yml'));
    const candidates = await loadWaiverFiles(undefined, repo);
    expect(candidates).toHaveLength(2);
    const text = JSON.stringify(candidates);
    expect(text).not.toContain('wJalrXUtnFEMI');
    expect(text).not.toContain('PATH=');
    for (const c of candidates) {
      expect(c.waiver).toBeUndefined();
      expect(c.problems?.[0]).toMatch(/symbolic link to a file outside the waiver folder: refused, never followed/);
    }
  });

  it('W9: waivers-path: /etc/passwd (or any non-waiver file) names the file, the position and what was expected', async () => {
    writeFileSync(join(dir, 'token-file.yml'), 'ghp_T0kenValue0123456789abcdefABCDEF\n');
    const [c] = await loadWaiverFiles(join(dir, 'token-file.yml'), dir);
    expect(c?.problems?.join('\n')).toMatch(
      /token-file\.yml: expected a mapping of waiver keys .* at line 1, got a string/,
    );
    expect(JSON.stringify(c)).not.toContain('ghp_T0kenValue');
    if (existsSync('/etc/passwd')) {
      const [p] = await loadWaiverFiles('/etc/passwd', dir);
      expect(JSON.stringify(p)).not.toMatch(/root:x?:0|\/bin\/(ba)?sh/);
    }
  });

  it('W10: metrics-file: token.txt is refused without quoting the token', () => {
    writeFileSync(join(dir, 'token.txt'), 'sk-live-0123456789abcdefSECRET\n');
    let message = '';
    try {
      FileSource.fromFile(join(dir, 'token.txt'));
    } catch (e) {
      expect(isConfigurationError(e)).toBe(true);
      message = (e as Error).message;
    }
    expect(message).toMatch(/token\.txt.*not a valid driftgate recording.*line 1, column 1/);
    expect(message).not.toContain('sk-live');
  });
});

describe('injection into generated files and the log', () => {
  function rulesFor(service: string, version: string, application?: string): string {
    const config = { ...defaultConfig(), budgetPerHour: 10 };
    const r = buildRules({
      service,
      environment: 'prod',
      config,
      bake: resolveBakeSettings({}, {}, config.metrics, config.resolution),
      baseline: { version, promotedAt: '2026-11-27T09:00:00Z', values: { latency_p95_read: 0.2, error_rate: 0.001 } },
      links: { runbook: 'https://example.com/runbook', grafanaUrl: 'https://grafana.example.com', dashboardUid: 'x' },
      ...(application ? { codedeploy: { application, deploymentGroup: 'prod' } } : {}),
    } as never);
    return renderRuleFile(combinedFile(r), `driftgate rules for ${service}`);
  }

  it('W11-W13: {{ in service, baseline-version or codedeploy-application stays text: promtool accepts the file, no label runs a template', () => {
    const text = rulesFor('checkout{{', 'v1.{{ .Patch }}', '{{ with query "up" }}{{ . }}{{ end }}');
    const file = join(dir, 'injected.yml');
    writeFileSync(file, text);
    execFileSync('promtool', ['check', 'rules', file], { stdio: 'pipe' });
    type Rule = { alert?: string; record?: string; labels?: Record<string, string> };
    const rules = (parse(text).groups as Array<{ rules: Rule[] }>).flatMap((g) => g.rules);
    const alerts = rules.filter((r) => r.alert);
    expect(alerts.length).toBeGreaterThan(0);
    for (const a of alerts) {
      for (const v of Object.values(a.labels ?? {})) {
        // Every {{ in a label is the escaped literal {{ "{{" }}; no other action remains.
        expect(v.replace(/\{\{ "\{\{" \}\}/g, '')).not.toContain('{{');
      }
    }
    // The CodeDeploy target is a label of the service's rollback threshold series (a recording rule's labels
    // are data, never templates); the rollback alert takes it from the series, so it never runs as a template.
    const threshold = rules.find((r) => r.record && r.labels?.codedeploy_application);
    expect(threshold?.labels?.codedeploy_application).toBe('{{ with query "up" }}{{ . }}{{ end }}');
    for (const a of alerts) expect(a.labels?.codedeploy_application).toBeUndefined();
  });

  it('W14: CR or U+2028 in a service is refused at the input; a header comment never ends early', () => {
    for (const bad of ['checkout\rgroups: []', 'checkout\u2028x', 'checkout\u202Egnp.exe']) {
      expect(() =>
        readInputs(RULES_INPUTS, (s) => (s.name === 'service' ? bad : undefined), {
          refer: referInput,
          secret: () => {},
          urlSecrets: () => {},
        }),
      ).toThrow(/Input "service" contains the control character \\u(000d|2028|202e)/);
    }
    const text = renderRuleFile(testRules().service, 'line one\rgroups: evil\u2028more');
    expect(text.split(/\r\n|[\r\n\u2028]/).filter((l) => l.startsWith('groups: evil'))).toEqual([]);
  });

  it('W15: a baseline-store record whose version holds "\\n::notice" is refused, naming the key', async () => {
    const s3 = await storeWith({
      schema: 'driftgate.baseline/v1',
      service: 'checkout-api',
      environment: 'prod',
      version: 'v1.41.0\n::notice title=pwned::forged',
      window: { start: 1_796_000_000, end: 1_796_003_600 },
      verifiedAt: '2026-11-26T10:00:00Z',
    });
    const error = await readStableBaseline('s3://perf-results/', 'checkout-api', 'prod', {
      s3: s3Client({ endpoint: s3.url }),
      retries: 0,
    }).catch((e: Error) => e);
    expect(isConfigurationError(error)).toBe(true);
    expect((error as Error).message).toMatch(/"version" holds the control character \\u000a/);
    expect((error as Error).message).not.toContain('::notice');
  });
});

describe('silent misreading', () => {
  it('W16: overlapping windows when comparing by window are refused', async () => {
    const error = await planCompare(
      {
        metricsFile: undefined,
        service: 'checkout-api',
        baselineWindow: '2026-11-27T06:00:00Z..2026-11-27T08:00:00Z',
        candidateWindow: '2026-11-27T07:00:00Z..2026-11-27T08:00:00Z',
        now: Date.parse('2026-11-27T09:00:00Z') / 1000,
        cwd: dir,
      } as never,
      {},
      {},
    ).catch((e: Error) => e);
    expect(isConfigurationError(error), String(error)).toBe(true);
    expect((error as Error).message).toMatch(/"baseline-window" .* and "candidate-window" .* overlap/);
  });

  const histogram: MetricDef = defaultConfig().metrics.find((m) => m.kind === 'histogram_quantile') as MetricDef;
  const window = { start: 1_796_000_000, end: 1_796_000_600 };
  const target = { service: 'checkout-api', environment: 'prod', version: 'v2' };
  const options = { labels: defaultConfig().labels, resolution: 60, scrapeInterval: 15 };
  function source(answer: (q: { start: number; end: number; step: number }) => QueryResult['series']): MetricSource {
    return {
      kind: 'test',
      description: 'test source',
      requestCount: () => 0,
      queryInstant: async (query) => ({ query, series: [], warnings: [] }),
      queryRange: async (q) => ({ query: q.query, series: answer(q), warnings: [] }),
    };
  }
  const times = (q: { start: number; end: number; step: number }) => {
    const out: number[] = [];
    for (let t = q.start; t <= q.end; t += q.step) out.push(t);
    return out;
  };

  it('W17: grossly non-monotonic histogram buckets are not "repaired" into data', async () => {
    const les = ['0.1', '0.25', '0.5', '1', '+Inf'];
    const counts = [900, 100, 950, 980, 1000]; // le=0.25 far below le=0.1: not rounding
    const data = await collectMetric(
      source((q) =>
        les.map((le, i) => ({
          labels: { le },
          samples: times(q).map((t) => ({ t, v: counts[i] as number })),
        })),
      ),
      histogram,
      target,
      window,
      options,
    );
    expect(data.points).toEqual([]);
    expect(data.notes.join()).toMatch(/non-monotonic beyond rounding/);
    // Rounding-sized dips are still repaired.
    const slight = [900, 899.99, 950, 980, 1000];
    const ok = await collectMetric(
      source((q) =>
        les.map((le, i) => ({ labels: { le }, samples: times(q).map((t) => ({ t, v: slight[i] as number })) })),
      ),
      histogram,
      target,
      window,
      options,
    );
    expect(ok.points.length).toBeGreaterThan(0);
  });

  it('W18: samples stamped 24 h outside the requested range are refused, not judged as the window', async () => {
    const gauge = { ...(histogram as object), id: 'g', kind: 'gauge', query: 'up' } as unknown as MetricDef;
    const error = await collectMetric(
      source((q) => [{ labels: {}, samples: times(q).map((t) => ({ t: t - 86_400, v: 1 })) }]),
      gauge,
      target,
      window,
      options,
    ).catch((e: Error) => e);
    expect(error).toBeInstanceOf(SourceError);
    expect((error as Error).message).toMatch(/stamped outside the requested range/);
  });

  it('W19: a store record naming another service and environment is refused; one without evidence says what is trusted', async () => {
    const record = {
      schema: 'driftgate.baseline/v1',
      version: 'v1.41.0',
      window: { start: 1_796_000_000, end: 1_796_003_600 },
      verifiedAt: '2026-11-26T10:00:00Z',
    };
    const other = await storeWith({ ...record, service: 'billing', environment: 'staging' });
    const error = await readCheckedBaseline('s3://perf-results/', 'checkout-api', 'prod', {
      s3: s3Client({ endpoint: other.url }),
      retries: 0,
    }).catch((e: Error) => e);
    expect((error as Error).message).toMatch(/names service "billing" and environment "staging", not "checkout-api"/);

    const bare = await storeWith({
      ...record,
      service: 'checkout-api',
      environment: 'prod',
      verification: 's3://perf-results/daily/x/perf_verification.json',
    });
    const checked = await readCheckedBaseline('s3://perf-results/', 'checkout-api', 'prod', {
      s3: s3Client({ endpoint: bare.url }),
      retries: 0,
    });
    expect(checked?.evidenceChecked).toBe(false);
    expect(checked?.trust).toMatch(/record .* alone \(its evidence .* could not be read .*not proven\)/);
    expect(checked?.trust).not.toMatch(/passed its bake/);
  });
});

describe('unbounded or lost', () => {
  it('W20-W21: a Link rel="next" pointing at itself ends PR comments and reviews with an error, not a loop', async () => {
    const self = (req: RecordedRequest) =>
      json(200, [{ id: 1, body: 'x', user: { login: 'a' }, state: 'COMMENTED' }], {
        link: `<${gh.url}${req.url.pathname}${req.url.search}>; rel="next"`,
      });
    const gh = await fake({
      'GET /repos/acme/shop/issues/1/comments': self,
      'GET /repos/acme/shop/pulls/1/reviews': self,
    });
    const octokit = githubClient('ghs_test', { baseUrl: gh.url, retries: 0 });
    for (const call of [
      () => octokit.paginate(octokit.rest.issues.listComments, { owner: 'acme', repo: 'shop', issue_number: 1 }),
      () => octokit.paginate(octokit.rest.pulls.listReviews, { owner: 'acme', repo: 'shop', pull_number: 1 }),
    ]) {
      const before = gh.requests.length;
      const error = await call().catch((e: Error) => e);
      expect(String(error)).toMatch(/next-page link points back at a page already read/);
      expect(gh.requests.length - before).toBeLessThanOrEqual(3);
    }
  }, 20_000);

  it('W22: a Jira search whose next page is itself ends with an error, not a loop', async () => {
    const jira = await fake({
      'GET /rest/api/3/search/jql': () => json(200, { issues: [], nextPageToken: 'same', isLast: false }),
    });
    const api = new JiraApi({ url: jira.url, token: 'jira-pat-0123456789', retry: { retries: 0 } });
    const error = await api.search('project = CAB', ['status']).catch((e: Error) => e);
    expect(String(error)).toMatch(/Jira search answered the same nextPageToken twice/);
    expect(jira.requests.length).toBeLessThanOrEqual(3);
  }, 20_000);

  it('W23/W25: an S3 PUT that hangs ends within rollback-timeout, and the evidence is on disk before any action', async () => {
    const hang = await startFakeServer(() => ({ status: 200, delayMs: 600_000 }));
    servers.push(hang);
    const started = Date.now();
    const r = await runVerify(
      {
        metricsFile: RECORDING,
        rollback: 'dry-run',
        rollbackTimeoutSeconds: 2,
        failOn: [],
        s3Uri: 's3://nc-perf-results/daily/',
        outputDir: 'out-hang',
        cwd: dir,
      },
      {
        s3: s3Client({ endpoint: hang.url }),
        logger: memoryLogger(),
        retry: { retries: 1, minDelayMs: 1 },
        artifacts: { upload: async () => ({ skipped: 'test' }) },
      },
    );
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(r.s3Error).toMatch(/no answer within 2s \(timeout\)/);
    expect(JSON.parse(readFileSync(r.path, 'utf8')).verdict).toBe('rollback');
  }, 60_000);

  describe('CodeDeploy', () => {
    let cd: FakeCodeDeploy;
    beforeAll(async () => {
      cd = await startFakeCodeDeploy([
        { deploymentId: 'd-WAIT', status: 'InProgress', applicationName: 'shop', deploymentGroupName: 'prod' },
      ]);
      servers.push(cd);
    });

    it('W24/W25: a CodeDeploy call that hangs ends within rollback-timeout; the evidence was written before it', async () => {
      const evidencePath = join(dir, 'out-cd-hang', 'perf_verification.json');
      let evidenceBeforeRollback: boolean | undefined;
      let calls = 0;
      const hang = await startFakeServer(() => {
        // The first call is the check, before the bake, that the deployment exists; the rollback's calls hang.
        if (++calls === 1)
          return json(200, {
            deploymentInfo: { deploymentId: 'd-HANG', status: 'InProgress', computePlatform: 'ECS' },
          });
        evidenceBeforeRollback ??= existsSync(evidencePath);
        return { status: 200, delayMs: 600_000 };
      });
      servers.push(hang);
      const { codeDeployClient } = await import('../../src/io/codedeploy.js');
      const started = Date.now();
      const r = await runVerify(
        {
          metricsFile: RECORDING,
          rollback: 'auto',
          deployment: { deploymentId: 'd-HANG' },
          rollbackTimeoutSeconds: 2,
          failOn: [],
          outputDir: 'out-cd-hang',
          cwd: dir,
        },
        { codedeploy: codeDeployClient({ endpoint: hang.url }), logger: memoryLogger() },
      );
      expect(Date.now() - started).toBeLessThan(20_000);
      expect(evidenceBeforeRollback).toBe(true);
      expect(r.verification.actions.rollback?.final_status).toBe('error');
      expect(r.verification.actions.rollback?.notes.join()).toMatch(/no answer within 2s \(timeout\)/);
      expect(JSON.parse(readFileSync(r.path, 'utf8')).actions.rollback.final_status).toBe('error');
    }, 60_000);

    it('W26: a signal while waiting for the rollback stops the wait; the evidence is still written', async () => {
      // The rollback deployment never finishes: without the signal the wait would last rollback-timeout (20m).
      const { codeDeployClient } = await import('../../src/io/codedeploy.js');
      const controller = new AbortController();
      const client = codeDeployClient({ endpoint: cd.url });
      const stuck = {
        send: async (command: { constructor: { name: string } }, o?: unknown) => {
          const out = (await (client.send as (c: unknown, o?: unknown) => Promise<any>)(command, o)) as any;
          if (out?.deploymentInfo?.description?.startsWith('rollback-of')) {
            out.deploymentInfo.status = 'InProgress';
            setTimeout(() => controller.abort(new Error('cancelled by SIGTERM')), 300);
          }
          return out;
        },
      };
      const started = Date.now();
      const r = await runVerify(
        {
          metricsFile: RECORDING,
          rollback: 'auto',
          deployment: { deploymentId: 'd-WAIT' },
          rollbackTimeoutSeconds: 1200,
          failOn: [],
          outputDir: 'out-signal',
          cwd: dir,
        },
        { codedeploy: stuck as never, logger: memoryLogger(), signal: controller.signal },
      );
      expect(Date.now() - started).toBeLessThan(30_000);
      expect(r.verification.actions.rollback?.final_status).toMatch(/^cancelled-wait/);
      expect(JSON.parse(readFileSync(r.path, 'utf8')).actions.rollback.notes.join()).toMatch(/cancelled/);
    }, 60_000);
  });
});

// ---- helpers ----

async function storeWith(record: unknown): Promise<FakeServer> {
  return fake({
    'GET /perf-results/baselines/checkout-api/prod/stable.json': () => json(200, record, { etag: '"e1"' }),
    'GET /perf-results/daily/x/perf_verification.json': () => ({
      status: 404,
      body: '<Error><Code>NoSuchKey</Code></Error>',
    }),
  });
}
