/** "The last stable release" from GitHub: the latest release that is neither a draft nor a prerelease. */
import type { Octokit } from './github-client.js';

export async function latestStableReleaseTag(
  octokit: Octokit,
  owner: string,
  repo: string,
): Promise<string | undefined> {
  try {
    // GitHub's "latest release" is by definition the most recent non-draft, non-prerelease release.
    const res = await octokit.rest.repos.getLatestRelease({ owner, repo });
    return res.data.tag_name || undefined;
  } catch (e) {
    if ((e as { status?: number }).status === 404) return undefined;
    throw e;
  }
}
