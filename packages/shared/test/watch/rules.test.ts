/**
 * The rule builder (pure) and runRules' baseline resolution: names, guards, thresholds from the bake
 * settings, lower-is-worse metrics, label values that must not break PromQL or Go templates (checked by
 * promtool), the resolved expressions, and the baseline read from the baseline store (loopback S3).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT } from '@driftgate/testkit/run-action';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveBakeSettings } from '../../src/bake/settings.js';
import { defaultConfig } from '../../src/config/config.js';
import { s3Client } from '../../src/publish/s3.js';
import { promoteStableBaseline } from '../../src/store/baseline.js';
import { runRules } from '../../src/watch/plan.js';
import { resolveExpr } from '../../src/watch/promql.js';
import { buildRules, renderRuleFile } from '../../src/watch/rules.js';
import { FAKE_AWS_ENV, type FakeS3, startFakeS3 } from '../bake/fakes.js';
import { BASELINE_P95, testRules } from './fixtures.js';

const run = promisify(execFile);

describe('buildRules', () => {
  const { file, alerts, notes } = testRules();
  const rules = file.groups[0]?.rules ?? [];
  const rule = (alert: string, metric: string) => rules.find((r) => r.alert === alert && r.labels?.metric === metric);

  it('records every catalog metric over 5 minutes with level:metric:operations names, and the baseline as a labelled constant', () => {
    const records = rules.filter((r) => r.record).map((r) => r.record as string);
    for (const m of defaultConfig().metrics)
      expect(records.some((r) => r.startsWith(`service_env:${m.id}:`) && r.endsWith('5m'))).toBe(true);
    expect(records.every((r) => /^[a-z_]+:[a-z0-9_]+:[a-z0-9_]+$/.test(r))).toBe(true);
    const base = rules.find((r) => r.record === 'service_env:latency_p95_read:baseline');
    expect(base).toMatchObject({
      expr: `vector(${BASELINE_P95})`,
      labels: {
        service: 'checkout-api',
        env: 'prod',
        baseline_version: 'v1.41.0',
        baseline_promoted_at: '2026-11-27T09:00:00Z',
      },
    });
    // No baseline value, no baseline constant and no drift/rollback alert for that metric; said in a note.
    expect(records).not.toContain('service_env:throughput:baseline');
    expect(notes.some((n) => n.startsWith('throughput: no baseline value'))).toBe(true);
  });

  it('alerts with the bake thresholds, guards and links', () => {
    const rollback = rule('DriftgateLatencyRollback', 'latency_p95_read');
    expect(rollback?.expr).toBe(
      '(service_env:latency_p95_read:p95_rate2m > 1.5 * scalar(service_env:latency_p95_read:baseline)) and on() (service_env:latency_p95_read_requests:increase2m >= 200)',
    );
    expect(rollback).toMatchObject({
      for: '10m',
      labels: { severity: 'critical', action: 'rollback', rollback_path: 'codedeploy', driftgate_rule: 'rollback' },
    });
    expect(rollback?.annotations?.runbook_url).toBe('https://example.com/runbook#driftgatelatencyrollback');
    expect(rule('DriftgateDriftBeyondTolerance', 'latency_p95_read')).toMatchObject({
      for: '10m',
      labels: { severity: 'warning' },
    });
    expect(rule('DriftgateSLOBreach', 'error_rate')?.expr).toBe(
      '(service_env:error_rate:ratio_rate2m >= 0.005) and on() (service_env:error_rate_denominator:increase2m >= 200)',
    );
    // A gauge has no event guard.
    expect(rule('DriftgateSLOBreach', 'queue_age')?.expr).toBe('service_env:queue_age:max_over_time2m > 120');
    expect(rule('DriftgateCostOverBudget', 'cost_rate')).toMatchObject({
      expr: 'service_env:cost_rate:rate1h > 11',
      for: '1h',
    });
    expect(alerts.filter((a) => a.alert === 'DriftgateSLOBreach').map((a) => a.metric)).not.toContain('cost_rate');
  });

  it('resolves every recording rule in the expression annotation', () => {
    const a = alerts.find((x) => x.alert === 'DriftgateLatencyRollback' && x.metric === 'latency_p95_read');
    expect(a?.resolved).toContain(
      'histogram_quantile(0.95, (sum by (service, env, le) (rate(http_request_duration_seconds_bucket{service="checkout-api",env="prod",method=~"GET|HEAD"}[2m]))))',
    );
    expect(a?.resolved).toContain(`scalar((vector(${BASELINE_P95})))`);
    expect(a?.resolved).not.toMatch(/service_env/);
    // Names inside string literals are left alone.
    expect(resolveExpr('x{a="x"} + y', new Map([['x', 'up']]))).toBe('(up){a="x"} + y');
  });

  it('a lower-is-worse metric rolls back below baseline / threshold; thresholds follow the bake settings', () => {
    const config = defaultConfig();
    const bake = resolveBakeSettings(
      { ratio: { metrics: ['throughput'], threshold: 2, for: '15m' }, ticket: { windows: 4, metrics: ['throughput'] } },
      {},
      config.metrics,
      60,
    );
    const r = buildRules({
      service: 'ingest',
      environment: 'prod',
      config: { ...config, tolerance: 0.2 },
      bake,
      baseline: { version: 'v9', promotedAt: '2026-01-01T00:00:00Z', values: { throughput: 30000 } },
      links: { runbook: 'r', dashboard: 'd' },
      codedeploy: { application: 'ingest', deploymentGroup: 'ingest-prod' },
    });
    const rules = r.file.groups[0]?.rules ?? [];
    expect(rules.find((x) => x.alert === 'DriftgateLatencyRollback')?.labels).toMatchObject({
      codedeploy_application: 'ingest',
      codedeploy_deployment_group: 'ingest-prod',
    });
    expect(rules.find((x) => x.alert === 'DriftgateLatencyRollback')).toMatchObject({
      expr: '(service_env:throughput:rate2m < scalar(service_env:throughput:baseline) / 2) and on() (service_env:throughput:increase2m >= 100)',
      for: '15m',
    });
    expect(rules.find((x) => x.alert === 'DriftgateDriftBeyondTolerance')).toMatchObject({
      expr: '(service_env:throughput:rate5m < 0.8 * scalar(service_env:throughput:baseline)) and on() (service_env:throughput:increase5m >= 100)',
      for: '15m',
    });
  });

  it('hostile label values stay inside their PromQL strings and Go templates: promtool check rules is clean', async () => {
    const config = { ...defaultConfig(), labels: { service: 'app', environment: 'stage', version: 'image_tag' } };
    const r = buildRules({
      service: 'evil"} or vector(1) #{{ .Value }}',
      environment: 'prod\\x',
      config,
      bake: resolveBakeSettings({}, {}, config.metrics, 60),
      baseline: { version: 'v1 {{ "x" }}', promotedAt: '2026-01-01T00:00:00Z', values: { latency_p95_read: 0.2 } },
      links: { runbook: 'https://x/{{', dashboard: 'https://g/d/x?var-service=a"b' },
    });
    const text = renderRuleFile(r.file);
    expect(text).toContain('app="evil\\"} or vector(1) #{{ .Value }}"');
    expect(text).toContain('app_stage:latency_p95_read:p95_rate5m');
    const dir = await mkdtemp(join(tmpdir(), 'driftgate-watch-evil-'));
    try {
      await writeFile(join(dir, 'r.yml'), text);
      const { stdout } = await run('promtool', ['check', 'rules', join(dir, 'r.yml')]);
      expect(stdout).toMatch(/SUCCESS/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('runRules with the baseline store', () => {
  let s3: FakeS3;
  const env = { ...process.env };
  beforeAll(async () => {
    Object.assign(process.env, FAKE_AWS_ENV);
    s3 = await startFakeS3();
    process.env.AWS_ENDPOINT_URL_S3 = s3.url;
  });
  afterAll(async () => {
    process.env = env;
    await s3?.close();
  });

  it('takes version, window and promotion time from stable.json; fails closed when there is none', async () => {
    const store = 's3://nc-perf-results/daily/';
    await promoteStableBaseline(
      store,
      {
        service: 'checkout-api',
        environment: 'prod',
        version: 'v1.41.0',
        window: { start: 1795766400, end: 1795770000 },
        verifiedAt: '2026-11-27T09:00:00Z',
      },
      { s3: s3Client({ endpoint: s3.url }), minDelayMs: 1 },
    );
    const metricsFile = join(REPO_ROOT, 'packages/cli/demo/compare-recording.json');
    const r = await runRules({ service: 'checkout-api', baselineStore: store, metricsFile, cwd: REPO_ROOT });
    expect(r.plan).toMatchObject({
      baselineVersion: 'v1.41.0',
      baselineWindow: { start: 1795766400, end: 1795770000 },
      promotedAt: '2026-11-27T09:00:00Z',
    });
    expect(r.plan.resolvedFrom).toMatch(/^baseline store/);
    expect(r.baseline.values.latency_p95_read).toBeGreaterThan(0.1);
    // A baseline window with too few events (here: a min_events no hour reaches) is no baseline.
    const dir = await mkdtemp(join(tmpdir(), 'driftgate-watch-min-'));
    await writeFile(join(dir, 'c.yml'), 'metrics:\n  latency_p95_read: { min_events: 100000000 }\n');
    const thin = await runRules({
      service: 'checkout-api',
      baselineStore: store,
      metricsFile,
      cwd: dir,
      config: 'c.yml',
    });
    await rm(dir, { recursive: true, force: true });
    expect(thin.baseline.values.latency_p95_read).toBeNull();
    expect(thin.alerts.filter((a) => a.metric === 'latency_p95_read').map((a) => a.alert)).toEqual([
      'DriftgateSLOBreach',
    ]);
    expect(thin.notes.join('\n')).toMatch(/latency_p95_read: no baseline value \(no data, or too few events/);
    await expect(runRules({ service: 'other', baselineStore: store, metricsFile, cwd: REPO_ROOT })).rejects.toThrow(
      /Input "baseline-store" s3:\/\/nc-perf-results\/daily\/ has no stable baseline for other \(prod\) yet/,
    );
  });
});
