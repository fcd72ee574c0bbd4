/**
 * GitHub access for every action: an Octokit from @actions/github (which honours GITHUB_API_URL, so
 * GitHub Enterprise Server and the tests' loopback fakes work), and the run context read from the
 * runner's environment.
 */
import { readFileSync } from 'node:fs';
import { getOctokit } from '@actions/github';

export type Octokit = ReturnType<typeof getOctokit>;

export function githubClient(token: string): Octokit {
  // @actions/github reads GITHUB_API_URL itself; pass it explicitly too so a changed env is honoured.
  const baseUrl = process.env.GITHUB_API_URL || 'https://api.github.com';
  return getOctokit(token, { baseUrl });
}

export interface RunContext {
  repository?: { owner: string; repo: string };
  eventName?: string;
  sha?: string;
  ref?: string;
  runUrl?: string;
  /** The pull request number on pull_request(_target) events. */
  pullRequest?: number;
  /** The webhook payload (GITHUB_EVENT_PATH), or {}. */
  payload: Record<string, any>;
}

/** Read the run context from the environment the runner sets (no @actions/github context caching). */
export function runContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  let payload: Record<string, any> = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'));
    } catch {
      payload = {};
    }
  }
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const server = env.GITHUB_SERVER_URL || 'https://github.com';
  const ctx: RunContext = { payload };
  if (owner && repo) ctx.repository = { owner, repo };
  if (env.GITHUB_EVENT_NAME) ctx.eventName = env.GITHUB_EVENT_NAME;
  if (env.GITHUB_SHA) ctx.sha = env.GITHUB_SHA;
  if (env.GITHUB_REF) ctx.ref = env.GITHUB_REF;
  if (env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID)
    ctx.runUrl = `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
  const pr =
    payload.pull_request?.number ?? (env.GITHUB_EVENT_NAME?.startsWith('pull_request') ? payload.number : undefined);
  if (typeof pr === 'number') ctx.pullRequest = pr;
  return ctx;
}

/** The head commit SHA of the run: the PR head on pull_request events (GITHUB_SHA is the merge commit there). */
export function headSha(ctx: RunContext): string | undefined {
  return ctx.payload.pull_request?.head?.sha ?? ctx.sha;
}
