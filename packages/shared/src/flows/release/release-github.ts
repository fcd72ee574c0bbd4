/**
 * Evidence on the GitHub release: the files as release assets (same-named assets of an earlier run are
 * deleted first: asset names are unique per release) and the verdict in the release notes, in a marked
 * section per service that re-runs edit in place:
 *
 *   <!-- driftgate:start:checkout-api -->
 *   #### Performance evidence (driftgate): checkout-api
 *   - <!-- driftgate:row:compare:prod --> ✅ **pre-deploy gate (prod): pass** — `v1.42.0`: ... · [report](...)
 *   - <!-- driftgate:row:verify:prod --> ✅ **post-deploy bake (prod): pass** — ...
 *   <!-- driftgate:end:checkout-api -->
 *
 * One line per action and environment, so the gate and the bake (and several environments) of one release
 * share the section without overwriting each other. Everything outside the markers is left as it was.
 * The release is the one of the `release` event, or found by tag (drafts too, which only a token with
 * contents: write can see). Uploads go to the release's upload_url (uploads.github.com, or the GHES host).
 */
import { readFile } from 'node:fs/promises';
import type { Logger } from '../../core/log.js';
import type { Octokit } from '../../io/github/github-client.js';
import { type EvidenceFile, notesLine, notesRowKey, type ReleaseEvidence } from './release-evidence.js';

export interface GitHubRelease {
  id: number;
  tag_name: string;
  html_url: string;
  upload_url: string;
  body?: string | null;
  draft?: boolean;
}

export interface ReleaseRef {
  owner: string;
  repo: string;
  /** The release of a `release` event. */
  releaseId?: number;
  /** Else the release with this tag. */
  tag?: string;
}

/** GitHub's limit for a release body. */
export const RELEASE_BODY_LIMIT = 125_000;

function statusOf(e: unknown): number | undefined {
  return (e as { status?: number })?.status;
}

/** The release to attach to, or undefined when there is none with that tag. */
export async function findRelease(octokit: Octokit, ref: ReleaseRef): Promise<GitHubRelease | undefined> {
  const { owner, repo } = ref;
  if (ref.releaseId !== undefined) {
    return (await octokit.rest.repos.getRelease({ owner, repo, release_id: ref.releaseId })).data as GitHubRelease;
  }
  if (!ref.tag) return undefined;
  try {
    return (await octokit.rest.repos.getReleaseByTag({ owner, repo, tag: ref.tag })).data as GitHubRelease;
  } catch (e) {
    if (statusOf(e) !== 404) throw e;
  }
  // A draft release is not found by tag: look through the most recent releases.
  for (let page = 1; page <= 3; page++) {
    const list = await octokit.rest.repos.listReleases({ owner, repo, per_page: 100, page });
    const hit = list.data.find((r) => r.tag_name === ref.tag);
    if (hit) return hit as GitHubRelease;
    if (list.data.length < 100) break;
  }
  return undefined;
}

/** Upload `files` as assets of `release`, replacing same-named assets. */
export async function replaceReleaseAssets(
  octokit: Octokit,
  ref: { owner: string; repo: string },
  release: GitHubRelease,
  files: EvidenceFile[],
  logger: Logger,
): Promise<Array<{ name: string; url: string; replaced: boolean }>> {
  const existing = await octokit.paginate(octokit.rest.repos.listReleaseAssets, {
    ...ref,
    release_id: release.id,
    per_page: 100,
  });
  const out: Array<{ name: string; url: string; replaced: boolean }> = [];
  for (const f of files) {
    const old = existing.filter((a) => a.name === f.name);
    for (const a of old) await octokit.rest.repos.deleteReleaseAsset({ ...ref, asset_id: a.id });
    const data = await readFile(f.path);
    const res = await octokit.request({
      method: 'POST',
      url: release.upload_url,
      name: f.name,
      data,
      // No content-length of our own: fetch derives it from the Buffer. A hand-set one breaks on Node 24 when
      // @actions/github's undici dispatches through Node's built-in one ("invalid content-length header").
      headers: { 'content-type': f.contentType },
    });
    const url = (res.data as { browser_download_url?: string }).browser_download_url ?? '';
    out.push({ name: f.name, url, replaced: old.length > 0 });
    logger.info(`Release ${release.tag_name}: ${old.length ? 'replaced' : 'uploaded'} asset ${f.name}.`);
  }
  return out;
}

function markerSafe(text: string): string {
  return text.replace(/--+/g, '-').replace(/[<>\s]/g, '_');
}

export function sectionMarkers(service: string): { start: string; end: string } {
  const s = markerSafe(service);
  return { start: `<!-- driftgate:start:${s} -->`, end: `<!-- driftgate:end:${s} -->` };
}

/** The release body with `line` set as the row `rowKey` of the service's section (pure). */
export function setNotesRow(body: string, service: string, rowKey: string, line: string): string {
  const { start, end } = sectionMarkers(service);
  const rowMarker = `<!-- driftgate:row:${markerSafe(rowKey)} -->`;
  const row = `- ${rowMarker} ${line.replace(/\r?\n/g, ' ')}`;
  const text = body.replace(/\r\n/g, '\n');
  const i = text.indexOf(start);
  const j = i >= 0 ? text.indexOf(end, i) : -1;
  if (i < 0 || j < 0) {
    const section = [start, `#### Performance evidence (driftgate): ${service}`, row, end].join('\n');
    const trimmed = text.replace(/\s+$/, '');
    return trimmed ? `${trimmed}\n\n${section}\n` : `${section}\n`;
  }
  const inner = text.slice(i + start.length, j).split('\n');
  const k = inner.findIndex((l) => l.includes(rowMarker));
  if (k >= 0) inner[k] = row;
  else {
    // After the last row (or the heading), before the end marker.
    let last = inner.length - 1;
    while (last > 0 && inner[last]?.trim() === '') last--;
    inner.splice(last + 1, 0, row);
  }
  return `${text.slice(0, i + start.length)}${inner.join('\n')}${text.slice(j)}`;
}

/**
 * Set our line in the release notes. Read-modify-write, then read back: if a concurrent job's edit raced
 * ours away, do it again (at most 3 times).
 */
export async function updateReleaseNotes(
  octokit: Octokit,
  ref: { owner: string; repo: string },
  release: GitHubRelease,
  evidence: ReleaseEvidence,
  links: Array<{ name: string; url: string }>,
  logger: Logger,
): Promise<void> {
  const line = notesLine(evidence, links);
  const rowKey = notesRowKey(evidence);
  for (let attempt = 1; attempt <= 3; attempt++) {
    const current = (await octokit.rest.repos.getRelease({ ...ref, release_id: release.id })).data.body ?? '';
    const next = setNotesRow(current, evidence.service, rowKey, line);
    if (next.length > RELEASE_BODY_LIMIT) {
      logger.warning(
        `Release ${release.tag_name}: the notes would exceed GitHub's ${RELEASE_BODY_LIMIT}-character limit; the verdict was not added.`,
      );
      return;
    }
    if (next !== current) await octokit.rest.repos.updateRelease({ ...ref, release_id: release.id, body: next });
    const check = (await octokit.rest.repos.getRelease({ ...ref, release_id: release.id })).data.body ?? '';
    if (check.includes(line)) {
      logger.info(`Release ${release.tag_name}: the notes show the ${rowKey} verdict.`);
      return;
    }
    logger.info(`Release ${release.tag_name}: the notes changed concurrently; writing the verdict again.`);
  }
  logger.warning(`Release ${release.tag_name}: the notes kept changing concurrently; the verdict may be missing.`);
}
