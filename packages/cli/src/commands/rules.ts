/**
 * driftgate rules: the production watch's Prometheus rules for one service and environment, from the
 * catalog, the config and the stable baseline (docs/production-watch.md): the fleet part (recording rules and
 * alerts for every service, the same for every service of one config) and the service's baseline part.
 * Writes them (GitOps) or uploads them to AMP or a Mimir / Cortex ruler; --dry-run prints the diff against
 * what is deployed.
 */
import { RULES_INPUTS } from '@driftgate/shared/inputs';
import { defineCommand, EXIT } from '../command.js';
import { referFlag } from '../options.js';

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
    const { publishWatchRules, runRules, rulesSettings } = await import('@driftgate/shared/watch');
    const settings = rulesSettings(v, referFlag(RULES_INPUTS), { cwd: io.cwd });
    const result = await runRules(settings.rules, { logger: io.logger });
    const { plan } = result;
    const published = await publishWatchRules(
      result,
      { ...settings.publish, logger: io.logger },
      { dryRun: settings.dryRun, logger: io.logger },
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
