/**
 * The FinOps report's core (PERF-003 §5): pure functions from Cost Explorer cells, request counts, forecasts and
 * budgets to the rows of finops_cost_daily.parquet and one summary per service and environment, with findings
 * (a code and its numbers, no prose: render.ts says them).
 *
 *   cost per 1k requests  = the service's cost that day / its requests that day x 1000 (null without requests);
 *   day over day          = cost / the day before's cost - 1 (null when the day before cost nothing);
 *   projected month       = month to date (the report day included) + Cost Explorer's forecast of the rest;
 *   budget deviation      = projected month / monthly budget - 1; over budget when above `overBudget` (10%).
 */
/** One group of a daily grouped Cost Explorer read: the two keys' values (tag prefixes removed) and the USD. */
export interface CostCell {
  /** YYYY-MM-DD */
  date: string;
  keys: [string, string];
  usd: number;
  /** The unit Cost Explorer reported (USD). */
  unit: string;
}

/** One row of finops_cost_daily.parquet: a usage type of a service in an environment on a day. */
export interface CostRow {
  /** YYYY-MM-DD (`date` is reserved in Athena). */
  usage_date: string;
  service: string;
  env: string;
  owner: string;
  cost_center: string;
  usage_type: string;
  cost_usd: number;
  /** The service's (in env) on that day; repeated on each of its rows: aggregate with max(). */
  service_cost_usd: number;
  service_requests: number | null;
  cost_per_1k_requests: number | null;
  prev_day_cost_usd: number;
  month_to_date_usd: number;
  forecast_rest_of_month_usd: number | null;
  projected_month_usd: number;
  budget_month_usd: number | null;
  budget_deviation: number | null;
}

export type FinopsFinding =
  | { code: 'over-budget'; deviation: number; threshold: number; projected: number; budget: number }
  | { code: 'no-budget' }
  | { code: 'no-forecast' }
  | { code: 'no-requests' }
  | { code: 'untagged'; usd: number };

export interface ServiceDay {
  service: string;
  env: string;
  owner: string;
  costCenter: string;
  date: string;
  costUsd: number;
  prevDayUsd: number;
  dayOverDay: number | null;
  requests: number | null;
  costPer1k: number | null;
  monthToDateUsd: number;
  forecastRestUsd: number | null;
  projectedMonthUsd: number;
  budgetUsd: number | null;
  budgetDeviation: number | null;
  findings: FinopsFinding[];
}

export interface FinopsReport {
  date: string;
  rows: CostRow[];
  services: ServiceDay[];
  totalUsd: number;
}

export interface EnvironmentInput {
  env: string;
  usage: CostCell[];
  owners: CostCell[];
  costCenters: CostCell[];
  /** Requests per service that day (service label → count). */
  requests: ReadonlyMap<string, number>;
  /** Forecast of the rest of the month per service (null: no forecast). */
  forecasts: ReadonlyMap<string, number | null>;
}

export interface ReportInput {
  /** The report day, YYYY-MM-DD. */
  date: string;
  /** The day before, YYYY-MM-DD. */
  previous: string;
  environments: EnvironmentInput[];
  /** Monthly budget in USD per service (all environments' "service" key) or per "service/env". */
  budgets: ReadonlyMap<string, number>;
  /** Deviation above which a service is over budget (0.10). */
  overBudget: number;
}

/** The tag value that carries most of a service's cost (ties: alphabetical), '' if none. */
function dominant(cells: CostCell[], service: string): string {
  const by = new Map<string, number>();
  for (const c of cells) if (c.keys[0] === service) by.set(c.keys[1], (by.get(c.keys[1]) ?? 0) + c.usd);
  return [...by.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? '';
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;

export function buildReport(input: ReportInput): FinopsReport {
  const rows: CostRow[] = [];
  const services: ServiceDay[] = [];
  const month = input.date.slice(0, 7);
  for (const e of input.environments) {
    const names = [...new Set(e.usage.filter((c) => c.date === input.date).map((c) => c.keys[0]))].sort();
    for (const service of names) {
      const mine = e.usage.filter((c) => c.keys[0] === service);
      const today = mine.filter((c) => c.date === input.date);
      const costUsd = round(today.reduce((s, c) => s + c.usd, 0));
      const prevDayUsd = round(mine.filter((c) => c.date === input.previous).reduce((s, c) => s + c.usd, 0));
      const monthToDateUsd = round(
        mine.filter((c) => c.date.startsWith(month) && c.date <= input.date).reduce((s, c) => s + c.usd, 0),
      );
      const requests = e.requests.get(service) ?? null;
      const costPer1k = requests && requests > 0 ? round((costUsd / requests) * 1000) : null;
      const forecastRestUsd = e.forecasts.get(service) ?? null;
      const projectedMonthUsd = round(monthToDateUsd + (forecastRestUsd ?? 0));
      const budgetUsd = input.budgets.get(`${service}/${e.env}`) ?? input.budgets.get(service) ?? null;
      const budgetDeviation = budgetUsd && budgetUsd > 0 ? round(projectedMonthUsd / budgetUsd - 1) : null;
      const findings: FinopsFinding[] = [];
      if (service === '') findings.push({ code: 'untagged', usd: costUsd });
      if (requests === null || requests <= 0) findings.push({ code: 'no-requests' });
      if (forecastRestUsd === null) findings.push({ code: 'no-forecast' });
      if (budgetUsd === null) findings.push({ code: 'no-budget' });
      else if (budgetDeviation !== null && budgetDeviation > input.overBudget)
        findings.push({
          code: 'over-budget',
          deviation: budgetDeviation,
          threshold: input.overBudget,
          projected: projectedMonthUsd,
          budget: budgetUsd,
        });
      const owner = dominant(e.owners, service);
      const costCenter = dominant(e.costCenters, service);
      services.push({
        service,
        env: e.env,
        owner,
        costCenter,
        date: input.date,
        costUsd,
        prevDayUsd,
        dayOverDay: prevDayUsd > 0 ? round(costUsd / prevDayUsd - 1) : null,
        requests,
        costPer1k,
        monthToDateUsd,
        forecastRestUsd,
        projectedMonthUsd,
        budgetUsd,
        budgetDeviation,
        findings,
      });
      const byUsage = new Map<string, number>();
      for (const c of today) byUsage.set(c.keys[1], (byUsage.get(c.keys[1]) ?? 0) + c.usd);
      for (const [usageType, usd] of [...byUsage.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
        rows.push({
          usage_date: input.date,
          service,
          env: e.env,
          owner,
          cost_center: costCenter,
          usage_type: usageType,
          cost_usd: round(usd),
          service_cost_usd: costUsd,
          service_requests: requests,
          cost_per_1k_requests: costPer1k,
          prev_day_cost_usd: prevDayUsd,
          month_to_date_usd: monthToDateUsd,
          forecast_rest_of_month_usd: forecastRestUsd,
          projected_month_usd: projectedMonthUsd,
          budget_month_usd: budgetUsd,
          budget_deviation: budgetDeviation,
        });
      }
    }
  }
  return { date: input.date, rows, services, totalUsd: round(services.reduce((s, x) => s + x.costUsd, 0)) };
}

/** The services over budget (the ones that get a ticket and a Slack message). */
export function overBudget(report: FinopsReport): ServiceDay[] {
  return report.services.filter((s) => s.findings.some((f) => f.code === 'over-budget'));
}
