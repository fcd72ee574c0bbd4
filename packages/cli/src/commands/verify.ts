/**
 * driftgate verify: post-deploy verification (the bake) from a terminal or any CI, with the
 * post-deploy-verify action's inputs as --flags. With --bake-start in the past it replays the elapsed part
 * of the bake at once ("what would this bake have decided?"); with --metrics-file it replays a recording.
 * Rollback defaults to off here unless a deployment is given; --rollback dry-run records what auto would do.
 */
import { VERIFY_INPUTS } from '@driftgate/shared/inputs';
import { defineCommand, EXIT } from '../command.js';
import { referFlag } from '../options.js';

export const verifyCommand = defineCommand({
  name: 'verify',
  summary:
    'bake a deployed version: roll back on a sustained regression or SLO breach, ticket drift, archive the evidence',
  inputs: VERIFY_INPUTS,
  notes: `Give one source: --prometheus-url, --amp-workspace-id or --metrics-file (a recording replays its bake).
A --bake-start in the past replays the elapsed part at once, then continues live. --candidate-version defaults to
$GITHUB_SHA, else $CI_COMMIT_SHA, for a live source. Exit 1 is a verdict in --fail-on or an operational failure;
with --fail-on none only an operational failure fails.`,
  exits: ['ok', 'fail', 'usage', 'inconclusive', 'unreachable'],
  async run(v, io) {
    const controller = new AbortController();
    const onSignal = () => controller.abort(new Error('interrupted'));
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    try {
      const { runVerify, verifySettings } = await import('@driftgate/shared/bake');
      const settings = verifySettings(v, referFlag(VERIFY_INPUTS), {
        commit: io.env.GITHUB_SHA ?? io.env.CI_COMMIT_SHA,
        outputDir: v['output-dir'],
        cwd: io.cwd,
      });
      const result = await runVerify(settings, { logger: io.logger, signal: controller.signal });
      const verdict = result.verification.verdict;
      if (!v.quiet) {
        io.out(result.markdown);
        io.out(`Evidence: ${result.path}${result.s3 ? `\n          ${result.s3.uri}` : ''}`);
      }
      for (const failure of result.failures) io.err(`driftgate verify: ${failure}`);
      // As the action: the step fails only on a verdict in --fail-on or an operational failure.
      if (!result.failed) return EXIT.ok;
      // The evidence is written (inconclusive, saying why); the exit status still says the source was not reached.
      if (result.outcome.unreachable !== undefined) return EXIT.unreachable;
      return verdict === 'inconclusive' ? EXIT.inconclusive : EXIT.fail;
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
  },
});
