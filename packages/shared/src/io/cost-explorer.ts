/**
 * Cost Explorer reads for the FinOps report (PERF-003 §5 "AWS Cost Explorer → FinOps ETL").
 *
 * Cost Explorer groups by at most two keys per GetCostAndUsage request, so one day's five dimensions
 * (service, env, owner, cost_center, usageType) come from three grouped reads per environment, each filtered
 * on the environment's cost-allocation tag:
 *   - service tag x USAGE_TYPE, DAILY, from the first of the month (or the day before, if earlier) to the day:
 *     the report day's rows, the day before (day over day) and the month to date;
 *   - service tag x owner tag and service tag x cost-center tag on the report day: each service's owner and
 *     cost center are the tag values that carry most of its cost that day.
 * Every read follows NextPageToken to the end, at most `maxPages` pages (then it fails: a partial bill is no
 * bill). GetCostForecast (no grouping in the API) is one request per service, filtered on its tags, for the
 * rest of the month; at most `maxServices` services.
 */
import type { CostExplorerClient, Expression, GetCostAndUsageCommandOutput } from '@aws-sdk/client-cost-explorer';
import type { CostCell } from '../core/finops/cost-report.js';
import { awsRequestHandler, lazyClient, type Sender } from './aws.js';
import { type AwsClientOptions, awsRegion } from './publish/s3.js';

/** @aws-sdk/client-cost-explorer, imported on the first Cost Explorer request. */
const costExplorerSdk = () => import('@aws-sdk/client-cost-explorer');

export type CostExplorer = Sender<CostExplorerClient>;

/** Cost Explorer's API lives in us-east-1 whatever the workload's region (aws-partition endpoints). */
export function costExplorerClient(options: AwsClientOptions = {}): CostExplorer {
  const config = {
    region: options.region ? awsRegion(options.region) : 'us-east-1',
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    maxAttempts: 3,
  };
  return lazyClient(
    async () =>
      new (await costExplorerSdk()).CostExplorerClient({ ...config, requestHandler: await awsRequestHandler() }),
  );
}

export interface TagKeys {
  service: string;
  env: string;
  owner: string;
  costCenter: string;
}

export interface ReadLimits {
  /** Pages per grouped read (default 50). */
  maxPages: number;
  /** Services to forecast (default 200). */
  maxServices: number;
}

export const DEFAULT_READ_LIMITS: ReadLimits = { maxPages: 50, maxServices: 200 };

/** A group key "service$checkout" → "checkout"; an untagged resource's "service$" → "" (shown as untagged). */
export function tagValue(key: string): string {
  const dollar = key.indexOf('$');
  return dollar < 0 ? key : key.slice(dollar + 1);
}

function envFilter(tags: TagKeys, env: string): Expression {
  return { Tags: { Key: tags.env, Values: [env], MatchOptions: ['EQUALS'] } };
}

/** Every page of one grouped DAILY GetCostAndUsage read, as cells. */
export async function readGrouped(
  client: CostExplorer,
  request: {
    start: string;
    end: string;
    filter: Expression;
    groupBy: [{ Type: 'TAG' | 'DIMENSION'; Key: string }, { Type: 'TAG' | 'DIMENSION'; Key: string }];
    metric: string;
  },
  limits: ReadLimits,
): Promise<{ cells: CostCell[]; pages: number }> {
  const { GetCostAndUsageCommand } = await costExplorerSdk();
  const cells: CostCell[] = [];
  let token: string | undefined;
  for (let page = 1; page <= limits.maxPages; page++) {
    const out: GetCostAndUsageCommandOutput = await client.send(
      new GetCostAndUsageCommand({
        TimePeriod: { Start: request.start, End: request.end },
        Granularity: 'DAILY',
        Metrics: [request.metric],
        Filter: request.filter,
        GroupBy: request.groupBy,
        ...(token ? { NextPageToken: token } : {}),
      }),
    );
    for (const r of out.ResultsByTime ?? []) {
      const date = r.TimePeriod?.Start ?? '';
      for (const g of r.Groups ?? []) {
        const m = g.Metrics?.[request.metric];
        const usd = Number(m?.Amount ?? 'NaN');
        const [a = '', b = ''] = g.Keys ?? [];
        if (Number.isFinite(usd)) cells.push({ date, keys: [tagValue(a), tagValue(b)], usd, unit: m?.Unit ?? 'USD' });
      }
    }
    token = out.NextPageToken;
    if (!token) return { cells, pages: page };
  }
  throw new Error(
    `Cost Explorer GetCostAndUsage (${request.start}..${request.end}) still had pages after ${limits.maxPages}: raise max-pages, or narrow the environments.`,
  );
}

/** The cells of one environment: cost by service x usage type, and each service's owner and cost center. */
export interface EnvironmentCost {
  env: string;
  usage: CostCell[];
  owners: CostCell[];
  costCenters: CostCell[];
  pages: number;
}

export async function readEnvironmentCost(
  client: CostExplorer,
  o: { env: string; tags: TagKeys; day: string; from: string; to: string; metric: string; limits: ReadLimits },
): Promise<EnvironmentCost> {
  const filter = envFilter(o.tags, o.env);
  const service = { Type: 'TAG' as const, Key: o.tags.service };
  const usage = await readGrouped(
    client,
    {
      start: o.from,
      end: o.to,
      filter,
      groupBy: [service, { Type: 'DIMENSION', Key: 'USAGE_TYPE' }],
      metric: o.metric,
    },
    o.limits,
  );
  const owners = await readGrouped(
    client,
    { start: o.day, end: o.to, filter, groupBy: [service, { Type: 'TAG', Key: o.tags.owner }], metric: o.metric },
    o.limits,
  );
  const centers = await readGrouped(
    client,
    {
      start: o.day,
      end: o.to,
      filter,
      groupBy: [service, { Type: 'TAG', Key: o.tags.costCenter }],
      metric: o.metric,
    },
    o.limits,
  );
  return {
    env: o.env,
    usage: usage.cells,
    owners: owners.cells,
    costCenters: centers.cells,
    pages: usage.pages + owners.pages + centers.pages,
  };
}

/**
 * The forecast of one service's cost from `start` to `end` (the rest of the month). Cost Explorer refuses a
 * forecast without enough history (DataUnavailableException): that is "no forecast" (null), not an error.
 */
export async function readForecast(
  client: CostExplorer,
  o: { service: string; env: string; tags: TagKeys; start: string; end: string; metric: string },
): Promise<number | null> {
  const { GetCostForecastCommand } = await costExplorerSdk();
  try {
    const out = await client.send(
      new GetCostForecastCommand({
        TimePeriod: { Start: o.start, End: o.end },
        Granularity: 'MONTHLY',
        Metric: o.metric === 'UnblendedCost' ? 'UNBLENDED_COST' : 'AMORTIZED_COST',
        Filter: {
          And: [
            envFilter(o.tags, o.env),
            { Tags: { Key: o.tags.service, Values: [o.service], MatchOptions: ['EQUALS'] } },
          ],
        },
      }),
    );
    const usd = Number(out.Total?.Amount ?? 'NaN');
    return Number.isFinite(usd) ? usd : null;
  } catch (e) {
    if ((e as Error).name === 'DataUnavailableException') return null;
    throw e;
  }
}
