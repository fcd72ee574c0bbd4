/**
 * The production watch against a REAL Prometheus: synthetic histories (bench/bake/src/bakes.ts on
 * @driftgate/synth) are backfilled with promtool; `runRules` measures each baseline from that Prometheus and
 * writes the rule file; Prometheus loads the files (rule_files + /-/reload) and evaluates them. Its rule
 * engine only evaluates "now", so the history is replayed through the same engine's query API: each
 * alert's resolved expression (every recording rule substituted, exactly what the alert evaluates) is run
 * as a range query at the rules' 1-minute interval, and `for` is applied to the minutes it held.
 * Measured: onset -> pending (time to detect, PERF-003 §9 MTTD) and onset -> firing.
 */

import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { writeOpenMetrics } from '@driftgate/synth';
import { type PrometheusServer, startPrometheus } from '@driftgate/testkit/prometheus';
import { REPO_ROOT } from '@driftgate/testkit/run-action';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BakeScenario,
  generateBake,
  makeBake,
  pastBakeStart,
  TEST_BAKES,
} from '../../../../bench/bake/src/bakes.js';
import { memoryLogger } from '../../src/core/log.js';
import { combinedFile, renderRuleFile, type WatchAlert } from '../../src/core/watch/prometheus-rules.js';
import { histogramInputSeries, inputSeriesOpenMetrics } from '../../src/flows/watch/replay.js';
import { runRules } from '../../src/flows/watch/watch-plan.js';
import type { Recording } from '../../src/io/sources/file.js';

const SEED = 20261201;
const COST_SECONDS = 9000;
const BAKE_START = pastBakeStart(Date.now() / 1000, COST_SECONDS);
const spec = (id: string) => TEST_BAKES.find((b) => b.id === id) as (typeof TEST_BAKES)[number];

function costScenario(seed: number): BakeScenario {
  const b = makeBake({ id: 'cost-x1.5', kind: 'unchanged', expected: 'breach' }, BAKE_START, seed, COST_SECONDS);
  const v2 = b.deployment[1] as BakeScenario['deployment'][number];
  v2.effects = [{ cost: 1.5, onset: BAKE_START }];
  return { ...b, onset: BAKE_START };
}

const SCENARIOS: BakeScenario[] = [
  makeBake(spec('unchanged'), BAKE_START, SEED),
  makeBake(spec('p95x1.8-from-2m'), BAKE_START, SEED + 1),
  makeBake(spec('error-surge'), BAKE_START, SEED + 2),
  costScenario(SEED + 3),
];

interface Firing {
  alert: string;
  metric: string;
  pendingAt: number;
  firingAt: number;
}

/** Minutes (unix seconds) at which `expr` returned a series, at a 1-minute step. */
async function heldAt(url: string, expr: string, start: number, end: number): Promise<number[]> {
  const body = new URLSearchParams({ query: expr, start: String(start), end: String(end), step: '60' });
  const res = await fetch(`${url}/api/v1/query_range`, { method: 'POST', body });
  const doc = (await res.json()) as any;
  if (doc.status !== 'success') throw new Error(`${expr}: ${JSON.stringify(doc)}`);
  const ts = new Set<number>();
  for (const s of doc.data.result) for (const [t] of s.values) ts.add(Number(t));
  return [...ts].sort((a, b) => a - b);
}

/** Prometheus' `for`: pending at the first minute the condition holds, firing once it held `for` without a gap. */
function firings(alert: WatchAlert, minutes: number[]): Firing[] {
  const out: Firing[] = [];
  let since: number | undefined;
  let prev: number | undefined;
  let fired = false;
  for (const t of minutes) {
    if (prev === undefined || t - prev > 60) {
      since = t;
      fired = false;
    }
    prev = t;
    if (!fired && t - (since as number) >= alert.forSeconds) {
      out.push({ alert: alert.alert, metric: alert.metric, pendingAt: since as number, firingAt: t });
      fired = true;
    }
  }
  return out;
}

describe('the production watch on a real Prometheus', () => {
  let prom: PrometheusServer;
  let dir: string;
  const results = new Map<string, { alerts: WatchAlert[]; firings: Firing[] }>();

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'driftgate-watch-prom-'));
    const files = writeOpenMetrics(
      SCENARIOS.map((b, i) => generateBake(b, SEED + i)),
      join(dir, 'om'),
    );
    prom = await startPrometheus({
      openMetricsFiles: files.map((f) => f.path),
      ruleFiles: [join(dir, 'rules', '*.yml')],
    });
  }, 600_000);
  afterAll(async () => {
    await prom?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('driftgate rules measures each baseline from Prometheus, and Prometheus loads every file', async () => {
    for (const b of SCENARIOS) {
      const options = {
        prometheusUrl: prom.url,
        service: b.service,
        environment: b.environment,
        baselineVersion: b.baselineVersion,
        baselineWindow: `${b.bakeStart - 3600}..${b.bakeStart}`,
        promotedAt: String(b.bakeStart - 60),
        cwd: dir,
      };
      // The budget: 15% above what the baseline cost (so only a real cost increase is over budget + 10%).
      const first = await runRules(options, { logger: memoryLogger() });
      const cost = first.baseline.values.cost_rate as number;
      expect(cost).toBeGreaterThan(0);
      await writeFile(join(dir, `${b.id}.yml`), `budget_per_hour: ${(cost * 1.15).toFixed(4)}\n`);
      const r = await runRules({ ...options, config: `${b.id}.yml` }, { logger: memoryLogger() });
      expect(r.alerts.map((a) => a.alert)).toContain('DriftgateCostOverBudget');
      // One baseline file per service, and the fleet file (the same text from every service's run).
      await writeRuleFile(join(dir, 'rules', `${b.id}.yml`), renderRuleFile(r.service));
      await writeRuleFile(join(dir, 'rules', 'driftgate-fleet.yml'), renderRuleFile(r.fleet));
      results.set(b.id, { alerts: r.alerts, firings: [] });
    }
    expect((await fetch(`${prom.url}/-/reload`, { method: 'POST' })).ok).toBe(true);
    const doc = (await (await fetch(`${prom.url}/api/v1/rules`)).json()) as any;
    const groups = doc.data.groups as Array<{ name: string; rules: Array<{ health: string; lastError?: string }> }>;
    expect(groups.map((g) => g.name).sort()).toEqual(
      [
        'driftgate:fleet:recording',
        'driftgate:fleet:watch',
        ...SCENARIOS.map((b) => `driftgate:${b.service}:prod:baseline`),
      ].sort(),
    );
    for (const g of groups) for (const rule of g.rules) expect(rule.lastError ?? '', g.name).toBe('');
  }, 300_000);

  it('replays every alert over each history: fires on the regressions, never on the unchanged release', async () => {
    const lines: string[] = [
      '| history | alert | metric | onset -> pending | onset -> firing |',
      '|---|---|---|---|---|',
    ];
    for (const b of SCENARIOS) {
      const r = results.get(b.id);
      if (!r) throw new Error(`no rules for ${b.id}`);
      for (const a of r.alerts) {
        const minutes = await heldAt(prom.url, a.resolved, b.bakeStart - 2400, b.end - 120);
        r.firings.push(...firings(a, minutes));
      }
      const onset = b.onset ?? b.bakeStart;
      for (const f of r.firings) {
        lines.push(
          `| ${b.id} | ${f.alert} | ${f.metric} | ${((f.pendingAt - onset) / 60).toFixed(0)} min | ${((f.firingAt - onset) / 60).toFixed(0)} min |`,
        );
      }
      if (!r.firings.length) lines.push(`| ${b.id} | — | — | — | — |`);
    }
    console.log(`\nTime to fire on a real Prometheus (1-minute evaluation):\n${lines.join('\n')}\n`);
    const by = (id: string) => results.get(id)?.firings ?? [];
    expect(by('unchanged')).toEqual([]);

    const first = (id: string, alert: string, metric?: string) =>
      by(id).find((f) => f.alert === alert && (!metric || f.metric === metric));
    const onsetOf = (id: string) => SCENARIOS.find((b) => b.id === id)?.onset as number;

    const rollback = first('p95x1.8-from-2m', 'DriftgateLatencyRollback', 'latency_p95_read');
    expect(rollback, 'rollback alert on 1.8x p95').toBeDefined();
    const r = rollback as Firing;
    // Detected within 5 minutes (MTTD), decided when the 10 minutes of `for` have passed.
    expect(r.pendingAt - onsetOf('p95x1.8-from-2m')).toBeLessThan(300);
    expect(r.firingAt - onsetOf('p95x1.8-from-2m')).toBeLessThan(600 + 300);

    const slo = first('error-surge', 'DriftgateSLOBreach', 'error_rate');
    expect(slo, 'SLO alert on the error surge').toBeDefined();
    const s = slo as Firing;
    expect(s.pendingAt - onsetOf('error-surge')).toBeLessThan(300);
    expect(s.firingAt - onsetOf('error-surge')).toBeLessThan(300 + 300);
    expect(by('error-surge').some((f) => f.alert === 'DriftgateLatencyRollback')).toBe(false);

    const cost = first('cost-x1.5', 'DriftgateCostOverBudget');
    expect(cost, 'cost alert at 1.5x cost').toBeDefined();
    expect((cost as Firing).firingAt - onsetOf('cost-x1.5')).toBeLessThan(2 * 3600);
    expect(by('cost-x1.5').filter((f) => f.alert !== 'DriftgateCostOverBudget')).toEqual([]);
  }, 300_000);
});

async function writeRuleFile(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
}

describe("the demo's recorded regression on a real Prometheus", () => {
  const path = join(REPO_ROOT, 'packages/cli/demo/compare-recording.json');
  const recording = JSON.parse(readFileSync(path, 'utf8')) as Recording;
  const d = recording.defaults as Record<string, string>;
  const [start, end] = (d.candidateWindow as string).split('..').map(Number) as [number, number];
  let prom: PrometheusServer;
  let dir: string;
  afterAll(async () => {
    await prom?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('driftgate rules from the recording: Prometheus loads the file; the drift ticket fires on v1.42.0, the rollback does not', async () => {
    dir = await mkdtemp(join(tmpdir(), 'driftgate-watch-demo-'));
    const r = await runRules({ metricsFile: path, promotedAt: String(start), cwd: dir });
    const target = {
      service: d.service as string,
      environment: d.environment as string,
      version: d.candidateVersion as string,
    };
    const { series } = histogramInputSeries(recording, r.plan.config.metrics, r.plan.config.labels, target, {
      start,
      end,
    });
    expect(series.length).toBeGreaterThan(10);
    await writeRuleFile(join(dir, 'rules', 'demo.yml'), renderRuleFile(combinedFile(r)));
    prom = await startPrometheus({
      openMetrics: inputSeriesOpenMetrics(series, start),
      ruleFiles: [join(dir, 'rules', '*.yml')],
    });
    const doc = (await (await fetch(`${prom.url}/api/v1/rules`)).json()) as any;
    expect(doc.data.groups.map((g: { name: string }) => g.name).sort()).toEqual([
      'driftgate:checkout-api:prod:baseline',
      'driftgate:fleet:recording',
      'driftgate:fleet:watch',
    ]);
    const fired = new Map<string, Firing[]>();
    for (const a of r.alerts.filter((x) => x.metric === 'latency_p95_read')) {
      fired.set(a.alert, firings(a, await heldAt(prom.url, a.resolved, start, end)));
    }
    const drift = fired.get('DriftgateDriftBeyondTolerance')?.[0];
    console.log(
      `\nDemo recording on a real Prometheus: ${[...fired].map(([k, v]) => `${k} ${v.length ? `fires at minute ${(((v[0] as Firing).firingAt - start) / 60).toFixed(0)}` : 'silent'}`).join('; ')}\n`,
    );
    expect(drift, 'drift ticket on the recorded +30% read latency').toBeDefined();
    expect(((drift as Firing).firingAt - start) / 60).toBeLessThanOrEqual(16);
    expect(fired.get('DriftgateLatencyRollback')).toEqual([]);
  }, 120_000);
});
