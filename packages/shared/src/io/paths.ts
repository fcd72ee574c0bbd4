/**
 * Paths given by the user, checked before any work: one clear error naming the input, the value and the fix,
 * never a raw EACCES, EEXIST or EISDIR after the verdict (or a Node 20 recursive mkdir looping on /proc).
 */
import { accessSync, constants, existsSync, mkdirSync, realpathSync, statSync } from 'node:fs';
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { ConfigurationError } from '../core/errors.js';
import { controlCharacter } from '../core/escape.js';

/** Kernel file systems: nothing written there is kept, and Node 20's recursive mkdir spins forever under /proc. */
const VIRTUAL_ROOTS = ['/proc', '/sys', '/dev'];

function virtualRoot(path: string): string | undefined {
  return VIRTUAL_ROOTS.find((root) => path === root || path.startsWith(`${root}/`));
}

/** The nearest ancestor of `full` (or `full` itself) that exists, and the parts below it that do not, top down. */
function nearestExisting(full: string): { existing: string; missing: string[] } {
  const missing: string[] = [];
  let p = full;
  while (!existsSync(p)) {
    const up = dirname(p);
    if (up === p) break;
    missing.unshift(p);
    p = up;
  }
  return { existing: p, missing };
}

function canWrite(path: string): boolean {
  try {
    accessSync(path, constants.W_OK | constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Why a directory at `full` cannot be written to or created, or undefined when it can: the nearest existing
 * ancestor must be a writable directory outside /proc, /sys and /dev. Works for root too: root ignores
 * permission bits, but not a file where a directory must be.
 */
function directoryProblem(full: string): string | undefined {
  const { existing, missing } = nearestExisting(full);
  let real = existing;
  try {
    real = realpathSync(existing);
  } catch {
    // A broken link or an unreadable path: stat below says what is wrong.
  }
  const root = virtualRoot(missing.length ? join(real, relative(existing, full)) : real);
  if (root) return `it is under ${root}, a kernel file system where no report can be kept`;
  let isDirectory: boolean;
  try {
    isDirectory = statSync(existing).isDirectory();
  } catch (e) {
    return `${existing} cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`;
  }
  if (!isDirectory) {
    return existing === full
      ? 'it is a file, not a directory'
      : `it cannot be created: ${existing} is a file, not a directory`;
  }
  if (!canWrite(existing)) {
    return existing === full
      ? 'it is not writable (permission denied)'
      : `it cannot be created: ${existing} is not writable (permission denied)`;
  }
  return undefined;
}

/** Create `full` one level at a time (never a recursive mkdir); a failure is the input's error. */
function createDirectory(full: string, fail: (why: string) => ConfigurationError): void {
  for (const part of nearestExisting(full).missing) {
    try {
      mkdirSync(part);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EEXIST' && statSync(part).isDirectory()) continue;
      throw fail(`it cannot be created: mkdir ${part} failed (${code ?? (e as Error).message})`);
    }
  }
}

export interface OutputDirOptions {
  /** Also create the directory now (before the work that writes into it), one level at a time. */
  create?: boolean;
}

/**
 * An output directory: it exists and is a writable directory, or it can be created (its nearest existing ancestor
 * is a writable directory), and it is not under /proc, /sys or /dev. With `create`, it is created now. Checked at
 * the boundary, before any query, bake tick or rollback: a bad path fails in seconds, not after the verdict.
 * `inputName` is the input as the action names it (a CLI message says --output-dir).
 */
export function checkOutputDir(
  path: string | undefined,
  cwd: string,
  inputName = 'output-dir',
  options: OutputDirOptions = {},
): void {
  if (path === undefined || path === '') return;
  const full = resolve(cwd, path);
  const fail = (why: string) =>
    new ConfigurationError(
      `Input "${inputName}" is ${JSON.stringify(path)}: ${why}. Give a directory you can write to (it is created if missing), or give none for the default.`,
    );
  const problem = directoryProblem(full);
  if (problem) throw fail(problem);
  if (options.create) createDirectory(full, fail);
}

/**
 * An output file must not be one of the run's inputs (`--output` = `--config` would overwrite the config with
 * rules), nor a directory, nor a file that cannot be written; its directory must exist and be writable, or be
 * creatable (checkOutputDir's rules). `inputs` maps an input name to the path it was given (undefined = not given).
 * `readOnly`: this run only reads the path (a dry run): only the first two are checked.
 */
export function checkOutputFile(
  path: string | undefined,
  cwd: string,
  inputs: Record<string, string | undefined>,
  inputName = 'output',
  options: { readOnly?: boolean } = {},
): void {
  if (path === undefined || path === '') return;
  const full = resolve(cwd, path);
  for (const [name, given] of Object.entries(inputs)) {
    if (given && resolve(cwd, given) === full) {
      throw new ConfigurationError(
        `Input "${inputName}" is ${JSON.stringify(path)}, the same file as input "${name}": writing it would overwrite that input; give another path.`,
      );
    }
  }
  const fail = (why: string) =>
    new ConfigurationError(
      `Input "${inputName}" is ${JSON.stringify(path)}: ${why}; give the path of a file in a directory you can write to (its directory is created if missing).`,
    );
  if (existsSync(full)) {
    if (statSync(full).isDirectory()) throw fail('it is a directory');
    if (options.readOnly) return;
    try {
      accessSync(full, constants.W_OK);
    } catch {
      throw fail('the file is not writable (permission denied)');
    }
    return;
  }
  // A file that does not exist yet: its directory must be usable. /dev/stdout and the like exist: they pass above.
  if (options.readOnly) return;
  const dir = dirname(full);
  const problem = directoryProblem(dir);
  if (problem) throw fail(problem.replace(/^it is /, `its directory ${dir} is `).replace(/^it /, 'its directory '));
}

/**
 * Write an output file checked by checkOutputFile, creating its directory first (the check ruled out /proc). A
 * file that holds a secret (an Alertmanager configuration with a Slack URL) is readable by its owner only (mode
 * 0600), also when it existed before with a wider mode.
 */
export async function writeOutputFile(
  path: string,
  body: string | Uint8Array,
  options: { secret?: boolean } = {},
): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  if (!options.secret) {
    await writeFile(path, body);
    return;
  }
  // The mode applies only when the file is created: narrow an existing file first, before the secret is in it.
  await chmod(path, 0o600).catch((e: NodeJS.ErrnoException) => {
    if (e.code !== 'ENOENT') throw e;
  });
  await writeFile(path, body, { mode: 0o600 });
}

/**
 * A workflow artifact name: what @actions/artifact accepts (no path separators, quotes, wildcards or control
 * characters), checked before any work rather than at the upload after it.
 */
export function checkArtifactName(name: string | undefined, inputName = 'artifact-name'): void {
  if (name === undefined || name === '') return;
  if (/[\\/":<>|*?]/.test(name) || controlCharacter(name) !== undefined || name === '.' || name === '..') {
    throw new ConfigurationError(
      `Input "${inputName}" is ${JSON.stringify(name)}: an artifact name cannot hold / \\ " : < > | * ? or control characters; give a plain name such as perf-comparison.`,
    );
  }
}
