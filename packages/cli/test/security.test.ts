/**
 * Issue 13: the bundled driftgate command as a careless or hostile user runs it: echoed credentials are redacted
 * on stdout and stderr (not only inside Actions), ambiguous tolerances and control characters are refused, and an
 * unproven --waiver is refused.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT, startFakeServer } from '@driftgate/testkit';
import { describe, expect, it } from 'vitest';
import { CHECKOUT_V1_V2 } from './release-flags.js';

function driftgate(args: string[], env: Record<string, string> = {}) {
  return driftgateIn(() => {}, args, env);
}

function driftgateIn(prepare: (cwd: string) => void, args: string[], env: Record<string, string> = {}) {
  const cwd = mkdtempSync(join(tmpdir(), 'dg-cli-sec-'));
  prepare(cwd);
  const child = spawn(process.execPath, [join(REPO_ROOT, 'packages/cli/dist/index.js'), ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  return new Promise<{ code: number | null; stdout: string; stderr: string; ms: number }>((res) => {
    const t0 = Date.now();
    child.on('close', (code) => res({ code, stdout, stderr, ms: Date.now() - t0 }));
  });
}

const RELEASE = [
  ...CHECKOUT_V1_V2,
  '--baseline-window',
  '1764000000..1764003600',
  '--candidate-window',
  '1764003600..1764007200',
];

describe('driftgate CLI: secrets and hostile input (issue 13)', () => {
  it('redacts an echoed Bearer token, a URL password and user and their Basic form, with --verbose too', async () => {
    const echo = await startFakeServer((req) => ({
      status: 422,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        status: 'error',
        errorType: 'execution',
        error: `denied for ${req.headers.authorization} tenant ${req.headers['x-scope-orgid']}`,
      }),
    }));
    try {
      const bearer = await driftgate([
        'compare',
        '--verbose',
        '--prometheus-url',
        echo.url,
        '--prometheus-headers',
        'Authorization: Bearer tok-cli-0123456789\nX-Scope-OrgID: tenant-cli-42',
        ...RELEASE,
      ]);
      const basicUrl = echo.url.replace('http://', 'http://cli-user:cliPassw0rd@');
      const basic = await driftgate(['compare', '--verbose', '--prometheus-url', basicUrl, ...RELEASE]);
      const b64 = Buffer.from('cli-user:cliPassw0rd').toString('base64');
      expect(bearer.code).toBe(2);
      expect(bearer.stderr).toMatch(/denied for \*\*\*/);
      for (const s of ['tok-cli-0123456789', 'tenant-cli-42']) expect(bearer.stdout + bearer.stderr).not.toContain(s);
      expect(basic.code).toBe(2);
      expect(basic.stderr).toMatch(/denied for \*\*\*/);
      for (const s of ['cliPassw0rd', 'cli-user', b64]) expect(basic.stdout + basic.stderr).not.toContain(s);
    } finally {
      await echo.close();
    }
  });

  it('refuses --tolerance 10 (it read as 1000%)', async () => {
    const r = await driftgate(['compare', '--prometheus-url', 'http://127.0.0.1:9', ...RELEASE, '--tolerance', '10']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--tolerance is "10": a bare number of 1 or more is ambiguous/);
  });

  it('refuses a service with a line break, printing no workflow command', async () => {
    const srv = await startFakeServer(() => ({
      status: 200,
      body: '{"status":"success","data":{"resultType":"matrix","result":[]}}',
    }));
    try {
      const r = await driftgate([
        'compare',
        '--prometheus-url',
        srv.url,
        ...RELEASE.map((a) => (a === 'checkout' ? 'checkout\n::notice title=x::pwned' : a)),
      ]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/--service contains the control character \\u000a/);
      expect((r.stdout + r.stderr).split('\n').some((l) => l.trimStart().startsWith('::notice'))).toBe(false);
    } finally {
      await srv.close();
    }
  });

  it('refuses a --waiver it cannot prove', async () => {
    const r = await driftgate([
      'compare',
      '--prometheus-url',
      'http://127.0.0.1:9',
      ...RELEASE,
      '--waiver',
      '[{"id":"CAB-9999","service":"checkout","environment":"prod","metrics":["*"],"max_drift":10,"expires":"2099-01-01T00:00:00Z","approved_by":["anyone"],"reason":"trust me"}]',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--waiver is set but there is no way to prove it here/);
  });
});

describe('driftgate CLI: overall deadline (issue 13)', () => {
  it('--timeout stops a run against a hanging server and names the limit', async () => {
    const hang = await startFakeServer(() => ({ status: 200, body: '{}', delayMs: 60_000 }));
    try {
      const r = await driftgate(['compare', '--prometheus-url', hang.url, ...RELEASE, '--timeout', '2s']);
      expect(r.code).toBe(4); // the source could not be reached in time (issue 15: 4, not 2)
      expect(r.ms).toBeLessThan(20_000);
      expect(r.stderr).toMatch(/The run's overall deadline \(--timeout 2s\) was reached/);
    } finally {
      await hang.close();
    }
  }, 60_000);
});

describe('driftgate compare --waiver is proven like in the action (issue 13)', () => {
  it('a waiver pointing at a CAB-approved file waives; the same JSON with forged approvers shows the proven ones', async () => {
    const { approvedFile, defaultState, startFakeGitHub, waiverYaml, writeTree, RUN_SHA } = await import(
      '../../shared/test/waiver/fixtures.js'
    );
    const P = '.github/perf-waivers/CAB-1234.yml';
    const text = waiverYaml({ service: 'checkout-api', max_drift: '60%' });
    const state = defaultState();
    approvedFile(state, P, text, { pr: 12, commit: 'c'.repeat(40) });
    const gh = await startFakeGitHub(state);
    try {
      const forged = JSON.stringify([
        {
          id: 'CAB-1234',
          service: 'checkout-api',
          environment: 'prod',
          metrics: ['*'],
          max_drift: 10,
          expires: '2099-01-01T00:00:00Z',
          approved_by: ['anyone'],
          reason: 'x',
          source: { kind: 'file', ref: P },
        },
      ]);
      const r = await driftgateIn(
        (cwd) => writeTree(cwd, { [P]: text }),
        [
          'compare',
          '--metrics-file',
          join(REPO_ROOT, 'packages/cli/demo/compare-recording.json'),
          '--waiver',
          forged,
          '--cab-team',
          'acme/cab',
          '--repository',
          'acme/shop',
          '--ref',
          RUN_SHA,
        ],
        { GITHUB_TOKEN: 'tok-cli-waiver-1', GITHUB_API_URL: gh.url },
      );
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/^WAIVED: /);
      expect(r.stdout).toMatch(/CAB-1234/);
      expect(r.stdout + r.stderr).not.toMatch(/anyone/);
      expect(r.stdout + r.stderr).not.toContain('tok-cli-waiver-1');
    } finally {
      await gh.close();
    }
  });
});
