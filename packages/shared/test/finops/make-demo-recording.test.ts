/**
 * Makes packages/cli/demo/finops-recording.json, the FinOps part of `driftgate demo`: a report run against the
 * fake Cost Explorer (fakes.ts) over a month of two services, its Cost Explorer requests and responses recorded.
 * Runs only when asked: DRIFTGATE_WRITE_FINOPS_DEMO=1 npx vitest run packages/shared/test/finops/make-demo-recording.test.ts
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '@driftgate/testkit';
import { expect, it } from 'vitest';
import { runFinops } from '../../src/flows/finops/finops-run.js';
import { parseFinopsSettings } from '../../src/flows/finops/finops-settings.js';
import { requestsPromql } from '../../src/flows/finops/requests.js';
import { costExplorerClient } from '../../src/io/cost-explorer.js';
import {
  FINOPS_RECORDING_SCHEMA,
  type FinopsRecording,
  recordCostExplorer,
  recordedSource,
} from '../../src/io/cost-recording.js';
import { startFakeCostExplorer } from './fakes.js';

export const DEMO_DAY = '2026-11-18';
export const DEMO_BUDGETS = { 'checkout-api': 2400, 'search-api': 900 };
const USAGE = ['EUW1-Fargate-GB-Hours', 'EUW1-Fargate-vCPU-Hours:perCPU', 'EUW1-DataTransfer-Out-Bytes'];

it.runIf(process.env.DRIFTGATE_WRITE_FINOPS_DEMO === '1')('writes the demo recording', async () => {
  // checkout-api grew 4% a day after a release on the 10th; search-api is flat.
  const base: Record<string, number[]> = { 'checkout-api': [22, 31, 4.5], 'search-api': [6, 9.5, 1.2] };
  const ce = await startFakeCostExplorer({
    services: ['checkout-api', 'search-api'],
    usageTypes: USAGE,
    cost: (_env, s, u, day) => {
      const d = Number(day.slice(8, 10));
      if (day > DEMO_DAY) return 0;
      const grow = s === 'checkout-api' && d >= 10 ? 1.04 ** (d - 9) : 1;
      return Math.round((base[s]?.[USAGE.indexOf(u)] ?? 0) * grow * 100) / 100;
    },
    owner: (s) => (s === 'checkout-api' ? 'team-payments' : 'team-discovery'),
    costCenter: (s) => (s === 'checkout-api' ? 'cc-1001' : 'cc-2002'),
    forecast: (_env, s) => (s === 'checkout-api' ? 1_880.4 : 272.1),
  });
  const dir = mkdtempSync(join(tmpdir(), 'driftgate-finops-demo-'));
  const saved = { ...process.env };
  Object.assign(process.env, { AWS_ACCESS_KEY_ID: 'AKIAFAKE', AWS_SECRET_ACCESS_KEY: 'fake' });
  try {
    const recording: FinopsRecording = {
      schema: FINOPS_RECORDING_SCHEMA,
      date: DEMO_DAY,
      costExplorer: [],
      queries: {},
    };
    const q = { metric: 'requests_total', serviceLabel: 'service', environmentLabel: 'environment' };
    recording.queries[requestsPromql(q, 'prod')] = [
      {
        labels: { service: 'checkout-api' },
        samples: [{ t: Date.parse(`${DEMO_DAY}T00:00:00Z`) / 1000 + 86_400, v: 41_250_000 }],
      },
      {
        labels: { service: 'search-api' },
        samples: [{ t: Date.parse(`${DEMO_DAY}T00:00:00Z`) / 1000 + 86_400, v: 18_900_000 }],
      },
    ];
    const settings = parseFinopsSettings(
      {
        date: DEMO_DAY,
        environments: ['prod'],
        'service-tag': 'service',
        'env-tag': 'env',
        'owner-tag': 'owner',
        'cost-center-tag': 'cost_center',
        'cost-metric': 'UnblendedCost',
        budgets: JSON.stringify(DEMO_BUDGETS),
        'over-budget': '10%',
        'requests-metric': q.metric,
        'service-label': q.serviceLabel,
        'environment-label': q.environmentLabel,
        'max-pages': '50',
      },
      {},
      Date.parse('2026-11-20T00:00:00Z') / 1000,
    );
    const result = await runFinops(settings, {
      outputDir: dir,
      costExplorer: recordCostExplorer(costExplorerClient({ endpoint: ce.url }), recording.costExplorer),
      source: recordedSource(recording, 'demo'),
    });
    expect(result.report.services).toHaveLength(2);
    writeFileSync(
      join(REPO_ROOT, 'packages', 'cli', 'demo', 'finops-recording.json'),
      `${JSON.stringify(recording, null, 1)}\n`,
    );
  } finally {
    process.env = saved;
    await ce.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
