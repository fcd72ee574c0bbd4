/**
 * perf-baseline-compare: read inputs, run the comparison (library) or load a finished one (input comparison,
 * for workflow_run reporting), publish (summary, artifact, sticky comment, check run, release ticket and
 * GitHub release), set outputs, decide. All logic lives in @driftgate/shared; this file only wires the
 * GitHub runner to it.
 */
import { join } from 'node:path';
import * as core from '@actions/core';
import {
  getBooleanInput,
  getLineInput,
  getOptionalInput,
  getRequiredInput,
  getSecretInput,
} from '@driftgate/shared/action/inputs';
import { actionLogger, actionUrlSecrets } from '@driftgate/shared/action/logger';
import { readReleaseInputs } from '@driftgate/shared/action/release';
import { runCompare } from '@driftgate/shared/compare';
import { loadComparisonReport } from '@driftgate/shared/comparison-file';
import { publishComparisonCheck } from '@driftgate/shared/github/checks';
import { githubClient, headSha, runContext } from '@driftgate/shared/github/client';
import { publishReport } from '@driftgate/shared/github/publish';
import { latestStableReleaseTag } from '@driftgate/shared/github/releases';
import { workflowRunTarget } from '@driftgate/shared/github/workflow-run';
import { checkOutputDir } from '@driftgate/shared/paths';
import { type ArtifactUploader, githubArtifactUploader } from '@driftgate/shared/publish/artifact';
import { redact } from '@driftgate/shared/redact';
import { comparisonEvidence } from '@driftgate/shared/release/evidence';
import { publishRelease } from '@driftgate/shared/release/publish';
import { renderText } from '@driftgate/shared/report/text';
import { DEFAULT_WAIVER_LABEL, GitHubVerifier, parseCabTeam } from '@driftgate/shared/waiver/github';
import { type WaiverProver, waiverProver } from '@driftgate/shared/waiver/prove';

export interface Deps {
  uploader: ArtifactUploader;
}

export async function main(deps: Deps = { uploader: githubArtifactUploader }): Promise<void> {
  const context = runContext();
  const token = getSecretInput('github-token');
  actionUrlSecrets(getOptionalInput('prometheus-url'));
  actionUrlSecrets(getOptionalInput('jira-url'));
  const octokit = token ? githubClient(token) : undefined;
  const service = getLineInput('service') ?? getRequiredInput('service');
  const outputDir = getOptionalInput('output-dir') ?? join(process.env.RUNNER_TEMP || '.', 'driftgate');
  const cwd = process.env.GITHUB_WORKSPACE || process.cwd();
  checkOutputDir(getOptionalInput('output-dir'), cwd);
  const headers = getOptionalInput('prometheus-headers');
  // Checked before any query: a mistake here fails in seconds.
  const release = readReleaseInputs({ context, octokit });
  const checkRun = getBooleanInput('check-run', false);
  const comparisonFile = getOptionalInput('comparison');
  // workflow_run (fork-safe reporting): the pull request and head commit come from the trusted event payload.
  const runTarget = await workflowRunTarget(octokit, context).catch((e) => {
    actionLogger.warning(`Could not find the pull request of the triggering run: ${(e as Error).message}`);
    return undefined;
  });
  const prContext = runTarget ? { ...context, pullRequest: runTarget.pullRequest } : context;
  const sha = runTarget?.headSha ?? headSha(context);
  const prover = waiverProverFor(octokit, context, cwd);

  const result = comparisonFile
    ? {
        ...(await loadComparisonReport({
          path: comparisonFile,
          service,
          outputDir,
          cwd,
          sources: {
            'prometheus-url': getOptionalInput('prometheus-url'),
            'amp-workspace-id': getOptionalInput('amp-workspace-id'),
            'amp-endpoint': getOptionalInput('amp-endpoint'),
            'metrics-file': getOptionalInput('metrics-file'),
          },
        })),
        configFile: getOptionalInput('config') ?? '.github/driftgate.yml',
      }
    : await runCompare(
        {
          service,
          environment: getLineInput('environment') ?? 'prod',
          candidateVersion: getLineInput('candidate-version') ?? sha,
          baselineVersion: getLineInput('baseline-version'),
          candidateWindow: getOptionalInput('candidate-window'),
          baselineWindow: getOptionalInput('baseline-window'),
          baselineStore: getOptionalInput('baseline-store'),
          config: getOptionalInput('config'),
          prometheusUrl: getOptionalInput('prometheus-url'),
          prometheusHeaders: headers,
          ampWorkspaceId: getOptionalInput('amp-workspace-id'),
          ampEndpoint: getOptionalInput('amp-endpoint'),
          awsRegion: getOptionalInput('aws-region') ?? process.env.AWS_REGION,
          metricsFile: getOptionalInput('metrics-file'),
          tolerance: getOptionalInput('tolerance'),
          method: getOptionalInput('method'),
          waiver: getOptionalInput('waiver'),
          onInconclusive: getOptionalInput('on-inconclusive'),
          timeout: getOptionalInput('timeout'),
          outputDir,
          cwd,
          run: {
            ...(context.runUrl ? { url: context.runUrl } : {}),
            ...(process.env.GITHUB_REPOSITORY ? { repository: process.env.GITHUB_REPOSITORY } : {}),
            ...(context.sha ? { sha: context.sha } : {}),
            ...(context.ref ? { ref: context.ref } : {}),
            ...(context.eventName ? { event: context.eventName } : {}),
          },
        },
        {
          logger: actionLogger,
          resolveBaseline: async () => {
            if (!octokit || !context.repository) return undefined;
            const tag = await latestStableReleaseTag(octokit, context.repository.owner, context.repository.repo);
            return tag ? { version: tag, resolvedFrom: 'latest GitHub release' } : undefined;
          },
          ...(prover ? { proveWaivers: prover } : {}),
        },
      );
  // Everything published from here (check run, release ticket, release notes) reads this redacted copy.
  const c = JSON.parse(redact(JSON.stringify(result.comparison))) as typeof result.comparison;
  actionLogger.info(renderText(c));

  core.setOutput('verdict', c.verdict);
  core.setOutput('regressions', JSON.stringify(c.regressions));
  core.setOutput('max-drift', c.maxDrift === null ? '' : String(Math.round(c.maxDrift * 1000) / 10));
  core.setOutput('report-path', result.jsonPath);
  core.setOutput('markdown-path', result.markdownPath);
  await core.summary.addRaw(redact(result.markdown)).write();

  const published = await publishReport(
    {
      key: `perf-baseline-compare:${service}:${c.environment}`,
      markdown: result.markdown,
      files: [result.jsonPath, result.markdownPath],
      rootDirectory: outputDir,
      artifactName: getOptionalInput('artifact-name') ?? 'perf-comparison',
      upload: getBooleanInput('upload-artifact', true),
      comment: getBooleanInput('comment', true),
    },
    { logger: actionLogger, uploader: deps.uploader, octokit, context: prContext },
  );
  core.setOutput('artifact-id', published.artifactId === undefined ? '' : String(published.artifactId));

  const failOnRegression = getBooleanInput('fail-on-regression', true);
  // Comparison mode: the comparison carries its on-inconclusive; on-inconclusive: pass only stops this step failing.
  const reportOnlyInconclusive = !!comparisonFile && getOptionalInput('on-inconclusive') === 'pass';
  if (checkRun) {
    const check = await publishComparisonCheck(
      c,
      {
        headSha: sha ?? '',
        markdown: result.markdown,
        configFile: result.configFile,
        workspace: cwd,
        ...(context.runUrl ? { detailsUrl: context.runUrl } : {}),
      },
      { octokit, ...(context.repository ? { repository: context.repository } : {}), logger: actionLogger },
    );
    core.setOutput('check-run-url', check?.url ?? '');
  }
  const rel = await publishRelease(comparisonEvidence(c, result, context.runUrl), release, {
    logger: actionLogger,
    context,
    ...(octokit ? { octokit } : {}),
    ...(sha ? { headSha: sha } : {}),
  });
  core.setOutput('release-ticket', rel.ticket?.key ?? '');
  core.setOutput('release-url', rel.release?.url ?? '');

  if (c.verdict === 'fail' && failOnRegression) {
    core.setFailed(redact(`driftgate: ${c.headline}`));
  } else if (c.verdict === 'inconclusive' && c.onInconclusive === 'fail' && !reportOnlyInconclusive) {
    core.setFailed(redact(`driftgate: ${c.headline} (on-inconclusive: fail; missing data never passes silently)`));
  } else if (c.verdict === 'fail') {
    actionLogger.warning(`driftgate: ${c.headline} (fail-on-regression is false)`);
  } else if (c.verdict === 'inconclusive') {
    // on-inconclusive: pass never turns a run without data green silently.
    actionLogger.warning(
      `driftgate: ${c.headline} (on-inconclusive: pass; this step passes WITHOUT a verdict: nothing was shown to be unchanged)`,
    );
  }
}

/**
 * The `waiver` input is proven here, with the same proof cab-waiver-check runs (waiver/prove.ts), when cab-team
 * and a token are given; without them compare refuses a waiver input (compare.ts), it never trusts one.
 */
function waiverProverFor(
  octokit: ReturnType<typeof githubClient> | undefined,
  context: ReturnType<typeof runContext>,
  cwd: string,
): WaiverProver | undefined {
  const cabTeam = getOptionalInput('cab-team');
  if (!cabTeam || !octokit || !context.repository) return undefined;
  const verifier = new GitHubVerifier({
    octokit,
    ...context.repository,
    ...(context.sha ? { ref: context.sha } : {}),
    ...(context.pullRequest !== undefined ? { pullRequest: context.pullRequest } : {}),
    cabTeam: parseCabTeam(cabTeam, context.repository.owner),
    label: getOptionalInput('waiver-label') ?? DEFAULT_WAIVER_LABEL,
    logger: actionLogger,
  });
  return waiverProver({ verifier, cwd });
}
