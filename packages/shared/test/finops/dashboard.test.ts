/**
 * The FinOps Grafana dashboard: its structure, the committed ops/dashboards/driftgate-finops.json, and every
 * panel's SQL run in DuckDB on a finops_cost_daily.parquet of three days (Grafana's macros and the service
 * variable filled in as Grafana would): each returns the numbers the file holds (§11 "FinOps dashboards render
 * without errors", query by query).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '@driftgate/testkit';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFinopsDashboard, FINOPS_DASHBOARD_UID, FINOPS_PANELS } from '../../src/core/finops/cost-dashboard.js';
import type { CostRow } from '../../src/core/finops/cost-report.js';
import { renderDashboard } from '../../src/core/watch/dashboards.js';
import { costParquet } from '../../src/io/parquet.js';

const dashboard = buildFinopsDashboard() as any;

const row = (day: string, service: string, usage: string, cost: number, extra: Partial<CostRow>): CostRow => ({
  usage_date: day,
  service,
  env: 'prod',
  owner: 'o',
  cost_center: 'c',
  usage_type: usage,
  cost_usd: cost,
  service_cost_usd: 0,
  service_requests: null,
  cost_per_1k_requests: null,
  prev_day_cost_usd: 0,
  month_to_date_usd: 0,
  forecast_rest_of_month_usd: null,
  projected_month_usd: 0,
  budget_month_usd: null,
  budget_deviation: null,
  ...extra,
});

// checkout: 100 then 110 then 121 a day over two usage types (60/40), 1M requests a day; search: 10 a day.
const days = ['2026-11-16', '2026-11-17', '2026-11-18'];
const rows: CostRow[] = days.flatMap((day, i) => {
  const c = 100 * 1.1 ** i;
  const prev = i ? 100 * 1.1 ** (i - 1) : 0;
  const checkout = {
    service_cost_usd: c,
    service_requests: 1e6,
    cost_per_1k_requests: c / 1000,
    prev_day_cost_usd: prev,
    month_to_date_usd: 1000 + c,
    projected_month_usd: 3300,
    budget_month_usd: 3000,
    budget_deviation: 0.1,
  };
  const search = {
    service_cost_usd: 10,
    service_requests: 5e5,
    cost_per_1k_requests: 0.02,
    prev_day_cost_usd: i ? 10 : 0,
    month_to_date_usd: 180,
    projected_month_usd: 300,
    budget_month_usd: 400,
    budget_deviation: -0.25,
  };
  return [
    row(day, 'checkout', 'vCPU', c * 0.6, checkout),
    row(day, 'checkout', 'GB', c * 0.4, checkout),
    row(day, 'search', 'vCPU', 10, search),
  ];
});
// Outside the time range and outside the selected services: must not count.
rows.push(row('2026-10-31', 'checkout', 'vCPU', 999, { service_cost_usd: 999 }));
rows.push(row('2026-11-17', 'batch', 'vCPU', 555, { service_cost_usd: 555 }));

let dir: string;
let run: (sql: string) => Promise<any[]>;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'driftgate-finops-dash-'));
  const file = join(dir, 'finops_cost_daily.parquet');
  writeFileSync(file, costParquet(rows));
  const conn = await (await DuckDBInstance.create(':memory:')).connect();
  run = async (sql) => {
    const filled = sql
      .replaceAll('$__timeFrom()', "TIMESTAMP '2026-11-01 00:00:00'")
      .replaceAll('$__timeTo()', "TIMESTAMP '2026-11-30 23:59:59'")
      // biome-ignore lint/suspicious/noTemplateCurlyInString: Grafana's variable syntax, not a JS template
      .replaceAll('${service:sqlstring}', "'checkout','search'")
      .replaceAll('FROM finops_cost_daily', `FROM read_parquet('${file}')`);
    return (await conn.runAndReadAll(filled)).getRowObjectsJS();
  };
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the FinOps dashboard', () => {
  it('has a stable uid, unique panel ids, and Athena targets holding the panel SQL', () => {
    expect(dashboard.uid).toBe(FINOPS_DASHBOARD_UID);
    const ids = dashboard.panels.map((p: any) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(dashboard.panels.map((p: any) => p.title)).toEqual(FINOPS_PANELS.map((p) => p.title));
    for (const [i, p] of dashboard.panels.entries()) {
      expect(p.targets[0].datasource.type).toBe('grafana-athena-datasource');
      expect(p.targets[0].rawSQL).toBe(FINOPS_PANELS[i]?.sql);
    }
  });

  it('is what ops/dashboards/ holds (re-generating is a clean diff)', () => {
    expect(readFileSync(join(REPO_ROOT, 'ops', 'dashboards', `${FINOPS_DASHBOARD_UID}.json`), 'utf8')).toBe(
      renderDashboard(dashboard),
    );
  });

  it('every panel query runs and returns what the file holds', async () => {
    const [spend, unit, variance, drivers, budget] = await Promise.all(FINOPS_PANELS.map((p) => run(p.sql)));
    expect(spend?.map((r) => [r.cost_usd, r.requests])).toEqual([
      [expect.closeTo(110, 6), 1.5e6],
      [expect.closeTo(120, 6), 1.5e6],
      [expect.closeTo(131, 6), 1.5e6],
    ]);
    expect(unit?.filter((r) => r.service === 'checkout').map((r) => r.cost_per_1k_requests)).toEqual([
      expect.closeTo(0.1, 9),
      expect.closeTo(0.11, 9),
      expect.closeTo(0.121, 9),
    ]);
    expect(variance?.filter((r) => r.service === 'checkout').map((r) => r.day_over_day)).toEqual([
      null,
      expect.closeTo(0.1, 9),
      expect.closeTo(0.1, 9),
    ]);
    expect(drivers?.slice(0, 2).map((r) => [r.service, r.usage_type, Math.round(r.cost_usd * 100) / 100])).toEqual([
      ['checkout', 'vCPU', 198.6],
      ['checkout', 'GB', 132.4],
    ]);
    expect(budget?.map((r) => [r.service, r.budget_deviation])).toEqual([
      ['checkout', 0.1],
      ['search', -0.25],
    ]);
  });
});
