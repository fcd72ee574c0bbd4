/**
 * The one entry point shape every action uses: run main(), and turn any error into core.setFailed with a
 * message a user can act on. ConfigurationError (a user mistake) is shown as-is; anything else is an internal
 * error, shown with its message and (in debug logs) its stack. Every message is redacted (redact.ts).
 */
import * as core from '@actions/core';
import { fileSystemProblem, isConfigurationError } from '../../core/errors.js';
import { redact } from '../../core/redact.js';

export async function runAction(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    const fs = fileSystemProblem(error);
    if (isConfigurationError(error)) {
      core.setFailed(redact(error.message));
    } else if (fs) {
      core.setFailed(redact(fs));
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
 * Append `markdown` (redacted) to the job summary. Outside a runner (@github/local-action, a plain
 * `node dist/index.js`) there is no GITHUB_STEP_SUMMARY: say so and go on. A summary file that cannot be
 * written (GITHUB_STEP_SUMMARY a directory, a full disk) is a warning, never the run's verdict: a passing gate
 * stays a pass.
 */
export async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.info('No job summary written: GITHUB_STEP_SUMMARY is not set (not on a runner).');
    return;
  }
  try {
    await core.summary.addRaw(redact(markdown)).write();
  } catch (e) {
    core.summary.emptyBuffer();
    core.warning(redact(`The job summary was not written: ${fileSystemProblem(e) ?? (e as Error).message}`));
  }
}
