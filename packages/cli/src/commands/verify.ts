/**
 * driftgate verify: post-deploy verification (the bake) from a terminal or any CI, with the
 * post-deploy-verify action's inputs as --flags. With --bake-start in the past it replays the elapsed part
 * of the bake at once ("what would this bake have decided?"); with --metrics-file it replays a recording.
 * Rollback defaults to off here unless a deployment is given; --rollback dry-run records what auto would do.
 */
import { type CliIO, type Command, EXIT } from '../command.js';
import { parseFlags, RELEASE_FLAGS, sourceOptions } from '../flags.js';

const FLAGS = {
  ...RELEASE_FLAGS,
  'bake-duration': { type: 'string' },
  interval: { type: 'string' },
  window: { type: 'string' },
  critical: { type: 'string' },
  'bake-start': { type: 'string' },
  's3-uri': { type: 'string' },
  'kms-key-id': { type: 'string' },
  'deployment-id': { type: 'string' },
  'codedeploy-application': { type: 'string' },
  'codedeploy-deployment-group': { type: 'string' },
  rollback: { type: 'string' },
  'rollback-timeout': { type: 'string' },
  'continue-on-pass': { type: 'boolean' },
  'no-promote': { type: 'boolean' },
  'fail-on': { type: 'string' },
  'slack-webhook-url': { type: 'string' },
  'output-dir': { type: 'string' },
  record: { type: 'string' },
  quiet: { type: 'boolean' },
} as const;

export const verifyCommand: Command = {
  name: 'verify',
  summary:
    'bake a deployed version: roll back on a sustained regression or SLO breach, ticket drift, archive the evidence',
  usage: `driftgate verify --service NAME (--prometheus-url URL | --amp-workspace-id ID | --metrics-file FILE)
    [--environment prod] [--candidate-version V] [--baseline-version V | --baseline-store s3://bucket/prefix/]
    [--bake-start now|-20m|RFC3339] [--bake-duration 30m] [--interval 60s] [--window 5m]
    [--critical latency_p95_read,error_rate|none] [--baseline-window -1h..now]   (relative to the bake start)
    [--config .github/driftgate.yml] [--s3-uri s3://nc-perf-results/daily/ [--kms-key-id KEY]] [--no-promote]
    [--deployment-id d-XXX | --codedeploy-application APP --codedeploy-deployment-group GROUP]
    [--rollback auto|dry-run|off] [--rollback-timeout 20m] [--continue-on-pass]
    [--fail-on rollback,ticket,inconclusive|none] [--slack-webhook-url URL] [--output-dir driftgate-verify] [--record FILE] [--quiet]
  A --bake-start in the past replays the elapsed part at once, then continues live.
  Exit status: 0 pass (or ticket), 1 a verdict in --fail-on (default rollback, inconclusive) or an operational failure,
  2 usage or configuration error, 3 inconclusive.`,
  async run(argv: string[], io: CliIO): Promise<number> {
    const f = parseFlags(argv, FLAGS);
    const controller = new AbortController();
    const onSignal = () => controller.abort(new Error('interrupted'));
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    try {
      const { runVerify } = await import('@driftgate/shared/bake/verify');
      const result = await runVerify(
        {
          ...sourceOptions(f, io.env),
          service: f.service,
          environment: f.environment,
          baselineVersion: f['baseline-version'],
          // A recording carries its versions: only live sources default the candidate to the commit.
          candidateVersion:
            f['candidate-version'] ?? (f['metrics-file'] ? undefined : (io.env.GITHUB_SHA ?? io.env.CI_COMMIT_SHA)),
          baselineWindow: f['baseline-window'],
          baselineStore: f['baseline-store'],
          config: f.config,
          bakeDuration: f['bake-duration'],
          interval: f.interval,
          window: f.window,
          critical: f.critical,
          bakeStart: f['bake-start'],
          s3Uri: f['s3-uri'],
          kmsKeyId: f['kms-key-id'],
          deploymentId: f['deployment-id'],
          codedeployApplication: f['codedeploy-application'],
          codedeployDeploymentGroup: f['codedeploy-deployment-group'],
          rollback: f.rollback,
          rollbackTimeout: f['rollback-timeout'],
          continueOnPass: f['continue-on-pass'] ?? false,
          promote: !f['no-promote'],
          failOn: f['fail-on'],
          ...(f['slack-webhook-url'] ? { slackWebhook: f['slack-webhook-url'] } : {}),
          outputDir: f['output-dir'] ?? 'driftgate-verify',
          ...(f.record ? { record: f.record } : {}),
          cwd: io.cwd,
        },
        { logger: io.logger, signal: controller.signal },
      );
      const v = result.verification;
      if (!f.quiet) {
        io.out(result.markdown);
        io.out(`Evidence: ${result.path}${result.s3 ? `\n          ${result.s3.uri}` : ''}`);
      }
      for (const failure of result.failures) io.err(`driftgate verify: ${failure}`);
      if (result.failed) return v.verdict === 'inconclusive' ? EXIT.inconclusive : EXIT.fail;
      return v.verdict === 'inconclusive' ? EXIT.inconclusive : EXIT.ok;
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
  },
};
