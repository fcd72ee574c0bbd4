/**
 * Reading an action's inputs (or the CLI's flags) once, through the spec: trimmed, an empty value is "not
 * given" (GitHub passes unset inputs as ""), the static default applied, booleans and lists parsed, secrets
 * registered before anything can log them, control characters refused in one-line values. Every error is a
 * ConfigurationError naming the input the way the caller names it (`refer`: Input "x" in an action, --x on the
 * command line), the value and the fix.
 */
import { ConfigurationError } from '../../core/errors.js';
import { refuseControlCharacters } from '../../core/escape.js';
import { type InputSpec, type InputValues, type Refer, staticDefault } from '../../core/inputs/input-spec.js';

export interface ReadHooks {
  /** How an error names the input: `Input "tolerance"` (action) or `--tolerance` (CLI). */
  refer: Refer;
  /** Register a secret value (every derived form). */
  secret(value: string): void;
  /** Register the user-info of a URL as secrets. */
  urlSecrets(value: string): void;
  /** The action checks required inputs; the CLI can take them from a recording. */
  required?(spec: InputSpec): never;
  /** The CLI's defaults, where they differ from the action's. */
  cli?: boolean;
}

/** Inputs whose value may span lines (a JQL query, an inline comparison or config). */
const MULTILINE = new Set(['jira-jql', 'comparison', 'config', 'waiver']);

export function readInputs<S extends readonly InputSpec[]>(
  specs: S,
  raw: (spec: InputSpec) => string | boolean | undefined,
  hooks: ReadHooks,
): InputValues<S> {
  const out: Record<string, unknown> = {};
  for (const spec of specs) out[spec.name] = readOne(spec, raw(spec), hooks);
  return out as InputValues<S>;
}

function readOne(spec: InputSpec, given: string | boolean | undefined, hooks: ReadHooks): unknown {
  const text = typeof given === 'string' && given.trim() !== '' ? given.trim() : undefined;
  const fallback = (hooks.cli ? spec.cliDefault : undefined) ?? staticDefault(spec);
  if (spec.type === 'boolean') return typeof given === 'boolean' ? given : parseBoolean(spec, text ?? fallback, hooks);
  const value = text ?? fallback;
  if (value === undefined) {
    if (spec.required && hooks.required) hooks.required(spec);
    return spec.type === 'list' ? [] : undefined;
  }
  if (spec.type === 'secret') hooks.secret(value);
  if (spec.type === 'url') hooks.urlSecrets(value);
  // Every identifier, path and URL is one line: a control character there could forge a log line, a workflow
  // command or a generated file. Secrets and JSON are free text (never printed), as are the few multi-line inputs.
  if (spec.type !== 'secret' && spec.type !== 'json' && !MULTILINE.has(spec.name))
    refuseControlCharacters(value, hooks.refer(spec.name));
  if (spec.type === 'list')
    return value
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  return value;
}

function parseBoolean(spec: InputSpec, v: string | undefined, hooks: ReadHooks): boolean {
  if (v === undefined) return false;
  if (/^(true|yes|on|1)$/i.test(v)) return true;
  if (/^(false|no|off|0)$/i.test(v)) return false;
  throw new ConfigurationError(`${hooks.refer(spec.name)} is ${JSON.stringify(v)}: expected true or false.`);
}
