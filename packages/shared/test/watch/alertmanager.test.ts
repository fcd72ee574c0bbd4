/** Alertmanager routing of the watch alerts: SNS receivers by severity, rollback inhibits drift. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigurationError } from '@driftgate/shared/errors';
import { DEFAULT_LABELS } from '@driftgate/shared/metrics';
import { buildAlertmanagerConfig, renderAlertmanagerConfig } from '@driftgate/shared/watch/alertmanager';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const topics = {
  critical: 'arn:aws:sns:us-east-1:123456789012:driftgate-critical',
  warning: 'arn:aws:sns:us-east-1:123456789012:driftgate-warning',
};

describe('Alertmanager routing', () => {
  const config = buildAlertmanagerConfig({ labels: { ...DEFAULT_LABELS, service: 'app' }, topics }) as any;

  it('routes critical and warning alerts to their SNS topics, signed for the topic region', () => {
    const routes = config.route.routes as Array<{ receiver: string; matchers: string[] }>;
    expect(routes.map((r) => [r.receiver, r.matchers])).toEqual([
      ['driftgate-critical', ['alertname=~"Driftgate.*"', 'severity="critical"']],
      ['driftgate-warning', ['alertname=~"Driftgate.*"', 'severity="warning"']],
    ]);
    const byName = Object.fromEntries(config.receivers.map((r: any) => [r.name, r.sns_configs[0]]));
    expect(byName['driftgate-critical']).toMatchObject({ topic_arn: topics.critical, sigv4: { region: 'us-east-1' } });
    expect(byName['driftgate-warning'].topic_arn).toBe(topics.warning);
    expect(config.route.group_by).toEqual(['alertname', 'app', 'env', 'metric']);
  });

  it('a rollback or SLO alert silences the drift alert of the same service and environment', () => {
    expect(config.inhibit_rules).toEqual([
      {
        source_matchers: ['alertname=~"DriftgateLatencyRollback|DriftgateSLOBreach"'],
        target_matchers: ['alertname="DriftgateDriftBeyondTolerance"'],
        equal: ['app', 'env'],
      },
    ]);
  });

  it('renders plain Alertmanager YAML or an AMP alert manager definition', () => {
    expect(parse(renderAlertmanagerConfig(config))).toEqual(config);
    const amp = parse(renderAlertmanagerConfig(config, 'amp'));
    expect(parse(amp.alertmanager_config)).toEqual(config);
  });

  it('names the input of a bad topic ARN', () => {
    expect(() =>
      buildAlertmanagerConfig({ labels: DEFAULT_LABELS, topics: { ...topics, warning: 'driftgate-warning' } }),
    ).toThrow(ConfigurationError);
    expect(() => buildAlertmanagerConfig({ labels: DEFAULT_LABELS, topics: { ...topics, warning: 'x' } })).toThrow(
      /Input "sns-warning-topic-arn" is "x": expected an SNS topic ARN/,
    );
  });
});

describe('examples/watch', () => {
  const root = join(import.meta.dirname, '..', '..', '..', '..');
  const example = {
    labels: DEFAULT_LABELS,
    topics: {
      critical: 'arn:aws:sns:us-east-1:123456789012:driftgate-critical',
      warning: 'arn:aws:sns:us-east-1:123456789012:driftgate-warning',
    },
  };
  it('alertmanager.yml and terraform/alertmanager-amp.yml are what driftgate alertmanager writes', () => {
    const config = buildAlertmanagerConfig(example);
    expect(parse(readFileSync(join(root, 'examples/watch/alertmanager.yml'), 'utf8'))).toEqual(config);
    expect(readFileSync(join(root, 'examples/watch/terraform/alertmanager-amp.yml'), 'utf8')).toBe(
      renderAlertmanagerConfig(config, 'amp'),
    );
  });
});
