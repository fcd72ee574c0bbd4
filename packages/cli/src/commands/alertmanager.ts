/**
 * driftgate alertmanager: the Alertmanager routing for the production watch's alerts: SNS receivers by
 * severity, and a rollback (or SLO) alert inhibiting the drift alert of the same service (watch/alertmanager.ts).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { loadConfig } from '@driftgate/shared/config';
import { ConfigurationError } from '@driftgate/shared/errors';
import { type CliIO, type Command, EXIT } from '../command.js';
import { parseFlags } from '../flags.js';

const FLAGS = {
  'sns-critical-topic-arn': { type: 'string' },
  'sns-warning-topic-arn': { type: 'string' },
  'aws-region': { type: 'string' },
  'sns-api-url': { type: 'string' },
  format: { type: 'string' },
  config: { type: 'string' },
  output: { type: 'string' },
} as const;

export const alertmanagerCommand: Command = {
  name: 'alertmanager',
  summary: 'generate the Alertmanager routing (SNS by severity, rollback inhibits drift) for the watch alerts',
  usage: `driftgate alertmanager --sns-critical-topic-arn ARN --sns-warning-topic-arn ARN
    [--aws-region REGION] [--sns-api-url URL] [--format plain|amp] [--config .github/driftgate.yml] [--output FILE]   (default: stdout)`,
  async run(argv: string[], io: CliIO): Promise<number> {
    const f = parseFlags(argv, FLAGS);
    const format = f.format ?? 'plain';
    if (format !== 'plain' && format !== 'amp') {
      throw new ConfigurationError(
        `--format is ${JSON.stringify(format)}: expected plain (Alertmanager) or amp (AMP alert manager definition).`,
      );
    }
    for (const k of ['sns-critical-topic-arn', 'sns-warning-topic-arn'] as const) {
      if (!f[k]) throw new ConfigurationError(`--${k} is required: the SNS topic for ${k.split('-')[1]} alerts.`);
    }
    const config = loadConfig(f.config, io.cwd);
    const { buildAlertmanagerConfig, renderAlertmanagerConfig } = await import('@driftgate/shared/watch/alertmanager');
    const text = renderAlertmanagerConfig(
      buildAlertmanagerConfig({
        labels: config.labels,
        topics: { critical: f['sns-critical-topic-arn'] as string, warning: f['sns-warning-topic-arn'] as string },
        ...(f['aws-region'] ? { region: f['aws-region'] } : {}),
        ...(f['sns-api-url'] ? { snsApiUrl: f['sns-api-url'] } : {}),
      }),
      format,
    );
    if (!f.output) {
      io.out(text.trimEnd());
      return EXIT.ok;
    }
    const path = resolve(io.cwd, f.output);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text);
    io.out(`Alertmanager configuration (${format}): ${path}`);
    return EXIT.ok;
  },
};
