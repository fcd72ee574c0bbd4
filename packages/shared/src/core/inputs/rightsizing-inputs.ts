/**
 * The inputs of the rightsizing action and the flags of `driftgate rightsizing` (PERF-003 §5 automatic
 * optimization on AWS's own engines): one list, so the action and the command read the same names, defaults and
 * descriptions (action.yml's inputs: are written from it).
 */
import { AUDIT_APPEND_INPUTS } from './audit-inputs.js';
import { type InputSpec, pickInputs } from './input-spec.js';

export const RIGHTSIZING_INPUTS = [
  {
    name: 'ecs-services',
    type: 'list',
    value: 'CLUSTER/SERVICE,...',
    description:
      'ECS services to scale with step-scaling policies on Application Auto Scaling, as cluster/service, comma-separated.',
  },
  {
    name: 'min-tasks',
    type: 'number',
    default: '1',
    value: 'N',
    description: 'Fewest tasks of each ECS service.',
  },
  {
    name: 'max-tasks',
    type: 'number',
    default: '10',
    value: 'N',
    description: 'Most tasks of each ECS service.',
  },
  {
    name: 'lambda-functions',
    type: 'list',
    value: 'NAME,...',
    description:
      'Lambda functions (names or ARNs) to propose one memory tier down for when average waste is above 25%.',
  },
  {
    name: 'apply',
    type: 'boolean',
    default: 'false',
    description:
      'Register the ECS target, policies and alarms where they drift (and Lambda proposals with lambda-approved).',
  },
  {
    name: 'lambda-approved',
    type: 'boolean',
    default: 'false',
    description:
      'Apply Lambda proposals too (with apply): only in the job behind the approval environment (docs/finops.md).',
  },
  {
    name: 'fail-on-drift',
    type: 'boolean',
    default: 'true',
    only: 'action',
    description:
      'Fail the step when an ECS service drifts and apply is false (the CLI exits 1). false: report only, read the drift output.',
  },
  {
    name: 'terraform-output',
    type: 'string',
    value: 'FILE',
    cliDefault: 'driftgate-rightsizing.tf',
    description:
      'Where to write the Terraform of the ECS scaling and the Lambda memory proposals. Default (empty) = driftgate-rightsizing.tf ($RUNNER_TEMP/driftgate/ in the action).',
  },
  ...pickInputs(AUDIT_APPEND_INPUTS, [
    'audit-uri',
    'aws-region',
    'signing-key-id',
    'signing-algorithm',
    'kms-key-id',
    'actor',
  ]),
] as const satisfies readonly InputSpec[];
