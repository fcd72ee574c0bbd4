/**
 * Alertmanager routing for the watch's alerts (PURE): two receivers chosen by severity — critical (rollback,
 * SLO breach: page and roll back) and warning (drift ticket, FinOps ticket) — each delivering to any of:
 * Amazon SNS topics (the only receiver AMP's Alertmanager offers; from SNS a Lambda subscription files the Jira
 * ticket or posts to Slack, docs/production-watch.md), a webhook (any HTTP endpoint: an incident tool, a bot)
 * and Slack (an incoming webhook, per severity a channel). Routing and inhibition are the same whatever the
 * receivers: a firing DriftgateLatencyRollback or DriftgateSLOBreach inhibits the DriftgateDriftBeyondTolerance
 * of the same service and environment: one regression, one page, no ticket noise.
 */
import { stringify } from 'yaml';
import { ConfigurationError } from '../errors.js';
import { type LabelNames, NO_LABEL } from '../model/metric.js';

export interface AlertmanagerInput {
  labels: LabelNames;
  /** SNS topic ARNs per severity. */
  topics?: { critical: string; warning: string };
  /** Region of the topics (SigV4 signing of the SNS publish). Default: the ARN's. */
  region?: string;
  /** SNS API URL (sns_configs.api_url), e.g. a VPC endpoint; default the regional SNS endpoint. */
  snsApiUrl?: string;
  /** Webhook URLs per severity (webhook_configs: Alertmanager's JSON payload, POSTed). */
  webhooks?: { critical: string; warning: string };
  /**
   * Slack: the incoming-webhook URL (written into the config: prefer apiUrlFile, a file Alertmanager reads)
   * and the channel per severity.
   */
  slack?: { apiUrl?: string; apiUrlFile?: string; channels: { critical: string; warning: string } };
}

const SNS_ARN = /^arn:aws[a-z-]*:sns:([a-z0-9-]+):\d{12}:[A-Za-z0-9_-]{1,256}$/;

function topicRegion(arn: string, what: string): string {
  const m = SNS_ARN.exec(arn);
  if (!m) {
    throw new ConfigurationError(
      `Input "${what}" is ${JSON.stringify(arn)}: expected an SNS topic ARN such as arn:aws:sns:us-east-1:123456789012:driftgate-critical.`,
    );
  }
  return m[1] as string;
}

const MESSAGE = [
  '{{ range .Alerts }}{{ .Labels.alertname }} [{{ .Labels.severity }}] {{ .Annotations.summary }}',
  '{{ .Annotations.description }}',
  'runbook: {{ .Annotations.runbook_url }}',
  'dashboard: {{ .Annotations.dashboard_url }}',
  'expression: {{ .Annotations.expression }}',
  '{{ end }}',
].join('\n');

const SUBJECT = '[{{ .Status | toUpper }}] {{ .GroupLabels.alertname }} {{ .CommonLabels.metric }}';

function httpUrl(url: string, what: string): string {
  let u: URL | undefined;
  try {
    u = new URL(url);
  } catch {
    u = undefined;
  }
  if (!u || (u.protocol !== 'https:' && u.protocol !== 'http:')) {
    throw new ConfigurationError(
      `Input "${what}" is ${JSON.stringify(url)}: expected an http(s) URL such as https://hooks.example.com/driftgate.`,
    );
  }
  return url;
}

function receiver(input: AlertmanagerInput, severity: 'critical' | 'warning') {
  const out: Record<string, unknown> = { name: `driftgate-${severity}` };
  if (input.topics) {
    const arn = input.topics[severity];
    const region = input.region ?? topicRegion(arn, `sns-${severity}-topic-arn`);
    out.sns_configs = [
      {
        ...(input.snsApiUrl ? { api_url: input.snsApiUrl } : {}),
        topic_arn: arn,
        sigv4: { region },
        subject: SUBJECT,
        message: MESSAGE,
        attributes: { severity: '{{ .CommonLabels.severity }}', driftgate_rule: '{{ .CommonLabels.driftgate_rule }}' },
      },
    ];
  }
  if (input.webhooks) {
    out.webhook_configs = [{ url: httpUrl(input.webhooks[severity], `webhook-${severity}-url`), send_resolved: true }];
  }
  if (input.slack) {
    const { apiUrl, apiUrlFile, channels } = input.slack;
    out.slack_configs = [
      {
        ...(apiUrlFile ? { api_url_file: apiUrlFile } : { api_url: httpUrl(apiUrl ?? '', 'slack-api-url') }),
        channel: channels[severity],
        send_resolved: true,
        title: SUBJECT,
        title_link: '{{ .CommonAnnotations.dashboard_url }}',
        text: MESSAGE,
      },
    ];
  }
  return out;
}

/** The Alertmanager configuration (plain Alertmanager YAML as an object). */
export function buildAlertmanagerConfig(input: AlertmanagerInput): Record<string, unknown> {
  if (!input.topics && !input.webhooks && !input.slack) {
    throw new ConfigurationError(
      'No receiver: give the SNS topics (sns-critical-topic-arn, sns-warning-topic-arn), the webhooks (webhook-critical-url, webhook-warning-url) or Slack (slack-api-url or slack-api-url-file, slack-critical-channel, slack-warning-channel).',
    );
  }
  if (input.topics) {
    topicRegion(input.topics.critical, 'sns-critical-topic-arn');
    topicRegion(input.topics.warning, 'sns-warning-topic-arn');
  }
  if (input.slack && !input.slack.apiUrl && !input.slack.apiUrlFile) {
    throw new ConfigurationError(
      'Input "slack-api-url" is empty: give the Slack incoming-webhook URL, or "slack-api-url-file", a file holding it that Alertmanager reads.',
    );
  }
  const { service, environment } = input.labels;
  const identity = [service, ...(environment === NO_LABEL ? [] : [environment])];
  const byService = ['alertname', ...identity, 'metric'];
  return {
    route: {
      receiver: 'driftgate-warning',
      group_by: byService,
      group_wait: '30s',
      group_interval: '5m',
      repeat_interval: '4h',
      routes: [
        {
          receiver: 'driftgate-critical',
          matchers: ['alertname=~"Driftgate.*"', 'severity="critical"'],
          group_wait: '10s',
          repeat_interval: '1h',
        },
        { receiver: 'driftgate-warning', matchers: ['alertname=~"Driftgate.*"', 'severity="warning"'] },
      ],
    },
    inhibit_rules: [
      {
        source_matchers: ['alertname=~"DriftgateLatencyRollback|DriftgateSLOBreach"'],
        target_matchers: ['alertname="DriftgateDriftBeyondTolerance"'],
        equal: identity,
      },
    ],
    receivers: [receiver(input, 'critical'), receiver(input, 'warning')],
  };
}

/**
 * As YAML: `plain` for a self-run Alertmanager (amtool check-config), `amp` for AMP's
 * PutAlertManagerDefinition / aws_prometheus_alert_manager_definition (the config under alertmanager_config).
 */
export function renderAlertmanagerConfig(config: Record<string, unknown>, format: 'plain' | 'amp' = 'plain'): string {
  if (format === 'amp') {
    const other = (config.receivers as Array<Record<string, unknown>>).some(
      (r) => r.webhook_configs || r.slack_configs,
    );
    if (other) {
      throw new ConfigurationError(
        "--format amp with a webhook or Slack receiver: AMP's Alertmanager delivers only to SNS. Use --format plain for a self-run Alertmanager, or SNS topics (and a Lambda subscription posting to Slack or your webhook).",
      );
    }
  }
  const plain = stringify(config, { lineWidth: 0 });
  return format === 'amp' ? stringify({ alertmanager_config: plain }, { lineWidth: 0 }) : plain;
}
