/**
 * finops-report end to end, as the runner runs it (node actions/finops-report/dist/index.js; build and bundle
 * first): a fake Cost Explorer (paginated), a real Prometheus holding each service's requests, a fake S3, Jira
 * and Slack on loopback. Asserts the wire requests (every page, the filters and groups, the forecasts, the
 * write-once SSE-KMS upload, one ticket and one message per over-budget service and month), then reads the
 * uploaded Parquet file back with an independent reader (DuckDB) and runs docs/finops.md's Athena queries on it.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigurationError } from '@driftgate/shared';
import { COST_COLUMNS, parseFinopsSettings } from '@driftgate/shared/finops';
import {
  type FakeJira,
  type FakeServer,
  type PrometheusServer,
  REPO_ROOT,
  runAction,
  startFakeJira,
  startFakeServer,
  startPrometheus,
} from '@driftgate/testkit';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../../packages/cli/src/main.js';
import { FAKE_AWS_ENV, type FakeS3, startFakeS3 } from '../../../packages/shared/test/bake/fakes.js';
import {
  type CostModel,
  type FakeCostExplorer,
  startFakeCostExplorer,
} from '../../../packages/shared/test/finops/fakes.js';

const DAY = 86_400;
const isoDay = (t: number) => new Date(t * 1000).toISOString().slice(0, 10);
/** A past day whose month goes on after it (so there is a rest of the month to forecast). */
function reportDay(): number {
  let t = Math.floor(Date.now() / 1000 / DAY) * DAY - 2 * DAY;
  if (isoDay(t + DAY).endsWith('-01')) t -= DAY;
  return t;
}
const START = reportDay();
const D = isoDay(START);
const PREV = isoDay(START - DAY);
const MONTH_FIRST = `${D.slice(0, 8)}01`;
const NEXT_MONTH = isoDay(Date.UTC(Number(D.slice(0, 4)), Number(D.slice(5, 7)), 1) / 1000);

const USAGE = ['EUW1-Fargate-GB-Hours', 'EUW1-Fargate-vCPU-Hours:perCPU', 'EUW1-Requests-Tier1'];
const BASE: Record<string, number> = { checkout: 40, search: 6 };
const model: CostModel = {
  services: ['checkout', 'search'],
  usageTypes: USAGE,
  // The report day costs 10% more than the day before; each usage type its share.
  cost: (env, s, u, day) =>
    env !== 'prod' ? 0 : (BASE[s] ?? 0) * (USAGE.indexOf(u) + 1) * (day === D ? 1.1 : 1) * (day > D ? 0 : 1),
  owner: (s) => (s === 'checkout' ? 'team-payments' : 'team-discovery'),
  costCenter: (s) => (s === 'checkout' ? 'cc-100' : 'cc-200'),
  forecast: (_env, s) => (s === 'checkout' ? 2500 : null),
};
const dayCost = (s: string, day: string) => USAGE.reduce((a, u) => a + model.cost('prod', s, u, day), 0);
const monthToDate = (s: string) => {
  let sum = 0;
  for (let t = Date.parse(`${MONTH_FIRST}T00:00:00Z`) / 1000; t <= START; t += DAY) sum += dayCost(s, isoDay(t));
  return sum;
};
const REQUESTS: Record<string, number> = { checkout: 288_000, search: 28_800 };
const BUDGETS = { checkout: 2000, search: 1000 };

function requestsOpenMetrics(): string {
  const lines = ['# TYPE requests counter'];
  for (const [service, perDay] of Object.entries(REQUESTS))
    for (let i = 0; i <= 288; i++)
      lines.push(`requests_total{service="${service}",environment="prod"} ${(perDay / 288) * i} ${START + i * 300}`);
  return `${lines.join('\n')}\n# EOF\n`;
}

let ce: FakeCostExplorer;
let s3: FakeS3;
let jira: FakeJira;
let slack: FakeServer;
let prom: PrometheusServer;

beforeAll(async () => {
  [ce, s3, jira, slack, prom] = await Promise.all([
    startFakeCostExplorer(model, 7),
    startFakeS3(),
    startFakeJira({ issues: {}, me: { accountId: 'bot', displayName: 'FinOps bot' } }),
    startFakeServer(() => ({ status: 200, body: 'ok' })),
    startPrometheus({ openMetrics: requestsOpenMetrics() }),
  ]);
}, 60_000);

afterAll(async () => {
  await Promise.all([ce?.close(), s3?.close(), jira?.close(), slack?.close(), prom?.stop()]);
});

const inputs = () => ({
  date: D,
  environments: 'prod',
  budgets: JSON.stringify(BUDGETS),
  'prometheus-url': prom.url,
  's3-uri': 's3://nc-finops/daily/',
  'kms-key-id': 'alias/nc-finops',
  'jira-url': jira.url,
  'jira-token': 'jira-secret-token',
  'jira-project': 'FINOPS',
  'slack-webhook-url': `${slack.url}/hooks/T000/B000/XXXX`,
});
const env = () => ({
  ...FAKE_AWS_ENV,
  AWS_ENDPOINT_URL_COST_EXPLORER: ce.url,
  AWS_ENDPOINT_URL_S3: s3.url,
});

describe('finops-report (bundled action)', () => {
  it('reads every page, forecasts, uploads write-once with SSE-KMS, tickets and messages once', async () => {
    const run = await runAction('finops-report', { inputs: inputs(), env: env() });
    try {
      expect(run.stderr + run.errors.join('\n')).not.toMatch(/error/i);
      expect(run.code).toBe(0);

      // Cost Explorer: service x usage type from the month's first (or the day before), then owner and cost center.
      const usage = ce.bodies('GetCostAndUsage');
      const first = usage[0];
      expect(first.TimePeriod).toEqual({ Start: PREV < MONTH_FIRST ? PREV : MONTH_FIRST, End: isoDay(START + DAY) });
      expect(first.Granularity).toBe('DAILY');
      expect(first.Metrics).toEqual(['UnblendedCost']);
      expect(first.Filter).toEqual({ Tags: { Key: 'env', Values: ['prod'], MatchOptions: ['EQUALS'] } });
      expect(first.GroupBy).toEqual([
        { Type: 'TAG', Key: 'service' },
        { Type: 'DIMENSION', Key: 'USAGE_TYPE' },
      ]);
      const days = (Date.parse(`${D}T00:00:00Z`) - Date.parse(`${first.TimePeriod.Start}T00:00:00Z`)) / 86_400_000 + 1;
      const usagePages = Math.ceil((days * 2 * USAGE.length) / 7);
      const usageBodies = usage.filter((b) => b.GroupBy[1].Key === 'USAGE_TYPE');
      expect(usageBodies).toHaveLength(usagePages);
      expect(usageBodies.map((b) => b.NextPageToken)).toEqual([
        undefined,
        ...Array.from({ length: usagePages - 1 }, (_, i) => String((i + 1) * 7)),
      ]);
      const ownerBodies = usage.filter((b) => b.GroupBy[1].Key === 'owner');
      expect(ownerBodies[0].TimePeriod).toEqual({ Start: D, End: isoDay(START + DAY) });
      expect(usage.filter((b) => b.GroupBy[1].Key === 'cost_center').length).toBeGreaterThan(0);

      expect(run.outputs['cost-explorer-requests']).toBe(String(ce.requests.length));
      // One forecast per service, for the rest of the month.
      const forecasts = ce.bodies('GetCostForecast');
      expect(forecasts).toHaveLength(2);
      for (const f of forecasts) {
        expect(f.TimePeriod).toEqual({ Start: isoDay(START + DAY), End: NEXT_MONTH });
        expect(f.Granularity).toBe('MONTHLY');
        expect(f.Metric).toBe('UNBLENDED_COST');
      }

      // S3: write-once, SSE-KMS with the given key, checksummed, under the day's folder.
      const key = `nc-finops/daily/${D.replace(/-/g, '')}/finops_cost_daily.parquet`;
      const put = s3.puts().find((r) => r.path === `/${key}`);
      expect(put?.headers['if-none-match']).toBe('*');
      expect(put?.headers['x-amz-server-side-encryption']).toBe('aws:kms');
      expect(put?.headers['x-amz-server-side-encryption-aws-kms-key-id']).toBe('alias/nc-finops');
      expect(put?.headers['x-amz-checksum-sha256']).toBeTruthy();
      expect(run.outputs['s3-uri']).toBe(`s3://${key}`);
      const body = s3.objects.get(key)?.body as Buffer;
      expect(body.subarray(0, 4).toString()).toBe('PAR1');

      // checkout: projected = month to date + 2500 > 2000 x 1.1: one Jira ticket, one Slack message.
      const created = jira.requests.filter((r) => r.method === 'POST' && r.path === '/rest/api/2/issue');
      expect(created).toHaveLength(1);
      const fields = created[0]?.json().fields;
      expect(fields.project.key).toBe('FINOPS');
      expect(fields.summary).toContain('checkout (prod)');
      expect(fields.labels).toContain('finops');
      const messages = slack.requests.filter((r) => r.method === 'POST');
      expect(messages).toHaveLength(1);
      expect(messages[0]?.json().text).toContain('checkout (prod)');
      expect(messages[0]?.json().text).not.toContain('search (prod)');
      expect(JSON.parse(run.outputs['over-budget'] as string)).toEqual([
        { service: 'checkout', env: 'prod', deviation: expect.closeTo((monthToDate('checkout') + 2500) / 2000 - 1, 5) },
      ]);
      expect(run.summary).toContain('FinOps report');
      // Registered as a secret (the runner masks it), and never printed otherwise.
      expect(run.stdout).toContain('::add-mask::jira-secret-token');
      expect(
        run.stdout
          .split('\n')
          .filter((l) => !l.startsWith('::add-mask::'))
          .join('\n'),
      ).not.toContain('jira-secret-token');

      // The file, read back by DuckDB, and docs/finops.md's queries on it.
      const dir = mkdtempSync(join(tmpdir(), 'driftgate-finops-'));
      try {
        const file = join(dir, 'finops_cost_daily.parquet');
        writeFileSync(file, body);
        const q = await documentedQueries(file);
        const c = await q('SELECT * FROM finops_cost_daily');
        expect(c.columns).toEqual(COST_COLUMNS.map((x) => x.name));
        expect(c.rows).toHaveLength(2 * USAGE.length);

        const unit = await q('cost_per_1k_requests');
        expect(unit.rows).toHaveLength(2);
        const [checkout, search] = unit.rows as any[];
        expect(checkout.service).toBe('checkout');
        expect(checkout.cost_usd).toBeCloseTo(dayCost('checkout', D), 6);
        expect(checkout.requests).toBeCloseTo(REQUESTS.checkout as number, -1);
        expect(checkout.cost_per_1k_requests).toBeCloseTo((dayCost('checkout', D) / 288_000) * 1000, 4);
        expect(search.cost_per_1k_requests).toBeCloseTo((dayCost('search', D) / 28_800) * 1000, 4);

        const drivers = await q('top_cost_drivers');
        expect((drivers.rows[0] as any).service).toBe('checkout');
        expect((drivers.rows[0] as any).usage_type).toBe('EUW1-Requests-Tier1');

        const budget = await q('budget_deviation');
        expect(budget.rows.map((r: any) => r.service)).toEqual(['checkout', 'search']);
        expect((budget.rows[0] as any).projected_month_usd).toBeCloseTo(monthToDate('checkout') + 2500, 4);
        // search has no forecast: projected = month to date.
        expect((budget.rows[1] as any).projected_month_usd).toBeCloseTo(monthToDate('search'), 4);

        const owners = await q('cost_by_owner');
        expect(owners.rows.map((r: any) => [r.owner, r.cost_center])).toEqual([
          ['team-payments', 'cc-100'],
          ['team-discovery', 'cc-200'],
        ]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    } finally {
      await run.cleanup();
    }

    // A re-run the same night: the same bytes (nothing written), the ticket found again, no second message.
    const puts = s3.puts().length;
    const again = await runAction('finops-report', { inputs: inputs(), env: env() });
    try {
      expect(again.code).toBe(0);
      expect(s3.objects.size).toBe(1);
      expect(s3.puts().length).toBe(puts + 1); // one conditional PUT, answered 412, then a HEAD
      expect(jira.requests.filter((r) => r.method === 'POST' && r.path === '/rest/api/2/issue')).toHaveLength(1);
      expect(slack.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
    } finally {
      await again.cleanup();
    }
  }, 120_000);

  it('refuses a bad budget before any request, naming the input and the fix', async () => {
    const before = ce.requests.length;
    const run = await runAction('finops-report', {
      inputs: { ...inputs(), budgets: '{"checkout": "lots"}' },
      env: env(),
    });
    try {
      expect(run.code).toBe(1);
      expect(run.errors.join('\n')).toContain('Input "budgets" gives "checkout" the budget "lots"');
      expect(ce.requests.length).toBe(before);
    } finally {
      await run.cleanup();
    }
  }, 60_000);
});

describe('driftgate finops (the CLI, same library)', () => {
  it('writes the local report and prints the table; no upload without --s3-uri', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'driftgate-finops-cli-'));
    const saved = { ...process.env };
    Object.assign(process.env, env());
    const puts = s3.puts().length;
    try {
      const out: string[] = [];
      const err: string[] = [];
      const code = await cli(
        [
          'finops',
          '--date',
          D,
          '--prometheus-url',
          prom.url,
          '--budgets',
          JSON.stringify(BUDGETS),
          '--max-pages',
          '20',
        ],
        { out: (l) => out.push(l), err: (l) => err.push(l), cwd: dir },
      );
      expect(err).toEqual([]);
      expect(code).toBe(0);
      const text = out.join('\n');
      expect(text).toContain(`## FinOps report ${D}`);
      expect(text).toMatch(/\| checkout \| prod \| team-payments \|/);
      const rows = await documentedQueries(join(dir, 'driftgate-finops', 'finops_cost_daily.parquet'));
      expect((await rows('SELECT count(*)::INTEGER AS n FROM finops_cost_daily')).rows).toEqual([
        { n: 2 * USAGE.length },
      ]);
      expect(s3.puts().length).toBe(puts);
      const bad = await cli(['finops', '--date', 'yesterday', '--prometheus-url', prom.url], {
        out: () => {},
        err: (l) => err.push(l),
        cwd: dir,
      });
      expect(bad).toBe(2);
      expect(err.join('\n')).toContain('--date is "yesterday": expected a day such as');
    } finally {
      process.env = saved;
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('examples/finops/main.tf', () => {
  const tf = readFileSync(join(REPO_ROOT, 'examples', 'finops', 'main.tf'), 'utf8');
  it("declares the Glue table with the file's columns", () => {
    const columns = [...tf.matchAll(/\["(\w+)", "(string|double)"\]/g)].map((m) => [m[1], m[2]]);
    expect(columns).toEqual(COST_COLUMNS.map((c) => [c.name, c.type === 'STRING' ? 'string' : 'double']));
  });
  it("keeps PERF-003 §8's retention: 365 days, 2 years, 3 years in Glacier", () => {
    const rule = (id: string) => tf.slice(tf.indexOf(`id     = "${id}"`)).split('\n  }')[0] ?? '';
    expect(rule('perf-snapshots-365-days')).toMatch(/expiration \{ days = 365 \}/);
    expect(rule('audit-log-2-years')).toMatch(/expiration \{ days = 730 \}/);
    expect(rule('cost-parquet-3-years-glacier')).toMatch(
      /storage_class = "GLACIER_IR"[\s\S]*expiration \{ days = 1095 \}/,
    );
    expect(rule('grafana-snapshots-1-year')).toMatch(/expiration \{ days = 365 \}/);
  });
});

describe('finops settings', () => {
  const values = {
    environments: ['prod'],
    'service-tag': 'service',
    'env-tag': 'env',
    'owner-tag': 'owner',
    'cost-center-tag': 'cost_center',
    'cost-metric': 'UnblendedCost',
    'over-budget': '10%',
    'requests-metric': 'requests_total',
    'service-label': 'service',
    'environment-label': 'environment',
    'max-pages': '50',
  };
  const now = Date.parse('2026-12-07T04:00:00Z') / 1000;
  it('defaults to yesterday and reads from the first of the month', () => {
    const s = parseFinopsSettings(values, {}, now);
    expect([s.day, s.previous, s.from, s.next, s.monthEnd]).toEqual([
      '2026-12-06',
      '2026-12-05',
      '2026-12-01',
      '2026-12-07',
      '2027-01-01',
    ]);
    expect(parseFinopsSettings({ ...values, date: '2026-12-01' }, {}, now).from).toBe('2026-11-30');
  });
  it.each([
    [{ date: '2026-12-07' }, 'Input "date" is "2026-12-07": that day is not over yet'],
    [{ date: '2026-02-30' }, 'Input "date" is "2026-02-30": expected a day such as'],
    [{ 'max-pages': '0' }, 'Input "max-pages" is "0"'],
    [{ 'requests-metric': 'requests-total' }, 'Input "requests-metric" is "requests-total"'],
    [{ 'over-budget': '10' }, 'Input "over-budget" is "10"'],
    [{ budgets: '[1]' }, 'Input "budgets" is not a JSON object'],
  ])('refuses %j', (bad, message) => {
    expect(() => parseFinopsSettings({ ...values, ...bad }, {}, now)).toThrow(ConfigurationError);
    expect(() => parseFinopsSettings({ ...values, ...bad }, {}, now)).toThrow(message);
  });
});

/** docs/finops.md's named queries, run in DuckDB with the table read from `file`. */
async function documentedQueries(file: string) {
  const doc = readFileSync(join(REPO_ROOT, 'docs', 'finops.md'), 'utf8');
  const named = new Map<string, string>();
  for (const m of doc.matchAll(/```sql\n-- name: (\w+)\n([\s\S]*?)```/g)) named.set(m[1] as string, m[2] as string);
  expect([...named.keys()]).toEqual(['cost_per_1k_requests', 'top_cost_drivers', 'budget_deviation', 'cost_by_owner']);
  // The DDL's columns are the file's.
  const ddl = /CREATE EXTERNAL TABLE finops_cost_daily \(([\s\S]*?)\)\nPARTITIONED/.exec(doc)?.[1] ?? '';
  expect(ddl.split(',').map((l) => l.trim().split(/\s+/))).toEqual(
    COST_COLUMNS.map((c) => [c.name, c.type === 'STRING' ? 'string' : 'double']),
  );
  const db = await DuckDBInstance.create(':memory:');
  const conn = await db.connect();
  return async (name: string) => {
    const sql = (named.get(name) ?? name).replace(/\bFROM finops_cost_daily\b/, `FROM read_parquet('${file}')`);
    const reader = await conn.runAndReadAll(sql);
    return { columns: reader.columnNames(), rows: reader.getRowObjectsJS() };
  };
}
