/**
 * runWaiverCheck end to end in-process (the action and the CLI are thin shells over it): regressions from a
 * comparison or from inputs, sources combined, the updated comparison, and configuration errors.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getOctokit } from '@actions/github';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/core/errors.js';
import { referInput } from '../../src/core/inputs/input-spec.js';
import { memoryLogger } from '../../src/core/log.js';
import type { Comparison } from '../../src/core/model/comparison.js';
import { rejectionDetail } from '../../src/core/report/prose.js';
import { comparisonSchema } from '../../src/core/schemas/comparison-schema.js';
import { validate } from '../../src/core/validation.js';
import { parseWaiverInput } from '../../src/core/waiver/apply.js';
import { runWaiverCheck, type WaiverCheckDeps } from '../../src/flows/waiver/waiver-check.js';
import { type WaiverGitHub, waiverCheckSettings } from '../../src/flows/waiver/waiver-check-settings.js';
import type { JiraClient } from '../../src/io/waiver/waiver-jira.js';
import {
  approvedFile,
  comparisonFixture,
  defaultState,
  type FakeGitHub,
  jiraIssue,
  NOW,
  PAST,
  RUN_SHA,
  startFakeGitHub,
  waiverYaml,
  writeTree,
} from './fixtures.js';

let root: string;
let gh: FakeGitHub | undefined;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'driftgate-check-'));
});
afterEach(async () => {
  await gh?.close();
  gh = undefined;
  rmSync(root, { recursive: true, force: true });
});

/** The check's options as the action's inputs say them (camelCase here), read through the one boundary. */
interface CheckInputs {
  service?: string | undefined;
  environment?: string;
  candidateVersion?: string;
  defaultCandidateVersion?: string;
  comparison?: string;
  regressions?: string;
  maxDrift?: string;
  waiversPath?: string;
  outputDir?: string;
  cabTeam?: string;
  github?: WaiverGitHub | undefined;
  jira?: { url: string };
  now?: string;
  cwd?: string;
}

/** runWaiverCheck on the settings waiverCheckSettings makes of these inputs (as the action's main does). */
async function check(o: CheckInputs, deps?: WaiverCheckDeps) {
  const settings = waiverCheckSettings(
    {
      service: o.service,
      environment: o.environment,
      'candidate-version': o.candidateVersion,
      comparison: o.comparison,
      regressions: o.regressions,
      'max-drift': o.maxDrift,
      'waivers-path': o.waiversPath,
      'cab-team': o.cabTeam,
      label: 'cab-waiver',
      'jira-url': o.jira?.url,
      'jira-user': undefined,
      'jira-token': undefined,
      'jira-jql': undefined,
      'jira-fields': undefined,
      'jira-approved-status': 'Approved',
      now: o.now,
      'output-dir': o.outputDir,
    },
    referInput,
    { commit: o.defaultCandidateVersion, github: o.github, cwd: o.cwd ?? process.cwd() },
  );
  return runWaiverCheck(settings, deps);
}

const P1 = '.github/perf-waivers/CAB-1234.yml';
const P2 = '.github/perf-waivers/CAB-77.yml';

async function withGitHub(files: Record<string, string>, pullRequest?: number): Promise<WaiverGitHub> {
  writeTree(root, files);
  const state = defaultState();
  let pr = 12;
  for (const [path, text] of Object.entries(files))
    approvedFile(state, path, text, { pr: pr++, commit: `${pr}`.padStart(40, 'c') });
  gh = await startFakeGitHub(state);
  return {
    octokit: getOctokit('t', { baseUrl: gh.url }),
    owner: 'acme',
    repo: 'shop',
    ref: RUN_SHA,
    ...(pullRequest ? { pullRequest } : {}),
  };
}

function writeComparisonFile(c: Comparison = comparisonFixture()): string {
  const p = join(root, 'out', 'perf-comparison.json');
  writeTree(root, { 'out/perf-comparison.json': JSON.stringify(c) });
  return p;
}

describe('with a comparison', () => {
  it('waives every regression and writes the updated comparison (verdict waived) next to it', async () => {
    const github = await withGitHub({
      [P1]: waiverYaml({ metrics: ['latency_p95_read'], max_drift: '35%' }),
      [P2]: waiverYaml({ id: 'CAB-77', metrics: ['error_rate'], max_drift: '15%' }),
    });
    const comparison = writeComparisonFile();
    const r = await check({ comparison, cabTeam: 'acme/cab', github, now: NOW, cwd: root });
    expect(r.waived).toBe(true);
    expect(r.verdict).toBe('waived');
    expect(r.reason).toBe('');
    expect(r.comparisonPath).toBe(join(root, 'out', 'waived', 'perf-comparison.json'));
    const updated = JSON.parse(readFileSync(r.comparisonPath as string, 'utf8')) as Comparison;
    expect(await validate(comparisonSchema, updated)).toEqual([]);
    expect(updated.verdict).toBe('waived');
    expect(updated.regressions).toEqual([]);
    expect(updated.headline).toMatch(
      /^Regressions waived: latency_p95_read \+31%.* by CAB-1234, error_rate \+12%.* by CAB-77\.$/,
    );
    expect(updated.metrics.map((m) => [m.id, m.verdict, m.waiver?.id ?? null])).toEqual([
      ['latency_p95_read', 'waived', 'CAB-1234'],
      ['error_rate', 'waived', 'CAB-77'],
      ['throughput', 'pass', null],
    ]);
    expect(updated.metrics[0]?.waiver).toEqual({
      id: 'CAB-1234',
      approvedBy: ['alice'],
      expires: '2026-12-31T23:59:59Z',
      maxDrift: 0.35,
      ticket: 'https://jira.example.com/browse/CAB-1234',
    });
    expect(updated.waivers.map((w) => w.id)).toEqual(['CAB-1234', 'CAB-77']);
    expect(readFileSync(r.markdownPath as string, 'utf8')).toContain('Waivers applied');
    // The original evidence is untouched.
    expect(JSON.parse(readFileSync(comparison, 'utf8')).verdict).toBe('fail');
    // `waiver` is exactly what perf-baseline-compare accepts.
    const parsed = parseWaiverInput(r.waiver);
    expect(parsed.map((w) => [w.id, w.max_drift, w.approved_by])).toEqual([
      ['CAB-1234', 0.35, ['alice']],
      ['CAB-77', 0.15, ['alice']],
    ]);
    expect(parsed[0]?.source).toMatchObject({ kind: 'file', ref: P1, url: 'https://github.com/acme/shop/pull/12' });
    expect(r.markdown).toContain('🟡 driftgate cab-waiver-check: every regression is covered by a verified CAB waiver');
  });

  it('output-dir chooses where the updated comparison goes', async () => {
    const github = await withGitHub({ [P1]: waiverYaml({ metrics: '*', max_drift: '40%' }) });
    const r = await check({
      comparison: writeComparisonFile(),
      cabTeam: 'acme/cab',
      github,
      now: NOW,
      cwd: root,
      outputDir: 'evidence',
    });
    expect(r.comparisonPath).toBe(join(root, 'evidence', 'perf-comparison.json'));
  });

  it('not waived: no comparison is written, verdict fail, reason per metric', async () => {
    const github = await withGitHub({ [P1]: waiverYaml({ max_drift: '35%' }) });
    const r = await check({
      comparison: writeComparisonFile(),
      cabTeam: 'acme/cab',
      github,
      now: NOW,
      cwd: root,
    });
    expect(r.waived).toBe(false);
    expect(r.verdict).toBe('fail');
    expect(r.comparisonPath).toBeUndefined();
    expect(r.waiver).toBe('[]');
    expect(r.reason).toBe(
      'error_rate (+12.0%): CAB-1234: metric not covered (covers latency_p95_read, not error_rate)',
    );
  });

  it('re-checks metrics the comparison already marks waived: a stale waiver does not stay applied', async () => {
    const c = comparisonFixture([['latency_p95_read', 0.31]]);
    const m = c.metrics[0] as Comparison['metrics'][number];
    Object.assign(m, { verdict: 'waived', waiver: { id: 'CAB-OLD', approvedBy: ['x'], expires: PAST, maxDrift: 0.5 } });
    Object.assign(c, { verdict: 'waived', regressions: [] });
    const r = await check({ comparison: writeComparisonFile(c), now: NOW, cwd: root });
    expect(r.waived).toBe(false);
    expect(r.verdict).toBe('fail');
    expect(r.reason).toBe('latency_p95_read (+31.0%): no waiver found');
  });

  it('nothing regressed: nothing to waive, no API call, verdict from the comparison', async () => {
    const github = await withGitHub({ [P1]: waiverYaml() });
    const r = await check({
      comparison: writeComparisonFile(comparisonFixture([])),
      cabTeam: 'acme/cab',
      github,
      now: NOW,
      cwd: root,
    });
    expect(r).toMatchObject({ waived: false, verdict: 'pass', reason: '', waiver: '[]' });
    expect(r.decision.nothingToWaive).toBe(true);
    expect(gh?.requests).toHaveLength(0);
  });

  it.each([
    [{ service: 'payments' }, 'Input "service" is "payments" but the comparison is for "checkout-api"'],
    [{ environment: 'stg' }, 'Input "environment" is "stg" but the comparison is for "prod"'],
    [{ candidateVersion: 'v9' }, 'Input "candidate-version" is "v9" but the comparison is for "v2.4.0"'],
    [{ regressions: '[]' }, 'Inputs "comparison" and "regressions" are both set'],
  ])('inputs that contradict the comparison are refused: %j', async (over, message) => {
    await expect(check({ comparison: writeComparisonFile(), now: NOW, cwd: root, ...over })).rejects.toThrow(message);
  });

  it('a file that is not a comparison is refused clearly', async () => {
    writeFileSync(join(root, 'x.json'), '{"schema":"something/else"}');
    await expect(check({ comparison: 'x.json', cwd: root })).rejects.toThrow(
      'Input "comparison" is "x.json": its "schema" is not a driftgate schema (a 14-character string, not quoted), not "driftgate.comparison/v1"',
    );
    await expect(check({ comparison: 'missing.json', cwd: root })).rejects.toThrow(
      /Input "comparison" is "missing.json": cannot read it/,
    );
  });
});

describe('with regressions + max-drift', () => {
  it('uses max-drift for every regressed metric', async () => {
    const github = await withGitHub({
      [P1]: waiverYaml({ metrics: ['latency_p95_read', 'error_rate'], max_drift: '30%' }),
    });
    const base = {
      service: 'checkout-api',
      candidateVersion: 'v2.4.0',
      cabTeam: 'acme/cab',
      github,
      now: NOW,
      cwd: root,
    };
    const ok = await check({ ...base, regressions: '["latency_p95_read","error_rate"]', maxDrift: '29.9' });
    expect(ok).toMatchObject({ waived: true, verdict: 'waived' });
    const tooMuch = await check({ ...base, regressions: '["latency_p95_read"]', maxDrift: '31.4%' });
    expect(tooMuch.reason).toBe(
      'latency_p95_read (+31.4%): CAB-1234: drift above max_drift (drift 31.4% is above max_drift 30.0%)',
    );
  });

  it('defaults: environment prod, candidate version from the caller (head SHA)', async () => {
    writeTree(root, { [P1]: waiverYaml({ versions: [RUN_SHA.slice(0, 7)] }) });
    const r = await check({
      service: 'checkout-api',
      defaultCandidateVersion: RUN_SHA,
      regressions: '["latency_p95_read"]',
      maxDrift: '10',
      now: NOW,
      cwd: root,
    });
    // In scope (prod, version prefix), but there is nothing to prove the approval with.
    const detail =
      'file waivers are proven through GitHub: set cab-team (org/team-slug) and a github-token that can read it';
    expect(r.decision.candidates[0]?.rejection).toEqual({
      reason: 'approval not verified',
      finding: { code: 'unproven', detail },
    });
    expect(rejectionDetail(r.decision.candidates[0]!.rejection!.finding)).toBe(detail);
  });

  it.each([
    [{ regressions: 'latency' }, /Input "regressions" is "latency": expected a JSON array of metric ids/],
    [{ regressions: '["a"]' }, /Input "max-drift" is "": expected the largest drift in percent/],
    [{ regressions: '["a"]', maxDrift: 'big' }, /Input "max-drift" is "big"/],
    [{}, /Input "comparison" is empty and so is "regressions"/],
    [{ regressions: '["a"]', maxDrift: '20', service: undefined }, /Input "service" is required without a comparison/],
    [
      { regressions: '["a"]', maxDrift: '20', cabTeam: 'acme/cab' },
      /Input "cab-team" is "acme\/cab" but there is no github-token/,
    ],
    [{ regressions: '["a"]', maxDrift: '20', now: 'yesterday' }, /Input "now" is "yesterday": expected RFC 3339/],
  ])('configuration errors: %j', async (over, message) => {
    const err = await check({ service: 'checkout-api', candidateVersion: 'v1', cwd: root, ...over }).catch((e) => e);
    expect(err).toBeInstanceOf(ConfigurationError);
    expect(err.message).toMatch(message);
  });

  it('an empty regressions array is nothing to waive (max-drift not needed)', async () => {
    const r = await check({ service: 'checkout-api', candidateVersion: 'v1', regressions: '[]', cwd: root });
    expect(r).toMatchObject({ waived: false, verdict: 'pass' });
  });
});

describe('sources combined', () => {
  it('a Jira waiver covers what the files do not; the summary lists every candidate and why', async () => {
    const github = await withGitHub({
      [P1]: waiverYaml({ max_drift: '35%' }),
      [P2]: waiverYaml({ id: 'CAB-77', metrics: ['error_rate'], expires: PAST }),
    });
    const searched: string[] = [];
    const jira: JiraClient = {
      search: async (jql) => {
        searched.push(jql);
        return [jiraIssue('CAB-900', { customfield_10013: 'error_rate', customfield_10010: 15 })];
      },
      browseUrl: (k) => `https://jira.example.com/browse/${k}`,
    };
    const logger = memoryLogger();
    const r = await check(
      {
        comparison: writeComparisonFile(),
        cabTeam: 'acme/cab',
        github,
        jira: { url: 'https://jira.example.com' },
        now: NOW,
        cwd: root,
      },
      { jira, logger },
    );
    expect(r.waived).toBe(true);
    expect(searched).toEqual(['project = CAB AND issuetype = "Perf Waiver" AND status = "Approved"']);
    expect(r.decision.metrics.map((m) => m.waiver?.id)).toEqual(['CAB-1234', 'CAB-900']);
    expect(r.decision.candidates.map((c) => [c.candidate.source.ref, c.status, c.rejection?.reason ?? null])).toEqual([
      [P1, 'applied', null],
      [P2, 'rejected', 'expired'],
      ['CAB-900', 'applied', null],
    ]);
    expect(r.markdown).toContain('| CAB-77 | file `.github/perf-waivers/CAB-77.yml` |');
    expect(r.markdown).toContain(`❌ expired: expired at ${PAST}`);
    expect(r.markdown).toContain('| CAB-900 | jira [CAB-900](https://jira.example.com/browse/CAB-900) |');
    expect(r.markdown).toContain('input `now`, not the clock');
    expect(logger.lines.some((l) => l.startsWith('warning: Waiver expiry is judged at 2026-11-27T08:00:00Z'))).toBe(
      true,
    );
    // The expired file was never sent for approval checks (scope is checked first).
    expect(gh?.calls().some((c) => c.includes('CAB-77'))).toBe(false);
  });

  it('on a pull request, a waiver the PR adds does not count for it', async () => {
    const github = await withGitHub({ [P1]: waiverYaml({ max_drift: '35%', metrics: '*' }) }, 42);
    (gh as FakeGitHub).state.prFiles[42] = [{ filename: P1, status: 'added' }];
    const r = await check({
      comparison: writeComparisonFile(),
      cabTeam: 'acme/cab',
      github,
      now: NOW,
      cwd: root,
    });
    expect(r.waived).toBe(false);
    expect(r.reason).toMatch(/^latency_p95_read \(\+31\.0%\): CAB-1234: added by the PR under test \(/m);
    // It looked for a label waiver too.
    expect(gh?.calls()).toContain('GET /repos/acme/shop/issues/42/events?per_page=100');
  });
});
