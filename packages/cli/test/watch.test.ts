/**
 * The production watch commands of the bundled driftgate CLI (packages/cli/dist/index.js): rules (from the
 * demo recording and from a real Prometheus), alertmanager, dashboards, and the demo's part 3, which runs the
 * generated rules over the recorded regression through promtool.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  fixturesOpenMetrics,
  type PrometheusServer,
  REPO_ROOT,
  releaseFixture,
  startPrometheus,
} from '@driftgate/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

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

  it('rules from the demo recording: a promtool-clean file; the same run again is unchanged; --dry-run shows the diff', () => {
    const cwd = dir();
    const args = [
      'rules',
      '--service',
      'checkout-api',
      '--metrics-file',
      RECORDING,
      '--promoted-at',
      '2026-11-27T09:00:00Z',
    ];
    const r = driftgate([...args, '--output', 'rules/checkout-api.yml'], cwd);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/baseline v1\.41\.0 .* 11 alerts/);
    expect(r.stdout).toMatch(/DriftgateLatencyRollback\s+latency_p95_read\s+critical for 10m/);
    const file = join(cwd, 'rules/checkout-api.yml');
    expect(execFileSync('promtool', ['check', 'rules', file], { encoding: 'utf8' })).toMatch(/SUCCESS/);
    expect(driftgate([...args, '--output', 'rules/checkout-api.yml'], cwd).stdout).toMatch(/: unchanged\.$/m);
    const dry = driftgate(
      [...args, '--output', 'rules/checkout-api.yml', '--dry-run', '--promoted-at', '2026-11-28T09:00:00Z'],
      cwd,
    );
    expect(dry.stdout).toMatch(/^\+\s+baseline_promoted_at: 2026-11-28T09:00:00Z$/m);
    expect(dry.stdout).toMatch(/dry run: nothing was written/);
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
    expect(Number(/vector\((.*)\)/.exec(base.expr)?.[1])).toBeGreaterThan(0);
  });

  it('fails closed with exit 2 naming the flag', () => {
    const r = driftgate(['rules', '--service', 'checkout-api', '--metrics-file', RECORDING, '--publish', 'ftp']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--publish is "ftp": expected file, amp or ruler.');
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
