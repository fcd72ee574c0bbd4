/**
 * driftgate waiver: the cab-waiver-check action from a terminal or any CI. Same options as the action's inputs,
 * as --flags; the GitHub context comes from --repository / --ref / --pull-request (default: GITHUB_REPOSITORY,
 * GITHUB_SHA). Tokens may come from the environment (GITHUB_TOKEN or GH_TOKEN, JIRA_TOKEN) to keep them out of
 * shell history.
 */
import { resolve } from 'node:path';
import { ConfigurationError, checkOutputFile, writeOutputFile } from '@driftgate/shared';
import { WAIVER_INPUTS } from '@driftgate/shared/inputs';
import { defineCommand, EXIT } from '../command.js';
import { cliGitHub } from '../github.js';
import { referFlag } from '../options.js';

export const waiverCommand = defineCommand({
  name: 'waiver',
  summary: 'check that every regression is covered by a verified CAB waiver (files, PR label, Jira)',
  inputs: WAIVER_INPUTS,
  notes: `Give --comparison perf-comparison.json, or --regressions '["metric"]' with --max-drift 31.4.
Tokens default to $GITHUB_TOKEN (or $GH_TOKEN) and $JIRA_TOKEN; the GitHub API to $GITHUB_API_URL;
--repository and --ref to $GITHUB_REPOSITORY and $GITHUB_SHA (no --ref: the default branch).
Approval of file and label waivers is proven through the GitHub API (needs --cab-team and a token that can
read the team); Jira waivers by their status. Exit 3: waived, but the comparison is still inconclusive.`,
  exits: ['ok', 'fail', 'usage', 'inconclusive', 'unreachable'],
  async run(v, io) {
    checkOutputFile(v['summary-file'], io.cwd, { comparison: v.comparison }, 'summary-file');
    const gh = await cliGitHub(v, io);
    if (v['cab-team'] && gh.token && !gh.repo) {
      throw new ConfigurationError(
        '--cab-team needs --repository owner/repo (or $GITHUB_REPOSITORY): approvals are looked up in that repository.',
      );
    }

    const { runWaiverCheck, waiverCheckSettings } = await import('@driftgate/shared/waiver');
    const settings = waiverCheckSettings(v, referFlag(WAIVER_INPUTS), {
      commit: io.env.GITHUB_SHA ?? io.env.CI_COMMIT_SHA,
      github: gh.github,
      cwd: io.cwd,
    });
    const result = await runWaiverCheck(settings, { logger: io.logger });

    if (v['summary-file']) await writeOutputFile(resolve(io.cwd, v['summary-file']), result.markdown);
    if (v.json) {
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
    } else if (!v.quiet) {
      io.out(result.text);
      if (result.comparisonPath) io.out(`Updated comparison: ${result.comparisonPath}`);
      if (!result.waived && !result.decision.nothingToWaive) io.out(`\nWhy not waived:\n${result.reason}`);
    }
    if (result.decision.nothingToWaive) return EXIT.ok;
    if (!result.waived) return EXIT.fail;
    return result.verdict === 'inconclusive' ? EXIT.inconclusive : EXIT.ok;
  },
});
