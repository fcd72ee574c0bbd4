/**
 * The bundled driftgate command's parsing (commander, options from the input specs), as a shell runs it:
 * values that begin with "-", error text that names flags but never rewrites values, "did you mean", help and
 * version, a closed stdout, and the exit statuses (issue 15).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '@driftgate/testkit';
import { describe, expect, it } from 'vitest';
import { CHECKOUT_V1_V2 } from './release-flags.js';

const CLI = join(REPO_ROOT, 'packages/cli/dist/index.js');
const DEMO = join(REPO_ROOT, 'packages/cli/demo');
const dir = () => mkdtempSync(join(tmpdir(), 'dg-commander-'));

function driftgate(args: string[], cwd = dir()) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('driftgate CLI parsing', () => {
  it('takes a value that begins with "-" (--candidate-window -1h..now, the README example)', () => {
    const r = driftgate([
      'compare',
      '--metrics-file',
      join(DEMO, 'compare-recording.json'),
      '--candidate-window',
      '-1h..now',
    ]);
    expect(r.stderr).not.toMatch(/ambiguous|argument missing/);
    // The recording holds other hours: the window was read (and contradicts the file's).
    expect(r.stderr).toMatch(/--candidate-window is "-1h\.\.now" \(.*\), but the recording .* holds /);
    expect(r.code).toBe(2);
  });

  it('names flags in errors without rewriting values as flags', () => {
    const rec = join(DEMO, 'compare-recording.json');
    const window = '1795770060..1795773600';
    const r = driftgate([
      'compare',
      '--metrics-file',
      rec,
      '--baseline-version',
      'v1-twin',
      '--candidate-version',
      'v1-twin',
      '--baseline-window',
      window,
      '--candidate-window',
      window,
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('driftgate compare: --baseline-version and --candidate-version are both "v1-twin"');
    expect(r.stderr).not.toContain('--v1-twin');
  });

  it('suggests the nearest command and option', () => {
    const cmd = driftgate(['compair']);
    expect(cmd.code).toBe(2);
    expect(cmd.stderr).toMatch(/unknown command "compair"\. Did you mean compare\?/);
    const opt = driftgate(['compare', '--candidate-windw', '-1h..now']);
    expect(opt.code).toBe(2);
    expect(opt.stderr).toMatch(/unknown option '--candidate-windw'/);
    expect(opt.stderr).toMatch(/Did you mean --candidate-window\?/);
  });

  it('help: 0 for a command, 2 with an error for an unknown one; no command at all is a usage error', () => {
    const help = driftgate(['help', 'compare']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/--candidate-window <START\.\.END>/);
    expect(help.stdout).toMatch(/--tolerance <PERCENT>/);
    expect(help.stdout).toMatch(
      /Exit status: 0 pass, waived or done, 1 fail, 2 usage or configuration error, 3 inconclusive, 4 a metric source or service could not be reached\./,
    );
    expect(driftgate(['compare', '--help']).stdout).toBe(help.stdout);
    const nosuch = driftgate(['help', 'nosuch']);
    expect(nosuch.code).toBe(2);
    expect(nosuch.stderr).toMatch(/unknown command "nosuch"/);
    expect(driftgate(['help']).code).toBe(0);
    expect(driftgate([]).code).toBe(2);
  });

  it('prints its version with -V, --version and version', () => {
    for (const a of ['-V', '--version', 'version']) {
      const r = driftgate([a]);
      expect(r.code).toBe(0);
      expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    }
  });

  it('stops quietly when stdout is closed early (driftgate help | head -1)', () => {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI}" demo --output-dir "${dir()}" | head -1`], {
      encoding: 'utf8',
    });
    expect(r.stdout.split('\n')[0]).toMatch(/^driftgate demo/);
    expect(r.stderr).not.toMatch(/EPIPE|Error:|at /);
  });
});

describe('driftgate CLI exit statuses', () => {
  it('4 when the source cannot be reached', () => {
    const r = driftgate(['compare', '--prometheus-url', 'http://127.0.0.1:9', ...CHECKOUT_V1_V2, '--timeout', '5s']);
    expect(r.stderr).toMatch(/driftgate compare: .*127\.0\.0\.1:9/);
    expect(r.code).toBe(4);
  });

  it('verify: 4 when the source cannot be reached, and the evidence is still written, saying why', () => {
    const cwd = dir();
    const started = Date.now();
    const r = driftgate(
      [
        'verify',
        '--prometheus-url',
        'http://127.0.0.1:9',
        ...CHECKOUT_V1_V2,
        '--bake-duration',
        '2m',
        '--fail-on',
        'none',
        '--output-dir',
        'evidence',
      ],
      cwd,
    );
    expect(r.code, r.stderr).toBe(4);
    expect(r.stderr).toMatch(/driftgate verify: the metric source could not be reached: .*127\.0\.0\.1:9/);
    const v = JSON.parse(readFileSync(join(cwd, 'evidence', 'perf_verification.json'), 'utf8'));
    expect(v.verdict).toBe('inconclusive');
    expect(v.finding).toMatchObject({ code: 'unreachable', reason: expect.stringMatching(/127\.0\.0\.1:9/) });
    expect(v.headline).toMatch(/^Inconclusive: the metric source could not be reached for the baseline/);
    expect(v.bake.ticks).toBe(0);
    // It ran (and retried) from the bake start until it gave up: the end says so.
    expect(Date.parse(v.bake.end)).toBeGreaterThan(Date.parse(v.bake.start));
    expect(Date.parse(v.bake.end)).toBeLessThanOrEqual(Date.now());
    expect(Date.parse(v.bake.start)).toBeGreaterThanOrEqual(started - 1000);
    expect(r.stdout).toMatch(/Evidence: .*perf_verification\.json/);
  }, 60_000);

  it('verify: --fail-on none exits 0 (the action passes then too); the default fails on rollback', () => {
    const args = ['verify', '--metrics-file', join(DEMO, 'bake-recording.json'), '--rollback', 'dry-run', '--quiet'];
    const cwd = dir();
    expect(driftgate(args, cwd).code).toBe(1);
    expect(driftgate([...args, '--fail-on', 'none'], cwd).code).toBe(0);
  });
});
