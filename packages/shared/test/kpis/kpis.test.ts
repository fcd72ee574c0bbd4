/**
 * driftgate kpis through the CLI against a fake S3 holding a month of evidence (perf_verification.json, with a
 * write-once sibling) and FinOps files (finops_cost_daily.parquet written by the report's writer), plus files of
 * the neighbouring months that must not count. Asserts the listing (one month prefix, paged), the numbers and
 * the files written.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../../cli/src/main.js';
import type { CostRow } from '../../src/core/finops/cost-report.js';
import { computeKpis, quantile } from '../../src/core/kpis/compute.js';
import { costParquet } from '../../src/io/parquet.js';
import { FAKE_AWS_ENV, type FakeS3, startFakeS3 } from '../bake/fakes.js';

let s3: FakeS3;
let dir: string;
const saved = { ...process.env };

function put(key: string, body: Buffer | string) {
  const b = Buffer.from(body);
  s3.objects.set(key, {
    body: b,
    etag: '"x"',
    sha256: createHash('sha256').update(b).digest('base64'),
    headers: {},
  });
}

const start = '2026-11-10T10:00:00Z';
const plus = (s: number) => new Date(Date.parse(start) + s * 1000).toISOString();
function evidence(o: {
  service: string;
  verdict: string;
  detectedAfter: number | null;
  rollback?: { mode: string; action: string; final_status: string | null };
  tickets?: Array<{ system: string; url: string | null; created: boolean; error?: string }>;
}) {
  return JSON.stringify({
    schema: 'driftgate.verification/v2',
    service: o.service,
    environment: 'prod',
    version: `v-${o.service}`,
    verdict: o.verdict,
    first_detection_at: o.detectedAfter === null ? null : plus(o.detectedAfter),
    bake: { start },
    actions: { rollback: o.rollback ?? null, tickets: o.tickets ?? [] },
  });
}

const row = (usage_date: string, service: string, mtd: number, projected: number): CostRow => ({
  usage_date,
  service,
  env: 'prod',
  owner: 'o',
  cost_center: 'c',
  usage_type: 'u',
  cost_usd: 1,
  service_cost_usd: 1,
  service_requests: null,
  cost_per_1k_requests: null,
  prev_day_cost_usd: 1,
  month_to_date_usd: mtd,
  forecast_rest_of_month_usd: null,
  projected_month_usd: projected,
  budget_month_usd: null,
  budget_deviation: null,
});

beforeAll(async () => {
  s3 = await startFakeS3();
  s3.listPageSize = 3;
  Object.assign(process.env, FAKE_AWS_ENV, { AWS_ENDPOINT_URL_S3: s3.url });
  dir = mkdtempSync(join(tmpdir(), 'driftgate-kpis-'));
  const ev = (day: string, svc: string, name = 'perf_verification.json') =>
    `nc-perf-results/daily/${day}/${svc}/prod/v-${svc}/${name}`;
  put(ev('20261103', 'checkout'), evidence({ service: 'checkout', verdict: 'pass', detectedAfter: null }));
  put(
    ev('20261105', 'checkout'),
    evidence({
      service: 'checkout',
      verdict: 'rollback',
      detectedAfter: 60,
      rollback: { mode: 'auto', action: 'stop-with-rollback', final_status: 'Succeeded' },
    }),
  );
  put(
    ev('20261105', 'checkout', 'perf_verification.2.json'),
    evidence({
      service: 'checkout',
      verdict: 'rollback',
      detectedAfter: 120,
      rollback: { mode: 'auto', action: 'redeploy-previous', final_status: 'Failed' },
    }),
  );
  put(
    ev('20261112', 'search'),
    evidence({
      service: 'search',
      verdict: 'ticket',
      detectedAfter: 240,
      tickets: [
        { system: 'jira', url: 'https://jira/PERF-1', created: true },
        { system: 'github', url: null, created: false, error: 'HTTP 403' },
      ],
    }),
  );
  put(
    ev('20261120', 'search'),
    evidence({
      service: 'search',
      verdict: 'pass',
      detectedAfter: 900,
      rollback: { mode: 'dry-run', action: 'none', final_status: null },
    }),
  );
  // Other months: not counted.
  put(ev('20261031', 'checkout'), evidence({ service: 'checkout', verdict: 'rollback', detectedAfter: 5 }));
  put(ev('20261201', 'checkout'), evidence({ service: 'checkout', verdict: 'rollback', detectedAfter: 5 }));
  const fin = (day: string) => `nc-finops/daily/${day}/finops_cost_daily.parquet`;
  put(
    fin('20261101'),
    Buffer.from(costParquet([row('2026-11-01', 'checkout', 30, 1000), row('2026-11-01', 'search', 20, 500)])),
  );
  put(
    fin('20261115'),
    Buffer.from(costParquet([row('2026-11-15', 'checkout', 500, 1010), row('2026-11-15', 'search', 230, 460)])),
  );
  put(
    fin('20261130'),
    Buffer.from(costParquet([row('2026-11-30', 'checkout', 1020, 1020), row('2026-11-30', 'search', 450, 450)])),
  );
  put(fin('20261201'), Buffer.from(costParquet([row('2026-12-01', 'checkout', 99, 9999)])));
});
afterAll(async () => {
  process.env = saved;
  await s3?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('driftgate kpis', () => {
  it("reports a month's MTTD, drift events, automation success and budget deviation", async () => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await cli(
      [
        'kpis',
        '--month',
        '2026-11',
        '--evidence-uri',
        's3://nc-perf-results/daily/',
        '--finops-uri',
        's3://nc-finops/daily/',
      ],
      { out: (l) => out.push(l), err: (l) => err.push(l), cwd: dir },
    );
    expect(err).toEqual([]);
    expect(code).toBe(0);
    const lists = s3.requests.filter((r) => r.url.searchParams.get('list-type') === '2');
    expect(new Set(lists.map((r) => r.url.searchParams.get('prefix')))).toEqual(new Set(['daily/202611']));
    expect(lists.some((r) => r.url.searchParams.has('continuation-token'))).toBe(true);

    const k = JSON.parse(readFileSync(join(dir, 'driftgate-kpis', 'kpis.json'), 'utf8'));
    expect(k.bakes).toBe(5);
    // Detections after 60, 120, 240 and 900 s: median 180 s, p90 240 + 0.7 x 660 = 702 s.
    expect(k.mttd.value).toEqual({ detections: 4, medianSeconds: 180, p90Seconds: expect.closeTo(702, 9) });
    expect(k.mttd.met).toBe(true);
    expect(k.driftEvents.value.critical).toBe(2);
    expect(k.driftEvents.value.warning).toBe(1);
    expect(k.driftEvents.met).toBe(false);
    // Two rollbacks (one Succeeded) and two tickets (one failed); the dry run is no action.
    expect(k.automation.value.attempted).toBe(4);
    expect(k.automation.value.succeeded).toBe(2);
    expect(k.automation.value.rate).toBe(0.5);
    expect(k.automation.met).toBe(false);
    // checkout: 1020 against the first report's 1000 (+2%); search: 450 against 500 (-10%).
    expect(k.budget.value.services.map((s: any) => [s.service, s.forecastUsd, s.actualUsd])).toEqual([
      ['checkout', 1000, 1020],
      ['search', 500, 450],
    ]);
    expect(k.budget.value.worst).toBeCloseTo(-0.1, 10);
    expect(k.budget.met).toBe(false);
    const md = out.join('\n');
    expect(md).toContain('## driftgate KPIs 2026-11');
    expect(md).toContain('median 3m, p90 11m42s');
    expect(md).toContain('50.0% (2 of 4)');
    expect(md).toContain('HTTP 403');
    expect(readFileSync(join(dir, 'driftgate-kpis', 'kpis.md'), 'utf8')).toBe(md);
  });

  it('is "no data", never met, without data', () => {
    const k = computeKpis('2026-11', [], []);
    expect([k.mttd.met, k.driftEvents.met, k.automation.met, k.budget.met]).toEqual([null, null, null, null]);
    expect(quantile([], 0.5)).toBeNull();
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
  });

  it('refuses a bad month before any request', async () => {
    const before = s3.requests.length;
    const err: string[] = [];
    const code = await cli(['kpis', '--month', '2026-13', '--evidence-uri', 's3://nc-perf-results/daily/'], {
      out: () => {},
      err: (l) => err.push(l),
      cwd: dir,
    });
    expect(code).toBe(2);
    expect(err.join('\n')).toContain('--month is "2026-13": expected a month such as 2026-11.');
    expect(s3.requests.length).toBe(before);
  });
});
