/**
 * The CLI's options, built from the input specs (@driftgate/shared/inputs): one commander option per entry that
 * is not action-only, --help from its description and default, and the values read once through the same
 * reader as the action's (defaults applied, secrets registered, control characters refused), with errors that
 * name the flag.
 */

import { addUrlSecrets, ConfigurationError, nowSeconds, parseTime } from '@driftgate/shared';
import { type CliValues, cliOptions, flagName, type InputSpec, type Refer, readInputs } from '@driftgate/shared/inputs';
import { Command as Commander, Option } from 'commander';
import type { CliIO, Command } from './command.js';

/**
 * The inputs whose value this run takes from an environment variable (no flag given), by input name: their
 * errors name the variable ($DRIFTGATE_PROMETHEUS_HEADERS), not a flag the user never typed.
 */
export type EnvOrigins = ReadonlyMap<string, string>;

export function envOrigins(
  specs: readonly InputSpec[],
  given: Record<string, string | boolean | undefined>,
  env: NodeJS.ProcessEnv,
): EnvOrigins {
  const out = new Map<string, string>();
  for (const s of cliOptions(specs)) {
    if (given[s.name] !== undefined) continue;
    const from = s.env?.find((e) => env[e] !== undefined && env[e] !== '');
    if (from) out.set(s.name, from);
  }
  return out;
}

/** How messages name an input on the command line: --flag, or $VARIABLE when its value came from there. */
export function referFlag(specs: readonly InputSpec[], origins: EnvOrigins = new Map()): Refer {
  return (name) => {
    const variable = origins.get(name);
    if (variable) return `$${variable}`;
    const spec = specs.find((s) => s.name === name);
    return `--${spec ? flagName(spec) : name}`;
  };
}

/** The first sentence of a description (not cut at "e.g."), for --help. */
function summary(text: string): string {
  const end = text.search(/(?<!\b(?:e\.g|i\.e))\.(\s|$)/);
  return end < 0 ? text : text.slice(0, end + 1);
}

/**
 * The computed default a description states ("Default (empty) = the head commit SHA of the run.", "Default: the
 * previous month.").
 */
function statedDefault(description: string): string | undefined {
  return /Default(?: \(empty\) =|:) (.+?)\.(?:\s|$)/.exec(description)?.[1];
}

function helpText(s: InputSpec): string {
  // A recorded input's default applies after the recording's: still the default to show.
  const stated = s.default?.includes('${{') ? undefined : s.default;
  const dflt = s.cliDefault ?? (s.flag ? undefined : stated) ?? statedDefault(s.description);
  const notes = [
    ...(s.choices ? [`one of ${s.choices.join(', ')}`] : []),
    ...(dflt !== undefined && s.type !== 'boolean' ? [`default ${dflt}`] : []),
    ...(s.env?.length ? [`else $${s.env.join(', $')}`] : []),
  ];
  // A --no-x flag turns the input off: its help says what that does, not what the input does when on.
  const text = s.flag?.startsWith('no-')
    ? (s.negated ?? `Turn off: ${summary(s.description)}`)
    : summary(s.description);
  return `${text}${notes.length ? ` (${notes.join('; ')})` : ''}`;
}

const PLACEHOLDER: Partial<Record<InputSpec['type'], string>> = {
  url: 'URL',
  secret: 'SECRET',
  duration: 'DURATION',
  percent: 'PERCENT',
  number: 'N',
  json: 'JSON',
  list: 'A,B',
};

function placeholder(s: InputSpec): string {
  return s.value ?? PLACEHOLDER[s.type] ?? (s.choices ? s.name.toUpperCase() : 'VALUE');
}

/** One commander option per CLI entry of `specs`. */
export function addOptions(cmd: Commander, specs: readonly InputSpec[]): void {
  for (const s of cliOptions(specs)) {
    const flag = `--${flagName(s)}`;
    cmd.addOption(new Option(s.type === 'boolean' ? flag : `${flag} <${placeholder(s)}>`, helpText(s)));
  }
}

/** An example value of each type, for the message of a flag given without its value. */
const EXAMPLE: Partial<Record<InputSpec['type'], string>> = {
  percent: '10%',
  duration: '30m',
  number: '3',
  url: 'https://prometheus.example:9090',
  list: 'a,b',
};

/** A word on the command line that is a flag, not a value: --name, --name=x, -v (a value such as -1h..now is not). */
function isFlagWord(word: string): boolean {
  return /^--[A-Za-z]/.test(word) || /^-[A-Za-z]$/.test(word);
}

/**
 * A flag that takes a value followed by another flag ("--tolerance --service x"): commander would take
 * "--service" as the value and report "x" as "too many arguments". The message names the flag, what it
 * expects and the word taken as its value (only when that word is one of this command's flags: any other word
 * could be a secret). A value that begins with one "-" (-1h..now) stays a value; one that begins with "--" can
 * be given as --flag=VALUE. `args` are the command's arguments (after its name); undefined when all is well.
 */
export function flagWithoutValue(args: readonly string[], specs: readonly InputSpec[]): string | undefined {
  const options = cliOptions(specs);
  const valued = new Map(options.filter((s) => s.type !== 'boolean').map((s) => [`--${flagName(s)}`, s]));
  const known = new Set([...options.map((s) => `--${flagName(s)}`), '--help', '-h', '--verbose', '-v']);
  for (let i = 0; i < args.length; i++) {
    const word = args[i] as string;
    if (word === '--') return undefined;
    const spec = valued.get(word);
    if (!spec) continue;
    const next = args[i + 1];
    if (next !== undefined && isFlagWord(next)) {
      const name = next.split('=')[0] as string;
      const example = EXAMPLE[spec.type] ?? spec.choices?.[0];
      const taken = known.has(name) ? `is ${name}, which is a flag` : 'begins with "-" and is read as a flag';
      return (
        `${word} needs a value (${placeholder(spec)}${example ? `, such as ${example}` : ''}), but the next word ${taken}. ` +
        `Give the value right after ${word}, or write ${word}=VALUE for a value that begins with "-".`
      );
    }
    i++;
  }
  return undefined;
}

/** The commander values of `specs`, by input name (a --no-x flag is the input x). */
export function optionValues(cmd: Commander, specs: readonly InputSpec[]): Record<string, string | boolean> {
  const opts = cmd.opts() as Record<string, string | boolean>;
  const byAttribute = new Map(cmd.options.map((o) => [o.long, o.attributeName()]));
  const out: Record<string, string | boolean> = {};
  for (const s of cliOptions(specs)) {
    const v = opts[byAttribute.get(`--${flagName(s)}`) ?? ''];
    if (v !== undefined) out[s.name] = v;
  }
  return out;
}

/** Read the values of `specs` from `given` (by input name) and the environment, once. */
export function readOptions<S extends readonly InputSpec[]>(
  specs: S,
  given: Record<string, string | boolean | undefined>,
  io: CliIO,
): CliValues<S> {
  const origins = envOrigins(specs, given, io.env);
  return readInputs(
    cliOptions(specs),
    (s) => given[s.name] ?? (origins.has(s.name) ? io.env[origins.get(s.name) as string] : undefined),
    {
      refer: referFlag(specs, origins),
      secret: (v) => io.logger.secret(v),
      urlSecrets: (v) => addUrlSecrets(v),
      cli: true,
    },
  ) as CliValues<S>;
}

/**
 * A library message names inputs as an action does (Input "candidate-window"); on the command line they are
 * flags, or the environment variable a value came from (`origins`). Only the names of this command's inputs are
 * replaced, and never a quoted value (after "is" or "both").
 */
export function renderInputs(message: string, specs: readonly InputSpec[], origins: EnvOrigins = new Map()): string {
  const refer = referFlag(specs, origins);
  const names = new Set(specs.map((s) => s.name));
  return message.replace(/(Inputs? |\b(?:is|both) )?"([a-z0-9-]+)"/g, (whole, before: string | undefined, name) => {
    if (!names.has(name) || (before && !before.startsWith('Input'))) return whole;
    return refer(name);
  });
}

/** --now: the clock in unix seconds (a value that is not a number is ignored). */
export function clock(now: string | undefined): { now?: number } {
  // Any time the other inputs take (unix seconds, RFC 3339, -2h); anything else is refused, never ignored.
  return now ? { now: parseTime(now, nowSeconds(), '--now') } : {};
}

/** A command's values from its arguments alone, without the program around it (the demo's bake, tests). */
export function commandValues<S extends readonly InputSpec[]>(c: Command<S>, argv: string[], io: CliIO): CliValues<S> {
  const missing = flagWithoutValue(argv, c.inputs);
  if (missing) throw new ConfigurationError(missing);
  const cmd = new Commander(c.name).exitOverride();
  addOptions(cmd, c.inputs);
  cmd.parse(argv, { from: 'user' });
  return readOptions(c.inputs, optionValues(cmd, c.inputs), io);
}
