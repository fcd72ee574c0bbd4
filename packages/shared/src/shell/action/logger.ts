/**
 * The Logger the library logs through when it runs inside a GitHub Action. Every message is redacted (redact.ts:
 * registered secrets and their derived forms) and made safe for the runner's workflow-command parser
 * (escape.ts) before it reaches stdout; warnings and errors are escaped by @actions/core itself.
 */
import * as core from '@actions/core';
import { safeLogText } from '../../core/escape.js';
import type { Logger } from '../../core/log.js';
import { addSecret, addUrlSecrets, redact } from '../../core/redact.js';

/** A line for stdout: secrets removed, workflow commands neutralized. */
export function safeInfo(message: string): string {
  return safeLogText(redact(message));
}

/** Register a secret: masked by the runner (::add-mask::, every form) and redacted by driftgate itself. */
export function actionSecret(value: string | undefined): void {
  for (const form of addSecret(value)) core.setSecret(form);
}

/** Register the user and password of a URL input (prometheus-url: http://user:password@host). */
export function actionUrlSecrets(url: string | undefined): void {
  for (const form of addUrlSecrets(url)) core.setSecret(form);
}

export const actionLogger: Logger = {
  debug: (m) => core.debug(redact(m)),
  info: (m) => core.info(safeInfo(m)),
  warning: (m) => core.warning(redact(m)),
  error: (m) => core.error(redact(m)),
  secret: (s) => actionSecret(s),
  group: (title, fn) => core.group(redact(title), fn),
};
