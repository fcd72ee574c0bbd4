/**
 * `driftgate alertmanager`'s settings (flows/watch/alertmanager-settings.ts): the receivers parsed once into
 * buildAlertmanagerConfig's input, and every mistake named the caller's way before the config is read.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type AlertmanagerValues, alertmanagerSettings } from '../../src/flows/watch/index.js';

const cwd = mkdtempSync(join(tmpdir(), 'driftgate-alertmanager-settings-'));
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

const flag = (name: string) => `--${name}`;
const TOPICS = {
  'sns-critical-topic-arn': 'arn:aws:sns:eu-west-1:123456789012:driftgate-critical',
  'sns-warning-topic-arn': 'arn:aws:sns:eu-west-1:123456789012:driftgate-warning',
};
const settings = (v: Partial<AlertmanagerValues>) =>
  alertmanagerSettings({ format: 'plain', ...v } as AlertmanagerValues, flag, { cwd });

describe('alertmanagerSettings', () => {
  it('parses every receiver kind, the region, the endpoint, the format and the output once', () => {
    expect(
      settings({
        ...TOPICS,
        'aws-region': 'eu-west-1',
        'sns-api-url': 'https://sns.vpce.example.com/',
        'webhook-critical-url': 'https://pager.example.com/critical',
        'webhook-warning-url': 'https://pager.example.com/warning',
        'slack-api-url-file': '/etc/alertmanager/slack-url',
        'slack-critical-channel': '#oncall',
        'slack-warning-channel': '#perf-tickets',
        format: 'amp',
        config: 'driftgate.yml',
        output: 'am.yml',
      }),
    ).toEqual({
      format: 'amp',
      config: 'driftgate.yml',
      output: 'am.yml',
      secret: false,
      routing: {
        topics: { critical: TOPICS['sns-critical-topic-arn'], warning: TOPICS['sns-warning-topic-arn'] },
        webhooks: { critical: 'https://pager.example.com/critical', warning: 'https://pager.example.com/warning' },
        slack: {
          channels: { critical: '#oncall', warning: '#perf-tickets' },
          apiUrlFile: '/etc/alertmanager/slack-url',
        },
        region: 'eu-west-1',
        snsApiUrl: 'https://sns.vpce.example.com/',
      },
    });
    expect(settings({})).toEqual({ format: 'plain', secret: false, routing: {} });
  });

  it.each([
    [
      { 'sns-critical-topic-arn': TOPICS['sns-critical-topic-arn'] },
      /^--sns-warning-topic-arn is required with --sns-critical-topic-arn\.$/,
    ],
    [
      { 'webhook-warning-url': 'https://pager.example.com/w' },
      /^--webhook-critical-url is required with --webhook-warning-url\.$/,
    ],
    [
      { 'slack-api-url': 'https://hooks.slack.com/services/T0/B0/x' },
      /^--slack-critical-channel and --slack-warning-channel are required with Slack\.$/,
    ],
    [
      { ...TOPICS, 'sns-api-url': 'https://bot:sns-pass-99@sns.example.com/' },
      /^--sns-api-url holds a user and password/,
    ],
    [{ format: 'json' }, /^--format is "json": expected plain \(Alertmanager\) or amp/],
    [{ ...TOPICS, config: 'driftgate.yml', output: './driftgate.yml' }, /the same file as input "config"/],
  ] as Array<[Partial<AlertmanagerValues>, RegExp]>)('refuses %j before the config is read', (over, message) => {
    expect(() => settings(over)).toThrow(message);
  });

  it('never quotes the password of an SNS endpoint it refuses', () => {
    expect(() => settings({ ...TOPICS, 'sns-api-url': 'https://bot:sns-pass-99@sns.example.com/' })).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('sns-pass-99') }),
    );
  });

  const SLACK = {
    'slack-api-url': 'https://hooks.slack.com/services/T0/B0/slack-secret-1',
    'slack-critical-channel': '#oncall',
    'slack-warning-channel': '#perf',
  };
  const WEBHOOKS = {
    'webhook-critical-url': 'https://bot:hook-pass-2@pager.example.com/c',
    'webhook-warning-url': 'https://pager.example.com/w?token=hook-token-3',
  };

  it('a secret copied into the configuration (the Slack URL, a webhook password or token) needs an output file', () => {
    expect(settings({ ...SLACK, output: 'am.yml' }).secret).toBe(true);
    expect(settings({ ...WEBHOOKS, output: 'am.yml' }).secret).toBe(true);
    expect(
      settings({ ...TOPICS, 'sns-api-url': 'https://sns.example.com/?token=sns-token-4', output: 'am.yml' }).secret,
    ).toBe(true);
    expect(
      settings({
        'webhook-critical-url': 'https://pager.example.com/c',
        'webhook-warning-url': 'https://pager.example.com/w',
      }).secret,
    ).toBe(false);
    // Not written: the Slack URL when its file is given (api_url_file), an SNS endpoint without topics.
    expect(settings({ ...SLACK, 'slack-api-url-file': '/etc/alertmanager/slack-url' }).secret).toBe(false);
    expect(settings({ 'sns-api-url': 'https://sns.example.com/?token=sns-token-4' }).secret).toBe(false);
  });

  it.each([
    [
      SLACK,
      /^--slack-api-url is a secret \(the Slack incoming-webhook URL\), which the configuration would hold; without --output the configuration is printed to stdout \(a CI log\): give --output FILE \(written with mode 0600; only its path is printed\), or --slack-api-url-file, a file Alertmanager reads the URL from\.$/,
    ],
    [
      WEBHOOKS,
      /^--webhook-critical-url is https:\/\/pager\.example\.com\/c with a user and password and --webhook-warning-url is https:\/\/pager\.example\.com\/w with a query string \(a token\), which the configuration would hold; without --output .*: give --output FILE \(written with mode 0600; only its path is printed\)\.$/,
    ],
  ] as Array<[Partial<AlertmanagerValues>, RegExp]>)(
    'without output, refuses %j naming the input, never its secret',
    (over, message) => {
      expect(() => settings(over)).toThrow(message);
      expect(() => settings(over)).toThrow(
        expect.objectContaining({
          message: expect.not.stringMatching(/slack-secret-1|T0\/B0|hook-pass-2|bot:|hook-token-3/),
        }),
      );
    },
  );
});
