/**
 * JSON Schema validation (ajv) with error messages a user can act on: which file, which key path, what
 * value, and what is expected (taken from the schema's `description` where there is one).
 */
import type { Ajv, ErrorObject, ValidateFunction } from 'ajv';

let ajv: Promise<Ajv> | undefined;

/**
 * One compiler for every schema, made on the first validation. ajv is imported then, not at start-up: most runs
 * (a gate on the built-in catalog, a recording) validate nothing, and loading ajv is a large part of a cold start.
 */
function compiler(): Promise<Ajv> {
  ajv ??= (async () => {
    const [ajvModule, formats] = await Promise.all([import('ajv'), import('ajv-formats')]);
    const AjvClass = commonJsExport<typeof Ajv>(ajvModule, 'Ajv');
    const addFormats = commonJsExport<(ajv: Ajv) => Ajv>(formats);
    const a = new AjvClass({ allErrors: true, strict: false, allowUnionTypes: true, verbose: true });
    addFormats(a);
    return a;
  })();
  return ajv;
}

/**
 * A CommonJS package's export from import(): Node and the bundler wrap module.exports differently (a namespace
 * with `default`, the function itself with properties, or the named export).
 */
function commonJsExport<T>(mod: unknown, name?: string): T {
  const m = mod as Record<string, unknown> & { default?: Record<string, unknown> };
  const candidates = [name && m[name], name && m.default?.[name], m.default?.default, m.default, m];
  return candidates.find((c) => typeof c === 'function') as T;
}

const cache = new WeakMap<object, ValidateFunction>();

export interface SchemaProblem {
  /** Dotted key path ("metrics.latency_p95_read.tolerance"), or "(top level)". */
  path: string;
  value: unknown;
  message: string;
}

export async function validate(schema: object, data: unknown): Promise<SchemaProblem[]> {
  let fn = cache.get(schema);
  if (!fn) {
    fn = (await compiler()).compile(schema);
    cache.set(schema, fn);
  }
  if (fn(data)) return [];
  return simplify(fn.errors ?? [], data);
}

function valueAt(data: unknown, pointer: string): unknown {
  let cur: any = data;
  for (const part of pointer.split('/').slice(1)) {
    if (cur === null || cur === undefined) return undefined;
    cur = cur[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return cur;
}

function dotted(pointer: string): string {
  const parts = pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  return parts.length
    ? parts.map((p, i) => (/^\d+$/.test(p) ? `[${p}]` : i === 0 ? p : `.${p}`)).join('')
    : '(top level)';
}

function describe(e: ErrorObject): string {
  const d = (e.parentSchema as { description?: string } | undefined)?.description;
  switch (e.keyword) {
    case 'additionalProperties': {
      const allowed = Object.keys(((e.parentSchema as any)?.properties ?? {}) as object);
      const extra = (e.params as { additionalProperty: string }).additionalProperty;
      const guess = closest(extra, allowed);
      return `unknown key "${extra}"${guess ? ` (did you mean "${guess}"?)` : ''}; allowed keys: ${allowed.join(', ')}`;
    }
    case 'required':
      return `missing required key "${(e.params as { missingProperty: string }).missingProperty}"`;
    case 'enum':
      return `expected one of ${((e.params as { allowedValues: unknown[] }).allowedValues ?? []).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'const':
      return `expected ${JSON.stringify((e.params as { allowedValue: unknown }).allowedValue)}`;
    default:
      return d ? `expected ${d}` : (e.message ?? 'invalid');
  }
}

/** Keep the most useful error per path (anyOf branches produce one error per branch). */
function simplify(errors: ErrorObject[], data: unknown): SchemaProblem[] {
  const byPath = new Map<string, SchemaProblem>();
  for (const e of errors) {
    const pointer = e.instancePath;
    // One problem per path, except that every unknown key and every missing key is reported.
    const extra =
      e.keyword === 'additionalProperties'
        ? `+${(e.params as any).additionalProperty}`
        : e.keyword === 'required'
          ? `-${(e.params as any).missingProperty}`
          : '';
    const key = `${pointer}|${extra}`;
    const problem: SchemaProblem = { path: dotted(pointer), value: valueAt(data, pointer), message: describe(e) };
    const prev = byPath.get(key);
    // Prefer an anyOf error (it carries the description of the whole alternative) over branch errors.
    if (!prev || e.keyword === 'anyOf') byPath.set(key, problem);
  }
  return [...byPath.values()];
}

export function formatProblems(where: string, problems: SchemaProblem[]): string {
  return problems
    .map((p) => {
      if (p.message.startsWith('unknown key') || p.message.startsWith('missing required')) {
        return `${where}: ${p.path === '(top level)' ? '' : `${p.path}: `}${p.message}`;
      }
      return `${where}: ${p.path} is ${JSON.stringify(p.value)}: ${p.message}`;
    })
    .join('\n');
}

/** Levenshtein-closest candidate within distance 3, for "did you mean" hints. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = 4;
  for (const c of candidates) {
    const d = levenshtein(word.toLowerCase(), c.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return best;
}

function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j] as number;
      row[j] = Math.min((row[j] as number) + 1, (row[j - 1] as number) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length] as number;
}

/**
 * Where a JSON text stops parsing, without quoting it (V8's message quotes the text around the error, which
 * could be a token file given by mistake): "at line 3, column 7; the content is not shown".
 */
export function jsonSyntaxError(e: unknown, text: string): string {
  const message = e instanceof Error ? e.message : String(e);
  const at = /position (\d+)/.exec(message);
  let offset = at ? Number(at[1]) : undefined;
  if (offset === undefined) {
    const first = text.search(/\S/);
    if (first === -1) return 'the text is empty';
    if (!/[[{"\d-]|t|f|n/.test(text.charAt(first))) offset = first;
  }
  if (offset === undefined) return 'it ends early or has a misplaced character; the content is not shown';
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `at line ${line}, column ${column}; the content is not shown`;
}

/** The text as a JSON object (not an array, not null), or undefined when it is anything else. */
export function parseJsonObject(text: string): Record<string, unknown> | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  return parsed && typeof parsed === 'object' && !Array.isArray(parsed)
    ? (parsed as Record<string, unknown>)
    : undefined;
}
