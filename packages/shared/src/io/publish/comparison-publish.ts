/**
 * After a comparison: the workflow artifact and the sticky PR comment. Each step is best-effort with a
 * warning (a fork PR's read-only token cannot comment; that must not hide the verdict), and the local files
 * are written before either runs.
 */
import type { Logger } from '../../core/log.js';
import { upsertStickyComment } from '../github/comment.js';
import type { Octokit, RunContext } from '../github/github-client.js';
import type { ArtifactUploader } from './artifact.js';

export interface PublishOptions {
  key: string;
  markdown: string;
  files: string[];
  rootDirectory: string;
  artifactName: string;
  upload: boolean;
  comment: boolean;
}

export interface ComparisonPublishResult {
  artifactId?: number;
  commentUrl?: string;
}

export async function publishReport(
  options: PublishOptions,
  deps: { logger: Logger; uploader: ArtifactUploader; octokit?: Octokit; context: RunContext },
): Promise<ComparisonPublishResult> {
  const { logger } = deps;
  const out: ComparisonPublishResult = {};
  if (options.upload) {
    try {
      const res = await deps.uploader.upload(options.artifactName, options.files, options.rootDirectory);
      if (res.skipped) logger.info(`Artifact upload skipped: ${res.skipped}.`);
      if (res.id !== undefined) {
        out.artifactId = res.id;
        logger.info(`Uploaded artifact "${options.artifactName}" (id ${res.id}).`);
      }
    } catch (e) {
      logger.warning(
        `Could not upload the artifact "${options.artifactName}": ${(e as Error).message}. The report is still at ${options.files.join(', ')}.`,
      );
    }
  }
  const pr = deps.context.pullRequest;
  if (options.comment && pr !== undefined && deps.context.repository) {
    if (!deps.octokit) {
      logger.warning('No github-token: the PR comment was not written.');
    } else {
      try {
        const res = await upsertStickyComment(deps.octokit, {
          ...deps.context.repository,
          issueNumber: pr,
          key: options.key,
          body: options.markdown,
        });
        out.commentUrl = res.url;
        logger.info(`${res.action === 'created' ? 'Created' : 'Updated'} the PR comment: ${res.url}`);
      } catch (e) {
        const status = (e as { status?: number }).status;
        const hint =
          status === 403
            ? ' The token cannot write comments (fork pull requests get a read-only token): use the workflow_run pattern in examples/workflows/, or grant pull-requests: write.'
            : '';
        logger.warning(`Could not write the PR comment: ${(e as Error).message}.${hint}`);
      }
    }
  }
  return out;
}
