/**
 * Many services in one rule engine (Prometheus' own, `promtool test rules`): the fleet file and one baseline
 * file per service, loaded together in either order. Four services share the same metric names: shop-a
 * regresses (read latency), shop-b breaches its error-rate SLO, shop-c and shop-d are unchanged. Every firing
 * alert is listed with its exact labels: which alert, for which service, with which service's baseline.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { resolveBakeSettings } from '../../src/core/bake/bake-settings.js';
import { defaultConfig } from '../../src/core/config.js';
import { buildRules, type RulesResult, renderRuleFile } from '../../src/core/watch/prometheus-rules.js';
import { BASELINE_P95, counterValues, histogramSeries, LINKS, NORMAL, SLOW } from './fixtures.js';

const run = promisify(execFile);
const SERVICES = ['shop-a', 'shop-b', 'shop-c', 'shop-d'] as const;
const MINUTES = 40;

function rulesOf(service: string): RulesResult {
  const config = { ...defaultConfig(), budgetPerHour: 10 };
  return buildRules({
    service,
    environment: 'prod',
    config,
    bake: resolveBakeSettings({}, {}, config.metrics, 60),
    baseline: {
      version: `${service}-v1`,
      promotedAt: '2026-11-27T09:00:00Z',
      values: { latency_p95_read: BASELINE_P95, error_rate: 0.001 },
    },
    links: LINKS,
    codedeploy: { application: service, deploymentGroup: `${service}-prod` },
  });
}

/** Each service's read histogram and request/error counters, regressing from minute 10 as the scenario says. */
function inputSeries() {
  return SERVICES.flatMap((service) => {
    const labels = `service="${service}",env="prod",version="v2"`;
    const slow = service === 'shop-a';
    const errorShare = service === 'shop-b' ? 0.02 : 0.001;
    return [
      ...histogramSeries(MINUTES, (k) => (slow && k >= 10 ? SLOW : NORMAL), 1, `${labels},method="GET"`),
      { series: `requests_total{${labels}}`, values: counterValues(MINUTES, () => 1000) },
      {
        series: `errors_total{${labels}}`,
        values: counterValues(MINUTES, (k) => 1000 * (k >= 10 ? errorShare : 0.001)),
      },
    ];
  });
}

const firingAlert = (
  alertname: string,
  service: string,
  metric: string,
  extra: Record<string, string>,
): { labels: string; value: number } => {
  const all: Record<string, string> = {
    __name__: 'ALERTS',
    alertname,
    alertstate: 'firing',
    service,
    env: 'prod',
    metric,
    baseline_version: `${service}-v1`,
    ...extra,
  };
  return {
    labels: `{${Object.entries(all)
      .map(([k, v]) => `${k}="${v}"`)
      .join(',')}}`,
    value: 1,
  };
};

describe('a fleet in one rule engine (promtool test rules)', () => {
  let dir: string;
  const files: string[] = [];
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'driftgate-fleet-promtool-'));
    const results = SERVICES.map(rulesOf);
    // Every service's run writes the same fleet file.
    for (const r of results) expect(r.fleet).toEqual(results[0]?.fleet);
    await writeFile(join(dir, 'driftgate-fleet.yml'), renderRuleFile((results[0] as RulesResult).fleet));
    for (const [i, r] of results.entries()) {
      const name = `driftgate-${SERVICES[i]}-prod.yml`;
      await writeFile(join(dir, name), renderRuleFile(r.service));
      files.push(name);
    }
  });
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('promtool check rules: every file clean', async () => {
    const { stdout, stderr } = await run('promtool', [
      'check',
      'rules',
      ...['driftgate-fleet.yml', ...files].map((f) => join(dir, f)),
    ]);
    expect(`${stdout}${stderr}`).not.toMatch(/FAILED|WARNING/i);
  });

  it('loaded in any order: exactly the regressed service rolls back, exactly the breaching service pages its SLO', async () => {
    const expected = [
      firingAlert('DriftgateLatencyRollback', 'shop-a', 'latency_p95_read', {
        severity: 'critical',
        driftgate_rule: 'rollback',
        action: 'rollback',
        rollback_path: 'codedeploy',
        codedeploy_application: 'shop-a',
        codedeploy_deployment_group: 'shop-a-prod',
      }),
      firingAlert('DriftgateDriftBeyondTolerance', 'shop-a', 'latency_p95_read', {
        severity: 'warning',
        driftgate_rule: 'drift',
        action: 'ticket',
      }),
      // SLO: read latency p95 <= 0.3 s (shop-a), error rate < 0.5% (shop-b); both baselines met theirs.
      firingAlert('DriftgateSLOBreach', 'shop-a', 'latency_p95_read', {
        severity: 'critical',
        driftgate_rule: 'slo',
        slo: '<= 0.3',
        baseline_met: 'true',
      }),
      firingAlert('DriftgateSLOBreach', 'shop-b', 'error_rate', {
        severity: 'critical',
        driftgate_rule: 'slo',
        slo: '< 0.005',
        baseline_met: 'true',
      }),
    ];
    const tests = [
      {
        interval: '1m',
        input_series: inputSeries(),
        promql_expr_test: [
          { expr: 'ALERTS{alertstate="firing"}', eval_time: '9m', exp_samples: [] },
          { expr: 'ALERTS{alertstate="firing"}', eval_time: '30m', exp_samples: expected },
          // Every service's current value is recorded once, by the fleet rules.
          {
            expr: 'count(service_env:latency_p95_read:p95_rate5m)',
            eval_time: '30m',
            exp_samples: [{ labels: '{}', value: SERVICES.length }],
          },
        ],
      },
    ];
    for (const order of [['driftgate-fleet.yml', ...files], [...files].reverse().concat('driftgate-fleet.yml')]) {
      const file = join(dir, `test-${order[0]}.yml`);
      await writeFile(file, stringify({ rule_files: order, evaluation_interval: '1m', tests }, { lineWidth: 0 }));
      const result = await run('promtool', ['test', 'rules', file]).catch((e) => e);
      expect(`${result.stdout}${result.stderr}`, order.join(' ')).toMatch(/SUCCESS/);
    }
  }, 60_000);
});
