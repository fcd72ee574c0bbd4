/** The flags of `driftgate rightsizing` (PERF-003 §5 automatic optimization on AWS's own engines). */
import { AUDIT_APPEND_INPUTS } from './audit.js';
import { type InputSpec, pickInputs } from './spec.js';

export const RIGHTSIZING_INPUTS = [
  {
    name: 'ecs-services',
    type: 'list',
    only: 'cli',
    value: 'CLUSTER/SERVICE,...',
    description: 'ECS services to scale with step-scaling policies on Application Auto Scaling, as cluster/service.',
  },
  {
    name: 'min-tasks',
    type: 'number',
    only: 'cli',
    cliDefault: '1',
    value: 'N',
    description: 'Fewest tasks of each ECS service.',
  },
  {
    name: 'max-tasks',
    type: 'number',
    only: 'cli',
    cliDefault: '10',
    value: 'N',
    description: 'Most tasks of each ECS service.',
  },
  {
    name: 'lambda-functions',
    type: 'list',
    only: 'cli',
    value: 'NAME,...',
    description:
      'Lambda functions (names or ARNs) to propose one memory tier down for when average waste is above 25%.',
  },
  {
    name: 'apply',
    type: 'boolean',
    only: 'cli',
    description:
      'Register the ECS target, policies and alarms where they drift (and Lambda proposals with --lambda-approved).',
  },
  {
    name: 'lambda-approved',
    type: 'boolean',
    only: 'cli',
    description: 'Apply Lambda proposals too: only in the job behind the approval environment (docs/finops.md).',
  },
  {
    name: 'terraform-output',
    type: 'string',
    only: 'cli',
    value: 'FILE',
    cliDefault: 'driftgate-rightsizing.tf',
    description: 'Where to write the Terraform of the ECS scaling and the Lambda memory proposals.',
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
