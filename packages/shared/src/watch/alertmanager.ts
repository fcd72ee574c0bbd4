/**
 * Alertmanager routing for the watch's alerts (PURE): AMP's Alertmanager delivers only to Amazon SNS, so
 * every receiver is an SNS topic, chosen by severity — critical (rollback, SLO breach: page and roll back)
 * and warning (drift ticket, FinOps ticket). From SNS, a Lambda subscription files the Jira ticket or posts to
 * Slack (docs/production-watch.md). A firing DriftgateLatencyRollback or DriftgateSLOBreach inhibits the
 * DriftgateDriftBeyondTolerance of the same service and environment: one regression, one page, no ticket noise.
 */
import { stringify } from 'yaml';
import { ConfigurationError } from '../errors.js';
import type { LabelNames } from '../model/metric.js';

export interface AlertmanagerInput {
  labels: LabelNames;
  /** SNS topic ARNs per severity. */
  topics: { critical: string; warning: string };
  /** Region of the topics (SigV4 signing of the SNS publish). Default: the ARN's. */
  region?: string;
  /** SNS API URL (sns_configs.api_url), e.g. a VPC endpoint; default the regional SNS endpoint. */
  snsApiUrl?: string;
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

function receiver(name: string, arn: string, region: string, apiUrl: string | undefined) {
  return {
    name,
    sns_configs: [
      {
        ...(apiUrl ? { api_url: apiUrl } : {}),
        topic_arn: arn,
        sigv4: { region },
        subject: '[{{ .Status | toUpper }}] {{ .GroupLabels.alertname }} {{ .CommonLabels.metric }}',
        message: MESSAGE,
        attributes: { severity: '{{ .CommonLabels.severity }}', driftgate_rule: '{{ .CommonLabels.driftgate_rule }}' },
      },
    ],
  };
}

/** The Alertmanager configuration (plain Alertmanager YAML as an object). */
export function buildAlertmanagerConfig(input: AlertmanagerInput): Record<string, unknown> {
  const critical = topicRegion(input.topics.critical, 'sns-critical-topic-arn');
  const warning = topicRegion(input.topics.warning, 'sns-warning-topic-arn');
  const { service, environment } = input.labels;
  const byService = ['alertname', service, environment, 'metric'];
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
        equal: [service, environment],
      },
    ],
    receivers: [
      receiver('driftgate-critical', input.topics.critical, input.region ?? critical, input.snsApiUrl),
      receiver('driftgate-warning', input.topics.warning, input.region ?? warning, input.snsApiUrl),
    ],
  };
}

/**
 * As YAML: `plain` for a self-run Alertmanager (amtool check-config), `amp` for AMP's
 * PutAlertManagerDefinition / aws_prometheus_alert_manager_definition (the config under alertmanager_config).
 */
export function renderAlertmanagerConfig(config: Record<string, unknown>, format: 'plain' | 'amp' = 'plain'): string {
  const plain = stringify(config, { lineWidth: 0 });
  return format === 'amp' ? stringify({ alertmanager_config: plain }, { lineWidth: 0 }) : plain;
}
