/**
 * The library layers downward (docs/architecture.md): every module of packages/shared/src sits in one layer,
 * imports only reach lower layers or its own area in the same layer, there are no cycles, index.ts files are
 * entry points only, and code outside packages/shared imports area entry points only.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const SHARED = join(ROOT, 'packages/shared');
const SRC = join(SHARED, 'src');

/**
 * Bottom to top. A module's layer is the longest pattern that matches its path under src/ ('/' = the files at
 * the root of src/, 'x/' = a directory, 'x/y' = one module).
 */
const LAYERS: Array<{ name: string; paths: string[] }> = [
  { name: 'utilities', paths: ['/', 'stats/', 'schemas/'] },
  { name: 'findings', paths: ['findings/'] },
  { name: 'model', paths: ['model/'] },
  { name: 'io', paths: ['http/', 'publish/', 'github/client'] },
  { name: 'clients', paths: ['store/', 'jira/', 'bake/codedeploy'] },
  { name: 'sources', paths: ['sources/'] },
  { name: 'collect', paths: ['collect/'] },
  { name: 'judge', paths: ['judge/'] },
  { name: 'config', paths: ['config/'] },
  {
    name: 'rules',
    paths: ['bake/settings', 'bake/rules', 'bake/rules/', 'bake/evaluate', 'waiver/apply', 'waiver/decide'],
  },
  { name: 'inputs', paths: ['inputs/'] },
  {
    name: 'watch rules',
    paths: [
      'watch/promql',
      'watch/rules',
      'watch/alertmanager',
      'watch/dashboards',
      'watch/dashboard-uid',
      'watch/replay',
    ],
  },
  { name: 'report', paths: ['report/'] },
  { name: 'waivers', paths: ['waiver/'] },
  { name: 'gates', paths: ['compare/', 'waiver/check', 'watch/', 'github/'] },
  { name: 'bake', paths: ['bake/'] },
  { name: 'audit', paths: ['audit/'] },
  { name: 'finops', paths: ['finops/'] },
  { name: 'kpis', paths: ['kpis/'] },
  { name: 'rightsizing', paths: ['rightsizing/'] },
  { name: 'release', paths: ['release/'] },
  { name: 'action', paths: ['action/'] },
];

/** The functional core: no I/O, only data in and data out. It imports nothing outside itself. */
const PURE = [
  'model/',
  'findings/',
  'numbers',
  'stats/',
  'schemas/',
  'judge/',
  'bake/settings',
  'bake/rules',
  'bake/rules/',
  'bake/evaluate',
  'waiver/apply',
  'waiver/decide',
  'finops/report',
  'audit/entry',
  'kpis/compute',
  'rightsizing/ecs',
  'rightsizing/lambda',
  'rightsizing/terraform',
  'errors',
  'escape',
  'redact',
  'time',
  'validation',
];
const isPure = (id: string) => PURE.some((p) => (p.endsWith('/') ? id.startsWith(p) : id === p));

function walk(dir: string, keep: (file: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    if (['node_modules', 'lib', 'dist'].includes(name)) return [];
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p, keep) : keep(p) ? [p] : [];
  });
}

const isCode = (f: string) => /\.(ts|mts|js|mjs)$/.test(f) && !f.endsWith('.d.ts');
/** Module id: path under src/ without extension, '/'-separated. */
const moduleId = (file: string) =>
  relative(SRC, file)
    .split(sep)
    .join('/')
    .replace(/\.(ts|js)$/, '');

/** Import specifiers of a file: static imports and re-exports (they start a line) and dynamic import(). */
function importsOf(text: string): string[] {
  const specs: string[] = [];
  const statics = /^(?:import|export)\s(?:[^'"`;]*?\sfrom\s*)?['"]([^'"]+)['"]/gm;
  for (const m of text.matchAll(statics)) specs.push(m[1] as string);
  for (const line of text.split('\n')) {
    if (/^\s*(\*|\/\/)/.test(line)) continue;
    for (const m of line.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) specs.push(m[1] as string);
  }
  return specs;
}

function layerOf(id: string): number {
  const path = id.includes('/') ? id : `/${id}`;
  let best = -1;
  let bestLength = -1;
  LAYERS.forEach((layer, i) => {
    for (const p of layer.paths) {
      const hit = p === '/' ? !id.includes('/') : p.endsWith('/') ? path.startsWith(p) : path === p;
      if (hit && p.length > bestLength) {
        best = i;
        bestLength = p.length;
      }
    }
  });
  return best;
}

const areaOf = (id: string) => (id.includes('/') ? id.slice(0, id.indexOf('/')) : '');
const isEntry = (id: string) => id === 'index' || id.endsWith('/index');

/** Every module of src/ with the modules it imports (relative imports only; packages are not layered). */
function graph(): Map<string, string[]> {
  const g = new Map<string, string[]>();
  for (const file of walk(SRC, isCode)) {
    const deps = importsOf(readFileSync(file, 'utf8'))
      .filter((s) => s.startsWith('.'))
      .map((s) => moduleId(resolve(dirname(file), s)));
    g.set(moduleId(file), deps);
  }
  return g;
}

function cycles(g: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (id: string) => {
    state.set(id, 'open');
    stack.push(id);
    for (const d of g.get(id) ?? []) {
      if (state.get(d) === 'open') found.push([...stack.slice(stack.indexOf(d)), d]);
      else if (!state.has(d)) visit(d);
    }
    stack.pop();
    state.set(id, 'done');
  };
  for (const id of [...g.keys()].sort()) if (!state.has(id)) visit(id);
  return found;
}

describe('packages/shared layers downward', () => {
  const g = graph();

  it('every module has a layer', () => {
    const missing = [...g.keys()].filter((id) => !isEntry(id) && layerOf(id) < 0);
    expect(missing, 'add these modules to LAYERS in test/layering.test.ts').toEqual([]);
  });

  it('imports point down, or stay inside the area', () => {
    const upward: string[] = [];
    for (const [id, deps] of g) {
      if (isEntry(id)) continue;
      for (const d of deps) {
        const [from, to] = [layerOf(id), layerOf(d)];
        if (to < from || (to === from && areaOf(d) === areaOf(id))) continue;
        const how = to === from ? 'sideways' : 'upward';
        upward.push(`${id}.ts (${LAYERS[from]?.name}) imports ${d} (${LAYERS[to]?.name ?? 'no layer'}): ${how}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it('the judge and the rules are pure: they import only the model, statistics and pure utilities', () => {
    const impure: string[] = [];
    for (const [id, deps] of g) {
      if (isEntry(id) || !isPure(id)) continue;
      for (const d of deps) if (!isPure(d)) impure.push(`${id}.ts imports ${d}`);
    }
    expect(impure).toEqual([]);
  });

  it('the judge and the rules return findings: none of them imports report/ (where the words are)', () => {
    const quiet = (id: string) => QUIET.some((p) => (p.endsWith('/') ? id.startsWith(p) : id === p));
    const wording: string[] = [];
    for (const [id, deps] of g) {
      if (!quiet(id)) continue;
      for (const d of deps) if (d.startsWith('report/')) wording.push(`${id}.ts imports ${d}`);
    }
    expect(wording).toEqual([]);
  });

  it('findings are said in report/prose.ts only: findings/ holds types, its importers of words sit above report/', () => {
    expect([...g.keys()].filter((id) => id.startsWith('findings/')).sort()).toEqual([
      'findings/index',
      'findings/types',
    ]);
    const types = readFileSync(join(SRC, 'findings/types.ts'), 'utf8');
    expect(types).not.toMatch(/^export (function|const|class)/m);
    const report = layerOf('report/prose');
    const below: string[] = [];
    for (const [id, deps] of g) {
      if (deps.includes('report/prose') && !isEntry(id) && layerOf(id) < report) below.push(id);
    }
    expect(below).toEqual([]);
    const importers = [...g].filter(([id, deps]) => deps.includes('report/prose') && !isEntry(id)).map(([id]) => id);
    expect(importers.sort()).toEqual(
      expect.arrayContaining(['bake/evidence', 'bake/loop', 'bake/verify', 'compare/compare', 'waiver/check']),
    );
  });

  it('no cycles', () => {
    expect(cycles(g).map((c) => c.join(' -> '))).toEqual([]);
  });

  it('index.ts files are entry points: they re-export their own area, and no module imports one', () => {
    const wrong: string[] = [];
    for (const [id, deps] of g) {
      if (isEntry(id)) {
        for (const d of deps) if (areaOf(d) !== areaOf(id) || isEntry(d)) wrong.push(`${id}.ts re-exports ${d}`);
      } else {
        for (const d of deps) if (isEntry(d)) wrong.push(`${id}.ts imports the entry point ${d}: import the module`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('package.json exports one entry per area, each with its index.ts, and no "./*"', () => {
    const exports = JSON.parse(readFileSync(join(SHARED, 'package.json'), 'utf8')).exports as Record<string, unknown>;
    const areas = Object.keys(exports).filter((k) => k !== './schemas/*');
    expect(Object.keys(exports)).not.toContain('./*');
    for (const key of areas) {
      const index = key === '.' ? 'index' : `${key.slice(2)}/index`;
      expect(existsSync(join(SRC, `${index}.ts`)), `${key} has src/${index}.ts`).toBe(true);
    }
    const dirs = readdirSync(SRC).filter((d) => existsSync(join(SRC, d, 'index.ts')));
    expect(areas.sort()).toEqual(['.', ...dirs.map((d) => `./${d}`)].sort());
  });
});

/**
 * The modules that return findings and write no English: the judge, the statistics and the rules. The rule
 * checked below: no string or template literal of theirs holds a sentence (isSentence: four words in a row,
 * a template's `${}` counting as a word), except
 *   - comments;
 *   - the arguments of `new ...Error(`: a bad input is refused with one clear error naming the input, its
 *     value and the fix, written where the input is checked;
 *   - members of a union type (a literal after a single `|`): reason codes such as WaiverRejection's
 *     'added by the PR under test' are values of the outputs, not prose.
 * Expressions such as an SLO objective (`${op} ${value}`) and map keys are not sentences. What a module
 * finds goes into a finding (findings/types.ts); report/prose.ts says it.
 */
const QUIET = [
  'judge/',
  'stats/',
  'bake/settings',
  'bake/rules',
  'bake/rules/',
  'bake/evaluate',
  'waiver/apply',
  'waiver/decide',
];

interface Literal {
  /** The literal's text, each `${...}` of a template as "N". */
  text: string;
  line: number;
  /** Inside the arguments of `new ...Error(`: the one clear error naming the input, which may be a sentence. */
  inError: boolean;
  /** A member of a union type (after a single `|`): a code such as 'added by the PR under test', not prose. */
  inUnion: boolean;
}

/**
 * The string and template literals of a TypeScript module, outside comments. A small scanner, not a parser:
 * it knows comments, quotes, templates (with nested ones in their `${}`) and regular expression literals.
 */
class LiteralScanner {
  readonly found: Literal[] = [];
  private i = 0;
  private depth = 0;
  private prev = '';
  /** The token before `prev`. */
  private before = '';
  /** Paren depths of the `new ...Error(` calls the scanner is inside. */
  private readonly errorDepths: number[] = [];

  constructor(private readonly src: string) {
    while (this.i < src.length) this.step();
  }

  private step(): void {
    const { src, i } = this;
    const c = src[i] as string;
    if (src.startsWith('//', i)) this.i = src.includes('\n', i) ? src.indexOf('\n', i) : src.length;
    else if (src.startsWith('/*', i)) this.i = src.indexOf('*/', i + 2) + 2;
    else if (/\s/.test(c)) this.i++;
    else if (c === '`' || c === "'" || c === '"') {
      this.literal(this.prev === '|');
      this.prev = 'literal';
    } else if (c === '/' && /^$|^[(,=:[!&|?{};+\-*%<>~^]$|^(return|typeof|case|=>|&&|\|\||\?\?)$/.test(this.prev)) {
      this.i = regexEnd(src, i);
      this.prev = 'regex';
    } else this.token();
  }

  private token(): void {
    const rest = this.src.slice(this.i, this.i + 100);
    const token = (/^(?:[A-Za-z_$][\w$]*|\d[\w.]*|=>|&&|\|\||\?\?|[^\w\s])/.exec(rest) as RegExpExecArray)[0];
    this.i += token.length;
    if (token === '(') {
      this.depth++;
      // `new XError(`: its arguments are the error's message.
      if (/Error$/.test(this.prev) && this.before === 'new') this.errorDepths.push(this.depth);
    }
    if (token === ')') {
      if (this.errorDepths.at(-1) === this.depth) this.errorDepths.pop();
      this.depth--;
    }
    this.before = this.prev;
    this.prev = token;
  }

  private literal(inUnion: boolean): void {
    const at = this.i;
    const text = this.src[at] === '`' ? this.template() : this.quoted();
    const line = this.src.slice(0, at).split('\n').length;
    this.found.push({ text, line, inError: this.errorDepths.length > 0, inUnion });
  }

  private quoted(): string {
    const { src } = this;
    const quote = src[this.i++];
    let text = '';
    while (this.i < src.length && src[this.i] !== quote) {
      if (src[this.i] === '\\') this.i++;
      text += src[this.i++];
    }
    this.i++;
    return text;
  }

  /** A template's text, each `${...}` as "N"; literals inside a `${...}` are found on their own. */
  private template(): string {
    const { src } = this;
    let text = '';
    this.i++;
    while (this.i < src.length && src[this.i] !== '`') {
      if (src[this.i] === '\\') {
        text += src[this.i + 1];
        this.i += 2;
      } else if (src.startsWith('${', this.i)) {
        text += 'N';
        this.placeholder();
      } else text += src[this.i++];
    }
    this.i++;
    return text;
  }

  private placeholder(): void {
    const { src } = this;
    this.i += 2;
    for (let open = 1; this.i < src.length && open > 0; ) {
      const c = src[this.i] as string;
      if (c === '`' || c === "'" || c === '"') this.literal(false);
      else {
        if (c === '{') open++;
        if (c === '}') open--;
        this.i++;
      }
    }
  }
}

/** The end of the regular expression literal starting at `start` (its flags included). */
function regexEnd(src: string, start: number): number {
  let i = start + 1;
  for (let inClass = false; i < src.length && (inClass || src[i] !== '/'); i++) {
    if (src[i] === '\\') i++;
    else if (src[i] === '[') inClass = true;
    else if (src[i] === ']') inClass = false;
  }
  i++;
  while (/[a-z]/.test(src[i] ?? '')) i++;
  return i;
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

/** The sentences a module writes: outside comments, errors thrown for bad input and union-type codes. */
function sentencesOf(src: string): Literal[] {
  return new LiteralScanner(src).found.filter((l) => !l.inError && !l.inUnion && isSentence(l.text));
}

describe('the judge, the statistics and the rules write no English', () => {
  const quiet = walk(SRC, isCode).filter((f) =>
    QUIET.some((p) => (p.endsWith('/') ? moduleId(f).startsWith(p) : moduleId(f) === p)),
  );

  it('finds them', () => {
    expect(quiet.map(moduleId)).toEqual(
      expect.arrayContaining(['judge/drift-interval', 'bake/rules', 'bake/rules/sustained', 'waiver/apply']),
    );
  });

  it('no sentence template: findings carry codes and numbers, report/prose.ts says them', () => {
    const written = quiet.flatMap((f) =>
      sentencesOf(readFileSync(f, 'utf8')).map((l) => `${moduleId(f)}.ts:${l.line} ${JSON.stringify(l.text)}`),
    );
    expect(written).toEqual([]);
  });

  it('the check sees a sentence, and lets comments, thrown errors, codes and expressions be', () => {
    // Module sources, with #{...} for a template's placeholder.
    const ts = (text: string) => text.replaceAll('#{', '${');
    const planted = [
      'const a = `#{n} vs #{m} windows: cannot detect anything`;',
      "const b = 'no value could be computed';",
      'const c = { detail: `se #{se} incl. systematic #{s}% (prior), df #{df}` };',
      'const d = f(`#{x ? `and #{y} more like this` : ""}`);',
    ];
    expect(planted.map((src) => sentencesOf(ts(src)).length)).toEqual([1, 1, 1, 1]);
    const allowed = [
      '// a comment with many words in it\n/* and a block comment with many words */',
      'throw new ConfigurationError(`#{where} is #{v}: expected a share such as "80%" or 0.8.`);',
      "type R = | 'expired' | 'added by the PR under test';",
      'const o = `#{m.slo?.op} #{m.slo?.value}`; const k = `#{rule}#{variant}:#{m.id}`;',
      "const r = /it's [a-z]+ \\/ 'x' quoted/g.test(s); const t = 'drift above max_drift';",
    ];
    expect(allowed.map(ts).flatMap(sentencesOf)).toEqual([]);
    // After the error's call closes, sentences count again.
    expect(
      sentencesOf("throw new Error(f('bad input: it is wrong')); const s = 'this one is a sentence';"),
    ).toHaveLength(1);
  });
});

describe('code outside packages/shared imports area entry points only', () => {
  const exports = JSON.parse(readFileSync(join(SHARED, 'package.json'), 'utf8')).exports as Record<string, unknown>;
  const entries = new Set(Object.keys(exports).map((k) => `@driftgate/shared${k.slice(1)}`));
  const tops = ['packages', 'actions', 'bench'].flatMap((top) =>
    readdirSync(join(ROOT, top))
      .filter((p) => !(top === 'packages' && p === 'shared'))
      .flatMap((p) => ['src', 'test'].map((sub) => join(ROOT, top, p, sub))),
  );
  const files = [...tops, join(ROOT, 'scripts'), join(ROOT, 'test')].flatMap((d) => walk(d, isCode));

  it('finds the consumers', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it('no import of a file inside the library', () => {
    const wrong: string[] = [];
    for (const file of files) {
      for (const spec of importsOf(readFileSync(file, 'utf8'))) {
        const where = relative(ROOT, file);
        if (spec.startsWith('@driftgate/shared')) {
          const json = /^@driftgate\/shared\/schemas\/[\w.-]+\.json$/.test(spec);
          if (!json && !entries.has(spec)) wrong.push(`${where} imports ${spec}`);
        } else if (spec.startsWith('.')) {
          // The library's test support (fakes, fixtures) is shared with the other packages' tests.
          const target = relative(SHARED, resolve(dirname(file), spec));
          if (/^(src|lib)\//.test(target.split(sep).join('/')))
            wrong.push(`${where} imports ${spec}: use @driftgate/shared/<area>`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});
