/**
 * The production watch commands of the bundled driftgate CLI (packages/cli/dist/index.js): rules (from the
 * demo recording and from a real Prometheus), alertmanager, dashboards, and the demo's part 3, which runs the
 * generated rules over the recorded regression through promtool.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  fixturesOpenMetrics,
  freePort,
  type PrometheusServer,
  REPO_ROOT,
  releaseFixture,
  startPrometheus,
} from '@driftgate/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';

const RECORDING = join(REPO_ROOT, 'packages/cli/demo/compare-recording.json');
const dir = () => mkdtempSync(join(tmpdir(), 'dg-watch-cli-'));
function driftgate(args: string[], cwd = dir()) {
  const r = spawnSync(process.execPath, [join(REPO_ROOT, 'packages/cli/dist/index.js'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, cwd };
}

describe('driftgate rules / alertmanager / dashboards (bundled)', () => {
  const slower = releaseFixture({ service: 'checkout', effect: { latency: { read: 1.3 } } });
  let prom: PrometheusServer;
  beforeAll(async () => {
    prom = await startPrometheus({ openMetrics: fixturesOpenMetrics([slower]) });
  });
  afterAll(async () => prom?.stop());

  it('rules from the demo recording: promtool-clean fleet and baseline files; the same run again is unchanged (no --promoted-at: the window end, never now); --dry-run shows the diff', () => {
    const cwd = dir();
    const args = ['rules', '--service', 'checkout-api', '--metrics-file', RECORDING];
    const r = driftgate([...args, '--output', 'rules/checkout-api.yml'], cwd);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/baseline v1\.41\.0 .* 11 alerts/);
    expect(r.stdout).toMatch(/DriftgateLatencyRollback\s+latency_p95_read\s+critical for 10m/);
    expect(r.stdout).toMatch(/rules\/driftgate-fleet\.yml \(fleet\): created\.$/m);
    const file = join(cwd, 'rules/checkout-api.yml');
    const fleet = join(cwd, 'rules/driftgate-fleet.yml');
    expect(execFileSync('promtool', ['check', 'rules', fleet, file], { encoding: 'utf8' })).toMatch(/SUCCESS/);
    const base = parse(readFileSync(file, 'utf8')).groups[0].rules.find(
      (x: any) => x.record === 'service_env:latency_p95_read:baseline',
    );
    // The recording's baseline window ends 2026-11-27T09:00:00Z... whatever it is, it is not now.
    expect(Date.parse(base.labels.baseline_promoted_at)).toBeLessThan(Date.now() - 86400_000);
    const again = driftgate([...args, '--output', 'rules/checkout-api.yml'], cwd);
    expect(again.stdout).toMatch(/\(fleet\): unchanged\.$/m);
    expect(again.stdout).toMatch(/checkout-api\.yml: unchanged\.$/m);
    const dry = driftgate(
      [...args, '--output', 'rules/checkout-api.yml', '--dry-run', '--promoted-at', '2026-11-28T09:00:00Z'],
      cwd,
    );
    expect(dry.stdout).toMatch(/^\+\s+baseline_promoted_at: 2026-11-28T09:00:00Z$/m);
    expect(dry.stdout).toMatch(/dry run: nothing was written/);
  });

  it('replaces an old single-file (per-service) rule file in one step: the dry run shows the old group go', () => {
    const cwd = dir();
    mkdirSync(join(cwd, 'rules'));
    const old = {
      groups: [
        {
          name: 'driftgate:checkout-api:prod',
          interval: '1m',
          rules: [
            { record: 'service_env:latency_p95_read:baseline', expr: 'vector(0.2)' },
            {
              alert: 'DriftgateLatencyRollback',
              expr: 'service_env:latency_p95_read:p95_rate2m > 1.5 * scalar(service_env:latency_p95_read:baseline)',
            },
          ],
        },
      ],
    };
    writeFileSync(join(cwd, 'rules/checkout-api.yml'), stringify(old));
    const args = [
      'rules',
      '--service',
      'checkout-api',
      '--metrics-file',
      RECORDING,
      '--output',
      'rules/checkout-api.yml',
    ];
    const dry = driftgate([...args, '--dry-run'], cwd);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toMatch(/^-\s+- name: driftgate:checkout-api:prod$/m);
    expect(dry.stdout).toMatch(/^-.*scalar\(service_env:latency_p95_read:baseline\)/m);
    expect(dry.stdout).toMatch(/^\+\s+- name: driftgate:checkout-api:prod:baseline$/m);
    expect(dry.stdout).toMatch(/^\+\s+- name: driftgate:fleet:recording$/m);
    const r = driftgate(args, cwd);
    expect(r.stdout).toMatch(/checkout-api\.yml: updated\.$/m);
    expect(readFileSync(join(cwd, 'rules/checkout-api.yml'), 'utf8')).not.toContain('scalar(');
  });

  it('rules from a real Prometheus: the baseline is measured there', () => {
    const cwd = dir();
    const r = driftgate(
      [
        'rules',
        '--prometheus-url',
        prom.url,
        '--service',
        slower.service,
        '--baseline-version',
        slower.baselineVersion,
        '--baseline-window',
        slower.baselineWindow,
        '--output',
        'r.yml',
      ],
      cwd,
    );
    expect(r.code, r.stderr).toBe(0);
    const doc = parse(readFileSync(join(cwd, 'r.yml'), 'utf8'));
    const base = doc.groups[0].rules.find((x: any) => x.record === 'service_env:latency_p95_read:baseline');
    expect(base.labels).toMatchObject({ service: slower.service, baseline_version: slower.baselineVersion });
    const value = Number(/vector\((.*)\)/.exec(base.expr)?.[1]);
    expect(value).toBeGreaterThan(0);

    // labels.version: none: releases told apart by their windows alone; the same baseline is measured.
    writeFileSync(join(cwd, 'none.yml'), 'version: 1\nlabels:\n  version: none\n');
    const none = driftgate(
      [
        'rules',
        '--prometheus-url',
        prom.url,
        '--config',
        'none.yml',
        '--service',
        slower.service,
        '--baseline-version',
        slower.baselineVersion,
        '--baseline-window',
        slower.baselineWindow,
        '--output',
        'none-rules.yml',
      ],
      cwd,
    );
    expect(none.code, none.stderr).toBe(0);
    const noneBase = parse(readFileSync(join(cwd, 'none-rules.yml'), 'utf8')).groups[0].rules.find(
      (x: any) => x.record === 'service_env:latency_p95_read:baseline',
    );
    expect(Number(/vector\((.*)\)/.exec(noneBase.expr)?.[1])).toBeCloseTo(value, 6);
    expect(
      execFileSync('promtool', ['check', 'rules', join(cwd, 'driftgate-fleet.yml'), join(cwd, 'none-rules.yml')], {
        encoding: 'utf8',
      }),
    ).toMatch(/SUCCESS/);
  });

  it('fails closed with exit 2 naming the flag', () => {
    const r = driftgate(['rules', '--service', 'checkout-api', '--metrics-file', RECORDING, '--publish', 'ftp']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--publish is "ftp": expected file, amp or ruler.');
    const max = driftgate([
      'rules',
      '--service',
      'checkout-api',
      '--metrics-file',
      RECORDING,
      '--publish',
      'ruler',
      '--ruler-url',
      'http://127.0.0.1:1',
      '--max-rules-per-group',
      '2',
    ]);
    expect(max.code).toBe(2);
    expect(max.stderr).toMatch(
      /--max-rules-per-group is 2: below the 3 recording rules of group driftgate:fleet:recording/,
    );
    const neg = driftgate(['rules', '--service', 'x', '--metrics-file', RECORDING, '--max-rules-per-group', '-1']);
    expect(neg.code).toBe(2);
    expect(neg.stderr).toMatch(/--max-rules-per-group is "-1": expected a whole number of rules/);
    const noWindow = driftgate([
      'rules',
      '--service',
      'x',
      '--prometheus-url',
      prom.url,
      '--baseline-version',
      'v1',
      '--output',
      'r.yml',
    ]);
    expect(noWindow.code).toBe(2);
    expect(noWindow.stderr).toMatch(/--baseline-window is empty/);
  });

  it('an unreachable --ruler-url: exit 4, naming the ruler URL without its secrets, the cause and --ruler-url', async () => {
    const port = await freePort(); // nothing listens there
    const r = driftgate([
      'rules',
      '--metrics-file',
      RECORDING,
      '--publish',
      'ruler',
      '--ruler-url',
      `http://ops:ruler-pass-5@127.0.0.1:${port}/?token=ruler-token-6`,
      '--dry-run',
    ]);
    expect(r.code, r.stderr).toBe(4);
    expect(r.stderr.trim()).toBe(
      `driftgate rules: Could not reach the ruler at http://127.0.0.1:${port}/prometheus/config/v1/rules/driftgate-fleet (GET, the deployed rules): ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:${port}. Check --ruler-url (the Mimir or Cortex base URL) and that the ruler is up.`,
    );
    expect(r.stdout + r.stderr).not.toMatch(/ruler-pass-5|ruler-token-6/);
  });

  it('alertmanager and dashboards write their files', () => {
    const cwd = dir();
    const am = driftgate(
      [
        'alertmanager',
        '--sns-critical-topic-arn',
        'arn:aws:sns:eu-west-1:123456789012:crit',
        '--sns-warning-topic-arn',
        'arn:aws:sns:eu-west-1:123456789012:warn',
        '--format',
        'amp',
        '--output',
        'am.yml',
      ],
      cwd,
    );
    expect(am.code, am.stderr).toBe(0);
    expect(parse(parse(readFileSync(join(cwd, 'am.yml'), 'utf8')).alertmanager_config).receivers).toHaveLength(2);
    const dash = driftgate(['dashboards', '--output-dir', 'dash'], cwd);
    expect(dash.code, dash.stderr).toBe(0);
    expect(readFileSync(join(cwd, 'dash', 'driftgate-service.json'), 'utf8')).toBe(
      readFileSync(join(REPO_ROOT, 'ops', 'dashboards', 'driftgate-service.json'), 'utf8'),
    );
  });

  it("demo: one baseline in all three parts; the watch replays the bake's minutes and says why its rollback differs", () => {
    const r = driftgate(['demo']);
    expect(r.code, r.stderr).toBe(0);
    // Part 1's baseline, the bake's and the watch's: the same record, the same value.
    // The table's baseline cell: "0.126 s -> 0.122 s trimmed" (raw, then the baseline the gate judged on).
    const gate = /latency_p95_read +\d\.\d+ s -> (\d\.\d+) s trimmed/.exec(r.stdout)?.[1];
    const bake = /is \d\.\d+x baseline (\d\.\d+)/.exec(r.stdout)?.[1];
    const watch = /against baseline v1\.41\.0 \(p95 read (\d\.\d+) s, the same record as parts 1 and 2\)/.exec(
      r.stdout,
    )?.[1];
    expect(gate).toBeDefined();
    expect(Number(bake)).toBeCloseTo(Number(gate), 3);
    expect(Number(watch)).toBeCloseTo(Number(gate), 3);
    expect(r.stdout).toMatch(/compare with the same data's median 5-minute histogram_quantile: 0\.1\d\d s/);
    expect(r.stdout).toMatch(/driftgate demo, part 3/);
    expect(r.stdout).toMatch(/Replaying the 30 minutes of v1\.42\.0 the bake judged/);
    expect(r.stdout).toMatch(
      /DriftgateDriftBeyondTolerance \(latency_p95_read, for 10m\): fires at minute (1[0-9]) after the deploy/,
    );
    // The bake rolls back on driftgate's estimate; the watch's histogram_quantile stays below 1.5x: one line says why.
    expect(r.stdout).toMatch(/DriftgateLatencyRollback \(latency_p95_read, for 10m\): does not fire in 30 minutes/);
    expect(r.stdout).toMatch(
      /^They differ, by the estimator: the bake's verdict is rollback \(decided at minute 14 at 1\.\d\dx the baseline, driftgate's estimate\), the watch's rollback alert does not fire \(its 5-minute histogram_quantile reached at most 1\.\d\dx its baseline reading\)/m,
    );
  }, 60_000);
});

describe('driftgate alertmanager with a secret in the configuration (bundled)', () => {
  const SLACK = 'https://hooks.slack.com/services/T0/B0/am-slack-SECRET-77';
  const PAGER = 'https://pager-bot:pager-pass-99@pager.example.com/x';
  const secretFree = (s: string) =>
    expect(s).not.toMatch(/am-slack-SECRET-77|pager-pass-99|services\/T0\/B0|pager-bot/);
  const slack = ['--slack-api-url', SLACK, '--slack-critical-channel', '#a', '--slack-warning-channel', '#b'];
  const webhooks = ['--webhook-critical-url', PAGER, '--webhook-warning-url', 'https://tickets.example.com/x'];

  it('--output writes the real URLs (mode 0600) that amtool accepts, and only the path is printed', () => {
    const cwd = dir();
    const r = driftgate(['alertmanager', ...slack, ...webhooks, '--output', 'am.yml'], cwd);
    expect(r.code, r.stderr).toBe(0);
    const file = join(cwd, 'am.yml');
    expect(r.stdout.trim()).toBe(`Alertmanager configuration (plain): ${file} (mode 0600: it holds a secret)`);
    secretFree(r.stdout + r.stderr);
    const receivers = parse(readFileSync(file, 'utf8')).receivers;
    expect(receivers[0].slack_configs[0].api_url).toBe(SLACK);
    expect(receivers[0].webhook_configs[0].url).toBe(PAGER);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(execFileSync('amtool', ['check-config', file], { encoding: 'utf8' })).toMatch(/SUCCESS/);
  });

  it('an existing --output file is made 0600 too', () => {
    const cwd = dir();
    writeFileSync(join(cwd, 'am.yml'), 'old\n', { mode: 0o644 });
    const r = driftgate(['alertmanager', ...slack, '--output', 'am.yml'], cwd);
    expect(r.code, r.stderr).toBe(0);
    expect(statSync(join(cwd, 'am.yml')).mode & 0o777).toBe(0o600);
  });

  it.each([
    [
      '--slack-api-url',
      slack,
      /^driftgate alertmanager: --slack-api-url is a secret \(the Slack incoming-webhook URL\)/,
    ],
    [
      '--webhook-critical-url',
      webhooks,
      /^driftgate alertmanager: --webhook-critical-url is https:\/\/pager\.example\.com\/x with a user and password/,
    ],
  ])('without --output, %s is refused before any work: the configuration would go to stdout', (_, args, message) => {
    const r = driftgate(['alertmanager', ...args]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/give --output FILE/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    secretFree(r.stdout + r.stderr);
  });

  it('without a secret, the configuration still goes to stdout', () => {
    const r = driftgate([
      'alertmanager',
      '--webhook-critical-url',
      'https://pager.example.com/c',
      '--webhook-warning-url',
      'https://pager.example.com/w',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(parse(r.stdout).receivers[0].webhook_configs[0].url).toBe('https://pager.example.com/c');
  });
});
