/**
 * The AWS side of rightsizing: Application Auto Scaling and CloudWatch for ECS, Lambda and Compute Optimizer for
 * Lambda. Clients are made on their first request (the SDK modules load only then), like aws.ts's others.
 */
import type { ApplicationAutoScalingClient } from '@aws-sdk/client-application-auto-scaling';
import type { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import type { ComputeOptimizerClient } from '@aws-sdk/client-compute-optimizer';
import type { LambdaClient } from '@aws-sdk/client-lambda';
import type { DeployedEcs, DesiredEcs } from '../core/rightsizing/ecs.js';
import type { LambdaUse } from '../core/rightsizing/lambda.js';
import { awsRequestHandler, lazyClient, type Sender } from './aws.js';
import { type AwsClientOptions, awsRegion } from './publish/s3.js';

const aasSdk = () => import('@aws-sdk/client-application-auto-scaling');
const cwSdk = () => import('@aws-sdk/client-cloudwatch');
const lambdaSdk = () => import('@aws-sdk/client-lambda');
const coSdk = () => import('@aws-sdk/client-compute-optimizer');

export type AutoScaling = Sender<ApplicationAutoScalingClient>;
export type CloudWatch = Sender<CloudWatchClient>;
export type Lambda = Sender<LambdaClient>;
export type ComputeOptimizer = Sender<ComputeOptimizerClient>;

const config = async (o: AwsClientOptions) => ({
  region: awsRegion(o.region),
  ...(o.endpoint ? { endpoint: o.endpoint } : {}),
  maxAttempts: 3,
  requestHandler: await awsRequestHandler(),
});

export function autoScalingClient(o: AwsClientOptions = {}): AutoScaling {
  return lazyClient(async () => new (await aasSdk()).ApplicationAutoScalingClient(await config(o)));
}
export function cloudWatchClient(o: AwsClientOptions = {}): CloudWatch {
  return lazyClient(async () => new (await cwSdk()).CloudWatchClient(await config(o)));
}
export function lambdaClient(o: AwsClientOptions = {}): Lambda {
  return lazyClient(async () => new (await lambdaSdk()).LambdaClient(await config(o)));
}
export function computeOptimizerClient(o: AwsClientOptions = {}): ComputeOptimizer {
  return lazyClient(async () => new (await coSdk()).ComputeOptimizerClient(await config(o)));
}

export async function readDeployedEcs(aas: AutoScaling, cw: CloudWatch, d: DesiredEcs): Promise<DeployedEcs> {
  const { DescribeScalableTargetsCommand, DescribeScalingPoliciesCommand } = await aasSdk();
  const { DescribeAlarmsCommand } = await cwSdk();
  const targets = await aas.send(
    new DescribeScalableTargetsCommand({
      ServiceNamespace: 'ecs',
      ResourceIds: [d.resourceId],
      ScalableDimension: d.scalableDimension,
    }),
  );
  const t = targets.ScalableTargets?.[0];
  const policies = await aas.send(
    new DescribeScalingPoliciesCommand({
      ServiceNamespace: 'ecs',
      ResourceId: d.resourceId,
      ScalableDimension: d.scalableDimension,
      PolicyNames: d.policies.map((p) => p.policyName),
    }),
  );
  const alarms = await cw.send(new DescribeAlarmsCommand({ AlarmNames: d.alarms.map((a) => a.alarmName) }));
  return {
    target: t ? { minCapacity: t.MinCapacity ?? 0, maxCapacity: t.MaxCapacity ?? 0 } : null,
    policies: new Map(
      (policies.ScalingPolicies ?? []).map((p) => {
        const c = p.StepScalingPolicyConfiguration;
        return [
          p.PolicyName ?? '',
          {
            arn: p.PolicyARN ?? '',
            ...(c?.AdjustmentType ? { adjustmentType: c.AdjustmentType } : {}),
            stepAdjustments: (c?.StepAdjustments ?? []).map((s) => ({
              ...(s.MetricIntervalLowerBound !== undefined
                ? { MetricIntervalLowerBound: s.MetricIntervalLowerBound }
                : {}),
              ...(s.MetricIntervalUpperBound !== undefined
                ? { MetricIntervalUpperBound: s.MetricIntervalUpperBound }
                : {}),
              ScalingAdjustment: s.ScalingAdjustment ?? 0,
            })),
            ...(c?.Cooldown !== undefined ? { cooldown: c.Cooldown } : {}),
            ...(c?.MetricAggregationType ? { metricAggregationType: c.MetricAggregationType } : {}),
          },
        ];
      }),
    ),
    alarms: new Map(
      (alarms.MetricAlarms ?? []).map((a) => [
        a.AlarmName ?? '',
        {
          ...(a.Namespace ? { namespace: a.Namespace } : {}),
          ...(a.MetricName ? { metricName: a.MetricName } : {}),
          dimensions: (a.Dimensions ?? []).map((x) => ({ Name: x.Name ?? '', Value: x.Value ?? '' })),
          ...(a.Statistic ? { statistic: a.Statistic } : {}),
          ...(a.Period !== undefined ? { period: a.Period } : {}),
          ...(a.EvaluationPeriods !== undefined ? { evaluationPeriods: a.EvaluationPeriods } : {}),
          ...(a.DatapointsToAlarm !== undefined ? { datapointsToAlarm: a.DatapointsToAlarm } : {}),
          ...(a.Threshold !== undefined ? { threshold: a.Threshold } : {}),
          ...(a.ComparisonOperator ? { comparisonOperator: a.ComparisonOperator } : {}),
          alarmActions: a.AlarmActions ?? [],
        },
      ]),
    ),
  };
}

/** Register the target, put both policies, then their alarms (each alarm's action is its policy's ARN). */
export async function applyEcs(aas: AutoScaling, cw: CloudWatch, d: DesiredEcs): Promise<{ policyArns: string[] }> {
  const { RegisterScalableTargetCommand, PutScalingPolicyCommand } = await aasSdk();
  const { PutMetricAlarmCommand } = await cwSdk();
  await aas.send(
    new RegisterScalableTargetCommand({
      ServiceNamespace: 'ecs',
      ResourceId: d.resourceId,
      ScalableDimension: d.scalableDimension,
      MinCapacity: d.minCapacity,
      MaxCapacity: d.maxCapacity,
    }),
  );
  const policyArns: string[] = [];
  for (const [i, p] of d.policies.entries()) {
    const out = await aas.send(
      new PutScalingPolicyCommand({
        PolicyName: p.policyName,
        ServiceNamespace: 'ecs',
        ResourceId: d.resourceId,
        ScalableDimension: d.scalableDimension,
        PolicyType: 'StepScaling',
        StepScalingPolicyConfiguration: {
          AdjustmentType: p.adjustmentType,
          StepAdjustments: p.stepAdjustments,
          Cooldown: p.cooldown,
          MetricAggregationType: p.metricAggregationType,
        },
      }),
    );
    if (!out.PolicyARN) throw new Error(`PutScalingPolicy ${p.policyName} on ${d.resourceId} returned no PolicyARN.`);
    policyArns.push(out.PolicyARN);
    const a = d.alarms[i];
    if (!a) continue;
    await cw.send(
      new PutMetricAlarmCommand({
        AlarmName: a.alarmName,
        AlarmDescription: `driftgate rightsizing (PERF-003 §5): ${p.policyName} of ${d.resourceId}`,
        Namespace: a.namespace,
        MetricName: a.metricName,
        Dimensions: a.dimensions,
        Statistic: a.statistic,
        Period: a.period,
        EvaluationPeriods: a.evaluationPeriods,
        DatapointsToAlarm: a.datapointsToAlarm,
        Threshold: a.threshold,
        ComparisonOperator: a.comparisonOperator,
        TreatMissingData: a.treatMissingData,
        AlarmActions: [out.PolicyARN],
      }),
    );
  }
  return { policyArns };
}

export async function readLambdaUse(lambda: Lambda, co: ComputeOptimizer, fn: string): Promise<LambdaUse> {
  const { GetFunctionConfigurationCommand } = await lambdaSdk();
  const { GetLambdaFunctionRecommendationsCommand } = await coSdk();
  const cfg = await lambda.send(new GetFunctionConfigurationCommand({ FunctionName: fn }));
  const arn = cfg.FunctionArn ?? fn;
  let rec: any;
  try {
    const out = await co.send(new GetLambdaFunctionRecommendationsCommand({ functionArns: [arn], maxResults: 1 }));
    rec = out.lambdaFunctionRecommendations?.[0];
  } catch (e) {
    // Not opted in to Compute Optimizer: no measured use (the proposal is then "no data").
    if ((e as Error).name !== 'OptInRequiredException') throw e;
  }
  const metric = (stat: string) =>
    (rec?.utilizationMetrics ?? []).find((m: any) => m.name === 'Memory' && m.statistic === stat)?.value ?? null;
  const options = [...(rec?.memorySizeRecommendationOptions ?? [])].sort(
    (a: any, b: any) => (a.rank ?? 0) - (b.rank ?? 0),
  );
  return {
    functionName: cfg.FunctionName ?? fn,
    functionArn: arn,
    memoryMb: cfg.MemorySize ?? 0,
    avgUsedMb: metric('Average'),
    maxUsedMb: metric('Maximum'),
    recommendedMb: options[0]?.memorySize ?? null,
    finding: rec?.finding ?? null,
  };
}

export async function applyLambdaMemory(lambda: Lambda, fn: string, memoryMb: number): Promise<void> {
  const { UpdateFunctionConfigurationCommand } = await lambdaSdk();
  await lambda.send(new UpdateFunctionConfigurationCommand({ FunctionName: fn, MemorySize: memoryMb }));
}
