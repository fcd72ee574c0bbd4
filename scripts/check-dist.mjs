#!/usr/bin/env node
// CI: rebuild the bundle (dist/) and the stubs (actions/*/dist, packages/cli/dist) and fail if they differ from
// what is committed (dist must be rebuilt with its source).
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });
run('npx', ['tsc', '-b']);
run(process.execPath, ['scripts/bundle.mjs']);
const DIST = ['dist', 'actions/*/dist', 'packages/cli/dist'];
const diff = execFileSync('git', ['status', '--porcelain', '--', ...DIST], {
  cwd: root,
  encoding: 'utf8',
});
if (diff.trim()) {
  console.error(`dist/ differs from the committed bundle; run "npm run build" and commit dist/:\n${diff}`);
  execFileSync('git', ['--no-pager', 'diff', '--stat', '--', ...DIST], {
    cwd: root,
    stdio: 'inherit',
  });
  process.exit(1);
}
console.log('dist/ is up to date');
