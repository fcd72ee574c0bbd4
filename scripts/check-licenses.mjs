#!/usr/bin/env node
// Check the licences of everything bundled into dist/ (dist/licenses.txt, which scripts/bundle.mjs writes from
// esbuild's metafile: for each package its name, its SPDX licence expression, then the licence text) against
// scripts/license-allowlist.json. Exit 1, naming each package and its licence, when one is outside the list or
// has none. `npm run check-licenses` (CI); `node scripts/check-licenses.mjs FILE` checks another file.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const PACKAGE = /^(@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*$/;
const SPDX = /^[A-Za-z0-9.+\-() ]+$/;

/** [{ name, license }] of a licenses.txt: an entry starts after a blank line with a package name, then its licence. */
export function parseLicenses(text) {
  const lines = text.split('\n');
  const out = [];
  for (let i = 0; i < lines.length - 1; i++) {
    if ((i === 0 || lines[i - 1] === '') && PACKAGE.test(lines[i]) && SPDX.test(lines[i + 1])) {
      out.push({ name: lines[i], license: lines[i + 1].trim() });
      i++;
    }
  }
  return out;
}

/** Whether an SPDX expression is allowed: OR needs one allowed side, AND needs both (AND binds tighter). */
export function allowedExpression(expression, allowed) {
  const expr = expression.replace(/[()]/g, ' ').trim();
  if (!expr) return false;
  return expr.split(/\s+OR\s+/).some((term) => term.split(/\s+AND\s+/).every((id) => allowed.includes(id.trim())));
}

/** The problems of a licenses.txt against the allow-list (empty: every package passes). */
export function checkLicenses(text, allowed) {
  const entries = parseLicenses(text);
  if (entries.length === 0) return { entries, problems: ['no package found: is this a dist/licenses.txt?'] };
  const problems = entries
    .filter((e) => !allowedExpression(e.license, allowed))
    .map((e) => `${e.name}: ${e.license} is not on the allow-list`);
  return { entries, problems };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const file = resolve(process.argv[2] ?? join(root, 'dist', 'licenses.txt'));
  const { allowed } = JSON.parse(readFileSync(join(root, 'scripts', 'license-allowlist.json'), 'utf8'));
  const { entries, problems } = checkLicenses(readFileSync(file, 'utf8'), allowed);
  if (problems.length > 0) {
    console.error(`${file}: ${problems.length} package(s) outside scripts/license-allowlist.json:`);
    for (const p of problems) console.error(`  ${p}`);
    process.exit(1);
  }
  const ids = [...new Set(entries.map((e) => e.license))].sort();
  console.log(`${entries.length} bundled packages, all licences allowed: ${ids.join(', ')}`);
}
