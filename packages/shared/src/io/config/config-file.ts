/**
 * Reading the config file: the path, its size, its YAML (never quoted in an error), then config.ts resolves it.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import {
  BUILTIN_CONFIG,
  DEFAULT_CONFIG_PATH,
  defaultConfig,
  type ResolvedConfig,
  resolveConfig,
} from '../../core/config.js';
import { ConfigurationError } from '../../core/errors.js';

/**
 * Load the config. `path` given explicitly must exist; the default path is optional; "builtin" reads no file.
 * `budgetPerHour` etc. from inputs are applied by the caller.
 */
export async function loadConfig(path: string | undefined, cwd = process.cwd()): Promise<ResolvedConfig> {
  if (path === BUILTIN_CONFIG) return defaultConfig();
  const explicit = path !== undefined && path !== '';
  const file = explicit ? path : DEFAULT_CONFIG_PATH;
  const full = file.startsWith('/') ? file : `${cwd}/${file}`;
  if (!existsSync(full)) {
    if (explicit)
      throw new ConfigurationError(
        `Input "config" is ${JSON.stringify(path)}: no such file (relative paths are resolved from ${cwd}); create it, or give no config to use the built-in PERF-003 catalog.`,
      );
    return defaultConfig();
  }
  return resolveConfig(await readConfigYaml(full, file), file);
}

/** Largest config file read (a driftgate config is a few KiB; a wrong path can be anything). */
const MAX_CONFIG_BYTES = 1024 * 1024;
/** YAML aliases expanded at most this many times (an alias bomb is refused, not expanded). */
const MAX_ALIAS_COUNT = 100;

/**
 * Read and parse the config YAML. Errors name the file and the line, and never quote the file's content: a wrong
 * path (config: /etc/passwd) must not print that file into a public log.
 */
async function readConfigYaml(full: string, file: string): Promise<unknown> {
  const st = statSync(full);
  const fix =
    'pass the path of a driftgate config file (YAML, starting with version: 1), or give no config for .github/driftgate.yml or the built-in catalog';
  if (!st.isFile()) throw new ConfigurationError(`Input "config" is ${JSON.stringify(file)}: not a file; ${fix}.`);
  if (st.size > MAX_CONFIG_BYTES) {
    throw new ConfigurationError(
      `Input "config" is ${JSON.stringify(file)}: ${st.size} bytes, larger than the ${MAX_CONFIG_BYTES} bytes a config can be; ${fix}.`,
    );
  }
  // yaml is imported here, not at start-up: a run on the built-in catalog parses no YAML.
  const { parseDocument } = await import('yaml');
  const doc = parseDocument(readFileSync(full, 'utf8'), { prettyErrors: true });
  if (doc.errors.length) {
    // The first line of each error only ("... at line 3, column 5"): the code frame after it quotes the file.
    const where = doc.errors.map((e) => (e.message.split('\n')[0] as string).replace(/:\s*$/, ''));
    throw new ConfigurationError(`${file}: invalid YAML: ${where.join('; ')}`);
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    throw new ConfigurationError(
      `${file}: its YAML aliases expand too far (${e instanceof Error ? e.message.split('\n')[0] : 'alias limit'}): an alias bomb is refused; write the values out, or use fewer than ${MAX_ALIAS_COUNT} aliases.`,
    );
  }
  if (data !== null && data !== undefined && (typeof data !== 'object' || Array.isArray(data))) {
    throw new ConfigurationError(
      `Input "config" is ${JSON.stringify(file)}: not a driftgate config (its YAML is ${Array.isArray(data) ? 'a list' : `a ${typeof data}`}, not a mapping such as "version: 1"); ${fix}.`,
    );
  }
  return data;
}
