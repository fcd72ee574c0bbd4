/**
 * Approval proofs through the GitHub REST API, against a loopback fake: team membership, reviews (latest
 * decision, on the final commit, paginated), commits-for-path -> associated pull requests, committed blob,
 * PR files (paginated), and label waivers (issue events, paginated).
 */
import { getOctokit } from '@actions/github';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/core/errors.js';
import { memoryLogger } from '../../src/core/log.js';
import type { WaiverCandidate } from '../../src/core/waiver/decide.js';
import { gitBlobSha, parseWaiverYaml } from '../../src/io/waiver/waiver-files.js';
import { extractWaiverBlock, GitHubVerifier, parseCabTeam } from '../../src/io/waiver/waiver-github.js';
import {
  approvedFile,
  defaultState,
  type FakeGitHub,
  type FakeGitHubState,
  FILE_COMMIT,
  HEAD,
  MERGE_HEAD,
  RUN_SHA,
  startFakeGitHub,
  waiverYaml,
} from './fixtures.js';

const PATH = '.github/perf-waivers/CAB-1234.yml';
let gh: FakeGitHub | undefined;
afterEach(async () => {
  await gh?.close();
  gh = undefined;
});

async function setup(
  configure: (s: FakeGitHubState) => void,
  opts: { pullRequest?: number; ref?: string | null } = {},
): Promise<{ verifier: GitHubVerifier; fake: FakeGitHub }> {
  const state = defaultState();
  configure(state);
  gh = await startFakeGitHub(state);
  const octokit = getOctokit('ghs_secret_token', { baseUrl: gh.url });
  const verifier = new GitHubVerifier({
    octokit,
    owner: 'acme',
    repo: 'shop',
    ...(opts.ref === null ? {} : { ref: opts.ref ?? RUN_SHA }),
    ...(opts.pullRequest ? { pullRequest: opts.pullRequest } : {}),
    cabTeam: { org: 'acme', slug: 'cab' },
    logger: memoryLogger(),
  });
  return { verifier, fake: gh };
}

async function fileCandidate(text: string, path = PATH): Promise<WaiverCandidate> {
  return {
    source: { kind: 'file', ref: path },
    file: { path, blobSha: gitBlobSha(text) },
    ...(await parseWaiverYaml(text, path)),
  };
}

describe('parseCabTeam', () => {
  it('reads org/team-slug, a bare slug of the repository owner, and refuses nonsense', async () => {
    expect(parseCabTeam('acme/cab')).toEqual({ org: 'acme', slug: 'cab' });
    expect(parseCabTeam('@acme/release-board')).toEqual({ org: 'acme', slug: 'release-board' });
    expect(parseCabTeam('cab', 'acme')).toEqual({ org: 'acme', slug: 'cab' });
    expect(() => parseCabTeam('a/b/c')).toThrow(/Input "cab-team" is "a\/b\/c": expected "org\/team-slug"/);
  });
});

describe('file waiver approval', () => {
  it('proves a waiver merged by a PR approved on its final commit by a cab-team member; reviews are read across pages', async () => {
    const text = waiverYaml({ approved_by: ['alice', 'bob'] });
    const { verifier, fake } = await setup((s) => {
      approvedFile(s, PATH, text, { approvers: ['alice'] });
      s.reviews[12] = [
        { user: 'carol', state: 'COMMENTED', commit_id: MERGE_HEAD },
        { user: 'alice', state: 'APPROVED', commit_id: MERGE_HEAD },
        { user: 'dave', state: 'COMMENTED', commit_id: MERGE_HEAD },
        { user: 'bob', state: 'APPROVED', commit_id: MERGE_HEAD, body: 'LGTM' }, // page 2
      ];
    });
    const proof = await verifier.proveFile(await fileCandidate(text));
    expect(proof).toEqual({
      verified: true,
      approvers: ['bob', 'alice'],
      url: 'https://github.com/acme/shop/pull/12',
      detail: `merged PR #12 (last change to ${PATH}) approved on its final commit abcdef0 by bob and alice, members of acme/cab`,
    });
    const calls = fake.calls();
    expect(calls).toEqual([
      `GET /repos/acme/shop/contents/${PATH}?ref=${RUN_SHA}`,
      `GET /repos/acme/shop/commits?path=${encodeURIComponent(PATH)}&per_page=1&sha=${RUN_SHA}`,
      `GET /repos/acme/shop/commits/${FILE_COMMIT}/pulls?per_page=100`,
      'GET /repos/acme/shop/pulls/12/reviews?per_page=100',
      'GET /repos/acme/shop/pulls/12/reviews?per_page=100&page=2',
      'GET /orgs/acme/teams/cab',
      'GET /orgs/acme/teams/cab/memberships/alice',
      'GET /orgs/acme/teams/cab/memberships/bob',
    ]);
    // The token goes in the Authorization header of every request.
    expect(fake.requests.every((r) => r.headers.authorization === 'token ghs_secret_token')).toBe(true);
  });

  it('uses the default branch when there is no ref', async () => {
    const text = waiverYaml();
    const { verifier, fake } = await setup((s) => approvedFile(s, PATH, text), { ref: null });
    expect((await verifier.proveFile(await fileCandidate(text))).verified).toBe(true);
    expect(fake.calls()[0]).toBe(`GET /repos/acme/shop/contents/${PATH}`);
    expect(fake.calls()[1]).toBe(`GET /repos/acme/shop/commits?path=${encodeURIComponent(PATH)}&per_page=1`);
  });

  it('an approval by someone outside the cab-team does not count (membership 404)', async () => {
    const text = waiverYaml({ approved_by: ['carol'] });
    const { verifier, fake } = await setup((s) => approvedFile(s, PATH, text, { approvers: ['carol'] }));
    expect(await verifier.proveFile(await fileCandidate(text))).toEqual({
      verified: false,
      reason: 'approver not in cab-team',
      detail: `PR #12, which last changed ${PATH}, was approved by carol, not an active member of acme/cab`,
    });
    expect(fake.calls()).toContain('GET /orgs/acme/teams/cab/memberships/carol');
  });

  it('a pending team invitation is not membership', async () => {
    const text = waiverYaml({ approved_by: ['pat'] });
    const { verifier } = await setup((s) => approvedFile(s, PATH, text, { approvers: ['pat'] }));
    expect(await verifier.proveFile(await fileCandidate(text))).toMatchObject({
      verified: false,
      reason: 'approver not in cab-team',
    });
  });

  it('an approval on an earlier commit (before the last push) does not count', async () => {
    const text = waiverYaml();
    const { verifier } = await setup((s) => {
      approvedFile(s, PATH, text);
      s.reviews[12] = [{ user: 'alice', state: 'APPROVED', commit_id: 'oldoldoldoldoldoldoldoldoldoldoldoldoldo' }];
    });
    expect(await verifier.proveFile(await fileCandidate(text))).toEqual({
      verified: false,
      reason: 'approval not verified',
      detail: `PR #12, which last changed ${PATH}, was approved by alice on an earlier commit, not on its final commit abcdef0`,
    });
  });

  it("a reviewer's later CHANGES_REQUESTED or DISMISSED replaces their approval", async () => {
    const text = waiverYaml();
    const { verifier } = await setup((s) => {
      approvedFile(s, PATH, text);
      s.reviews[12] = [
        { user: 'alice', state: 'APPROVED', commit_id: MERGE_HEAD },
        { user: 'alice', state: 'CHANGES_REQUESTED', commit_id: MERGE_HEAD },
      ];
    });
    expect(await verifier.proveFile(await fileCandidate(text))).toEqual({
      verified: false,
      reason: 'approval not verified',
      detail: `PR #12, which last changed ${PATH}, has no approving review`,
    });
  });

  it('approved_by cannot claim approvers the PR does not have', async () => {
    const claimsMallory = waiverYaml({ approved_by: ['alice', 'mallory'] });
    let { verifier } = await setup((s) => approvedFile(s, PATH, claimsMallory));
    expect(await verifier.proveFile(await fileCandidate(claimsMallory))).toEqual({
      verified: false,
      reason: 'approver not in cab-team',
      detail: 'approved_by lists mallory, who is not an active member of acme/cab',
    });
    await gh?.close();

    const claimsBob = waiverYaml({ approved_by: ['alice', 'bob'] });
    ({ verifier } = await setup((s) => approvedFile(s, PATH, claimsBob)));
    expect(await verifier.proveFile(await fileCandidate(claimsBob))).toEqual({
      verified: false,
      reason: 'approval not verified',
      detail: 'approved_by lists bob, who did not approve PR #12 on its final commit abcdef0 (approved by alice)',
    });
  });

  it('a file added or changed by the pull request under test does not count for it (PR files, all pages)', async () => {
    const text = waiverYaml();
    const { verifier, fake } = await setup(
      (s) => {
        approvedFile(s, PATH, text);
        s.prFiles[42] = [
          { filename: 'src/a.ts', status: 'modified' },
          { filename: 'src/b.ts', status: 'modified' },
          { filename: 'README.md', status: 'modified' },
          { filename: PATH, status: 'added' }, // page 2
        ];
      },
      { pullRequest: 42 },
    );
    expect(await verifier.proveFile(await fileCandidate(text))).toEqual({
      verified: false,
      reason: 'added by the PR under test',
      detail: `${PATH} is added or changed by pull request #42, the pull request under test; a pull request cannot waive its own regressions: merge the waiver in its own CAB-approved pull request first`,
    });
    expect(fake.calls()).toEqual([
      'GET /repos/acme/shop/pulls/42/files?per_page=100',
      'GET /repos/acme/shop/pulls/42/files?per_page=100&page=2',
    ]);
  });

  it('a file renamed away by the PR under test does not count either; other PRs’ files do', async () => {
    const text = waiverYaml();
    const { verifier } = await setup(
      (s) => {
        approvedFile(s, PATH, text);
        s.prFiles[42] = [{ filename: 'old/place.yml', previous_filename: PATH, status: 'renamed' }];
      },
      { pullRequest: 42 },
    );
    expect((await verifier.proveFile(await fileCandidate(text))).verified).toBe(false);
    const other = await setup(
      (s) => {
        approvedFile(s, PATH, text);
        s.prFiles[43] = [{ filename: 'src/a.ts', status: 'modified' }];
      },
      { pullRequest: 43 },
    );
    expect((await other.verifier.proveFile(await fileCandidate(text))).verified).toBe(true);
  });

  it('a workspace file that differs from the committed one is not approved', async () => {
    const committed = waiverYaml({ max_drift: '25%' });
    const onDisk = waiverYaml({ max_drift: '250%' });
    const { verifier, fake } = await setup((s) => approvedFile(s, PATH, committed));
    const proof = await verifier.proveFile(await fileCandidate(onDisk));
    expect(proof).toMatchObject({ verified: false, reason: 'approval not verified' });
    expect(proof.detail).toMatch(/in the workspace differs from the committed file at commit 0123456/);
    expect(fake.calls()).toHaveLength(1);
  });

  it('an uncommitted file, or one pushed without a merged pull request, is not approved', async () => {
    const text = waiverYaml();
    let { verifier } = await setup(() => {});
    expect(await verifier.proveFile(await fileCandidate(text))).toEqual({
      verified: false,
      reason: 'approval not verified',
      detail: `${PATH} is not committed at commit 0123456`,
    });
    await gh?.close();
    ({ verifier } = await setup((s) => {
      approvedFile(s, PATH, text);
      s.commitPulls[FILE_COMMIT] = [];
    }));
    expect(await verifier.proveFile(await fileCandidate(text))).toMatchObject({
      verified: false,
      reason: 'approval not verified',
      detail: expect.stringContaining('was not merged through a pull request'),
    });
    await gh?.close();
    ({ verifier } = await setup((s) => {
      approvedFile(s, PATH, text);
      (s.pulls[12] as { merged_at: string | null }).merged_at = null; // closed without merging
    }));
    expect((await verifier.proveFile(await fileCandidate(text))).verified).toBe(false);
  });

  it('a team the token cannot see is a configuration error naming cab-team and read:org', async () => {
    const text = waiverYaml();
    const { verifier } = await setup((s) => {
      approvedFile(s, PATH, text);
      s.teamVisible = false;
    });
    const err = await verifier.proveFile(await fileCandidate(text)).catch((e) => e);
    expect(err).toBeInstanceOf(ConfigurationError);
    expect(err.message).toMatch(/^Input "cab-team" is "acme\/cab": GET \/orgs\/acme\/teams\/cab answered 404/);
    expect(err.message).toMatch(/read:org/);
  });

  it('other API failures name the endpoint and the status', async () => {
    const text = waiverYaml();
    const { verifier } = await setup((s) => approvedFile(s, PATH, text));
    gh?.requests.splice(0);
    // Break the reviews endpoint.
    (gh as FakeGitHub).state.reviews = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
      },
    );
    await expect(verifier.proveFile(await fileCandidate(text))).rejects.toThrow(
      /GitHub API GET \/repos\/acme\/shop\/pulls\/12\/reviews answered 500/,
    );
  });
});

const BLOCK = [
  'Approved for this release only.',
  '',
  '```cab-waiver',
  'service: checkout-api',
  'environment: prod',
  'metrics: [latency_p95_read]',
  'max_drift: 30%',
  'expires: 2026-12-01T00:00:00Z',
  'reason: Launch-day traffic shape, re-baselined next week.',
  '```',
].join('\r\n');

describe('label waivers', () => {
  function labelled(
    s: FakeGitHubState,
    over: Partial<{ labeler: string; reviews: FakeGitHubState['reviews'][number]; body: string }> = {},
  ) {
    s.pulls[42] = { number: 42, head: HEAD, merged_at: null, body: over.body ?? '' };
    s.events[42] = [
      { event: 'labeled', label: 'perf', actor: 'dev' },
      { event: 'labeled', label: 'cab-waiver', actor: 'dev' },
      { event: 'unlabeled', label: 'cab-waiver', actor: 'dev' },
      { event: 'labeled', label: 'cab-waiver', actor: over.labeler ?? 'alice' }, // page 2: the one that counts
      { event: 'review_requested', actor: 'dev' },
    ];
    s.reviews[42] = over.reviews ?? [{ user: 'alice', state: 'APPROVED', commit_id: HEAD, body: BLOCK }];
  }

  it('a label applied by a cab-team member + their approving review stating the waiver = a verified waiver for this PR', async () => {
    const { verifier, fake } = await setup((s) => labelled(s), { pullRequest: 42 });
    const c = await verifier.labelWaiver();
    expect(c?.problems).toBeUndefined();
    expect(c?.source).toEqual({ kind: 'github', ref: 'acme/shop#42', url: 'https://github.com/acme/shop/pull/42' });
    expect(c?.waiver).toEqual({
      id: 'PR-42',
      service: 'checkout-api',
      environment: 'prod',
      metrics: ['latency_p95_read'],
      max_drift: 0.3,
      versions: [HEAD],
      expires: '2026-12-01T00:00:00Z',
      approved_by: ['alice'],
      reason: 'Launch-day traffic shape, re-baselined next week.',
      ticket: 'https://github.com/acme/shop/pull/42',
    });
    expect(c?.proof).toMatchObject({ verified: true, approvers: ['alice'] });
    expect(c?.proof?.detail).toBe(
      "label cab-waiver applied by alice; PR #42 approved on its head commit feedfac by alice, member of acme/cab; waiver stated in alice's review",
    );
    expect(fake.calls()).toEqual([
      'GET /repos/acme/shop/issues/42/events?per_page=100',
      'GET /repos/acme/shop/issues/42/events?per_page=100&page=2',
      'GET /repos/acme/shop/issues/42/events?per_page=100&page=3',
      'GET /repos/acme/shop/pulls/42',
      'GET /repos/acme/shop/pulls/42/reviews?per_page=100',
      'GET /orgs/acme/teams/cab',
      'GET /orgs/acme/teams/cab/memberships/alice',
    ]);
  });

  it('a label applied by someone outside the cab-team does not count', async () => {
    const { verifier } = await setup((s) => labelled(s, { labeler: 'dev' }), { pullRequest: 42 });
    const c = await verifier.labelWaiver();
    expect(c?.proof).toEqual({
      verified: false,
      reason: 'approver not in cab-team',
      detail: 'label cab-waiver was applied by dev, not an active member of acme/cab',
    });
  });

  it('no label (or a removed one) means no label waiver', async () => {
    const { verifier } = await setup(
      (s) => {
        labelled(s);
        s.events[42]?.push({ event: 'unlabeled', label: 'cab-waiver', actor: 'alice' });
      },
      { pullRequest: 42 },
    );
    expect(await verifier.labelWaiver()).toBeUndefined();
  });

  it('without a cab-team approval on the head commit the label does not count', async () => {
    const { verifier } = await setup(
      (s) => labelled(s, { reviews: [{ user: 'carol', state: 'APPROVED', commit_id: HEAD, body: BLOCK }] }),
      { pullRequest: 42 },
    );
    expect((await verifier.labelWaiver())?.proof).toEqual({
      verified: false,
      reason: 'approver not in cab-team',
      detail: 'PR #42 was approved by carol, not an active member of acme/cab',
    });
  });

  it('the PR description does not state the waiver (it can be edited after approval): the approver must', async () => {
    const { verifier } = await setup(
      (s) => labelled(s, { body: BLOCK, reviews: [{ user: 'alice', state: 'APPROVED', commit_id: HEAD, body: 'ok' }] }),
      { pullRequest: 42 },
    );
    const c = await verifier.labelWaiver();
    expect(c?.proof).toMatchObject({ verified: false, reason: 'approval not verified' });
    expect(c?.proof?.detail).toMatch(
      /states no ```cab-waiver block; the CAB approver must state the waiver in their review/,
    );
    // The description's block is parsed for the report only.
    expect(c?.waiver?.max_drift).toBe(0.3);
  });

  it('approved_by is not allowed in the block: approvers come from the reviews', async () => {
    const withApprovers = BLOCK.replace('reason:', 'approved_by: [mallory]\r\nreason:');
    const { verifier } = await setup(
      (s) => labelled(s, { reviews: [{ user: 'alice', state: 'APPROVED', commit_id: HEAD, body: withApprovers }] }),
      { pullRequest: 42 },
    );
    const c = await verifier.labelWaiver();
    expect(c?.waiver).toBeUndefined();
    expect(c?.problems?.[0]).toMatch(/the cab-waiver block of alice's review on PR #42: unknown key "approved_by"/);
  });

  it('no pull request under test: no label waiver, no API call', async () => {
    const { verifier, fake } = await setup(() => {});
    expect(await verifier.labelWaiver()).toBeUndefined();
    expect(fake.requests).toHaveLength(0);
  });

  it('extractWaiverBlock finds the fenced block', async () => {
    expect(extractWaiverBlock('x\n```cab-waiver\na: 1\n```\n')).toBe('a: 1');
    expect(extractWaiverBlock('```yaml\na: 1\n```')).toBeUndefined();
    expect(extractWaiverBlock(null)).toBeUndefined();
  });
});
