/**
 * The fork-safe reporting pattern: a `pull_request` workflow computes the comparison with a read-only token
 * and uploads it as an artifact; a `workflow_run` workflow (base repository, write token) reports it on the
 * pull request. This finds WHICH pull request and head commit, from the trusted workflow_run payload only:
 * the artifact was produced by the fork's code, so nothing in it decides where the report goes.
 *
 * - Same-repository PRs are listed in workflow_run.pull_requests.
 * - Fork PRs are not (GitHub leaves the list empty for them): the open pull requests whose head is
 *   <fork owner>:<head branch> are listed (pull-requests: read) and the one whose head SHA is the run's
 *   head_sha is taken.
 */
import type { Octokit, RunContext } from './github-client.js';

export interface WorkflowRunTarget {
  pullRequest?: number;
  headSha: string;
  /** The triggering run's URL (the comparison's run). */
  runUrl?: string;
  /** Whether the head repository is a fork. */
  fork: boolean;
}

export async function workflowRunTarget(
  octokit: Octokit | undefined,
  context: RunContext,
): Promise<WorkflowRunTarget | undefined> {
  const wr = context.payload.workflow_run;
  if (context.eventName !== 'workflow_run' || !wr?.head_sha) return undefined;
  const headSha = String(wr.head_sha);
  const headRepo = wr.head_repository?.full_name as string | undefined;
  const baseRepo = context.repository ? `${context.repository.owner}/${context.repository.repo}` : undefined;
  const target: WorkflowRunTarget = {
    headSha,
    fork: !!headRepo && !!baseRepo && headRepo.toLowerCase() !== baseRepo.toLowerCase(),
    ...(wr.html_url ? { runUrl: String(wr.html_url) } : {}),
  };
  if (!['pull_request', 'pull_request_target', 'pull_request_review'].includes(wr.event)) return target;
  const listed = (wr.pull_requests ?? []).find((p: any) => p?.head?.sha === headSha) ?? wr.pull_requests?.[0];
  if (typeof listed?.number === 'number') return { ...target, pullRequest: listed.number };
  if (!octokit || !context.repository || !wr.head_branch || !wr.head_repository?.owner?.login) return target;
  const pulls = await octokit.rest.pulls.list({
    ...context.repository,
    state: 'open',
    head: `${wr.head_repository.owner.login}:${wr.head_branch}`,
    per_page: 100,
  });
  const pr = pulls.data.find(
    (p) => p.head.sha === headSha && (!headRepo || p.head.repo?.full_name?.toLowerCase() === headRepo.toLowerCase()),
  );
  return pr ? { ...target, pullRequest: pr.number } : target;
}
