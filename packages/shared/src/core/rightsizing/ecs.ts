/**
 * ECS rightsizing on AWS's own engine (PERF-003 §5 "CPU > 85% 5 min → ECS task +1; CPU < 30% 1 h → −1"):
 * driftgate does not scale anything. It writes (and with --apply registers) an Application Auto Scaling
 * scalable target and two step-scaling policies, each triggered by a CloudWatch alarm on the service's average
 * CPUUtilization, and reports drift when what is deployed differs. The desired state and the comparison are
 * pure; the AWS calls are below them.
 */

export interface EcsService {
  cluster: string;
  service: string;
}

export interface ScalingRule {
  name: 'cpu-high' | 'cpu-low';
  /** Percent CPU. */
  threshold: number;
  comparison: 'GreaterThanThreshold' | 'LessThanThreshold';
  /** Seconds per datapoint and how many in a row (5 x 60 s = 5 min; 12 x 300 s = 1 h). */
  period: number;
  evaluationPeriods: number;
  adjustment: 1 | -1;
  /** Seconds after a scaling activity before the next. */
  cooldown: number;
}

/** The rules of PERF-003 §5. */
export const ECS_RULES: readonly ScalingRule[] = [
  {
    name: 'cpu-high',
    threshold: 85,
    comparison: 'GreaterThanThreshold',
    period: 60,
    evaluationPeriods: 5,
    adjustment: 1,
    cooldown: 300,
  },
  {
    name: 'cpu-low',
    threshold: 30,
    comparison: 'LessThanThreshold',
    period: 300,
    evaluationPeriods: 12,
    adjustment: -1,
    cooldown: 3600,
  },
];

export interface DesiredPolicy {
  policyName: string;
  adjustmentType: 'ChangeInCapacity';
  stepAdjustments: Array<{
    MetricIntervalLowerBound?: number;
    MetricIntervalUpperBound?: number;
    ScalingAdjustment: number;
  }>;
  cooldown: number;
  metricAggregationType: 'Average';
}

export interface DesiredAlarm {
  alarmName: string;
  namespace: 'AWS/ECS';
  metricName: 'CPUUtilization';
  dimensions: Array<{ Name: string; Value: string }>;
  statistic: 'Average';
  period: number;
  evaluationPeriods: number;
  datapointsToAlarm: number;
  threshold: number;
  comparisonOperator: ScalingRule['comparison'];
  treatMissingData: 'missing';
  /** The policy it triggers. */
  policyName: string;
}

export interface DesiredEcs {
  service: EcsService;
  resourceId: string;
  scalableDimension: 'ecs:service:DesiredCount';
  minCapacity: number;
  maxCapacity: number;
  policies: DesiredPolicy[];
  alarms: DesiredAlarm[];
}

export function resourceId(s: EcsService): string {
  return `service/${s.cluster}/${s.service}`;
}

export function desiredEcs(service: EcsService, min: number, max: number): DesiredEcs {
  const policies: DesiredPolicy[] = [];
  const alarms: DesiredAlarm[] = [];
  for (const r of ECS_RULES) {
    const policyName = `driftgate-${r.name}`;
    policies.push({
      policyName,
      adjustmentType: 'ChangeInCapacity',
      stepAdjustments: [
        r.adjustment > 0
          ? { MetricIntervalLowerBound: 0, ScalingAdjustment: r.adjustment }
          : { MetricIntervalUpperBound: 0, ScalingAdjustment: r.adjustment },
      ],
      cooldown: r.cooldown,
      metricAggregationType: 'Average',
    });
    alarms.push({
      alarmName: `driftgate-${service.cluster}-${service.service}-${r.name}`,
      namespace: 'AWS/ECS',
      metricName: 'CPUUtilization',
      dimensions: [
        { Name: 'ClusterName', Value: service.cluster },
        { Name: 'ServiceName', Value: service.service },
      ],
      statistic: 'Average',
      period: r.period,
      evaluationPeriods: r.evaluationPeriods,
      datapointsToAlarm: r.evaluationPeriods,
      threshold: r.threshold,
      comparisonOperator: r.comparison,
      treatMissingData: 'missing',
      policyName,
    });
  }
  return {
    service,
    resourceId: resourceId(service),
    scalableDimension: 'ecs:service:DesiredCount',
    minCapacity: min,
    maxCapacity: max,
    policies,
    alarms,
  };
}

/** What is deployed, as read from Application Auto Scaling and CloudWatch (null: absent). */
export interface DeployedEcs {
  target: { minCapacity: number; maxCapacity: number } | null;
  policies: Map<
    string,
    {
      arn: string;
      adjustmentType?: string;
      stepAdjustments: DesiredPolicy['stepAdjustments'];
      cooldown?: number;
      metricAggregationType?: string;
    }
  >;
  alarms: Map<
    string,
    {
      namespace?: string;
      metricName?: string;
      dimensions: Array<{ Name: string; Value: string }>;
      statistic?: string;
      period?: number;
      evaluationPeriods?: number;
      datapointsToAlarm?: number;
      threshold?: number;
      comparisonOperator?: string;
      alarmActions: string[];
    }
  >;
}

export type EcsDrift =
  | { code: 'missing-target' }
  | { code: 'capacity'; field: 'minCapacity' | 'maxCapacity'; deployed: number; desired: number }
  | { code: 'missing-policy'; policy: string }
  | { code: 'policy-differs'; policy: string; field: string }
  | { code: 'missing-alarm'; alarm: string }
  | { code: 'alarm-differs'; alarm: string; field: string };

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const sortDims = (d: Array<{ Name: string; Value: string }>) => [...d].sort((x, y) => x.Name.localeCompare(y.Name));

export function ecsDrift(desired: DesiredEcs, deployed: DeployedEcs): EcsDrift[] {
  const out: EcsDrift[] = [];
  if (!deployed.target) out.push({ code: 'missing-target' });
  else
    for (const field of ['minCapacity', 'maxCapacity'] as const)
      if (deployed.target[field] !== desired[field])
        out.push({ code: 'capacity', field, deployed: deployed.target[field], desired: desired[field] });
  for (const p of desired.policies) {
    const d = deployed.policies.get(p.policyName);
    if (!d) {
      out.push({ code: 'missing-policy', policy: p.policyName });
      continue;
    }
    if (d.adjustmentType !== p.adjustmentType)
      out.push({ code: 'policy-differs', policy: p.policyName, field: 'AdjustmentType' });
    if (!same(d.stepAdjustments, p.stepAdjustments))
      out.push({ code: 'policy-differs', policy: p.policyName, field: 'StepAdjustments' });
    if (d.cooldown !== p.cooldown) out.push({ code: 'policy-differs', policy: p.policyName, field: 'Cooldown' });
    if (d.metricAggregationType !== p.metricAggregationType)
      out.push({ code: 'policy-differs', policy: p.policyName, field: 'MetricAggregationType' });
  }
  for (const a of desired.alarms) {
    const d = deployed.alarms.get(a.alarmName);
    if (!d) {
      out.push({ code: 'missing-alarm', alarm: a.alarmName });
      continue;
    }
    const checks: Array<[string, unknown, unknown]> = [
      ['Namespace', d.namespace, a.namespace],
      ['MetricName', d.metricName, a.metricName],
      ['Dimensions', sortDims(d.dimensions), sortDims(a.dimensions)],
      ['Statistic', d.statistic, a.statistic],
      ['Period', d.period, a.period],
      ['EvaluationPeriods', d.evaluationPeriods, a.evaluationPeriods],
      ['DatapointsToAlarm', d.datapointsToAlarm, a.datapointsToAlarm],
      ['Threshold', d.threshold, a.threshold],
      ['ComparisonOperator', d.comparisonOperator, a.comparisonOperator],
    ];
    for (const [field, x, y] of checks) if (!same(x, y)) out.push({ code: 'alarm-differs', alarm: a.alarmName, field });
    const policyArn = deployed.policies.get(a.policyName)?.arn;
    if (!policyArn || !d.alarmActions.includes(policyArn))
      out.push({ code: 'alarm-differs', alarm: a.alarmName, field: 'AlarmActions' });
  }
  return out;
}
