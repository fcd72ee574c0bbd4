/** Alertmanager routing of the watch alerts: SNS receivers by severity, rollback inhibits drift. */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { type AlertmanagerServer, startAlertmanager } from '@driftgate/testkit/alertmanager';
import { type FakeServer, startFakeServer } from '@driftgate/testkit/fake-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ConfigurationError } from '../../src/core/errors.js';
import { DEFAULT_LABELS } from '../../src/core/model/metric.js';
import { buildAlertmanagerConfig, renderAlertmanagerConfig } from '../../src/core/watch/alertmanager.js';

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
  it('alertmanager-webhook-slack.yml is what driftgate alertmanager writes for webhooks and Slack', () => {
    const config = buildAlertmanagerConfig({
      labels: DEFAULT_LABELS,
      webhooks: { critical: 'https://pager.example.com/driftgate', warning: 'https://tickets.example.com/driftgate' },
      slack: { apiUrlFile: '/etc/alertmanager/slack-url', channels: { critical: '#oncall', warning: '#perf-tickets' } },
    });
    expect(parse(readFileSync(join(root, 'examples/watch/alertmanager-webhook-slack.yml'), 'utf8'))).toEqual(config);
  });
});

describe('on a real Alertmanager (amtool, prometheus-alertmanager)', () => {
  const run = promisify(execFile);
  let sns: FakeServer;
  let am: AlertmanagerServer;
  let dir: string;
  const publishes = () =>
    sns.requests.filter((r) => r.form().get('Action') === 'Publish').map((r) => ({ req: r, form: r.form() }));

  beforeAll(async () => {
    sns = await startFakeServer(() => ({
      status: 200,
      headers: { 'content-type': 'text/xml' },
      body: '<PublishResponse xmlns="https://sns.amazonaws.com/doc/2010-03-31/"><PublishResult><MessageId>m-1</MessageId></PublishResult><ResponseMetadata><RequestId>r-1</RequestId></ResponseMetadata></PublishResponse>',
    }));
    const config = buildAlertmanagerConfig({ labels: DEFAULT_LABELS, topics, snsApiUrl: sns.url }) as any;
    // Deliver at once (the routing and inhibition under test are unchanged).
    config.route.group_wait = '1s';
    for (const r of config.route.routes) r.group_wait = '1s';
    const text = renderAlertmanagerConfig(config);
    dir = await mkdtemp(join(tmpdir(), 'driftgate-am-test-'));
    await writeFile(join(dir, 'am.yml'), text);
    am = await startAlertmanager(text, {
      AWS_ACCESS_KEY_ID: 'AKIDAMTEST',
      AWS_SECRET_ACCESS_KEY: 'am/SeCrEt+KeY/0123456789abcdef',
    });
  });
  afterAll(async () => {
    await am?.stop();
    await sns?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('amtool: the configuration is valid and routes each severity to its receiver', async () => {
    const file = join(dir, 'am.yml');
    expect((await run('amtool', ['check-config', file])).stdout).toMatch(/SUCCESS/);
    const route = async (...labels: string[]) =>
      (await run('amtool', ['config', 'routes', 'test', `--config.file=${file}`, ...labels])).stdout.trim();
    expect(await route('alertname=DriftgateLatencyRollback', 'severity=critical', 'service=a')).toBe(
      'driftgate-critical',
    );
    expect(await route('alertname=DriftgateDriftBeyondTolerance', 'severity=warning', 'service=a')).toBe(
      'driftgate-warning',
    );
  });

  it('a firing rollback alert inhibits the drift alert of the same service; SNS gets the rest, signed for sns', async () => {
    const alert = (alertname: string, severity: string, service: string) => ({
      labels: { alertname, severity, service, env: 'prod', metric: 'latency_p95_read', driftgate_rule: 'x' },
      annotations: { summary: `${alertname} of ${service}`, runbook_url: 'https://example.com/r' },
      startsAt: new Date().toISOString(),
    });
    const res = await fetch(`${am.url}/api/v2/alerts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([
        alert('DriftgateLatencyRollback', 'critical', 'checkout-api'),
        alert('DriftgateDriftBeyondTolerance', 'warning', 'checkout-api'),
        alert('DriftgateDriftBeyondTolerance', 'warning', 'search-api'),
      ]),
    });
    expect(res.ok).toBe(true);
    const deadline = Date.now() + 20_000;
    while (publishes().length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    const state = (await (await fetch(`${am.url}/api/v2/alerts`)).json()) as Array<{
      labels: Record<string, string>;
      status: { state: string; inhibitedBy: string[] };
    }>;
    const of = (name: string, service: string) =>
      state.find((a) => a.labels.alertname === name && a.labels.service === service)?.status;
    expect(of('DriftgateDriftBeyondTolerance', 'checkout-api')).toMatchObject({ state: 'suppressed' });
    expect(of('DriftgateDriftBeyondTolerance', 'checkout-api')?.inhibitedBy).toHaveLength(1);
    expect(of('DriftgateDriftBeyondTolerance', 'search-api')?.state).toBe('active');
    expect(of('DriftgateLatencyRollback', 'checkout-api')?.state).toBe('active');

    await new Promise((r) => setTimeout(r, 1500)); // nothing else arrives
    const sent = publishes();
    expect(sent.map((p) => p.form.get('TopicArn')).sort()).toEqual([topics.critical, topics.warning]);
    const critical = sent.find((p) => p.form.get('TopicArn') === topics.critical);
    expect(critical?.form.get('Message')).toContain(
      'DriftgateLatencyRollback [critical] DriftgateLatencyRollback of checkout-api',
    );
    expect(sent.find((p) => p.form.get('TopicArn') === topics.warning)?.form.get('Message')).toContain('search-api');
    expect(
      sent.every((p) => !String(p.form.get('Message')).includes('DriftgateDriftBeyondTolerance of checkout-api')),
    ).toBe(true);
    for (const p of sent) {
      expect(String(p.req.headers.authorization)).toMatch(
        /^AWS4-HMAC-SHA256 Credential=AKIDAMTEST\/\d{8}\/us-east-1\/sns\/aws4_request/,
      );
    }
  }, 40_000);
});

describe('webhook and Slack receivers (amtool, a real Alertmanager, loopback endpoints)', () => {
  const run = promisify(execFile);
  let hooks: FakeServer;
  let am: AlertmanagerServer;
  let dir: string;
  const received = (path: string) =>
    hooks.requests
      .filter((r) => r.path === path)
      .map((r) =>
        r.json<{
          alerts?: Array<{ labels: Record<string, string> }>;
          channel?: string;
          attachments?: Array<{ title?: string; text?: string; title_link?: string }>;
        }>(),
      );

  beforeAll(async () => {
    hooks = await startFakeServer(() => ({ status: 200, body: 'ok' }));
    dir = await mkdtemp(join(tmpdir(), 'driftgate-am-hooks-'));
  });
  afterAll(async () => {
    await am?.stop();
    await hooks?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('amtool check-config is clean for SNS, webhook, Slack (URL or URL file) and all at once; AMP refuses webhook and Slack', async () => {
    await writeFile(join(dir, 'slack-url'), 'https://hooks.slack.com/services/T0/B0/x\n');
    const variants: Record<string, Parameters<typeof buildAlertmanagerConfig>[0]> = {
      sns: { labels: DEFAULT_LABELS, topics },
      webhook: {
        labels: DEFAULT_LABELS,
        webhooks: { critical: 'https://hooks.example.com/critical', warning: 'https://hooks.example.com/warning' },
      },
      slack: {
        labels: DEFAULT_LABELS,
        slack: {
          apiUrl: 'https://hooks.slack.com/services/T0/B0/x',
          channels: { critical: '#oncall', warning: '#perf' },
        },
      },
      'slack-file': {
        labels: DEFAULT_LABELS,
        slack: { apiUrlFile: join(dir, 'slack-url'), channels: { critical: '#oncall', warning: '#perf' } },
      },
      all: {
        labels: { ...DEFAULT_LABELS, environment: 'none' },
        topics,
        webhooks: { critical: 'https://h.example.com/c', warning: 'https://h.example.com/w' },
        slack: {
          apiUrl: 'https://hooks.slack.com/services/T0/B0/x',
          channels: { critical: '#oncall', warning: '#perf' },
        },
      },
    };
    for (const [name, input] of Object.entries(variants)) {
      const config = buildAlertmanagerConfig(input) as any;
      // The same routing and inhibition whatever the receivers.
      expect(config.route.routes.map((r: any) => r.receiver)).toEqual(['driftgate-critical', 'driftgate-warning']);
      expect(config.inhibit_rules[0].source_matchers).toEqual([
        'alertname=~"DriftgateLatencyRollback|DriftgateSLOBreach"',
      ]);
      const file = join(dir, `${name}.yml`);
      await writeFile(file, renderAlertmanagerConfig(config));
      const r = await run('amtool', ['check-config', file]).catch((e) => e);
      expect(`${r.stdout}${r.stderr}`, name).toMatch(/SUCCESS/);
      expect(`${r.stdout}${r.stderr}`, name).not.toMatch(/FAIL|error/i);
      if (name !== 'sns') expect(() => renderAlertmanagerConfig(config, 'amp')).toThrow(/delivers only to SNS/);
    }
    expect((buildAlertmanagerConfig(variants.all as any) as any).inhibit_rules[0].equal).toEqual(['service']);
    expect(() => buildAlertmanagerConfig({ labels: DEFAULT_LABELS })).toThrow(/No receiver/);
    expect(() =>
      buildAlertmanagerConfig({ labels: DEFAULT_LABELS, webhooks: { critical: 'ftp://x', warning: 'https://y' } }),
    ).toThrow(/Input "webhook-critical-url" is "ftp:\/\/x": expected an http\(s\) URL/);
  });

  it('routes by severity to the webhooks and Slack; a rollback inhibits the drift alert of the same service', async () => {
    const config = buildAlertmanagerConfig({
      labels: DEFAULT_LABELS,
      webhooks: { critical: `${hooks.url}/critical`, warning: `${hooks.url}/warning` },
      slack: { apiUrl: `${hooks.url}/slack`, channels: { critical: '#oncall', warning: '#perf' } },
    }) as any;
    config.route.group_wait = '1s';
    for (const r of config.route.routes) r.group_wait = '1s';
    am = await startAlertmanager(renderAlertmanagerConfig(config));
    const alert = (alertname: string, severity: string, service: string) => ({
      labels: { alertname, severity, service, env: 'prod', metric: 'latency_p95_read', driftgate_rule: 'x' },
      annotations: { summary: `${alertname} of ${service}`, dashboard_url: 'https://g.example.com/d/x' },
      startsAt: new Date().toISOString(),
    });
    const res = await fetch(`${am.url}/api/v2/alerts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([
        alert('DriftgateLatencyRollback', 'critical', 'checkout-api'),
        alert('DriftgateDriftBeyondTolerance', 'warning', 'checkout-api'),
        alert('DriftgateDriftBeyondTolerance', 'warning', 'search-api'),
      ]),
    });
    expect(res.ok).toBe(true);
    const deadline = Date.now() + 20_000;
    while (hooks.requests.length < 4 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    await new Promise((r) => setTimeout(r, 1500)); // nothing else arrives
    const pairs = (path: string) =>
      received(path).flatMap((b) => (b.alerts ?? []).map((a) => `${a.labels.alertname} ${a.labels.service}`));
    expect(pairs('/critical')).toEqual(['DriftgateLatencyRollback checkout-api']);
    expect(pairs('/warning')).toEqual(['DriftgateDriftBeyondTolerance search-api']);
    const slack = received('/slack');
    expect(slack.map((m) => m.channel).sort()).toEqual(['#oncall', '#perf']);
    const text = (channel: string) => slack.find((m) => m.channel === channel)?.attachments?.[0]?.text ?? '';
    expect(text('#oncall')).toContain('DriftgateLatencyRollback [critical] DriftgateLatencyRollback of checkout-api');
    expect(slack.find((m) => m.channel === '#oncall')?.attachments?.[0]?.title_link).toBe('https://g.example.com/d/x');
    expect(text('#perf')).toContain('search-api');
    expect(slack.every((m) => !JSON.stringify(m).includes('DriftgateDriftBeyondTolerance of checkout-api'))).toBe(true);
  }, 40_000);
});
