/**
 * One input spec per action (inputs/<action>.ts): the action's inputs and the CLI's flags of the same name are
 * the same entries. action.yml's `inputs:` is written from it (scripts/write-action-inputs.mjs, checked by
 * test/inputs/action-yml.test.ts), the CLI builds its options and --help from it, and both read their values
 * through it once (read.ts).
 */

/**
 * How a value is read. string / line / url / secret / list / boolean are read by read.ts (line: no control
 * characters; url: its user-info is a secret; secret: masked); percent / duration / number / choice / json stay
 * text there and are parsed by the action's settings function (compare-settings.ts), with their own messages.
 */
export type InputType =
  | 'string'
  | 'line'
  | 'url'
  | 'secret'
  | 'boolean'
  | 'list'
  | 'percent'
  | 'duration'
  | 'number'
  | 'choice'
  | 'json';

export interface InputSpec {
  /** The action input's name, and the CLI flag's (--name) unless `flag` says otherwise. */
  readonly name: string;
  readonly type: InputType;
  /** action.yml's description, with the default in prose where it is computed ("Default (empty) = ..."). */
  readonly description: string;
  /** The static default: action.yml's `default:`, applied when the value is empty. */
  readonly default?: string;
  /**
   * A recording (metrics-file) can carry this value: empty means the recording's, else the default, so the
   * reader leaves it empty and the library applies the default after the recording's.
   */
  readonly recorded?: boolean;
  readonly choices?: readonly string[];
  /** Required in the action (the CLI can take it from a recording). */
  readonly required?: boolean;
  /** Only an action input, or only a CLI flag. */
  readonly only?: 'action' | 'cli';
  /** The CLI flag when it is not --name: a boolean input that defaults to true is --no-name. */
  readonly flag?: string;
  /** --help of a --no-name flag: what turning it off does (the description says what the input does when true). */
  readonly negated?: string;
  /** The CLI's placeholder in --help (default NAME-like from the type). */
  readonly value?: string;
  /** The CLI's default when it differs from the action's (a directory under the working directory). */
  readonly cliDefault?: string;
  /** Environment variables the CLI falls back to, in order. */
  readonly env?: readonly string[];
}

/** How messages name an input: `Input "tolerance"` in an action, `--tolerance` on the command line. */
export type Refer = (input: string) => string;
export const referInput: Refer = (name) => `Input "${name}"`;

/** The CLI flag of an input, without the dashes. */
export function flagName(spec: InputSpec): string {
  return spec.flag ?? spec.name;
}

/** A default that is a workflow expression (${{ github.token }}) is the runner's, not a value. */
export function staticDefault(spec: InputSpec): string | undefined {
  return spec.default === undefined || spec.default.includes('${{') || spec.recorded ? undefined : spec.default;
}

export function actionInputs(specs: readonly InputSpec[]): InputSpec[] {
  return specs.filter((s) => s.only !== 'cli');
}

export function cliOptions(specs: readonly InputSpec[]): InputSpec[] {
  return specs.filter((s) => s.only !== 'action');
}

/** The entries of `specs` named in `names`, in that order (a CLI command that takes part of an action's inputs). */
export function pickInputs<S extends readonly InputSpec[], N extends S[number]['name']>(
  specs: S,
  names: readonly N[],
): Array<Extract<S[number], { name: N }>> {
  return names.map((n) => {
    const found = specs.find((s) => s.name === n);
    if (!found) throw new Error(`no input ${n}`);
    return found as Extract<S[number], { name: N }>;
  });
}

/** The typed value read.ts yields for an entry. */
export type InputValue<E extends InputSpec> = E['type'] extends 'boolean'
  ? boolean
  : E['type'] extends 'list'
    ? string[]
    : E extends { default: `${string}\${{${string}` } | { recorded: true }
      ? string | undefined
      : E extends { default: string }
        ? string
        : string | undefined;

export type InputValues<S extends readonly InputSpec[]> = { [E in S[number] as E['name']]: InputValue<E> };

/** The values the CLI reads (read.ts with cli): a flag with its own default (cliDefault) always has a value. */
export type CliValues<S extends readonly InputSpec[]> = {
  [E in S[number] as E['name']]: E extends { cliDefault: string } ? Exclude<InputValue<E>, undefined> : InputValue<E>;
};
