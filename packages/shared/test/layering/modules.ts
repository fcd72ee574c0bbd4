/**
 * The library's modules as the layering tests see them: each file of packages/shared/src with what it imports,
 * read by a real parser (oxc, through vite's parseSync), not by a pattern or a scanner of our own.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSync } from 'vite';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
export const SHARED = join(ROOT, 'packages/shared');
export const SRC = join(SHARED, 'src');

export function walk(dir: string, keep: (file: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    if (['node_modules', 'lib', 'dist'].includes(name)) return [];
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p, keep) : keep(p) ? [p] : [];
  });
}

export const isCode = (f: string) => /\.(ts|mts|js|mjs)$/.test(f) && !f.endsWith('.d.ts');

/** Module id: the path under src/ without extension, '/'-separated ("core/judge/drift-interval"). */
export const moduleId = (file: string) =>
  relative(SRC, file)
    .split(sep)
    .join('/')
    .replace(/\.(ts|js)$/, '');

export type Parsed = ReturnType<typeof parseSync>;

export function parse(file: string, text = readFileSync(file, 'utf8')): Parsed {
  const parsed = parseSync(file, text);
  if (parsed.errors.length > 0) throw new Error(`${file}: ${parsed.errors[0]?.message}`);
  return parsed;
}

/** Every specifier a module imports or re-exports, static or dynamic (a dynamic one only when it is a literal). */
export function importsOf(file: string, text = readFileSync(file, 'utf8')): string[] {
  const { module } = parse(file, text);
  const dynamic = module.dynamicImports
    .map((d) => text.slice(d.moduleRequest.start, d.moduleRequest.end))
    .filter((s) => /^(['"]).*\1$/.test(s))
    .map((s) => s.slice(1, -1));
  return [
    ...module.staticImports.map((i) => i.moduleRequest.value),
    ...module.staticExports.flatMap((e) => e.entries.flatMap((x) => (x.moduleRequest ? [x.moduleRequest.value] : []))),
    ...dynamic,
  ];
}

export interface Module {
  id: string;
  file: string;
  /** Relative imports, as module ids. */
  modules: string[];
  /** Package imports (node: built-ins included). */
  packages: string[];
}

/** Every module of src/ with what it imports. */
export function modules(): Map<string, Module> {
  const out = new Map<string, Module>();
  for (const file of walk(SRC, isCode)) {
    const specs = importsOf(file);
    out.set(moduleId(file), {
      id: moduleId(file),
      file,
      modules: specs.filter((s) => s.startsWith('.')).map((s) => moduleId(resolve(dirname(file), s))),
      packages: specs.filter((s) => !s.startsWith('.')),
    });
  }
  return out;
}

/** The modules that return findings and never words: they may not import core/report/ (where the words are). */
export const QUIET = [
  'core/judge/',
  'core/stats/',
  'core/bake/bake-settings',
  'core/bake/rules',
  'core/bake/rules/',
  'core/bake/evaluate',
  'core/waiver/apply',
  'core/waiver/decide',
];
export const isQuiet = (id: string) => QUIET.some((p) => (p.endsWith('/') ? id.startsWith(p) : id === p));
