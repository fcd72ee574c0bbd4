/** The inputs of post-deploy-verify (action.yml's inputs: are written from this list: npm run action-inputs). */
import { QUIET, RECORD } from './cli-spec.js';
import { AMP_ENDPOINT, ENVIRONMENT, RELEASE_TICKET_PATTERN } from './common-inputs.js';
import type { InputSpec } from './input-spec.js';

export const VERIFY_INPUTS = [
  {
    name: 'service',
    type: 'line',
    required: true,
    value: 'NAME',
    description: 'Value of the service label of the deployed service (required).',
  },
  ENVIRONMENT,
  {
    name: 'candidate-version',
    type: 'line',
    value: 'VERSION',
    description: 'Version label value of the deployed release. Default (empty) = the commit SHA of the run.',
  },
  {
    name: 'baseline-version',
    type: 'line',
    value: 'VERSION',
    description:
      "Version label value of the last stable release. Default (empty) = the baseline store's stable record (baseline-store, else the s3-uri bucket/prefix).",
  },
  {
    name: 'baseline-window',
    type: 'string',
    value: 'START..END',
    description:
      "Time window of the baseline's data, START..END (RFC 3339, unix seconds or relative; relative times and \"now\" are relative to bake-start). Default (empty) = the baseline store record's verified window when the record holds the baseline version's baseline (the data its stored values came from: every rule judges against one baseline), else -1h..now, the hour before the bake.",
  },
  {
    name: 'baseline-store',
    type: 'string',
    value: 'S3-URI',
    description:
      'S3 URI of the baseline store (s3://bucket/prefix/): read for the baseline, and a passing version is promoted there (baselines/<service>/<environment>/stable.json). Default (empty) = the s3-uri bucket/prefix.',
  },
  {
    name: 'config',
    type: 'string',
    value: 'FILE',
    description:
      'Path of the config file (its bake section holds the rules). Default (empty) = .github/driftgate.yml if it exists, else built-in defaults.',
  },
  {
    name: 'prometheus-url',
    type: 'url',
    description: 'Base URL of a Prometheus-compatible HTTP API. Give exactly one source.',
  },
  {
    name: 'prometheus-headers',
    type: 'secret',
    value: 'HEADERS',
    env: ['DRIFTGATE_PROMETHEUS_HEADERS'],
    description:
      'Extra HTTP headers for prometheus-url, as a JSON object or "Name: value" lines. Values are masked. Default (empty) = none.',
  },
  {
    name: 'amp-workspace-id',
    type: 'string',
    value: 'ID',
    description:
      'Amazon Managed Service for Prometheus workspace id (ws-...), SigV4 with the default AWS credential chain.',
  },
  AMP_ENDPOINT,
  {
    name: 'aws-region',
    type: 'string',
    env: ['AWS_REGION'],
    description: 'AWS region for AMP, S3 and CodeDeploy. Default (empty) = AWS_REGION from the environment.',
  },
  {
    name: 'metrics-file',
    type: 'string',
    value: 'FILE',
    description: 'A recording (driftgate.recording/v1) to replay instead of a live source.',
  },
  {
    name: 'bake-duration',
    type: 'string',
    value: 'DURATION',
    description: "How long the bake lasts, at most 24h. Default (empty) = the config's bake.duration, 30m.",
  },
  {
    name: 'interval',
    type: 'string',
    value: 'DURATION',
    description: "Time between evaluations. Default (empty) = the config's bake.interval, 60s.",
  },
  {
    name: 'window',
    type: 'string',
    value: 'DURATION',
    description: "Trailing window of the drift judge (ticket rule). Default (empty) = the config's bake.window, 5m.",
  },
  {
    name: 'critical',
    type: 'string',
    value: 'METRICS|none',
    description:
      'Comma list of metric ids that must be judged; when one cannot be (no data, too few events even pooled over the whole bake), the verdict is inconclusive. Other metrics too thin to judge are only listed (output inconclusive-metrics). "none" = no critical metric. Default (empty) = the config\'s bake.critical, latency_p95_read,error_rate.',
  },
  {
    name: 'bake-start',
    type: 'string',
    default: 'now',
    recorded: true,
    value: 'TIME',
    description:
      'When the bake started (RFC 3339, unix seconds, "now" or relative such as "-20m"). In the past, the elapsed part is evaluated at once from stored data, then the bake continues live. At most 5 minutes in the future (clock skew). Default (empty) = the recording\'s bake start (metrics-file), else now.',
  },
  {
    name: 's3-uri',
    type: 'string',
    value: 'S3-URI',
    description:
      'Where the evidence goes, e.g. s3://nc-perf-results/daily/ (stored under YYYYMMDD/<service>/<environment>/<version>/perf_verification.json). Default (empty) = local file only.',
  },
  {
    name: 'kms-key-id',
    type: 'string',
    value: 'KEY',
    description:
      "KMS key (id, ARN or alias) for SSE-KMS. Default (empty) = the bucket's default KMS key (still aws:kms).",
  },
  {
    name: 'deployment-id',
    type: 'string',
    value: 'ID',
    description:
      'CodeDeploy deployment to roll back (d-XXXXXXXXX). Default (empty) = none, or the latest of codedeploy-application + codedeploy-deployment-group.',
  },
  {
    name: 'codedeploy-application',
    type: 'string',
    description: 'CodeDeploy application name, with codedeploy-deployment-group, when deployment-id is empty.',
  },
  {
    name: 'codedeploy-deployment-group',
    type: 'string',
    description: 'CodeDeploy deployment group name, with codedeploy-application.',
  },
  {
    name: 'rollback',
    type: 'choice',
    choices: ['auto', 'dry-run', 'off'],
    description:
      'auto (roll back on a rollback verdict), dry-run (record what would be done) or off. Default (empty) = auto when a deployment is given, else off.',
  },
  {
    name: 'rollback-timeout',
    type: 'string',
    default: '20m',
    value: 'DURATION',
    description: 'Longest wait for the rollback deployment to reach a final state.',
  },
  {
    name: 'continue-on-pass',
    type: 'boolean',
    default: 'false',
    description:
      'On pass, call ContinueDeployment (TERMINATION_WAIT) so an ECS/EC2 blue/green deployment finishes without waiting.',
  },
  {
    name: 'promote',
    type: 'boolean',
    default: 'true',
    flag: 'no-promote',
    negated: 'Do not promote a passing version to the baseline store (it stays out of later baselines).',
    description: 'On pass, promote the version to the baseline store.',
  },
  {
    name: 'fail-on',
    type: 'string',
    default: 'rollback,inconclusive',
    value: 'VERDICTS|none',
    description:
      'Comma list of verdicts that fail the step (rollback, ticket, inconclusive), or none (only operational failures - S3, rollback errors, cancellation - fail it). "breach" (v1) is read as ticket, with a warning. The default fails on a rollback and on a critical metric that could not be judged, never on pass.',
  },
  {
    name: 'jira-url',
    type: 'url',
    only: 'action',
    description:
      'Jira base URL (e.g. https://acme.atlassian.net) for drift tickets (with jira-project) and for attaching perf_verification.json to the release ticket. Default (empty) = no Jira.',
  },
  {
    name: 'jira-user',
    type: 'string',
    only: 'action',
    description:
      'Jira user (Cloud - the account email, used with jira-token as Basic auth). Empty = jira-token is a Bearer PAT.',
  },
  {
    name: 'jira-token',
    type: 'secret',
    only: 'action',
    value: 'TOKEN',
    description: 'Jira API token or personal access token (masked); required with jira-url. Default (empty) = none.',
  },
  {
    name: 'jira-project',
    type: 'string',
    only: 'action',
    description:
      'Jira project key for drift tickets. Default (empty) = no drift tickets in Jira (the release ticket still gets the evidence).',
  },
  {
    name: 'jira-issue-type',
    type: 'string',
    default: 'Bug',
    only: 'action',
    description: 'Jira issue type.',
  },
  {
    name: 'jira-labels',
    type: 'list',
    only: 'action',
    description: 'Extra Jira labels, comma-separated.',
  },
  {
    name: 'github-issue',
    type: 'boolean',
    default: 'false',
    only: 'action',
    description: 'Also file drift tickets as GitHub issues in this repository (needs issues write).',
  },
  {
    name: 'release-ticket',
    type: 'string',
    only: 'action',
    description:
      "Jira issue key of the release ticket (e.g. REL-123): perf_verification.json is attached (replacing this service/environment/version's earlier one) with one verdict comment. Needs jira-url. Default (empty) = found by release-ticket-pattern in the PR title, the branch name, the release name or the commit message.",
  },
  RELEASE_TICKET_PATTERN,
  {
    name: 'release-tag',
    type: 'string',
    only: 'action',
    description:
      "Tag of the GitHub release (drafts too) that gets perf_verification.json as an asset (a same-named asset is replaced) and the verdict in a marked section of its notes; needs contents write. Default (empty) = the release event's release, else none.",
  },
  {
    name: 'github-token',
    type: 'secret',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a workflow expression the runner fills in
    default: '${{ github.token }}',
    only: 'action',
    value: 'TOKEN',
    description: 'Token for GitHub issues (issues write) and the release assets and notes (contents write).',
  },
  {
    name: 'slack-webhook-url',
    type: 'secret',
    description: 'Slack incoming webhook for the verdict message. Masked. Default (empty) = none.',
  },
  {
    name: 'grafana-url',
    type: 'url',
    only: 'action',
    description: 'Grafana base URL for release annotations at the bake start and verdict. Default (empty) = none.',
  },
  {
    name: 'grafana-token',
    type: 'secret',
    only: 'action',
    description: 'Grafana service-account token (annotations:write). Masked.',
  },
  {
    name: 'grafana-dashboard-uid',
    type: 'string',
    only: 'action',
    description: 'Put the annotations on this dashboard only. Default (empty) = organization-wide, found by tags.',
  },
  {
    name: 'output-dir',
    type: 'string',
    value: 'DIR',
    cliDefault: 'driftgate-verify',
    description: 'Directory for perf_verification.json. Default (empty) = $RUNNER_TEMP/driftgate.',
  },
  RECORD,
  QUIET,
] as const satisfies readonly InputSpec[];
