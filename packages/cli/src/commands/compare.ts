/**
 * driftgate compare: the pre-deploy gate from a terminal or any CI. Same options as the
 * perf-baseline-compare action's inputs, as --flags.
 */
import { gateFailed, runCompare } from '@driftgate/shared/compare';
import { renderText } from '@driftgate/shared/report/text';
import { DEFAULT_WAIVER_LABEL, GitHubVerifier, parseCabTeam } from '@driftgate/shared/waiver/github';
import { waiverProver } from '@driftgate/shared/waiver/prove';
import { type CliIO, type Command, EXIT } from '../command.js';
import { parseFlags, RELEASE_FLAGS, sourceOptions } from '../flags.js';
import { cliGitHub, GITHUB_FLAGS } from '../github.js';

const FLAGS = {
  ...RELEASE_FLAGS,
  'candidate-window': { type: 'string' },
  tolerance: { type: 'string' },
  method: { type: 'string' },
  waiver: { type: 'string' },
  'cab-team': { type: 'string' },
  'waiver-label': { type: 'string' },
  ...GITHUB_FLAGS,
  'on-inconclusive': { type: 'string' },
  'output-dir': { type: 'string' },
  record: { type: 'string' },
  now: { type: 'string' },
  timeout: { type: 'string' },
  quiet: { type: 'boolean' },
} as const;

export const compareCommand: Command = {
  name: 'compare',
  summary: 'compare a candidate release with the baseline and decide (the pre-deploy gate)',
  usage: `driftgate compare --service NAME (--prometheus-url URL | --amp-workspace-id ID | --metrics-file FILE)
    [--environment prod] [--baseline-version V] [--candidate-version V]
    [--baseline-window START..END] [--candidate-window START..END]   (default -1h..now; RFC 3339, unix seconds, -2h, now)
    [--baseline-store s3://bucket/prefix/]   (the last version that passed its post-deploy bake)
    [--config .github/driftgate.yml] [--tolerance 10%] [--method drift-interval|mean-threshold|mann-whitney]
    [--waiver JSON] [--on-inconclusive fail|pass] [--output-dir driftgate-report] [--record FILE] [--quiet]
    [--timeout 5m]   (overall deadline of the queries; each attempt is limited to 20 s)
    [--cab-team org/team-slug [--github-token T] [--repository owner/repo] [--ref SHA] [--pull-request N]]
  --waiver (the waiver output of "driftgate waiver") is re-proven here, like in the action: it needs --cab-team
  and a token that can read the team ($GITHUB_TOKEN), and is refused without them.
  Exit status: 0 pass or waived, 1 fail, 2 usage or configuration error, 3 inconclusive.`,
  async run(argv: string[], io: CliIO): Promise<number> {
    const f = parseFlags(argv, FLAGS);
    const gh = await cliGitHub(f, io);
    const verifier =
      f['cab-team'] && gh.github
        ? new GitHubVerifier({
            ...gh.github,
            cabTeam: parseCabTeam(f['cab-team'], gh.github.owner),
            label: f['waiver-label'] ?? DEFAULT_WAIVER_LABEL,
            logger: io.logger,
          })
        : undefined;
    const now = f.now ? Number(f.now) : undefined;
    const result = await runCompare(
      {
        ...sourceOptions(f, io.env),
        service: f.service,
        environment: f.environment,
        baselineVersion: f['baseline-version'],
        candidateVersion: f['candidate-version'] ?? io.env.GITHUB_SHA ?? io.env.CI_COMMIT_SHA,
        baselineWindow: f['baseline-window'],
        baselineStore: f['baseline-store'],
        candidateWindow: f['candidate-window'],
        config: f.config,
        tolerance: f.tolerance,
        method: f.method,
        waiver: f.waiver,
        onInconclusive: f['on-inconclusive'],
        timeout: f.timeout,
        outputDir: f['output-dir'] ?? 'driftgate-report',
        ...(f.record ? { record: f.record } : {}),
        ...(now !== undefined && Number.isFinite(now) ? { now } : {}),
        cwd: io.cwd,
      },
      { logger: io.logger, ...(verifier ? { proveWaivers: waiverProver({ verifier, cwd: io.cwd }) } : {}) },
    );
    const c = result.comparison;
    if (!f.quiet) {
      io.out(renderText(c));
      io.out('');
      io.out(`Reports: ${result.jsonPath}`);
      io.out(`         ${result.markdownPath}`);
    }
    if (c.verdict === 'fail') return EXIT.fail;
    if (gateFailed(c)) return EXIT.inconclusive;
    if (c.verdict === 'inconclusive') {
      io.logger.warning(
        `${c.headline} (--on-inconclusive pass: exit 0 WITHOUT a verdict: nothing was shown to be unchanged)`,
      );
    }
    return EXIT.ok;
  },
};
