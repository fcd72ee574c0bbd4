/**
 * The GitHub context of a CLI run, shared by `driftgate waiver` and `driftgate compare --waiver`: the token
 * (--github-token, else $GITHUB_TOKEN / $GH_TOKEN: registered as a secret by the reader), the repository
 * (--repository, else $GITHUB_REPOSITORY), the ref (--ref, else $GITHUB_SHA) and the pull request
 * (--pull-request).
 */
import { ConfigurationError, parseRepository } from '@driftgate/shared';
import type { Octokit } from '@driftgate/shared/github';
import { referInput } from '@driftgate/shared/inputs';
import type { CliIO } from './command.js';

export interface GitHubValues {
  'github-token'?: string | undefined;
  repository?: string | undefined;
  ref?: string | undefined;
  'pull-request'?: string | undefined;
}

export interface CliGitHub {
  token?: string;
  repo?: { owner: string; repo: string };
  ref?: string;
  pullRequest?: number;
  /** A client when there are a token and a repository. */
  github?: { octokit: Octokit; owner: string; repo: string; ref?: string; pullRequest?: number };
}

function parsePullRequest(pr: string): number {
  const n = Number(pr);
  if (!Number.isInteger(n) || n <= 0) {
    throw new ConfigurationError(`--pull-request is ${JSON.stringify(pr)}: expected a pull request number such as 42.`);
  }
  return n;
}

export async function cliGitHub(v: GitHubValues, io: CliIO): Promise<CliGitHub> {
  const token = v['github-token'];
  // The shared parser names the input as the library does; the CLI renders it as --repository, or as
  // $GITHUB_REPOSITORY when the value came from there.
  const repo = v.repository ? parseRepository(v.repository, referInput('repository')) : undefined;
  const pullRequest = v['pull-request'] !== undefined ? parsePullRequest(v['pull-request']) : undefined;
  const ref = v.ref;
  const out: CliGitHub = {
    ...(token ? { token } : {}),
    ...(repo ? { repo } : {}),
    ...(ref ? { ref } : {}),
    ...(pullRequest !== undefined ? { pullRequest } : {}),
  };
  if (token && repo) {
    // @actions/github (and its HTTP stack) loads only when there is a GitHub to talk to.
    const { githubClient } = await import('@driftgate/shared/github');
    out.github = {
      octokit: githubClient(token, { baseUrl: io.env.GITHUB_API_URL || 'https://api.github.com' }),
      ...repo,
      ...(ref ? { ref } : {}),
      ...(pullRequest !== undefined ? { pullRequest } : {}),
    };
  }
  return out;
}
