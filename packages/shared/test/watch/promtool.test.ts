/**
 * The generated rule file under Prometheus' own rule engine: `promtool check rules` (syntax, templates) and
 * `promtool test rules` (every rule evaluated minute by minute on input series, `for` included), proving
 * each alert fires at the right minute, and not on a 3-minute spike or a quiet low-traffic window.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { combinedFile, renderRuleFile } from '../../src/core/watch/prometheus-rules.js';
import { groupEvalOrder } from '../../src/flows/watch/replay.js';
import { histogramSeries, NORMAL, SLOW, testRules } from './fixtures.js';

const run = promisify(execFile);

const firing = (alert: string) => `count(ALERTS{alertname="${alert}",alertstate="firing"})`;
/** The alert is not firing one minute before `minute` and fires at `minute`. */
const firesAt = (alert: string, minute: number) => [
  { expr: firing(alert), eval_time: `${minute - 1}m`, exp_samples: [] },
  { expr: firing(alert), eval_time: `${minute}m`, exp_samples: [{ labels: '{}', value: 1 }] },
];
const silent = (minutes: number[]) =>
  minutes.map((m) => ({ expr: 'count(ALERTS{alertstate="firing"})', eval_time: `${m}m`, exp_samples: [] }));

/** Charges growing at `perHour(k)` USD/h in minute k (month-to-date, cumulative). */
function chargesSeries(minutes: number, perHour: (k: number) => number) {
  const v = [100];
  for (let k = 1; k <= minutes; k++) v.push((v[v.length - 1] as number) + perHour(k) / 60);
  return {
    series: 'aws_billing_estimated_charges{service="checkout-api",env="prod",version="v1.42.0"}',
    values: v.map((x) => x.toFixed(4)).join(' '),
  };
}

describe('the generated rules under promtool', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'driftgate-watch-promtool-'));
    await writeFile(join(dir, 'rules.yml'), renderRuleFile(combinedFile(testRules()), 'test'));
  });
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('promtool check rules: clean', async () => {
    const { stdout, stderr } = await run('promtool', ['check', 'rules', join(dir, 'rules.yml')]);
    expect(`${stdout}${stderr}`).toMatch(/SUCCESS: \d+ rules found/);
    expect(`${stdout}${stderr}`).not.toMatch(/WARNING|FAILED/i);
  });

  it('promtool test rules: fires at the right minute, not on a 3-minute spike or a quiet window', async () => {
    const tests = [
      {
        name: 'regression from minute 10: SLO at 15 (5m), rollback and drift ticket at 20 (10m)',
        interval: '1m',
        input_series: histogramSeries(40, (k) => (k >= 10 ? SLOW : NORMAL)),
        promql_expr_test: [
          ...silent([9]),
          ...firesAt('DriftgateSLOBreach', 15),
          ...firesAt('DriftgateLatencyRollback', 20),
          ...firesAt('DriftgateDriftBeyondTolerance', 20),
        ],
      },
      {
        name: 'a 3-minute spike (minutes 10-12) never fires',
        interval: '1m',
        input_series: histogramSeries(40, (k) => (k >= 10 && k <= 12 ? SLOW : NORMAL)),
        promql_expr_test: silent([10, 12, 14, 15, 16, 18, 20, 25, 30, 40]),
      },
      {
        name: 'a quiet low-traffic window (10 requests a minute, all slow) never fires',
        interval: '1m',
        input_series: histogramSeries(40, (k) => (k >= 10 ? SLOW : NORMAL), 0.01),
        promql_expr_test: silent([15, 20, 25, 30, 40]),
      },
      {
        name: 'cost at the budget for an hour, then 1.5x: over budget + 10% for 1h',
        interval: '1m',
        input_series: [chargesSeries(200, (k) => (k > 60 ? 15 : 10))],
        // rate over the last hour passes 11 USD/h 12 minutes after the change (minute 72), fires an hour later.
        promql_expr_test: [...silent([60, 72, 100, 130]), ...firesAt('DriftgateCostOverBudget', 133)],
      },
    ];
    const file = join(dir, 'test.yml');
    await writeFile(
      file,
      stringify(
        {
          rule_files: ['rules.yml'],
          // Recording groups before the alerts, as each minute settles; promtool's own order is random.
          group_eval_order: groupEvalOrder([combinedFile(testRules())]),
          evaluation_interval: '1m',
          tests,
        },
        { lineWidth: 0 },
      ),
    );
    const result = await run('promtool', ['test', 'rules', file]).catch((e) => e);
    expect(`${result.stdout}${result.stderr}`).toMatch(/SUCCESS/);
  }, 60_000);
});
