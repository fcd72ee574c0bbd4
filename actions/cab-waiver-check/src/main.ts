/**
 * cab-waiver-check: read inputs, run the waiver check (library), set outputs and the job summary, decide.
 * All logic lives in @driftgate/shared/waiver; this file only wires the GitHub runner to it.
 */
import * as core from '@actions/core';
import { getBooleanInput, getOptionalInput, getSecretInput } from '@driftgate/shared/action/inputs';
import { actionLogger, actionUrlSecrets } from '@driftgate/shared/action/logger';
import { githubClient, headSha, runContext } from '@driftgate/shared/github/client';
import { redact } from '@driftgate/shared/redact';
import { runWaiverCheck } from '@driftgate/shared/waiver/check';

export async function main(): Promise<void> {
  const context = runContext();
  // Secrets are masked before anything else runs.
  const token = getSecretInput('github-token');
  const jiraToken = getSecretInput('jira-token');
  const jiraUrl = getOptionalInput('jira-url');
  actionUrlSecrets(jiraUrl);

  const result = await runWaiverCheck(
    {
      service: getOptionalInput('service'),
      environment: getOptionalInput('environment'),
      candidateVersion: getOptionalInput('candidate-version'),
      defaultCandidateVersion: headSha(context),
      comparison: getOptionalInput('comparison'),
      regressions: getOptionalInput('regressions'),
      maxDrift: getOptionalInput('max-drift'),
      waiversPath: getOptionalInput('waivers-path'),
      outputDir: getOptionalInput('output-dir'),
      cabTeam: getOptionalInput('cab-team'),
      label: getOptionalInput('label'),
      github:
        token && context.repository
          ? {
              octokit: githubClient(token),
              ...context.repository,
              ...(context.sha ? { ref: context.sha } : {}),
              ...(context.pullRequest !== undefined ? { pullRequest: context.pullRequest } : {}),
            }
          : undefined,
      jira: jiraUrl
        ? {
            url: jiraUrl,
            user: getOptionalInput('jira-user'),
            token: jiraToken,
            jql: getOptionalInput('jira-jql'),
            fields: getOptionalInput('jira-fields'),
            approvedStatus: getOptionalInput('jira-approved-status'),
          }
        : undefined,
      now: getOptionalInput('now'),
      cwd: process.env.GITHUB_WORKSPACE || process.cwd(),
    },
    { logger: actionLogger },
  );
  actionLogger.info(result.text);

  core.setOutput('waived', String(result.waived));
  core.setOutput('waiver', result.waiver);
  core.setOutput('reason', result.reason);
  core.setOutput('verdict', result.verdict);
  core.setOutput('comparison-path', result.comparisonPath ?? '');
  await core.summary.addRaw(redact(result.markdown)).write();

  if (!result.waived && !result.decision.nothingToWaive) {
    const message = `driftgate: regressions not covered by a verified CAB waiver:\n${result.reason}`;
    if (getBooleanInput('fail-if-not-waived', true)) core.setFailed(redact(message));
    else actionLogger.warning(`${message}\n(fail-if-not-waived is false)`);
  }
}
