/**
 * Check runs against testkit's fake GitHub, which enforces GitHub's limits (50 annotations per request,
 * 65,535 characters per output field): batching, truncation, conclusions, annotation paths and lines, and the
 * workflow_run pull-request lookup of the fork-safe pattern.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type FakeGitHubState, startFakeGitHub } from '@driftgate/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ANNOTATIONS_PER_REQUEST,
  annotationConfig,
  CHECK_OUTPUT_LIMIT,
  type CheckAnnotation,
  checkConclusion,
  createCheckRun,
  fitCheckText,
  metricLine,
} from '../../src/io/github/checks.js';
import { githubClient } from '../../src/io/github/github-client.js';
import { workflowRunTarget } from '../../src/io/github/workflow-run.js';

let github: Awaited<ReturnType<typeof startFakeGitHub>>;
const state: FakeGitHubState = {
  tokenKind: 'installation',
  pageSize: 100,
  comments: {},
  pulls: [
    { number: 9, head: { sha: 'aaa', ref: 'patch-1', repo: { full_name: 'someone/shop' } } },
    { number: 12, head: { sha: 'fork-head', ref: 'patch-1', repo: { full_name: 'mallory/shop' } } },
  ],
};
beforeAll(async () => {
  github = await startFakeGitHub(state);
  process.env.GITHUB_API_URL = github.url;
});
afterAll(async () => {
  delete process.env.GITHUB_API_URL;
  await github?.close();
});

const annotation = (i: number): CheckAnnotation => ({
  path: '.github/driftgate.yml',
  start_line: 1,
  end_line: 1,
  annotation_level: 'failure',
  title: `m${i}`,
  message: `metric ${i} regressed`,
});

describe('check runs', () => {
  it('sends the first 50 annotations with the create and the rest in PATCH batches of 50', async () => {
    const octokit = githubClient('ghs_x');
    const r = await createCheckRun(
      octokit,
      { owner: 'acme', repo: 'shop' },
      {
        name: 'driftgate / checkout',
        headSha: 'feedface',
        conclusion: 'failure',
        title: 'fail',
        summary: 's'.repeat(CHECK_OUTPUT_LIMIT + 500),
        text: `${'line\n'.repeat(20_000)}`,
        annotations: Array.from({ length: 120 }, (_, i) => annotation(i)),
      },
    );
    expect(r.requests).toBe(3);
    const run = state.checkRuns?.find((c) => c.id === r.id);
    expect(run?.batches).toEqual([ANNOTATIONS_PER_REQUEST, ANNOTATIONS_PER_REQUEST, 20]);
    expect(run?.annotations.map((a) => a.title)).toEqual(Array.from({ length: 120 }, (_, i) => `m${i}`));
    expect(run).toMatchObject({
      name: 'driftgate / checkout',
      head_sha: 'feedface',
      status: 'completed',
      conclusion: 'failure',
    });
    expect(run?.output.summary?.length).toBeLessThanOrEqual(CHECK_OUTPUT_LIMIT);
    expect(run?.output.text?.length).toBeLessThanOrEqual(CHECK_OUTPUT_LIMIT);
    expect(run?.output.text).toMatch(/truncated to GitHub's 65535-character limit/);
    expect(github.requests.filter((q) => q.path.includes('check-runs')).map((q) => q.method)).toEqual([
      'POST',
      'PATCH',
      'PATCH',
    ]);
  });

  it('fitCheckText cuts at a line boundary', () => {
    const t = fitCheckText(`${'a'.repeat(60)}\n${'b'.repeat(60)}`, 100);
    expect(t.startsWith(`${'a'.repeat(60)}`)).toBe(true);
    expect(t.length).toBeLessThanOrEqual(100 + 200);
    expect(fitCheckText('short')).toBe('short');
  });

  it('conclusion follows the comparison: failure when the gate fails, success on pass, neutral otherwise', () => {
    expect(checkConclusion({ verdict: 'pass', onInconclusive: 'fail' })).toBe('success');
    expect(checkConclusion({ verdict: 'fail', onInconclusive: 'pass' })).toBe('failure');
    expect(checkConclusion({ verdict: 'waived', onInconclusive: 'fail' })).toBe('neutral');
    expect(checkConclusion({ verdict: 'inconclusive', onInconclusive: 'fail' })).toBe('failure');
    expect(checkConclusion({ verdict: 'inconclusive', onInconclusive: 'pass' })).toBe('neutral');
  });

  it('annotations point at the metric in the config file, relative to the workspace', () => {
    const ws = mkdtempSync(join(tmpdir(), 'dg-ws-'));
    mkdirSync(join(ws, '.github'));
    const text =
      'tolerance: 10%\nmetrics:\n  # reads\n  latency_p95_read: { tolerance: 15% }\n  error_rate:\n    tolerance: 5%\nbake: {}\n';
    writeFileSync(join(ws, '.github/driftgate.yml'), text);
    expect(annotationConfig(join(ws, '.github/driftgate.yml'), ws)).toEqual({ path: '.github/driftgate.yml', text });
    expect(annotationConfig('.github/driftgate.yml', ws).path).toBe('.github/driftgate.yml');
    expect(annotationConfig('/elsewhere/x.yml', ws)).toEqual({});
    expect(metricLine(text, 'latency_p95_read')).toBe(4);
    expect(metricLine(text, 'error_rate')).toBe(5);
    expect(metricLine(text, 'cpu')).toBe(2);
    expect(metricLine(undefined, 'cpu')).toBe(1);
  });
});

describe('workflow_run: which pull request to report on', () => {
  const repository = { owner: 'acme', repo: 'shop' };
  it('a fork PR (not listed in the payload) is found by head owner:branch and the exact head SHA', async () => {
    const t = await workflowRunTarget(githubClient('ghs_x'), {
      eventName: 'workflow_run',
      repository,
      payload: {
        workflow_run: {
          event: 'pull_request',
          head_sha: 'fork-head',
          head_branch: 'patch-1',
          head_repository: { full_name: 'mallory/shop', owner: { login: 'mallory' } },
          pull_requests: [],
        },
      },
    });
    expect(t).toEqual({ headSha: 'fork-head', fork: true, pullRequest: 12 });
    expect(github.requests.at(-1)?.url.searchParams.get('head')).toBe('mallory:patch-1');
  });

  it('a same-repository PR comes from the payload; other events have no PR; a moved head finds none', async () => {
    const same = await workflowRunTarget(undefined, {
      eventName: 'workflow_run',
      repository,
      payload: {
        workflow_run: {
          event: 'pull_request',
          head_sha: 'h',
          head_repository: { full_name: 'acme/shop' },
          pull_requests: [{ number: 3, head: { sha: 'h' } }],
        },
      },
    });
    expect(same).toEqual({ headSha: 'h', fork: false, pullRequest: 3 });
    const push = await workflowRunTarget(undefined, {
      eventName: 'workflow_run',
      repository,
      payload: { workflow_run: { event: 'push', head_sha: 'p' } },
    });
    expect(push?.pullRequest).toBeUndefined();
    const moved = await workflowRunTarget(githubClient('ghs_x'), {
      eventName: 'workflow_run',
      repository,
      payload: {
        workflow_run: {
          event: 'pull_request',
          head_sha: 'older',
          head_branch: 'patch-1',
          head_repository: { full_name: 'mallory/shop', owner: { login: 'mallory' } },
        },
      },
    });
    expect(moved?.pullRequest).toBeUndefined();
    expect(await workflowRunTarget(undefined, { eventName: 'push', payload: {} })).toBeUndefined();
  });
});
