/**
 * Issue 23 through the bundled driftgate command: the CLI-only weak cases get one clear error before any work
 * (--now tomorrow, --output over the config, sns-api-url with credentials), and a prometheus-url ?token= never
 * reaches stdout or stderr. Build first: `npx tsc -b && node scripts/bundle.mjs`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT, startFakeServer } from '@driftgate/testkit';
import { describe, expect, it } from 'vitest';

const CLI = join(REPO_ROOT, 'packages/cli/dist/index.js');

function driftgate(args: string[], cwd = mkdtempSync(join(tmpdir(), 'dg-cli-hard-'))) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '' },
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, cwd };
}

/** Asynchronously: the test's loopback server must answer while the CLI runs. */
function run(cmd: string, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(cmd, args, {
    cwd: mkdtempSync(join(tmpdir(), 'dg-cli-hard-')),
    env: { PATH: process.env.PATH ?? '' },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  return new Promise((res) => child.on('close', (code) => res({ code, stdout, stderr })));
}

const TOPICS = [
  '--sns-critical-topic-arn',
  'arn:aws:sns:us-east-1:123456789012:critical',
  '--sns-warning-topic-arn',
  'arn:aws:sns:us-east-1:123456789012:warning',
];

describe('driftgate CLI: issue 23', () => {
  it('--now tomorrow is refused, not ignored', () => {
    const r = driftgate(['rules', '--service', 'checkout', '--baseline-version', 'v1', '--now', 'tomorrow']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--now is "tomorrow": expected RFC 3339/);
  });

  it('--output naming the config file is refused before anything is written', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'dg-cli-hard-'));
    writeFileSync(join(cwd, 'driftgate.yml'), 'tolerance: 10%\n');
    const r = driftgate(['alertmanager', ...TOPICS, '--config', 'driftgate.yml', '--output', './driftgate.yml'], cwd);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--output is "\.\/driftgate\.yml", the same file as input (--config|"config")/);
    expect(readFileSync(join(cwd, 'driftgate.yml'), 'utf8')).toBe('tolerance: 10%\n');
  });

  it('an sns-api-url with credentials is refused: they would be copied into the Alertmanager config', () => {
    const r = driftgate(['alertmanager', ...TOPICS, '--sns-api-url', 'https://bot:sns-pass-99@sns.example.com/']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--sns-api-url holds a user and password/);
    expect(r.stdout + r.stderr).not.toContain('sns-pass-99');
  });

  it('a prometheus-url ?token= never reaches stdout or stderr, even when the server echoes it', async () => {
    const echo = await startFakeServer((req) => ({
      status: 503,
      headers: { 'content-type': 'text/plain' },
      body: `upstream refused ${req.url.pathname}${req.url.search}`,
    }));
    try {
      const r = await run(process.execPath, [
        CLI,
        'compare',
        '--prometheus-url',
        `${echo.url}/?token=tok_93ab17f0c2`,
        '--service',
        'checkout',
        '--baseline-version',
        'v1',
        '--candidate-version',
        'v2',
        '--baseline-window',
        '1764000000..1764003600',
        '--candidate-window',
        '1764003600..1764007200',
        '--timeout',
        '3s',
        '--verbose',
      ]);
      expect(echo.requests.length).toBeGreaterThan(0);
      expect(echo.requests[0]?.url.searchParams.get('token')).toBe('tok_93ab17f0c2');
      expect(r.stdout + r.stderr).not.toContain('tok_93ab17f0c2');
    } finally {
      await echo.close();
    }
  }, 30_000);
});
