/**
 * The CLI's options, built from the input specs (@driftgate/shared/inputs): one commander option per entry that
 * is not action-only, --help from its description and default, and the values read once through the same
 * reader as the action's (defaults applied, secrets registered, control characters refused), with errors that
 * name the flag.
 */

import { addUrlSecrets, nowSeconds, parseTime } from '@driftgate/shared';
import {
  cliOptions,
  flagName,
  type InputSpec,
  type InputValues,
  type Refer,
  readInputs,
} from '@driftgate/shared/inputs';
import { Command as Commander, Option } from 'commander';
import type { CliIO, Command } from './command.js';

/** How messages name an input on the command line: --flag. */
export function referFlag(specs: readonly InputSpec[]): Refer {
  return (name) => {
    const spec = specs.find((s) => s.name === name);
    return `--${spec ? flagName(spec) : name}`;
  };
}

/** The first sentence of a description (not cut at "e.g."), for --help. */
function summary(text: string): string {
  const end = text.search(/(?<!\b(?:e\.g|i\.e))\.(\s|$)/);
  return end < 0 ? text : text.slice(0, end + 1);
}

/** The computed default a description states ("Default (empty) = the head commit SHA of the run."). */
function statedDefault(description: string): string | undefined {
  return /Default \(empty\) = (.+?)\.(?:\s|$)/.exec(description)?.[1];
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
): InputValues<S> {
  return readInputs(
    cliOptions(specs),
    (s) => given[s.name] ?? s.env?.map((e) => io.env[e]).find((v) => v !== undefined && v !== ''),
    { refer: referFlag(specs), secret: (v) => io.logger.secret(v), urlSecrets: (v) => addUrlSecrets(v), cli: true },
  ) as InputValues<S>;
}

/**
 * A library message names inputs as an action does (Input "candidate-window"); on the command line they are
 * flags. Only the names of this command's inputs are replaced, and never a quoted value (after "is" or "both").
 */
export function renderInputs(message: string, specs: readonly InputSpec[]): string {
  const flags = new Map(specs.map((s) => [s.name, `--${flagName(s)}`]));
  return message.replace(/(Inputs? |\b(?:is|both) )?"([a-z0-9-]+)"/g, (whole, before: string | undefined, name) => {
    const flag = flags.get(name);
    if (!flag || (before && !before.startsWith('Input'))) return whole;
    return flag;
  });
}

/** --now: the clock in unix seconds (a value that is not a number is ignored). */
export function clock(now: string | undefined): { now?: number } {
  // Any time the other inputs take (unix seconds, RFC 3339, -2h); anything else is refused, never ignored.
  return now ? { now: parseTime(now, nowSeconds(), '--now') } : {};
}

/** A command's values from its arguments alone, without the program around it (the demo's bake, tests). */
export function commandValues<S extends readonly InputSpec[]>(
  c: Command<S>,
  argv: string[],
  io: CliIO,
): InputValues<S> {
  const cmd = new Commander(c.name).exitOverride();
  addOptions(cmd, c.inputs);
  cmd.parse(argv, { from: 'user' });
  return readOptions(c.inputs, optionValues(cmd, c.inputs), io);
}
