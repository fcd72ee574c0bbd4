/**
 * Run a bundled action exactly as the GitHub runner does: `node actions/<name>/dist/index.js` with an INPUT_*
 * variable for every input of its action.yml (the test's value, else action.yml's `default:`, as the runner
 * injects it whether the workflow gives the input or not), GITHUB_OUTPUT / GITHUB_STEP_SUMMARY /
 * GITHUB_EVENT_PATH files, and nothing else inherited except PATH and HOME (so a test cannot pass because of
 * the developer's environment).
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const REPO_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');

export interface RunActionOptions {
  /**
   * Input names exactly as in action.yml ("prometheus-url"). Every other input of action.yml gets its
   * `default:`, as on the runner; an input that is not in action.yml is refused (a typo would test nothing).
   */
  inputs?: Record<string, string>;
  /** Extra environment (AWS_ENDPOINT_URL_S3, GITHUB_API_URL, GITHUB_EVENT_NAME, ...). */
  env?: Record<string, string>;
  /** The webhook payload written to GITHUB_EVENT_PATH. */
  event?: unknown;
  /** Working directory (GITHUB_WORKSPACE); default a fresh temp dir. */
  cwd?: string;
  timeoutMs?: number;
  /**
   * How the entry is started: `runner` (default) runs `node actions/<action>/dist/index.js` as the runner does;
   * `local-action` loads actions/<action>/lib/main.js the way @github/local-action loads an entry (import it,
   * check it exports a `run` function, await run()), so nothing may run on import.
   */
  via?: 'runner' | 'local-action';
  /** Send this signal after this many ms (cancellation tests). */
  signalAfter?: { ms: number; signal: NodeJS.Signals };
}

export interface ActionRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  workspace: string;
  /** Lines of `::error::`, `::warning::` workflow commands in stdout. */
  errors: string[];
  warnings: string[];
  cleanup(): Promise<void>;
}

export function parseFileCommands(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delim] = heredoc as unknown as [string, string, string];
      const value: string[] = [];
      i++;
      while (i < lines.length && lines[i] !== delim) value.push(lines[i++] as string);
      out[name] = value.join('\n');
    } else if (line.includes('=')) {
      const eq = line.indexOf('=');
      out[line.slice(0, eq)] = line.slice(eq + 1);
    }
  }
  return out;
}

/** The token the runner puts in `${{ github.token }}` (a test that talks to GitHub sets its own). */
export const RUNNER_TOKEN = 'ghs_runnerTokenOfTheTestHarness0000000';

/** The runner's variable for an input: upper-cased, spaces to underscores, hyphens kept (INPUT_GITHUB-TOKEN). */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/**
 * The INPUT_* variables the runner sets for `action` (actions/<action>/action.yml): every input, the given
 * value or else its `default:` (empty when it has none), `${{ github.token }}` evaluated to `token`.
 */
export function runnerInputs(
  action: string,
  given: Record<string, string> = {},
  token = RUNNER_TOKEN,
): Record<string, string> {
  const yml = parse(readFileSync(join(REPO_ROOT, 'actions', action, 'action.yml'), 'utf8')) as {
    inputs?: Record<string, { default?: unknown }>;
  };
  const declared = yml.inputs ?? {};
  const unknown = Object.keys(given).filter((name) => !(name in declared));
  if (unknown.length > 0) throw new Error(`actions/${action}/action.yml has no input ${unknown.join(', ')}`);
  const env: Record<string, string> = {};
  for (const [name, input] of Object.entries(declared)) {
    const fallback = input.default === undefined ? '' : String(input.default);
    const value = given[name] ?? fallback.replace(/\$\{\{\s*github\.token\s*\}\}/g, token);
    if (value.includes('${{'))
      throw new Error(`actions/${action}/action.yml: ${name}'s default ${value} is not evaluated here`);
    env[inputVariable(name)] = value;
  }
  return env;
}

/** @github/local-action's contract for an ESM entry: importing it runs nothing; its `run` export runs the action. */
const LOCAL_ACTION_LOADER = [
  'const entry = process.argv.at(-1);',
  'const { run } = await import(entry);',
  "if (typeof run !== 'function') { console.error('Entrypoint ' + entry + ' does not export a run() function'); process.exit(97); }",
  "console.log('::debug::local-action: imported, calling run()');",
  'await run();',
].join('\n');

export async function runAction(action: string, opts: RunActionOptions = {}): Promise<ActionRun> {
  const scratch = await mkdtemp(join(tmpdir(), `driftgate-run-${action}-`));
  const workspace = opts.cwd ?? join(scratch, 'workspace');
  await import('node:fs/promises').then((fs) => fs.mkdir(workspace, { recursive: true }));
  const outputFile = join(scratch, 'output');
  const summaryFile = join(scratch, 'summary');
  const eventFile = join(scratch, 'event.json');
  const tempDir = join(scratch, 'runner-temp');
  await import('node:fs/promises').then((fs) => fs.mkdir(tempDir, { recursive: true }));
  await writeFile(outputFile, '');
  await writeFile(summaryFile, '');
  await writeFile(eventFile, JSON.stringify(opts.event ?? {}));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? scratch,
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_EVENT_NAME: 'workflow_dispatch',
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'http://127.0.0.1:9', // closed port: a test that talks to GitHub must start a fake
    RUNNER_TEMP: tempDir,
    // No AWS credentials or region leak in from the developer's machine.
    AWS_EC2_METADATA_DISABLED: 'true',
    ...(opts.env ?? {}),
  };
  Object.assign(env, runnerInputs(action, opts.inputs));
  const args =
    opts.via === 'local-action'
      ? ['--input-type=module', '-e', LOCAL_ACTION_LOADER, join(REPO_ROOT, 'actions', action, 'lib', 'main.js')]
      : [join(REPO_ROOT, 'actions', action, 'dist', 'index.js')];
  const child = spawn(process.execPath, args, { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  if (opts.signalAfter) {
    const { ms, signal } = opts.signalAfter;
    setTimeout(() => child.kill(signal), ms).unref();
  }
  const timeout = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 120_000);
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((res) =>
    child.on('close', (c, s) => res([c, s])),
  );
  clearTimeout(timeout);
  const lines = stdout.split('\n');
  return {
    code,
    signal,
    stdout,
    stderr,
    outputs: parseFileCommands(await readFile(outputFile, 'utf8')),
    summary: await readFile(summaryFile, 'utf8'),
    workspace,
    errors: lines.filter((l) => l.startsWith('::error')),
    warnings: lines.filter((l) => l.startsWith('::warning')),
    cleanup: () => rm(scratch, { recursive: true, force: true }),
  };
}
