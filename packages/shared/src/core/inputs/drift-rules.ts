/** The inputs of drift-rules (action.yml's inputs: are written from this list: npm run action-inputs). */
import { NOW } from './cli-spec.js';
import type { InputSpec } from './input-spec.js';

export const RULES_INPUTS = [
  {
    name: 'service',
    type: 'string',
    required: true,
    value: 'NAME',
    description: 'Value of the service label (required).',
  },
  {
    name: 'environment',
    type: 'string',
    default: 'prod',
    recorded: true,
    value: 'NAME',
    description: "Value of the environment label. Default (empty) = the recording's (metrics-file), else prod.",
  },
  {
    name: 'baseline-store',
    type: 'string',
    value: 'S3-URI',
    description:
      'S3 URI of the baseline store post-deploy-verify promotes to (s3://bucket/prefix/): its stable record gives the baseline version, its verified window and its promotion time. Ignored when baseline-version is set.',
  },
  {
    name: 'baseline-version',
    type: 'string',
    value: 'VERSION',
    description: 'Version label value of the last stable release (instead of baseline-store).',
  },
  {
    name: 'baseline-window',
    type: 'string',
    value: 'START..END',
    description:
      'With baseline-version, the window the baseline served in, START..END (RFC 3339, unix seconds, -2h, now).',
  },
  {
    name: 'promoted-at',
    type: 'string',
    value: 'TIME',
    description:
      'With baseline-version, when it became the baseline (RFC 3339 or unix seconds). Default the end of baseline-window (never now: a re-run on the same baseline changes nothing).',
  },
  {
    name: 'config',
    type: 'string',
    value: 'FILE',
    description: 'Config file. Default .github/driftgate.yml if present.',
  },
  {
    name: 'prometheus-url',
    type: 'url',
    description: 'Prometheus-compatible HTTP API the baseline values are measured from.',
  },
  {
    name: 'prometheus-headers',
    type: 'secret',
    value: 'HEADERS',
    env: ['DRIFTGATE_PROMETHEUS_HEADERS'],
    description: 'Extra HTTP headers for prometheus-url ("Name: value" lines or JSON); values are masked.',
  },
  {
    name: 'amp-workspace-id',
    type: 'string',
    value: 'ID',
    description:
      'Amazon Managed Service for Prometheus workspace to measure from (SigV4); also the default rules workspace.',
  },
  {
    name: 'amp-endpoint',
    type: 'url',
    description: "The AMP workspace's Prometheus endpoint, instead of amp-workspace-id.",
  },
  {
    name: 'aws-region',
    type: 'string',
    env: ['AWS_REGION'],
    description: 'AWS region. Default AWS_REGION.',
  },
  {
    name: 'metrics-file',
    type: 'string',
    value: 'FILE',
    description: 'A recording made by `driftgate record` to measure the baseline from, offline.',
  },
  {
    name: 'publish',
    type: 'choice',
    choices: ['file', 'amp', 'ruler'],
    default: 'file',
    description:
      'file (write output, GitOps), amp (rule groups namespace in rules-workspace-id) or ruler (Mimir / Cortex ruler-url).',
  },
  {
    name: 'output',
    type: 'string',
    value: 'FILE',
    description:
      "With publish file, the service's baseline rule file to write. Default ops/rules/driftgate-<service>-<environment>.yml.",
  },
  {
    name: 'fleet-output',
    type: 'string',
    value: 'FILE',
    description:
      'With publish file, the fleet rule file (recording rules and alerts for every service, the same for every service of one config). Default driftgate-fleet.yml next to output.',
  },
  {
    name: 'fleet-namespace',
    type: 'string',
    description: 'With publish amp or ruler, the namespace of the fleet rules. Default driftgate-fleet.',
  },
  {
    name: 'max-rules-per-group',
    type: 'number',
    value: 'N',
    description:
      "The most rules in one rule group (a ruler's limit, e.g. Mimir's ruler_max_rules_per_rule_group): larger groups are split into <name>, <name>:2, ... Default 20 with publish amp or ruler, no limit with file; 0 = no limit.",
  },
  {
    name: 'rules-workspace-id',
    type: 'string',
    value: 'ID',
    description: 'With publish amp, the AMP workspace that evaluates the rules. Default amp-workspace-id.',
  },
  {
    name: 'ruler-url',
    type: 'url',
    description: 'With publish ruler, the Mimir / Cortex base URL (…/prometheus/config/v1/rules/<namespace> is used).',
  },
  {
    name: 'ruler-headers',
    type: 'secret',
    value: 'HEADERS',
    description: 'Extra HTTP headers for the ruler (e.g. "X-Scope-OrgID: platform"); values are masked.',
  },
  {
    name: 'namespace',
    type: 'string',
    description: "AMP / ruler namespace of the service's baseline rules. Default driftgate-<service>-<environment>.",
  },
  {
    name: 'runbook-url',
    type: 'url',
    description:
      "Runbook page linked from every alert (the alert name is the anchor). Default driftgate's docs/production-watch.md.",
  },
  {
    name: 'grafana-url',
    type: 'url',
    description: 'Grafana base URL for the dashboard link in every alert (ops/dashboards/driftgate-service.json).',
  },
  {
    name: 'codedeploy-application',
    type: 'string',
    description:
      "CodeDeploy application of the service: a label of DriftgateLatencyRollback, so the SNS subscriber knows which deployment to stop (as post-deploy-verify's input of the same name).",
  },
  {
    name: 'codedeploy-deployment-group',
    type: 'string',
    description: 'CodeDeploy deployment group of the service (a label of DriftgateLatencyRollback).',
  },
  {
    name: 'dry-run',
    type: 'boolean',
    default: 'false',
    description: 'true = only print the diff against what is deployed; change nothing.',
  },
  NOW,
] as const satisfies readonly InputSpec[];
