/**
 * driftgate rules: the production watch's Prometheus rules for one service and environment, from the
 * catalog, the config and the stable baseline (docs/production-watch.md): the fleet part (recording rules and
 * alerts for every service, the same for every service of one config) and the service's baseline part.
 * Writes them (GitOps) or uploads them to AMP or a Mimir / Cortex ruler; --dry-run prints the diff against
 * what is deployed.
 */
import { checkOutputFile } from '@driftgate/shared';
import { RULES_INPUTS, sourceSettings } from '@driftgate/shared/inputs';
import { parseHeaders } from '@driftgate/shared/sources';
import { defineCommand, EXIT } from '../command.js';
import { clock } from '../options.js';

export const rulesCommand = defineCommand({
  name: 'rules',
  summary: 'generate (and publish) the Prometheus rules that watch a service in production',
  inputs: RULES_INPUTS,
  notes: `Give one source: --prometheus-url, --amp-workspace-id or --metrics-file, and the baseline:
--baseline-version with --baseline-window (and --promoted-at), or --baseline-store.
--publish file writes --output (the service's baseline) and --fleet-output (default driftgate-fleet.yml next to it:
the recording rules and alerts for every service, the same for every service); amp needs --rules-workspace-id
ws-...; ruler needs --ruler-url (--ruler-headers). Groups above --max-rules-per-group (default 20 with amp and
ruler) are split.
--dry-run prints the diff against what is deployed and changes nothing.`,
  exits: ['ok', 'usage', 'unreachable'],
  async run(v, io) {
    // The watch (and YAML) load only for this command.
    const { checkPublish, parseMaxRulesPerGroup, publishWatchRules, runRules } = await import(
      '@driftgate/shared/watch'
    );
    checkPublish(v.publish);
    const maxRulesPerGroup = parseMaxRulesPerGroup(v['max-rules-per-group']);
    checkOutputFile(v.output, io.cwd, { config: v.config, 'metrics-file': v['metrics-file'] });
    const source = sourceSettings(v);
    const result = await runRules(
      {
        ...source,
        service: v.service,
        environment: v.environment,
        baselineVersion: v['baseline-version'],
        baselineWindow: v['baseline-window'],
        baselineStore: v['baseline-store'],
        promotedAt: v['promoted-at'],
        config: v.config,
        runbookUrl: v['runbook-url'],
        grafanaUrl: v['grafana-url'],
        codedeployApplication: v['codedeploy-application'],
        codedeployDeploymentGroup: v['codedeploy-deployment-group'],
        cwd: io.cwd,
        ...clock(v.now),
      },
      { logger: io.logger },
    );
    const { plan } = result;
    const published = await publishWatchRules(
      result,
      {
        publish: v.publish,
        output: v.output,
        rulesWorkspaceId: v['rules-workspace-id'],
        ampWorkspaceId: source.ampWorkspaceId,
        awsRegion: source.awsRegion,
        rulerUrl: v['ruler-url'],
        rulerHeaders: v['ruler-headers'] ? parseHeaders(v['ruler-headers'], 'ruler-headers') : undefined,
        namespace: v.namespace,
        fleetOutput: v['fleet-output'],
        fleetNamespace: v['fleet-namespace'],
        ...(maxRulesPerGroup !== undefined ? { maxRulesPerGroup } : {}),
        cwd: io.cwd,
        logger: io.logger,
      },
      { dryRun: v['dry-run'], logger: io.logger },
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
      io.out(`${published.parts.fleet.target} (fleet): ${published.parts.fleet.status}.`);
      io.out(`${published.target}: ${published.parts.service.status}.`);
    }
    return EXIT.ok;
  },
});
