/** runContextOf: what the actions need of a run, from @actions/github's `context` (ESM-only: vi.mock, no spyOn). */
import { describe, expect, it, vi } from 'vitest';

vi.mock('@actions/github', async (original) => ({
  ...(await original<typeof import('@actions/github')>()),
  context: {
    payload: { pull_request: { number: 7, head: { sha: 'headsha' } } },
    eventName: 'pull_request',
    sha: 'mergesha',
    ref: 'refs/pull/7/merge',
    runId: 4242,
    runAttempt: 2,
    serverUrl: 'https://github.example',
    get repo() {
      return { owner: 'acme', repo: 'shop' };
    },
  },
}));

const { headSha, runContextOf } = await import('../../src/io/github/github-client.js');

describe('runContextOf', () => {
  it('maps the repository, event, commit, run URL, attempt and pull request', () => {
    const run = runContextOf();
    expect(run).toMatchObject({
      repository: { owner: 'acme', repo: 'shop' },
      eventName: 'pull_request',
      sha: 'mergesha',
      ref: 'refs/pull/7/merge',
      runUrl: 'https://github.example/acme/shop/actions/runs/4242',
      runAttempt: '2',
      pullRequest: 7,
    });
    expect(headSha(run)).toBe('headsha');
  });

  it('has no repository (nor run URL) when context.repo cannot tell', () => {
    const run = runContextOf({
      payload: {},
      eventName: 'push',
      sha: 's',
      ref: 'refs/heads/main',
      runId: Number.NaN,
      runAttempt: Number.NaN,
      serverUrl: 'https://github.com',
      get repo(): { owner: string; repo: string } {
        throw new Error("context.repo requires a GITHUB_REPOSITORY environment variable like 'owner/repo'");
      },
    } as never);
    expect(run).toEqual({ payload: {}, eventName: 'push', sha: 's', ref: 'refs/heads/main' });
  });

  it('refuses a GITHUB_REPOSITORY without an owner (or otherwise not owner/name) before any work, naming it', () => {
    const message = (value: string) => {
      try {
        runContextOf(undefined, { GITHUB_REPOSITORY: value });
      } catch (e) {
        return (e as Error).message;
      }
      return 'accepted';
    };
    for (const [value, problem] of [
      ['shop', 'has no owner'],
      ['acme/shop/extra', 'has more than one "/"'],
      ['acme/..', 'has a repository name GitHub does not allow'],
      ['-acme/shop', 'has an owner that is not a GitHub user or organization name'],
    ] as const) {
      expect(message(value)).toBe(
        `GITHUB_REPOSITORY is ${JSON.stringify(value)}: it ${problem}. Expected owner/name, such as acme/shop.`,
      );
    }
    expect(() => runContextOf(undefined, { GITHUB_REPOSITORY: 'acme/shop\n::notice::x' })).toThrow(
      /^GITHUB_REPOSITORY contains the control character/,
    );
    expect(runContextOf(undefined, { GITHUB_REPOSITORY: 'acme/shop.api' }).repository).toEqual({
      owner: 'acme',
      repo: 'shop.api',
    });
  });
});
