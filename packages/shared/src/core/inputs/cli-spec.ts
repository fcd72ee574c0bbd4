/**
 * Flags of the driftgate CLI that are no action input: the GitHub context a workflow run has by itself, the
 * recording, clock and output options, and the commands without an action (record, alertmanager, dashboards,
 * demo).
 */
import type { InputSpec } from './input-spec.js';

export const GITHUB_CONTEXT = [
  {
    name: 'repository',
    type: 'string',
    only: 'cli',
    value: 'owner/repo',
    env: ['GITHUB_REPOSITORY'],
    description: 'The repository of the pull request, the waiver files and the team lookups.',
  },
  {
    name: 'ref',
    type: 'string',
    only: 'cli',
    value: 'SHA',
    env: ['GITHUB_SHA'],
    description: 'The commit waiver files are read at (neither --ref nor $GITHUB_SHA: the default branch).',
  },
  {
    name: 'pull-request',
    type: 'number',
    only: 'cli',
    value: 'N',
    description: 'The pull request whose label waivers count.',
  },
] as const satisfies readonly InputSpec[];

export const RECORD = {
  name: 'record',
  type: 'string',
  only: 'cli',
  value: 'FILE',
  description: 'Also record every query response to FILE (driftgate.recording/v1), to judge offline later.',
} as const satisfies InputSpec;

export const NOW = {
  name: 'now',
  type: 'number',
  only: 'cli',
  value: 'TIME',
  description:
    'The clock, for replays and audits: unix seconds, RFC 3339 or relative to the real one (-2h). Default: now.',
} as const satisfies InputSpec;

export const QUIET = {
  name: 'quiet',
  type: 'boolean',
  only: 'cli',
  description: 'Print nothing but warnings and errors; the exit status is the result.',
} as const satisfies InputSpec;

const CONFIG = {
  name: 'config',
  type: 'string',
  only: 'cli',
  value: 'FILE',
  description:
    'Path of the config file, or builtin. Default: .github/driftgate.yml if it exists, else the built-in catalog.',
} as const satisfies InputSpec;

/** The recording `driftgate record` writes. */
export const RECORDING_OUTPUT = {
  name: 'output',
  type: 'string',
  only: 'cli',
  value: 'FILE',
  cliDefault: 'driftgate-recording.json',
  description: 'The recording to write.',
} as const satisfies InputSpec;

export const ALERTMANAGER_INPUTS = [
  {
    name: 'sns-critical-topic-arn',
    type: 'string',
    only: 'cli',
    value: 'ARN',
    description: 'The SNS topic of critical alerts (with sns-warning-topic-arn; or a webhook or Slack receiver).',
  },
  {
    name: 'sns-warning-topic-arn',
    type: 'string',
    only: 'cli',
    value: 'ARN',
    description: 'The SNS topic of warning alerts.',
  },
  {
    name: 'aws-region',
    type: 'string',
    only: 'cli',
    value: 'REGION',
    description: "The region of the SNS topics. Default: the topic ARN's.",
  },
  {
    name: 'sns-api-url',
    type: 'url',
    only: 'cli',
    value: 'URL',
    description: 'The SNS API URL (a VPC endpoint, tests).',
  },
  {
    name: 'webhook-critical-url',
    type: 'url',
    only: 'cli',
    description: 'A webhook receiving critical alerts (Alertmanager webhook JSON; with webhook-warning-url).',
  },
  {
    name: 'webhook-warning-url',
    type: 'url',
    only: 'cli',
    description: 'A webhook receiving warning alerts.',
  },
  {
    name: 'slack-api-url',
    type: 'secret',
    only: 'cli',
    value: 'URL',
    env: ['DRIFTGATE_SLACK_API_URL'],
    description:
      'The Slack incoming-webhook URL, a secret: written into the output file (mode 0600), so output is required; prefer slack-api-url-file. With the channels.',
  },
  {
    name: 'slack-api-url-file',
    type: 'string',
    only: 'cli',
    value: 'FILE',
    description: 'A file holding the Slack incoming-webhook URL, read by Alertmanager (api_url_file).',
  },
  {
    name: 'slack-critical-channel',
    type: 'string',
    only: 'cli',
    value: 'CHANNEL',
    description: 'The Slack channel of critical alerts, e.g. #oncall.',
  },
  {
    name: 'slack-warning-channel',
    type: 'string',
    only: 'cli',
    value: 'CHANNEL',
    description: 'The Slack channel of warning alerts, e.g. #perf-tickets.',
  },
  {
    name: 'format',
    type: 'choice',
    choices: ['plain', 'amp'],
    only: 'cli',
    cliDefault: 'plain',
    description: 'plain (an Alertmanager configuration) or amp (an AMP alert manager definition).',
  },
  CONFIG,
  {
    name: 'output',
    type: 'string',
    only: 'cli',
    value: 'FILE',
    description:
      'Where to write it (mode 0600 when it holds a secret: the Slack URL, a webhook password). Default: stdout, refused when the configuration would hold a secret.',
  },
] as const satisfies readonly InputSpec[];

export const DASHBOARDS_INPUTS = [
  CONFIG,
  {
    name: 'output-dir',
    type: 'string',
    only: 'cli',
    value: 'DIR',
    cliDefault: 'driftgate-dashboards',
    description: 'Directory of the dashboard JSON (ops/dashboards to refresh the copy in this repository).',
  },
] as const satisfies readonly InputSpec[];

export const DEMO_INPUTS = [
  {
    name: 'output-dir',
    type: 'string',
    only: 'cli',
    value: 'DIR',
    cliDefault: 'driftgate-demo',
    description: 'Directory of the demo reports.',
  },
] as const satisfies readonly InputSpec[];
