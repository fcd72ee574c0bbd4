/**
 * The bundler (scripts/bundle.mjs), on small fixtures built with the same esbuild options as the suite and run by
 * a real node: the lazy built-ins are not loaded until used, a dynamic import of a CommonJS package keeps the
 * named exports Node gives it, the output does not depend on where the repository is checked out, and the
 * licences list names each bundled package once. (`npm run check-dist` proves the suite's own build reproduces.)
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error a plain ESM script without types
import { bundle, LAZY_BUILTINS, licenses } from '../scripts/bundle.mjs';

type Metafile = { inputs: Record<string, unknown>; outputs: Record<string, unknown> };
const bundleFixture = bundle as (o: {
  absWorkingDir: string;
  entryPoints: Record<string, string>;
  outdir: string;
}) => Promise<{ metafile: Metafile }>;

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** A fixture project: two entries sharing code, a CommonJS package in node_modules, the lazy built-ins. */
function fixture(): string {
  const dir = mkdtempSync(join(tmpdir(), 'driftgate-bundle-'));
  dirs.push(dir);
  const files: Record<string, string> = {
    'node_modules/cjs-pkg/package.json': JSON.stringify({ name: 'cjs-pkg', version: '1.2.3', license: 'MIT' }),
    'node_modules/cjs-pkg/LICENSE': 'MIT License\n\nCopyright (c) the cjs-pkg authors\n',
    'node_modules/cjs-pkg/index.js': [
      "const cp = require('node:child_process');",
      'exports.answer = 42;',
      'exports.spawnType = () => typeof cp.spawnSync;',
    ].join('\n'),
    'src/shared.mjs': [
      "import { createHash, constants } from 'node:crypto';",
      "export const hash = (s) => createHash('sha256').update(s).digest('hex').slice(0, 8);",
      'export const hasConstants = () => typeof constants.RSA_PKCS1_PADDING === "number";',
    ].join('\n'),
    'src/a.mjs': [
      "import { hash, hasConstants } from './shared.mjs';",
      'const loaded = (name) => process.moduleLoadList.includes("NativeModule " + name);',
      'const atStart = { crypto: loaded("crypto"), child_process: loaded("child_process") };',
      "const { answer, spawnType } = await import('cjs-pkg');",
      'const afterImport = loaded("child_process");',
      'const spawn = spawnType();',
      "const h = hash('driftgate');",
      'console.log(JSON.stringify({ atStart, afterImport, answer, spawn, h, constants: hasConstants(),',
      '  atEnd: { crypto: loaded("crypto"), child_process: loaded("child_process") } }));',
    ].join('\n'),
    'src/b.mjs':
      "import { hash } from './shared.mjs';\nconst m = await import('cjs-pkg');\nconsole.log(hash('b'), m.answer);",
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const build = (dir: string) =>
  bundleFixture({ absWorkingDir: dir, entryPoints: { a: 'src/a.mjs', b: 'src/b.mjs' }, outdir: 'out' });

/** Every output file and its bytes. */
const snapshot = (dir: string) =>
  Object.fromEntries(readdirSync(join(dir, 'out')).map((f) => [f, readFileSync(join(dir, 'out', f), 'utf8')]));

describe('scripts/bundle.mjs', () => {
  it('lazy built-ins load on first use; a CommonJS package imported dynamically keeps its named exports', async () => {
    const dir = fixture();
    await build(dir);
    // Moved away from node_modules: the bundle must stand alone.
    rmSync(join(dir, 'node_modules'), { recursive: true });
    const run = JSON.parse(execFileSync(process.execPath, [join(dir, 'out', 'a.mjs')], { encoding: 'utf8' }));
    expect(Object.keys(LAZY_BUILTINS)).toEqual(['child_process', 'crypto']);
    expect(run).toEqual({
      atStart: { crypto: false, child_process: false },
      // cjs-pkg requires node:child_process when it loads; the proxy defers it to the first property read.
      afterImport: false,
      answer: 42,
      spawn: 'function',
      h: '88342474',
      constants: true,
      atEnd: { crypto: true, child_process: true },
    });
    expect(execFileSync(process.execPath, [join(dir, 'out', 'b.mjs')], { encoding: 'utf8' })).toBe('3e23e816 42\n');
  });

  it('writes the same bytes wherever the repository is checked out, and again', async () => {
    const [one, two] = [fixture(), fixture()];
    await build(one);
    await build(two);
    const first = snapshot(one);
    expect(Object.keys(first).length).toBeGreaterThan(2);
    expect(snapshot(two)).toEqual(first);
    await build(one);
    expect(snapshot(one)).toEqual(first);
  });

  it('lists each bundled package with its licence, and none of its own stubs', async () => {
    const dir = fixture();
    const { metafile } = await build(dir);
    expect(Object.keys(metafile.inputs).some((i) => i.startsWith('driftgate-lazy-builtin:'))).toBe(true);
    expect(licenses(metafile, dir)).toBe('cjs-pkg\nMIT\nMIT License\n\nCopyright (c) the cjs-pkg authors\n');
  });

  it('fails the build, naming it, when code imports a name of a lazy built-in its stub does not list', async () => {
    const dir = fixture();
    writeFileSync(join(dir, 'src', 'a.mjs'), "import { Hash } from 'node:crypto';\nconsole.log(Hash);");
    await expect(build(dir)).rejects.toThrow(/No matching export .* "Hash": add the name to LAZY_BUILTINS/);
    writeFileSync(join(dir, 'src', 'a.mjs'), "import * as c from 'node:crypto';\nconsole.log(c.randomBytes(4));");
    await expect(build(dir)).rejects.toThrow(/"randomBytes" .*: add the name to LAZY_BUILTINS/);
  });
});
