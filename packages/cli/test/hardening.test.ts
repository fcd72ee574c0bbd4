/**
 * Issue 23 through the bundled driftgate command: the CLI-only weak cases get one clear error before any work
 * (--now tomorrow, --output over the config, sns-api-url with credentials), and a prometheus-url ?token= never
 * reaches stdout or stderr. Build first: `npx tsc -b && node scripts/bundle.mjs`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT, startFakeServer } from '@driftgate/testkit';
import { describe, expect, it } from 'vitest';
import { CHECKOUT_V1_V2 } from './release-flags.js';

const CLI = join(REPO_ROOT, 'packages/cli/dist/index.js');

function driftgate(
  args: string[],
  cwd = mkdtempSync(join(tmpdir(), 'dg-cli-hard-')),
  env: Record<string, string> = {},
) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', ...env },
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
        ...CHECKOUT_V1_V2,
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

describe('driftgate CLI: issue 23, the last weak cases', () => {
  it('a flag where a value was expected (--tolerance --service x) names the flag and its value, not "too many arguments"', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'dg-cli-hard-'));
    const r = driftgate(['compare', '--tolerance', '--service', 'checkout', '--output-dir', 'out'], cwd);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(/too many arguments/);
    expect(r.stderr.trim()).toBe(
      'driftgate compare: --tolerance needs a value (PERCENT, such as 10%), but the next word is --service, which is a flag. ' +
        'Give the value right after --tolerance, or write --tolerance=VALUE for a value that begins with "-".',
    );
    // Before any work: nothing written.
    expect(readdirSync(cwd)).toEqual([]);
    // Every flag that takes a value, in every command (a two-word one too), and the --flag=VALUE form still works.
    expect(driftgate(['rules', '--baseline-version', '--service', 'checkout']).stderr).toMatch(
      /^driftgate rules: --baseline-version needs a value \(VERSION\), but the next word is --service, which is a flag\./,
    );
    expect(driftgate(['audit', 'verify', '--output', '-v']).stderr).toMatch(
      /^driftgate audit verify: --output needs a value \(FILE\), but the next word is -v, which is a flag\./,
    );
    expect(driftgate(['compare', '--service', 'checkout', '--tolerance=--5']).stderr).toMatch(
      /--tolerance is "--5": expected a percentage/,
    );
  });

  it("a word taken as a secret flag's value is never quoted unless it is one of the flags", () => {
    const r = driftgate(['compare', '--github-token', '--ghp-looks-like-a-token', 'x']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /--github-token needs a value \(TOKEN\), but the next word begins with "-" and is read as a flag/,
    );
    expect(r.stderr).not.toContain('ghp-looks-like-a-token');
  });

  it('a malformed $DRIFTGATE_PROMETHEUS_HEADERS is named as the variable, never the flag, and no header value is quoted', () => {
    for (const headers of [
      'Authorization: Bearer tok-SECRET-1\nX-Scope-OrgID tenant-SECRET-2',
      '{"Authorization": "Bearer tok-SECRET-1", "X-Scope-OrgID": tenant-SECRET-2}',
    ]) {
      const r = driftgate(
        ['compare', '--prometheus-url', 'http://127.0.0.1:9', '--service', 'checkout', '--candidate-version', 'v2'],
        undefined,
        { DRIFTGATE_PROMETHEUS_HEADERS: headers },
      );
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(
        /^driftgate compare: \$DRIFTGATE_PROMETHEUS_HEADERS (line 2 is not of the form|looks like JSON)/,
      );
      expect(r.stderr).not.toContain('--prometheus-headers');
      expect(r.stderr + r.stdout).not.toMatch(/SECRET/);
    }
    // Given as the flag, the flag is named.
    const flag = driftgate([
      'compare',
      '--prometheus-url',
      'http://127.0.0.1:9',
      '--service',
      'c',
      '--prometheus-headers',
      'tok-SECRET-3',
    ]);
    expect(flag.stderr).toMatch(/^driftgate compare: --prometheus-headers line 1 is not of the form/);
    expect(flag.stderr).not.toMatch(/SECRET/);
  });

  it('a repository without an owner is refused before any work, from --repository or $GITHUB_REPOSITORY', () => {
    const flag = driftgate(['waiver', '--service', 'checkout', '--repository', 'shop', '--regressions', '["x"]']);
    expect(flag.code).toBe(2);
    expect(flag.stderr.trim()).toBe(
      'driftgate waiver: --repository is "shop": it has no owner. Expected owner/name, such as acme/shop.',
    );
    const env = driftgate(['waiver', '--service', 'checkout', '--regressions', '["x"]'], undefined, {
      GITHUB_REPOSITORY: 'shop',
    });
    expect(env.code).toBe(2);
    expect(env.stderr.trim()).toBe(
      'driftgate waiver: $GITHUB_REPOSITORY is "shop": it has no owner. Expected owner/name, such as acme/shop.',
    );
    const compare = driftgate(['compare', '--service', 'checkout', '--repository', 'acme/shop/x']);
    expect(compare.stderr).toMatch(/^driftgate compare: --repository is "acme\/shop\/x": it has more than one "\/"/);
  });
});

describe('driftgate CLI: output paths are checked (and made) before any work', () => {
  const RECORDINGS = join(REPO_ROOT, 'packages/cli/demo');
  /** A workspace with a regular file and a directory in it: unusable output paths even for root. */
  const workspace = () => {
    const cwd = mkdtempSync(join(tmpdir(), 'dg-cli-out-'));
    writeFileSync(join(cwd, 'afile'), 'x');
    mkdirSync(join(cwd, 'adir'));
    return cwd;
  };
  /** With a time limit: before, `--output-dir /proc/x` spun forever at 100% CPU. */
  const bounded = (args: string[], cwd: string) => {
    const r = spawnSync(process.execPath, [CLI, ...args], {
      cwd,
      env: { PATH: process.env.PATH ?? '' },
      encoding: 'utf8',
      timeout: 30_000,
      killSignal: 'SIGKILL',
    });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };

  it('compare --output-dir under /proc: refused in seconds, before the verdict', () => {
    const cwd = workspace();
    const r = bounded(
      ['compare', '--metrics-file', join(RECORDINGS, 'compare-recording.json'), '--output-dir', '/proc/driftgate-x'],
      cwd,
    );
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim()).toBe(
      'driftgate compare: --output-dir is "/proc/driftgate-x": it is under /proc, a kernel file system where no report can be kept. Give a directory you can write to (it is created if missing), or give none for the default.',
    );
  });

  it('verify --output-dir under /proc: refused before the bake decides anything', () => {
    const r = bounded(
      ['verify', '--metrics-file', join(RECORDINGS, 'bake-recording.json'), '--output-dir', '/proc/driftgate-v'],
      workspace(),
    );
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).not.toMatch(/Baking|FIRED/);
    expect(r.stderr).toMatch(/^driftgate verify: --output-dir is "\/proc\/driftgate-v": it is under \/proc/);
  });

  it('demo --output-dir under a file: one error quoting the value as given, before part 1 prints a line', () => {
    const cwd = workspace();
    const r = bounded(['demo', '--output-dir', 'afile/demo'], cwd);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim()).toBe(
      `driftgate demo: --output-dir is "afile/demo": it cannot be created: ${join(cwd, 'afile')} is a file, not a directory. Give a directory you can write to (it is created if missing), or give none for the default.`,
    );
  });

  it('compare --record naming a directory: refused before the queries, no .tmp left behind', () => {
    const cwd = workspace();
    const r = bounded(
      [
        'compare',
        '--metrics-file',
        join(RECORDINGS, 'compare-recording.json'),
        '--record',
        'adir',
        '--output-dir',
        'out',
      ],
      cwd,
    );
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^driftgate compare: --record is "adir": it is a directory; give the path of a file/);
    expect(readdirSync(cwd).sort()).toEqual(['adir', 'afile']);
  });

  it('record --output naming a directory: refused before any query is sent', async () => {
    const prom = await startFakeServer(() => ({ status: 503, body: 'down' }));
    const cwd = workspace();
    try {
      const child = spawn(
        process.execPath,
        [CLI, 'record', '--prometheus-url', prom.url, ...CHECKOUT_V1_V2, '--output', 'adir'],
        { cwd, env: { PATH: process.env.PATH ?? '' } },
      );
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      const code = await new Promise((res) => child.on('close', res));
      expect(code).toBe(2);
      expect(stderr).toMatch(/^driftgate record: --output is "adir": it is a directory; give the path of a file/);
      expect(prom.requests).toHaveLength(0);
      expect(readdirSync(cwd).sort()).toEqual(['adir', 'afile']);
    } finally {
      await prom.close();
    }
  }, 60_000);

  it('dashboards --output-dir under a file: named, nothing written', () => {
    const cwd = workspace();
    const r = bounded(['dashboards', '--output-dir', 'afile/dash'], cwd);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^driftgate dashboards: --output-dir is "afile\/dash": it cannot be created: /);
    expect(readdirSync(cwd).sort()).toEqual(['adir', 'afile']);
  });
});
