/**
 * The KPIs of PERF-003 §9 for one month: pure functions over the month's bake evidence (perf_verification.json)
 * and FinOps rows (finops_cost_daily.parquet). Each KPI carries its number, its target and whether it is met
 * (null: no data, never a pass).
 *
 *   MTTD                 first detection - bake start, over the bakes that detected something: median and p90
 *                        (target: median < 5 min);
 *   drift events         bakes by outcome: rollback = critical, ticket = warning (target: 0 critical);
 *   automation success   automated actions that did what they set out to: a rollback that reached Succeeded,
 *                        a ticket filed or found (target >= 95%); dry runs and "nothing to do" are not actions;
 *   budget deviation     per service and environment, the month's actual cost (its last report's month to date)
 *                        against the projection of its first report of the month (target |deviation| <= 3%).
 */

/** The part of perf_verification.json the KPIs read. */
export interface BakeEvidence {
  service: string;
  environment: string;
  version: string;
  verdict: string;
  first_detection_at: string | null;
  bake: { start: string };
  actions: {
    rollback: { mode: string; action: string; final_status: string | null } | null;
    tickets: Array<{ system: string; url: string | null; created: boolean; error?: string }>;
  };
}

/** The part of a finops_cost_daily row the KPIs read. */
export interface FinopsRowLite {
  usage_date: string;
  service: string;
  env: string;
  month_to_date_usd: number;
  projected_month_usd: number;
}

export interface Kpi<T> {
  value: T;
  target: string;
  /** null: no data to judge. */
  met: boolean | null;
}

export interface AutomationAction {
  kind: 'rollback' | 'ticket';
  service: string;
  environment: string;
  version: string;
  succeeded: boolean;
  detail: string;
}

export interface BudgetDeviation {
  service: string;
  env: string;
  forecastUsd: number;
  forecastDate: string;
  actualUsd: number;
  actualDate: string;
  deviation: number | null;
}

export interface KpiReport {
  schema: 'driftgate.kpis/v1';
  month: string;
  bakes: number;
  mttd: Kpi<{ detections: number; medianSeconds: number | null; p90Seconds: number | null }>;
  driftEvents: Kpi<{
    critical: number;
    warning: number;
    byService: Record<string, { critical: number; warning: number }>;
  }>;
  automation: Kpi<{ attempted: number; succeeded: number; rate: number | null; actions: AutomationAction[] }>;
  budget: Kpi<{ services: BudgetDeviation[]; worst: number | null }>;
}

/** Linear interpolation between closest ranks (R type 7). */
export function quantile(sorted: readonly number[], q: number): number | null {
  if (sorted.length === 0) return null;
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const a = sorted[lo] as number;
  const b = sorted[Math.min(lo + 1, sorted.length - 1)] as number;
  return a + (h - lo) * (b - a);
}

const MTTD_TARGET_SECONDS = 300;
const AUTOMATION_TARGET = 0.95;
const BUDGET_TARGET = 0.03;

export function automationActions(bakes: readonly BakeEvidence[]): AutomationAction[] {
  const out: AutomationAction[] = [];
  for (const b of bakes) {
    const who = { service: b.service, environment: b.environment, version: b.version };
    const r = b.actions.rollback;
    if (r && r.mode === 'auto' && r.action !== 'none')
      out.push({
        kind: 'rollback',
        ...who,
        succeeded: r.final_status === 'Succeeded',
        detail: `${r.action}: ${r.final_status ?? 'no final status'}`,
      });
    for (const t of b.actions.tickets)
      out.push({
        kind: 'ticket',
        ...who,
        succeeded: !!t.url && !t.error,
        detail: t.error
          ? `${t.system}: ${t.error}`
          : `${t.system}: ${t.created ? 'created' : 'found'} ${t.url ?? ''}`.trim(),
      });
  }
  return out;
}

export function budgetDeviations(rows: readonly FinopsRowLite[]): BudgetDeviation[] {
  const by = new Map<string, FinopsRowLite[]>();
  for (const r of rows) {
    const k = `${r.service}\u0000${r.env}`;
    by.set(k, [...(by.get(k) ?? []), r]);
  }
  const out: BudgetDeviation[] = [];
  for (const list of by.values()) {
    const sorted = [...list].sort((a, b) => a.usage_date.localeCompare(b.usage_date));
    const first = sorted[0] as FinopsRowLite;
    const last = sorted.at(-1) as FinopsRowLite;
    out.push({
      service: first.service,
      env: first.env,
      forecastUsd: first.projected_month_usd,
      forecastDate: first.usage_date,
      actualUsd: last.month_to_date_usd,
      actualDate: last.usage_date,
      deviation: first.projected_month_usd > 0 ? last.month_to_date_usd / first.projected_month_usd - 1 : null,
    });
  }
  return out.sort((a, b) => a.service.localeCompare(b.service) || a.env.localeCompare(b.env));
}

export function computeKpis(month: string, bakes: readonly BakeEvidence[], rows: readonly FinopsRowLite[]): KpiReport {
  const detections = bakes
    .filter((b) => b.first_detection_at)
    .map((b) => (Date.parse(b.first_detection_at as string) - Date.parse(b.bake.start)) / 1000)
    .filter((s) => Number.isFinite(s) && s >= 0)
    .sort((a, b) => a - b);
  const median = quantile(detections, 0.5);
  const byService: Record<string, { critical: number; warning: number }> = {};
  let critical = 0;
  let warning = 0;
  for (const b of bakes) {
    const k = `${b.service}/${b.environment}`;
    const s = byService[k] ?? { critical: 0, warning: 0 };
    byService[k] = s;
    if (b.verdict === 'rollback') {
      critical++;
      s.critical++;
    } else if (b.verdict === 'ticket') {
      warning++;
      s.warning++;
    }
  }
  const actions = automationActions(bakes);
  const succeeded = actions.filter((a) => a.succeeded).length;
  const rate = actions.length ? succeeded / actions.length : null;
  const services = budgetDeviations(rows);
  const devs = services.map((s) => s.deviation).filter((d): d is number => d !== null);
  const worst = devs.length ? devs.reduce((w, d) => (Math.abs(d) > Math.abs(w) ? d : w)) : null;
  return {
    schema: 'driftgate.kpis/v1',
    month,
    bakes: bakes.length,
    mttd: {
      value: { detections: detections.length, medianSeconds: median, p90Seconds: quantile(detections, 0.9) },
      target: 'median < 5 min',
      met: median === null ? null : median < MTTD_TARGET_SECONDS,
    },
    driftEvents: {
      value: { critical, warning, byService },
      target: '0 critical',
      met: bakes.length ? critical === 0 : null,
    },
    automation: {
      value: { attempted: actions.length, succeeded, rate, actions },
      target: '>= 95%',
      met: rate === null ? null : rate >= AUTOMATION_TARGET,
    },
    budget: {
      value: { services, worst },
      target: 'within ±3% of forecast',
      met: worst === null ? null : Math.abs(worst) <= BUDGET_TARGET,
    },
  };
}
