/**
 * What a CLI sub-command is. Each command lives in its own file under commands/ and is registered in main.ts.
 * Its options are its input spec's (@driftgate/shared/inputs: flag names = the action's input names), read once
 * into typed values before `run`; it calls the shared library, prints to `io`, and returns the exit status.
 */

import type { Logger } from '@driftgate/shared';
import type { CliValues, InputSpec } from '@driftgate/shared/inputs';

export interface CliIO {
  out(line: string): void;
  err(line: string): void;
  logger: Logger;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

export interface Command<S extends readonly InputSpec[] = readonly InputSpec[]> {
  name: string;
  summary: string;
  inputs: S;
  /** More --help text: what the flags do together. */
  notes?: string;
  /** The exit statuses this command returns (EXIT_MEANING keys), for --help. */
  exits: ReadonlyArray<keyof typeof EXIT>;
  run(values: CliValues<S>, io: CliIO): Promise<number>;
}

/** A command with its values typed from its spec. */
export function defineCommand<const S extends readonly InputSpec[]>(c: Command<S>): Command<S> {
  return c;
}

/** Exit statuses, the same for every command. */
export const EXIT = { ok: 0, fail: 1, usage: 2, inconclusive: 3, unreachable: 4 } as const;

export const EXIT_MEANING: Record<keyof typeof EXIT, string> = {
  ok: 'pass, waived or done',
  fail: 'fail',
  usage: 'usage or configuration error',
  inconclusive: 'inconclusive',
  unreachable: 'a metric source or service could not be reached',
};
