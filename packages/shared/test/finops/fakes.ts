/**
 * A loopback fake of AWS Cost Explorer (AWS JSON 1.1, X-Amz-Target AWSInsightsIndexService.<op>) over a cost
 * model: GetCostAndUsage (DAILY, filtered on the environment tag, grouped by two keys, paginated
 * `pageSize` groups a page with NextPageToken) and GetCostForecast (MONTHLY, filtered on env and service tags).
 * The model is also what the tests compute their expectations from.
 */
import { type FakeServer, json, type RecordedRequest, startFakeServer } from '@driftgate/testkit/fake-server';

export interface CostModel {
  /** USD of a service's usage type in an environment on a day (YYYY-MM-DD). */
  cost(env: string, service: string, usageType: string, day: string): number;
  services: string[];
  usageTypes: string[];
  /** A service's owner / cost center, with a minor second value carrying 1% of its cost. */
  owner(service: string): string;
  costCenter(service: string): string;
  /** Forecast of the rest of the month (null: DataUnavailableException). */
  forecast(env: string, service: string): number | null;
}

export interface FakeCostExplorer extends FakeServer {
  /** The operations called, in order. */
  calls(): string[];
  bodies(op: string): any[];
}

function days(start: string, end: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${start}T00:00:00Z`); t < Date.parse(`${end}T00:00:00Z`); t += 86_400_000)
    out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

export async function startFakeCostExplorer(model: CostModel, pageSize = 7): Promise<FakeCostExplorer> {
  const server = await startFakeServer((req: RecordedRequest) => {
    const op = String(req.headers['x-amz-target'] ?? '').replace('AWSInsightsIndexService.', '');
    const body = req.json();
    const envOf = (f: any): string | undefined => f?.Tags?.Values?.[0];
    if (op === 'GetCostAndUsage') {
      const metric = body.Metrics[0];
      const env = envOf(body.Filter) as string;
      const [g1, g2] = body.GroupBy as Array<{ Type: string; Key: string }>;
      const cells: Array<{ day: string; keys: [string, string]; usd: number }> = [];
      for (const day of days(body.TimePeriod.Start, body.TimePeriod.End))
        for (const s of model.services) {
          const total = model.usageTypes.reduce((a, u) => a + model.cost(env, s, u, day), 0);
          if (g2?.Type === 'DIMENSION') {
            for (const u of model.usageTypes) {
              const usd = model.cost(env, s, u, day);
              if (usd > 0) cells.push({ day, keys: [`${g1?.Key}$${s}`, u], usd });
            }
          } else {
            const major = g2?.Key === 'owner' ? model.owner(s) : model.costCenter(s);
            cells.push({ day, keys: [`${g1?.Key}$${s}`, `${g2?.Key}$${major}`], usd: total * 0.99 });
            cells.push({ day, keys: [`${g1?.Key}$${s}`, `${g2?.Key}$zz-minor`], usd: total * 0.01 });
          }
        }
      const from = body.NextPageToken ? Number(body.NextPageToken) : 0;
      const page = cells.slice(from, from + pageSize);
      const byDay = new Map<string, any[]>();
      for (const c of page)
        byDay.set(c.day, [
          ...(byDay.get(c.day) ?? []),
          { Keys: c.keys, Metrics: { [metric]: { Amount: c.usd.toFixed(10), Unit: 'USD' } } },
        ]);
      return json(200, {
        GroupDefinitions: body.GroupBy,
        ResultsByTime: [...byDay.entries()].map(([day, groups]) => ({
          TimePeriod: { Start: day, End: nextDay(day) },
          Total: {},
          Groups: groups,
          Estimated: false,
        })),
        ...(from + pageSize < cells.length ? { NextPageToken: String(from + pageSize) } : {}),
      });
    }
    if (op === 'GetCostForecast') {
      const and = body.Filter.And as any[];
      const env = and.find((f) => f.Tags.Key === 'env').Tags.Values[0];
      const service = and.find((f) => f.Tags.Key !== 'env').Tags.Values[0];
      const usd = model.forecast(env, service);
      if (usd === null)
        return json(
          400,
          { __type: 'DataUnavailableException', message: 'Insufficient amount of historical data' },
          { 'x-amzn-errortype': 'DataUnavailableException' },
        );
      return json(200, {
        Total: { Amount: usd.toFixed(4), Unit: 'USD' },
        ForecastResultsByTime: [{ TimePeriod: body.TimePeriod, MeanValue: usd.toFixed(4) }],
      });
    }
    return json(400, { __type: 'UnknownOperationException', message: op });
  });
  const target = (r: RecordedRequest) =>
    String(r.headers['x-amz-target'] ?? '').replace('AWSInsightsIndexService.', '');
  return Object.assign(server, {
    calls: () => server.requests.map(target),
    bodies: (op: string) => server.requests.filter((r) => target(r) === op).map((r) => r.json()),
  });
}
