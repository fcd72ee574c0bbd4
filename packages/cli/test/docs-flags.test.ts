/** Every flag the README and docs/ show on a driftgate command line is an option of that command (its spec). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cliOptions, flagName } from '@driftgate/shared/inputs';
import { REPO_ROOT } from '@driftgate/testkit';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../src/main.js';

const GLOBAL = ['--verbose', '--help', '--version'];
const files = [
  'README.md',
  ...readdirSync(join(REPO_ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

/** The code of a Markdown text: its fenced blocks' lines and its inline code spans, one per entry. */
function code(text: string): string[] {
  const out: string[] = [];
  let fenced = false;
  for (const l of text.split('\n')) {
    if (l.trimStart().startsWith('```')) fenced = !fenced;
    else if (fenced) out.push(l);
    else out.push(...[...l.matchAll(/`([^`]+)`/g)].map((m) => m[1] as string));
  }
  return out;
}

/** Command lines (with their `\` continuations) of `driftgate <command>` or `.../cli/dist/index.js <command>`. */
function commandLines(text: string): Array<{ command: string; line: string }> {
  const lines = code(text);
  const out: Array<{ command: string; line: string }> = [];
  lines.forEach((l, i) => {
    const m = /(?:\bdriftgate|cli\/dist\/index\.js) ([a-z]+)\b/.exec(l);
    if (!m) return;
    let full = l;
    for (let j = i; lines[j]?.trimEnd().endsWith('\\') && j + 1 < lines.length; j++) full += ` ${lines[j + 1]}`;
    out.push({ command: m[1] as string, line: full });
  });
  return out;
}

describe.each(files)('%s', (file) => {
  it('shows only flags the command has', () => {
    for (const { command, line } of commandLines(readFileSync(join(REPO_ROOT, file), 'utf8'))) {
      const c = COMMANDS.find((x) => x.name === command);
      if (!c) continue;
      const flags = new Set([...cliOptions(c.inputs).map((s) => `--${flagName(s)}`), ...GLOBAL]);
      for (const f of line.match(/--[a-z][a-z0-9-]*/g) ?? [])
        expect(flags.has(f), `${file}: ${command} ${f}`).toBe(true);
    }
  });
});

it('reads the README examples', () => {
  const lines = commandLines(readFileSync(join(REPO_ROOT, 'README.md'), 'utf8'));
  expect(lines.filter((l) => l.command === 'compare').length).toBeGreaterThan(2);
  expect(lines.some((l) => l.line.includes('--candidate-window -1h..now'))).toBe(true);
});
