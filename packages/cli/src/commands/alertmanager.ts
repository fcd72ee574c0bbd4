/**
 * driftgate alertmanager: the Alertmanager routing for the production watch's alerts: receivers by severity
 * (SNS topics, webhooks, Slack channels: any of them), and a rollback (or SLO) alert inhibiting the drift alert
 * of the same service (core/watch/alertmanager.ts).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { ConfigurationError, checkOutputFile, redact, withoutUserInfo } from '@driftgate/shared';
import { loadConfig } from '@driftgate/shared/config';
import { ALERTMANAGER_INPUTS } from '@driftgate/shared/inputs';
import { defineCommand, EXIT } from '../command.js';

export const alertmanagerCommand = defineCommand({
  name: 'alertmanager',
  summary:
    'generate the Alertmanager routing (SNS, webhook or Slack by severity, rollback inhibits drift) for the watch alerts',
  inputs: ALERTMANAGER_INPUTS,
  exits: ['ok', 'usage'],
  async run(v, io) {
    const format = v.format;
    if (format !== 'plain' && format !== 'amp') {
      throw new ConfigurationError(
        `--format is ${JSON.stringify(format)}: expected plain (Alertmanager) or amp (AMP alert manager definition).`,
      );
    }
    /** Both severities of one receiver kind, or neither. */
    const pair = (critical: string, warning: string) => {
      const c = v[critical as keyof typeof v] as string | undefined;
      const w = v[warning as keyof typeof v] as string | undefined;
      if (!c && !w) return undefined;
      if (!c || !w)
        throw new ConfigurationError(`--${c ? warning : critical} is required with --${c ? critical : warning}.`);
      return { critical: c, warning: w };
    };
    const topics = pair('sns-critical-topic-arn', 'sns-warning-topic-arn');
    const webhooks = pair('webhook-critical-url', 'webhook-warning-url');
    const channels = pair('slack-critical-channel', 'slack-warning-channel');
    if ((v['slack-api-url'] || v['slack-api-url-file']) && !channels) {
      throw new ConfigurationError('--slack-critical-channel and --slack-warning-channel are required with Slack.');
    }
    const snsApiUrl = v['sns-api-url'] as string | undefined;
    if (snsApiUrl && withoutUserInfo(snsApiUrl, 'sns-api-url') !== snsApiUrl.trim()) {
      throw new ConfigurationError(
        '--sns-api-url holds a user and password: Alertmanager signs SNS requests with SigV4, so give the endpoint without credentials (they would be copied into the configuration).',
      );
    }
    checkOutputFile(v.output, io.cwd, { config: v.config });
    const config = await loadConfig(v.config, io.cwd);
    const { buildAlertmanagerConfig, renderAlertmanagerConfig } = await import('@driftgate/shared/watch');
    const text = redact(
      renderAlertmanagerConfig(
        buildAlertmanagerConfig({
          labels: config.labels,
          ...(topics ? { topics } : {}),
          ...(webhooks ? { webhooks } : {}),
          ...(channels
            ? {
                slack: {
                  channels,
                  ...(v['slack-api-url'] ? { apiUrl: v['slack-api-url'] } : {}),
                  ...(v['slack-api-url-file'] ? { apiUrlFile: v['slack-api-url-file'] } : {}),
                },
              }
            : {}),
          ...(v['aws-region'] ? { region: v['aws-region'] } : {}),
          ...(v['sns-api-url'] ? { snsApiUrl: v['sns-api-url'] } : {}),
        }),
        format,
      ),
    );
    if (!v.output) {
      io.out(text.trimEnd());
      return EXIT.ok;
    }
    const path = resolve(io.cwd, v.output);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text);
    io.out(`Alertmanager configuration (${format}): ${path}`);
    return EXIT.ok;
  },
});
