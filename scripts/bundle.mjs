#!/usr/bin/env node
// Bundle every action (and the CLI) with ncc from the tsc output in lib/ into dist/.
// ncc cannot load TypeScript 7, so it only ever sees JavaScript. A bundle that contains
// webpackMissingModule is broken (usually a package.json without "type": "module"): fail loudly.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const ncc = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
const targets = readdirSync(join(root, 'actions'))
  .map((a) => join(root, 'actions', a))
  .filter((d) => existsSync(join(d, 'action.yml')));
targets.push(join(root, 'packages', 'cli'));
const only = process.argv.slice(2);

for (const dir of targets) {
  if (only.length && !only.some((o) => dir.endsWith(o))) continue;
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  if (pkg.type !== 'module')
    throw new Error(`${dir}/package.json must have "type": "module" or ncc emits a broken bundle`);
  const entry = join(dir, 'lib', 'index.js');
  if (!existsSync(entry)) throw new Error(`${entry} is missing: run tsc -b first`);
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
  execFileSync(
    process.execPath,
    [ncc, 'build', entry, '-o', join(dir, 'dist'), '--license', 'licenses.txt', '--quiet'],
    {
      stdio: 'inherit',
    },
  );
  const out = readFileSync(join(dir, 'dist', 'index.js'), 'utf8');
  if (out.includes('webpackMissingModule'))
    throw new Error(`${dir}/dist/index.js contains webpackMissingModule: the bundle is broken`);
  console.log(`bundled ${dir.slice(root.length + 1)}/dist (${Math.round(out.length / 1024)} kB)`);
}
