/**
 * Issue 13: waiver files and Markdown with hostile content (unit tests; the bundled actions are tested in
 * actions/*\/test/security.test.ts).
 */

import { describe, expect, it } from 'vitest';
import { mdCode, mdFence, mdText, mdUrl } from '../../src/core/escape.js';
import { parseWaiverYaml } from '../../src/io/waiver/waiver-files.js';

describe('hostile waiver files and Markdown', () => {
  it('a waiver file with a YAML alias bomb is an invalid candidate with a clear problem, not a crash', async () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
      'e: [*d, *d, *d, *d, *d, *d, *d, *d, *d]',
    ].join('\n');
    const r = await parseWaiverYaml(bomb, '.github/perf-waivers/bomb.yml');
    expect(r.waiver).toBeUndefined();
    expect(r.problems).toEqual([
      '.github/perf-waivers/bomb.yml: its YAML aliases expand too far (an alias bomb is refused); write the values out',
    ]);
  });

  it.each([
    [
      'a backtick breaking out of a code span',
      'v1`![x](https://evil.example/x.png)`',
      '`` v1`![x](https://evil.example/x.png)` ``',
    ],
    ['a leading backtick', '`x', '`` `x ``'],
    ['a pipe and a line break (a new table row)', 'a|b\n| c |', '`a\\|b \\| c \\|`'],
  ])('mdCode: %s', (_what, input, expected) => {
    expect(mdCode(input)).toBe(expected);
  });

  it.each([
    ['an image', '![x](https://evil.example/x.png)', '\\!\\[x\\](https://evil.example/x.png)'],
    ['HTML', '<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    ['a code span and a table cell', '`a` | b', '\\`a\\` \\| b'],
    ['math and strikethrough', '$x$ ~~y~~', '\\$x\\$ \\~\\~y\\~\\~'],
    ['a line break starting a heading', 'ok\n# pwned', 'ok # pwned'],
  ])('mdText: %s', (_what, input, expected) => {
    expect(mdText(input)).toBe(expected);
  });

  it('mdFence cannot be closed by its content; mdUrl keeps only http(s) links and encodes what ends a link', async () => {
    expect(mdFence('text', 'a\n```\n![x](y)')).toBe('````text\na\n```\n![x](y)\n````');
    expect(mdUrl('javascript:alert(1)')).toBeUndefined();
    expect(mdUrl('not a url')).toBeUndefined();
    expect(mdUrl('https://jira.example.com/browse/CAB-1) ![x](https://evil.example/x.png')).toBe(
      'https://jira.example.com/browse/CAB-1%29%20!%5Bx%5D%28https://evil.example/x.png',
    );
  });
});
