/**
 * Publish one run's evidence to the release: the Jira release ticket (attachments + verdict comment,
 * flows/release/release-jira.ts) and the GitHub release (assets + release-notes line, flows/release/release-github.ts). Shared by
 * perf-baseline-compare (perf-comparison.json/.md) and post-deploy-verify (perf_verification.json).
 *
 * The verdict is already decided and the files are already on disk (and in the workflow artifact / on S3) when
 * this runs, so a failure here is a warning with what to fix, never a changed verdict. Configuration mistakes
 * that can be seen up front (a bad pattern, jira-url without jira-token, ...) are ConfigurationErrors raised
 * before anything runs (shell/action/release.ts).
 */
import { errorMessage } from '../../core/errors.js';
import { type Logger, silentLogger } from '../../core/log.js';
import type { Octokit, RunContext } from '../../io/github/github-client.js';
import { type JiraApi, jiraStatus } from '../../io/jira/jira-client.js';
import type { ReleaseEvidence } from './release-evidence.js';
import { findRelease, replaceReleaseAssets, updateReleaseNotes } from './release-github.js';
import { attachEvidenceToJira } from './release-jira.js';
import { type FoundTicket, findTicketKey, ticketSources } from './release-ticket.js';

export interface ReleaseTargets {
  jira?: {
    api: JiraApi;
    /** The release-ticket input (validated), else found by `pattern`. */
    key?: string;
    pattern: RegExp;
    patternSource: string;
    /** Warn (instead of a notice) when no key is found. */
    warnWhenNoKey?: boolean;
  };
  github?: {
    octokit: Octokit;
    owner: string;
    repo: string;
    tag?: string;
    releaseId?: number;
  };
}

export interface ReleasePublishResult {
  ticket?: FoundTicket & { url: string; attached: string[]; replaced: number; comment: 'created' | 'updated' };
  release?: { tag: string; url: string; assets: Array<{ name: string; url: string }> };
  /** What did not work, one line each (also logged as warnings). */
  problems: string[];
}

export interface ReleasePublishDeps {
  logger?: Logger;
  context: RunContext;
  env?: NodeJS.ProcessEnv;
  /** To read the head commit's message when the event payload has none (contents: read). */
  octokit?: Octokit;
  headSha?: string;
}

/** The release ticket of this run, or undefined (with the places searched, for the message). */
export async function resolveReleaseTicket(
  jira: NonNullable<ReleaseTargets['jira']>,
  deps: ReleasePublishDeps,
): Promise<{ found?: FoundTicket; searched: string[] }> {
  if (jira.key) return { found: { key: jira.key, from: 'input release-ticket' }, searched: [] };
  const sources = ticketSources(deps.context, deps.env ?? process.env);
  const found = findTicketKey(sources, jira.pattern);
  const searched = sources.filter((s) => s.text).map((s) => s.what);
  if (found) return { found, searched };
  // The event may not carry the commit message (pull_request, workflow_dispatch): ask the API for it.
  const repo = deps.context.repository;
  if (deps.octokit && repo && deps.headSha && !sources.some((s) => s.what === 'commit message' && s.text)) {
    try {
      const c = await deps.octokit.rest.repos.getCommit({ ...repo, ref: deps.headSha });
      const fromCommit = findTicketKey([{ what: 'commit message', text: c.data.commit.message }], jira.pattern);
      searched.push('commit message');
      if (fromCommit) return { found: fromCommit, searched };
    } catch (e) {
      deps.logger?.debug(`Could not read the head commit's message: ${errorMessage(e)}`);
    }
  }
  return { searched };
}

function jiraProblem(e: unknown, key: string, base: string): string {
  const status = jiraStatus(e);
  if (status === 404) {
    return `release ticket ${key} was not found at ${base} (or jira-user cannot see it): check release-ticket / release-ticket-pattern.`;
  }
  if (status === 401) {
    return `Jira at ${base} refused the credentials (401): check jira-user and jira-token (Cloud: the account e-mail and an API token; Data Center: jira-user empty and a personal access token).`;
  }
  if (status === 403) {
    return `Jira at ${base} does not let jira-user attach files or comment on ${key} (403): grant "Create attachments", "Delete own attachments" and "Add comments"/"Edit own comments" in the project. ${errorMessage(e)}`;
  }
  return `attaching the evidence to ${key} failed: ${errorMessage(e)}`;
}

export async function publishRelease(
  evidence: ReleaseEvidence,
  targets: ReleaseTargets,
  deps: ReleasePublishDeps,
): Promise<ReleasePublishResult> {
  const logger = deps.logger ?? silentLogger;
  const out: ReleasePublishResult = { problems: [] };
  const problem = (text: string) => {
    out.problems.push(text);
    logger.warning(`driftgate release evidence: ${text}`);
  };

  if (targets.jira) {
    const jira = targets.jira;
    const { found, searched } = await resolveReleaseTicket(jira, deps);
    if (!found) {
      const msg = `no release ticket: release-ticket is empty and the pattern ${jira.patternSource} matched nothing in ${searched.length ? searched.join(', ') : 'this event'}; nothing was attached to Jira. Set release-ticket, or put the key in the pull request title or commit message.`;
      if (jira.warnWhenNoKey) problem(msg);
      else logger.info(msg);
    } else {
      logger.info(`Release ticket ${found.key} (from ${found.from}).`);
      try {
        const r = await attachEvidenceToJira(jira.api, found.key, evidence, logger);
        out.ticket = {
          ...found,
          url: r.url,
          attached: evidence.files.map((f) => f.name),
          replaced: r.replaced,
          comment: r.comment.action,
        };
      } catch (e) {
        problem(jiraProblem(e, found.key, jira.api.base));
      }
    }
  }

  if (targets.github) {
    const g = targets.github;
    const ref = { owner: g.owner, repo: g.repo };
    const what = g.tag ? `release ${g.tag}` : `release ${g.releaseId}`;
    try {
      const release = await findRelease(g.octokit, {
        ...ref,
        ...(g.tag ? { tag: g.tag } : {}),
        releaseId: g.releaseId,
      });
      if (!release) {
        problem(
          `there is no GitHub release with tag ${g.tag} in ${g.owner}/${g.repo}: create it first, or fix release-tag.`,
        );
      } else {
        const assets = await replaceReleaseAssets(g.octokit, ref, release, evidence.files, logger);
        await updateReleaseNotes(g.octokit, ref, release, evidence, assets, logger);
        out.release = { tag: release.tag_name, url: release.html_url, assets };
      }
    } catch (e) {
      const status = (e as { status?: number }).status;
      const hint =
        status === 403 || status === 404
          ? ' The token needs contents: write on the repository (fork pull requests get a read-only token).'
          : '';
      problem(`updating the GitHub ${what} failed: ${errorMessage(e)}.${hint}`);
    }
  }
  return out;
}
