/**
 * The development conveniences: `npm run test:unit` (vitest.unit.config.ts) leaves out exactly the tests that
 * run the bundle, and the opt-in pre-commit hook (scripts/hooks/pre-commit) refuses a commit whose staged
 * files biome rejects or that does not typecheck, on a throw-away git repository.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUNDLED_TESTS } from '../vitest.unit.config.js';

const ROOT = join(import.meta.dirname, '..');

function testFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (['node_modules', 'lib', 'dist', '.git'].includes(name)) return [];
    const p = join(dir, name);
    return statSync(p).isDirectory()
      ? testFiles(p)
      : p.endsWith('.test.ts')
        ? [relative(ROOT, p).split(sep).join('/')]
        : [];
  });
}

/** Runs a bundle: an action through testkit's runAction, or a path into a dist/ directory. */
const RUNS_BUNDLE = /runAction\(|dist\/(index\.js|licenses\.txt)|'dist', '(index\.js|licenses\.txt)'/;
/** Name a dist/ path without running it: action.yml's `main`, a comment, this file's own pattern. */
const MENTIONS_ONLY = ['packages/cli/test/docs-flags.test.ts', 'test/dev-tools.test.ts', 'test/workflows.test.ts'];

describe('npm run test:unit', () => {
  const all = ['actions', 'packages', 'test', 'bench'].flatMap((d) => testFiles(join(ROOT, d)));
  it('leaves out every test that runs the bundle, and only those', () => {
    const bundled = all.filter((f) => RUNS_BUNDLE.test(readFileSync(join(ROOT, f), 'utf8')));
    expect(bundled.filter((f) => !MENTIONS_ONLY.includes(f)).sort()).toEqual([...BUNDLED_TESTS].sort());
  });
  it('lists only test files that exist', () => {
    for (const f of BUNDLED_TESTS) expect(all, f).toContain(f);
  });
  it('is a script of the root package.json, without the bundle step', () => {
    const scripts = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts as Record<string, string>;
    expect(scripts['test:unit']).toBe('tsc -b && vitest run --config vitest.unit.config.ts');
    expect(scripts['test:unit']).not.toMatch(/bundle|build/);
    expect(scripts['hooks:install']).toBe('git config core.hooksPath scripts/hooks');
  });
});

describe('the pre-commit hook', () => {
  const repo = mkdtempSync(join(tmpdir(), 'dg-hook-'));
  afterAll(() => rmSync(repo, { recursive: true, force: true }));
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], {
      cwd: repo,
      encoding: 'utf8',
    });
  const hook = () =>
    spawnSync('sh', [join(ROOT, 'scripts', 'hooks', 'pre-commit')], { cwd: repo, encoding: 'utf8', timeout: 60_000 });

  git('init', '-q');
  symlinkSync(join(ROOT, 'node_modules'), join(repo, 'node_modules'), 'dir');
  writeFileSync(join(repo, '.gitignore'), 'node_modules\nlib\n');
  writeFileSync(join(repo, 'biome.json'), readFileSync(join(ROOT, 'biome.json')));
  writeFileSync(
    join(repo, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { strict: true, outDir: 'lib', composite: true }, include: ['*.ts'] }),
  );

  it('passes a clean staged file that typechecks', () => {
    writeFileSync(join(repo, 'a.ts'), 'export const a: number = 1;\n');
    git('add', '-A');
    const r = hook();
    expect(r.stderr + r.stdout).toContain('pre-commit: tsc -b');
    expect(r.status, r.stderr + r.stdout).toBe(0);
  });
  it('refuses a staged file biome rejects', () => {
    writeFileSync(join(repo, 'b.ts'), 'export const b = "x"   ;\n');
    git('add', 'b.ts');
    const r = hook();
    expect(r.status).not.toBe(0);
    expect(r.stderr + r.stdout).toMatch(/b\.ts/);
    rmSync(join(repo, 'b.ts'));
    git('add', '-A');
  });
  it('refuses a commit that does not typecheck', () => {
    writeFileSync(join(repo, 'c.ts'), "export const c: number = 'text';\n");
    git('add', 'c.ts');
    const r = hook();
    expect(r.status).not.toBe(0);
    expect(r.stderr + r.stdout).toMatch(/c\.ts.*TS2322|TS2322/s);
  });
});
