/**
 * Reading action inputs. Every parse error is a ConfigurationError naming the input, the value and the fix.
 * Values are trimmed; an empty value means "not given" (GitHub passes unset inputs as "").
 */
import * as core from '@actions/core';
import { ConfigurationError } from '../errors.js';
import { refuseControlCharacters } from '../escape.js';
import { actionSecret } from './logger.js';

export function getOptionalInput(name: string): string | undefined {
  const v = core.getInput(name).trim();
  return v === '' ? undefined : v;
}

export function getRequiredInput(name: string): string {
  const v = getOptionalInput(name);
  if (v === undefined) {
    throw new ConfigurationError(
      `Input "${name}" is required but was empty: set it with \`with: ${name}: ...\` in the workflow step.`,
    );
  }
  return v;
}

export function getBooleanInput(name: string, fallback: boolean): boolean {
  const v = getOptionalInput(name);
  if (v === undefined) return fallback;
  if (/^(true|yes|on|1)$/i.test(v)) return true;
  if (/^(false|no|off|0)$/i.test(v)) return false;
  throw new ConfigurationError(`Input "${name}" is ${JSON.stringify(v)}: expected true or false.`);
}

export function getChoiceInput<T extends string>(name: string, choices: readonly T[], fallback: T): T {
  const v = getOptionalInput(name);
  if (v === undefined) return fallback;
  if ((choices as readonly string[]).includes(v)) return v as T;
  throw new ConfigurationError(`Input "${name}" is ${JSON.stringify(v)}: expected one of ${choices.join(', ')}.`);
}

/** Secret inputs are masked (with every derived form, see redact.ts) before anything else can log them. */
export function getSecretInput(name: string): string | undefined {
  const v = getOptionalInput(name);
  if (v !== undefined) actionSecret(v);
  return v;
}

/**
 * A one-line value that ends up in label matchers, file names and log lines (service, environment, versions):
 * a control character (a line break that would start a workflow command, an escape sequence) is refused.
 */
export function getLineInput(name: string): string | undefined {
  const v = getOptionalInput(name);
  if (v !== undefined) refuseControlCharacters(v, `Input "${name}"`);
  return v;
}
