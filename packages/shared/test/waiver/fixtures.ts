/**
 * Test fixtures for the waiver tests (library and bundled action): waiver YAML, a perf-comparison.json with
 * regressions, and a loopback fake of the GitHub REST endpoints cab-waiver-check uses, with pagination
 * (Link headers) on the list endpoints so that a test can prove every page is read.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type FakeServer, json, routes, startFakeServer } from '@driftgate/testkit/fake-server';
import { stringify } from 'yaml';
import type { Comparison, MetricComparison } from '../../src/core/model/comparison.js';
import { gitBlobSha } from '../../src/io/waiver/waiver-files.js';

export const NOW = '2026-11-27T08:00:00Z';
export const FUTURE = '2026-12-31T23:59:59Z';
export const PAST = '2026-11-01T00:00:00Z';
export const HEAD = 'feedfacefeedfacefeedfacefeedfacefeedface';
export const MERGE_HEAD = 'abcdef0abcdef0abcdef0abcdef0abcdef0abcde';
export const FILE_COMMIT = '1111111111111111111111111111111111111111';
export const RUN_SHA = '0123456789abcdef0123456789abcdef01234567';

export function waiverRecord(over: Record<string, unknown> = {}): Record<string, unknown> {
  const base: Record<string, unknown> = {
    id: 'CAB-1234',
    service: 'checkout-api',
    environment: 'prod',
    metrics: ['latency_p95_read'],
    max_drift: '25%',
    expires: FUTURE,
    approved_by: ['alice'],
    reason: 'New fraud check adds latency; accepted until the cache lands (ENG-88).',
    ticket: 'https://jira.example.com/browse/CAB-1234',
  };
  const out = { ...base, ...over };
  for (const [k, v] of Object.entries(out)) if (v === undefined) delete out[k];
  return out;
}

export function waiverYaml(over: Record<string, unknown> = {}): string {
  return stringify(waiverRecord(over));
}

/** Write files under root ({relative path: text}). */
export function writeTree(root: string, files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    const full = join(root, rel);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
}

function metric(id: string, drift: number | null, verdict: MetricComparison['verdict']): MetricComparison {
  return {
    id,
    title: id.replace(/_/g, ' '),
    unit: 's',
    kind: 'histogram_quantile',
    worse: 'higher',
    tolerance: 0.1,
    queries: { baseline: [`q_${id}{version="v1"}`], candidate: [`q_${id}{version="v2"}`] },
    baseline: { value: 0.2, windows: 12, expectedWindows: 12 },
    candidate: { value: drift === null ? null : 0.2 * (1 + drift), windows: 12, expectedWindows: 12 },
    drift,
    interval: drift === null ? null : { low: drift - 0.05, high: drift + 0.05, confidence: 0.95 },
    evidence: { test: 'drift-interval', pValue: 0.001 },
    slo: { objective: null, text: '', candidateMet: null, baselineMet: null },
    verdict,
    notes: [],
  };
}

/** A perf-comparison.json with regressions (latency_p95_read +31%, error_rate +12% by default) and one pass. */
export function comparisonFixture(
  regressions: Array<[string, number]> = [
    ['latency_p95_read', 0.31],
    ['error_rate', 0.12],
  ],
): Comparison {
  const metrics = [...regressions.map(([id, d]) => metric(id, d, 'regression')), metric('throughput', 0.01, 'pass')];
  return {
    schema: 'driftgate.comparison/v1',
    tool: { name: 'driftgate', version: '0.1.0' },
    generatedAt: '2026-11-27T07:55:00Z',
    service: 'checkout-api',
    environment: 'prod',
    baseline: {
      version: 'v2.3.0',
      window: { start: '2026-11-26T06:00:00Z', end: '2026-11-26T07:00:00Z' },
      resolvedFrom: 'input',
    },
    candidate: { version: 'v2.4.0', window: { start: '2026-11-27T06:00:00Z', end: '2026-11-27T07:00:00Z' } },
    source: { kind: 'prometheus', description: 'Prometheus at http://127.0.0.1:9090', requests: 6 },
    method: { name: 'drift-interval', tolerance: 0.1, confidence: 0.95, resolutionSeconds: 60, description: 'test' },
    verdict: regressions.length ? 'fail' : 'pass',
    headline: regressions.length ? 'Regression beyond tolerance.' : 'No metric drifted beyond tolerance.',
    regressions: regressions.map(([id]) => id),
    improvements: [],
    inconclusive: [],
    maxDrift: regressions.length ? Math.max(...regressions.map(([, d]) => d)) : 0.01,
    metrics,
    waivers: [],
    onInconclusive: 'fail',
  };
}

/** A Jira issue as the search API returns it, with the default field ids of DEFAULT_JIRA_FIELDS. */
export function jiraIssue(key: string, over: Record<string, unknown> = {}) {
  return {
    id: String(10000 + Number(key.split('-')[1])),
    key,
    fields: {
      summary: 'Accept +30% p95 during the fraud-check rollout',
      status: { name: 'Approved', statusCategory: { key: 'done' } },
      customfield_10010: 30, // max_drift, number = percent
      customfield_10011: 'checkout-api',
      customfield_10012: { value: 'prod', id: '10100' }, // single select
      customfield_10013: 'latency_p95_read, error_rate', // text list
      customfield_10014: '2026-12-31T23:59:00.000+0000', // Jira datetime
      customfield_10015: [
        { accountId: '5b10a2844c20165700ede21g', displayName: 'Alice Approver', emailAddress: 'alice@example.com' },
        { accountId: '5b10a2844c20165700ede22h', displayName: 'Bob Board' },
      ],
      fixVersions: [{ name: 'v2.4.0' }],
      ...over,
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Fake GitHub

export interface FakeReview {
  user: string;
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED';
  commit_id: string;
  body?: string;
}

export interface FakePull {
  number: number;
  head: string;
  merged_at: string | null;
  merge_commit_sha?: string;
  body?: string;
}

export interface FakeGitHubState {
  owner: string;
  repo: string;
  org: string;
  team: string;
  /** Team visible to the token (GET /orgs/{org}/teams/{slug} -> 200), default true. */
  teamVisible: boolean;
  /** login -> membership state; absent = 404. */
  members: Record<string, 'active' | 'pending'>;
  /** Committed files: path -> { blob sha, commits that changed it, latest first }. */
  files: Record<string, { sha: string; commits: string[] }>;
  /** commit sha -> pull request numbers associated with it. */
  commitPulls: Record<string, number[]>;
  pulls: Record<number, FakePull>;
  reviews: Record<number, FakeReview[]>;
  prFiles: Record<number, Array<{ filename: string; status: string; previous_filename?: string }>>;
  events: Record<number, Array<{ event: string; label?: string; actor: string }>>;
  /** Items per page on list endpoints (forces pagination), default 2. */
  pageSize: number;
}

export interface FakeGitHub extends FakeServer {
  state: FakeGitHubState;
  /** Requests as "METHOD /path?query" strings, in order. */
  calls(): string[];
}

/** A committed waiver file, merged by PR `pr` approved by `approvers` (on its head) — the happy path. */
export function approvedFile(
  state: FakeGitHubState,
  path: string,
  text: string,
  opts: { pr?: number; approvers?: string[]; commit?: string } = {},
): void {
  const pr = opts.pr ?? 12;
  const commit = opts.commit ?? FILE_COMMIT;
  state.files[path] = { sha: gitBlobSha(text), commits: [commit, '2222222222222222222222222222222222222222'] };
  state.commitPulls[commit] = [pr];
  state.pulls[pr] = { number: pr, head: MERGE_HEAD, merged_at: '2026-11-20T10:00:00Z', merge_commit_sha: commit };
  state.reviews[pr] = (opts.approvers ?? ['alice']).map((user) => ({ user, state: 'APPROVED', commit_id: MERGE_HEAD }));
}

export function defaultState(over: Partial<FakeGitHubState> = {}): FakeGitHubState {
  return {
    owner: 'acme',
    repo: 'shop',
    org: 'acme',
    team: 'cab',
    teamVisible: true,
    members: { alice: 'active', bob: 'active', pat: 'pending' },
    files: {},
    commitPulls: {},
    pulls: {},
    reviews: {},
    prFiles: {},
    events: {},
    pageSize: 2,
    ...over,
  };
}

export async function startFakeGitHub(state: FakeGitHubState = defaultState()): Promise<FakeGitHub> {
  let base = '';
  const user = (login: string) => ({ login, id: login.length, type: 'User' });
  const pullJson = (p: FakePull) => ({
    number: p.number,
    state: p.merged_at ? 'closed' : 'open',
    html_url: `https://github.com/${state.owner}/${state.repo}/pull/${p.number}`,
    merged_at: p.merged_at,
    merge_commit_sha: p.merge_commit_sha ?? null,
    head: { sha: p.head, ref: `feature-${p.number}` },
    base: { sha: 'base', ref: 'main' },
    body: p.body ?? null,
    user: user('dev'),
  });
  /** One page of a list, with a Link header to the next page (absolute URL, as GitHub sends). */
  const page = (req: { url: URL; path: string }, items: unknown[]) => {
    const n = Number(req.url.searchParams.get('page') ?? '1');
    const size = state.pageSize;
    const slice = items.slice((n - 1) * size, n * size);
    const headers: Record<string, string> = {};
    if (n * size < items.length) {
      const next = new URL(`${base}${req.path}`);
      for (const [k, v] of req.url.searchParams) next.searchParams.set(k, v);
      next.searchParams.set('page', String(n + 1));
      headers.link = `<${next.toString()}>; rel="next"`;
    }
    return json(200, slice, headers);
  };
  const notFound = json(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
  const server = await startFakeServer(
    routes({
      'GET /orgs/:org/teams/:slug': (_r, p) =>
        state.teamVisible && p.org === state.org && p.slug === state.team
          ? json(200, { id: 1, slug: state.team, name: 'CAB' })
          : notFound,
      'GET /orgs/:org/teams/:slug/memberships/:user': (_r, p) => {
        const s = state.members[p.user as string];
        return s && p.org === state.org && p.slug === state.team ? json(200, { state: s, role: 'member' }) : notFound;
      },
      'GET /repos/:owner/:repo/contents/*': (_r, p) => {
        const f = state.files[p.rest as string];
        return f ? json(200, { type: 'file', path: p.rest, sha: f.sha, size: 10 }) : notFound;
      },
      'GET /repos/:owner/:repo/commits': (r) => {
        const f = state.files[r.url.searchParams.get('path') ?? ''];
        return json(
          200,
          (f?.commits ?? []).slice(0, Number(r.url.searchParams.get('per_page') ?? 30)).map((sha) => ({ sha })),
        );
      },
      'GET /repos/:owner/:repo/commits/:sha/pulls': (_r, p) =>
        json(
          200,
          (state.commitPulls[p.sha as string] ?? []).map((n) => pullJson(state.pulls[n] as FakePull)),
        ),
      'GET /repos/:owner/:repo/pulls/:n/reviews': (r, p) =>
        page(
          r,
          (state.reviews[Number(p.n)] ?? []).map((rv, i) => ({
            id: i + 1,
            user: user(rv.user),
            state: rv.state,
            commit_id: rv.commit_id,
            body: rv.body ?? '',
            submitted_at: `2026-11-20T0${i % 10}:00:00Z`,
          })),
        ),
      'GET /repos/:owner/:repo/pulls/:n/files': (r, p) => page(r, state.prFiles[Number(p.n)] ?? []),
      'GET /repos/:owner/:repo/pulls/:n': (_r, p) => {
        const pr = state.pulls[Number(p.n)];
        return pr ? json(200, pullJson(pr)) : notFound;
      },
      'GET /repos/:owner/:repo/issues/:n/events': (r, p) =>
        page(
          r,
          (state.events[Number(p.n)] ?? []).map((e, i) => ({
            id: i + 1,
            event: e.event,
            actor: user(e.actor),
            ...(e.label ? { label: { name: e.label, color: 'ff0000' } } : {}),
            created_at: `2026-11-21T0${i % 10}:00:00Z`,
          })),
        ),
    }),
  );
  base = server.url;
  return Object.assign(server, {
    state,
    calls: () => server.requests.map((r) => `${r.method} ${r.path}${r.url.search}`),
  });
}
