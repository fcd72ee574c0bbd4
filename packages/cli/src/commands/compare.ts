/**
 * driftgate compare: the pre-deploy gate from a terminal or any CI. The perf-baseline-compare action's inputs
 * (its input spec) as --flags, read into the same typed settings (compare-settings.ts).
 */
import { compareDecision, compareInputSettings, runCompare } from '@driftgate/shared/compare';
import { COMPARE_INPUTS } from '@driftgate/shared/inputs';
import { renderText } from '@driftgate/shared/report';
import { cabTeamProver } from '@driftgate/shared/waiver';
import { defineCommand, EXIT } from '../command.js';
import { cliGitHub } from '../github.js';
import { referFlag } from '../options.js';

export const compareCommand = defineCommand({
  name: 'compare',
  summary: 'compare a candidate release with the baseline and decide (the pre-deploy gate)',
  inputs: COMPARE_INPUTS,
  notes: `Give one source: --prometheus-url, --amp-workspace-id or --metrics-file (a recording carries its service,
versions and windows). --candidate-version defaults to $GITHUB_SHA, else $CI_COMMIT_SHA, for live data (not with
a recording, nor with both windows and no version: those compare by what they carry).
--waiver (the waiver output of "driftgate waiver") is re-proven here, like in the action: it needs --cab-team
and a token that can read the team ($GITHUB_TOKEN), and is refused without them.`,
  exits: ['ok', 'fail', 'usage', 'inconclusive', 'unreachable'],
  async run(v, io) {
    const gh = await cliGitHub(v, io);
    const settings = compareInputSettings(v, referFlag(COMPARE_INPUTS), {
      commit: io.env.GITHUB_SHA ?? io.env.CI_COMMIT_SHA,
      outputDir: v['output-dir'],
      cwd: io.cwd,
    });
    const prover = cabTeamProver({
      cabTeam: v['cab-team'],
      label: v['waiver-label'],
      github: gh.github,
      cwd: io.cwd,
      logger: io.logger,
    });
    const result = await runCompare(settings, { logger: io.logger, ...(prover ? { proveWaivers: prover } : {}) });
    const c = result.comparison;
    if (!v.quiet) {
      io.out(renderText(c));
      io.out('');
      io.out(`Reports: ${result.jsonPath}`);
      io.out(`         ${result.markdownPath}`);
    }
    const decision = compareDecision(c);
    if (decision.reason === 'regression') return EXIT.fail;
    if (decision.reason === 'inconclusive') return EXIT.inconclusive;
    if (decision.reason === 'inconclusive-passed') {
      io.logger.warning(
        `${decision.headline} (--on-inconclusive pass: exit 0 WITHOUT a verdict: nothing was shown to be unchanged)`,
      );
    }
    return EXIT.ok;
  },
});
