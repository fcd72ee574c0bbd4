/**
 * driftgate alertmanager: the Alertmanager routing for the production watch's alerts: receivers by severity
 * (SNS topics, webhooks, Slack channels: any of them), and a rollback (or SLO) alert inhibiting the drift alert
 * of the same service (core/watch/alertmanager.ts).
 */
import { resolve } from 'node:path';
import { writeOutputFile } from '@driftgate/shared';
import { loadConfig } from '@driftgate/shared/config';
import { ALERTMANAGER_INPUTS } from '@driftgate/shared/inputs';
import { defineCommand, EXIT } from '../command.js';
import { referFlag } from '../options.js';

export const alertmanagerCommand = defineCommand({
  name: 'alertmanager',
  summary:
    'generate the Alertmanager routing (SNS, webhook or Slack by severity, rollback inhibits drift) for the watch alerts',
  inputs: ALERTMANAGER_INPUTS,
  exits: ['ok', 'usage'],
  async run(v, io) {
    const { alertmanagerSettings, buildAlertmanagerConfig, renderAlertmanagerConfig } = await import(
      '@driftgate/shared/watch'
    );
    const settings = alertmanagerSettings(v, referFlag(ALERTMANAGER_INPUTS), { cwd: io.cwd });
    const config = await loadConfig(settings.config, io.cwd);
    // The configuration is the product: its secrets (the Slack URL, a webhook's password) stay in it. Settings
    // refused them without --output; the file is written 0600 and only its path is printed.
    const text = renderAlertmanagerConfig(
      buildAlertmanagerConfig({ labels: config.labels, ...settings.routing }),
      settings.format,
    );
    if (!settings.output) {
      io.out(text.trimEnd());
      return EXIT.ok;
    }
    const path = resolve(io.cwd, settings.output);
    await writeOutputFile(path, text, { secret: settings.secret });
    io.out(
      `Alertmanager configuration (${settings.format}): ${path}${settings.secret ? ' (mode 0600: it holds a secret)' : ''}`,
    );
    return EXIT.ok;
  },
});
