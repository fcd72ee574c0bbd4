#!/usr/bin/env node
// CI: rebuild every dist/ and fail if it differs from what is committed (dist must be rebuilt with its source).
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });
run('npx', ['tsc', '-b']);
run(process.execPath, ['scripts/bundle.mjs']);
const diff = execFileSync('git', ['status', '--porcelain', '--', 'actions/*/dist', 'packages/cli/dist'], {
  cwd: root,
  encoding: 'utf8',
});
if (diff.trim()) {
  console.error(`dist/ differs from the committed bundle; run "npm run build" and commit dist/:\n${diff}`);
  execFileSync('git', ['--no-pager', 'diff', '--stat', '--', 'actions/*/dist', 'packages/cli/dist'], {
    cwd: root,
    stdio: 'inherit',
  });
  process.exit(1);
}
console.log('dist/ is up to date');
