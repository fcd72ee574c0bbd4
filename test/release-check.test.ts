/**
 * scripts/release-check.mjs, the gate of .github/workflows/release.yml, on a throw-away git repository:
 * semver tags, the CHANGELOG section as notes, versions in step, tags only from main (or release/vN), and the
 * moving major tag never moving backwards or onto a pre-release.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const SCRIPT = join(ROOT, 'scripts', 'release-check.mjs');
/** Where this repository keeps the version its reports carry: the script must read the file that exists. */
const VERSION_FILE = 'packages/shared/src/core/version.ts';
const repo = mkdtempSync(join(tmpdir(), 'dg-release-'));
afterAll(() => {
  rmSync(repo, { recursive: true, force: true });
  rmSync(`${repo}-notes.md`, { force: true });
});
const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], {
    cwd: repo,
    encoding: 'utf8',
  });

function release(version: string, changelog: string) {
  mkdirSync(join(repo, VERSION_FILE, '..'), { recursive: true });
  writeFileSync(join(repo, 'package.json'), JSON.stringify({ version }));
  writeFileSync(join(repo, VERSION_FILE), `export const DRIFTGATE_VERSION = '${version}';\n`);
  writeFileSync(join(repo, 'CHANGELOG.md'), changelog);
  git('add', '-A');
  git('commit', '-qm', `release ${version}`);
}
function check(tag: string) {
  const notes = join(`${repo}-notes.md`);
  const r = spawnSync(process.execPath, [SCRIPT, tag, '--notes', notes], {
    env: { ...process.env, RELEASE_CHECK_ROOT: repo },
    cwd: repo,
    encoding: 'utf8',
  });
  const out = Object.fromEntries(
    r.stdout
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((l) => l.split('=') as [string, string]),
  );
  return { code: r.status, out, err: r.stderr, notes: () => readFileSync(notes, 'utf8') };
}

describe('release-check', () => {
  it('reads the version file this repository has (the layout moved it to core/ once, and the gate crashed)', () => {
    expect(existsSync(join(ROOT, VERSION_FILE))).toBe(true);
    expect(readFileSync(join(ROOT, VERSION_FILE), 'utf8')).toMatch(/DRIFTGATE_VERSION = '/);
    expect(readFileSync(SCRIPT, 'utf8')).toContain(`'${VERSION_FILE}'`);
  });

  it('v1.0.0 on main: notes from the CHANGELOG, the major tag moves', () => {
    git('init', '-q', '-b', 'main');
    release(
      '1.0.0',
      '# Changelog\n\n## [Unreleased]\n\n## [1.0.0] - 2026-12-01\n\n### Added\n\n- everything\n\n## [0.1.0]\n\n- old\n',
    );
    git('update-ref', 'refs/remotes/origin/main', 'HEAD');
    git('tag', 'v1.0.0');
    const r = check('v1.0.0');
    expect(r.err).toBe('');
    expect(r.out).toEqual({ version: '1.0.0', major: 'v1', prerelease: 'false', 'move-major': 'true' });
    expect(r.notes()).toBe('### Added\n\n- everything\n');
  });

  it('a pre-release does not move the major tag; an older patch does not move it backwards', () => {
    release('1.1.0-rc.1', '## [1.1.0-rc.1] - 2026-12-02\n\n- rc\n');
    git('update-ref', 'refs/remotes/origin/main', 'HEAD');
    git('tag', 'v1.1.0-rc.1');
    expect(check('v1.1.0-rc.1').out).toMatchObject({ prerelease: 'true', 'move-major': 'false' });
    release('1.2.0', '## [1.2.0] - 2026-12-03\n\n- new\n');
    git('update-ref', 'refs/remotes/origin/main', 'HEAD');
    git('tag', 'v1.2.0');
    git('switch', '-q', '-c', 'release/v1', 'v1.0.0');
    release('1.0.1', '## [1.0.1] - 2026-12-04\n\n- fix\n');
    git('update-ref', 'refs/remotes/origin/release/v1', 'HEAD');
    git('tag', 'v1.0.1');
    expect(check('v1.0.1').out).toMatchObject({ version: '1.0.1', 'move-major': 'false' });
  });

  it('refuses bad tags, a missing CHANGELOG section, versions out of step and commits off main', () => {
    expect(check('1.2.0').err).toMatch(/is not a semver release tag/);
    expect(check('v9.9.9').err).toMatch(/CHANGELOG\.md has no "## \[9\.9\.9\]/);
    git('switch', '-q', 'main');
    release('1.3.0', '## [1.3.0] - 2026-12-05\n\n- x\n');
    writeFileSync(join(repo, 'package.json'), JSON.stringify({ version: '1.2.9' }));
    git('commit', '-qam', 'oops');
    git('tag', 'v1.3.0');
    expect(check('v1.3.0').err).toMatch(/package\.json says 1\.2\.9, the tag 1\.3\.0/);
    git('switch', '-q', '-c', 'topic');
    release('1.4.0', '## [1.4.0] - 2026-12-06\n\n- y\n');
    git('tag', 'v1.4.0');
    const off = check('v1.4.0');
    expect(off.code).toBe(1);
    expect(off.err).toMatch(/is not on origin\/main \(nor origin\/release\/v1\)/);
  });
});
