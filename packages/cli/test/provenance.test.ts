/**
 * The bundled driftgate command says where a value or a file came from: a bake setting from the flag, the
 * recording, the config file that set it or the built-in default; a driftgate file of another kind given as
 * --metrics-file named for what it is, with the flag or command that takes it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '@driftgate/testkit';
import { describe, expect, it } from 'vitest';

const DEMO = join(REPO_ROOT, 'packages/cli/demo');

function driftgate(args: string[], cwd = mkdtempSync(join(tmpdir(), 'dg-cli-provenance-'))) {
  const r = spawnSync(process.execPath, [join(REPO_ROOT, 'packages/cli/dist/index.js'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** An empty directory holding the demo's bake recording, without the window it was recorded with. */
function withoutRecordedWindow(files: Record<string, string> = {}): string {
  const cwd = mkdtempSync(join(tmpdir(), 'dg-cli-provenance-'));
  const rec = JSON.parse(readFileSync(join(DEMO, 'bake-recording.json'), 'utf8'));
  delete rec.defaults.window;
  writeFileSync(join(cwd, 'bake.json'), JSON.stringify(rec));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(cwd, name), text);
  return cwd;
}

const SHRUNK = 'is 5m, longer than the 2m bake: the judge window is shrunk to 2m';

describe('a bake window longer than the bake names where it came from', () => {
  it('no config file: the built-in default, never .github/driftgate.yml', () => {
    const r = driftgate(['verify', '--metrics-file', 'bake.json', '--bake-duration', '2m'], withoutRecordedWindow());
    expect(r.stderr).toContain(`warning: bake.window (built-in default) ${SHRUNK}`);
    expect(r.stderr).not.toContain('driftgate.yml');
  });

  it('a config file that sets bake.window: that file and key; one that does not: the built-in default', () => {
    const sets = withoutRecordedWindow({ 'c.yml': 'version: 1\nbake:\n  window: 5m\n' });
    const r = driftgate(['verify', '--metrics-file', 'bake.json', '--bake-duration', '2m', '--config', 'c.yml'], sets);
    expect(r.stderr).toContain(`warning: c.yml: bake.window ${SHRUNK}`);
    const silent = withoutRecordedWindow({ 'c.yml': 'version: 1\nbake:\n  interval: 60s\n' });
    const d = driftgate(
      ['verify', '--metrics-file', 'bake.json', '--bake-duration', '2m', '--config', 'c.yml'],
      silent,
    );
    expect(d.stderr).toContain(`warning: bake.window (built-in default) ${SHRUNK}`);
  });

  it("the recording's own window, not a --window that was never given", () => {
    const r = driftgate(['verify', '--metrics-file', join(DEMO, 'bake-recording.json'), '--bake-duration', '2m']);
    expect(r.stderr).toContain(`warning: the recording's window (--metrics-file) ${SHRUNK}`);
    const given = driftgate([
      'verify',
      '--metrics-file',
      join(DEMO, 'bake-recording.json'),
      '--bake-duration',
      '2m',
      '--window',
      '5m',
    ]);
    expect(given.stderr).toContain(`warning: --window ${SHRUNK}`);
  });
});

describe('a driftgate file of another kind given as --metrics-file says what it is and what takes it', () => {
  it("finops: the demo's Cost Explorer recording is named as such, with no advice to record it again", () => {
    const r = driftgate(['finops', '--metrics-file', join(DEMO, 'finops-recording.json')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr.trim()).toBe(
      `driftgate finops: --metrics-file (${join(DEMO, 'finops-recording.json')}) is a FinOps recording (Cost Explorer responses and request counts, recorded for the demo): only \`driftgate demo\` replays it (its FinOps part); Cost Explorer is otherwise read live. --metrics-file takes a recording of metric queries (driftgate.recording/v1), made by \`driftgate record\`.`,
    );
  });

  it('compare: a comparison report is named, with the flag that takes it', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'dg-cli-provenance-'));
    expect(
      driftgate(['compare', '--metrics-file', join(DEMO, 'compare-recording.json'), '--output-dir', '.'], cwd).code,
    ).toBe(1);
    const r = driftgate(['compare', '--metrics-file', 'perf-comparison.json'], cwd);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^driftgate compare: --metrics-file \(.*\/perf-comparison\.json\) is a comparison \(perf-comparison\.json, written by perf-baseline-compare or `driftgate compare`\): the waiver check takes it \(`driftgate waiver --comparison`\)\. --metrics-file takes a recording of metric queries/,
    );
    expect(r.stderr).not.toContain('Record it again');
  });
});
