/**
 * post-deploy-verify: read inputs, run the bake (library: @driftgate/shared/bake/verify), set outputs and
 * the job summary, attach the evidence to the release ticket / GitHub release (library: release/), decide. SIGINT/SIGTERM (a cancelled run) stops the bake; the evidence is still written,
 * with verdict `cancelled`.
 */
import { join } from 'node:path';
import * as core from '@actions/core';
import { checkOutputDir, redact } from '@driftgate/shared';
import { actionLogger, readActionInputs, readReleaseInputs, runAction, writeSummary } from '@driftgate/shared/action';
import { runVerify, type VerifyResult, verifySettings } from '@driftgate/shared/bake';
import { githubClient, headSha, runContextOf } from '@driftgate/shared/github';
import { referInput, VERIFY_INPUTS } from '@driftgate/shared/inputs';
import { publishRelease, verificationEvidence } from '@driftgate/shared/release';

export async function main(): Promise<void> {
  const controller = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => {
    core.warning(`Received ${signal}: stopping the bake and writing the evidence as cancelled.`);
    controller.abort(new Error(`cancelled by ${signal}`));
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  try {
    await verify(controller.signal);
  } finally {
    process.off('SIGTERM', onSignal);
    process.off('SIGINT', onSignal);
  }
}

/** Read the inputs, bake, set the outputs and summary, attach the evidence to the release, decide. */
async function verify(signal: AbortSignal): Promise<void> {
  const context = runContextOf();
  // Read once, secrets masked first; release ticket / GitHub release checked before the bake starts.
  const inputs = readActionInputs(VERIFY_INPUTS);
  const githubToken = inputs['github-token'];
  const octokit = githubToken ? githubClient(githubToken) : undefined;
  const release = readReleaseInputs({ inputs, context, octokit, jiraHasOtherUse: !!inputs['jira-project'] });
  const outputDir = inputs['output-dir'] ?? join(process.env.RUNNER_TEMP || '.', 'driftgate');
  checkOutputDir(inputs['output-dir'], process.env.GITHUB_WORKSPACE || process.cwd());
  const settings = verifySettings(inputs, referInput, {
    commit: headSha(context),
    awsRegion: process.env.AWS_REGION,
    outputDir,
    cwd: process.env.GITHUB_WORKSPACE || process.cwd(),
    repository: context.repository,
    run: {
      ...(context.runUrl ? { url: context.runUrl } : {}),
      ...(context.repository ? { repository: `${context.repository.owner}/${context.repository.repo}` } : {}),
      ...(context.sha ? { sha: context.sha } : {}),
      ...(context.ref ? { ref: context.ref } : {}),
      ...(context.runAttempt ? { attempt: context.runAttempt } : {}),
    },
  });
  const result = await runVerify(settings, { logger: actionLogger, signal });
  const v = result.verification;
  setVerifyOutputs(v, result);
  await writeSummary(result.markdown);
  const rel = await publishRelease(verificationEvidence(v, result.path, context.runUrl), release, {
    logger: actionLogger,
    context,
    ...(octokit ? { octokit } : {}),
    ...(headSha(context) ? { headSha: headSha(context) } : {}),
  });
  core.setOutput('release-ticket', rel.ticket?.key ?? '');
  core.setOutput('release-url', rel.release?.url ?? '');
  if (result.failed) core.setFailed(redact(`driftgate: ${result.failures.join('; ')}. ${v.headline}`));
}

/** The step's outputs, and a warning per standing SLO breach and per metric not judged. */
function setVerifyOutputs(v: VerifyResult['verification'], result: VerifyResult): void {
  core.setOutput('verdict', v.verdict);
  core.setOutput('verification-path', result.path);
  core.setOutput('s3-uri', result.s3?.uri ?? '');
  core.setOutput('rollback-deployment-id', v.actions.rollback?.rollback_deployment_id ?? '');
  core.setOutput('ticket-url', v.actions.tickets.find((t) => t.url)?.url ?? '');
  core.setOutput('detected-at', v.first_detection_at ?? '');
  core.setOutput('slo-breaches', JSON.stringify(v.slo_breaches));
  core.setOutput('inconclusive-metrics', JSON.stringify(v.inconclusive_metrics.map((m) => m.metric)));
  for (const b of v.slo_breaches.standing.filter((x) => x.action === 'report')) {
    core.warning(
      `Standing SLO breach: ${b.metric} ${b.value ?? 'n/a'} violates its SLO ${b.objective} since ${b.since}; the baseline violated it too (${b.baseline ?? 'n/a'}), so it is reported, not rolled back.`,
      { title: 'driftgate: standing SLO breach' },
    );
  }
  for (const m of v.inconclusive_metrics.filter((x) => !x.critical)) {
    core.warning(`${m.metric} was not judged: ${m.reason}. It is not critical, so the verdict does not depend on it.`, {
      title: 'driftgate: metric not judged',
    });
  }
}

/**
 * The action's entry, as @github/local-action and the runner call it: main() with every error turned into
 * core.setFailed (dist/index.js runs it; `npx @github/local-action . src/main.ts .env` runs it locally).
 */
export async function run(): Promise<void> {
  await runAction(() => main());
}
