import { type FakeGitHubState, startFakeGitHub } from '@driftgate/testkit';
import { afterEach, describe, expect, it } from 'vitest';
import { COMMENT_LIMIT, commentMarker, upsertStickyComment } from '../../src/io/github/comment.js';
import { githubClient } from '../../src/io/github/github-client.js';
import { latestStableReleaseTag } from '../../src/io/github/releases.js';

const servers: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
  delete process.env.GITHUB_API_URL;
});

async function setup(state: FakeGitHubState) {
  const server = await startFakeGitHub(state);
  servers.push(server);
  process.env.GITHUB_API_URL = server.url;
  return { server, octokit: githubClient('ghs_test') };
}

const marker = commentMarker('perf-baseline-compare:api:prod');
const other = (id: number, body: string, login = 'octocat') => ({ id, body, user: { login, type: 'User' } });

describe('sticky PR comment', () => {
  it('creates the comment once, then edits the same one (searching every page)', async () => {
    const state: FakeGitHubState = {
      tokenKind: 'installation',
      pageSize: 2,
      comments: { 7: [other(1, 'hi'), other(2, 'lgtm'), other(3, 'nit'), other(4, 'ok'), other(5, 'ship it')] },
    };
    const { server, octokit } = await setup(state);
    const first = await upsertStickyComment(octokit, {
      owner: 'acme',
      repo: 'shop',
      issueNumber: 7,
      key: 'perf-baseline-compare:api:prod',
      body: 'v1',
    });
    expect(first.action).toBe('created');
    expect(state.comments[7]).toHaveLength(6);
    const second = await upsertStickyComment(octokit, {
      owner: 'acme',
      repo: 'shop',
      issueNumber: 7,
      key: 'perf-baseline-compare:api:prod',
      body: 'v2',
    });
    expect(second).toMatchObject({ action: 'updated', id: first.id });
    expect(state.comments[7]).toHaveLength(6);
    expect(state.comments[7]!.at(-1)!.body).toBe(`${marker}\nv2`);
    // The own comment sits on page 3 of 3: every page was read.
    const pages = server.requests
      .filter((r) => r.method === 'GET' && r.path.endsWith('/comments'))
      .map((r) => r.url.searchParams.get('page') ?? '1');
    expect(pages.slice(-3)).toEqual(['1', '2', '3']);
    expect(server.requests.find((r) => r.method === 'PATCH')!.headers.authorization).toBe('token ghs_test');
  });

  it("never edits someone else's comment that carries the marker", async () => {
    const state: FakeGitHubState = {
      tokenKind: 'installation',
      pageSize: 100,
      comments: { 3: [other(1, `${marker}\nforged by a user`)] },
    };
    const { octokit } = await setup(state);
    const res = await upsertStickyComment(octokit, {
      owner: 'acme',
      repo: 'shop',
      issueNumber: 3,
      key: 'perf-baseline-compare:api:prod',
      body: 'report',
    });
    expect(res.action).toBe('created');
    expect(state.comments[3]![0]!.body).toBe(`${marker}\nforged by a user`);
  });

  it('recognises its own comments under a user token too, and keeps bodies under the size limit', async () => {
    const state: FakeGitHubState = {
      tokenKind: 'user',
      userLogin: 'release-bot',
      pageSize: 100,
      comments: { 9: [other(1, `${marker}\nold`, 'release-bot')] },
    };
    const { octokit } = await setup(state);
    const res = await upsertStickyComment(octokit, {
      owner: 'acme',
      repo: 'shop',
      issueNumber: 9,
      key: 'perf-baseline-compare:api:prod',
      body: 'x'.repeat(100_000),
    });
    expect(res.action).toBe('updated');
    expect(state.comments[9]![0]!.body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(state.comments[9]![0]!.body).toMatch(/truncated/);
  });

  it('resolves the latest stable release, or nothing', async () => {
    const state: FakeGitHubState = { tokenKind: 'installation', pageSize: 100, comments: {}, latestRelease: 'v1.41.0' };
    const { octokit } = await setup(state);
    expect(await latestStableReleaseTag(octokit, 'acme', 'shop')).toBe('v1.41.0');
    delete state.latestRelease;
    expect(await latestStableReleaseTag(octokit, 'acme', 'shop')).toBeUndefined();
  });
});
