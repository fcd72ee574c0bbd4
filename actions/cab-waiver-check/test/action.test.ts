/**
 * The bundled action (dist/index.js) run exactly as the runner runs it (testkit runAction: INPUT_* variables,
 * GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_EVENT_PATH), against loopback fakes of GitHub and Jira.
 * Build first: npx tsc -b && node scripts/bundle.mjs cab-waiver-check.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validate } from '@driftgate/shared';
import type { Comparison } from '@driftgate/shared/model';
import { comparisonSchema } from '@driftgate/shared/schemas';
import { parseWaiverInput } from '@driftgate/shared/waiver';
import { type FakeServer, json, routes, startFakeServer } from '@driftgate/testkit/fake-server';
import { type ActionRun, runAction } from '@driftgate/testkit/run-action';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  approvedFile,
  comparisonFixture,
  defaultState,
  type FakeGitHub,
  HEAD,
  jiraIssue,
  NOW,
  PAST,
  RUN_SHA,
  startFakeGitHub,
  waiverYaml,
  writeTree,
} from '../../../packages/shared/test/waiver/fixtures.js';

const TOKEN = 'ghs_actionToken0123456789';
const P1 = '.github/perf-waivers/CAB-1234.yml';

let workspace: string;
let gh: FakeGitHub | undefined;
let jira: FakeServer | undefined;
let run: ActionRun | undefined;
beforeEach(() => {
  workspace = mkdtempSync(join(tmpdir(), 'driftgate-ws-'));
});
afterEach(async () => {
  await gh?.close();
  await jira?.close();
  await run?.cleanup();
  gh = undefined;
  jira = undefined;
  run = undefined;
  rmSync(workspace, { recursive: true, force: true });
});

/** Commit `files` in the workspace and in the fake GitHub, each merged by its own CAB-approved PR. */
async function repoWith(
  files: Record<string, string>,
  configure: (s: ReturnType<typeof defaultState>) => void = () => {},
) {
  writeTree(workspace, files);
  const state = defaultState();
  let pr = 12;
  for (const [path, text] of Object.entries(files))
    approvedFile(state, path, text, { pr: pr++, commit: `${pr}`.padStart(40, 'c') });
  configure(state);
  gh = await startFakeGitHub(state);
  return gh;
}

async function act(inputs: Record<string, string>, extra: { env?: Record<string, string>; event?: unknown } = {}) {
  run = await runAction('cab-waiver-check', {
    cwd: workspace,
    inputs: {
      'github-token': TOKEN,
      'cab-team': 'acme/cab',
      now: NOW,
      ...inputs,
    },
    env: { ...(gh ? { GITHUB_API_URL: gh.url } : {}), ...(extra.env ?? {}) },
    ...(extra.event ? { event: extra.event } : {}),
  });
  return run;
}

const REGRESSED = {
  service: 'checkout-api',
  'candidate-version': 'v2.4.0',
  regressions: '["latency_p95_read"]',
  'max-drift': '20.5',
};

describe('cab-waiver-check (bundled, as the runner runs it)', () => {
  it('waived: a covered regression with a CAB-approved file waiver', async () => {
    const fake = await repoWith({ [P1]: waiverYaml() });
    const r = await act(REGRESSED);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.outputs.waived).toBe('true');
    expect(r.outputs.verdict).toBe('waived');
    expect(r.outputs.reason).toBe('');
    expect(r.outputs['comparison-path']).toBe('');
    const applied = parseWaiverInput(r.outputs.waiver);
    expect(applied).toHaveLength(1);
    expect(applied[0]).toMatchObject({
      id: 'CAB-1234',
      service: 'checkout-api',
      environment: 'prod',
      metrics: ['latency_p95_read'],
      max_drift: 0.25,
      expires: '2026-12-31T23:59:59Z',
      approved_by: ['alice'],
      source: { kind: 'file', ref: P1, url: 'https://github.com/acme/shop/pull/12' },
    });
    // On the wire: the file's committed blob at GITHUB_SHA, its last commit, the merged PR, reviews, team, membership.
    expect(fake.calls()).toEqual([
      `GET /repos/acme/shop/contents/${P1}?ref=${RUN_SHA}`,
      `GET /repos/acme/shop/commits?path=${encodeURIComponent(P1)}&per_page=1&sha=${RUN_SHA}`,
      `GET /repos/acme/shop/commits/${'13'.padStart(40, 'c')}/pulls?per_page=100`,
      'GET /repos/acme/shop/pulls/12/reviews?per_page=100',
      'GET /orgs/acme/teams/cab',
      'GET /orgs/acme/teams/cab/memberships/alice',
    ]);
    expect(fake.requests.every((q) => q.headers.authorization === `token ${TOKEN}`)).toBe(true);
    // The token is masked before anything is logged and never printed otherwise.
    expect(r.stdout).toContain(`::add-mask::${TOKEN}`);
    expect(r.stdout.split(`::add-mask::${TOKEN}`).join('')).not.toContain(TOKEN);
    // `now` is announced.
    expect(r.warnings.join('\n')).toContain(
      'Waiver expiry is judged at 2026-11-27T08:00:00Z (input "now"), not the clock.',
    );
    expect(r.summary).toContain('driftgate cab-waiver-check: every regression is covered by a verified CAB waiver');
    expect(r.summary).toContain('| CAB-1234 | file `.github/perf-waivers/CAB-1234.yml` |');
    expect(r.summary).toContain('✅ applied to latency_p95_read');
  });

  it('not waived: an expired waiver is reported as expired, the step fails, no waiver is output', async () => {
    await repoWith({ [P1]: waiverYaml({ expires: PAST }) });
    const r = await act(REGRESSED);
    expect(r.code).toBe(1);
    expect(r.outputs.waived).toBe('false');
    expect(r.outputs.verdict).toBe('fail');
    expect(r.outputs.waiver).toBe('[]');
    expect(r.outputs.reason).toBe(`latency_p95_read (+20.5%): CAB-1234: expired (expired at ${PAST})`);
    expect(r.errors.join('\n')).toContain('driftgate: regressions not covered by a verified CAB waiver');
    expect(r.summary).toContain(`❌ expired: expired at ${PAST}`);
    // Expired = refused before any approval lookup.
    expect(gh?.requests).toHaveLength(0);
  });

  it('not waived: an uncovered metric', async () => {
    await repoWith({ [P1]: waiverYaml() });
    const r = await act({ ...REGRESSED, regressions: '["latency_p95_read","error_rate"]' });
    expect(r.code).toBe(1);
    expect(r.outputs.waived).toBe('false');
    expect(r.outputs.reason).toBe(
      'error_rate (+20.5%): CAB-1234: metric not covered (covers latency_p95_read, not error_rate)',
    );
    expect(r.summary).toMatch(/\| `latency_p95_read` \| \+20\.5% \| ✅ waived by CAB-1234/);
    expect(r.summary).toMatch(/\| `error_rate` \| \+20\.5% \| ❌ not waived: CAB-1234: metric not covered \|/);
  });

  it('not waived: drift above max_drift (and "*" does not lift it)', async () => {
    await repoWith({ [P1]: waiverYaml({ metrics: '*' }) });
    const r = await act({ ...REGRESSED, 'max-drift': '31.4' });
    expect(r.code).toBe(1);
    expect(r.outputs.reason).toBe(
      'latency_p95_read (+31.4%): CAB-1234: drift above max_drift (drift 31.4% is above max_drift 25.0%)',
    );
  });

  it('fail-if-not-waived: false only reports', async () => {
    const r = await act({ ...REGRESSED, 'cab-team': '', 'fail-if-not-waived': 'false' });
    expect(r.code).toBe(0);
    expect(r.outputs.waived).toBe('false');
    expect(r.outputs.reason).toBe('latency_p95_read (+20.5%): no waiver found');
    expect(r.warnings.join('\n')).toContain('fail-if-not-waived is false');
  });

  it('GitHub approval: a file waiver approved by a non-member is refused as "approver not in cab-team"', async () => {
    await repoWith({ [P1]: waiverYaml({ approved_by: ['carol'] }) }, (s) => {
      (s.reviews[12] as Array<{ user: string }>)[0] = { ...(s.reviews[12]?.[0] as never), user: 'carol' };
    });
    const r = await act(REGRESSED);
    expect(r.code).toBe(1);
    expect(r.outputs.reason).toBe(
      `latency_p95_read (+20.5%): CAB-1234: approver not in cab-team (PR #12, which last changed ${P1}, was approved by carol, not an active member of acme/cab)`,
    );
  });

  it('pull_request: a waiver added by the PR under test does not count; a cab-waiver label from the CAB does', async () => {
    const block = [
      '```cab-waiver',
      'service: checkout-api',
      'environment: prod',
      'metrics: [latency_p95_read]',
      'max_drift: 22%',
      'expires: 2026-12-31T00:00:00Z',
      'reason: One-off rollout cost.',
      '```',
    ].join('\n');
    const fake = await repoWith({ [P1]: waiverYaml() }, (s) => {
      s.prFiles[42] = [{ filename: P1, status: 'added' }];
      s.pulls[42] = { number: 42, head: HEAD, merged_at: null };
      s.events[42] = [{ event: 'labeled', label: 'cab-waiver', actor: 'bob' }];
      s.reviews[42] = [{ user: 'bob', state: 'APPROVED', commit_id: HEAD, body: block }];
    });
    const r = await act(
      { ...REGRESSED, 'candidate-version': '' },
      {
        env: { GITHUB_EVENT_NAME: 'pull_request' },
        event: { number: 42, pull_request: { number: 42, head: { sha: HEAD } } },
      },
    );
    expect(r.code, r.stdout).toBe(0);
    expect(r.outputs.waived).toBe('true');
    const [w] = parseWaiverInput(r.outputs.waiver);
    expect(w).toMatchObject({
      id: 'PR-42',
      max_drift: 0.22,
      versions: [HEAD],
      approved_by: ['bob'],
      ticket: 'https://github.com/acme/shop/pull/42',
      source: { kind: 'github', ref: 'acme/shop#42' },
    });
    expect(r.summary).toContain('added by the PR under test');
    expect(fake.calls()).toEqual(
      expect.arrayContaining([
        'GET /repos/acme/shop/issues/42/events?per_page=100',
        'GET /repos/acme/shop/pulls/42',
        'GET /repos/acme/shop/pulls/42/reviews?per_page=100',
        'GET /orgs/acme/teams/cab/memberships/bob',
        'GET /repos/acme/shop/pulls/42/files?per_page=100',
      ]),
    );
    // The PR's own file was refused before any commit lookup for it.
    expect(fake.calls().some((c) => c.startsWith('GET /repos/acme/shop/commits?'))).toBe(false);
  });

  it('Jira: an approved waiver issue found by JQL, with basic auth and the token masked', async () => {
    jira = await startFakeServer(
      routes({
        'GET /rest/api/3/search/jql': () =>
          json(200, {
            issues: [jiraIssue('CAB-900', { customfield_10013: 'latency_p95_read', customfield_10010: 25 })],
            isLast: true,
          }),
      }),
    );
    const r = await act({
      ...REGRESSED,
      'cab-team': '',
      'jira-url': jira.url,
      'jira-user': 'ci@example.com',
      'jira-token': 'jira-token-secret-42',
      'jira-jql': 'project = CAB AND status = Approved AND "Service[Short text]" ~ {service}',
    });
    expect(r.code, r.stdout).toBe(0);
    expect(r.outputs.waived).toBe('true');
    const [w] = parseWaiverInput(r.outputs.waiver);
    expect(w).toMatchObject({
      id: 'CAB-900',
      max_drift: 0.25,
      approved_by: ['Alice Approver', 'Bob Board'],
      ticket: `${jira.url}/browse/CAB-900`,
      source: { kind: 'jira', ref: 'CAB-900', verification: 'Jira issue CAB-900 is in status Approved' },
    });
    const q = jira.requests[0];
    expect(q?.url.searchParams.get('jql')).toBe(
      'project = CAB AND status = Approved AND "Service[Short text]" ~ "checkout-api"',
    );
    expect(q?.url.searchParams.get('fields')).toContain('customfield_10010');
    const basic = Buffer.from('ci@example.com:jira-token-secret-42').toString('base64');
    expect(q?.headers.authorization).toBe(`Basic ${basic}`);
    expect(r.stdout).toContain('::add-mask::jira-token-secret-42');
    expect(r.stdout).toContain(`::add-mask::${basic}`);
    expect(r.summary).toContain(`| CAB-900 | jira [CAB-900](${jira.url}/browse/CAB-900) |`);
  });

  it('end to end: a comparison with regressions is waived and the updated comparison is written (verdict waived)', async () => {
    await repoWith({
      [P1]: waiverYaml({ max_drift: '35%' }),
      '.github/perf-waivers/CAB-77.yml': waiverYaml({
        id: 'CAB-77',
        metrics: ['error_rate'],
        max_drift: '15%',
        approved_by: ['alice'],
      }),
    });
    writeTree(workspace, { 'perf/perf-comparison.json': JSON.stringify(comparisonFixture()) });
    const r = await act({ comparison: 'perf/perf-comparison.json' });
    expect(r.code, r.stdout).toBe(0);
    expect(r.outputs.waived).toBe('true');
    expect(r.outputs.verdict).toBe('waived');
    expect(r.outputs['comparison-path']).toBe(join(workspace, 'perf', 'waived', 'perf-comparison.json'));
    const updated = JSON.parse(readFileSync(r.outputs['comparison-path'] as string, 'utf8')) as Comparison;
    expect(await validate(comparisonSchema, updated)).toEqual([]);
    expect(updated.verdict).toBe('waived');
    expect(updated.regressions).toEqual([]);
    expect(updated.metrics.map((m) => [m.id, m.verdict, m.waiver?.id ?? null])).toEqual([
      ['latency_p95_read', 'waived', 'CAB-1234'],
      ['error_rate', 'waived', 'CAB-77'],
      ['throughput', 'pass', null],
    ]);
    expect(updated.waivers.map((w) => [w.id, w.maxDrift, w.approvedBy])).toEqual([
      ['CAB-1234', 0.35, ['alice']],
      ['CAB-77', 0.15, ['alice']],
    ]);
    expect(readFileSync(join(workspace, 'perf', 'waived', 'perf-comparison.md'), 'utf8')).toContain('CAB-77');
    expect(r.summary).toContain('Updated comparison');
    expect(parseWaiverInput(r.outputs.waiver).map((w) => w.id)).toEqual(['CAB-1234', 'CAB-77']);
  });

  it('a configuration mistake fails the step with a message naming the input', async () => {
    const r = await act({ service: 'checkout-api' });
    expect(r.code).toBe(1);
    expect(r.errors.join('\n')).toContain('Input "comparison" is empty and so is "regressions"');
  });

  it('a GITHUB_REPOSITORY without an owner fails before any work, naming it and the owner/name form', async () => {
    const fake = await repoWith({ [P1]: waiverYaml() });
    const r = await act(REGRESSED, { env: { GITHUB_REPOSITORY: 'shop' } });
    expect(r.code).toBe(1);
    expect(r.errors.join('\n')).toContain(
      'GITHUB_REPOSITORY is "shop": it has no owner. Expected owner/name, such as acme/shop.',
    );
    // Not read as "no repository" (the waiver would go unproven): nothing was asked of GitHub, nothing decided.
    expect(fake.requests).toHaveLength(0);
    expect(r.outputs.waived).toBeUndefined();
  });

  it('cab-team with a token that cannot read the team fails with the fix', async () => {
    await repoWith({ [P1]: waiverYaml() }, (s) => {
      s.teamVisible = false;
    });
    const r = await act(REGRESSED);
    expect(r.code).toBe(1);
    expect(r.errors.join('\n')).toMatch(
      /Input "cab-team" is "acme\/cab": GET \/orgs\/acme\/teams\/cab answered 404.*read:org/,
    );
  });
});
