/**
 * perf-baseline-compare (bundled dist, run as the runner runs it) publishing beyond the job: the PR check run,
 * the Jira release ticket (attachments + one verdict comment, replaced on re-runs), the GitHub release (assets +
 * notes section) and the fork-safe workflow_run report (input comparison), against a real Prometheus and
 * loopback fakes of GitHub and Jira. Build first: npx tsc -b && node scripts/bundle.mjs perf-baseline-compare.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type ActionRun,
  type FakeGitHubState,
  type FakeJira,
  fakeJiraIssue,
  fixturesOpenMetrics,
  type PrometheusServer,
  releaseFixture,
  runAction,
  startFakeGitHub,
  startFakeJira,
  startPrometheus,
} from '@driftgate/testkit';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

const slower = releaseFixture({ service: 'checkout', effect: { latency: { read: 1.3 } } });
const same = releaseFixture({ service: 'catalog', seed: 11 });
const BASIC = `Basic ${Buffer.from('bot@example.com:jira-secret-token').toString('base64')}`;
const CONFIG = 'tolerance: 10%\nmetrics:\n  latency_p95_read: { tolerance: 10% }\n';

let prom: PrometheusServer;
beforeAll(async () => {
  prom = await startPrometheus({ openMetrics: fixturesOpenMetrics([slower, same]) });
});
afterAll(async () => prom?.stop());

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});
async function act(opts: Parameters<typeof runAction>[1]): Promise<ActionRun> {
  const r = await runAction('perf-baseline-compare', opts);
  cleanups.push(r.cleanup);
  return r;
}
function workspace(): string {
  const ws = mkdtempSync(join(tmpdir(), 'dg-ws-'));
  mkdirSync(join(ws, '.github'));
  writeFileSync(join(ws, '.github/driftgate.yml'), CONFIG);
  return ws;
}
const inputs = (f: typeof slower, extra: Record<string, string> = {}) => ({
  service: f.service,
  'prometheus-url': prom.url,
  'baseline-version': f.baselineVersion,
  'candidate-version': f.candidateVersion,
  'baseline-window': f.baselineWindow,
  'candidate-window': f.candidateWindow,
  'github-token': 'ghs_0123456789abcdef',
  ...extra,
});
async function fakes(github: Partial<FakeGitHubState> = {}) {
  const state: FakeGitHubState = { tokenKind: 'installation', pageSize: 100, comments: { 42: [] }, ...github };
  const gh = await startFakeGitHub(state);
  const jira: FakeJira = await startFakeJira({
    issues: { 'REL-42': fakeJiraIssue('REL-42') },
    me: { accountId: 'bot', displayName: 'driftgate bot' },
    authorization: BASIC,
  });
  cleanups.push(
    () => gh.close(),
    () => jira.close(),
  );
  return { gh, state, jira };
}
const JIRA = (url: string) => ({ 'jira-url': url, 'jira-user': 'bot@example.com', 'jira-token': 'jira-secret-token' });
const unmasked = (r: ActionRun) =>
  r.stdout
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');

describe('perf-baseline-compare: check runs and the release ticket (bundled)', () => {
  it('a PR run: check run with an annotation on the config line, evidence on the ticket named in the PR title; a re-run replaces it', async () => {
    const { gh, state, jira } = await fakes();
    const ws = workspace();
    const event = {
      number: 42,
      pull_request: { number: 42, title: 'REL-42: faster checkout', head: { sha: 'feedface', ref: 'perf/cache' } },
    };
    const run = () =>
      act({
        inputs: inputs(slower, { 'check-run': 'true', ...JIRA(jira.url) }),
        env: { GITHUB_API_URL: gh.url, GITHUB_EVENT_NAME: 'pull_request' },
        event,
        cwd: ws,
      });
    const r1 = await run();
    expect(r1.outputs.verdict, r1.stdout).toBe('fail');
    expect(r1.code).toBe(1);
    expect(r1.outputs['release-ticket']).toBe('REL-42');
    expect(r1.outputs['check-run-url']).toMatch(/^https:\/\/github\.com\/acme\/shop\/runs\/\d+$/);

    const check = state.checkRuns?.[0];
    expect(check).toMatchObject({
      name: 'driftgate / checkout',
      head_sha: 'feedface',
      status: 'completed',
      conclusion: 'failure',
      details_url: 'https://github.com/acme/shop/actions/runs/4242',
    });
    expect(check?.output.title).toMatch(/^fail: Regression beyond tolerance: latency_p95_read/);
    expect(check?.output.summary).toContain('## ❌ driftgate perf-baseline-compare: **fail** for `checkout` (prod)');
    expect(check?.annotations).toEqual([
      expect.objectContaining({
        path: '.github/driftgate.yml',
        start_line: 3,
        end_line: 3,
        annotation_level: 'failure',
        title: expect.stringMatching(/^latency_p95_read regressed \+\d+\.\d% \(tolerance \+10%\)$/),
      }),
    ]);
    expect(gh.requests.find((q) => q.path.endsWith('/check-runs'))?.headers.authorization).toBe(
      'token ghs_0123456789abcdef',
    );

    const issue = jira.state.issues['REL-42']!;
    expect(issue.attachments.map((a) => a.filename).sort()).toEqual([
      'perf-comparison-checkout-prod-v1.42.0.json',
      'perf-comparison-checkout-prod-v1.42.0.md',
    ]);
    const json = issue.attachments.find((a) => a.filename.endsWith('.json'))!;
    expect(json.body.equals(readFileSync(r1.outputs['report-path']!))).toBe(true);
    expect(issue.comments).toHaveLength(1);
    expect(issue.comments[0]?.body).toMatch(/^h3\. ❌ driftgate pre-deploy gate: \*fail\* for checkout \(prod\)/);
    expect(issue.comments[0]?.body).toMatch(/\|\|Metric\|\|Baseline\|\|Candidate\|\|Drift\|\|Interval\|\|Verdict\|\|/);
    expect(issue.comments[0]?.body).toMatch(/\|❌ p95 latency \(reads\) \(latency\\_p95\\_read\)\|/);
    expect(unmasked(r1)).not.toContain('jira-secret-token');
    expect(r1.stdout).toContain('::add-mask::jira-secret-token');

    const firstIds = issue.attachments.map((a) => a.id);
    const r2 = await run();
    expect(r2.outputs['release-ticket']).toBe('REL-42');
    expect(issue.attachments).toHaveLength(2);
    expect(issue.attachments.some((a) => firstIds.includes(a.id))).toBe(false);
    expect(issue.comments).toHaveLength(1);
    expect(jira.calls().filter((c) => c.startsWith('PUT /rest/api/2/issue/REL-42/comment/'))).toHaveLength(1);
    expect(jira.calls().filter((c) => c.startsWith('DELETE /rest/api/2/attachment/'))).toHaveLength(2);
    expect(state.checkRuns).toHaveLength(2);
    expect(state.comments[42]).toHaveLength(1);
  });

  it('a release event: the files become release assets and the verdict goes into the notes; re-runs replace both', async () => {
    const { gh, state } = await fakes({
      releases: [{ id: 501, tag_name: 'v1.42.0', body: '## What changed\n- cache', assets: [] }],
    });
    const run = () =>
      act({
        inputs: inputs(same),
        env: { GITHUB_API_URL: gh.url, GITHUB_EVENT_NAME: 'release' },
        event: { action: 'published', release: { id: 501, tag_name: 'v1.42.0', name: 'v1.42.0' } },
      });
    const r1 = await run();
    expect(r1.outputs.verdict, r1.stdout).toBe('pass');
    expect(r1.code).toBe(0);
    expect(r1.outputs['release-url']).toBe('https://github.com/acme/shop/releases/tag/v1.42.0');
    const rel = state.releases![0]!;
    expect(rel.assets.map((a) => a.name).sort()).toEqual([
      'perf-comparison-catalog-prod-v1.42.0.json',
      'perf-comparison-catalog-prod-v1.42.0.md',
    ]);
    expect(rel.assets.find((a) => a.name.endsWith('.json'))?.content_type).toBe('application/json');
    expect(rel.body).toMatch(
      /^## What changed\n- cache\n\n<!-- driftgate:start:catalog -->\n#### Performance evidence \(driftgate\): catalog\n- <!-- driftgate:row:compare:prod --> ✅ \*\*pre-deploy gate \(prod\): pass\*\* — `v1\.42\.0`: .* · \[json\]\(https:\/\/github\.com\/acme\/shop\/releases\/download\/v1\.42\.0\/perf-comparison-catalog-prod-v1\.42\.0\.json\) · \[report\]\(.*\) · \[run\]\(https:\/\/github\.com\/acme\/shop\/actions\/runs\/4242\)\n<!-- driftgate:end:catalog -->\n$/,
    );
    const r2 = await run();
    expect(r2.code).toBe(0);
    expect(rel.assets).toHaveLength(2);
    expect(rel.body.match(/driftgate:row:compare:prod/g)).toHaveLength(1);
    expect(gh.requests.filter((q) => q.method === 'DELETE').map((q) => q.path)).toHaveLength(2);
    expect(
      gh.requests.filter((q) => q.path.startsWith('/uploads/')).map((q) => q.url.searchParams.get('name')),
    ).toEqual([
      'perf-comparison-catalog-prod-v1.42.0.json',
      'perf-comparison-catalog-prod-v1.42.0.md',
      'perf-comparison-catalog-prod-v1.42.0.json',
      'perf-comparison-catalog-prod-v1.42.0.md',
    ]);
  });

  it('fork-safe: the pull_request run cannot write, the workflow_run run reports its artifact on the fork PR', async () => {
    // 1. pull_request from a fork: read-only token. Comment and check run fail with warnings; the verdict stands.
    const { gh: ro } = await fakes({ readOnly: true });
    const pr = await act({
      inputs: inputs(slower, { 'check-run': 'true' }),
      env: { GITHUB_API_URL: ro.url, GITHUB_EVENT_NAME: 'pull_request' },
      event: { number: 77, pull_request: { number: 77, head: { sha: 'fork-head', ref: 'patch-1' } } },
    });
    expect(pr.outputs.verdict).toBe('fail');
    expect(pr.warnings.join('\n')).toMatch(/Could not write the PR comment: Resource not accessible by integration/);
    expect(pr.warnings.join('\n')).toMatch(
      /Could not create the check run "driftgate \/ checkout": Resource not accessible by integration.*workflow_run/,
    );

    // 2. workflow_run in the base repository: the downloaded artifact, a write token, no metric source.
    const { gh, state } = await fakes({
      comments: { 77: [] },
      pulls: [{ number: 77, head: { sha: 'fork-head', ref: 'patch-1', repo: { full_name: 'mallory/shop' } } }],
    });
    const artifact = mkdtempSync(join(tmpdir(), 'dg-artifact-'));
    writeFileSync(join(artifact, 'perf-comparison.json'), readFileSync(pr.outputs['report-path']!));
    const report = await act({
      inputs: {
        service: 'checkout',
        comparison: join(artifact, 'perf-comparison.json'),
        'check-run': 'true',
        'upload-artifact': 'false',
        'github-token': 'ghs_write',
      },
      env: { GITHUB_API_URL: gh.url, GITHUB_EVENT_NAME: 'workflow_run' },
      event: {
        action: 'completed',
        workflow_run: {
          id: 99,
          event: 'pull_request',
          conclusion: 'failure',
          head_sha: 'fork-head',
          head_branch: 'patch-1',
          head_repository: { full_name: 'mallory/shop', owner: { login: 'mallory' } },
          pull_requests: [],
        },
      },
    });
    expect(report.outputs.verdict, report.stdout).toBe('fail');
    expect(report.code).toBe(1); // the same decision as the pull_request run
    expect(state.comments[77]).toHaveLength(1);
    expect(state.comments[77]![0]!.body).toMatch(/^<!-- driftgate:perf-baseline-compare:checkout:prod -->\n## ❌/);
    expect(state.checkRuns).toEqual([
      expect.objectContaining({ name: 'driftgate / checkout', head_sha: 'fork-head', conclusion: 'failure' }),
    ]);
    expect(gh.requests.find((q) => q.path === '/repos/acme/shop/pulls')?.url.searchParams.get('head')).toBe(
      'mallory:patch-1',
    );
    // Nothing was queried: the report is the artifact's, re-rendered from its JSON.
    expect(report.stdout).not.toContain(prom.url);
    expect(readFileSync(report.outputs['markdown-path']!, 'utf8')).toBe(report.summary);
  });

  it.each([
    [{ 'release-ticket': 'REL-1' }, /Input "release-ticket" is "REL-1" but "jira-url" is empty/],
    [
      { 'release-ticket': 'rel 1', 'jira-url': 'https://j.example.com' },
      /Input "release-ticket" is "rel 1": expected a Jira issue key/,
    ],
    [
      { 'jira-url': 'https://j.example.com' },
      /Input "jira-url" is "https:\/\/j\.example\.com" but "jira-token" is empty/,
    ],
    [
      { 'jira-url': 'j.example.com', 'jira-token': 't' },
      /Input "jira-url" is "j\.example\.com": expected the Jira base URL/,
    ],
    [
      { 'release-ticket-pattern': 'REL-[', 'jira-url': 'https://j.example.com', 'jira-token': 't' },
      /Input "release-ticket-pattern" is "REL-\[": not a valid regular expression/,
    ],
    [{ comparison: 'perf-comparison.json' }, /Inputs "comparison" and "prometheus-url" are both set/],
    [{ 'check-run': 'maybe' }, /Input "check-run" is "maybe": expected true or false/],
  ])('rejects %j before any query with one clear error', async (extra, message) => {
    const r = await act({ inputs: inputs(same, extra as Record<string, string>) });
    expect(r.code).toBe(1);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatch(message);
    expect(r.stdout).not.toMatch(/Comparing catalog/);
  });

  it('report mode checks the comparison belongs to the service', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dg-cmp-'));
    const first = await act({ inputs: inputs(same, { 'output-dir': dir }) });
    const r = await act({ inputs: { service: 'checkout', comparison: first.outputs['report-path']! } });
    expect(r.errors[0]).toMatch(
      /Input "service" is "checkout" but the comparison \(input "comparison": ".*perf-comparison\.json"\) is for "catalog"/,
    );
  });
});
