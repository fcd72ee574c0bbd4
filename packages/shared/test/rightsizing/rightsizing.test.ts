/**
 * driftgate rightsizing through the CLI against loopback fakes of Application Auto Scaling, CloudWatch, Compute
 * Optimizer and Lambda (and S3 + KMS for the audit log): the reads, the drift, the registration on --apply, the
 * Lambda proposal held until the approval job, the Terraform, and every change and proposal in the signed log.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../../cli/src/main.js';
import { lambdaProposal, nextTierDown } from '../../src/core/rightsizing/lambda.js';
import { type FakeKms, startFakeKms } from '../audit/fakes.js';
import { FAKE_AWS_ENV, type FakeS3, startFakeS3 } from '../bake/fakes.js';
import { type FakeControlPlane, startFakeControlPlane } from './fakes.js';

let aws: FakeControlPlane;
let s3: FakeS3;
let kms: FakeKms;
let dir: string;
const saved = { ...process.env };
const ARN = (name: string) => `arn:aws:lambda:eu-west-1:123456789012:function:${name}`;

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
      { FunctionName: 'legacy', FunctionArn: ARN('legacy'), MemorySize: 2048 },
    ]),
    startFakeS3(),
    startFakeKms(),
  ]);
  Object.assign(process.env, FAKE_AWS_ENV, {
    AWS_ENDPOINT_URL_APPLICATION_AUTO_SCALING: aws.url,
    AWS_ENDPOINT_URL_CLOUDWATCH: aws.url,
    AWS_ENDPOINT_URL_COMPUTE_OPTIMIZER: aws.url,
    AWS_ENDPOINT_URL_LAMBDA: aws.url,
    AWS_ENDPOINT_URL_S3: s3.url,
    AWS_ENDPOINT_URL_KMS: kms.url,
  });
  dir = mkdtempSync(join(tmpdir(), 'driftgate-rightsizing-'));
});
afterAll(async () => {
  process.env = saved;
  await Promise.all([aws?.close(), s3?.close(), kms?.close()]);
  rmSync(dir, { recursive: true, force: true });
});

async function run(extra: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await cli(
    [
      'rightsizing',
      '--ecs-services',
      'prod/checkout',
      '--min-tasks',
      '2',
      '--max-tasks',
      '8',
      '--lambda-functions',
      'checkout-api,search-api,legacy',
      '--audit-uri',
      's3://nc-perf-audit/optimizer/',
      '--signing-key-id',
      'alias/driftgate-audit',
      '--actor',
      'octocat',
      ...extra,
    ],
    { out: (l) => out.push(l), err: (l) => err.push(l), cwd: dir },
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const WRITES = ['AAS.RegisterScalableTarget', 'AAS.PutScalingPolicy', 'CW.PutMetricAlarm', 'Lambda.PUT'];
const writes = (from: number) =>
  aws
    .calls()
    .slice(from)
    .filter((c) => WRITES.includes(c));
const auditEntries = () =>
  [...s3.objects.entries()]
    .filter(([k]) => k.startsWith('nc-perf-audit/'))
    .sort()
    .map(([, o]) => JSON.parse(o.body.toString()));

describe('driftgate rightsizing', () => {
  it('reports drift and writes Terraform, changing nothing without --apply', async () => {
    const r = await run([]);
    expect(r.err).toBe('');
    expect(r.code).toBe(1);
    expect(writes(0)).toEqual([]);
    expect(aws.bodies('AAS.DescribeScalableTargets')[0]).toEqual({
      ServiceNamespace: 'ecs',
      ResourceIds: ['service/prod/checkout'],
      ScalableDimension: 'ecs:service:DesiredCount',
    });
    expect(r.out).toContain('ECS service/prod/checkout: drift (5)');
    expect(r.out).toContain('no scalable target is registered');
    expect(r.out).toContain('Lambda checkout-api (1024 MB): propose 1024 MB → 512 MB (average memory waste 71%)');
    expect(r.out).toContain('Lambda search-api (512 MB): keep (average memory waste 12%');
    expect(r.out).toContain('Lambda legacy (2048 MB): no measured memory use');
    const tf = readFileSync(join(dir, 'driftgate-rightsizing.tf'), 'utf8');
    expect(tf).toContain('resource "aws_appautoscaling_target" "prod_checkout"');
    expect(tf).toContain('min_capacity       = 2');
    expect(tf).toContain('threshold           = 85');
    expect(tf).toContain('evaluation_periods  = 12');
    expect(tf).toContain('memory_size = 512 # was 1024');
    // The proposal is in the signed log.
    expect(auditEntries().map((e) => [e.seq, e.kind, e.action, e.details.to])).toEqual([
      [1, 'proposal', 'rightsizing.lambda.propose', 512],
    ]);
  });

  it('registers the target, the step policies and their alarms with --apply; Lambda waits for the approval', async () => {
    const from = aws.requests.length;
    const r = await run(['--apply']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(writes(from)).toEqual([
      'AAS.RegisterScalableTarget',
      'AAS.PutScalingPolicy',
      'CW.PutMetricAlarm',
      'AAS.PutScalingPolicy',
      'CW.PutMetricAlarm',
    ]);
    expect(aws.bodies('AAS.RegisterScalableTarget')[0]).toMatchObject({
      MinCapacity: 2,
      MaxCapacity: 8,
      ResourceId: 'service/prod/checkout',
    });
    const [high, low] = aws.bodies('AAS.PutScalingPolicy');
    expect(high).toMatchObject({
      PolicyName: 'driftgate-cpu-high',
      PolicyType: 'StepScaling',
      StepScalingPolicyConfiguration: {
        AdjustmentType: 'ChangeInCapacity',
        StepAdjustments: [{ MetricIntervalLowerBound: 0, ScalingAdjustment: 1 }],
        MetricAggregationType: 'Average',
      },
    });
    expect(low.StepScalingPolicyConfiguration.StepAdjustments).toEqual([
      { MetricIntervalUpperBound: 0, ScalingAdjustment: -1 },
    ]);
    const [aHigh, aLow] = aws.bodies('CW.PutMetricAlarm');
    // CPU > 85% for 5 minutes; CPU < 30% for 1 hour; each alarm triggers its policy.
    expect(aHigh).toMatchObject({
      Namespace: 'AWS/ECS',
      MetricName: 'CPUUtilization',
      Statistic: 'Average',
      Threshold: 85,
      ComparisonOperator: 'GreaterThanThreshold',
      Period: 60,
      EvaluationPeriods: 5,
      DatapointsToAlarm: 5,
    });
    expect(aLow).toMatchObject({
      Threshold: 30,
      ComparisonOperator: 'LessThanThreshold',
      Period: 300,
      EvaluationPeriods: 12,
    });
    expect(aLow.Period * aLow.EvaluationPeriods).toBe(3600);
    expect(aHigh.Dimensions).toEqual([
      { Name: 'ClusterName', Value: 'prod' },
      { Name: 'ServiceName', Value: 'checkout' },
    ]);
    expect(aHigh.AlarmActions).toEqual([aws.state.policies.get('service/prod/checkout|driftgate-cpu-high')?.PolicyARN]);
    expect(aws.state.functions.get('checkout-api')?.MemorySize).toBe(1024);
    expect(auditEntries().map((e) => [e.seq, e.kind, e.action])).toEqual([
      [1, 'proposal', 'rightsizing.lambda.propose'],
      [2, 'change', 'rightsizing.ecs.register'],
      [3, 'proposal', 'rightsizing.lambda.propose'],
    ]);

    // Deployed = desired: in sync, nothing written.
    const again = aws.requests.length;
    const r2 = await run([]);
    expect(r2.out).toContain('ECS service/prod/checkout: in sync');
    expect(r2.code).toBe(0);
    expect(writes(again)).toEqual([]);
  });

  it('reports drift when someone changes the deployed alarm', async () => {
    const alarm = aws.state.alarms.get('driftgate-prod-checkout-cpu-high') as Record<string, any>;
    alarm.Threshold = 90;
    const r = await run([]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('alarm driftgate-prod-checkout-cpu-high: Threshold differs');
    alarm.Threshold = 85;
  });

  it('applies the Lambda proposal in the approval job, one tier at a time, and the log verifies', async () => {
    const r = await run(['--apply', '--lambda-approved']);
    expect(r.code).toBe(0);
    expect(aws.bodies('Lambda.PUT')).toEqual([{ MemorySize: 512 }]);
    expect(aws.requests.find((q) => q.method === 'PUT')?.path).toBe('/2015-03-31/functions/checkout-api/configuration');
    expect(auditEntries().at(-1)).toMatchObject({
      kind: 'change',
      action: 'rightsizing.lambda.apply',
      target: ARN('checkout-api'),
      actor: 'octocat',
      details: { from: 1024, to: 512 },
    });
    const out: string[] = [];
    expect(
      await cli(['audit', 'verify', '--audit-uri', 's3://nc-perf-audit/optimizer/'], {
        out: (l) => out.push(l),
        err: () => {},
        cwd: dir,
      }),
    ).toBe(0);
    expect(out.join('\n')).toContain(`${auditEntries().length} entries, chain intact, every signature valid`);
  });

  it('proposes one tier down only with headroom for the measured maximum', () => {
    const use = { functionName: 'f', functionArn: 'a', memoryMb: 1024, recommendedMb: null, finding: null };
    expect(lambdaProposal({ ...use, avgUsedMb: 300, maxUsedMb: 450 })).toEqual({
      code: 'headroom',
      to: 512,
      maxUsedMb: 450,
    });
    expect(lambdaProposal({ ...use, avgUsedMb: 800, maxUsedMb: 900 }).code).toBe('within-threshold');
    expect(lambdaProposal({ ...use, memoryMb: 128, avgUsedMb: 20, maxUsedMb: 30 }).code).toBe('at-lowest-tier');
    expect(nextTierDown(3008)).toBe(2048);
    expect(nextTierDown(1000)).toBe(512);
  });

  it('refuses bad flags before any request', async () => {
    const before = aws.requests.length;
    const err: string[] = [];
    const code = await cli(['rightsizing', '--ecs-services', 'checkout', '--max-tasks', '3'], {
      out: () => {},
      err: (l) => err.push(l),
      cwd: dir,
    });
    expect(code).toBe(2);
    expect(err.join('\n')).toContain(
      '--ecs-services has "checkout": expected cluster/service entries such as prod/checkout.',
    );
    expect(aws.requests.length).toBe(before);
  });
});
