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
    expect(r.stderr).toContain(`warning: the built-in default bake.window ${SHRUNK}`);
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
    expect(d.stderr).toContain(`warning: the built-in default bake.window ${SHRUNK}`);
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
