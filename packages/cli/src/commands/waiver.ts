/**
 * driftgate waiver: the cab-waiver-check action from a terminal or any CI. Same options as the action's inputs,
 * as --flags; the GitHub context comes from --repository / --ref / --pull-request (default: GITHUB_REPOSITORY,
 * GITHUB_SHA). Tokens may come from the environment (GITHUB_TOKEN or GH_TOKEN, JIRA_TOKEN) to keep them out of
 * shell history.
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ConfigurationError } from '@driftgate/shared/errors';
import { type CliIO, type Command, EXIT } from '../command.js';
import { parseFlags } from '../flags.js';
import { cliGitHub, GITHUB_FLAGS } from '../github.js';

const FLAGS = {
  service: { type: 'string' },
  environment: { type: 'string' },
  'candidate-version': { type: 'string' },
  comparison: { type: 'string' },
  regressions: { type: 'string' },
  'max-drift': { type: 'string' },
  'waivers-path': { type: 'string' },
  'cab-team': { type: 'string' },
  label: { type: 'string' },
  'jira-url': { type: 'string' },
  'jira-user': { type: 'string' },
  'jira-token': { type: 'string' },
  'jira-jql': { type: 'string' },
  'jira-fields': { type: 'string' },
  'jira-approved-status': { type: 'string' },
  now: { type: 'string' },
  'output-dir': { type: 'string' },
  ...GITHUB_FLAGS,
  'summary-file': { type: 'string' },
  json: { type: 'boolean' },
  quiet: { type: 'boolean' },
} as const;

export const waiverCommand: Command = {
  name: 'waiver',
  summary: 'check that every regression is covered by a verified CAB waiver (files, PR label, Jira)',
  usage: `driftgate waiver (--comparison perf-comparison.json | --regressions '["metric"]' --max-drift 31.4)
    [--service NAME] [--environment prod] [--candidate-version V]      (default: from the comparison)
    [--waivers-path .github/perf-waivers] [--cab-team org/team-slug] [--label cab-waiver]
    [--github-token T] [--repository owner/repo] [--ref SHA] [--pull-request N]
    [--jira-url URL [--jira-user EMAIL] [--jira-token T] [--jira-jql JQL] [--jira-fields key=field,...]
     [--jira-approved-status Approved]]
    [--now RFC3339] [--output-dir DIR] [--summary-file FILE.md] [--json] [--quiet]
  Tokens default to $GITHUB_TOKEN (or $GH_TOKEN) and $JIRA_TOKEN; the GitHub API to $GITHUB_API_URL;
  --repository and --ref to $GITHUB_REPOSITORY and $GITHUB_SHA (no --ref: the default branch).
  Approval of file and label waivers is proven through the GitHub API (needs --cab-team and a token that can
  read the team); Jira waivers by their status.
  Exit status: 0 waived (or nothing to waive), 1 not waived, 2 usage or configuration error,
  3 waived but the comparison is still inconclusive.`,
  async run(argv: string[], io: CliIO): Promise<number> {
    const f = parseFlags(argv, FLAGS);
    const gh = await cliGitHub(f, io);
    const jiraToken = f['jira-token'] ?? io.env.JIRA_TOKEN;
    if (jiraToken) io.logger.secret(jiraToken);
    if (f['cab-team'] && gh.token && !gh.repo) {
      throw new ConfigurationError(
        '--cab-team needs --repository owner/repo (or $GITHUB_REPOSITORY): approvals are looked up in that repository.',
      );
    }

    const { runWaiverCheck } = await import('@driftgate/shared/waiver/check');
    const result = await runWaiverCheck(
      {
        service: f.service,
        environment: f.environment,
        candidateVersion: f['candidate-version'],
        defaultCandidateVersion: io.env.GITHUB_SHA ?? io.env.CI_COMMIT_SHA,
        comparison: f.comparison,
        regressions: f.regressions,
        maxDrift: f['max-drift'],
        waiversPath: f['waivers-path'],
        outputDir: f['output-dir'],
        cabTeam: f['cab-team'],
        label: f.label,
        github: gh.github,
        jira: f['jira-url']
          ? {
              url: f['jira-url'],
              user: f['jira-user'],
              token: jiraToken,
              jql: f['jira-jql'],
              fields: f['jira-fields'],
              approvedStatus: f['jira-approved-status'],
            }
          : undefined,
        now: f.now,
        cwd: io.cwd,
      },
      { logger: io.logger },
    );

    if (f['summary-file']) await writeFile(resolve(io.cwd, f['summary-file']), result.markdown);
    if (f.json) {
      io.out(
        JSON.stringify(
          {
            waived: result.waived,
            verdict: result.verdict,
            waiver: JSON.parse(result.waiver),
            reason: result.reason,
            comparisonPath: result.comparisonPath ?? null,
          },
          null,
          2,
        ),
      );
    } else if (!f.quiet) {
      io.out(result.text);
      if (result.comparisonPath) io.out(`Updated comparison: ${result.comparisonPath}`);
      if (!result.waived && !result.decision.nothingToWaive) io.out(`\nWhy not waived:\n${result.reason}`);
    }
    if (result.decision.nothingToWaive) return EXIT.ok;
    if (!result.waived) return EXIT.fail;
    return result.verdict === 'inconclusive' ? EXIT.inconclusive : EXIT.ok;
  },
};
