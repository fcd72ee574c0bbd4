/**
 * The modules that return findings write no English: the judge, the statistics and the rules (QUIET in
 * modules.ts). No string or template literal of theirs holds a sentence (four words in a row, a template's
 * `${}` counting as a word), except
 *   - the arguments of `new ...Error(`: a bad input is refused with one clear error naming the input, its value
 *     and the fix, written where the input is checked;
 *   - literal types (`type R = 'added by the PR under test' | ...`): codes that are values of the outputs.
 * Comments are not literals. What a module finds goes into a finding (core/findings/findings.ts);
 * core/report/prose.ts says it. The literals are read from the parser's syntax tree (oxc, through vite).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isCode, isQuiet, moduleId, parse, SRC, walk } from './modules.js';

interface Literal {
  text: string;
  start: number;
}

type Node = { type: string; start: number; [key: string]: unknown };
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && typeof (v as Node).type === 'string';

/** The string and template literals of a module that are not error messages or literal types. */
function literalsOf(file: string, text: string): Literal[] {
  const found: Literal[] = [];
  const visit = (node: Node): void => {
    if (node.type === 'TSLiteralType' || node.type === 'ImportDeclaration' || node.type === 'ExportAllDeclaration')
      return;
    if (node.type === 'NewExpression' && /Error$/.test(String((node.callee as Node & { name?: string }).name ?? '')))
      return;
    if (node.type === 'Literal' && typeof node.value === 'string') found.push({ text: node.value, start: node.start });
    if (node.type === 'TemplateLiteral') {
      const quasis = node.quasis as Array<{ value: { cooked: string | null; raw: string } }>;
      found.push({ text: quasis.map((q) => q.value.cooked ?? q.value.raw).join('N'), start: node.start });
    }
    for (const [key, value] of Object.entries(node)) {
      if (key === 'quasis') continue;
      if (Array.isArray(value)) for (const v of value) isNode(v) && visit(v);
      else if (isNode(value)) visit(value);
    }
  };
  visit(parse(file, text).program as unknown as Node);
  return found;
}

/**
 * An English sentence: four or more words in a row, a word being letters, digits and - ' / ( ) % . + with
 * trailing punctuation allowed ("5-minute", "metric(s)", "windows:"), and a template's `${}` counting as one
 * ("N vs N windows", "expired at N"). Identifiers, codes, PromQL and keys never have four.
 */
function isSentence(text: string): boolean {
  let run = 0;
  for (const word of text.split(/\s+/)) {
    run = /^\(?\w[\w'/()%.+-]*[,.:;)]*$/.test(word) ? run + 1 : 0;
    if (run >= 4) return true;
  }
  return false;
}

function sentencesOf(text: string, file = 'module.ts'): Literal[] {
  return literalsOf(file, text).filter((l) => isSentence(l.text));
}

const lineOf = (text: string, at: number) => text.slice(0, at).split('\n').length;

describe('the judge, the statistics and the rules write no English', () => {
  const quiet = walk(SRC, isCode).filter((f) => isQuiet(moduleId(f)));

  it('finds them', () => {
    expect(quiet.map(moduleId)).toEqual(
      expect.arrayContaining([
        'core/judge/drift-interval',
        'core/bake/rules',
        'core/bake/rules/sustained',
        'core/waiver/apply',
      ]),
    );
  });

  it('no sentence: findings carry codes and numbers, core/report/prose.ts says them', () => {
    const written = quiet.flatMap((f) => {
      const text = readFileSync(f, 'utf8');
      return sentencesOf(text, f).map((l) => `${moduleId(f)}.ts:${lineOf(text, l.start)} ${JSON.stringify(l.text)}`);
    });
    expect(written).toEqual([]);
  });

  it('the check sees a sentence, and lets comments, thrown errors, literal types and expressions be', () => {
    // Module sources, with #{...} for a template's placeholder.
    const ts = (text: string) => text.replaceAll('#{', '${');
    const planted = [
      'const a = `#{n} vs #{m} windows: cannot detect anything`;',
      "const b = 'no value could be computed';",
      'const c = { detail: `se #{se} incl. systematic #{s}% (prior), df #{df}` };',
      'const d = f(`#{x ? `and #{y} more like this` : ""}`);',
      "function e(): string { return 'the window is too short'; }",
    ];
    expect(planted.map((src) => sentencesOf(ts(src)).length)).toEqual([1, 1, 1, 1, 1]);
    const allowed = [
      '// a comment with many words in it\n/* and a block comment with many words */',
      'throw new ConfigurationError(`#{where} is #{v}: expected a share such as "80%" or 0.8.`);',
      "type R = 'expired' | 'added by the PR under test';",
      'const o = `#{m.slo?.op} #{m.slo?.value}`; const k = `#{rule}#{variant}:#{m.id}`;',
      "const r = /it's [a-z]+ \\/ 'x' quoted/g.test(s); const t = 'drift above max_drift';",
    ];
    expect(allowed.map(ts).flatMap((src) => sentencesOf(src))).toEqual([]);
    // After the error's call closes, sentences count again.
    expect(
      sentencesOf("throw new Error(f('bad input: it is wrong')); const s = 'this one is a sentence';"),
    ).toHaveLength(1);
  });
});
