/**
 * The GitHub context of a CLI run, shared by `driftgate waiver` and `driftgate compare --waiver`: the token
 * (--github-token, else $GITHUB_TOKEN / $GH_TOKEN), the repository (--repository, else $GITHUB_REPOSITORY), the ref
 * (--ref, else $GITHUB_SHA) and the pull request (--pull-request). The token is registered as a secret at once.
 */
import { ConfigurationError } from '@driftgate/shared/errors';
import type { Octokit } from '@driftgate/shared/github/client';
import type { CliIO } from './command.js';

export const GITHUB_FLAGS = {
  'github-token': { type: 'string' },
  repository: { type: 'string' },
  ref: { type: 'string' },
  'pull-request': { type: 'string' },
} as const;

export interface CliGitHub {
  token?: string;
  repo?: { owner: string; repo: string };
  ref?: string;
  pullRequest?: number;
  /** A client when there are a token and a repository. */
  github?: { octokit: Octokit; owner: string; repo: string; ref?: string; pullRequest?: number };
}

export async function cliGitHub(f: Record<string, unknown>, io: CliIO): Promise<CliGitHub> {
  const s = (k: string) => (typeof f[k] === 'string' ? (f[k] as string) : undefined);
  const token = s('github-token') ?? io.env.GITHUB_TOKEN ?? io.env.GH_TOKEN;
  if (token) io.logger.secret(token);
  const repository = s('repository') ?? io.env.GITHUB_REPOSITORY;
  let repo: { owner: string; repo: string } | undefined;
  if (repository) {
    const [owner, name, ...rest] = repository.split('/');
    if (!owner || !name || rest.length) {
      throw new ConfigurationError(
        `--repository is ${JSON.stringify(repository)}: expected owner/repo, such as acme/shop.`,
      );
    }
    repo = { owner, repo: name };
  }
  let pullRequest: number | undefined;
  const pr = s('pull-request');
  if (pr !== undefined) {
    pullRequest = Number(pr);
    if (!Number.isInteger(pullRequest) || pullRequest <= 0) {
      throw new ConfigurationError(
        `--pull-request is ${JSON.stringify(pr)}: expected a pull request number such as 42.`,
      );
    }
  }
  const ref = s('ref') ?? io.env.GITHUB_SHA;
  const out: CliGitHub = {
    ...(token ? { token } : {}),
    ...(repo ? { repo } : {}),
    ...(ref ? { ref } : {}),
    ...(pullRequest !== undefined ? { pullRequest } : {}),
  };
  if (token && repo) {
    // @actions/github (and its HTTP stack) loads only when there is a GitHub to talk to.
    const { githubClient } = await import('@driftgate/shared/github/client');
    out.github = {
      octokit: githubClient(token, { baseUrl: io.env.GITHUB_API_URL || 'https://api.github.com' }),
      ...repo,
      ...(ref ? { ref } : {}),
      ...(pullRequest !== undefined ? { pullRequest } : {}),
    };
  }
  return out;
}
