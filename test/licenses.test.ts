/**
 * Supply chain: the bundle's licences (dist/licenses.txt, written by scripts/bundle.mjs) are on the allow-list
 * (scripts/license-allowlist.json), checked by scripts/check-licenses.mjs in CI; the root LICENSE is the
 * licence package.json declares.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error a plain ESM script without types
import { allowedExpression, checkLicenses, parseLicenses } from '../scripts/check-licenses.mjs';

const ROOT = join(import.meta.dirname, '..');
const { allowed } = JSON.parse(readFileSync(join(ROOT, 'scripts', 'license-allowlist.json'), 'utf8')) as {
  allowed: string[];
};

const entry = (name: string, license: string) => `${name}\n${license}\nThe licence text.\n\nMore text, ISC.\n`;

describe('check-licenses', () => {
  it('parses entries: name, SPDX expression, text with blank lines', () => {
    const text = [entry('@scope/a', 'MIT'), entry('b', '(Apache-2.0 AND BSD-3-Clause)')].join('\n');
    expect(parseLicenses(text)).toEqual([
      { name: '@scope/a', license: 'MIT' },
      { name: 'b', license: '(Apache-2.0 AND BSD-3-Clause)' },
    ]);
  });

  it('OR passes on one allowed side, AND needs all', () => {
    expect(allowedExpression('(MIT OR GPL-3.0)', allowed)).toBe(true);
    expect(allowedExpression('Apache-2.0 AND BSL-1.0', allowed)).toBe(true);
    expect(allowedExpression('MIT AND GPL-3.0', allowed)).toBe(false);
    expect(allowedExpression('', allowed)).toBe(false);
  });

  it('fails, naming the package and its licence, on one outside the list', () => {
    const text = [entry('ok', 'MIT'), entry('copyleft', 'GPL-3.0-only'), entry('agpl', 'AGPL-3.0')].join('\n');
    expect(checkLicenses(text, allowed).problems).toEqual([
      'copyleft: GPL-3.0-only is not on the allow-list',
      'agpl: AGPL-3.0 is not on the allow-list',
    ]);
    const dir = mkdtempSync(join(tmpdir(), 'driftgate-licenses-'));
    try {
      writeFileSync(join(dir, 'licenses.txt'), text);
      let status = 0;
      let stderr = '';
      try {
        execFileSync(process.execPath, [join(ROOT, 'scripts', 'check-licenses.mjs'), join(dir, 'licenses.txt')], {
          stdio: 'pipe',
        });
      } catch (e) {
        status = (e as { status: number }).status;
        stderr = String((e as { stderr: Buffer }).stderr);
      }
      expect(status).toBe(1);
      expect(stderr).toMatch(/copyleft: GPL-3.0-only is not on the allow-list/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("the committed bundle's licences are all allowed", () => {
    const { entries, problems } = checkLicenses(readFileSync(join(ROOT, 'dist', 'licenses.txt'), 'utf8'), allowed);
    expect(entries.length).toBeGreaterThan(100);
    expect(problems).toEqual([]);
  });
});

it('LICENSE is the MIT licence package.json declares', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { license: string };
  expect(pkg.license).toBe('MIT');
  expect(readFileSync(join(ROOT, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} /);
});
