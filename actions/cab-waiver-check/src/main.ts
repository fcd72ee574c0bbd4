/**
 * cab-waiver-check: read inputs, run the waiver check (library), set outputs and the job summary, decide.
 * All logic lives in @driftgate/shared/waiver; this file only wires the GitHub runner to it.
 */
import * as core from '@actions/core';
import { redact } from '@driftgate/shared';
import { actionLogger, readActionInputs, runAction, writeSummary } from '@driftgate/shared/action';
import { githubClient, headSha, runContextOf } from '@driftgate/shared/github';
import { referInput, WAIVER_INPUTS } from '@driftgate/shared/inputs';
import { runWaiverCheck, waiverCheckSettings } from '@driftgate/shared/waiver';

export async function main(): Promise<void> {
  const context = runContextOf();
  // Read once; secrets are masked before anything else runs.
  const inputs = readActionInputs(WAIVER_INPUTS);
  const token = inputs['github-token'];

  const settings = waiverCheckSettings(inputs, referInput, {
    commit: headSha(context),
    github:
      token && context.repository
        ? {
            octokit: githubClient(token),
            ...context.repository,
            ...(context.sha ? { ref: context.sha } : {}),
            ...(context.pullRequest !== undefined ? { pullRequest: context.pullRequest } : {}),
          }
        : undefined,
    cwd: process.env.GITHUB_WORKSPACE || process.cwd(),
  });
  const result = await runWaiverCheck(settings, { logger: actionLogger });
  actionLogger.info(result.text);

  core.setOutput('waived', String(result.waived));
  core.setOutput('waiver', result.waiver);
  core.setOutput('reason', result.reason);
  core.setOutput('verdict', result.verdict);
  core.setOutput('comparison-path', result.comparisonPath ?? '');
  await writeSummary(result.markdown);

  if (!result.waived && !result.decision.nothingToWaive) {
    const message = `driftgate: regressions not covered by a verified CAB waiver:\n${result.reason}`;
    if (inputs['fail-if-not-waived']) core.setFailed(redact(message));
    else actionLogger.warning(`${message}\n(fail-if-not-waived is false)`);
  }
}

/**
 * The action's entry, as @github/local-action and the runner call it: main() with every error turned into
 * core.setFailed (dist/index.js runs it; `npx @github/local-action . src/main.ts .env` runs it locally).
 */
export async function run(): Promise<void> {
  await runAction(() => main());
}
