/**
 * The driftgate command line: the same library as the GitHub Actions, for local runs and any other CI.
 *   driftgate compare | record | waiver | verify | rules | alertmanager | dashboards | finops | audit verify | audit append | kpis | rightsizing | demo | help | version
 * Parsing, --help and "did you mean" are commander's; each command's options come from its input spec.
 */

import type { Logger } from '@driftgate/shared';
import {
  addSecret,
  addUrlSecrets,
  awsCredentialsProblem,
  closest,
  DRIFTGATE_VERSION,
  errorMessage,
  fileSystemProblem,
  isConfigurationError,
  isNotRecorded,
  isUnreachable,
  redact,
  safeLogText,
} from '@driftgate/shared';
import { cliOptions, flagName, type InputSpec } from '@driftgate/shared/inputs';
import { Command as Commander, CommanderError } from 'commander';
import { type CliIO, type Command, EXIT, EXIT_MEANING } from './command.js';
import { alertmanagerCommand } from './commands/alertmanager.js';
import { auditAppendCommand, auditVerifyCommand } from './commands/audit.js';
import { compareCommand } from './commands/compare.js';
import { dashboardsCommand } from './commands/dashboards.js';
import { demoCommand } from './commands/demo.js';
import { finopsCommand } from './commands/finops.js';
import { kpisCommand } from './commands/kpis.js';
import { recordCommand } from './commands/record.js';
import { rightsizingCommand } from './commands/rightsizing.js';
import { rulesCommand } from './commands/rules.js';
import { verifyCommand } from './commands/verify.js';
import { waiverCommand } from './commands/waiver.js';
import { addOptions, envOrigins, flagWithoutValue, optionValues, readOptions, renderInputs } from './options.js';

export const COMMANDS: Command<any>[] = [
  compareCommand,
  recordCommand,
  waiverCommand,
  verifyCommand,
  rulesCommand,
  alertmanagerCommand,
  dashboardsCommand,
  finopsCommand,
  auditVerifyCommand,
  auditAppendCommand,
  kpisCommand,
  rightsizingCommand,
  demoCommand,
];

/** The HTTP client's line per attempt ("POST https://... (attempt 1 of 5)"): shown only with DRIFTGATE_DEBUG=1. */
const HTTP_ATTEMPT = /^(GET|POST|PUT|PATCH|DELETE) \S+ \(attempt \d+ of \d+\)$/;

export interface ConsoleLoggerOptions {
  /** Also the HTTP client's line per attempt (DRIFTGATE_DEBUG=1). */
  debug?: boolean;
  /** Where lines go; default stderr. */
  write?: (line: string) => void;
  /** --quiet: warnings and errors only (no progress lines). */
  quiet?: boolean;
}

/**
 * The CLI's logger: every line redacted (redact.ts: registered secrets in all their forms, URL user-info) and made
 * safe for a CI log that reads workflow commands (escape.ts), like the action's. By default it prints warnings,
 * errors and progress on long work (a live bake's line per tick, at most one a minute); -v adds the steps and
 * the queries sent; DRIFTGATE_DEBUG=1 adds every HTTP attempt.
 */
export function consoleLogger(verbose: boolean, secrets: string[] = [], options: ConsoleLoggerOptions = {}): Logger {
  const mask = (m: string) => safeLogText(redact(secrets.reduce((acc, s) => (s ? acc.split(s).join('***') : acc), m)));
  const write = options.write ?? ((line: string) => process.stderr.write(`${line}\n`));
  return {
    debug: (m) => {
      if (verbose && (options.debug || !HTTP_ATTEMPT.test(m))) write(`debug: ${mask(m)}`);
    },
    info: (m) => {
      if (verbose) write(mask(m));
    },
    warning: (m) => write(`warning: ${mask(m)}`),
    error: (m) => write(`error: ${mask(m)}`),
    secret: (s) => {
      if (s) secrets.push(...addSecret(s));
    },
    group: async (title, fn) => {
      if (verbose) write(mask(title));
      return fn();
    },
    // With -v the tick's own info line says the same and more.
    progress: (m) => {
      if (!verbose && !options.quiet) write(mask(m));
    },
  };
}

/** The exit statuses a command returns, for its --help. */
function exitHelp(exits: ReadonlyArray<keyof typeof EXIT>): string {
  return `Exit status: ${exits.map((k) => `${EXIT[k]} ${EXIT_MEANING[k]}`).join(', ')}.`;
}

/** URL flags may carry user:password@: both are secrets before anything runs. */
function registerUrlSecrets(argv: string[]): void {
  const urls = new Set(
    COMMANDS.flatMap((c) => cliOptions(c.inputs))
      .filter((s) => s.type === 'url')
      .map((s) => `--${flagName(s)}`),
  );
  argv.forEach((a, i) => {
    const eq = a.indexOf('=');
    if (urls.has(a)) addUrlSecrets(argv[i + 1]);
    else if (eq > 0 && urls.has(a.slice(0, eq))) addUrlSecrets(a.slice(eq + 1));
  });
}

/** Run one command: its values read once through its spec, its errors turned into an exit status. */
async function runCommand(c: Command<any>, cmd: Commander, io: CliIO, verbose: boolean): Promise<number> {
  const given = optionValues(cmd, c.inputs);
  // Library messages name inputs as an action does (Input "timeout"); here they are flags.
  const said = (m: string) => renderInputs(m, c.inputs as readonly InputSpec[], envOrigins(c.inputs, given, io.env));
  try {
    return await c.run(readOptions(c.inputs, given, io), io);
  } catch (e) {
    if (isConfigurationError(e)) {
      io.err(`driftgate ${c.name}: ${said(e.message)}`);
      return EXIT.usage;
    }
    if (isNotRecorded(e)) {
      io.err(`driftgate ${c.name}: ${said(errorMessage(e))}`);
      return EXIT.usage;
    }
    if (isUnreachable(e)) {
      io.err(`driftgate ${c.name}: ${said(errorMessage(e))}`);
      return EXIT.unreachable;
    }
    const credentials = awsCredentialsProblem(e);
    if (credentials) {
      io.err(`driftgate ${c.name}: ${credentials}`);
      return EXIT.usage;
    }
    const fs = fileSystemProblem(e);
    if (fs) {
      io.err(`driftgate ${c.name}: ${fs}`);
      return EXIT.usage;
    }
    io.err(`driftgate ${c.name}: internal error: ${errorMessage(e)}`);
    if (verbose && e instanceof Error) io.err(e.stack ?? '');
    return EXIT.usage;
  }
}

const HELP_WIDTH = 120;
const VERBOSE_HELP = 'With -v (--verbose), before or after the command: the steps and the queries sent, on stderr.';

function program(io: CliIO, verbose: boolean, done: (code: number) => void): Commander {
  const write = (to: (l: string) => void) => (s: string) => to(s.replace(/\n$/, ''));
  const p = new Commander('driftgate')
    .description(`driftgate ${DRIFTGATE_VERSION}: release-safety gate on performance drift (PERF-003)`)
    .version(DRIFTGATE_VERSION, '-V, --version', 'print the version')
    .option(
      '-v, --verbose',
      'also the steps and the queries sent, on stderr (DRIFTGATE_DEBUG=1: every HTTP attempt too)',
    )
    .helpCommand('help [command]', 'show the flags of a command')
    .addHelpText('after', `\n${exitHelp(['ok', 'fail', 'usage', 'inconclusive', 'unreachable'])}`)
    .exitOverride()
    .configureHelp({ helpWidth: HELP_WIDTH })
    .configureOutput({
      writeOut: write(io.out),
      writeErr: write(io.err),
      outputError: (s, w) => w(`driftgate: ${s.replace(/^error: /, '')}`),
    });
  // A two-word name ("audit verify") is a sub-command of its first word's group.
  const groups = new Map<string, Commander>();
  const parentOf = (c: Command<any>): [Commander, string] => {
    const [head, tail] = c.name.split(' ') as [string, string | undefined];
    if (tail === undefined) return [p, head];
    let g = groups.get(head);
    if (!g) {
      g = p
        .command(head)
        .description(
          `${COMMANDS.filter((x) => x.name.startsWith(`${head} `))
            .map((x) => x.name)
            .join(', ')}`,
        )
        .exitOverride()
        .configureHelp({ helpWidth: HELP_WIDTH })
        .configureOutput({
          writeOut: write(io.out),
          writeErr: write(io.err),
          outputError: (s, w) => w(`driftgate ${head}: ${s.replace(/^error: /, '')}`),
        });
      groups.set(head, g);
    }
    return [g, tail];
  };
  for (const c of COMMANDS) {
    const [parent, word] = parentOf(c);
    const sub = parent
      .command(word)
      .description(c.summary)
      .exitOverride()
      .configureHelp({ helpWidth: HELP_WIDTH })
      .configureOutput({
        writeOut: write(io.out),
        writeErr: write(io.err),
        outputError: (s, w) => w(`driftgate ${c.name}: ${s.replace(/^error: /, '')}`),
      });
    addOptions(sub, c.inputs);
    sub.addHelpText('after', `\n${c.notes ? `${c.notes}\n` : ''}${VERBOSE_HELP}\n${exitHelp(c.exits)}`);
    sub.action(async () => done(await runCommand(c, sub, io, verbose)));
  }
  p.command('version')
    .description('print the version')
    .action(() => {
      io.out(DRIFTGATE_VERSION);
      done(EXIT.ok);
    });
  return p;
}

/** The first argument that is not an option: the command. */
function commandWord(args: string[]): { name?: string; next?: string } {
  const i = args.findIndex((a) => !a.startsWith('-'));
  return i < 0 ? {} : { name: args[i] as string, ...(args[i + 1] !== undefined ? { next: args[i + 1] } : {}) };
}

/** The command an argument list runs ("audit verify" takes two words) and its arguments after the name. */
function commandOf(args: string[]): { command: Command<any>; args: string[] } | undefined {
  const i = args.findIndex((a) => !a.startsWith('-'));
  if (i < 0) return undefined;
  const one = COMMANDS.find((c) => c.name === args[i]);
  if (one) return { command: one, args: args.slice(i + 1) };
  const two = COMMANDS.find((c) => c.name === `${args[i]} ${args[i + 1]}`);
  return two ? { command: two, args: args.slice(i + 2) } : undefined;
}

/** An unknown command (also after help), with the nearest one. */
function unknownCommand(args: string[]): string | undefined {
  const names = [...new Set(COMMANDS.map((c) => c.name.split(' ')[0] as string)), 'help', 'version'];
  const { name, next } = commandWord(args);
  const word = name === 'help' && next !== undefined && !next.startsWith('-') ? next : name;
  if (word === undefined || names.includes(word) || (name === 'help' && word === 'help')) return undefined;
  const near = closest(word, names);
  return `driftgate: unknown command "${word}".${near ? ` Did you mean ${near}?` : ''} Commands: ${COMMANDS.map((c) => c.name).join(', ')}.`;
}

/** A closed stdout (driftgate help | head -1) ends the run quietly, not with an EPIPE stack trace. */
function quietOnClosedPipe(): void {
  if (process.stdout.listenerCount('error') > 0) return;
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    process.exit(process.exitCode ?? 0);
  });
}

export async function cli(argv: string[], io?: Partial<CliIO>): Promise<number> {
  const verbose = argv.includes('--verbose') || argv.includes('-v');
  const full: CliIO = {
    out: (l) => process.stdout.write(`${safeLogText(redact(l))}\n`),
    err: (l) => process.stderr.write(`${safeLogText(redact(l))}\n`),
    logger: consoleLogger(verbose, [], { debug: process.env.DRIFTGATE_DEBUG === '1', quiet: argv.includes('--quiet') }),
    cwd: process.cwd(),
    env: process.env,
    ...io,
  };
  if (!io?.out) quietOnClosedPipe();
  registerUrlSecrets(argv);
  const p = program(full, verbose, (c) => {
    code = c;
  });
  let code: number = EXIT.ok;
  if (argv.every((a) => a === '--verbose' || a === '-v')) {
    p.outputHelp();
    return EXIT.usage;
  }
  const unknown = unknownCommand(argv);
  if (unknown) {
    full.err(unknown);
    return EXIT.usage;
  }
  const given = commandOf(argv);
  const version = given?.args.find((a) => a === '-V' || a === '--version');
  if (given && version) {
    // Commander reads the program's own flags anywhere: `compare ... -V` would print the version and exit 0
    // without judging anything, a green gate for a typo of -v.
    full.err(
      `driftgate ${given.command.name}: ${version} is not a flag of ${given.command.name}: it prints driftgate's version on its own (driftgate --version). For more output, -v (--verbose).`,
    );
    return EXIT.usage;
  }
  const missing = given && flagWithoutValue(given.args, given.command.inputs);
  if (given && missing) {
    full.err(`driftgate ${given.command.name}: ${missing}`);
    return EXIT.usage;
  }
  try {
    await p.parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    throw e;
  }
}
