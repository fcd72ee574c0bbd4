/** The flags of `driftgate kpis` (PERF-003 §9). */
import type { InputSpec } from './input-spec.js';

export const KPI_INPUTS = [
  {
    name: 'month',
    type: 'line',
    only: 'cli',
    value: 'YYYY-MM',
    description: 'The month to report (UTC). Default: the previous month.',
  },
  {
    name: 'evidence-uri',
    type: 'string',
    only: 'cli',
    value: 'S3-URI',
    description: "post-deploy-verify's s3-uri, e.g. s3://nc-perf-results/daily/ (its perf_verification.json files).",
  },
  {
    name: 'finops-uri',
    type: 'string',
    only: 'cli',
    value: 'S3-URI',
    description: "finops-report's s3-uri, e.g. s3://nc-finops/daily/ (its finops_cost_daily.parquet files).",
  },
  {
    name: 'aws-region',
    type: 'string',
    only: 'cli',
    env: ['AWS_REGION'],
    description: 'AWS region of the buckets. Default AWS_REGION.',
  },
  {
    name: 'output-dir',
    type: 'string',
    only: 'cli',
    value: 'DIR',
    cliDefault: 'driftgate-kpis',
    description: 'Directory of kpis.json and kpis.md.',
  },
] as const satisfies readonly InputSpec[];
