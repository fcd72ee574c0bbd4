/**
 * The driftgate command line: the same library as the GitHub Actions, for local runs and any other CI.
 *   driftgate compare | record | waiver | verify | rules | alertmanager | dashboards | demo | help | version
 */
import { errorMessage, isConfigurationError, SourceError } from '@driftgate/shared/errors';
import { safeLogText } from '@driftgate/shared/escape';
import type { Logger } from '@driftgate/shared/log';
import { addSecret, addUrlSecrets, redact } from '@driftgate/shared/redact';
import { DRIFTGATE_VERSION } from '@driftgate/shared/version';
import { type CliIO, type Command, EXIT } from './command.js';
import { alertmanagerCommand } from './commands/alertmanager.js';
import { compareCommand } from './commands/compare.js';
import { dashboardsCommand } from './commands/dashboards.js';
import { demoCommand } from './commands/demo.js';
import { recordCommand } from './commands/record.js';
import { rulesCommand } from './commands/rules.js';
import { verifyCommand } from './commands/verify.js';
import { waiverCommand } from './commands/waiver.js';

export const COMMANDS: Command[] = [
  compareCommand,
  recordCommand,
  waiverCommand,
  verifyCommand,
  rulesCommand,
  alertmanagerCommand,
  dashboardsCommand,
  demoCommand,
];

/**
 * The CLI's logger: every line redacted (redact.ts: registered secrets in all their forms, URL user-info) and made
 * safe for a CI log that reads workflow commands (escape.ts), like the action's.
 */
export function consoleLogger(verbose: boolean, secrets: string[] = []): Logger {
  const mask = (m: string) => safeLogText(redact(secrets.reduce((acc, s) => (s ? acc.split(s).join('***') : acc), m)));
  return {
    debug: (m) => {
      if (verbose) process.stderr.write(`debug: ${mask(m)}\n`);
    },
    info: (m) => {
      if (verbose) process.stderr.write(`${mask(m)}\n`);
    },
    warning: (m) => process.stderr.write(`warning: ${mask(m)}\n`),
    error: (m) => process.stderr.write(`error: ${mask(m)}\n`),
    secret: (s) => {
      if (s) secrets.push(...addSecret(s));
    },
    group: async (title, fn) => {
      if (verbose) process.stderr.write(`${mask(title)}\n`);
      return fn();
    },
  };
}

function help(io: CliIO): void {
  io.out(`driftgate ${DRIFTGATE_VERSION}: release-safety gate on performance drift (PERF-003)\n`);
  io.out('Usage: driftgate <command> [flags]   (--verbose for progress on stderr)\n');
  for (const c of COMMANDS) io.out(`  ${c.name.padEnd(12)} ${c.summary}`);
  io.out('\nRun "driftgate help <command>" for its flags.');
}

export async function cli(argv: string[], io?: Partial<CliIO>): Promise<number> {
  const verbose = argv.includes('--verbose') || argv.includes('-v');
  const args = argv.filter((a) => a !== '--verbose' && a !== '-v');
  const full: CliIO = {
    out: (l) => process.stdout.write(`${safeLogText(redact(l))}\n`),
    err: (l) => process.stderr.write(`${safeLogText(redact(l))}\n`),
    logger: consoleLogger(verbose),
    cwd: process.cwd(),
    env: process.env,
    ...io,
  };
  // URL flags may carry user:password@: both are secrets before anything runs.
  args.forEach((a, i) => {
    if (/^--(prometheus-url|amp-endpoint|jira-url)$/.test(a)) addUrlSecrets(args[i + 1]);
    else if (/^--(prometheus-url|amp-endpoint|jira-url)=/.test(a)) addUrlSecrets(a.slice(a.indexOf('=') + 1));
  });
  const [name, ...rest] = args;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    const c = COMMANDS.find((x) => x.name === rest[0]);
    if (c) full.out(`${c.summary}\n\n${c.usage}`);
    else help(full);
    return name ? EXIT.ok : EXIT.usage;
  }
  if (name === 'version' || name === '--version') {
    full.out(DRIFTGATE_VERSION);
    return EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    full.err(`driftgate: unknown command "${name}". Commands: ${COMMANDS.map((c) => c.name).join(', ')}.`);
    return EXIT.usage;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    full.out(`${command.summary}\n\n${command.usage}`);
    return EXIT.ok;
  }
  try {
    return await command.run(rest, full);
  } catch (e) {
    if (isConfigurationError(e)) {
      // The library names action inputs ('Input "candidate-window"'); on the command line they are flags.
      full.err(
        `driftgate ${name}: ${e.message.replace(/Inputs? "([a-z0-9-]+)"/g, '--$1').replace(/"([a-z0-9]+(?:-[a-z0-9]+)+)"/g, '--$1')}`,
      );
      return EXIT.usage;
    }
    if (e instanceof SourceError) {
      full.err(`driftgate ${name}: ${e.message}`);
      return EXIT.usage;
    }
    full.err(`driftgate ${name}: internal error: ${errorMessage(e)}`);
    if (verbose && e instanceof Error) full.err(e.stack ?? '');
    return EXIT.usage;
  }
}
