/**
 * driftgate rules: the production watch's Prometheus rule file for one service and environment, from the
 * catalog, the config and the stable baseline (docs/production-watch.md). Writes it (GitOps) or uploads it
 * to AMP or a Mimir / Cortex ruler; --dry-run prints the diff against what is deployed.
 */
import { parseHeaders } from '@driftgate/shared/sources/prometheus';
import { checkPublish } from '@driftgate/shared/watch/publish';
import { type CliIO, type Command, EXIT } from '../command.js';
import { parseFlags, RELEASE_FLAGS, sourceOptions } from '../flags.js';

const { 'candidate-version': _candidate, ...BASE_FLAGS } = RELEASE_FLAGS;

const FLAGS = {
  ...BASE_FLAGS,
  'promoted-at': { type: 'string' },
  output: { type: 'string' },
  publish: { type: 'string' },
  'rules-workspace-id': { type: 'string' },
  'ruler-url': { type: 'string' },
  'ruler-headers': { type: 'string' },
  namespace: { type: 'string' },
  'runbook-url': { type: 'string' },
  'grafana-url': { type: 'string' },
  'codedeploy-application': { type: 'string' },
  'codedeploy-deployment-group': { type: 'string' },
  'dry-run': { type: 'boolean' },
  now: { type: 'string' },
} as const;

export const rulesCommand: Command = {
  name: 'rules',
  summary: 'generate (and publish) the Prometheus rules that watch a service in production',
  usage: `driftgate rules --service NAME (--prometheus-url URL | --amp-workspace-id ID | --metrics-file FILE)
    [--environment prod] (--baseline-version V --baseline-window START..END [--promoted-at TIME] | --baseline-store s3://...)
    [--config .github/driftgate.yml] [--runbook-url URL] [--grafana-url URL]
    [--codedeploy-application APP --codedeploy-deployment-group GROUP]   (labels of the rollback alert)
    [--publish file|amp|ruler] [--output FILE]   (file: write FILE; amp: --rules-workspace-id ws-...; ruler: --ruler-url URL [--ruler-headers H])
    [--namespace driftgate-<service>-<environment>] [--dry-run]   (print the diff against what is deployed, change nothing)
  Exit status: 0 written, unchanged or dry run, 2 usage or configuration error.`,
  async run(argv: string[], io: CliIO): Promise<number> {
    const f = parseFlags(argv, FLAGS);
    checkPublish(f.publish);
    const now = f.now ? Number(f.now) : undefined;
    const source = sourceOptions(f, io.env);
    const { publishWatchRules, runRules } = await import('@driftgate/shared/watch/plan');
    const result = await runRules(
      {
        ...source,
        service: f.service,
        environment: f.environment,
        baselineVersion: f['baseline-version'],
        baselineWindow: f['baseline-window'],
        baselineStore: f['baseline-store'],
        promotedAt: f['promoted-at'],
        config: f.config,
        runbookUrl: f['runbook-url'],
        grafanaUrl: f['grafana-url'],
        codedeployApplication: f['codedeploy-application'],
        codedeployDeploymentGroup: f['codedeploy-deployment-group'],
        cwd: io.cwd,
        ...(now !== undefined && Number.isFinite(now) ? { now } : {}),
      },
      { logger: io.logger },
    );
    const { plan } = result;
    const published = await publishWatchRules(
      result,
      {
        publish: f.publish,
        output: f.output,
        rulesWorkspaceId: f['rules-workspace-id'],
        ampWorkspaceId: source.ampWorkspaceId,
        awsRegion: source.awsRegion,
        rulerUrl: f['ruler-url'],
        rulerHeaders: f['ruler-headers'] ? parseHeaders(f['ruler-headers'], 'ruler-headers') : undefined,
        namespace: f.namespace,
        cwd: io.cwd,
        logger: io.logger,
      },
      { dryRun: !!f['dry-run'], logger: io.logger },
    );
    io.out(
      `driftgate rules: ${plan.service} (${plan.environment}), baseline ${plan.baselineVersion} (${plan.resolvedFrom}), ${result.alerts.length} alerts:`,
    );
    for (const a of result.alerts)
      io.out(`  ${a.alert.padEnd(30)} ${a.metric.padEnd(22)} ${a.severity.padEnd(8)} for ${a.forSeconds / 60}m`);
    for (const n of result.notes) io.out(`  note: ${n}`);
    if (published.status === 'dry-run') {
      io.out(published.diff ? `\n${published.diff}` : `\nNo change: ${published.target} already holds these rules.`);
      io.out(`dry run: nothing was written to ${published.target}.`);
    } else {
      io.out(`${published.target}: ${published.status}.`);
    }
    return EXIT.ok;
  },
};
