/** Paths given by the user, checked before any work: one clear error naming the input, never a raw EEXIST. */
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ConfigurationError } from '../core/errors.js';
import { controlCharacter } from '../core/escape.js';

/**
 * An output directory must be a directory or not exist yet; its nearest existing ancestor must be a directory.
 * Checked at the boundary, so a file in the way fails in seconds, not after the verdict.
 */
export function checkOutputDir(path: string | undefined, cwd: string, inputName = 'output-dir'): void {
  if (path === undefined || path === '') return;
  const full = resolve(cwd, path);
  let p = full;
  while (!existsSync(p)) {
    const up = dirname(p);
    if (up === p) return;
    p = up;
  }
  if (!statSync(p).isDirectory()) {
    const what = p === full ? 'is a file, not a directory' : `cannot be created: ${p} is a file, not a directory`;
    throw new ConfigurationError(
      `Input "${inputName}" is ${JSON.stringify(path)}: it ${what}. Give a directory (it is created if missing), or leave ${inputName} empty for the default.`,
    );
  }
}

/**
 * An output file must not be one of the run's inputs (`--output` = `--config` would overwrite the config with
 * rules) nor a directory. `inputs` maps an input name to the path it was given (undefined = not given).
 */
export function checkOutputFile(
  path: string | undefined,
  cwd: string,
  inputs: Record<string, string | undefined>,
  inputName = 'output',
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
  if (existsSync(full) && statSync(full).isDirectory()) {
    throw new ConfigurationError(
      `Input "${inputName}" is ${JSON.stringify(path)}: it is a directory; give a file path such as rules/checkout-api-prod.yml.`,
    );
  }
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
