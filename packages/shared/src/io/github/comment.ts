/**
 * One sticky pull-request comment per service and environment, kept up to date across runs.
 * - Found by a hidden HTML marker in the body, searching ALL comments (paginated).
 * - Only comments written by the token's own identity are edited; a comment by anyone else that happens
 *   to carry the marker is left alone (a user cannot make us overwrite their text, nor can we clobber theirs).
 * - Bodies are kept under GitHub's 65,536-character limit.
 */
import type { Octokit } from './github-client.js';

export const COMMENT_LIMIT = 65_536;

export function commentMarker(key: string): string {
  return `<!-- driftgate:${key.replace(/--/g, '-')} -->`;
}

/** The login of the token's identity: REST /user for user tokens, GraphQL viewer for app/installation tokens. */
export async function tokenIdentity(octokit: Octokit): Promise<string[]> {
  try {
    const res = await octokit.rest.users.getAuthenticated();
    return [res.data.login];
  } catch {
    // GITHUB_TOKEN (an installation token) cannot call /user.
  }
  try {
    const res = await octokit.graphql<{ viewer: { login: string } }>('query { viewer { login } }');
    const login = res.viewer.login;
    // GraphQL names the Actions bot "github-actions"; REST comment authors are "github-actions[bot]".
    return login.endsWith('[bot]') ? [login, login.slice(0, -5)] : [login, `${login}[bot]`];
  } catch {
    return ['github-actions[bot]'];
  }
}

export interface StickyResult {
  action: 'created' | 'updated';
  id: number;
  url: string;
}

export function fitComment(body: string, marker: string): string {
  const full = `${marker}\n${body}`;
  if (full.length <= COMMENT_LIMIT) return full;
  const note = '\n\n…(truncated: the full report is in the job summary and the perf-comparison artifact)\n';
  return `${full.slice(0, COMMENT_LIMIT - note.length)}${note}`;
}

export async function upsertStickyComment(
  octokit: Octokit,
  params: { owner: string; repo: string; issueNumber: number; key: string; body: string },
): Promise<StickyResult> {
  const marker = commentMarker(params.key);
  const body = fitComment(params.body, marker);
  const me = new Set(await tokenIdentity(octokit));
  const comments = await octokit.paginate(octokit.rest.issues.listComments, {
    owner: params.owner,
    repo: params.repo,
    issue_number: params.issueNumber,
    per_page: 100,
  });
  const mine = comments.find((c) => c.body?.includes(marker) && c.user && me.has(c.user.login));
  if (mine) {
    const res = await octokit.rest.issues.updateComment({
      owner: params.owner,
      repo: params.repo,
      comment_id: mine.id,
      body,
    });
    return { action: 'updated', id: res.data.id, url: res.data.html_url };
  }
  const res = await octokit.rest.issues.createComment({
    owner: params.owner,
    repo: params.repo,
    issue_number: params.issueNumber,
    body,
  });
  return { action: 'created', id: res.data.id, url: res.data.html_url };
}
