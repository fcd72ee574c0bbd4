/** Terraform for the rightsizing (the reviewed, GitOps way to deploy it): pure text from the desired state. */
import type { DesiredEcs } from './ecs.js';
import type { LambdaFinding, LambdaUse } from './lambda.js';

const id = (s: string) => s.replace(/[^A-Za-z0-9_]/g, '_');
const str = (s: string) => JSON.stringify(s);

export function ecsTerraform(d: DesiredEcs): string {
  const name = id(`${d.service.cluster}_${d.service.service}`);
  const out = [
    `# driftgate rightsizing: ${d.resourceId} (PERF-003 §5). Application Auto Scaling does the scaling.`,
    `resource "aws_appautoscaling_target" ${str(name)} {`,
    `  service_namespace  = "ecs"`,
    `  resource_id        = ${str(d.resourceId)}`,
    `  scalable_dimension = ${str(d.scalableDimension)}`,
    `  min_capacity       = ${d.minCapacity}`,
    `  max_capacity       = ${d.maxCapacity}`,
    '}',
    '',
  ];
  d.policies.forEach((p, i) => {
    const a = d.alarms[i];
    const res = id(`${name}_${p.policyName}`);
    const step = p.stepAdjustments[0];
    out.push(
      `resource "aws_appautoscaling_policy" ${str(res)} {`,
      `  name               = ${str(p.policyName)}`,
      '  policy_type        = "StepScaling"',
      `  service_namespace  = aws_appautoscaling_target.${name}.service_namespace`,
      `  resource_id        = aws_appautoscaling_target.${name}.resource_id`,
      `  scalable_dimension = aws_appautoscaling_target.${name}.scalable_dimension`,
      '  step_scaling_policy_configuration {',
      `    adjustment_type         = ${str(p.adjustmentType)}`,
      `    cooldown                = ${p.cooldown}`,
      `    metric_aggregation_type = ${str(p.metricAggregationType)}`,
      '    step_adjustment {',
      ...(step?.MetricIntervalLowerBound !== undefined
        ? [`      metric_interval_lower_bound = ${step.MetricIntervalLowerBound}`]
        : []),
      ...(step?.MetricIntervalUpperBound !== undefined
        ? [`      metric_interval_upper_bound = ${step.MetricIntervalUpperBound}`]
        : []),
      `      scaling_adjustment          = ${step?.ScalingAdjustment}`,
      '    }',
      '  }',
      '}',
      '',
    );
    if (a)
      out.push(
        `resource "aws_cloudwatch_metric_alarm" ${str(res)} {`,
        `  alarm_name          = ${str(a.alarmName)}`,
        `  namespace           = ${str(a.namespace)}`,
        `  metric_name         = ${str(a.metricName)}`,
        `  dimensions          = { ${a.dimensions.map((x) => `${x.Name} = ${str(x.Value)}`).join(', ')} }`,
        `  statistic           = ${str(a.statistic)}`,
        `  period              = ${a.period}`,
        `  evaluation_periods  = ${a.evaluationPeriods}`,
        `  datapoints_to_alarm = ${a.datapointsToAlarm}`,
        `  threshold           = ${a.threshold}`,
        `  comparison_operator = ${str(a.comparisonOperator)}`,
        `  treat_missing_data  = ${str(a.treatMissingData)}`,
        `  alarm_actions       = [aws_appautoscaling_policy.${res}.arn]`,
        '}',
        '',
      );
  });
  return out.join('\n');
}

/** The memory_size change a proposal makes, for the function's Terraform (a pull request to the infra code). */
export function lambdaTerraform(u: LambdaUse, f: LambdaFinding): string {
  if (f.code !== 'propose') return '';
  return [
    `# driftgate rightsizing: ${u.functionName}: average memory use ${Math.round((1 - f.waste) * 100)}% of ${f.from} MB; one tier down.`,
    `# In the aws_lambda_function of ${u.functionArn}:`,
    `#   memory_size = ${f.to} # was ${f.from}`,
    '',
  ].join('\n');
}
