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
import { resolveBakeSettings } from '../../src/core/bake/bake-settings.js';
import { defaultConfig } from '../../src/core/config.js';
import { promTemplateText } from '../../src/core/escape.js';
import {
  buildRules,
  combinedFile,
  renderRuleFile,
  ruleCount,
  splitGroups,
} from '../../src/core/watch/prometheus-rules.js';
import { resolveExpr } from '../../src/core/watch/series.js';
import { runRules } from '../../src/flows/watch/watch-plan.js';
import { s3Client } from '../../src/io/publish/s3.js';
import { promoteStableBaseline } from '../../src/io/store/baseline-store.js';
import { FAKE_AWS_ENV, type FakeS3, startFakeS3 } from '../bake/fakes.js';
import { BASELINE_P95, LINKS, testRules } from './fixtures.js';

const run = promisify(execFile);

describe('buildRules', () => {
  const { fleet, service, alerts, notes } = testRules();
  const fleetRules = fleet.groups.flatMap((g) => g.rules);
  const serviceRules = service.groups.flatMap((g) => g.rules);
  const rule = (alert: string, metric: string, severity = 'critical') =>
    fleetRules.find(
      (r) =>
        r.alert === alert &&
        r.labels?.metric === metric &&
        (alert !== 'DriftgateSLOBreach' || r.labels?.severity === severity),
    );
  const constant = (record: string) => serviceRules.find((r) => r.record === record);

  it('records every catalog metric once for the fleet, by service and env, named level:metric:operations', () => {
    expect(fleet.groups.map((g) => g.name)).toEqual(['driftgate:fleet:recording', 'driftgate:fleet:watch']);
    const records = fleetRules.filter((r) => r.record).map((r) => r.record as string);
    for (const m of defaultConfig().metrics)
      expect(records.some((r) => r.startsWith(`service_env:${m.id}:`) && r.endsWith('5m'))).toBe(true);
    expect(records.every((r) => /^[a-z_]+:[a-z0-9_]+:[a-z0-9_]+$/.test(r))).toBe(true);
    expect(fleetRules.find((r) => r.record === 'service_env_le:latency_p95_read_bucket:rate5m')?.expr).toBe(
      'sum by (service, env, le) (rate(http_request_duration_seconds_bucket{method=~"GET|HEAD"}[5m]))',
    );
    // No service is named anywhere in the fleet part: the same text for every service.
    expect(JSON.stringify(fleet)).not.toContain('checkout-api');
    const other = buildRules({
      service: 'search-api',
      environment: 'stage',
      config: { ...defaultConfig(), tolerance: 0.3 },
      bake: resolveBakeSettings({}, {}, defaultConfig().metrics, 60),
      baseline: { version: 'v7', promotedAt: '2026-01-01T00:00:00Z', values: { latency_p95_read: 0.3 } },
      links: LINKS,
    });
    expect(other.fleet).toEqual(fleet);
  });

  it('per service only its baseline and thresholds, as labelled constants', () => {
    expect(service.groups.map((g) => g.name)).toEqual(['driftgate:checkout-api:prod:baseline']);
    expect(serviceRules.every((r) => r.record && /^vector\([0-9.e-]+\)$/.test(r.expr))).toBe(true);
    expect(constant('service_env:latency_p95_read:baseline')).toMatchObject({
      expr: `vector(${Number(BASELINE_P95.toPrecision(12))})`,
      labels: {
        service: 'checkout-api',
        env: 'prod',
        baseline_version: 'v1.41.0',
        baseline_promoted_at: '2026-11-27T09:00:00Z',
      },
    });
    // Drift: baseline x (1 + tolerance 10%); rollback: x 1.5; SLO: the objective; cost: budget x 1.1.
    const value = (r: string) => Number(/vector\((.*)\)/.exec(constant(r)?.expr ?? '')?.[1]);
    expect(value('service_env:latency_p95_read:drift_threshold')).toBeCloseTo(BASELINE_P95 * 1.1, 9);
    expect(value('service_env:latency_p95_read:rollback_threshold')).toBeCloseTo(BASELINE_P95 * 1.5, 9);
    expect(constant('service_env:error_rate:slo_threshold')).toMatchObject({
      expr: 'vector(0.005)',
      labels: { slo: '< 0.005', baseline_met: 'true', baseline_version: 'v1.41.0' },
    });
    expect(constant('service_env:cost_rate:budget_threshold')).toMatchObject({
      expr: 'vector(11)',
      labels: { budget_per_hour: '10' },
    });
    // No baseline value, no baseline constant and no drift/rollback threshold for that metric; said in a note.
    expect(constant('service_env:throughput:baseline')).toBeUndefined();
    expect(constant('service_env:throughput:rollback_threshold')).toBeUndefined();
    expect(constant('service_env:throughput:slo_threshold')?.labels?.baseline_met).toBe('unknown');
    expect(notes.some((n) => n.startsWith('throughput: no baseline value'))).toBe(true);
  });

  it('alerts join current and threshold on(service, env), take their labels from the series: no scalar(), no bare on()', () => {
    for (const r of fleetRules) {
      expect(r.expr).not.toMatch(/scalar\(|on\(\)/);
      if (r.alert) {
        expect(r.expr).toContain('on(service, env) group_left(');
        expect(Object.keys(r.labels ?? {})).not.toContain('service');
        expect(Object.keys(r.labels ?? {})).not.toContain('env');
        expect(Object.keys(r.labels ?? {})).not.toContain('baseline_version');
      }
    }
    const rollback = rule('DriftgateLatencyRollback', 'latency_p95_read');
    expect(rollback?.expr).toBe(
      '(service_env:latency_p95_read:p95_rate2m > on(service, env) group_left(baseline_version, codedeploy_application, codedeploy_deployment_group) service_env:latency_p95_read:rollback_threshold) and on(service, env) (service_env:latency_p95_read_requests:increase2m >= 200)',
    );
    expect(rollback).toMatchObject({
      for: '10m',
      labels: { severity: 'critical', action: 'rollback', rollback_path: 'codedeploy', driftgate_rule: 'rollback' },
    });
    expect(rollback?.annotations?.runbook_url).toBe('https://example.com/runbook#driftgatelatencyrollback');
    expect(rollback?.annotations?.dashboard_url).toBe(
      'https://grafana.example.com/d/driftgate-service?var-service={{ $labels.service | urlquery }}&var-environment={{ $labels.env | urlquery }}',
    );
    expect(rule('DriftgateDriftBeyondTolerance', 'latency_p95_read')).toMatchObject({
      for: '10m',
      labels: { severity: 'warning' },
    });
    // The bake reports (not rolls back) a breach the baseline had too: two rules, by the series' baseline_met.
    expect(rule('DriftgateSLOBreach', 'error_rate')?.expr).toBe(
      '(service_env:error_rate:ratio_rate2m >= on(service, env) group_left(slo, baseline_met, baseline_version) service_env:error_rate:slo_threshold{baseline_met!="false"}) and on(service, env) (service_env:error_rate_denominator:increase2m >= 200)',
    );
    expect(rule('DriftgateSLOBreach', 'error_rate', 'warning')?.expr).toContain('slo_threshold{baseline_met="false"}');
    // A gauge has no event guard.
    expect(rule('DriftgateSLOBreach', 'queue_age')?.expr).toBe(
      'service_env:queue_age:max_over_time2m > on(service, env) group_left(slo, baseline_met, baseline_version) service_env:queue_age:slo_threshold{baseline_met!="false"}',
    );
    expect(rule('DriftgateCostOverBudget', 'cost_rate')).toMatchObject({
      expr: 'service_env:cost_rate:rate1h > on(service, env) group_left(budget_per_hour) service_env:cost_rate:budget_threshold',
      for: '1h',
    });
    expect(alerts.filter((a) => a.alert === 'DriftgateSLOBreach').map((a) => a.metric)).not.toContain('cost_rate');
    // The service's alerts: one SLO rule per metric (the one matching its baseline_met), none without a threshold.
    expect(alerts.filter((a) => a.alert === 'DriftgateSLOBreach' && a.metric === 'error_rate')).toHaveLength(1);
    expect(alerts.some((a) => a.alert === 'DriftgateLatencyRollback' && a.metric === 'throughput')).toBe(false);
  });

  it('resolves every rule in the service alert (fleet PromQL, the thresholds as labelled constants)', () => {
    const a = alerts.find((x) => x.alert === 'DriftgateLatencyRollback' && x.metric === 'latency_p95_read');
    expect(a?.resolved).toContain(
      'histogram_quantile(0.95, (sum by (service, env, le) (rate(http_request_duration_seconds_bucket{method=~"GET|HEAD"}[2m]))))',
    );
    expect(a?.resolved).toContain(
      `label_replace(label_replace(label_replace(vector(${Number((BASELINE_P95 * 1.5).toPrecision(12))}), "service", "checkout-api", "", ""), "env", "prod", "", ""), "baseline_version", "v1.41.0", "", "")`,
    );
    expect(a?.resolved).not.toMatch(/service_env/);
    // The fleet's expression annotation resolves the recording rules, not the per-service thresholds.
    expect(rule('DriftgateLatencyRollback', 'latency_p95_read')?.annotations?.expression).toMatch(
      /^\(\(histogram_quantile.* service_env:latency_p95_read:rollback_threshold\) and on\(service, env\)/,
    );
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
      links: LINKS,
      codedeploy: { application: 'ingest', deploymentGroup: 'ingest-prod' },
    });
    const rules = r.fleet.groups.flatMap((g) => g.rules);
    const constants = r.service.groups.flatMap((g) => g.rules);
    expect(constants.find((x) => x.record === 'service_env:throughput:rollback_threshold')).toMatchObject({
      expr: 'vector(15000)',
      labels: { codedeploy_application: 'ingest', codedeploy_deployment_group: 'ingest-prod', baseline_version: 'v9' },
    });
    expect(constants.find((x) => x.record === 'service_env:throughput:drift_threshold')?.expr).toBe('vector(24000)');
    expect(rules.find((x) => x.alert === 'DriftgateLatencyRollback')).toMatchObject({
      expr: '(service_env:throughput:rate2m < on(service, env) group_left(baseline_version, codedeploy_application, codedeploy_deployment_group) service_env:throughput:rollback_threshold) and on(service, env) (service_env:throughput:increase2m >= 100)',
      for: '15m',
    });
    expect(rules.find((x) => x.alert === 'DriftgateDriftBeyondTolerance')).toMatchObject({
      expr: '(service_env:throughput:rate5m < on(service, env) group_left(baseline_version) service_env:throughput:drift_threshold) and on(service, env) (service_env:throughput:increase5m >= 100)',
      for: '15m',
    });
  });

  it('labels.environment: none: the service label alone identifies a service', () => {
    const config = { ...defaultConfig(), labels: { service: 'job', environment: 'none', version: 'none' } };
    const r = buildRules({
      service: 'api',
      environment: 'prod',
      config,
      bake: resolveBakeSettings({}, {}, config.metrics, 60),
      baseline: { version: 'v1', promotedAt: '2026-01-01T00:00:00Z', values: { latency_p95_read: 0.2 } },
      links: LINKS,
    });
    const text = renderRuleFile(combinedFile(r));
    expect(text).toContain('record: job:latency_p95_read:p95_rate5m');
    expect(text).toContain('sum by (job, le) (rate(');
    expect(text).toContain('on(job) group_left(');
    expect(text).not.toMatch(/none|env/);
  });

  it('hostile label values stay inside their PromQL strings and Go templates: promtool check rules is clean', async () => {
    const config = { ...defaultConfig(), labels: { service: 'app', environment: 'stage', version: 'image_tag' } };
    const r = buildRules({
      service: 'evil"} or vector(1) #{{ .Value }}',
      environment: 'prod\\x',
      config,
      bake: resolveBakeSettings({}, {}, config.metrics, 60),
      baseline: { version: 'v1 {{ "x" }}', promotedAt: '2026-01-01T00:00:00Z', values: { latency_p95_read: 0.2 } },
      links: { runbook: 'https://x/{{', grafanaUrl: 'https://g/{{ .x }}', dashboardUid: 'x' },
      codedeploy: { application: 'app {{ $value }}' },
    });
    const text = renderRuleFile(combinedFile(r));
    // Recording rules' labels are not templates (Prometheus expands only alerting rules'): stored as given.
    expect(text).toContain(`app: 'evil"} or vector(1) #{{ .Value }}'`);
    expect(text).toContain('app_stage:latency_p95_read:p95_rate5m');
    expect(text).toContain('https://x/{{ "{{" }}');
    expect(text).toContain('https://g/{{ "{{" }} .x }}/d/x?');
    // Alert labels are Go templates in Prometheus: a user value in one is escaped like the annotations.
    expect(promTemplateText('v1 {{ $value }}')).toBe('v1 {{ "{{" }} $value }}');
    // The resolved expression quotes every value as a PromQL string.
    const a = r.alerts.find((x) => x.alert === 'DriftgateLatencyRollback');
    expect(a?.resolved).toContain('"app", "evil\\"} or vector(1) #{{ .Value }}", "", ""');
    const dir = await mkdtemp(join(tmpdir(), 'driftgate-watch-evil-'));
    try {
      await writeFile(join(dir, 'r.yml'), text);
      const { stdout } = await run('promtool', ['check', 'rules', join(dir, 'r.yml')]);
      expect(stdout).toMatch(/SUCCESS/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('splitGroups keeps dependent recording rules together and stays within the limit', () => {
    const { fleet } = testRules();
    const split = splitGroups(fleet, 10);
    expect(ruleCount(split)).toBe(ruleCount(fleet));
    expect(split.groups.every((g) => g.rules.length <= 10)).toBe(true);
    expect(split.groups.map((g) => g.name).slice(0, 2)).toEqual([
      'driftgate:fleet:recording',
      'driftgate:fleet:recording:2',
    ]);
    for (const g of split.groups) {
      const here = new Set(g.rules.map((r) => r.record));
      for (const r of g.rules) {
        // A rule referring to a fleet recording rule finds it in its own group, unless it is an alert.
        const refs = fleet.groups[0]?.rules
          .map((x) => x.record as string)
          .filter((n) => new RegExp(`(^|[^a-z0-9_:])${n}($|[^a-z0-9_:])`).test(r.expr));
        if (r.record) for (const n of refs ?? []) expect(here.has(n), `${r.record} -> ${n}`).toBe(true);
      }
    }
    expect(() => splitGroups(fleet, 2)).toThrow(/Input "max-rules-per-group" is 2: below the 3 recording rules/);
    expect(splitGroups(fleet, 0)).toBe(fleet);
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
