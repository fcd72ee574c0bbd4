/**
 * The Grafana dashboard (built with @grafana/grafana-foundation-sdk): structure, coverage of the catalog,
 * the committed ops/dashboards/ file up to date, and every PromQL expression parsed by a real Prometheus.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type PrometheusServer, startPrometheus } from '@driftgate/testkit/prometheus';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/core/config.js';
import {
  buildDashboard,
  DASHBOARD_SCHEMA_VERSION,
  dashboardUid,
  renderDashboard,
} from '../../src/core/watch/dashboards.js';

const ROOT = join(import.meta.dirname, '..', '..', '..', '..');
const config = { ...defaultConfig(), budgetPerHour: 42 };
const dashboard = buildDashboard(config) as any;
const panels = dashboard.panels as Array<{
  id: number;
  type: string;
  title: string;
  targets?: Array<{ expr: string }>;
}>;
const exprs = [
  ...panels.flatMap((p) => (p.targets ?? []).map((t) => t.expr)),
  ...dashboard.annotations.list.filter((a: any) => a.expr).map((a: any) => a.expr as string),
  ...dashboard.templating.list.filter((v: any) => v.type === 'query').map((v: any) => v.query as string),
];

/** Metric names an expression reads (identifiers followed by `{`, as every driftgate query writes them). */
function metricNames(expr: string): string[] {
  return [...expr.matchAll(/([a-zA-Z_:][a-zA-Z0-9_:]*)\{/g)].map((m) => m[1] as string);
}

describe('the production watch dashboard', () => {
  it('has a schema version, a stable uid, unique panel ids and the three PERF-003 §6 rows', () => {
    expect(dashboard.schemaVersion).toBe(DASHBOARD_SCHEMA_VERSION);
    expect(dashboard.uid).toBe(dashboardUid('service'));
    const ids = panels.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => Number.isInteger(id) && id > 0)).toBe(true);
    expect(panels.filter((p) => p.type === 'row').map((p) => p.title)).toEqual([
      'Service Performance',
      'Pipeline Health',
      'Cost Efficiency',
    ]);
    expect(dashboard.annotations.list.map((a: any) => a.name)).toEqual([
      'Release (version label appears)',
      'driftgate bake',
    ]);
  });

  it('shows every catalog metric, and reads only catalog series or the baseline recordings of catalog ids', () => {
    const titles = panels.map((p) => p.title);
    for (const m of config.metrics) expect(titles, m.id).toContain(m.title);
    const allowed = new Set(
      config.metrics.flatMap((m) => {
        switch (m.kind) {
          case 'histogram_quantile':
            return [`${m.metric}_bucket`, `${m.metric}_count`];
          case 'ratio':
            return [m.numerator, m.denominator];
          case 'promql':
            return [];
          default:
            return [m.metric];
        }
      }),
    );
    for (const m of config.metrics) allowed.add(`service_env:${m.id}:baseline`);
    for (const e of exprs) for (const name of metricNames(e)) expect(allowed.has(name), `${name} in ${e}`).toBe(true);
    expect(exprs.length).toBeGreaterThan(20);
  });

  it('is what ops/dashboards/ holds (re-generating is a clean diff)', () => {
    const committed = readFileSync(join(ROOT, 'ops', 'dashboards', `${dashboardUid('service')}.json`), 'utf8');
    expect(renderDashboard(buildDashboard(defaultConfig()))).toBe(committed);
  });

  describe('on a real Prometheus', () => {
    let prom: PrometheusServer;
    beforeAll(async () => {
      prom = await startPrometheus();
    });
    afterAll(async () => prom?.stop());

    it('parses every expression (variables filled in)', async () => {
      const filled = exprs.map((e) =>
        e
          .replace(/^label_values\((.*), ([a-z_]+)\)$/, 'count by ($2) ($1)')
          .replace(/\$service/g, 'checkout-api')
          .replace(/\$environment/g, 'prod'),
      );
      for (const q of filled) {
        const res = await fetch(`${prom.url}/api/v1/query`, {
          method: 'POST',
          body: new URLSearchParams({ query: q }),
        });
        const doc = (await res.json()) as { status: string; error?: string };
        expect(`${doc.status} ${doc.error ?? ''}`, q).toBe('success ');
      }
      // A broken expression is caught (the check can fail).
      const bad = await (
        await fetch(`${prom.url}/api/v1/query`, {
          method: 'POST',
          body: new URLSearchParams({ query: 'sum(rate(x[5m])' }),
        })
      ).json();
      expect((bad as { status: string }).status).toBe('error');
    });
  });
});
