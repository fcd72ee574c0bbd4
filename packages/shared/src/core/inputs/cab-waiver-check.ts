/** The inputs of cab-waiver-check (action.yml's inputs: are written from this list: npm run action-inputs). */
import { GITHUB_CONTEXT, QUIET } from './cli-spec.js';
import { githubToken } from './common-inputs.js';
import type { InputSpec } from './input-spec.js';

export const WAIVER_INPUTS = [
  {
    name: 'service',
    type: 'string',
    value: 'NAME',
    description:
      "Value of the service label of the release under test. Default (empty) = the comparison's service; required without comparison.",
  },
  {
    name: 'environment',
    type: 'string',
    value: 'NAME',
    description: "Value of the environment label. Default (empty) = the comparison's environment, else prod.",
  },
  {
    name: 'candidate-version',
    type: 'string',
    value: 'VERSION',
    description:
      "Version label value (or commit SHA) of the release under test. Default (empty) = the comparison's candidate version, else the head commit SHA of the run.",
  },
  {
    name: 'comparison',
    type: 'string',
    value: 'FILE',
    description:
      'Path of perf-comparison.json (the report-path output of perf-baseline-compare). Every metric with verdict regression (or waived) must be covered. Give this, or regressions + max-drift. Default (empty) = not used.',
  },
  {
    name: 'regressions',
    type: 'json',
    description:
      'JSON array of regressed metric ids (the regressions output of perf-baseline-compare), instead of comparison. Default (empty) = not used.',
  },
  {
    name: 'max-drift',
    type: 'string',
    value: 'PERCENT',
    description:
      "With regressions: the largest drift in percent, e.g. 31.4 (the max-drift output of perf-baseline-compare); it is checked against each waiver's max_drift for every regressed metric. Default (empty) = none (required with regressions).",
  },
  {
    name: 'waivers-path',
    type: 'string',
    value: 'PATH',
    description:
      'Folder (searched recursively for *.yml / *.yaml, one waiver per file) or single file of waiver records. Default (empty) = .github/perf-waivers (optional when absent).',
  },
  {
    name: 'cab-team',
    type: 'string',
    value: 'ORG/TEAM',
    description:
      'GitHub team whose active members approve waivers, as org/team-slug (e.g. acme/cab). Without it no file or label waiver can be proven. Reading team membership needs a token with organization members read access (GitHub App "Members: read" or read:org), which the workflow\'s GITHUB_TOKEN does not have. Default (empty) = none.',
  },
  {
    name: 'label',
    type: 'string',
    default: 'cab-waiver',
    description:
      'Label that marks a pull request carrying a label waiver (counts only when applied by a cab-team member).',
  },
  githubToken(
    'Token for the GitHub REST API (contents and pull-requests read on the repository; members read on the organization for cab-team).',
  ),
  {
    name: 'jira-url',
    type: 'url',
    description: 'Jira base URL, e.g. https://acme.atlassian.net. Default (empty) = Jira is not searched.',
  },
  {
    name: 'jira-user',
    type: 'string',
    description:
      'Jira user for basic auth (Jira Cloud - the account e-mail). Default (empty) = jira-token is sent as a Bearer token (Jira Data Center personal access token).',
  },
  {
    name: 'jira-token',
    type: 'secret',
    value: 'TOKEN',
    env: ['JIRA_TOKEN'],
    description: 'Jira API token or personal access token (masked in logs). Default (empty) = anonymous.',
  },
  {
    name: 'jira-jql',
    type: 'string',
    description:
      'JQL that finds approved waiver issues; {service}, {environment} and {version} are replaced by quoted values. Each issue\'s status must still be jira-approved-status. Default (empty) = project = CAB AND issuetype = "Perf Waiver" AND status = "Approved".',
  },
  {
    name: 'jira-fields',
    type: 'string',
    description:
      'Jira field ids of the waiver fields, as key=field_id pairs (comma or newline separated) or a JSON object; keys: service, environment, metrics, max_drift, versions, expires, approved_by, reason. Default (empty) = max_drift=customfield_10010, service=customfield_10011, environment=customfield_10012, metrics=customfield_10013, expires=customfield_10014, approved_by=customfield_10015, versions=fixVersions, reason=summary.',
  },
  {
    name: 'jira-approved-status',
    type: 'string',
    default: 'Approved',
    description: 'Status name a Jira waiver issue must be in to count as approved.',
  },
  {
    name: 'now',
    type: 'string',
    value: 'TIME',
    description:
      'Time at which expiry is judged (RFC 3339 or unix seconds), for replays, tests and audits. It can only make a waiver expire earlier: a waiver that has expired by the clock stays expired. Announced as a warning, in the summary and on the metrics of the updated comparison. Default (empty) = the clock.',
  },
  {
    name: 'output-dir',
    type: 'string',
    value: 'DIR',
    description:
      'Directory for the updated perf-comparison.json / .md written when comparison is given and everything is waived. Default (empty) = a waived/ folder next to the comparison.',
  },
  {
    name: 'fail-if-not-waived',
    type: 'boolean',
    default: 'true',
    only: 'action',
    description:
      'Fail the step when a regression is not covered by a verified waiver (the deploy is aborted). Set false to only report.',
  },
  ...GITHUB_CONTEXT,
  {
    name: 'summary-file',
    type: 'string',
    only: 'cli',
    value: 'FILE.md',
    description: 'Also write the Markdown summary to this file.',
  },
  {
    name: 'json',
    type: 'boolean',
    only: 'cli',
    description: 'Print the result as JSON (waived, verdict, waiver, reason, comparisonPath).',
  },
  QUIET,
] as const satisfies readonly InputSpec[];
