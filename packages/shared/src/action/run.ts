/**
 * The one entry point shape every action uses: run main(), and turn any error into core.setFailed with a
 * message a user can act on. ConfigurationError (a user mistake) is shown as-is; anything else is an internal
 * error, shown with its message and (in debug logs) its stack. Every message is redacted (redact.ts).
 */
import * as core from '@actions/core';
import { isConfigurationError } from '../errors.js';
import { redact } from '../redact.js';

export async function runAction(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    if (isConfigurationError(error)) {
      core.setFailed(redact(error.message));
    } else if (error instanceof Error) {
      core.debug(redact(error.stack ?? ''));
      const cause = error.cause instanceof Error ? ` (cause: ${error.cause.message})` : '';
      core.setFailed(redact(`${error.name === 'Error' ? '' : `${error.name}: `}${error.message}${cause}`));
    } else {
      core.setFailed(redact(String(error)));
    }
  }
}
