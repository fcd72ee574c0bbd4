/** The inputs of finops-report and `driftgate finops` (action.yml's inputs: are written from this list). */
import { NOW, QUIET } from './cli-spec.js';
import { RULES_INPUTS } from './drift-rules.js';
import { type InputSpec, pickInputs } from './input-spec.js';
import { VERIFY_INPUTS } from './post-deploy-verify.js';

export const FINOPS_INPUTS = [
  {
    name: 'date',
    type: 'string',
    value: 'YYYY-MM-DD',
    description: 'The day to report (UTC). Default (empty) = yesterday, the last complete day.',
  },
  {
    name: 'environments',
    type: 'list',
    default: 'prod',
    value: 'A,B',
    description: 'Values of the environment cost-allocation tag to report, comma-separated.',
  },
  {
    name: 'service-tag',
    type: 'line',
    default: 'service',
    value: 'KEY',
    description: 'Cost-allocation tag key naming the service (activate it in the Billing console).',
  },
  {
    name: 'env-tag',
    type: 'line',
    default: 'env',
    value: 'KEY',
    description: 'Cost-allocation tag key of the environment.',
  },
  {
    name: 'owner-tag',
    type: 'line',
    default: 'owner',
    value: 'KEY',
    description: 'Cost-allocation tag key of the owner.',
  },
  {
    name: 'cost-center-tag',
    type: 'line',
    default: 'cost_center',
    value: 'KEY',
    description: 'Cost-allocation tag key of the cost center.',
  },
  {
    name: 'cost-metric',
    type: 'choice',
    choices: ['UnblendedCost', 'AmortizedCost'],
    default: 'UnblendedCost',
    description:
      'The Cost Explorer metric: UnblendedCost (as billed) or AmortizedCost (reservations and savings plans spread).',
  },
  {
    name: 'budgets',
    type: 'json',
    value: 'JSON',
    description:
      'Monthly budgets in USD as a JSON object: {"checkout": 3000, "search/stg": 200} (service, or service/environment). Default (empty) = no budget, no budget alerts.',
  },
  {
    name: 'over-budget',
    type: 'percent',
    default: '10%',
    description:
      'A service whose projected month (month to date + forecast) exceeds its budget by more than this gets a ticket and a Slack message.',
  },
  {
    name: 'requests-metric',
    type: 'line',
    default: 'requests_total',
    value: 'METRIC',
    description: 'Request counter in the metric store, per service label (cost per 1k requests).',
  },
  {
    name: 'service-label',
    type: 'line',
    default: 'service',
    value: 'LABEL',
    description: 'Label of the service in the metric store.',
  },
  {
    name: 'environment-label',
    type: 'line',
    default: 'environment',
    value: 'LABEL',
    description: 'Label of the environment in the metric store.',
  },
  ...pickInputs(RULES_INPUTS, [
    'prometheus-url',
    'prometheus-headers',
    'amp-workspace-id',
    'amp-endpoint',
    'aws-region',
    'metrics-file',
  ]),
  {
    name: 's3-uri',
    type: 'string',
    value: 'S3-URI',
    description:
      'Where the report goes, e.g. s3://nc-finops/daily/ (stored as YYYYMMDD/finops_cost_daily.parquet, SSE-KMS, write-once). Default (empty) = local file only.',
  },
  ...pickInputs(VERIFY_INPUTS, ['kms-key-id']),
  {
    name: 'jira-url',
    type: 'url',
    only: 'action',
    description: 'Jira base URL for over-budget tickets (with jira-project and jira-token). Default (empty) = no Jira.',
  },
  ...pickInputs(VERIFY_INPUTS, ['jira-user', 'jira-token']),
  {
    name: 'jira-project',
    type: 'string',
    only: 'action',
    description: 'Jira project key of the over-budget tickets (one per service, environment and month).',
  },
  ...pickInputs(VERIFY_INPUTS, ['jira-issue-type']),
  {
    name: 'github-issue',
    type: 'boolean',
    default: 'false',
    only: 'action',
    description: 'Also file over-budget tickets as GitHub issues in this repository (needs issues write).',
  },
  {
    name: 'github-token',
    type: 'secret',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a workflow expression the runner fills in
    default: '${{ github.token }}',
    only: 'action',
    value: 'TOKEN',
    description: 'Token for the GitHub issues (issues write).',
  },
  {
    name: 'slack-webhook-url',
    type: 'secret',
    description: 'Slack incoming webhook for the over-budget message. Masked. Default (empty) = none.',
  },
  {
    name: 'max-pages',
    type: 'number',
    default: '50',
    value: 'N',
    description: 'Most pages read per Cost Explorer query (every query reads all its pages, or fails).',
  },
  {
    name: 'output-dir',
    type: 'string',
    value: 'DIR',
    cliDefault: 'driftgate-finops',
    description:
      'Directory for finops_cost_daily.parquet and finops_report.json. Default (empty) = $RUNNER_TEMP/driftgate.',
  },
  NOW,
  QUIET,
] as const satisfies readonly InputSpec[];
