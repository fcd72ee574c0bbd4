/**
 * Least privilege, proven (PERF-003 §10): every AWS API operation and every GitHub REST call each BUNDLED
 * action makes (node actions/X/dist/index.js, as the runner runs it) across its scenarios, against loopback
 * fakes, is classified (testkit/permissions.ts) and compared with docs/iam.md in both directions:
 *   - AWS: each IAM action the code needs is in the action's policy JSON, with a Resource that covers the S3
 *     object / AMP workspace it touched; and each IAM action the policy grants is needed by some scenario;
 *   - GitHub: each call of a scenario is allowed by the scenario's documented `permissions:` block; and each
 *     permission of a block is needed (at its level) by some call of its scenarios.
 * Unknown AWS operations or GitHub routes fail the test: a new call cannot slip in undocumented.
 * Build first: npx tsc -b && node scripts/bundle.mjs.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeOpenMetrics } from '@driftgate/synth';
import {
  type ActionRun,
  awsOperation,
  type FakeServer,
  fakeJiraIssue,
  fixturesOpenMetrics,
  type GitHubGrant,
  githubPermission,
  grantsSatisfy,
  iamActionAllowed,
  json,
  OperationRegistry,
  type PrometheusServer,
  REPO_ROOT,
  type RecordedRequest,
  releaseFixture,
  routes,
  runAction,
  startFakeGitHub,
  startFakeJira,
  startFakeServer,
  startPrometheus,
} from '@driftgate/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { type BakeScenario, type BakeSpec, generateBake, makeBake, pastBakeStart } from '../bench/bake/src/bakes.js';
import { type FakeKms, startFakeKms } from '../packages/shared/test/audit/fakes.js';
import {
  FAKE_AWS_ENV,
  type FakeCodeDeploy,
  type FakeS3,
  startFakeCodeDeploy,
  startFakeS3,
} from '../packages/shared/test/bake/fakes.js';
import { type FakeCostExplorer, startFakeCostExplorer } from '../packages/shared/test/finops/fakes.js';
import { type FakeControlPlane, startFakeControlPlane } from '../packages/shared/test/rightsizing/fakes.js';
import {
  approvedFile,
  defaultState,
  HEAD,
  NOW,
  startFakeGitHub as startWaiverGitHub,
  waiverYaml,
  writeTree,
} from '../packages/shared/test/waiver/fixtures.js';

const ACTIONS = ['perf-baseline-compare', 'post-deploy-verify', 'cab-waiver-check', 'finops-report'] as const;
/**
 * CLI commands with AWS permissions of their own (the bundled driftgate, run as users run it). rightsizing is also
 * an action: its scenarios (the bundled action and the CLI) are proven against its one policy.
 */
const CLI_COMMANDS = ['rightsizing', 'audit', 'kpis'] as const;
const ALL = [...ACTIONS, ...CLI_COMMANDS] as const;
type ActionName = (typeof ALL)[number];
const REGION = FAKE_AWS_ENV.AWS_REGION;
const WS: Record<ActionName, string> = {
  'perf-baseline-compare': 'ws-compare0-0000-0000-0000-000000000001',
  'post-deploy-verify': 'ws-verify00-0000-0000-0000-000000000002',
  'cab-waiver-check': 'ws-none',
  'finops-report': 'ws-finops0-0000-0000-0000-000000000003',
  rightsizing: 'ws-none',
  audit: 'ws-none',
  kpis: 'ws-none',
};
const BUCKETS: Partial<Record<ActionName, Record<string, string>>> = {
  'finops-report': { '<bucket>': 'nc-finops' },
  rightsizing: { '<bucket>': 'nc-perf-audit', '<prefix>': 'optimizer/' },
  audit: { '<bucket>': 'nc-perf-audit', '<prefix>': 'optimizer/' },
  kpis: { '<evidence-bucket>': 'nc-perf-results', '<finops-bucket>': 'nc-finops' },
};
/** The values of docs/iam.md's placeholders in these scenarios. */
const placeholders = (action: ActionName): Record<string, string> => ({
  '<region>': REGION,
  '<account-id>': '*',
  '<workspace-id>': WS[action],
  '<bucket>': 'nc-perf-results',
  '<prefix>': 'daily/',
  '<key-id>': '*',
  '<application>': '*',
  '<deployment-group>': '*',
  ...BUCKETS[action],
});

// ---------------------------------------------------------------------------------------------------------
// docs/iam.md
// ---------------------------------------------------------------------------------------------------------

interface Statement {
  Sid?: string;
  Effect: string;
  Action: string | string[];
  Resource?: string | string[];
}
interface PermissionBlock {
  title: string;
  grants: Record<string, string>;
}

function parseIamDoc(markdown: string) {
  const aws = new Map<ActionName, Statement[]>();
  const github = new Map<ActionName, PermissionBlock[]>();
  let h2 = '';
  let action: ActionName | undefined;
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line.startsWith('## ')) {
      h2 = line.slice(3).trim();
      action = undefined;
    } else if (line.startsWith('### ')) {
      const name = line.slice(4).trim().split(/\s/)[0] as ActionName;
      action = (ALL as readonly string[]).includes(name) ? name : undefined;
    }
    const fence = /^```(\w+)\s*$/.exec(line);
    if (!fence) continue;
    const body: string[] = [];
    for (i++; i < lines.length && lines[i] !== '```'; i++) body.push(lines[i] as string);
    if (!action) continue;
    const text = body.join('\n');
    if (h2 === 'AWS IAM' && fence[1] === 'json') {
      const doc = JSON.parse(text) as { Statement: Statement[] };
      aws.set(action, [...(aws.get(action) ?? []), ...doc.Statement]);
    }
    if (h2 === 'GitHub token permissions' && fence[1] === 'yaml') {
      const title = /^# ([a-z-]+): (.+)$/.exec(body[0] ?? '');
      if (!title || title[1] !== action)
        throw new Error(`docs/iam.md: a ${action} permissions block must start with "# ${action}: <scenario>"`);
      const doc = YAML.parse(text) as Record<string, Record<string, string>>;
      github.set(action, [
        ...(github.get(action) ?? []),
        { title: title[2] as string, grants: { ...(doc.permissions ?? {}), ...(doc['github-app-permissions'] ?? {}) } },
      ]);
    }
  }
  return { aws, github };
}

const DOC = parseIamDoc(readFileSync(join(import.meta.dirname, '..', 'docs', 'iam.md'), 'utf8'));
const list = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const glob = (pattern: string, value: string) =>
  new RegExp(
    `^${pattern
      .split('*')
      .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  ).test(value);

/** The ARN an S3 or AMP request touched (for the IAM action), or undefined when it cannot be told from the wire. */
function resourceArn(req: RecordedRequest, iamAction: string): string | undefined {
  const op = awsOperation(req);
  if (!op) return undefined;
  if (op.service === 's3') {
    const path = decodeURIComponent(req.path.slice(1));
    if (iamAction === 's3:ListBucket') return `arn:aws:s3:::${path.split('/')[0]}`;
    if (iamAction.startsWith('s3:')) return `arn:aws:s3:::${path}`;
  }
  if (op.service === 'aps') {
    const id = /^\/workspaces\/([^/]+)/.exec(req.path)?.[1];
    return `arn:aws:aps:${REGION}:123456789012:workspace/${id}`;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------
// Scenarios
// ---------------------------------------------------------------------------------------------------------

const registry = new OperationRegistry();
const awsRequests = new Map<ActionName, Array<{ scenario: string; req: RecordedRequest }>>();
const githubCalls: Array<{ action: ActionName; block: string; scenario: string; method: string; path: string }> = [];
const runs: ActionRun[] = [];

let prom: PrometheusServer;
let amp: FakeServer;
let s3: FakeS3;
let cd: FakeCodeDeploy;
let ce: FakeCostExplorer;
let kms: FakeKms;
let plane: FakeControlPlane;
let omDir: string;
const compareFixture = releaseFixture({ service: 'checkout', effect: { latency: { read: 1.3 } } });
const BAKE_START = pastBakeStart();
const SPECS: BakeSpec[] = [
  { id: 'iam-pass', kind: 'unchanged', expected: 'pass' },
  { id: 'iam-p95', kind: 'latency-step', factor: 1.8, onsetAfter: 120, expected: 'rollback' },
  { id: 'iam-errors', kind: 'error-surge', factor: 12, onsetAfter: 180, expected: 'rollback' },
  { id: 'iam-drift', kind: 'drift', factor: 1.25, onsetAfter: 0, expected: 'ticket' },
];
const bakes: Record<string, BakeScenario> = {};
const PREVIOUS = { revisionType: 'AppSpecContent', appSpecContent: { content: '{"version":0.0}', sha256: 'abc' } };

/** Every AWS fake in one list, so a scenario's requests are the ones recorded since it started. */
const awsServers = () => [amp, s3, cd, ce, kms, plane];

async function scenario(
  action: ActionName,
  name: string,
  opts: Parameters<typeof runAction>[1] & { github?: { server: FakeServer; block: string } },
): Promise<ActionRun> {
  const marks = awsServers().map((s) => s.requests.length);
  const ghMark = opts.github?.server.requests.length ?? 0;
  const r = await runAction(action, { timeoutMs: 120_000, ...opts });
  runs.push(r);
  const sent = awsServers().flatMap((s, i) => s.requests.slice(marks[i]));
  registry.record(action, name, sent);
  awsRequests.set(action, [...(awsRequests.get(action) ?? []), ...sent.map((req) => ({ scenario: name, req }))]);
  if (opts.github) {
    for (const q of opts.github.server.requests.slice(ghMark)) {
      githubCalls.push({ action, block: opts.github.block, scenario: name, method: q.method, path: q.path });
    }
  }
  return r;
}

const AWS_ENV = () => ({
  ...FAKE_AWS_ENV,
  AWS_ENDPOINT_URL_AMP: amp.url,
  AWS_ENDPOINT_URL_S3: s3.url,
  AWS_ENDPOINT_URL_CODEDEPLOY: cd.url,
  AWS_ENDPOINT_URL_COST_EXPLORER: ce.url,
  AWS_ENDPOINT_URL_KMS: kms.url,
  AWS_ENDPOINT_URL_APPLICATION_AUTO_SCALING: plane.url,
  AWS_ENDPOINT_URL_CLOUDWATCH: plane.url,
  AWS_ENDPOINT_URL_COMPUTE_OPTIMIZER: plane.url,
  AWS_ENDPOINT_URL_LAMBDA: plane.url,
});

/** The bundled CLI as a user runs it (node packages/cli/dist/index.js), its AWS requests recorded like an action's. */
async function cliScenario(
  command: ActionName,
  name: string,
  args: string[],
): Promise<{ code: number | null; out: string }> {
  const marks = awsServers().map((x) => x.requests.length);
  const cwd = mkdtempSync(join(tmpdir(), 'driftgate-iam-cli-'));
  const child = spawn(process.execPath, [join(REPO_ROOT, 'packages', 'cli', 'dist', 'index.js'), ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: cwd, AWS_EC2_METADATA_DISABLED: 'true', ...AWS_ENV() },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const code = await new Promise<number | null>((res) => child.on('close', res));
  rmSync(cwd, { recursive: true, force: true });
  const sent = awsServers().flatMap((x, i) => x.requests.slice(marks[i]));
  registry.record(command, name, sent);
  awsRequests.set(command, [...(awsRequests.get(command) ?? []), ...sent.map((req) => ({ scenario: name, req }))]);
  return { code, out };
}

beforeAll(async () => {
  omDir = mkdtempSync(join(tmpdir(), 'driftgate-iam-'));
  SPECS.forEach((s, i) => {
    bakes[s.id] = makeBake(s, BAKE_START, 9100 + i);
  });
  const files = writeOpenMetrics(
    SPECS.map((s, i) => generateBake(bakes[s.id] as BakeScenario, 9100 + i)),
    join(omDir, 'om'),
  );
  prom = await startPrometheus({
    openMetricsFiles: files.map((f) => f.path),
    openMetrics: fixturesOpenMetrics([compareFixture]),
  });
  // Amazon Managed Service for Prometheus: DescribeWorkspace, and the workspace's query API proxied to the
  // real Prometheus (the request shape and the SigV4 service "aps" are what production sends).
  amp = await startFakeServer(
    routes({
      'GET /workspaces/:id': (_req, p) =>
        json(200, {
          workspace: {
            workspaceId: p.id,
            arn: `arn:aws:aps:${REGION}:123456789012:workspace/${p.id}`,
            status: { statusCode: 'ACTIVE' },
            prometheusEndpoint: `${amp.url}/workspaces/${p.id}/`,
            createdAt: 1_700_000_000,
          },
        }),
      '* /workspaces/:id/api/v1/*': async (req, p) => {
        const res = await fetch(`${prom.url}/api/v1/${p.rest}${req.url.search}`, {
          method: req.method,
          headers: { 'content-type': String(req.headers['content-type'] ?? 'application/x-www-form-urlencoded') },
          ...(req.method === 'POST' ? { body: req.body } : {}),
        });
        return { status: res.status, headers: { 'content-type': 'application/json' }, body: await res.text() };
      },
    }),
  );
  s3 = await startFakeS3();
  s3.listPageSize = 2;
  ce = await startFakeCostExplorer({
    services: ['checkout'],
    usageTypes: ['EUW1-Fargate-vCPU-Hours:perCPU'],
    cost: () => 12.5,
    owner: () => 'team-payments',
    costCenter: () => 'cc-100',
    forecast: () => 400,
  });
  kms = await startFakeKms();
  plane = await startFakeControlPlane([
    {
      FunctionName: 'checkout-api',
      FunctionArn: 'arn:aws:lambda:eu-west-1:123456789012:function:checkout-api',
      MemorySize: 1024,
      used: { avg: 300, max: 400 },
    },
    {
      FunctionName: 'search-api',
      FunctionArn: 'arn:aws:lambda:eu-west-1:123456789012:function:search-api',
      MemorySize: 1024,
      used: { avg: 300, max: 400 },
    },
  ]);
  cd = await startFakeCodeDeploy([
    {
      deploymentId: 'd-PASSING',
      status: 'Ready',
      applicationName: 'shop',
      deploymentGroupName: 'canary',
      previousRevision: PREVIOUS,
    },
    {
      deploymentId: 'd-ECSBLUEGREEN',
      status: 'InProgress',
      applicationName: 'shop',
      deploymentGroupName: 'prod',
      previousRevision: PREVIOUS,
    },
    {
      deploymentId: 'd-EC2INPLACE',
      status: 'Succeeded',
      computePlatform: 'Server',
      applicationName: 'billing',
      deploymentGroupName: 'prod-fleet',
      previousRevision: {
        revisionType: 'S3',
        s3Location: { bucket: 'artifacts', key: 'billing-v1.zip', bundleType: 'zip' },
      },
    },
  ]);
}, 300_000);

afterAll(async () => {
  await Promise.all([prom?.stop(), amp?.close(), s3?.close(), cd?.close(), ce?.close(), kms?.close(), plane?.close()]);
  for (const r of runs) await r.cleanup();
  if (omDir) rmSync(omDir, { recursive: true, force: true });
});

describe('perf-baseline-compare', () => {
  const base = (extra: Record<string, string> = {}) => ({
    service: compareFixture.service,
    'candidate-version': compareFixture.candidateVersion,
    'candidate-window': compareFixture.candidateWindow,
    'baseline-window': compareFixture.baselineWindow,
    ...extra,
  });

  it('AMP + an empty store (404: no baseline yet), then the latest GitHub release (push)', async () => {
    const gh = await startFakeGitHub({
      tokenKind: 'installation',
      pageSize: 100,
      comments: {},
      latestRelease: compareFixture.baselineVersion,
    });
    try {
      const r = await scenario('perf-baseline-compare', 'amp+empty-store', {
        inputs: base({
          service: 'checkout',
          'amp-workspace-id': WS['perf-baseline-compare'],
          'baseline-store': 's3://nc-perf-results/daily/',
          'github-token': 'ghs_push',
        }),
        env: { ...AWS_ENV(), GITHUB_API_URL: gh.url, GITHUB_EVENT_NAME: 'push' },
        github: { server: gh, block: 'push or schedule (latest-release lookup)' },
      });
      expect(r.outputs.verdict, r.stdout + r.stderr).toBe('fail');
    } finally {
      await gh.close();
    }
  });

  it('AMP + baseline store with a promoted baseline: DescribeWorkspace, query_range, GetObject', async () => {
    const body = Buffer.from(
      JSON.stringify({
        schema: 'driftgate.baseline/v1',
        service: 'checkout',
        environment: 'prod',
        version: compareFixture.baselineVersion,
        window: {
          start: Number(compareFixture.baselineWindow.split('..')[0]),
          end: Number(compareFixture.baselineWindow.split('..')[1]),
        },
        verifiedAt: '2026-11-26T10:00:00Z',
      }),
    );
    s3.objects.set('nc-perf-results/daily/baselines/checkout/prod/stable.json', {
      body,
      etag: '"e1"',
      sha256: '',
      headers: {},
    });
    const r = await scenario('perf-baseline-compare', 'amp+store', {
      inputs: base({
        'amp-workspace-id': WS['perf-baseline-compare'],
        'baseline-store': 's3://nc-perf-results/daily/',
      }),
      env: AWS_ENV(),
    });
    expect(r.outputs.verdict, r.stdout + r.stderr).toBe('fail');
    expect(JSON.parse(readFileSync(r.outputs['report-path']!, 'utf8')).source.kind).toBe('amp');
  });

  let prReport = '';
  it('pull request: comment, check run, release ticket from the head commit', async () => {
    const gh = await startFakeGitHub({
      tokenKind: 'installation',
      pageSize: 100,
      comments: { 7: [] },
      latestRelease: compareFixture.baselineVersion,
      commits: { feedface: 'Cache the catalog (REL-42)' },
    });
    const jira = await startFakeJira({
      issues: { 'REL-42': fakeJiraIssue('REL-42') },
      me: { accountId: 'b', displayName: 'b' },
    });
    try {
      const r = await scenario('perf-baseline-compare', 'pull-request', {
        inputs: base({
          'prometheus-url': prom.url,
          'check-run': 'true',
          'github-token': 'ghs_pr',
          'jira-url': jira.url,
          'jira-token': 'pat',
        }),
        env: { GITHUB_API_URL: gh.url, GITHUB_EVENT_NAME: 'pull_request' },
        event: {
          number: 7,
          pull_request: { number: 7, title: 'Cache the catalog', head: { sha: 'feedface', ref: 'cache' } },
        },
        github: { server: gh, block: 'pull request (sticky comment, check-run, release ticket from the head commit)' },
      });
      expect(r.outputs['release-ticket'], r.stdout).toBe('REL-42');
      expect(r.outputs['check-run-url']).not.toBe('');
      prReport = r.outputs['report-path']!;
    } finally {
      await Promise.all([gh.close(), jira.close()]);
    }
  });

  it('release event: assets and notes', async () => {
    const gh = await startFakeGitHub({
      tokenKind: 'installation',
      pageSize: 100,
      comments: {},
      releases: [{ id: 3, tag_name: 'v1.42.0', body: '', assets: [] }],
    });
    try {
      const r = await scenario('perf-baseline-compare', 'release', {
        inputs: base({
          'prometheus-url': prom.url,
          'baseline-version': compareFixture.baselineVersion,
          'github-token': 'ghs_rel',
        }),
        env: { GITHUB_API_URL: gh.url, GITHUB_EVENT_NAME: 'release' },
        event: { action: 'published', release: { id: 3, tag_name: 'v1.42.0' } },
        github: { server: gh, block: 'release event or release-tag (assets and notes)' },
      });
      expect(r.outputs['release-url'], r.stdout).not.toBe('');
    } finally {
      await gh.close();
    }
  });

  it('workflow_run: reports the fork PR run artifact', async () => {
    const gh = await startFakeGitHub({
      tokenKind: 'installation',
      pageSize: 100,
      comments: { 8: [] },
      pulls: [{ number: 8, head: { sha: 'f0f0', ref: 'patch-1', repo: { full_name: 'mallory/shop' } } }],
    });
    try {
      const r = await scenario('perf-baseline-compare', 'workflow-run', {
        inputs: {
          service: 'checkout',
          comparison: prReport,
          'check-run': 'true',
          'upload-artifact': 'false',
          'github-token': 'ghs_wr',
        },
        env: { GITHUB_API_URL: gh.url, GITHUB_EVENT_NAME: 'workflow_run' },
        event: {
          workflow_run: {
            event: 'pull_request',
            head_sha: 'f0f0',
            head_branch: 'patch-1',
            head_repository: { full_name: 'mallory/shop', owner: { login: 'mallory' } },
            pull_requests: [],
          },
        },
        github: { server: gh, block: 'workflow_run report of a fork pull request (input comparison)' },
      });
      expect(r.outputs['check-run-url'], r.stdout).not.toBe('');
    } finally {
      await gh.close();
    }
  });
});

describe('post-deploy-verify', () => {
  const bake = (id: string, extra: Record<string, string>) => {
    const b = bakes[id] as BakeScenario;
    return {
      'amp-workspace-id': WS['post-deploy-verify'],
      service: b.service,
      'baseline-version': b.baselineVersion,
      'candidate-version': b.candidateVersion,
      'bake-start': String(b.bakeStart),
      's3-uri': 's3://nc-perf-results/daily/',
      'kms-key-id': 'alias/perf-results',
      ...extra,
    };
  };

  it('pass: evidence to S3 (SSE-KMS, write-once), baseline promoted (CAS on a missing record), ContinueDeployment', async () => {
    const r = await scenario('post-deploy-verify', 'pass+promote+continue', {
      inputs: bake('iam-pass', { 'deployment-id': 'd-PASSING', 'continue-on-pass': 'true' }),
      env: AWS_ENV(),
    });
    expect(r.outputs.verdict, r.stdout + r.stderr).toBe('pass');
    expect(r.outputs['s3-uri']).toMatch(/^s3:\/\/nc-perf-results\/daily\//);
  });

  it('the next bake takes its baseline from the store (GetObject of the promoted record, SSE-KMS)', async () => {
    const r = await scenario('post-deploy-verify', 'baseline-from-store', {
      inputs: bake('iam-pass', {
        'baseline-version': '',
        'candidate-version': 'v1',
        rollback: 'off',
        promote: 'false',
      }),
      env: AWS_ENV(),
    });
    expect(r.stdout, r.stderr).toMatch(/baseline store/);
  });

  it('rollback of an active deployment (StopDeployment), and a re-run (existing evidence: HeadObject)', async () => {
    for (const name of ['rollback-stop', 'rollback-stop-rerun']) {
      const r = await scenario('post-deploy-verify', name, {
        inputs: bake('iam-p95', { 'deployment-id': 'd-ECSBLUEGREEN' }),
        env: AWS_ENV(),
      });
      expect(r.outputs.verdict, r.stdout + r.stderr).toBe('rollback');
    }
  });

  it('rollback of a finished deployment found by application + group (CreateDeployment)', async () => {
    const r = await scenario('post-deploy-verify', 'rollback-redeploy', {
      inputs: bake('iam-errors', { 'codedeploy-application': 'billing', 'codedeploy-deployment-group': 'prod-fleet' }),
      env: AWS_ENV(),
    });
    expect(r.outputs['rollback-deployment-id'], r.stdout + r.stderr).toMatch(/^d-REDEPLOY/);
  });

  it('drift: a GitHub issue ticket', async () => {
    const gh = await startFakeServer(
      routes({
        'GET /repos/:o/:r/issues': () => json(200, []),
        'POST /repos/:o/:r/issues': () => json(201, { number: 1, html_url: 'https://github.com/acme/shop/issues/1' }),
      }),
    );
    try {
      const r = await scenario('post-deploy-verify', 'github-issue', {
        inputs: bake('iam-drift', {
          rollback: 'dry-run',
          'github-issue': 'true',
          'github-token': 'ghs_issue',
          's3-uri': '',
        }),
        env: { ...AWS_ENV(), GITHUB_API_URL: gh.url },
        github: { server: gh, block: 'github-issue drift tickets' },
      });
      expect(r.outputs['ticket-url'], r.stdout).toBe('https://github.com/acme/shop/issues/1');
    } finally {
      await gh.close();
    }
  });

  it('release ticket from the head commit (read through the API), and release-tag assets', async () => {
    const gh = await startFakeGitHub({
      tokenKind: 'installation',
      pageSize: 100,
      comments: {},
      commits: { '0123456789abcdef0123456789abcdef01234567': 'Deploy (REL-9)' },
      releases: [{ id: 4, tag_name: 'v2', body: '', assets: [] }],
    });
    const jira = await startFakeJira({
      issues: { 'REL-9': fakeJiraIssue('REL-9') },
      me: { accountId: 'b', displayName: 'b' },
    });
    const common = { rollback: 'off', promote: 'false', 's3-uri': '', 'github-token': 'ghs_x' };
    try {
      const t = await scenario('post-deploy-verify', 'release-ticket', {
        inputs: bake('iam-pass', { ...common, 'jira-url': jira.url, 'jira-token': 'pat' }),
        env: { ...AWS_ENV(), GITHUB_API_URL: gh.url },
        github: { server: gh, block: 'release ticket found in the head commit message' },
      });
      expect(t.outputs['release-ticket'], t.stdout).toBe('REL-9');
      const a = await scenario('post-deploy-verify', 'release-tag', {
        inputs: bake('iam-pass', { ...common, 'release-tag': 'v2' }),
        env: { ...AWS_ENV(), GITHUB_API_URL: gh.url },
        github: { server: gh, block: 'release-tag (assets and notes)' },
      });
      expect(a.outputs['release-url'], a.stdout).not.toBe('');
    } finally {
      await Promise.all([gh.close(), jira.close()]);
    }
  });
});

describe('cab-waiver-check', () => {
  it('file and label waivers proven through the CAB team: GitHub only, no AWS', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'driftgate-iam-ws-'));
    const P1 = '.github/perf-waivers/CAB-1234.yml';
    writeTree(ws, { [P1]: waiverYaml() });
    const state = defaultState();
    approvedFile(state, P1, waiverYaml(), { pr: 12, commit: 'c'.repeat(40) });
    state.prFiles[42] = [{ filename: 'src/app.ts', status: 'modified' }];
    state.pulls[42] = { number: 42, head: HEAD, merged_at: null };
    state.events[42] = [{ event: 'labeled', label: 'cab-waiver', actor: 'bob' }];
    const gh = await startWaiverGitHub(state);
    try {
      const r = await scenario('cab-waiver-check', 'file+label', {
        cwd: ws,
        inputs: {
          service: 'checkout-api',
          'candidate-version': '',
          regressions: '["latency_p95_read"]',
          'max-drift': '20.5',
          'cab-team': 'acme/cab',
          'github-token': 'ghs_app',
          now: NOW,
        },
        env: { ...AWS_ENV(), GITHUB_API_URL: gh.url, GITHUB_EVENT_NAME: 'pull_request' },
        event: { number: 42, pull_request: { number: 42, head: { sha: HEAD } } },
        github: { server: gh, block: 'file and label waivers, approvals proven through the CAB team' },
      });
      expect(r.outputs.waived, r.stdout).toBe('true');
      expect(gh.requests.some((q) => q.path.startsWith('/repos/acme/shop/issues/42/events'))).toBe(true);
    } finally {
      await gh.close();
      rmSync(ws, { recursive: true, force: true });
    }
  });
});

describe('finops-report', () => {
  const day = new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10);
  const inputs = (extra: Record<string, string> = {}) => ({
    date: day,
    'amp-workspace-id': WS['finops-report'],
    budgets: '{"checkout": 100}',
    's3-uri': 's3://nc-finops/daily/',
    'kms-key-id': 'alias/nc-finops',
    ...extra,
  });

  it('Cost Explorer, AMP, the report to S3 (SSE-KMS, write-once)', async () => {
    const r = await scenario('finops-report', 'report', { inputs: inputs(), env: AWS_ENV() });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.outputs['s3-uri']).toMatch(/^s3:\/\/nc-finops\/daily\//);
  });

  it('a re-run (the same bytes: HeadObject) with an over-budget GitHub issue', async () => {
    const gh = await startFakeServer(
      routes({
        'GET /repos/:o/:r/issues': () => json(200, []),
        'POST /repos/:o/:r/issues': () => json(201, { number: 5, html_url: 'https://github.com/acme/shop/issues/5' }),
      }),
    );
    try {
      const r = await scenario('finops-report', 'rerun+github-issue', {
        inputs: inputs({ 'github-issue': 'true', 'github-token': 'ghs_finops' }),
        env: { ...AWS_ENV(), GITHUB_API_URL: gh.url },
        github: { server: gh, block: 'github-issue over-budget tickets' },
      });
      expect(r.code, r.stdout + r.stderr).toBe(0);
      expect(JSON.parse(r.outputs['ticket-urls'] as string)).toEqual(['https://github.com/acme/shop/issues/5']);
    } finally {
      await gh.close();
    }
  });
});

describe('rightsizing (the action)', () => {
  // Its own service and function, so the CLI's scenarios below still find drift and a proposal.
  const inputs = (extra: Record<string, string> = {}) => ({
    'ecs-services': 'prod/search',
    'lambda-functions': 'search-api',
    'audit-uri': 's3://nc-perf-audit/optimizer/',
    'signing-key-id': 'alias/driftgate-audit',
    ...extra,
  });

  it('drift report, apply, and the approval job', async () => {
    const report = await scenario('rightsizing', 'action report', { inputs: inputs(), env: AWS_ENV() });
    expect(report.code, report.stdout).toBe(1);
    expect(report.outputs.drift).toBe('true');
    const applied = await scenario('rightsizing', 'action apply', {
      inputs: inputs({ apply: 'true' }),
      env: AWS_ENV(),
    });
    expect(applied.code, applied.stdout).toBe(0);
    const approved = await scenario('rightsizing', 'action approved', {
      inputs: inputs({ apply: 'true', 'lambda-approved': 'true' }),
      env: AWS_ENV(),
    });
    expect(approved.code, approved.stdout).toBe(0);
    expect(JSON.parse(approved.outputs.changes as string).map((c: { action: string }) => c.action)).toEqual([
      'rightsizing.lambda.apply',
    ]);
  });
});

describe('CLI commands', () => {
  const AUDIT = ['--audit-uri', 's3://nc-perf-audit/optimizer/', '--signing-key-id', 'alias/driftgate-audit'];
  const RIGHTSIZING = [
    'rightsizing',
    '--ecs-services',
    'prod/checkout',
    '--lambda-functions',
    'checkout-api',
    ...AUDIT,
  ];

  it('rightsizing: drift report, --apply, and the approval job', async () => {
    expect((await cliScenario('rightsizing', 'report', RIGHTSIZING)).code).toBe(1);
    const applied = await cliScenario('rightsizing', 'apply', [...RIGHTSIZING, '--apply']);
    expect(applied.code, applied.out).toBe(0);
    const approved = await cliScenario('rightsizing', 'approved', [...RIGHTSIZING, '--apply', '--lambda-approved']);
    expect(approved.code, approved.out).toBe(0);
  });

  it('audit: append and verify', async () => {
    const a = await cliScenario('audit', 'append', ['audit', 'append', ...AUDIT, '--action', 'x', '--target', 'y']);
    expect(a.code, a.out).toBe(0);
    const v = await cliScenario('audit', 'verify', ['audit', 'verify', '--audit-uri', 's3://nc-perf-audit/optimizer/']);
    expect(v.code, v.out).toBe(0);
  });

  it('kpis: the evidence and the FinOps files of a month', async () => {
    const month = new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 7);
    const r = await cliScenario('kpis', 'month', [
      'kpis',
      '--month',
      month,
      '--evidence-uri',
      's3://nc-perf-results/daily/',
      '--finops-uri',
      's3://nc-finops/daily/',
    ]);
    expect(r.code, r.out).toBe(0);
  });
});

// ---------------------------------------------------------------------------------------------------------
// The proof
// ---------------------------------------------------------------------------------------------------------

describe('docs/iam.md matches what the actions do', () => {
  it('documents a policy and permission blocks for every action', () => {
    for (const a of ALL) expect(DOC.aws.has(a), `docs/iam.md: no policy JSON under "### ${a}"`).toBe(true);
    for (const a of ACTIONS)
      expect(DOC.github.get(a)?.length, `docs/iam.md: no permissions block under "### ${a}"`).toBeGreaterThan(0);
  });

  it.each(ALL)('%s: every AWS operation is known, documented, and within the documented resources', (action) => {
    const ops = registry.operations(action);
    const unknown = ops.filter((o) => o.operation.startsWith('UNKNOWN'));
    expect(
      unknown.map((o) => `${o.service} ${o.operation}`),
      'unclassified AWS requests',
    ).toEqual([]);
    const statements = (DOC.aws.get(action) ?? []).filter((s) => s.Effect === 'Allow');
    const granted = statements.flatMap((s) => list(s.Action));
    const missing = ops.flatMap((o) =>
      o.iamActions
        .filter((a) => !iamActionAllowed(a, granted))
        .map((a) => `${a} (for ${o.operation} in ${[...o.scenarios].join(', ')})`),
    );
    expect(missing, `IAM actions ${action} needs but docs/iam.md does not grant`).toEqual([]);
    const outside: string[] = [];
    for (const { scenario: name, req } of awsRequests.get(action) ?? []) {
      for (const a of awsOperation(req)?.iamActions ?? []) {
        const arn = resourceArn(req, a);
        if (!arn) continue;
        const ok = statements.some(
          (s) =>
            iamActionAllowed(a, list(s.Action)) &&
            list(s.Resource).some((res) => {
              let pattern = res;
              for (const [k, v] of Object.entries(placeholders(action))) pattern = pattern.split(k).join(v);
              return glob(pattern, arn);
            }),
        );
        if (!ok) outside.push(`${a} on ${arn} (${name})`);
      }
    }
    expect(outside, 'requests outside the documented Resource of their statement').toEqual([]);
  });

  it.each(ALL)('%s: the documented policy grants nothing the scenarios do not need', (action) => {
    const needed = registry.iamActions(action);
    const granted = (DOC.aws.get(action) ?? []).flatMap((s) => list(s.Action));
    const unused = granted.filter((g) => ![...needed].some((n) => iamActionAllowed(n, [g])));
    expect(unused, `docs/iam.md grants ${action} actions no scenario needs`).toEqual([]);
  });

  it('cab-waiver-check makes no AWS call at all', () => {
    expect(registry.operations('cab-waiver-check')).toEqual([]);
    expect(awsRequests.get('cab-waiver-check') ?? []).toEqual([]);
  });

  it.each(ACTIONS)(
    '%s: every GitHub call is allowed by its scenario block, and every block permission is used',
    (action) => {
      const blocks = DOC.github.get(action) ?? [];
      const calls = githubCalls.filter((c) => c.action === action);
      expect(calls.length, `no GitHub calls recorded for ${action}`).toBeGreaterThan(0);
      const problems: string[] = [];
      const used = new Map<string, Set<string>>(); // block -> "scope:level" used
      for (const c of calls) {
        const block = blocks.find((b) => b.title === c.block);
        if (!block) {
          problems.push(`docs/iam.md has no "# ${action}: ${c.block}" block (scenario ${c.scenario})`);
          continue;
        }
        const perm = githubPermission(c.method, c.path);
        if (!perm) {
          problems.push(`unknown GitHub route ${c.method} ${c.path} (${c.scenario}): add it to testkit GITHUB_ROUTES`);
          continue;
        }
        if (!grantsSatisfy(perm.needs, block.grants)) {
          problems.push(
            `${perm.route} (${c.scenario}) needs ${describeNeeds(perm.needs)}, not granted by "${c.block}"`,
          );
          continue;
        }
        const alternative = perm.needs.find((alt) => grantsSatisfy([alt], block.grants)) ?? [];
        const u = used.get(block.title) ?? new Set<string>();
        for (const g of alternative) u.add(`${g.scope}:${g.level}`);
        used.set(block.title, u);
      }
      for (const b of blocks) {
        if (!calls.some((c) => c.block === b.title)) {
          problems.push(`docs/iam.md block "${b.title}" has no scenario in this test`);
          continue;
        }
        const u = used.get(b.title) ?? new Set();
        for (const [scope, level] of Object.entries(b.grants)) {
          const needed =
            level === 'write' ? u.has(`${scope}:write`) : u.has(`${scope}:read`) || u.has(`${scope}:write`);
          if (!needed) problems.push(`"${b.title}" grants ${scope}: ${level} but no call of its scenarios needs it`);
        }
      }
      expect(problems).toEqual([]);
    },
  );
});

function describeNeeds(needs: GitHubGrant[][]): string {
  return needs.map((alt) => alt.map((g) => `${g.scope}: ${g.level}`).join(' + ')).join(' or ');
}
