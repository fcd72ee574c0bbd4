/** The inputs of perf-baseline-compare (action.yml's inputs: are written from this list: npm run action-inputs). */
import { GITHUB_CONTEXT, NOW, QUIET, RECORD } from './cli-spec.js';
import { AMP_ENDPOINT, ENVIRONMENT, githubToken, RELEASE_TICKET_PATTERN } from './common-inputs.js';
import type { InputSpec } from './input-spec.js';

export const COMPARE_INPUTS = [
  {
    name: 'service',
    type: 'line',
    required: true,
    value: 'NAME',
    description: 'Value of the service label of the service under test (required).',
  },
  ENVIRONMENT,
  {
    name: 'candidate-version',
    type: 'line',
    value: 'VERSION',
    description:
      'Version label value of the release under test (only a name when the config compares by window, labels.version none). Default (empty) = the head commit SHA of the run.',
  },
  {
    name: 'baseline-version',
    type: 'line',
    value: 'VERSION',
    description:
      'Version label value of the last stable release. Default (empty) = the baseline store record when baseline-store is set, else the latest non-prerelease GitHub release tag.',
  },
  {
    name: 'candidate-window',
    type: 'string',
    value: 'START..END',
    description:
      'Time window of the candidate\'s data, START..END, each side RFC 3339, unix seconds, "now" or relative ("-2h"). Default (empty) = -1h..now.',
  },
  {
    name: 'baseline-window',
    type: 'string',
    value: 'START..END',
    description:
      "Time window of the baseline's data, same format. Default (empty) = the baseline store record's window, else the candidate window.",
  },
  {
    name: 'baseline-store',
    type: 'string',
    value: 'S3-URI',
    description:
      'S3 URI of the baseline store written by post-deploy-verify (e.g. s3://nc-perf-results/daily/). When set and baseline-version is empty, the last release that passed its bake is the baseline. Default (empty) = not used.',
  },
  {
    name: 'config',
    type: 'string',
    value: 'FILE',
    description:
      'Path of the config file, or builtin (the built-in PERF-003 catalog even where .github/driftgate.yml exists). Default (empty) = .github/driftgate.yml if it exists, else the built-in PERF-003 catalog.',
  },
  {
    name: 'prometheus-url',
    type: 'url',
    description:
      'Base URL of a Prometheus-compatible HTTP API (Prometheus, Thanos, Mimir, VictoriaMetrics). Give exactly one source.',
  },
  {
    name: 'prometheus-headers',
    type: 'secret',
    value: 'HEADERS',
    env: ['DRIFTGATE_PROMETHEUS_HEADERS'],
    description:
      'Extra HTTP headers for prometheus-url, as a JSON object or "Name: value" lines (e.g. X-Scope-OrgID, Authorization). Every value (X-Scope-OrgID too), its Base64 form and the token of a Bearer/Basic value are masked and redacted from logs, errors, the summary and the reports. Default (empty) = none.',
  },
  {
    name: 'amp-workspace-id',
    type: 'string',
    value: 'ID',
    description:
      'Amazon Managed Service for Prometheus workspace id (ws-...); requests are SigV4-signed with the default AWS credential chain.',
  },
  AMP_ENDPOINT,
  {
    name: 'aws-region',
    type: 'string',
    env: ['AWS_REGION'],
    description:
      'AWS region for AMP and S3. Default (empty) = AWS_REGION from the environment (configure-aws-credentials sets it).',
  },
  {
    name: 'metrics-file',
    type: 'string',
    value: 'FILE',
    description:
      'A recording (driftgate.recording/v1, made by `driftgate record`) to judge offline instead of a live source.',
  },
  {
    name: 'tolerance',
    type: 'percent',
    description:
      'Relative tolerance for every metric without its own, with a percent sign ("10%") or as a fraction below 1 (0.1). A bare number of 1 or more ("10") is refused as ambiguous; above 100% warns. Default (empty) = the config\'s tolerance, 10%.',
  },
  {
    name: 'method',
    type: 'choice',
    choices: ['drift-interval', 'mean-threshold', 'mann-whitney', 'newey-west'],
    description:
      "Judge method: drift-interval (statistical, default), mean-threshold (PERF-003 literal), mann-whitney (Kayenta-style) or newey-west (the reference test: Newey-West z test of drift > tolerance, Holm). Default (empty) = the config's method.",
  },
  {
    name: 'waiver',
    type: 'json',
    description:
      'JSON of the CAB waiver(s) to apply, exactly the `waiver` output of cab-waiver-check. It is only a pointer: each waiver is re-read from its source (waiver file, PR label) and its approval re-proven in this run with the same proof cab-waiver-check runs, which needs cab-team and a github-token that can read the team; a waiver given without them is refused, and one that cannot be proven is never applied (docs/waivers.md). Default (empty) = none.',
  },
  {
    name: 'cab-team',
    type: 'string',
    value: 'ORG/TEAM',
    description:
      'GitHub team (org/team-slug) whose active members approve waivers: needed to prove the waiver input (see cab-waiver-check). Default (empty) = none (a waiver input is then refused).',
  },
  {
    name: 'waiver-label',
    type: 'string',
    default: 'cab-waiver',
    description: 'Label of label waivers, as in cab-waiver-check.',
  },
  {
    name: 'timeout',
    type: 'duration',
    description:
      'Overall deadline for the run\'s queries, such as "5m" or "90s" (at most 6h): no attempt starts or runs past it, and the error then says this deadline was hit. Each attempt is also limited to 20 s. Default (empty) = 5m.',
  },
  {
    name: 'on-inconclusive',
    type: 'choice',
    choices: ['fail', 'pass'],
    description:
      'What an inconclusive result (missing or too little data) does: fail or pass. Default (empty) = fail (the gate fails closed). With comparison, the comparison keeps its own setting and pass only stops this step from failing.',
  },
  {
    name: 'slo',
    type: 'choice',
    choices: ['fail', 'warn'],
    description:
      "What a new SLO breach does: fail or warn. A breach is new when the candidate breaches an SLO its baseline met (both read the same way: driftgate's estimate, and for a latency quantile also Prometheus' histogram_quantile), and it counts only when the candidate's interval lies beyond the objective (noise at the objective does not fail). A standing breach (the baseline breached it too) is listed, never failed. Default (empty) = the config's slo:, else fail.",
  },
  {
    name: 'fail-on-regression',
    type: 'boolean',
    default: 'true',
    only: 'action',
    description:
      'Fail the step when the verdict is fail. Set false to only report (the check run still shows failure).',
  },
  {
    name: 'comment',
    type: 'boolean',
    default: 'true',
    only: 'action',
    description: 'On pull_request events, keep one sticky PR comment with the report up to date.',
  },
  {
    name: 'upload-artifact',
    type: 'boolean',
    default: 'true',
    only: 'action',
    description: 'Upload perf-comparison.json and perf-comparison.md as a workflow artifact.',
  },
  {
    name: 'artifact-name',
    type: 'string',
    default: 'perf-comparison',
    only: 'action',
    description: 'Name of the workflow artifact.',
  },
  {
    name: 'output-dir',
    type: 'string',
    value: 'DIR',
    cliDefault: 'driftgate-report',
    description: 'Directory for perf-comparison.json and .md. Default (empty) = $RUNNER_TEMP/driftgate.',
  },
  {
    name: 'check-run',
    type: 'boolean',
    default: 'false',
    only: 'action',
    description:
      'Create a check run "driftgate / <service>" on the head commit (conclusion success, failure or neutral by the gate\'s decision; the report as its output; one annotation per failing metric on the config file). Needs checks write on github-token.',
  },
  {
    name: 'comparison',
    type: 'string',
    only: 'action',
    value: 'FILE',
    description:
      "Path of a finished perf-comparison.json to publish instead of comparing (no query is sent): the fork-safe workflow_run pattern downloads the pull request run's artifact and reports it here with a write token. The pull request and head commit then come from the workflow_run event. service must match the comparison's. Default (empty) = compare.",
  },
  {
    name: 'release-ticket',
    type: 'string',
    only: 'action',
    description:
      "Jira issue key of the release ticket (e.g. REL-123) to attach the comparison to (perf-comparison.json and .md, replacing this service/environment/version's earlier ones, plus one verdict comment). Needs jira-url. Default (empty) = found by release-ticket-pattern in the PR title, the branch name, the release name or the commit message.",
  },
  RELEASE_TICKET_PATTERN,
  {
    name: 'jira-url',
    type: 'url',
    only: 'action',
    description:
      'Jira base URL for the release ticket, e.g. https://acme.atlassian.net. Default (empty) = nothing is attached to Jira.',
  },
  {
    name: 'jira-user',
    type: 'string',
    only: 'action',
    description:
      'Jira user for basic auth (Jira Cloud - the account e-mail). Default (empty) = jira-token is sent as a Bearer token (Data Center personal access token).',
  },
  {
    name: 'jira-token',
    type: 'secret',
    only: 'action',
    value: 'TOKEN',
    description:
      'Jira API token or personal access token (masked in logs); required with jira-url. Default (empty) = none.',
  },
  {
    name: 'release-tag',
    type: 'string',
    only: 'action',
    description:
      "Tag of the GitHub release (drafts too) that gets perf-comparison.json and .md as assets (same-named assets replaced) and the verdict in a marked section of its notes; needs contents write. On release events the event's release is used without it. Default (empty) = the release event's release, else none.",
  },
  githubToken(
    'Token for the GitHub API: contents read (latest-release lookup), pull-requests write (sticky comment), checks write (check-run), contents write (release assets and notes).',
  ),
  ...GITHUB_CONTEXT,
  RECORD,
  NOW,
  QUIET,
] as const satisfies readonly InputSpec[];
