/**
 * The folders of packages/shared/src are its layers (docs/architecture.md), bottom to top:
 *
 *   core/   the functional core: model, findings, statistics, judge, rules, prose. Data in, data out.
 *   io/     the world: HTTP, metric sources, clients, the baseline store, publishing, config files.
 *   flows/  what a user runs: compare, the bake, the waiver check, the watch, releases, FinOps, rightsizing.
 *   shell/  inputs and the action runtime.
 *
 * Imports point down or stay in their layer; core/ imports only core/ and pure packages; no cycles; file names
 * are distinct; index.ts files are entry points only; code outside the library imports its entry points.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importsOf, isCode, isQuiet, type Module, modules, ROOT, SHARED, SRC, walk } from './modules.js';

const LAYERS = ['core', 'io', 'flows', 'shell'] as const;

/** The packages the functional core may use: pure computation, no I/O. */
const PURE_PACKAGES = [
  /^yaml$/,
  /^ajv$/,
  /^ajv-formats$/,
  /^markdown-table$/,
  /^@stdlib\//,
  /^@grafana\/grafana-foundation-sdk\//,
  /^node:crypto$/,
];

/** The layer of a module id (its top folder), -1 for the package's root entry point src/index.ts. */
const layerOf = (id: string) => LAYERS.indexOf(id.split('/')[0] as (typeof LAYERS)[number]);
const isEntry = (id: string) => id === 'index' || id.endsWith('/index');
const fileName = (id: string) => id.slice(id.lastIndexOf('/') + 1);

function cycles(g: Map<string, Module>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (id: string) => {
    state.set(id, 'open');
    stack.push(id);
    for (const d of g.get(id)?.modules ?? []) {
      if (state.get(d) === 'open') found.push([...stack.slice(stack.indexOf(d)), d]);
      else if (!state.has(d)) visit(d);
    }
    stack.pop();
    state.set(id, 'done');
  };
  for (const id of [...g.keys()].sort()) if (!state.has(id)) visit(id);
  return found;
}

describe('packages/shared: the folders are the layers', () => {
  const g = modules();
  const all = [...g.values()];

  it('reads the library', () => {
    expect(all.length).toBeGreaterThan(150);
    expect(g.get('core/judge/drift-interval')?.modules).toContain('core/stats/distributions');
  });

  it('every module sits in core/, io/, flows/ or shell/ (src/index.ts is the root entry point)', () => {
    const outside = all.filter((m) => m.id !== 'index' && layerOf(m.id) < 0).map((m) => m.id);
    expect(outside).toEqual([]);
  });

  it('imports point down or stay in their layer: no arrow up', () => {
    const up: string[] = [];
    for (const m of all) {
      if (m.id === 'index') continue;
      for (const d of m.modules) {
        if (layerOf(d) > layerOf(m.id)) up.push(`${m.id}.ts (${LAYERS[layerOf(m.id)]}) imports ${d}`);
      }
    }
    expect(up).toEqual([]);
  });

  it('core/ is the functional core: it imports only core/ and pure packages', () => {
    const impure: string[] = [];
    for (const m of all.filter((x) => layerOf(x.id) === 0)) {
      for (const d of m.modules) if (layerOf(d) !== 0) impure.push(`${m.id}.ts imports ${d}`);
      for (const p of m.packages) if (!PURE_PACKAGES.some((re) => re.test(p))) impure.push(`${m.id}.ts imports ${p}`);
    }
    expect(impure).toEqual([]);
  });

  it('no cycles', () => {
    expect(cycles(g).map((c) => c.join(' -> '))).toEqual([]);
  });

  it('file names are distinct (index.ts aside): a name says which file', () => {
    const byName = new Map<string, string[]>();
    for (const m of all) if (!isEntry(m.id)) byName.set(fileName(m.id), [...(byName.get(fileName(m.id)) ?? []), m.id]);
    expect([...byName.values()].filter((ids) => ids.length > 1)).toEqual([]);
  });

  it('index.ts files are entry points: re-exports only, of modules at or below their layer, imported by no module', () => {
    const wrong: string[] = [];
    for (const m of all) {
      if (isEntry(m.id)) {
        const text = readFileSync(m.file, 'utf8');
        const body = text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '').trim();
        if (!/^(export (\*|\{[^}]*\}|type \{[^}]*\}) from '[^']+';\s*)*$/.test(body))
          wrong.push(`${m.id}.ts holds code`);
        for (const d of m.modules) {
          if (isEntry(d)) wrong.push(`${m.id}.ts re-exports the entry point ${d}`);
          if (m.id !== 'index' && layerOf(d) > layerOf(m.id)) wrong.push(`${m.id}.ts re-exports ${d} from above`);
        }
      } else {
        for (const d of m.modules)
          if (isEntry(d)) wrong.push(`${m.id}.ts imports the entry point ${d}: import the module`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('package.json exports an existing index.ts per entry, every index.ts is exported, and there is no "./*"', () => {
    const pkg = JSON.parse(readFileSync(join(SHARED, 'package.json'), 'utf8'));
    const exports = pkg.exports as Record<string, { default?: string; types?: string }>;
    expect(Object.keys(exports)).not.toContain('./*');
    const targets = Object.entries(exports)
      .filter(([key]) => key !== './schemas/*')
      .map(([key, v]) => {
        const id = (v.default ?? '').replace(/^\.\/lib\//, '').replace(/\.js$/, '');
        expect(v.types, key).toBe(`./lib/${id}.d.ts`);
        return id;
      });
    for (const id of targets) expect(g.has(id), `${id}.ts exists and is an entry point`).toBe(isEntry(id));
    expect(targets.sort()).toEqual(
      all
        .filter((m) => isEntry(m.id))
        .map((m) => m.id)
        .sort(),
    );
  });

  it('the judge, the statistics and the rules return findings: none of them imports core/report/', () => {
    const wording: string[] = [];
    for (const m of all.filter((x) => isQuiet(x.id))) {
      for (const d of m.modules) if (d.startsWith('core/report/')) wording.push(`${m.id}.ts imports ${d}`);
    }
    expect(all.filter((m) => isQuiet(m.id)).length).toBeGreaterThan(10);
    expect(wording).toEqual([]);
  });

  it('findings are types in core/findings/ and words in core/report/prose.ts', () => {
    expect(
      all
        .filter((m) => m.id.startsWith('core/findings/'))
        .map((m) => m.id)
        .sort(),
    ).toEqual(['core/findings/findings', 'core/findings/index']);
    expect(readFileSync(join(SRC, 'core/findings/findings.ts'), 'utf8')).not.toMatch(/^export (function|const|class)/m);
    const sayers = all.filter((m) => m.modules.includes('core/report/prose') && !isEntry(m.id)).map((m) => m.id);
    expect(sayers).toEqual(expect.arrayContaining(['flows/compare/compare', 'flows/waiver/waiver-check']));
  });
});

describe('code outside packages/shared imports its entry points only', () => {
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
      for (const spec of importsOf(file)) {
        const where = relative(ROOT, file);
        if (spec.startsWith('@driftgate/shared')) {
          const json = /^@driftgate\/shared\/schemas\/[\w.-]+\.json$/.test(spec);
          if (!json && !entries.has(spec)) wrong.push(`${where} imports ${spec}`);
        } else if (spec.startsWith('.')) {
          // The library's test support (fakes, fixtures) is shared with the other packages' tests.
          const target = relative(SHARED, resolve(dirname(file), spec));
          if (/^(src|lib)\//.test(target.split(sep).join('/')))
            wrong.push(`${where} imports ${spec}: use @driftgate/shared/<entry>`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});
