/**
 * driftgate alertmanager: the Alertmanager routing for the production watch's alerts: SNS receivers by
 * severity, and a rollback (or SLO) alert inhibiting the drift alert of the same service (watch/alertmanager.ts).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { ConfigurationError, checkOutputFile, redact, withoutUserInfo } from '@driftgate/shared';
import { loadConfig } from '@driftgate/shared/config';
import { ALERTMANAGER_INPUTS } from '@driftgate/shared/inputs';
import { defineCommand, EXIT } from '../command.js';

export const alertmanagerCommand = defineCommand({
  name: 'alertmanager',
  summary: 'generate the Alertmanager routing (SNS by severity, rollback inhibits drift) for the watch alerts',
  inputs: ALERTMANAGER_INPUTS,
  exits: ['ok', 'usage'],
  async run(v, io) {
    const format = v.format as string;
    if (format !== 'plain' && format !== 'amp') {
      throw new ConfigurationError(
        `--format is ${JSON.stringify(format)}: expected plain (Alertmanager) or amp (AMP alert manager definition).`,
      );
    }
    for (const k of ['sns-critical-topic-arn', 'sns-warning-topic-arn'] as const) {
      if (!v[k]) throw new ConfigurationError(`--${k} is required: the SNS topic for ${k.split('-')[1]} alerts.`);
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
          topics: { critical: v['sns-critical-topic-arn'] as string, warning: v['sns-warning-topic-arn'] as string },
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
