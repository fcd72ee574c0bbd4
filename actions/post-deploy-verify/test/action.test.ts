/**
 * The BUNDLED action (dist/index.js, run as the runner runs it) on replayed bakes from a real Prometheus,
 * with CodeDeploy, S3, Jira, GitHub, Slack and Grafana as loopback fakes whose wire requests are asserted.
 * Build first: `npx tsc -b && node scripts/bundle.mjs post-deploy-verify`.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validate } from '@driftgate/shared';
import { verificationSchema } from '@driftgate/shared/schemas';
import { writeOpenMetrics } from '@driftgate/synth';
import { type FakeGitHubState, startFakeGitHub } from '@driftgate/testkit/fake-github';
import { fakeJiraIssue, startFakeJira } from '@driftgate/testkit/fake-jira';
import { type PrometheusServer, startPrometheus } from '@driftgate/testkit/prometheus';
import { type ActionRun, runAction } from '@driftgate/testkit/run-action';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BakeScenario,
  type BakeSpec,
  generateBake,
  makeBake,
  pastBakeStart,
} from '../../../bench/bake/src/bakes.js';
import {
  FAKE_AWS_ENV,
  type FakeCodeDeploy,
  type FakeS3,
  startFakeCodeDeploy,
  startFakeS3,
  startFakeTicketing,
} from '../../../packages/shared/test/bake/fakes.js';

const SEED = 4242;
const REPO = join(import.meta.dirname, '..', '..', '..');
const START = pastBakeStart();
const SPECS: BakeSpec[] = [
  { id: 'act-unchanged', kind: 'unchanged', expected: 'pass' },
  { id: 'act-p95x1.8', kind: 'latency-step', factor: 1.8, onsetAfter: 120, expected: 'rollback' },
  { id: 'act-drift', kind: 'drift', factor: 1.25, onsetAfter: 0, expected: 'ticket' },
  { id: 'act-p95x1.6', kind: 'latency-step', factor: 1.6, onsetAfter: 0, expected: 'rollback' },
  { id: 'act-errors', kind: 'error-surge', factor: 12, onsetAfter: 180, expected: 'rollback' },
  { id: 'act-spike', kind: 'spike', factor: 1.8, onsetAfter: 600, lengthSeconds: 180, expected: 'pass' },
  { id: 'act-gap', kind: 'scrape-gap', onsetAfter: 480, lengthSeconds: 720, expected: 'inconclusive' },
  // Issue 12: an unchanged release with a standing SLO violation, low-traffic write paths, a x1.35 drift.
  { id: 'act-standing', kind: 'unchanged', standingSlo: true, expected: 'pass' },
  { id: 'act-low-writes', kind: 'unchanged', writeRps: 0.5, expected: 'pass' },
  { id: 'act-thin-writes', kind: 'unchanged', writeRps: 0.05, expected: 'pass' },
  { id: 'act-drift135', kind: 'drift', factor: 1.35, onsetAfter: 0, expected: 'ticket' },
];
const PREVIOUS = { revisionType: 'AppSpecContent', appSpecContent: { content: '{"version":0.0}', sha256: 'abc' } };

describe('post-deploy-verify (bundled action)', () => {
  let prom: PrometheusServer;
  let dir: string;
  let s3: FakeS3;
  let cd: FakeCodeDeploy;
  let tickets: Awaited<ReturnType<typeof startFakeTicketing>>;
  const runs: ActionRun[] = [];
  const bakes: Record<string, BakeScenario> = {};

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'driftgate-pdv-'));
    SPECS.forEach((s, i) => {
      bakes[s.id] = makeBake(s, START, SEED + i);
    });
    const files = writeOpenMetrics(
      SPECS.map((s, i) => generateBake(bakes[s.id] as BakeScenario, SEED + i)),
      join(dir, 'om'),
    );
    prom = await startPrometheus({ openMetricsFiles: files.map((f) => f.path) });
    s3 = await startFakeS3();
    cd = await startFakeCodeDeploy([
      {
        deploymentId: 'd-ECSBLUEGREEN',
        status: 'InProgress',
        applicationName: 'shop',
        deploymentGroupName: 'prod',
        previousRevision: PREVIOUS,
      },
      {
        deploymentId: 'd-PASSING',
        status: 'Ready',
        applicationName: 'shop',
        deploymentGroupName: 'canary',
        previousRevision: PREVIOUS,
      },
      {
        deploymentId: 'd-EC2INPLACE',
        status: 'Succeeded',
        computePlatform: 'Server',
        applicationName: 'billing',
        deploymentGroupName: 'prod-fleet',
        createTime: 1_796_000_100,
        previousRevision: {
          revisionType: 'S3',
          s3Location: { bucket: 'artifacts', key: 'billing-v1.zip', bundleType: 'zip' },
        },
      },
    ]);
    tickets = await startFakeTicketing();
  }, 300_000);
  afterAll(async () => {
    await Promise.all([prom?.stop(), s3?.close(), cd?.close(), tickets?.close()]);
    for (const r of runs) await r.cleanup();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const act = async (
    id: string,
    inputs: Record<string, string>,
    env: Record<string, string> = {},
    extra: Partial<Parameters<typeof runAction>[1]> = {},
  ) => {
    const b = bakes[id] as BakeScenario;
    const r = await runAction('post-deploy-verify', {
      inputs: {
        'prometheus-url': prom.url,
        service: b.service,
        'baseline-version': b.baselineVersion,
        'candidate-version': b.candidateVersion,
        'bake-start': String(b.bakeStart),
        's3-uri': 's3://nc-perf-results/daily/',
        'kms-key-id': 'alias/perf-results',
        ...inputs,
      },
      env: {
        ...FAKE_AWS_ENV,
        AWS_ENDPOINT_URL_S3: s3.url,
        AWS_ENDPOINT_URL_CODEDEPLOY: cd.url,
        GITHUB_API_URL: tickets.url,
        ...env,
      },
      timeoutMs: 120_000,
      ...extra,
    });
    runs.push(r);
    return r;
  };
  /** stdout without the ::add-mask:: commands that register the secrets. */
  const unmasked = (r: ActionRun) =>
    r.stdout
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n');
  const evidence = async (r: ActionRun) => JSON.parse(await readFile(r.outputs['verification-path'] as string, 'utf8'));

  it('rolls back a sustained 1.8x p95 with StopDeployment(autoRollbackEnabled) and archives the evidence write-once', async () => {
    const r = await act('act-p95x1.8', { 'deployment-id': 'd-ECSBLUEGREEN' });
    expect(r.outputs.verdict, r.stdout).toBe('rollback');
    expect(r.code).toBe(1); // fail-on includes rollback by default
    expect(r.errors.join('\n')).toMatch(/verdict rollback/);
    expect(r.outputs['rollback-deployment-id']).toBe('d-ROLLBACK1');
    const stop = cd.requests.find((q) => String(q.headers['x-amz-target']).endsWith('.StopDeployment'));
    expect(stop?.json()).toEqual({ deploymentId: 'd-ECSBLUEGREEN', autoRollbackEnabled: true });
    expect(cd.calls()).not.toContain('CreateDeployment');

    const v = await evidence(r);
    expect(await validate(verificationSchema, v)).toEqual([]);
    expect(v.actions.rollback).toMatchObject({ mode: 'auto', action: 'stop-with-rollback', final_status: 'Succeeded' });
    const onset = (bakes['act-p95x1.8'] as BakeScenario).onset as number;
    expect(Date.parse(r.outputs['detected-at'] as string) / 1000 - onset).toBeLessThan(300);
    expect(Date.parse(v.decided_at) / 1000 - onset).toBeLessThanOrEqual(660);

    const day = new Date(START * 1000).toISOString().slice(0, 10).replace(/-/g, '');
    const key = `nc-perf-results/daily/${day}/bake-act-p95x1.8/prod/v2/perf_verification.json`;
    expect(r.outputs['s3-uri']).toBe(`s3://${key}`);
    const put = s3.puts().find((q) => q.path === `/${key}`)!;
    const local = await readFile(r.outputs['verification-path'] as string);
    expect(put.body.equals(local)).toBe(true);
    expect(put.headers['x-amz-server-side-encryption']).toBe('aws:kms');
    expect(put.headers['x-amz-server-side-encryption-aws-kms-key-id']).toBe('alias/perf-results');
    expect(put.headers['x-amz-checksum-sha256']).toBe(createHash('sha256').update(local).digest('base64'));
    expect(put.headers['if-none-match']).toBe('*');
    expect(r.summary).toMatch(/post-deploy-verify: rollback/);

    // A re-run of the job: no second rollback, and the first evidence is never overwritten.
    const again = await act('act-p95x1.8', { 'deployment-id': 'd-ECSBLUEGREEN' });
    expect(again.outputs.verdict).toBe('rollback');
    expect(cd.calls().filter((c) => c === 'StopDeployment' || c === 'CreateDeployment')).toEqual(['StopDeployment']);
    expect((await evidence(again)).actions.rollback).toMatchObject({
      action: 'already-rolled-back',
      rollback_deployment_id: 'd-ROLLBACK1',
    });
    expect(again.outputs['s3-uri']).toBe(`s3://${key.replace('perf_verification.json', 'perf_verification.2.json')}`);
    expect(s3.objects.get(key)?.body.equals(local)).toBe(true);
  });

  it('passes an unchanged release: promotes it to the baseline store, continues the deployment, annotates Grafana and tells Slack', async () => {
    const r = await act('act-unchanged', {
      'deployment-id': 'd-PASSING',
      'continue-on-pass': 'true',
      'slack-webhook-url': `${tickets.url}/slack/webhook`,
      'grafana-url': tickets.url,
      'grafana-token': 'glsa_fake',
    });
    expect(r.outputs.verdict, r.stdout).toBe('pass');
    expect(r.code).toBe(0);
    expect(cd.requests.find((q) => String(q.headers['x-amz-target']).endsWith('.ContinueDeployment'))?.json()).toEqual({
      deploymentId: 'd-PASSING',
      deploymentWaitType: 'TERMINATION_WAIT',
    });
    const stable = s3.objects.get('nc-perf-results/daily/baselines/bake-act-unchanged/prod/stable.json');
    expect(JSON.parse(stable?.body.toString() ?? '{}')).toMatchObject({
      version: 'v2',
      window: { start: START, end: START + 1800 },
    });
    const v = await evidence(r);
    expect(v.actions.promotion).toMatchObject({ status: 'promoted', version: 'v2' });
    const annotations = tickets.requests.filter((q) => q.path === '/api/annotations');
    expect(annotations).toHaveLength(2);
    expect(annotations[0]?.headers.authorization).toBe('Bearer glsa_fake');
    expect(annotations[0]?.json()).toMatchObject({
      time: START * 1000,
      tags: expect.arrayContaining(['driftgate', 'deploy', 'version:v2']),
    });
    expect(annotations[1]?.json()).toMatchObject({
      time: START * 1000,
      timeEnd: (START + 1800) * 1000,
      tags: expect.arrayContaining(['verdict:pass']),
    });
    const slack = tickets.requests.find((q) => q.path === '/slack/webhook');
    expect(slack?.json().text).toMatch(/post-deploy-verify: pass.*bake-act-unchanged/);
    expect(unmasked(r)).not.toContain('glsa_fake');

    // The next bake of this service finds its baseline in the store.
    const next = await act('act-unchanged', { 'baseline-version': '', 'candidate-version': 'v1', rollback: 'off' });
    expect(next.stdout).toMatch(/baseline store/);
    expect((await evidence(next)).baseline).toMatchObject({ version: 'v2' });
  });

  it('files deduplicated Jira and GitHub tickets for a 1.25x drift, without rolling back', async () => {
    const inputs = {
      'jira-url': tickets.url,
      'jira-user': 'perf-bot@example.com',
      'jira-token': 'jira-secret',
      'jira-project': 'PERF',
      'jira-labels': 'perf,release',
      'github-issue': 'true',
      'github-token': 'ghs_fake',
      rollback: 'dry-run',
    };
    const r = await act('act-drift', inputs);
    expect(r.outputs.verdict, r.stdout).toBe('ticket');
    expect(r.code).toBe(0); // ticket is not in the default fail-on
    expect(r.outputs['ticket-url']).toBe(`${tickets.url}/browse/PERF-1`);
    expect(tickets.issues).toHaveLength(1);
    const issue = tickets.issues[0];
    expect(issue.fields).toMatchObject({ project: { key: 'PERF' }, issuetype: { name: 'Bug' } });
    expect(issue.fields.labels).toEqual(expect.arrayContaining(['driftgate', 'perf', 'release']));
    expect(issue.fields.summary).toMatch(/bake-act-drift \(prod\) v2: .*latency_p95/);
    expect(issue.fields.description).toMatch(/\|\|tick\|\|/);
    const jiraCreate = tickets.requests.find((q) => q.path === '/rest/api/2/issue');
    expect(jiraCreate?.headers.authorization).toBe(
      `Basic ${Buffer.from('perf-bot@example.com:jira-secret').toString('base64')}`,
    );
    expect(tickets.ghIssues).toHaveLength(1);
    expect(tickets.ghIssues[0].labels.map((l: { name: string }) => l.name)).toEqual(
      expect.arrayContaining(['driftgate']),
    );
    const v = await evidence(r);
    expect(v.actions.rollback).toBeNull();
    expect(v.actions.tickets).toEqual([
      expect.objectContaining({ system: 'jira', created: true }),
      expect.objectContaining({ system: 'github', created: true }),
    ]);
    expect(unmasked(r)).not.toContain('jira-secret');

    const again = await act('act-drift', inputs);
    expect(again.outputs['ticket-url']).toBe(`${tickets.url}/browse/PERF-1`);
    expect(tickets.issues).toHaveLength(1);
    expect(tickets.ghIssues).toHaveLength(1);
    expect((await evidence(again)).actions.tickets.every((t: { created: boolean }) => !t.created)).toBe(true);
  });

  it('attaches perf_verification.json to the release ticket and the GitHub release; a re-run replaces them', async () => {
    const jira = await startFakeJira({
      issues: { 'REL-9': fakeJiraIssue('REL-9') },
      me: { accountId: 'bot', displayName: 'driftgate bot' },
      authorization: 'Bearer jira-pat-secret',
    });
    const state: FakeGitHubState = {
      tokenKind: 'installation',
      pageSize: 100,
      comments: {},
      releases: [{ id: 9, tag_name: 'v2', body: 'Release v2', assets: [] }],
    };
    const github = await startFakeGitHub(state);
    try {
      const run = () =>
        act(
          'act-unchanged',
          {
            rollback: 'off',
            promote: 'false',
            's3-uri': 's3://nc-perf-results/release/',
            // jira-url without jira-project: no drift tickets, the release ticket still gets the evidence.
            'jira-url': jira.url,
            'jira-token': 'jira-pat-secret',
            'release-tag': 'v2',
            'github-token': 'ghs_release',
          },
          { GITHUB_API_URL: github.url },
          { event: { head_commit: { message: 'Deploy v2 (REL-9)' } } },
        );
      const r = await run();
      expect(r.outputs.verdict, r.stdout).toBe('pass');
      expect(r.code).toBe(0);
      expect(r.outputs['release-ticket']).toBe('REL-9');
      expect(r.outputs['release-url']).toBe('https://github.com/acme/shop/releases/tag/v2');
      const issue = jira.state.issues['REL-9']!;
      expect(issue.attachments.map((a) => a.filename)).toEqual(['perf_verification-bake-act-unchanged-prod-v2.json']);
      expect(issue.attachments[0]?.body.equals(await readFile(r.outputs['verification-path'] as string))).toBe(true);
      expect(issue.comments).toHaveLength(1);
      expect(issue.comments[0]?.body).toMatch(
        /^h3\. ✅ driftgate post-deploy bake: \*pass\* for bake\\-act\\-unchanged \(prod\) v2/,
      );
      const rel = state.releases![0]!;
      expect(rel.assets.map((a) => a.name)).toEqual(['perf_verification-bake-act-unchanged-prod-v2.json']);
      expect(rel.body).toContain('- <!-- driftgate:row:verify:prod --> ✅ **post-deploy bake (prod): pass** — `v2`');
      expect(unmasked(r)).not.toContain('jira-pat-secret');

      const again = await run();
      expect(again.outputs['release-ticket']).toBe('REL-9');
      expect(issue.attachments).toHaveLength(1);
      expect(issue.comments).toHaveLength(1);
      expect(rel.assets).toHaveLength(1);
      expect(rel.body.match(/driftgate:row:verify:prod/g)).toHaveLength(1);
    } finally {
      await Promise.all([jira.close(), github.close()]);
    }
  });

  it('fails the job when S3 keeps failing, keeps the local file and tries the artifact', async () => {
    s3.failPuts(Number.POSITIVE_INFINITY);
    try {
      const r = await act('act-unchanged', {
        's3-uri': 's3://nc-perf-results/failing/',
        rollback: 'off',
        promote: 'false',
      });
      expect(r.outputs.verdict).toBe('pass');
      expect(r.code).toBe(1);
      expect(r.errors.join('\n')).toMatch(
        /uploading the evidence to S3 failed: S3 request for s3:\/\/nc-perf-results\/failing\/.* failed \(HTTP 500/,
      );
      expect(r.warnings.join('\n')).toMatch(/Workflow artifact not uploaded: not running on a GitHub Actions runner/);
      expect(r.outputs['s3-uri']).toBe('');
      expect((await evidence(r)).verdict).toBe('pass');
      expect(s3.puts().filter((q) => q.path.includes('/failing/')).length).toBe(5); // 1 + 4 retries
    } finally {
      s3.failPuts(0);
    }
  });

  it('writes the evidence as cancelled when the run is cancelled mid-bake', async () => {
    const sent = Date.now() + 2500; // the signal cannot come earlier: its timer starts after this line
    const r = await act(
      'act-unchanged',
      { 'bake-start': 'now', 'bake-duration': '10m', rollback: 'off', 's3-uri': 's3://nc-perf-results/cancel/' },
      {},
      { signalAfter: { ms: 2500, signal: 'SIGTERM' } },
    );
    const finished = Date.now();
    expect(r.outputs.verdict, r.stdout).toBe('cancelled');
    expect(r.code).toBe(1);
    const v = await evidence(r);
    expect(v.verdict).toBe('cancelled');
    expect(v.decided_at).toBeNull();
    expect(v.actions.promotion).toBeNull();
    expect(r.outputs['s3-uri']).toMatch(/^s3:\/\/nc-perf-results\/cancel\/.*perf_verification.json$/);
    // The bake ended when it was cancelled, not at its start: no tick was due yet (the first at +1m30s).
    expect(v.bake.ticks).toBe(0);
    const start = Date.parse(v.bake.start);
    const end = Date.parse(v.bake.end);
    expect(end).toBeGreaterThan(start);
    expect(end).toBeGreaterThanOrEqual(sent - 50);
    expect(end).toBeLessThanOrEqual(finished);
    expect(v.headline).toMatch(/^Cancelled after 0 tick\(s\)/);
  });

  it('an unreachable metric source at the start still leaves the evidence, inconclusive and saying why', async () => {
    const r = await act('act-unchanged', {
      'prometheus-url': 'http://127.0.0.1:9',
      'bake-start': 'now',
      'bake-duration': '2m',
      rollback: 'off',
      'fail-on': 'none',
      's3-uri': 's3://nc-perf-results/unreachable/',
    });
    expect(r.code).toBe(1); // whatever fail-on says
    expect(r.errors.join('\n')).toMatch(/the metric source could not be reached: .*127\.0\.0\.1:9/);
    expect(r.outputs.verdict, r.stdout).toBe('inconclusive');
    const v = await evidence(r);
    expect(await validate(verificationSchema, v)).toEqual([]);
    expect(v.finding).toMatchObject({ code: 'unreachable' });
    expect(v.headline).toMatch(/^Inconclusive: the metric source could not be reached for the baseline/);
    expect(v.bake.ticks).toBe(0);
    expect(v.actions).toMatchObject({ rollback: null, tickets: [], promotion: null });
    expect(r.outputs['s3-uri']).toMatch(/^s3:\/\/nc-perf-results\/unreachable\/.*perf_verification.json$/);
  }, 90_000);

  it('an output-dir under /proc is refused before the bake, naming the input', async () => {
    const r = await act('act-p95x1.8', { 'output-dir': '/proc/driftgate-x', rollback: 'dry-run', 's3-uri': '' });
    expect(r.code).toBe(1);
    expect(r.errors.join('\n')).toMatch(/Input "output-dir" is "\/proc\/driftgate-x": it is under \/proc/);
    expect(r.outputs.verdict).toBeUndefined();
    expect(r.stdout).not.toMatch(/Baking|FIRED/);
  });

  it('rolls back an error surge past the SLO of a finished EC2 in-place deployment with CreateDeployment of the previous revision', async () => {
    const r = await act('act-errors', {
      'codedeploy-application': 'billing',
      'codedeploy-deployment-group': 'prod-fleet',
    });
    expect(r.outputs.verdict, r.stdout).toBe('rollback');
    const v = await evidence(r);
    expect(v.events.find((e: { type: string }) => e.type === 'fired')).toMatchObject({
      rule: 'slo',
      metric: 'error_rate',
      action: 'rollback',
    });
    const onset = (bakes['act-errors'] as BakeScenario).onset as number;
    expect(Date.parse(v.first_detection_at) / 1000 - onset).toBeLessThan(300);
    expect(v.actions.rollback).toMatchObject({
      deployment_id: 'd-EC2INPLACE',
      action: 'redeploy-previous',
      final_status: 'Succeeded',
      compute_platform: 'Server',
    });
    const create = cd.requests.find((q) => String(q.headers['x-amz-target']).endsWith('.CreateDeployment'));
    expect(create?.json()).toMatchObject({
      applicationName: 'billing',
      deploymentGroupName: 'prod-fleet',
      revision: { revisionType: 'S3', s3Location: { key: 'billing-v1.zip' } },
      fileExistsBehavior: 'OVERWRITE',
    });
    expect(create?.json().description).toMatch(/^driftgate rollback of d-EC2INPLACE: error_rate violated its SLO/);
    expect(r.outputs['rollback-deployment-id']).toMatch(/^d-REDEPLOY/);
  });

  it.each([
    ['act-p95x1.6', 'rollback', 1],
    ['act-spike', 'pass', 0],
    ['act-gap', 'inconclusive', 1],
  ])('%s: %s (exit %i)', async (id, verdict, code) => {
    const r = await act(id, { rollback: 'dry-run', promote: 'false' });
    expect(r.outputs.verdict, r.stdout).toBe(verdict);
    expect(r.code).toBe(code);
    const v = await evidence(r);
    expect(await validate(verificationSchema, v)).toEqual([]);
    if (verdict === 'rollback') expect(v.actions.rollback).toMatchObject({ mode: 'dry-run', deployment_id: null });
    if (verdict === 'pass') {
      expect(v.events.some((e: { type: string }) => e.type === 'detected')).toBe(true); // seen, not acted on
      // The spike's breach cleared, and its detection with it: no detection is reported from before the
      // spike ended (only a breach still open at the end of the bake would be).
      expect(v.events.some((e: { type: string }) => e.type === 'cleared')).toBe(true);
      const b = bakes[id] as BakeScenario;
      const detected = r.outputs['detected-at'] as string;
      if (detected !== '')
        expect(Date.parse(detected) / 1000).toBeGreaterThan((b.onset as number) + (b.length as number));
    }
    if (verdict === 'inconclusive') {
      expect(v.headline).toMatch(/critical metrics could not be judged: latency_p95_read \(data in \d+% of ticks/);
      expect(JSON.parse(r.outputs['inconclusive-metrics'] as string)).toEqual(
        expect.arrayContaining(['latency_p95_read', 'error_rate']),
      );
    }
  });

  it('passes an unchanged release whose baseline violated an SLO too: the standing breach is listed, not a verdict', async () => {
    const r = await act('act-standing', { rollback: 'dry-run', promote: 'false' });
    expect(r.outputs.verdict, r.stdout).toBe('pass');
    expect(r.code).toBe(0);
    const breaches = JSON.parse(r.outputs['slo-breaches'] as string);
    expect(breaches.new).toEqual([]);
    expect(breaches.standing).toEqual([
      expect.objectContaining({ metric: 'latency_p95_read', objective: '<= 0.3', action: 'report' }),
    ]);
    expect(breaches.standing[0].value).toBeGreaterThan(0.3);
    expect(breaches.standing[0].baseline).toBeGreaterThan(0.3);
    expect(r.warnings.join('\n')).toMatch(/Standing SLO breach: latency_p95_read .* violates its SLO <= 0.3/);
    expect(r.summary).toMatch(/\| standing \| latency_p95_read \|/);
    const v = await evidence(r);
    expect(await validate(verificationSchema, v)).toEqual([]);
    expect(v).toMatchObject({ schema: 'driftgate.verification/v2', first_detection_at: null });
    expect(v.slo_breaches).toEqual(breaches);
  });

  it('judges a low-traffic write path on pooled windows, and lists it when even the whole bake is too thin', async () => {
    // ~150 writes per 5 minutes: each minute is too thin, so the evidence is pooled; the write path is judged.
    const low = await act('act-low-writes', { rollback: 'dry-run', promote: 'false' });
    expect(low.outputs.verdict, low.stdout).toBe('pass');
    expect(low.outputs['inconclusive-metrics']).toBe('[]');
    const lv = await evidence(low);
    const spans = lv.windows.map((w: any) => w.metrics.latency_p95_write?.span_seconds ?? 60);
    expect(Math.max(...spans)).toBeGreaterThan(60);
    expect(lv.windows.at(-1).metrics.latency_p95_write.sufficient).toBe(true);
    expect(lv.windows.at(-1).metrics.latency_p95_read.span_seconds).toBeUndefined(); // busy: its own minute

    // ~90 writes in the whole bake: only that metric is inconclusive; the verdict stands on the critical ones.
    const thin = await act('act-thin-writes', { rollback: 'dry-run', promote: 'false' });
    expect(thin.outputs.verdict, thin.stdout).toBe('pass');
    expect(thin.code).toBe(0);
    expect(JSON.parse(thin.outputs['inconclusive-metrics'] as string)).toEqual(['latency_p95_write']);
    expect(thin.warnings.join('\n')).toMatch(
      /latency_p95_write was not judged: too few events even pooled over the whole bake/,
    );
    const tv = await evidence(thin);
    expect(tv.inconclusive_metrics).toEqual([
      {
        metric: 'latency_p95_write',
        critical: false,
        reason: expect.stringMatching(/too few events/),
        finding: expect.objectContaining({ code: 'too-few-events' }),
      },
    ]);

    // The same bake with the write path declared critical: inconclusive, and the default fail-on fails the job.
    const critical = await act('act-thin-writes', {
      rollback: 'dry-run',
      promote: 'false',
      critical: 'latency_p95_read,latency_p95_write,error_rate',
    });
    expect(critical.outputs.verdict, critical.stdout).toBe('inconclusive');
    expect(critical.code).toBe(1);
    expect(critical.errors.join('\n')).toMatch(/critical metric could not be judged: latency_p95_write/);
  });

  it('tickets a x1.35 drift (below every rollback condition); fail-on "breach" is read as ticket with a warning', async () => {
    const r = await act('act-drift135', { rollback: 'dry-run', promote: 'false', 'fail-on': 'rollback,breach' });
    expect(r.outputs.verdict, r.stdout).toBe('ticket');
    expect(r.code).toBe(1);
    expect(r.warnings.join('\n')).toMatch(/Input "fail-on" lists "breach".*it is "ticket" now/);
    expect(r.errors.join('\n')).toMatch(/verdict ticket \(fail-on: rollback,ticket\)/);
    const v = await evidence(r);
    const fired = v.events.filter((e: { type: string }) => e.type === 'fired');
    expect(fired.length).toBeGreaterThan(0);
    expect(fired.every((e: { rule: string; action: string }) => e.rule === 'drift' && e.action === 'ticket')).toBe(
      true,
    );
    expect(Date.parse(r.outputs['detected-at'] as string) / 1000).toBeGreaterThanOrEqual(START);
  });

  it('refuses a bake-start far in the future and a bake longer than 24 h, before any query (issue 13)', async () => {
    const future = new Date((Math.floor(Date.now() / 1000) + 30 * 86400) * 1000).toISOString();
    const r = await act('act-unchanged', { 'bake-start': future, 's3-uri': '' });
    expect(r.code).toBe(1);
    expect(r.errors.join('\n')).toMatch(
      new RegExp(
        `Input "bake-start" is "${future.replace(/\./g, '\\.')}" .*in the future: .* at most 5m ahead .*give the deploy's finish time, "now", or a past time`,
      ),
    );
    expect(r.stderr).not.toMatch(/TimeoutOverflowWarning/);
    expect(r.outputs.verdict).toBeUndefined();
    const long = await act('act-unchanged', { 'bake-duration': '25h', 's3-uri': '' });
    expect(long.code).toBe(1);
    expect(long.errors.join('\n')).toMatch(
      /Input "bake-duration" is 1d1h: a bake lasts at most 1d; use a shorter duration/,
    );
    expect(long.outputs.verdict).toBeUndefined();
  });

  it('waits for a bake-start a few minutes ahead in bounded sleeps, and stops cleanly when cancelled', async () => {
    const soon = new Date((Math.floor(Date.now() / 1000) + 240) * 1000).toISOString();
    const r = await act(
      'act-unchanged',
      { 'bake-start': soon, 'bake-duration': '10m', rollback: 'off', 's3-uri': '' },
      {},
      { signalAfter: { ms: 2500, signal: 'SIGTERM' } },
    );
    expect(r.outputs.verdict, r.stdout).toBe('cancelled');
    expect(r.stderr).not.toMatch(/TimeoutOverflowWarning/);
    expect((await evidence(r)).bake.ticks).toBe(0);
  });

  it('replays a recording (metrics-file): the demo bake decides a rollback, dry-run', async () => {
    const r = await runAction('post-deploy-verify', {
      inputs: {
        'metrics-file': join(REPO, 'packages/cli/demo/bake-recording.json'),
        service: 'checkout-api',
        rollback: 'dry-run',
        'fail-on': 'none',
      },
    });
    runs.push(r);
    expect(r.code, r.stdout).toBe(0);
    expect(r.outputs).toMatchObject({
      verdict: 'rollback',
      'detected-at': '2026-11-20T14:05:00Z',
      'rollback-deployment-id': '',
    });
    const v = await evidence(r);
    expect(v).toMatchObject({ version: 'v1.42.0', decided_at: '2026-11-20T14:14:00Z', bake: { mode: 'replay' } });
  });

  it('fails fast, before any query, on a configuration mistake', async () => {
    const r = await act('act-unchanged', { rollback: 'auto' });
    expect(r.code).toBe(1);
    expect(r.errors.join('\n')).toMatch(/Input "rollback" is "auto" but no deployment is given/);
    await writeFile(join(dir, 'bad.yml'), 'bake:\n  ratio:\n    treshold: 2\n');
    const bad = await act('act-unchanged', { config: join(dir, 'bad.yml') });
    expect(bad.errors.join('\n')).toMatch(/bake.ratio: unknown key "treshold" \(did you mean "threshold"\?\)/);
  });
});
