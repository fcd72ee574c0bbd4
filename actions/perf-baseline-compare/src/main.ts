/**
 * perf-baseline-compare: read inputs, run the comparison (library), publish, set outputs, decide.
 * All logic lives in @driftgate/shared; this file only wires the GitHub runner to it.
 */
import { join } from 'node:path';
import * as core from '@actions/core';
import { getBooleanInput, getOptionalInput, getRequiredInput, getSecretInput } from '@driftgate/shared/action/inputs';
import { actionLogger } from '@driftgate/shared/action/logger';
import { runCompare } from '@driftgate/shared/compare';
import { githubClient, headSha, runContext } from '@driftgate/shared/github/client';
import { publishReport } from '@driftgate/shared/github/publish';
import { latestStableReleaseTag } from '@driftgate/shared/github/releases';
import { type ArtifactUploader, githubArtifactUploader } from '@driftgate/shared/publish/artifact';
import { renderText } from '@driftgate/shared/report/text';

export interface Deps {
  uploader: ArtifactUploader;
}

export async function main(deps: Deps = { uploader: githubArtifactUploader }): Promise<void> {
  const context = runContext();
  const token = getSecretInput('github-token');
  const octokit = token ? githubClient(token) : undefined;
  const service = getRequiredInput('service');
  const environment = getOptionalInput('environment') ?? 'prod';
  const outputDir = getOptionalInput('output-dir') ?? join(process.env.RUNNER_TEMP || '.', 'driftgate');
  const headers = getOptionalInput('prometheus-headers');

  const result = await runCompare(
    {
      service,
      environment,
      candidateVersion: getOptionalInput('candidate-version') ?? headSha(context),
      baselineVersion: getOptionalInput('baseline-version'),
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
      outputDir,
      cwd: process.env.GITHUB_WORKSPACE || process.cwd(),
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
    },
  );
  const c = result.comparison;
  core.info(renderText(c));

  core.setOutput('verdict', c.verdict);
  core.setOutput('regressions', JSON.stringify(c.regressions));
  core.setOutput('max-drift', c.maxDrift === null ? '' : String(Math.round(c.maxDrift * 1000) / 10));
  core.setOutput('report-path', result.jsonPath);
  core.setOutput('markdown-path', result.markdownPath);
  await core.summary.addRaw(result.markdown).write();

  const published = await publishReport(
    {
      key: `perf-baseline-compare:${service}:${environment}`,
      markdown: result.markdown,
      files: [result.jsonPath, result.markdownPath],
      rootDirectory: outputDir,
      artifactName: getOptionalInput('artifact-name') ?? 'perf-comparison',
      upload: getBooleanInput('upload-artifact', true),
      comment: getBooleanInput('comment', true),
    },
    { logger: actionLogger, uploader: deps.uploader, octokit, context },
  );
  core.setOutput('artifact-id', published.artifactId === undefined ? '' : String(published.artifactId));

  const failOnRegression = getBooleanInput('fail-on-regression', true);
  if (c.verdict === 'fail' && failOnRegression) {
    core.setFailed(`driftgate: ${c.headline}`);
  } else if (c.verdict === 'inconclusive' && c.onInconclusive === 'fail') {
    core.setFailed(`driftgate: ${c.headline} (on-inconclusive: fail; missing data never passes silently)`);
  } else if (c.verdict === 'fail') {
    core.warning(`driftgate: ${c.headline} (fail-on-regression is false)`);
  }
}
