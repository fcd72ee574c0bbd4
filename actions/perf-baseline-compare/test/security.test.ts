/**
 * Issue 13: perf-baseline-compare as a hostile or careless user runs it (bundled, as the runner runs it, against a
 * real Prometheus and loopback fakes): forged waivers, ambiguous tolerances, leaked credentials, workflow-command
 * and Markdown injection.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  fixturesOpenMetrics,
  type PrometheusServer,
  releaseFixture,
  runAction,
  startFakeServer,
  startPrometheus,
} from '@driftgate/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  approvedFile,
  defaultState,
  startFakeGitHub as startWaiverGitHub,
  waiverYaml,
  writeTree,
} from '../../../packages/shared/test/waiver/fixtures.js';

const slower = releaseFixture({ service: 'checkout', effect: { latency: { read: 1.3 } } });

let prom: PrometheusServer;
beforeAll(async () => {
  prom = await startPrometheus({ openMetrics: fixturesOpenMetrics([slower]) });
});
afterAll(async () => prom?.stop());

const TOKEN = 'ghs_0123456789abcdef';
const inputs = (extra: Record<string, string> = {}) => ({
  service: slower.service,
  'prometheus-url': prom.url,
  'baseline-version': slower.baselineVersion,
  'candidate-version': slower.candidateVersion,
  'baseline-window': slower.baselineWindow,
  'candidate-window': slower.candidateWindow,
  'github-token': TOKEN,
  ...extra,
});

/** The issue's hand-written waiver: every metric, up to 1000%, "approved by anyone". */
const FORGED = JSON.stringify([
  {
    id: 'CAB-9999',
    service: 'checkout',
    environment: 'prod',
    metrics: ['*'],
    max_drift: 10,
    expires: '2099-01-01T00:00:00Z',
    approved_by: ['anyone'],
    reason: 'trust me',
  },
]);

describe('forged waivers (issue 13, item 1)', () => {
  it('refuses a waiver input without cab-team before any query: it cannot be proven', async () => {
    const run = await runAction('perf-baseline-compare', { inputs: inputs({ waiver: FORGED }) });
    try {
      expect(run.code).toBe(1);
      expect(run.outputs.verdict).toBeUndefined();
      expect(run.errors.join('\n')).toMatch(/Input "waiver" is set but there is no way to prove it here.*cab-team/);
      expect(run.summary).not.toMatch(/approved by anyone/);
    } finally {
      await run.cleanup();
    }
  });

  it('never applies, nor shows as approved, a hand-written waiver even with cab-team and a token', async () => {
    const gh = await startWaiverGitHub(defaultState());
    const run = await runAction('perf-baseline-compare', {
      inputs: inputs({ waiver: FORGED, 'cab-team': 'acme/cab' }),
      env: { GITHUB_API_URL: gh.url },
    });
    try {
      expect(run.code).toBe(1);
      expect(run.outputs.verdict).toBe('fail');
      expect(run.summary).not.toMatch(/approved by anyone/);
      expect(run.summary).not.toMatch(/waived/i);
      const report = JSON.parse(readFileSync(run.outputs['report-path']!, 'utf8'));
      expect(report.waivers).toEqual([]);
      expect(report.metrics[0].notes.join()).toMatch(
        /waiver CAB-9999 not applied: it has no source that can be re-checked \(a hand-written or edited waiver\)/,
      );
    } finally {
      await Promise.all([run.cleanup(), gh.close()]);
    }
  });

  it('a waiver pointing at a proven file is re-read from the file: forged approvers and max_drift change nothing', async () => {
    const P = '.github/perf-waivers/CAB-1234.yml';
    const ws = mkdtempSync(join(tmpdir(), 'driftgate-ws-'));
    const text = waiverYaml({ service: 'checkout', max_drift: '5%' });
    writeTree(ws, { [P]: text });
    const state = defaultState();
    approvedFile(state, P, text, { pr: 12, commit: 'c'.repeat(40) });
    const gh = await startWaiverGitHub(state);
    const widened = JSON.stringify([
      { ...JSON.parse(FORGED)[0], id: 'CAB-1234', source: { kind: 'file', ref: P, verification: 'trust me' } },
    ]);
    const run = await runAction('perf-baseline-compare', {
      cwd: ws,
      inputs: inputs({ waiver: widened, 'cab-team': 'acme/cab' }),
      env: { GITHUB_API_URL: gh.url },
    });
    try {
      expect(run.outputs.verdict).toBe('fail');
      expect(run.summary).not.toMatch(/approved by anyone/);
      const report = JSON.parse(readFileSync(run.outputs['report-path']!, 'utf8'));
      expect(report.metrics[0].notes.join()).toMatch(
        /waiver CAB-1234 not applied: drift \+?\d+\.\d% is above max_drift 5\.0%/,
      );
    } finally {
      await Promise.all([run.cleanup(), gh.close()]);
    }
  });
});

/** The text of ::error:: / ::warning:: commands, decoded as the runner decodes them. */
const decoded = (lines: string[]) =>
  lines.map((l) => l.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')).join('\n');

/** Everything a run shows: stdout without the ::add-mask:: registrations, stderr, the summary and report files. */
function shown(run: Awaited<ReturnType<typeof runAction>>): string {
  const files = ['report-path', 'markdown-path']
    .map((k) => run.outputs[k])
    .filter((p): p is string => !!p)
    .map((p) => readFileSync(p, 'utf8'));
  return [run.stdout.replace(/^::add-mask::.*$/gm, ''), run.stderr, run.summary, ...files].join('\n');
}

describe('tolerance (issue 13, item 2)', () => {
  it('refuses tolerance: 10 (it read as 1000%) naming the input and the fix', async () => {
    const run = await runAction('perf-baseline-compare', { inputs: inputs({ tolerance: '10' }) });
    try {
      expect(run.code).toBe(1);
      expect(run.outputs.verdict).toBeUndefined();
      expect(decoded(run.errors)).toMatch(/Input "tolerance" is "10": a bare number of 1 or more is ambiguous.*"10%"/);
    } finally {
      await run.cleanup();
    }
  });

  it('refuses tolerance: 10 in the config file too, and warns on a tolerance above 100%', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'driftgate-ws-'));
    writeTree(ws, {
      '.github/driftgate.yml': 'version: 1\ntolerance: 10\n',
      'wide.yml': 'version: 1\ntolerance: 150%\n',
    });
    const bare = await runAction('perf-baseline-compare', { cwd: ws, inputs: inputs() });
    const wide = await runAction('perf-baseline-compare', { cwd: ws, inputs: inputs({ config: 'wide.yml' }) });
    try {
      expect(bare.code).toBe(1);
      expect(decoded(bare.errors)).toMatch(/driftgate\.yml: tolerance is 10: a bare number of 1 or more is ambiguous/);
      expect(decoded(wide.warnings)).toMatch(
        /tolerance 150%: above 100%, a metric can more than double and still pass/,
      );
    } finally {
      await Promise.all([bare.cleanup(), wide.cleanup()]);
    }
  });
});

describe('secrets (issue 13, item 5)', () => {
  it('redacts URL user and password, every header value and its base64 form, from log, error, summary and reports', async () => {
    // A misbehaving server that echoes the request's credentials in its error.
    const echo = await startFakeServer((req) => ({
      status: 422,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        status: 'error',
        errorType: 'execution',
        error: `denied: Authorization: ${req.headers.authorization}; X-Scope-OrgID: ${req.headers['x-scope-orgid']}; X-Api-Key: ${req.headers['x-api-key']}`,
      }),
    }));
    const url = echo.url.replace('http://', 'http://admin-user:S3cretPW@');
    const run = await runAction('perf-baseline-compare', {
      inputs: inputs({
        'prometheus-url': url,
        'prometheus-headers': 'X-Scope-OrgID: tenant-secret-42\nX-Api-Key: key-7f3a9c',
      }),
    });
    try {
      expect(run.code).toBe(1);
      expect(echo.requests.length).toBeGreaterThan(0);
      const basic = Buffer.from('admin-user:S3cretPW').toString('base64');
      const text = shown(run);
      expect(text).toMatch(/denied: Authorization: \*\*\*/);
      for (const secret of ['S3cretPW', 'admin-user', basic, 'tenant-secret-42', 'key-7f3a9c', TOKEN]) {
        expect(text).not.toContain(secret);
      }
      // ...and the runner is told to mask each form too.
      expect(run.stdout).toContain(`::add-mask::${basic}`);
      expect(run.stdout).toContain('::add-mask::tenant-secret-42');
    } finally {
      await Promise.all([run.cleanup(), echo.close()]);
    }
  });
});

describe('workflow-command and Markdown injection (issue 13, items 6 and 7)', () => {
  it('refuses a service with a line break and a workflow command, and prints nothing of it raw', async () => {
    const run = await runAction('perf-baseline-compare', {
      inputs: inputs({ service: 'svc\n::notice title=x::pwned' }),
    });
    try {
      expect(run.code).toBe(1);
      expect(run.errors.join('\n')).toMatch(/Input "service" contains the control character \\u000a/);
      expect(run.stdout.split('\n').some((l) => l.trimStart().startsWith('::notice'))).toBe(false);
    } finally {
      await run.cleanup();
    }
  });

  it('a backtick in a version cannot break out of its code span in the summary (no image, no link)', async () => {
    const hostile = 'v2`![x](https://evil.example/i.png)<img src=x>';
    const run = await runAction('perf-baseline-compare', {
      inputs: inputs({ 'candidate-version': hostile, 'on-inconclusive': 'pass' }),
    });
    try {
      expect(run.code).toBe(0);
      // The value is shown inside a code span fenced with two backticks, so the backtick inside is literal.
      expect(run.summary).toContain('``v2`![x](https://evil.example/i.png)<img src=x>``');
      const outside = run.summary.replace(/``[^`]*(?:`[^`]+)*``/g, '');
      expect(outside).not.toContain('![x](');
      expect(outside).not.toContain('<img');
    } finally {
      await run.cleanup();
    }
  });
});

describe('weak today, clear now (issue 13)', () => {
  const BOMB = [
    'version: 1',
    'a: &a [x, x, x, x, x, x, x, x, x]',
    'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
    'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
    'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
    'e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]',
    'f: [*e, *e, *e, *e, *e, *e, *e, *e, *e]',
  ].join('\n');

  it.each([
    ['a YAML alias bomb', { config: 'bomb.yml' }, /bomb\.yml: its YAML aliases expand too far .*alias bomb is refused/],
    [
      'a config path such as /etc/passwd',
      { config: '/etc/passwd' },
      /Input "config" is "\/etc\/passwd": not a driftgate config/,
    ],
    [
      'an output-dir that is a file',
      { 'output-dir': 'a-file' },
      /Input "output-dir" is "a-file": it is a file, not a directory/,
    ],
    [
      'an output-dir under /proc (a recursive mkdir there spins forever)',
      { 'output-dir': '/proc/driftgate-x' },
      /Input "output-dir" is "\/proc\/driftgate-x": it is under \/proc, a kernel file system/,
    ],
    [
      'a 400-day window',
      { 'candidate-window': '-400d..now' },
      /Input "candidate-window" is "-400d\.\.now": it spans 400 days .* at most 31 days/,
    ],
  ])('%s: one clear error naming the input, before any query', async (_what, extra, message) => {
    const ws = mkdtempSync(join(tmpdir(), 'driftgate-ws-'));
    writeTree(ws, { 'bomb.yml': BOMB, 'a-file': 'x' });
    const run = await runAction('perf-baseline-compare', { cwd: ws, inputs: inputs(extra as Record<string, string>) });
    try {
      expect(run.code).toBe(1);
      expect(run.outputs.verdict).toBeUndefined();
      expect(decoded(run.errors)).toMatch(message);
      expect(run.errors).toHaveLength(1);
      expect(run.stdout + run.stderr).not.toMatch(/root:|ReferenceError|EEXIST/);
      expect(run.stdout).not.toMatch(/Querying \d+ metrics/);
    } finally {
      await run.cleanup();
    }
  });

  it('on-inconclusive: pass turns a no-data run green only with a warning annotation', async () => {
    const run = await runAction('perf-baseline-compare', {
      inputs: inputs({ 'candidate-version': 'v9.9.9-no-data', 'on-inconclusive': 'pass' }),
    });
    try {
      expect(run.code).toBe(0);
      expect(run.outputs.verdict).toBe('inconclusive');
      expect(decoded(run.warnings)).toMatch(/on-inconclusive: pass; this step passes WITHOUT a verdict/);
      // The "not enough data" headline names the real cause, not the scrape-interval note.
      const headline = JSON.parse(readFileSync(run.outputs['report-path']!, 'utf8')).headline as string;
      // (a reason shared by every metric is stated once, after the list)
      expect(headline).toMatch(/^Inconclusive: not enough data to judge latency_p95_read[\w, ]* \(no candidate data\)/);
      expect(headline).not.toMatch(/samples every|scrape interval/);
    } finally {
      await run.cleanup();
    }
  });

  it('refuses a comparison input whose overall verdict contradicts its metrics', async () => {
    const first = await runAction('perf-baseline-compare', { inputs: inputs({ 'fail-on-regression': 'false' }) });
    const ws = mkdtempSync(join(tmpdir(), 'driftgate-ws-'));
    const c = JSON.parse(readFileSync(first.outputs['report-path']!, 'utf8'));
    expect(c.verdict).toBe('fail');
    writeTree(ws, { 'edited.json': JSON.stringify({ ...c, verdict: 'pass', regressions: [] }) });
    const run = await runAction('perf-baseline-compare', {
      cwd: ws,
      inputs: { service: 'checkout', comparison: 'edited.json' },
    });
    try {
      expect(run.code).toBe(1);
      expect(decoded(run.errors)).toMatch(
        /Input "comparison" is "edited\.json": its overall verdict "pass" \(regressions \[\]\) contradicts its metrics, which make it "fail"/,
      );
      expect(run.summary).toBe('');
    } finally {
      await Promise.all([first.cleanup(), run.cleanup()]);
    }
  });

  it('a GitHub API that keeps answering 503 is retried, and the error names the call', async () => {
    const gh = await startFakeServer(() => ({ status: 503, body: 'upstream down' }));
    const run = await runAction('perf-baseline-compare', {
      inputs: inputs({ 'baseline-version': '' }),
      env: { GITHUB_API_URL: gh.url },
    });
    try {
      expect(run.code).toBe(1);
      expect(gh.requests.filter((r) => r.path === '/repos/acme/shop/releases/latest')).toHaveLength(4);
      expect(decoded(run.errors)).toMatch(
        /GitHub API GET \/repos\/acme\/shop\/releases\/latest answered 503 after 3 retries: upstream down/,
      );
    } finally {
      await Promise.all([run.cleanup(), gh.close()]);
    }
  }, 60_000);
});

describe('a server that hangs (issue 13)', () => {
  it('stops at the overall deadline (input timeout), and the message names that limit', async () => {
    const hang = await startFakeServer(() => ({ status: 200, body: '{}', delayMs: 60_000 }));
    const t0 = Date.now();
    const run = await runAction('perf-baseline-compare', {
      inputs: inputs({ 'prometheus-url': hang.url, timeout: '3s' }),
    });
    try {
      expect(run.code).toBe(1);
      expect(Date.now() - t0).toBeLessThan(20_000);
      expect(decoded(run.errors)).toMatch(
        /The run's overall deadline \(Input "timeout" 3s\) was reached waiting for Prometheus at .*\(each attempt is limited to 20 ?s\)/,
      );
    } finally {
      await Promise.all([run.cleanup(), hang.close()]);
    }
  }, 60_000);

  it('refuses a timeout that is not a duration, naming the input', async () => {
    const run = await runAction('perf-baseline-compare', { inputs: inputs({ timeout: 'forever' }) });
    try {
      expect(run.code).toBe(1);
      expect(decoded(run.errors)).toMatch(/Input "timeout" is "forever": expected a positive duration/);
    } finally {
      await run.cleanup();
    }
  });
});
