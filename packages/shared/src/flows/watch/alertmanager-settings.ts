/**
 * `driftgate alertmanager`'s settings, parsed once at the boundary from the values read through its input spec
 * (core/inputs/cli-spec.ts ALERTMANAGER_INPUTS): each receiver kind given for both severities or not at all,
 * Slack with its channels, an SNS endpoint without credentials (they would be copied into the configuration), an
 * output that is not the config, a secret copied into the configuration (the Slack URL, a webhook's user and
 * password) only with an output file (without one the configuration goes to stdout, a CI log), and every mistake
 * one ConfigurationError naming the input the way the caller names it (`refer`), the value and the fix, before
 * the config is read. The routing is buildAlertmanagerConfig's input but for the labels, which come from the config.
 */
import { ConfigurationError } from '../../core/errors.js';
import { withoutUserInfo } from '../../core/escape.js';
import type { ALERTMANAGER_INPUTS } from '../../core/inputs/cli-spec.js';
import type { InputValues, Refer } from '../../core/inputs/input-spec.js';
import type { AlertmanagerInput } from '../../core/watch/alertmanager.js';
import { redactUrl } from '../../io/http/http-client.js';
import { checkOutputFile } from '../../io/paths.js';

export type AlertmanagerValues = InputValues<typeof ALERTMANAGER_INPUTS>;

export interface AlertmanagerSettings {
  /** plain: an Alertmanager configuration; amp: an AMP alert manager definition. */
  format: 'plain' | 'amp';
  /** The driftgate config whose labels the routes match (default: driftgate.yml if present). */
  config?: string;
  /** Where to write it (relative to the working directory); none: stdout. */
  output?: string;
  /** The configuration holds a secret (a Slack URL, a webhook's user and password): output is set; write it 0600. */
  secret: boolean;
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
  const secret = secretInputs(v, refer);
  if (secret.length && !v.output) {
    throw new ConfigurationError(
      `${secret.join(' and ')}, which the configuration would hold; without ${refer('output')} the configuration is printed to stdout (a CI log): give ${refer('output')} FILE (written with mode 0600; only its path is printed)${apiUrl ? `, or ${refer('slack-api-url-file')}, a file Alertmanager reads the URL from` : ''}.`,
    );
  }
  const region = v['aws-region'];
  return {
    format,
    ...(v.config ? { config: v.config } : {}),
    ...(v.output ? { output: v.output } : {}),
    secret: secret.length > 0,
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

/** The URL inputs whose user-info or query string (secrets, redact.ts) would be copied into the configuration. */
const URL_INPUTS = ['webhook-critical-url', 'webhook-warning-url', 'sns-api-url'] as const;

/**
 * Each input whose value puts a secret into the configuration, described without the secret (the Slack URL is
 * not written when its file is given, nor an SNS endpoint without topics).
 */
function secretInputs(v: AlertmanagerValues, refer: Refer): string[] {
  const slack = v['slack-api-url'] && !v['slack-api-url-file'];
  const out = slack ? [`${refer('slack-api-url')} is a secret (the Slack incoming-webhook URL)`] : [];
  for (const name of URL_INPUTS) {
    if (name === 'sns-api-url' && !v['sns-critical-topic-arn']) continue;
    const what = urlSecret(v[name]);
    if (what) out.push(`${refer(name)} is ${redactUrl((v[name] as string).trim())} with ${what}`);
  }
  return out;
}

/** What of a URL is a secret: its user and password or its query string; undefined for neither. */
function urlSecret(url: string | undefined): string | undefined {
  let u: URL;
  try {
    u = new URL((url ?? '').trim());
  } catch {
    return undefined;
  }
  if (u.username || u.password) return 'a user and password';
  return u.search.length > 1 ? 'a query string (a token)' : undefined;
}
