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

/**
 * Append `markdown` to the job summary. Outside a runner (@github/local-action, a plain `node dist/index.js`)
 * there is no GITHUB_STEP_SUMMARY: say so and go on, rather than fail a run whose verdict is already made.
 */
export async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.info('No job summary written: GITHUB_STEP_SUMMARY is not set (not on a runner).');
    return;
  }
  await core.summary.addRaw(markdown).write();
}
