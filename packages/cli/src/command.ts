/**
 * What a CLI sub-command is. Each command lives in its own file under commands/ and is registered in
 * index.ts. Commands parse their flags with node:util parseArgs (flag names = the action's input names),
 * call the shared library, print to `io`, and return the exit code:
 *   0 pass / waived / ok, 1 fail, 2 usage or configuration error, 3 inconclusive.
 */
import type { Logger } from '@driftgate/shared/log';

export interface CliIO {
  out(line: string): void;
  err(line: string): void;
  logger: Logger;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  run(argv: string[], io: CliIO): Promise<number>;
}

export const EXIT = { ok: 0, fail: 1, usage: 2, inconclusive: 3 } as const;
