/**
 * Proving CAB approval through the GitHub REST API.
 *
 * File waiver (.github/perf-waivers/*.yml) is approved when ALL of these hold:
 *   - it is not added or changed by the pull request under test (PR files API): a PR cannot waive its own
 *     regressions;
 *   - the bytes read from the workspace are the committed file at the run's commit (contents API blob SHA):
 *     a step that rewrites a waiver on the runner does not get it approved;
 *   - the commit that last changed the file (commits API, `path=`) belongs to a MERGED pull request
 *     (commit -> associated pull requests);
 *   - that pull request has an APPROVED review (the reviewer's latest decision) on its final head commit from an
 *     active member of the cab-team (`GET /orgs/{org}/teams/{team_slug}/memberships/{username}`, state active):
 *     an approval given before the last push does not count;
 *   - every login in the file's `approved_by` is such an approver (the record cannot claim approvers it does not
 *     have). The waiver's `approved_by` in the output is the list of proven CAB approvers.
 *
 * Label waiver (pull_request events): the PR carries the `cab-waiver` label, whose latest `labeled` event
 * (issue events API) was by an active cab-team member, and the PR has an APPROVED review on its current head
 * commit by an active cab-team member whose review body states the waiver in a ```cab-waiver fenced YAML block
 * (service, environment, metrics, max_drift, expires, reason; versions default to the PR head commit). The
 * PR description does not count: its author can edit it after the approval.
 */
import { ConfigurationError } from '../../core/errors.js';
import { type Logger, silentLogger } from '../../core/log.js';
import type { Waiver } from '../../core/model/waiver.js';
import type { ApprovalProof, WaiverCandidate } from '../../core/waiver/decide.js';
import type { Octokit } from '../github/github-client.js';
import { parseLabelWaiverBlock } from './waiver-files.js';

export const DEFAULT_WAIVER_LABEL = 'cab-waiver';
/** GitHub's PR files API lists at most 3000 files. */
const PR_FILES_LIMIT = 3000;

export interface CabTeam {
  org: string;
  slug: string;
}

/** "org/team-slug", or "team-slug" for a team of `defaultOrg` (the repository owner). */
export function parseCabTeam(text: string, defaultOrg?: string, what = 'Input "cab-team"'): CabTeam {
  const t = text.trim().replace(/^@/, '');
  const m = /^(?:([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)\/)?([A-Za-z0-9_.-]+)$/.exec(t);
  const org = m?.[1] ?? defaultOrg;
  if (!m || !org) {
    throw new ConfigurationError(
      `${what} is ${JSON.stringify(text)}: expected "org/team-slug" (e.g. "acme/cab"), the GitHub team whose members approve waivers.`,
    );
  }
  return { org, slug: m[2] as string };
}

export interface GitHubVerifierOptions {
  octokit: Octokit;
  owner: string;
  repo: string;
  /** The commit the waiver files were read at (GITHUB_SHA); default: the default branch. */
  ref?: string;
  /** The pull request under test, on pull_request events. */
  pullRequest?: number;
  cabTeam: CabTeam;
  /** Label name of label waivers (default cab-waiver). */
  label?: string;
  logger?: Logger;
}

interface Review {
  login: string;
  state: string;
  commitId: string | null;
  body: string;
}

export interface PullRequestApprovals {
  headSha: string;
  /** Approving (latest decision) on the head commit, CAB members, latest first, with their review bodies. */
  cab: Review[];
  /** Approving on the head commit, not active cab-team members. */
  others: string[];
  /** Latest decision is APPROVED but on an earlier commit. */
  stale: string[];
}

class GitHubApiError extends Error {
  override readonly name = 'GitHubApiError';
}

function statusOf(e: unknown): number | undefined {
  const s = (e as { status?: unknown }).status;
  return typeof s === 'number' ? s : undefined;
}

function short(sha: string): string {
  return sha.slice(0, 7);
}

function list(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** The fenced ```cab-waiver block of a text, if any. */
export function extractWaiverBlock(text: string | null | undefined): string | undefined {
  if (!text) return undefined;
  const m = /(^|\n)[ \t]*```[ \t]*cab-waiver[^\n]*\n([\s\S]*?)\n[ \t]*```/.exec(text.replace(/\r\n?/g, '\n'));
  return m ? (m[2] as string) : undefined;
}

/** A merged pull request as GitHub lists it for a commit (what proveFile reads of it). */
type MergedPullRequest = { number: number; html_url: string; head: { sha: string } };

/** The pull request under test, as labelWaiver reads it. */
type LabelledPullRequest = { html_url: string; body: string | null; head: { sha: string } };

export class GitHubVerifier {
  private readonly o: GitHubVerifierOptions;
  private readonly logger: Logger;
  private readonly members = new Map<string, Promise<boolean>>();
  private teamChecked: Promise<void> | undefined;
  private prFiles: Promise<Set<string> | 'too many'> | undefined;

  constructor(options: GitHubVerifierOptions) {
    this.o = options;
    this.logger = options.logger ?? silentLogger;
  }

  get teamName(): string {
    return `${this.o.cabTeam.org}/${this.o.cabTeam.slug}`;
  }

  private async call<T>(what: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (e) {
      const status = statusOf(e);
      if (status === undefined) throw e;
      const hint =
        status === 401
          ? ' Check github-token: GitHub refused it.'
          : status === 403
            ? ' The token lacks a permission (contents: read and pull-requests: read for the repository; members: read / read:org for team membership) or hit a rate limit.'
            : '';
      const message = (e as Error).message;
      // githubClient already names the call in the message (io/github/github-client.ts); a bare Octokit does not.
      const named = message.startsWith('GitHub API ') ? message : `GitHub API ${what} answered ${status}: ${message}`;
      throw new GitHubApiError(`${named}.${hint}`, { cause: e });
    }
  }

  /** The team must be visible to the token, or every membership check would silently say "not a member". */
  checkTeam(): Promise<void> {
    this.teamChecked ??= (async () => {
      const { org, slug } = this.o.cabTeam;
      try {
        await this.o.octokit.rest.teams.getByName({ org, team_slug: slug });
      } catch (e) {
        const status = statusOf(e);
        if (status === 404 || status === 403) {
          throw new ConfigurationError(
            `Input "cab-team" is ${JSON.stringify(this.teamName)}: GET /orgs/${org}/teams/${slug} answered ${status}, so team membership cannot be verified. Check the org/team slug, and use a token that can read the organization's teams (a GitHub App installation token with "Members: read", or a token with read:org); the workflow's GITHUB_TOKEN cannot.`,
          );
        }
        throw e;
      }
    })();
    return this.teamChecked;
  }

  /** Is `login` an active member of the cab-team? (404 = not a member; pending invitations do not count.) */
  isCabMember(login: string): Promise<boolean> {
    const key = login.toLowerCase();
    let p = this.members.get(key);
    if (!p) {
      p = (async (): Promise<boolean> => {
        await this.checkTeam();
        const { org, slug } = this.o.cabTeam;
        try {
          const res = await this.o.octokit.rest.teams.getMembershipForUserInOrg({
            org,
            team_slug: slug,
            username: login,
          });
          const active = res.data.state === 'active';
          this.logger.debug(
            `${login}: ${active ? 'active member' : `membership ${res.data.state}`} of ${this.teamName}`,
          );
          return active;
        } catch (e) {
          if (statusOf(e) === 404) {
            this.logger.debug(`${login}: not a member of ${this.teamName}`);
            return false;
          }
          return this.call<boolean>(`GET /orgs/${org}/teams/${slug}/memberships/${login}`, () => Promise.reject(e));
        }
      })();
      this.members.set(key, p);
    }
    return p;
  }

  /** Paths added, changed, renamed or removed by the pull request under test (both names of a rename). */
  private changedByPullRequest(): Promise<Set<string> | 'too many'> {
    this.prFiles ??= (async () => {
      const n = this.o.pullRequest as number;
      const files = await this.call(`GET /repos/${this.o.owner}/${this.o.repo}/pulls/${n}/files`, () =>
        this.o.octokit.paginate(this.o.octokit.rest.pulls.listFiles, {
          owner: this.o.owner,
          repo: this.o.repo,
          pull_number: n,
          per_page: 100,
        }),
      );
      if (files.length >= PR_FILES_LIMIT) return 'too many';
      const set = new Set<string>();
      for (const f of files) {
        set.add(f.filename);
        if (f.previous_filename) set.add(f.previous_filename);
      }
      return set;
    })();
    return this.prFiles;
  }

  /** Reviews of a PR reduced to each reviewer's latest decision, split by cab-team membership. */
  async approvals(pullNumber: number, headSha: string): Promise<PullRequestApprovals> {
    const { owner, repo, octokit } = this.o;
    const raw = await this.call(`GET /repos/${owner}/${repo}/pulls/${pullNumber}/reviews`, () =>
      octokit.paginate(octokit.rest.pulls.listReviews, { owner, repo, pull_number: pullNumber, per_page: 100 }),
    );
    const latest = new Map<string, Review>();
    for (const r of raw) {
      const login = r.user?.login;
      if (!login || !['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED'].includes(r.state)) continue;
      latest.set(login.toLowerCase(), { login, state: r.state, commitId: r.commit_id ?? null, body: r.body ?? '' });
    }
    const approved = [...latest.values()].filter((r) => r.state === 'APPROVED');
    const onHead = approved.filter((r) => r.commitId === headSha);
    const stale = approved.filter((r) => r.commitId !== headSha).map((r) => r.login);
    const cab: Review[] = [];
    const others: string[] = [];
    for (const r of onHead) {
      if (await this.isCabMember(r.login)) cab.push(r);
      else others.push(r.login);
    }
    // Latest first (reviews come oldest first).
    cab.reverse();
    return { headSha, cab, others, stale };
  }

  private static noCabApproval(what: string, a: PullRequestApprovals, team: string): ApprovalProof {
    if (a.others.length) {
      return {
        verified: false,
        reason: 'approver not in cab-team',
        detail: `${what} was approved by ${list(a.others)}, not an active member of ${team}`,
      };
    }
    if (a.stale.length) {
      return {
        verified: false,
        reason: 'approval not verified',
        detail: `${what} was approved by ${list(a.stale)} on an earlier commit, not on its final commit ${short(a.headSha)}`,
      };
    }
    return { verified: false, reason: 'approval not verified', detail: `${what} has no approving review` };
  }

  /** Prove the approval of a file waiver (see the module comment). */
  async proveFile(candidate: WaiverCandidate): Promise<ApprovalProof> {
    const file = candidate.file;
    if (!file) throw new Error('proveFile needs a file candidate');
    const path = file.path;
    const at = this.o.ref ? `commit ${short(this.o.ref)}` : 'the default branch';
    const refused = (await this.changedUnderTest(path)) ?? (await this.notCommitted(path, file.blobSha, at));
    if (refused) return refused;
    const merged = await this.lastMergedPullRequest(path, at);
    if ('verified' in merged) return merged;
    return this.provenByCab(candidate, merged.pr, path);
  }

  /** A waiver the pull request under test adds or changes (or may: too many files to tell) proves nothing. */
  private async changedUnderTest(path: string): Promise<ApprovalProof | undefined> {
    if (this.o.pullRequest === undefined) return undefined;
    const changed = await this.changedByPullRequest();
    if (changed !== 'too many' && !changed.has(path)) return undefined;
    return {
      verified: false,
      reason: 'added by the PR under test',
      detail:
        changed === 'too many'
          ? `pull request #${this.o.pullRequest} (under test) changes ${PR_FILES_LIMIT}+ files, so it cannot be shown not to change ${path}`
          : `${path} is added or changed by pull request #${this.o.pullRequest}, the pull request under test; a pull request cannot waive its own regressions: merge the waiver in its own CAB-approved pull request first`,
    };
  }

  /** Only the committed file counts: refused when it is not committed at `ref`, or differs from the workspace's. */
  private async notCommitted(path: string, blobSha: string, at: string): Promise<ApprovalProof | undefined> {
    const { owner, repo, octokit, ref } = this.o;
    let committedSha: string | undefined;
    try {
      // Slashes stay slashes: GitHub answers 404 to %2F-encoded content paths for some token types (octokit.js#2422).
      const encoded = path.split('/').map(encodeURIComponent).join('/');
      const res = await octokit.request(`GET /repos/{owner}/{repo}/contents/${encoded}`, {
        owner,
        repo,
        ...(ref ? { ref } : {}),
      });
      committedSha = Array.isArray(res.data) ? undefined : (res.data as { sha?: string }).sha;
    } catch (e) {
      if (statusOf(e) !== 404) {
        return this.call(`GET /repos/${owner}/${repo}/contents/${path}`, () => Promise.reject(e));
      }
    }
    if (!committedSha) {
      return { verified: false, reason: 'approval not verified', detail: `${path} is not committed at ${at}` };
    }
    if (committedSha !== blobSha) {
      return {
        verified: false,
        reason: 'approval not verified',
        detail: `${path} in the workspace differs from the committed file at ${at} (blob ${short(blobSha)} vs ${short(committedSha)}); only committed, reviewed waivers count`,
      };
    }
    return undefined;
  }

  /** The merged pull request of the commit that last changed `path`, or why there is none. */
  private async lastMergedPullRequest(path: string, at: string): Promise<ApprovalProof | { pr: MergedPullRequest }> {
    const { owner, repo, octokit, ref } = this.o;
    const commits = await this.call(`GET /repos/${owner}/${repo}/commits?path=${path}`, () =>
      octokit.rest.repos.listCommits({ owner, repo, path, per_page: 1, ...(ref ? { sha: ref } : {}) }),
    );
    const last = commits.data[0]?.sha;
    if (!last) {
      return { verified: false, reason: 'approval not verified', detail: `no commit changes ${path} at ${at}` };
    }
    const pulls = await this.call(`GET /repos/${owner}/${repo}/commits/${last}/pulls`, () =>
      octokit.rest.repos.listPullRequestsAssociatedWithCommit({ owner, repo, commit_sha: last, per_page: 100 }),
    );
    const merged = pulls.data
      .filter((p) => p.merged_at)
      .sort(
        (a, b) =>
          Number(b.merge_commit_sha === last) - Number(a.merge_commit_sha === last) ||
          Date.parse(b.merged_at as string) - Date.parse(a.merged_at as string),
      );
    const pr = merged[0];
    if (!pr) {
      return {
        verified: false,
        reason: 'approval not verified',
        detail: `commit ${short(last)}, which last changed ${path}, was not merged through a pull request (pushed directly?); waivers need a CAB-approved pull request`,
      };
    }
    return { pr };
  }

  /** Proven when cab-team members approved the pull request on its final commit, and approved_by names only them. */
  private async provenByCab(candidate: WaiverCandidate, pr: MergedPullRequest, path: string): Promise<ApprovalProof> {
    const what = `PR #${pr.number}, which last changed ${path},`;
    const a = await this.approvals(pr.number, pr.head.sha);
    if (a.cab.length === 0) return GitHubVerifier.noCabApproval(what, a, this.teamName);

    const approvers = a.cab.map((r) => r.login);
    const proven = new Set(approvers.map((l) => l.toLowerCase()));
    for (const claimed of candidate.waiver?.approved_by ?? []) {
      if (proven.has(claimed.toLowerCase())) continue;
      if (await this.isCabMember(claimed)) {
        return {
          verified: false,
          reason: 'approval not verified',
          detail: `approved_by lists ${claimed}, who did not approve PR #${pr.number} on its final commit ${short(pr.head.sha)} (approved by ${list(approvers)})`,
        };
      }
      return {
        verified: false,
        reason: 'approver not in cab-team',
        detail: `approved_by lists ${claimed}, who is not an active member of ${this.teamName}`,
      };
    }
    return {
      verified: true,
      approvers,
      url: pr.html_url,
      detail: `merged PR #${pr.number} (last change to ${path}) approved on its final commit ${short(pr.head.sha)} by ${list(approvers)}, member${approvers.length > 1 ? 's' : ''} of ${this.teamName}`,
    };
  }

  /**
   * The label waiver of the pull request under test, or undefined when there is no PR or it does not carry
   * the label (checked through its issue events, so a removed label is removed).
   */
  async labelWaiver(): Promise<WaiverCandidate | undefined> {
    const n = this.o.pullRequest;
    if (n === undefined) return undefined;
    const { owner, repo, octokit } = this.o;
    const label = (this.o.label ?? DEFAULT_WAIVER_LABEL).toLowerCase();
    const labeled = await this.labeledBy(n, label);
    if (!labeled.on) {
      this.logger.debug(`PR #${n} does not carry the ${label} label`);
      return undefined;
    }
    const pr = (
      await this.call(`GET /repos/${owner}/${repo}/pulls/${n}`, () =>
        octokit.rest.pulls.get({ owner, repo, pull_number: n }),
      )
    ).data;
    const ref = `${owner}/${repo}#${n}`;
    const a = await this.approvals(n, pr.head.sha);
    const stating = a.cab.find((r) => extractWaiverBlock(r.body) !== undefined);
    const proof = await this.labelProof(n, pr, a, labeled.labeler, stating);
    const parsed = await this.labelWaiverRecord(n, pr, proof, stating);
    return { source: { kind: 'github', ref, url: pr.html_url }, ...parsed, proof };
  }

  /** Whether the pull request carries the label now, and who applied it last (from its issue events). */
  private async labeledBy(n: number, label: string): Promise<{ on: boolean; labeler: string | undefined }> {
    const { owner, repo, octokit } = this.o;
    const events = await this.call(`GET /repos/${owner}/${repo}/issues/${n}/events`, () =>
      octokit.paginate(octokit.rest.issues.listEvents, { owner, repo, issue_number: n, per_page: 100 }),
    );
    let labeler: string | undefined;
    let on = false;
    for (const e of events as Array<{ event: string; label?: { name?: string }; actor?: { login?: string } | null }>) {
      if (e.label?.name?.toLowerCase() !== label) continue;
      if (e.event === 'labeled') {
        on = true;
        labeler = e.actor?.login ?? undefined;
      } else if (e.event === 'unlabeled') {
        on = false;
        labeler = undefined;
      }
    }
    return { on, labeler };
  }

  /** A label waiver is proven when a cab-team member applied the label and approved, stating the waiver. */
  private async labelProof(
    n: number,
    pr: LabelledPullRequest,
    a: PullRequestApprovals,
    labeler: string | undefined,
    stating: PullRequestApprovals['cab'][number] | undefined,
  ): Promise<ApprovalProof> {
    const labelName = this.o.label ?? DEFAULT_WAIVER_LABEL;
    if (!labeler || !(await this.isCabMember(labeler))) {
      return {
        verified: false,
        reason: 'approver not in cab-team',
        detail: `label ${labelName} was applied by ${labeler ?? 'an unknown user'}, not an active member of ${this.teamName}`,
      };
    }
    if (a.cab.length === 0) return GitHubVerifier.noCabApproval(`PR #${n}`, a, this.teamName);
    if (!stating) {
      return {
        verified: false,
        reason: 'approval not verified',
        detail: `the approving review${a.cab.length > 1 ? 's' : ''} by ${list(a.cab.map((r) => r.login))} state${a.cab.length > 1 ? '' : 's'} no \`\`\`cab-waiver block; the CAB approver must state the waiver in their review (the PR description does not count: it can be edited after approval)`,
      };
    }
    const approvers = a.cab.map((r) => r.login);
    return {
      verified: true,
      approvers,
      url: pr.html_url,
      detail: `label ${labelName} applied by ${labeler}; PR #${n} approved on its head commit ${short(pr.head.sha)} by ${list(approvers)}, member${approvers.length > 1 ? 's' : ''} of ${this.teamName}; waiver stated in ${stating.login}'s review`,
    };
  }

  /**
   * The waiver shown is the approver's block; without a CAB approval, the PR description's block is parsed only
   * to report on it (an unverified proof is never applied).
   */
  private async labelWaiverRecord(
    n: number,
    pr: LabelledPullRequest,
    proof: ApprovalProof,
    stating: PullRequestApprovals['cab'][number] | undefined,
  ): Promise<Omit<WaiverCandidate, 'source' | 'proof'>> {
    const labelName = this.o.label ?? DEFAULT_WAIVER_LABEL;
    const text = stating ? extractWaiverBlock(stating.body) : extractWaiverBlock(pr.body);
    const where = stating
      ? `the cab-waiver block of ${stating.login}'s review on PR #${n}`
      : `the cab-waiver block of PR #${n}'s description`;
    const defaults: Partial<Waiver> = {
      id: `PR-${n}`,
      ticket: pr.html_url,
      versions: [pr.head.sha],
      approved_by: proof.verified ? proof.approvers : [],
    };
    return text === undefined
      ? {
          problems: [
            `PR #${n} carries the ${labelName} label but no approving cab-team review states the waiver: the approver writes a fenced \`\`\`cab-waiver block (service, environment, metrics, max_drift, expires, reason) in their approving review`,
          ],
        }
      : await parseLabelWaiverBlock(text, where, defaults);
  }
}
