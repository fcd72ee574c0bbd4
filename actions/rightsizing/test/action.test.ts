/**
 * rightsizing end to end, as the runner runs it (node actions/rightsizing/dist/index.js with every action.yml
 * default injected; build and bundle first) against loopback fakes of Application Auto Scaling, CloudWatch,
 * Compute Optimizer and Lambda, and S3 + KMS for the signed audit log. Asserts the wire: a drift report reads only
 * and fails on drift; apply registers the ECS target, step policies and alarms but leaves Lambda memory alone;
 * only the approval job (apply + lambda-approved) changes it; every change and proposal is a signed log entry.
 */
import { readFileSync } from 'node:fs';
import { type ActionRun, runAction } from '@driftgate/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../../packages/cli/src/main.js';
import { type FakeKms, startFakeKms } from '../../../packages/shared/test/audit/fakes.js';
import { FAKE_AWS_ENV, type FakeS3, startFakeS3 } from '../../../packages/shared/test/bake/fakes.js';
import { type FakeControlPlane, startFakeControlPlane } from '../../../packages/shared/test/rightsizing/fakes.js';

const ARN = (name: string) => `arn:aws:lambda:eu-west-1:123456789012:function:${name}`;
let aws: FakeControlPlane;
let s3: FakeS3;
let kms: FakeKms;

beforeAll(async () => {
  [aws, s3, kms] = await Promise.all([
    startFakeControlPlane([
      {
        FunctionName: 'checkout-api',
        FunctionArn: ARN('checkout-api'),
        MemorySize: 1024,
        used: { avg: 300, max: 400 },
      },
      { FunctionName: 'search-api', FunctionArn: ARN('search-api'), MemorySize: 512, used: { avg: 450, max: 500 } },
    ]),
    startFakeS3(),
    startFakeKms(),
  ]);
});
afterAll(async () => {
  await Promise.all([aws?.close(), s3?.close(), kms?.close()]);
});

const env = () => ({
  ...FAKE_AWS_ENV,
  GITHUB_ACTOR: 'octocat',
  AWS_ENDPOINT_URL_APPLICATION_AUTO_SCALING: aws.url,
  AWS_ENDPOINT_URL_CLOUDWATCH: aws.url,
  AWS_ENDPOINT_URL_COMPUTE_OPTIMIZER: aws.url,
  AWS_ENDPOINT_URL_LAMBDA: aws.url,
  AWS_ENDPOINT_URL_S3: s3.url,
  AWS_ENDPOINT_URL_KMS: kms.url,
});
const inputs = (extra: Record<string, string> = {}) => ({
  'ecs-services': 'prod/checkout',
  'min-tasks': '2',
  'max-tasks': '8',
  'lambda-functions': 'checkout-api,search-api',
  'audit-uri': 's3://nc-perf-audit/optimizer/',
  'signing-key-id': 'alias/driftgate-audit',
  ...extra,
});

const WRITES = ['AAS.RegisterScalableTarget', 'AAS.PutScalingPolicy', 'CW.PutMetricAlarm', 'Lambda.PUT'];
async function step(extra: Record<string, string> = {}): Promise<{ run: ActionRun; calls: string[]; files: any }> {
  const from = aws.requests.length;
  const run = await runAction('rightsizing', { inputs: inputs(extra), env: env() });
  try {
    const files = {
      terraform: run.outputs['terraform-path'] ? readFileSync(run.outputs['terraform-path'], 'utf8') : '',
      report: run.outputs['report-path'] ? JSON.parse(readFileSync(run.outputs['report-path'], 'utf8')) : undefined,
    };
    return { run, calls: aws.calls().slice(from), files };
  } finally {
    await run.cleanup();
  }
}
const auditEntries = () =>
  [...s3.objects.entries()]
    .filter(([k]) => k.startsWith('nc-perf-audit/'))
    .sort()
    .map(([, o]) => JSON.parse(o.body.toString()));

describe('rightsizing (bundled action)', () => {
  it('drift report: reads only, writes the Terraform and the report, logs the proposal, fails on drift', async () => {
    const { run, calls, files } = await step();
    expect(run.stderr).not.toMatch(/error/i);
    expect(run.code).toBe(1);
    expect(run.errors).toEqual([expect.stringContaining('ECS scaling drifts from the rules')]);
    expect(calls.filter((c) => WRITES.includes(c))).toEqual([]);
    expect(calls).toEqual(
      expect.arrayContaining([
        'AAS.DescribeScalableTargets',
        'AAS.DescribeScalingPolicies',
        'CW.DescribeAlarms',
        'Lambda.GET',
        'CO.GetLambdaFunctionRecommendations',
      ]),
    );
    expect(aws.bodies('AAS.DescribeScalableTargets')[0]).toEqual({
      ServiceNamespace: 'ecs',
      ResourceIds: ['service/prod/checkout'],
      ScalableDimension: 'ecs:service:DesiredCount',
    });
    expect(run.outputs.drift).toBe('true');
    const changes = JSON.parse(run.outputs.changes as string);
    expect(changes).toEqual([
      {
        kind: 'proposal',
        action: 'rightsizing.lambda.propose',
        target: ARN('checkout-api'),
        actor: 'octocat',
        details: expect.objectContaining({ from: 1024, to: 512 }),
      },
    ]);
    expect(files.terraform).toContain('resource "aws_appautoscaling_target" "prod_checkout"');
    expect(files.terraform).toContain('memory_size = 512 # was 1024');
    expect(files.report.ecs[0]).toMatchObject({ resourceId: 'service/prod/checkout', applied: false });
    expect(files.report.ecs[0].drift.map((d: { code: string }) => d.code)).toContain('missing-target');
    expect(files.report.lambdas.map((l: any) => [l.functionName, l.finding.code])).toEqual([
      ['checkout-api', 'propose'],
      ['search-api', 'within-threshold'],
    ]);
    expect(run.summary).toContain('## driftgate rightsizing');
    expect(run.summary).toContain('**drift** (5)');
    expect(run.summary).toContain('awaiting approval');
    expect(auditEntries().map((e) => [e.seq, e.kind, e.action, e.actor])).toEqual([
      [1, 'proposal', 'rightsizing.lambda.propose', 'octocat'],
    ]);
    // Each entry signed with the KMS key.
    expect(kms.requests.filter((r) => String(r.headers['x-amz-target']).endsWith('.Sign'))).toHaveLength(1);
  });

  it('fail-on-drift false reports the drift without failing the step', async () => {
    const { run, calls } = await step({ 'fail-on-drift': 'false' });
    expect(run.code).toBe(0);
    expect(run.outputs.drift).toBe('true');
    expect(calls.filter((c) => WRITES.includes(c))).toEqual([]);
  });

  it('apply registers the target, the step policies and their alarms; Lambda memory waits for the approval', async () => {
    const { run, calls } = await step({ apply: 'true' });
    expect(run.code, run.stdout).toBe(0);
    expect(calls.filter((c) => WRITES.includes(c))).toEqual([
      'AAS.RegisterScalableTarget',
      'AAS.PutScalingPolicy',
      'CW.PutMetricAlarm',
      'AAS.PutScalingPolicy',
      'CW.PutMetricAlarm',
    ]);
    expect(aws.bodies('AAS.RegisterScalableTarget')[0]).toMatchObject({
      ServiceNamespace: 'ecs',
      ResourceId: 'service/prod/checkout',
      MinCapacity: 2,
      MaxCapacity: 8,
    });
    const [high, low] = aws.bodies('CW.PutMetricAlarm');
    expect(high).toMatchObject({ Threshold: 85, ComparisonOperator: 'GreaterThanThreshold', Period: 60 });
    expect(high.EvaluationPeriods * high.Period).toBe(300);
    expect(low).toMatchObject({ Threshold: 30, ComparisonOperator: 'LessThanThreshold' });
    expect(low.EvaluationPeriods * low.Period).toBe(3600);
    expect(aws.state.functions.get('checkout-api')?.MemorySize).toBe(1024);
    expect(JSON.parse(run.outputs.changes as string).map((c: any) => [c.kind, c.action])).toEqual([
      ['change', 'rightsizing.ecs.register'],
      ['proposal', 'rightsizing.lambda.propose'],
    ]);
    expect(run.summary).toContain('registered');

    // Deployed = desired: in sync, nothing written.
    const again = await step();
    expect(again.run.code).toBe(0);
    expect(again.run.outputs.drift).toBe('false');
    expect(again.calls.filter((c) => WRITES.includes(c))).toEqual([]);
  });

  it('the approval job (apply + lambda-approved) changes Lambda memory one tier down, logged and verifiable', async () => {
    const { run, calls } = await step({ apply: 'true', 'lambda-approved': 'true' });
    expect(run.code, run.stdout).toBe(0);
    expect(calls.filter((c) => WRITES.includes(c))).toEqual(['Lambda.PUT']);
    const put = aws.requests.filter((q) => q.method === 'PUT');
    expect(put.map((q) => [q.path, q.json()])).toEqual([
      ['/2015-03-31/functions/checkout-api/configuration', { MemorySize: 512 }],
    ]);
    expect(auditEntries().at(-1)).toMatchObject({
      kind: 'change',
      action: 'rightsizing.lambda.apply',
      target: ARN('checkout-api'),
      actor: 'octocat',
      details: { from: 1024, to: 512 },
    });
    expect(run.summary).toContain('**applied**');
    // The chain the action wrote verifies with the CLI.
    const out: string[] = [];
    const saved = { ...process.env };
    Object.assign(process.env, env());
    try {
      const code = await cli(['audit', 'verify', '--audit-uri', 's3://nc-perf-audit/optimizer/'], {
        out: (l) => out.push(l),
        err: (l) => out.push(l),
        cwd: process.cwd(),
      });
      expect(code, out.join('\n')).toBe(0);
    } finally {
      process.env = saved;
    }
    expect(out.join('\n')).toContain(`${auditEntries().length} entries, chain intact, every signature valid`);
  });

  it('refuses lambda-approved without apply, and no target at all, before any request', async () => {
    const from = aws.requests.length;
    const a = await step({ 'lambda-approved': 'true' });
    expect(a.run.code).toBe(1);
    expect(a.run.errors.join('\n')).toContain('Input "lambda-approved" is set without Input "apply"');
    const b = await step({ 'ecs-services': 'checkout' });
    expect(b.run.errors.join('\n')).toContain(
      'Input "ecs-services" has "checkout": expected cluster/service entries such as prod/checkout.',
    );
    expect(aws.requests.length).toBe(from);
  });
});
