/**
 * perf-baseline-compare: read inputs, run the comparison (library) or load a finished one (input comparison,
 * for workflow_run reporting), publish (summary, artifact, sticky comment, check run, release ticket and
 * GitHub release), set outputs, decide. All logic lives in @driftgate/shared; this file only wires the
 * GitHub runner to it.
 */
import { join } from 'node:path';
import * as core from '@actions/core';
import { checkArtifactName, checkOutputDir, redact } from '@driftgate/shared';
import {
  type ActionInputs,
  actionLogger,
  readActionInputs,
  readReleaseInputs,
  runAction,
  writeSummary,
} from '@driftgate/shared/action';
import { compareDecision, compareInputSettings, runCompare } from '@driftgate/shared/compare';
import {
  githubClient,
  headSha,
  latestStableReleaseTag,
  publishComparisonCheck,
  publishReport,
  type RunContext,
  runContextOf,
  workflowRunTarget,
} from '@driftgate/shared/github';
import { COMPARE_INPUTS, referInput } from '@driftgate/shared/inputs';
import { type ArtifactUploader, githubArtifactUploader } from '@driftgate/shared/publish';
import { comparisonEvidence, publishRelease } from '@driftgate/shared/release';
import { loadComparisonReport, renderText } from '@driftgate/shared/report';
import { cabTeamProver, type WaiverProver } from '@driftgate/shared/waiver';

export interface Deps {
  uploader: ArtifactUploader;
}

export async function main(deps: Deps = { uploader: githubArtifactUploader }): Promise<void> {
  const context = runContextOf();
  // Read once, secrets masked first; a mistake here fails in seconds, before any query.
  const inputs = readActionInputs(COMPARE_INPUTS);
  const token = inputs['github-token'];
  const octokit = token ? githubClient(token) : undefined;
  const service = inputs.service;
  const outputDir = inputs['output-dir'] ?? join(process.env.RUNNER_TEMP || '.', 'driftgate');
  const cwd = process.env.GITHUB_WORKSPACE || process.cwd();
  checkOutputDir(inputs['output-dir'], cwd);
  checkArtifactName(inputs['artifact-name']);
  const release = readReleaseInputs({ inputs, context, octokit });
  // workflow_run (fork-safe reporting): the pull request and head commit come from the trusted event payload.
  const runTarget = await workflowRunTarget(octokit, context).catch((e) => {
    actionLogger.warning(`Could not find the pull request of the triggering run: ${(e as Error).message}`);
    return undefined;
  });
  const prContext = runTarget ? { ...context, pullRequest: runTarget.pullRequest } : context;
  const sha = runTarget?.headSha ?? headSha(context);
  const prover = waiverProverFor(inputs, octokit, context, cwd);
  const job: CompareRun = { inputs, context, octokit, service, outputDir, cwd, sha };

  const result = await obtainComparison(job, prover);
  // Everything published from here (check run, release ticket, release notes) reads this redacted copy.
  const c = JSON.parse(redact(JSON.stringify(result.comparison))) as typeof result.comparison;
  actionLogger.info(renderText(c));
  await reportComparison(job, c, result, deps, prContext);
  const rel = await publishRelease(comparisonEvidence(c, result, context.runUrl), release, {
    logger: actionLogger,
    context,
    ...(octokit ? { octokit } : {}),
    ...(sha ? { headSha: sha } : {}),
  });
  core.setOutput('release-ticket', rel.ticket?.key ?? '');
  core.setOutput('release-url', rel.release?.url ?? '');
  decide(inputs, c);
}

/** What every step of the action reads: its inputs, the run, where it writes, the commit under test. */
interface CompareRun {
  inputs: ActionInputs<typeof COMPARE_INPUTS>;
  context: RunContext;
  octokit: ReturnType<typeof githubClient> | undefined;
  service: string;
  outputDir: string;
  cwd: string;
  sha: string | undefined;
}

/** The comparison: loaded from a finished one (input comparison), or run (the library's runCompare). */
async function obtainComparison(job: CompareRun, prover: WaiverProver | undefined) {
  const { inputs, context, octokit, service, outputDir, cwd, sha } = job;
  const comparisonFile = inputs.comparison;
  return comparisonFile
    ? {
        ...(await loadComparisonReport({
          path: comparisonFile,
          service,
          outputDir,
          cwd,
          sources: {
            'prometheus-url': inputs['prometheus-url'],
            'amp-workspace-id': inputs['amp-workspace-id'],
            'amp-endpoint': inputs['amp-endpoint'],
            'metrics-file': inputs['metrics-file'],
          },
        })),
        configFile: inputs.config ?? '.github/driftgate.yml',
      }
    : await runCompare(
        compareInputSettings(inputs, referInput, {
          commit: sha,
          awsRegion: process.env.AWS_REGION,
          outputDir,
          cwd,
          run: {
            ...(context.runUrl ? { url: context.runUrl } : {}),
            ...(context.repository ? { repository: `${context.repository.owner}/${context.repository.repo}` } : {}),
            ...(context.sha ? { sha: context.sha } : {}),
            ...(context.ref ? { ref: context.ref } : {}),
            ...(context.eventName ? { event: context.eventName } : {}),
          },
        }),
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
}

type Obtained = Awaited<ReturnType<typeof obtainComparison>>;

/** The outputs, the job summary, the artifact and sticky comment, and the check run. */
async function reportComparison(
  job: CompareRun,
  c: Obtained['comparison'],
  result: Obtained,
  deps: Deps,
  prContext: RunContext,
): Promise<void> {
  const { inputs, context, octokit, service, outputDir, cwd, sha } = job;
  core.setOutput('verdict', c.verdict);
  core.setOutput('regressions', JSON.stringify(c.regressions));
  core.setOutput('max-drift', c.maxDrift === null ? '' : String(Math.round(c.maxDrift * 1000) / 10));
  core.setOutput('report-path', result.jsonPath);
  core.setOutput('markdown-path', result.markdownPath);
  await writeSummary(result.markdown);

  const published = await publishReport(
    {
      key: `perf-baseline-compare:${service}:${c.environment}`,
      markdown: result.markdown,
      files: [result.jsonPath, result.markdownPath],
      rootDirectory: outputDir,
      artifactName: inputs['artifact-name'],
      upload: inputs['upload-artifact'],
      comment: inputs.comment,
    },
    { logger: actionLogger, uploader: deps.uploader, octokit, context: prContext },
  );
  core.setOutput('artifact-id', published.artifactId === undefined ? '' : String(published.artifactId));

  if (inputs['check-run']) {
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
}

/** Fail the step on the library's decision (fail-on-regression, on-inconclusive); else warn when it says to. */
function decide(inputs: ActionInputs<typeof COMPARE_INPUTS>, c: Obtained['comparison']): void {
  const decision = compareDecision(c, {
    failOnRegression: inputs['fail-on-regression'],
    // Comparison mode: the comparison carries its on-inconclusive; on-inconclusive: pass only stops this step failing.
    passInconclusive: !!inputs.comparison && inputs['on-inconclusive'] === 'pass',
  });
  const headline = decision.headline;
  switch (decision.reason) {
    case 'regression':
      core.setFailed(redact(`driftgate: ${headline}`));
      break;
    case 'inconclusive':
      core.setFailed(redact(`driftgate: ${headline} (on-inconclusive: fail; missing data never passes silently)`));
      break;
    case 'regression-reported':
      actionLogger.warning(`driftgate: ${headline} (fail-on-regression is false)`);
      break;
    case 'inconclusive-passed':
      // on-inconclusive: pass never turns a run without data green silently.
      actionLogger.warning(
        `driftgate: ${headline} (on-inconclusive: pass; this step passes WITHOUT a verdict: nothing was shown to be unchanged)`,
      );
      break;
    case 'pass':
      break;
  }
}

/**
 * The `waiver` input is proven here, with the same proof cab-waiver-check runs (flows/waiver/prove.ts), when cab-team
 * and a token are given; without them compare refuses a waiver input (compare.ts), it never trusts one.
 */
function waiverProverFor(
  inputs: ActionInputs<typeof COMPARE_INPUTS>,
  octokit: ReturnType<typeof githubClient> | undefined,
  context: RunContext,
  cwd: string,
): WaiverProver | undefined {
  const github =
    octokit && context.repository
      ? {
          octokit,
          ...context.repository,
          ...(context.sha ? { ref: context.sha } : {}),
          ...(context.pullRequest !== undefined ? { pullRequest: context.pullRequest } : {}),
        }
      : undefined;
  return cabTeamProver({
    cabTeam: inputs['cab-team'],
    label: inputs['waiver-label'],
    github,
    cwd,
    logger: actionLogger,
  });
}

/**
 * The action's entry, as @github/local-action and the runner call it: main() with every error turned into
 * core.setFailed (dist/index.js runs it; `npx @github/local-action . src/main.ts .env` runs it locally).
 */
export async function run(): Promise<void> {
  await runAction(() => main());
}
