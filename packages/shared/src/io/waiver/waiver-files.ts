/**
 * Waiver files in the repository (default folder .github/perf-waivers/, YAML, one waiver per file, any depth):
 * read, validated against core/schemas/waiver-schema.ts and normalized to the `Waiver` JSON shape.
 *
 * A file that cannot be used (bad YAML, schema violation) is not an error of the run: it becomes a candidate
 * rejected as 'invalid', whose problems name the file, the key path, the bad value and the fix. A broken waiver
 * for another service must not block this service's release, and a broken waiver never waives anything.
 * A missing folder is only an error when `waivers-path` was given explicitly.
 */
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { parsePercent } from '../../core/config.js';
import { ConfigurationError, errorMessage } from '../../core/errors.js';
import type { Waiver } from '../../core/model/waiver.js';
import { labelWaiverSchema, waiverSchema } from '../../core/schemas/waiver-schema.js';
import { formatProblems, type SchemaProblem, validate } from '../../core/validation.js';
import type { WaiverCandidate } from '../../core/waiver/decide.js';

export const DEFAULT_WAIVERS_PATH = '.github/perf-waivers';

export interface ParsedWaiver {
  waiver?: Waiver;
  problems?: string[];
}

/** The git blob SHA-1 of some bytes (what `git hash-object` prints and the contents API returns as `sha`). */
export function gitBlobSha(bytes: Buffer | string): string {
  const buf = typeof bytes === 'string' ? Buffer.from(bytes) : bytes;
  return createHash('sha1').update(`blob ${buf.length}\0`).update(buf).digest('hex');
}

/** Schema problems, with one "missing required key" per missing key (ajv's are merged per path by validate()). */
export async function validateRecord(schema: object, data: Record<string, unknown>): Promise<SchemaProblem[]> {
  const problems = (await validate(schema, data)).filter(
    (p) => !(p.path === '(top level)' && p.message.startsWith('missing required')),
  );
  const required = (schema as { required?: string[] }).required ?? [];
  const missing = required
    .filter((k) => data[k] === undefined)
    .map((k) => ({ path: '(top level)', value: undefined, message: `missing required key "${k}"` }));
  return [...missing, ...problems];
}

/**
 * Validate a parsed record against the schema and normalize it: max_drift "25%" -> 0.25, metrics "*" -> ["*"].
 * `where` names the record in messages (file path, "Jira issue CAB-7", "review by alice on PR #12").
 */
export async function waiverFromRecord(
  data: unknown,
  where: string,
  schema: object = waiverSchema,
  defaults: Partial<Waiver> = {},
): Promise<ParsedWaiver> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return {
      problems: [
        `${where}: expected a mapping of waiver keys (id, service, environment, metrics, max_drift, expires, approved_by, reason) at line 1, got ${describeShape(data)} (the content is not shown)`,
      ],
    };
  }
  const raw = data as Record<string, unknown>;
  const problems = await validateRecord(schema, raw);
  if (problems.length) return { problems: formatProblems(where, problems).split('\n') };
  let maxDrift: number;
  try {
    maxDrift = parsePercent(raw.max_drift, `${where}: max_drift`);
  } catch (e) {
    return { problems: [errorMessage(e)] };
  }
  // A waiver is a temporary exception: one that "expires" in 9999 is a permanent one in disguise.
  const expiresAt = Date.parse(String(raw.expires));
  if (expiresAt > Date.now() + MAX_WAIVER_DAYS * 86_400_000) {
    return {
      problems: [
        `${where}: expires is ${JSON.stringify(raw.expires)}, more than ${MAX_WAIVER_DAYS} days ahead: a waiver is a temporary exception; give a date within a year and renew it if it is still needed`,
      ],
    };
  }
  const metrics = raw.metrics === '*' ? ['*'] : (raw.metrics as string[]);
  const waiver: Waiver = {
    id: (raw.id as string | undefined) ?? (defaults.id as string),
    service: raw.service as string,
    environment: raw.environment as string,
    metrics: metrics.includes('*') ? ['*'] : metrics,
    max_drift: maxDrift,
    ...(raw.versions ? { versions: (raw.versions as string[]).map(String) } : {}),
    expires: raw.expires as string,
    approved_by: (raw.approved_by as string[] | undefined) ?? defaults.approved_by ?? [],
    reason: raw.reason as string,
    ...(raw.ticket || defaults.ticket ? { ticket: (raw.ticket as string | undefined) ?? defaults.ticket } : {}),
  };
  if (!waiver.versions && defaults.versions) waiver.versions = defaults.versions;
  return { waiver };
}

/** Parse one waiver from YAML text. */
export async function parseWaiverYaml(
  text: string,
  where: string,
  schema: object = waiverSchema,
  defaults: Partial<Waiver> = {},
): Promise<ParsedWaiver> {
  // yaml is imported on the first waiver read, not at start-up.
  const { parseAllDocuments } = await import('yaml');
  const docs = parseAllDocuments(text, { prettyErrors: true });
  const list = Array.isArray(docs) ? docs : [];
  const nonEmpty = list.filter((d) => d.contents !== null || d.errors.length > 0);
  if (nonEmpty.length === 0) {
    return {
      problems: [
        `${where}: the file is empty: write one waiver with id, service, environment, metrics, max_drift, expires, approved_by and reason (see docs/waivers.md)`,
      ],
    };
  }
  if (nonEmpty.length > 1) {
    return {
      problems: [
        `${where}: contains ${nonEmpty.length} YAML documents: put one waiver per file (split at the "---" lines)`,
      ],
    };
  }
  const doc = nonEmpty[0] as (typeof nonEmpty)[number];
  if (doc.errors.length) {
    const starHint = /:\s*\*\s*(#.*)?$/m.test(text)
      ? ' (a bare * starts a YAML alias: write metrics: "*" or metrics: ["*"] in quotes)'
      : '';
    return {
      problems: doc.errors.map(
        (e) =>
          `${where}: invalid YAML: ${yamlProblem(e.message)}${yamlPosition(e, e.message)}${starHint}; fix the syntax (one "key: value" per line)`,
      ),
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch {
    return {
      problems: [`${where}: its YAML aliases expand too far (an alias bomb is refused); write the values out`],
    };
  }
  return waiverFromRecord(data, where, schema, defaults);
}

/** Parse the ```cab-waiver block of a review (label waivers); id, approvers, ticket and versions default from the PR. */
export function parseLabelWaiverBlock(text: string, where: string, defaults: Partial<Waiver>): Promise<ParsedWaiver> {
  return parseWaiverYaml(text, where, labelWaiverSchema, defaults);
}

/** What a parsed document is, without its content: "a string of 812 characters", "a list of 3 items". */
function describeShape(data: unknown): string {
  if (data === null || data === undefined) return 'nothing';
  if (typeof data === 'string') return `a string of ${data.length} characters`;
  if (Array.isArray(data)) return `a list of ${data.length} item${data.length === 1 ? '' : 's'}`;
  return `a ${typeof data}`;
}

/** " at line L, column C" of a YAML error when its message does not say it already, or "". */
function yamlPosition(e: { linePos?: [{ line: number; col: number }, ...unknown[]] }, message: string): string {
  const p = e.linePos?.[0];
  return p && !/ at line \d+/.test(message) ? ` at line ${p.line}, column ${p.col}` : '';
}

/**
 * A YAML error's first line, without the source text a few messages quote ("Unresolved tag: !x", "Invalid
 * escape sequence \q", "Plain value cannot start with @"): a file's content is never shown.
 */
function yamlProblem(message: string): string {
  return (message.split('\n')[0] as string)
    .replace(/(extra characters|Unresolved tag|Invalid escape sequence|cannot start with)[:]?\s.*?(?= at line|$)/, '$1')
    .replace(/:\s*$/, '');
}

function toPosix(p: string): string {
  return p.split(sep).join('/');
}

/** Longest a waiver may run from now. */
const MAX_WAIVER_DAYS = 366;

/** Largest waiver file read (a waiver is a few hundred bytes; a device or a huge file is refused unread). */
const MAX_WAIVER_BYTES = 64 * 1024;

/**
 * Why a waiver file is refused unread, or undefined: a symbolic link (in a folder, to anything outside the
 * folder: /proc/self/environ, a secrets file), not a regular file, or larger than 64 KiB.
 */
function refuseFile(file: string, root: string | undefined, rel: string): string | undefined {
  let target: string;
  try {
    target = realpathSync(file);
  } catch {
    return `${rel}: a symbolic link whose target does not exist: refused (replace it with the waiver file itself)`;
  }
  if (root !== undefined && lstatSync(file).isSymbolicLink()) {
    const inside = relative(root, target);
    if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) {
      return `${rel}: a symbolic link to a file outside the waiver folder: refused, never followed (put the waiver file itself in the folder)`;
    }
  }
  const st = statSync(target);
  if (!st.isFile()) return `${rel}: not a regular file: refused unread`;
  if (st.size > MAX_WAIVER_BYTES) {
    return `${rel}: ${st.size} bytes, more than the ${MAX_WAIVER_BYTES} a waiver file may have: refused unread`;
  }
  return undefined;
}

/**
 * Read every *.yml / *.yaml under `path` (a folder, searched recursively, or one file). Paths in the
 * candidates are relative to `repoRoot` (the repository checkout; default `cwd`), as the GitHub API wants them.
 */
export async function loadWaiverFiles(
  path: string | undefined,
  cwd: string,
  repoRoot: string = cwd,
  inputName = 'waivers-path',
): Promise<WaiverCandidate[]> {
  const explicit = path !== undefined && path !== '';
  const full = resolve(cwd, explicit ? path : DEFAULT_WAIVERS_PATH);
  if (!existsSync(full)) {
    if (explicit) {
      throw new ConfigurationError(
        `Input "${inputName}" is ${JSON.stringify(path)}: no such file or folder (relative paths are resolved from ${cwd}); create it or leave ${inputName} empty for ${DEFAULT_WAIVERS_PATH}/.`,
      );
    }
    return [];
  }
  const folder = statSync(full).isDirectory();
  const files = folder
    ? readdirSync(full, { recursive: true, encoding: 'utf8' })
        .filter((f) => /\.ya?ml$/i.test(f))
        .map((f) => join(full, f))
        .filter((f) => lstatSync(f).isSymbolicLink() || statSync(f).isFile())
        .sort()
    : [full];
  const candidates: WaiverCandidate[] = [];
  const root = folder ? realpathSync(full) : undefined;
  for (const file of files) {
    const rel = toPosix(relative(repoRoot, file));
    const refused = refuseFile(file, root, rel);
    if (refused) {
      candidates.push({ source: { kind: 'file', ref: rel }, problems: [refused] } satisfies WaiverCandidate);
      continue;
    }
    const bytes = readFileSync(file);
    const parsed = await parseWaiverYaml(bytes.toString('utf8'), rel);
    candidates.push({
      source: { kind: 'file', ref: rel },
      file: { path: rel, blobSha: gitBlobSha(bytes) },
      ...parsed,
    } satisfies WaiverCandidate);
  }
  return candidates;
}
