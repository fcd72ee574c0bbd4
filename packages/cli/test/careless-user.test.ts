/**
 * A careful and a careless user of the bundled driftgate command (an audit of 2026-12-08): a version flag typed
 * after a gate does not skip it, flags that contradict a recording are said before any query (not "internal
 * error"), no AWS credentials is the user's setup with the fix, --quiet silences a bake's progress, and a bare
 * --max-drift below 1 is not read as a hundredth of what was meant. Build first: `npm run build`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '@driftgate/testkit';
import { describe, expect, it } from 'vitest';

const CLI = join(REPO_ROOT, 'packages/cli/dist/index.js');
const DEMO = join(REPO_ROOT, 'packages/cli/demo');
const RECORDING = join(DEMO, 'compare-recording.json');

function driftgate(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: mkdtempSync(join(tmpdir(), 'dg-cli-careless-')),
    env: { PATH: process.env.PATH ?? '', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('a version flag after a command', () => {
  it.each([['-V'], ['--version']])('compare ... %s does not print the version and pass a failing gate', (flag) => {
    const r = driftgate(['compare', '--metrics-file', RECORDING, '--quiet', flag]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`driftgate compare: ${flag} is not a flag of compare`);
    expect(r.stderr).toContain('driftgate --version');
  });

  it('on its own it still prints the version', () => {
    const r = driftgate(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('flags that contradict the recording', () => {
  it.each([
    [['--service', 'other'], /--service is "other", but the recording .* was made for "checkout-api": drop --service/],
    [['--baseline-version', 'v9'], /--baseline-version is "v9", but the recording .* was made for "v1\.41\.0"/],
    [['--environment', 'staging'], /--environment is "staging", but the recording .* was made for "prod"/],
    [
      ['--candidate-window', '-1h..now'],
      /--candidate-window is "-1h\.\.now" \(.*\), but the recording .* holds 2026-11-27T09:00:00Z \.\. 2026-11-27T10:00:00Z/,
    ],
  ])('%j: one usage error naming both values, before any query', (flags, message) => {
    const r = driftgate(['compare', '--metrics-file', RECORDING, ...flags]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/internal error|has no recorded answer/);
  });

  it('the same values as the recording are no contradiction', () => {
    const r = driftgate(['compare', '--metrics-file', RECORDING, '--service', 'checkout-api', '--quiet']);
    expect(r.code).toBe(1); // the demo's read-latency regression
  });

  it("a recording of another command's queries: what it lacks and how to fix it, not an internal error", () => {
    const r = driftgate(['compare', '--metrics-file', join(DEMO, 'bake-recording.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/has no recorded answer for the range/);
    expect(r.stderr).toMatch(/record again/);
    expect(r.stderr).not.toMatch(/internal error/);
  });
});

describe('no AWS credentials', () => {
  const NONE = {
    AWS_CONFIG_FILE: '/nonexistent/config',
    AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/credentials',
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_REGION: 'us-east-1',
  };

  it('kpis on S3: the setup with its fix, no SDK warning, not an internal error', () => {
    const r = driftgate(['kpis', '--evidence-uri', 's3://driftgate-test-bucket/evidence/'], NONE);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^driftgate kpis: No AWS credentials found \(.*\)\. In GitHub Actions, add an/);
    expect(r.stderr).toContain('AWS_PROFILE');
    expect(r.stderr).not.toMatch(/internal error|NodeVersionSupportWarning/);
  });
});

describe('--quiet', () => {
  it("silences a bake's progress lines, keeps its warnings", () => {
    const args = ['verify', '--metrics-file', join(DEMO, 'bake-recording.json'), '--rollback', 'dry-run'];
    const loud = driftgate([...args, '--fail-on', 'none']);
    expect(loud.stderr).toMatch(/^Baking /m);
    const quiet = driftgate([...args, '--fail-on', 'none', '--quiet']);
    expect(quiet.code).toBe(0);
    expect(quiet.stdout).toBe('');
    expect(quiet.stderr).not.toMatch(/^Baking |^\+\d+m /m);
    expect(quiet.stderr).toMatch(/^warning: /m);
  });
});

describe('waiver --max-drift', () => {
  const waiver = (drift: string) =>
    driftgate([
      'waiver',
      '--regressions',
      '["latency_p95_read"]',
      '--max-drift',
      drift,
      '--service',
      's',
      '--candidate-version',
      'v',
    ]);

  it('a bare number below 1 is refused as ambiguous, with both readings', () => {
    const r = waiver('0.314');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--max-drift is "0\.314": a bare number below 1 is ambiguous \(0\.314% or 31\.4%\?\)/);
  });

  it('the compare output (31.4) and an explicit percent (0.314%) are read as written', () => {
    expect(waiver('31.4').stderr).not.toMatch(/ambiguous/);
    expect(waiver('0.314%').stderr).not.toMatch(/ambiguous/);
  });
});

describe('--help', () => {
  it("shows a default stated as 'Default: …' and, on every command, that -v works after it", () => {
    const kpis = driftgate(['help', 'kpis']);
    expect(kpis.stdout.replace(/\s+/g, ' ')).toContain(
      '--month <YYYY-MM> The month to report (UTC). (default the previous month)',
    );
    for (const command of ['compare', 'verify', 'rules', 'waiver']) {
      expect(driftgate(['help', command]).stdout).toContain('With -v (--verbose), before or after the command');
    }
  });
});

describe('record', () => {
  it("from a recording: the file's service, versions and windows, and the copy judges as the original", () => {
    const out = join(mkdtempSync(join(tmpdir(), 'dg-cli-careless-')), 'copy.json');
    const r = driftgate(['record', '--metrics-file', RECORDING, '--output', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Recorded 37 queries/);
    expect(driftgate(['compare', '--metrics-file', out, '--quiet']).code).toBe(1);
  });

  it('takes the candidate version from $GITHUB_SHA like compare (a live source)', () => {
    const r = driftgate(
      [
        'record',
        '--service',
        'x',
        '--prometheus-url',
        'http://127.0.0.1:1',
        '--baseline-version',
        'a',
        '--output',
        'r.json',
      ],
      { GITHUB_SHA: 'abc123' },
    );
    expect(r.stderr).not.toMatch(/candidate-version/);
    expect(r.stderr).toMatch(/bad port/); // it went on to the query: the version was there
    expect(r.code).toBe(4);
  });
});

describe('waiver without a comparison', () => {
  it('names every missing flag in one run, not one per run', () => {
    const r = driftgate(['waiver', '--regressions', '["latency_p95_read"]']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--max-drift, --service, --candidate-version are missing \(needed without a comparison\)/);
    const none = driftgate(['waiver']);
    expect(none.stderr).toMatch(/pass --comparison \(.*\) or --regressions \+ --max-drift/);
  });
});

describe('errors name flags, not action inputs', () => {
  it('config, rollback, publish and aws-region mistakes say --flag, never the step YAML', () => {
    const config = driftgate(['compare', '--config', '/nope.yml', '--metrics-file', RECORDING]);
    expect(config.stderr).toMatch(/^driftgate compare: --config is "\/nope\.yml": no such file .*give no config/);
    const rollback = driftgate(['verify', '--metrics-file', join(DEMO, 'bake-recording.json'), '--rollback', 'auto']);
    expect(rollback.stderr).toMatch(/or set --rollback to dry-run or off\.$/m);
    const rules = driftgate(['rules', '--metrics-file', RECORDING, '--publish', 'file']);
    expect(rules.stderr).toMatch(/--output is required when --publish is file/);
    const amp = driftgate([
      'compare',
      '--service',
      'x',
      '--amp-workspace-id',
      'ws-12345678-abcd-1234-abcd-123456789012',
      '--baseline-version',
      'a',
      '--candidate-version',
      'b',
    ]);
    expect(amp.stderr).toMatch(/--aws-region is not set: .* Set --aws-region to your region/);
    for (const r of [config, rollback, rules, amp]) {
      expect(r.code).toBe(2);
      expect(r.stderr).not.toMatch(/Input "|`[a-z-]+: |leave config empty|publish: file/);
    }
  });
});

describe('every error line names where it came from', () => {
  it('an unknown option before the command and an unknown word in a group say driftgate, as a command does', () => {
    expect(driftgate(['-x']).stderr.trim()).toBe("driftgate: unknown option '-x'");
    expect(driftgate(['audit', 'frob']).stderr.trim()).toBe("driftgate audit: unknown command 'frob'");
  });
});
