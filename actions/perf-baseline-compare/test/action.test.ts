/**
 * perf-baseline-compare run exactly as the GitHub runner runs it: `node dist/index.js` with INPUT_*
 * variables and GITHUB_OUTPUT / GITHUB_STEP_SUMMARY / GITHUB_EVENT_PATH files, against a real Prometheus
 * (synthetic telemetry backfilled with promtool) and a loopback fake of the GitHub REST API.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type FakeGitHubState,
  fixturesOpenMetrics,
  json,
  type PrometheusServer,
  REPO_ROOT,
  releaseFixture,
  routes,
  runAction,
  startFakeGitHub,
  startFakeServer,
  startPrometheus,
} from '@driftgate/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  approvedFile,
  defaultState,
  RUN_SHA,
  startFakeGitHub as startWaiverGitHub,
  waiverRecord,
  waiverYaml,
  writeTree,
} from '../../../packages/shared/test/waiver/fixtures.js';

/** A waiver as JSON (what cab-waiver-check outputs), for the compare fixture's service. */
const waiverJson = (over: Record<string, unknown> = {}) => {
  const r = waiverRecord({ service: 'checkout', max_drift: '60%', ...over });
  return { ...r, max_drift: Number(String(r.max_drift).replace('%', '')) / 100 };
};

const slower = releaseFixture({ service: 'checkout', effect: { latency: { read: 1.3 } } });
const same = releaseFixture({ service: 'catalog', seed: 11 });

let prom: PrometheusServer;
beforeAll(async () => {
  prom = await startPrometheus({ openMetrics: fixturesOpenMetrics([slower, same]) });
});
afterAll(async () => prom?.stop());

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

describe('perf-baseline-compare (bundled, as the runner runs it)', () => {
  it('fails a +30% p95 regression, naming the metric, with outputs, summary and report files', async () => {
    const run = await runAction('perf-baseline-compare', { inputs: inputs(slower) });
    try {
      expect(run.code).toBe(1);
      expect(run.outputs.verdict).toBe('fail');
      expect(JSON.parse(run.outputs.regressions!)).toEqual(['latency_p95_read']);
      expect(Number(run.outputs['max-drift'])).toBeGreaterThan(20);
      expect(run.errors.join('\n')).toMatch(/driftgate: Regression beyond tolerance: latency_p95_read \+\d+%/);
      const report = JSON.parse(readFileSync(run.outputs['report-path']!, 'utf8'));
      expect(report).toMatchObject({ schema: 'driftgate.comparison/v1', verdict: 'fail', service: 'checkout' });
      expect(readFileSync(run.outputs['markdown-path']!, 'utf8')).toBe(run.summary);
      expect(run.summary).toContain('## ❌ driftgate perf-baseline-compare: **fail** for `checkout` (prod)');
      expect(run.summary).toContain('xychart-beta');
      // The token is masked before anything is logged, and never printed.
      expect(run.stdout).toContain('::add-mask::ghs_0123456789abcdef');
      expect(run.stdout.replace('::add-mask::ghs_0123456789abcdef', '')).not.toContain('ghs_0123456789abcdef');
      expect(run.stdout).toContain('Artifact upload skipped: not running on a GitHub Actions runner');
    } finally {
      await run.cleanup();
    }
  });

  it("a recording keeps its candidate version: the run's commit SHA does not replace it", async () => {
    const run = await runAction('perf-baseline-compare', {
      inputs: { service: 'checkout-api', 'metrics-file': join(REPO_ROOT, 'packages/cli/demo/compare-recording.json') },
    });
    try {
      expect(run.code, run.stdout).not.toBe(2);
      const report = JSON.parse(readFileSync(run.outputs['report-path']!, 'utf8'));
      expect(report.candidate.version).toBe('v1.42.0');
      expect(report.baseline.version).toBe('v1.41.0');
      expect(run.stdout).not.toContain('0123456789abcdef0123456789abcdef01234567 ');
      expect(JSON.stringify(report)).not.toMatch(/"version":"0123456789abcdef/);
    } finally {
      await run.cleanup();
    }
  });

  it('both windows and no version compare by window (the commit SHA is no label value of that data)', async () => {
    const run = await runAction('perf-baseline-compare', {
      inputs: {
        service: same.service,
        'prometheus-url': prom.url,
        'baseline-window': same.baselineWindow,
        'candidate-window': same.candidateWindow,
      },
    });
    try {
      const report = JSON.parse(readFileSync(run.outputs['report-path']!, 'utf8'));
      expect(report.baseline.resolvedFrom).toBe('by window (no version label)');
      expect(report.candidate.version).not.toMatch(/^0123456789abcdef/);
      expect(run.summary).not.toContain('0123456789abcdef0123456789abcdef01234567');
    } finally {
      await run.cleanup();
    }
  });

  it('passes an unchanged release', async () => {
    const run = await runAction('perf-baseline-compare', { inputs: inputs(same) });
    try {
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.outputs).toMatchObject({ verdict: 'pass', regressions: '[]' });
      expect(run.errors).toEqual([]);
    } finally {
      await run.cleanup();
    }
  });

  it('turns a regression covered by a proven CAB waiver (the output of cab-waiver-check) into waived, and nothing else', async () => {
    const P = '.github/perf-waivers/CAB-1234.yml';
    // Each run: a checkout holding the committed waiver file, and a GitHub that proves its approval by alice.
    const proven = async (over: Record<string, unknown>) => {
      const ws = mkdtempSync(join(tmpdir(), 'driftgate-ws-'));
      const text = waiverYaml({ service: 'checkout', max_drift: '60%', ...over });
      writeTree(ws, { [P]: text });
      const state = defaultState();
      approvedFile(state, P, text, { pr: 12, commit: 'c'.repeat(40) });
      const gh = await startWaiverGitHub(state);
      const pointer = JSON.stringify([{ ...waiverJson(over), source: { kind: 'file', ref: P } }]);
      const run = await runAction('perf-baseline-compare', {
        cwd: ws,
        inputs: inputs(slower, { waiver: pointer, 'cab-team': 'acme/cab' }),
        env: { GITHUB_API_URL: gh.url, GITHUB_SHA: RUN_SHA },
      });
      await gh.close();
      return run;
    };
    const covered = await proven({});
    const expired = await proven({ expires: '2020-01-01T00:00:00Z' });
    const tooSmall = await proven({ max_drift: '5%' });
    try {
      expect(covered.code, covered.stdout).toBe(0);
      expect(covered.outputs.verdict).toBe('waived');
      expect(covered.outputs.regressions).toBe('[]');
      const report = JSON.parse(readFileSync(covered.outputs['report-path']!, 'utf8'));
      expect(report.metrics.find((m: { id: string }) => m.id === 'latency_p95_read')).toMatchObject({
        verdict: 'waived',
        waiver: { id: 'CAB-1234', approvedBy: ['alice'], expires: '2026-12-31T23:59:59Z' },
      });
      expect(covered.summary).toContain('CAB-1234, approved by alice');
      expect(covered.stdout).toMatch(/CAB-1234: approved — merged PR #12/);
      expect(expired.code).toBe(1);
      expect(expired.outputs.verdict).toBe('fail');
      expect(JSON.parse(readFileSync(expired.outputs['report-path']!, 'utf8')).metrics[0].notes.join()).toMatch(
        /waiver CAB-1234 not applied: expired at 2020-01-01T00:00:00Z/,
      );
      expect(tooSmall.outputs.verdict).toBe('fail');
    } finally {
      await Promise.all([covered.cleanup(), expired.cleanup(), tooSmall.cleanup()]);
    }
  });

  it('only reports with fail-on-regression: false', async () => {
    const run = await runAction('perf-baseline-compare', { inputs: inputs(slower, { 'fail-on-regression': 'false' }) });
    try {
      expect(run.code).toBe(0);
      expect(run.outputs.verdict).toBe('fail');
      expect(run.warnings.join()).toMatch(/fail-on-regression is false/);
    } finally {
      await run.cleanup();
    }
  });

  it('keeps one sticky comment on a pull request and resolves the baseline from the latest release', async () => {
    const state: FakeGitHubState = {
      tokenKind: 'installation',
      pageSize: 100,
      comments: { 42: [] },
      latestRelease: slower.baselineVersion,
    };
    const github = await startFakeGitHub(state);
    const event = { number: 42, pull_request: { number: 42, head: { sha: 'feedface' } } };
    const run1 = await runAction('perf-baseline-compare', {
      inputs: inputs(slower, { 'baseline-version': '' }),
      env: { GITHUB_API_URL: github.url, GITHUB_EVENT_NAME: 'pull_request' },
      event,
    });
    const run2 = await runAction('perf-baseline-compare', {
      inputs: inputs(slower, { 'baseline-version': '' }),
      env: { GITHUB_API_URL: github.url, GITHUB_EVENT_NAME: 'pull_request' },
      event,
    });
    try {
      expect(run1.outputs.verdict).toBe('fail');
      expect(state.comments[42]).toHaveLength(1);
      const body = state.comments[42]![0]!.body;
      expect(body.startsWith('<!-- driftgate:perf-baseline-compare:checkout:prod -->\n## ❌')).toBe(true);
      expect(github.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/comments'))).toHaveLength(1);
      expect(github.requests.filter((r) => r.method === 'PATCH')).toHaveLength(1);
      expect(github.requests.find((r) => r.path === '/repos/acme/shop/releases/latest')!.headers.authorization).toBe(
        'token ghs_0123456789abcdef',
      );
      const report = JSON.parse(readFileSync(run2.outputs['report-path']!, 'utf8'));
      expect(report.baseline).toMatchObject({ version: 'v1.41.0', resolvedFrom: 'latest GitHub release' });
    } finally {
      await Promise.all([run1.cleanup(), run2.cleanup(), github.close()]);
    }
  });

  it('takes the baseline (version and window) from the baseline store written by post-deploy-verify', async () => {
    const [start, end] = slower.baselineWindow.split('..').map(Number) as [number, number];
    const s3 = await startFakeServer(
      routes({
        'GET /perf-results/daily/baselines/checkout/prod/stable.json': () =>
          json(
            200,
            {
              schema: 'driftgate.baseline/v1',
              service: 'checkout',
              environment: 'prod',
              version: slower.baselineVersion,
              window: { start, end },
              verifiedAt: '2026-11-26T10:00:00Z',
            },
            { etag: '"abc"' },
          ),
      }),
    );
    const run = await runAction('perf-baseline-compare', {
      inputs: inputs(slower, {
        'baseline-version': '',
        'baseline-window': '',
        'baseline-store': 's3://perf-results/daily/',
        'aws-region': 'eu-west-1',
      }),
      env: { AWS_ENDPOINT_URL_S3: s3.url, AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE', AWS_SECRET_ACCESS_KEY: 'secret' },
    });
    try {
      expect(run.stderr.replace(/.*NodeVersionSupportWarning.*\n?/g, '')).not.toMatch(/Error/);
      expect(run.outputs.verdict).toBe('fail');
      const report = JSON.parse(readFileSync(run.outputs['report-path']!, 'utf8'));
      expect(report.baseline.version).toBe('v1.41.0');
      // No evidence object behind the record: the report says plainly that only the record vouches for it.
      expect(report.baseline.resolvedFrom).toMatch(
        /baseline store record s3:\/\/perf-results\/daily\/baselines\/checkout\/prod\/stable\.json alone \(it names no evidence object; its verifiedAt 2026-11-26T10:00:00Z is not proven\)/,
      );
      expect(Date.parse(report.baseline.window.start) / 1000).toBe(start);
      expect(s3.requests[0]!.headers.authorization).toMatch(
        /^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/\d+\/eu-west-1\/s3\/aws4_request/,
      );
    } finally {
      await Promise.all([run.cleanup(), s3.close()]);
    }
  });

  it('warns instead of failing when a fork PR token cannot comment', async () => {
    const github = await startFakeGitHub({ tokenKind: 'installation', pageSize: 100, comments: {}, readOnly: true });
    const run = await runAction('perf-baseline-compare', {
      inputs: inputs(same),
      env: { GITHUB_API_URL: github.url, GITHUB_EVENT_NAME: 'pull_request' },
      event: { number: 404, pull_request: { number: 404 } },
    });
    try {
      expect(run.code).toBe(0);
      expect(run.warnings.join()).toMatch(
        /Could not write the PR comment: Resource not accessible by integration.*fork pull requests get a read-only token/,
      );
      expect(run.outputs.verdict).toBe('pass');
    } finally {
      await Promise.all([run.cleanup(), github.close()]);
    }
  });

  it.each([
    [{ service: '' }, /Input "service" is required but was empty/],
    [{ 'candidate-window': '-2h' }, /Input "candidate-window" is "-2h": expected START\.\.END/],
    [{ 'prometheus-url': 'localhost:9090' }, /prometheus-url.*localhost:9090/],
    [
      { method: 'bayes' },
      /Input "method" is "bayes": expected one of drift-interval, mean-threshold, mann-whitney, newey-west/,
    ],
    [
      { config: 'driftgate.yml' },
      /driftgate\.yml: metrics\.latency_p59_read is not a built-in metric \(did you mean "latency_p95_read"\?\)/,
    ],
  ])('rejects bad input %j with one clear error', async (extra, message) => {
    const workspace = mkdtempSync(join(tmpdir(), 'dg-ws-'));
    writeFileSync(join(workspace, 'driftgate.yml'), 'metrics:\n  latency_p59_read: { tolerance: 5% }\n');
    const run = await runAction('perf-baseline-compare', {
      inputs: inputs(same, extra as Record<string, string>),
      cwd: workspace,
    });
    try {
      expect(run.code).toBe(1);
      expect(run.errors).toHaveLength(1);
      expect(run.errors[0]).toMatch(message);
    } finally {
      await run.cleanup();
    }
  });
});
