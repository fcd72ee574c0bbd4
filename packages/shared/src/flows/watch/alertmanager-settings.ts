/**
 * `driftgate alertmanager`'s settings, parsed once at the boundary from the values read through its input spec
 * (core/inputs/cli-spec.ts ALERTMANAGER_INPUTS): each receiver kind given for both severities or not at all,
 * Slack with its channels, an SNS endpoint without credentials (they would be copied into the configuration), an
 * output that is not the config, and every mistake one ConfigurationError naming the input the way the caller
 * names it (`refer`), the value and the fix, before the config is read. The routing is
 * buildAlertmanagerConfig's input but for the labels, which come from the config.
 */
import { ConfigurationError } from '../../core/errors.js';
import { withoutUserInfo } from '../../core/escape.js';
import type { ALERTMANAGER_INPUTS } from '../../core/inputs/cli-spec.js';
import type { InputValues, Refer } from '../../core/inputs/input-spec.js';
import type { AlertmanagerInput } from '../../core/watch/alertmanager.js';
import { checkOutputFile } from '../../io/paths.js';

export type AlertmanagerValues = InputValues<typeof ALERTMANAGER_INPUTS>;

export interface AlertmanagerSettings {
  /** plain: an Alertmanager configuration; amp: an AMP alert manager definition. */
  format: 'plain' | 'amp';
  /** The driftgate config whose labels the routes match (default: driftgate.yml if present). */
  config?: string;
  /** Where to write it (relative to the working directory); none: stdout. */
  output?: string;
  /** The receivers and their options. */
  routing: Omit<AlertmanagerInput, 'labels'>;
}

type PairedInput =
  | 'sns-critical-topic-arn'
  | 'sns-warning-topic-arn'
  | 'webhook-critical-url'
  | 'webhook-warning-url'
  | 'slack-critical-channel'
  | 'slack-warning-channel';

export function alertmanagerSettings(v: AlertmanagerValues, refer: Refer, ctx: { cwd: string }): AlertmanagerSettings {
  const format = v.format ?? 'plain';
  if (format !== 'plain' && format !== 'amp') {
    throw new ConfigurationError(
      `${refer('format')} is ${JSON.stringify(format)}: expected plain (Alertmanager) or amp (AMP alert manager definition).`,
    );
  }
  /** Both severities of one receiver kind, or neither. */
  const pair = (critical: PairedInput, warning: PairedInput) => {
    const c = v[critical];
    const w = v[warning];
    if (!c && !w) return undefined;
    if (!c || !w)
      throw new ConfigurationError(
        `${refer(c ? warning : critical)} is required with ${refer(c ? critical : warning)}.`,
      );
    return { critical: c, warning: w };
  };
  const topics = pair('sns-critical-topic-arn', 'sns-warning-topic-arn');
  const webhooks = pair('webhook-critical-url', 'webhook-warning-url');
  const channels = pair('slack-critical-channel', 'slack-warning-channel');
  const apiUrl = v['slack-api-url'];
  const apiUrlFile = v['slack-api-url-file'];
  if ((apiUrl || apiUrlFile) && !channels) {
    throw new ConfigurationError(
      `${refer('slack-critical-channel')} and ${refer('slack-warning-channel')} are required with Slack.`,
    );
  }
  const snsApiUrl = v['sns-api-url'];
  if (snsApiUrl && withoutUserInfo(snsApiUrl, 'sns-api-url') !== snsApiUrl.trim()) {
    throw new ConfigurationError(
      `${refer('sns-api-url')} holds a user and password: Alertmanager signs SNS requests with SigV4, so give the endpoint without credentials (they would be copied into the configuration).`,
    );
  }
  checkOutputFile(v.output, ctx.cwd, { config: v.config });
  const region = v['aws-region'];
  return {
    format,
    ...(v.config ? { config: v.config } : {}),
    ...(v.output ? { output: v.output } : {}),
    routing: {
      ...(topics ? { topics } : {}),
      ...(webhooks ? { webhooks } : {}),
      ...(channels
        ? { slack: { channels, ...(apiUrl ? { apiUrl } : {}), ...(apiUrlFile ? { apiUrlFile } : {}) } }
        : {}),
      ...(region ? { region } : {}),
      ...(snsApiUrl ? { snsApiUrl } : {}),
    },
  };
}
