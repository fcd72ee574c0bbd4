/**
 * Progress on a live bake: one line per tick (time, the worst metric against its baseline, the rules' states)
 * through Logger.progress, at most one a minute; the line itself is a pure function of the tick and the events.
 */
import { describe, expect, it } from 'vitest';
import { resolveBakeSettings } from '../../src/core/bake/bake-settings.js';
import { progressLine, ruleStates } from '../../src/core/bake/progress.js';
import type { MetricTick, RuleEvent, TickEvaluation } from '../../src/core/bake/rules.js';
import { memoryLogger } from '../../src/core/log.js';
import { BUILTIN_CATALOG } from '../../src/core/model/catalog.js';
import { DEFAULT_LABELS } from '../../src/core/model/metric.js';
import { parseDuration } from '../../src/core/time.js';
import { type BakePlan, PROGRESS_EVERY_SECONDS, runBake, simulatedClock } from '../../src/flows/bake/loop.js';
import type { MetricSource } from '../../src/io/sources/source-types.js';

const START = 1_795_183_200; // 2026-11-20T14:00:00Z
const settings = (interval = '1m', resolution = 60) =>
  resolveBakeSettings(
    {},
    { durationSeconds: 1800, intervalSeconds: parseDuration(interval, 'interval') },
    [...BUILTIN_CATALOG],
    resolution,
  );

function metric(id: string, value: number | null, baseline: number | null, ratio: number | null): MetricTick {
  return {
    id,
    unit: 's',
    worse: 'higher',
    applicable: true,
    value,
    sufficient: value !== null,
    baseline,
    ratio,
    slo: null,
    sloMet: null,
    baselineSloMet: null,
    drift: null,
  } as unknown as MetricTick;
}

function tick(at: number, metrics: MetricTick[], notes: string[] = []): TickEvaluation {
  return { at, bakeStart: START, interval: { start: at - 60, end: at }, judgeWindow: null, metrics, notes };
}

const event = (type: RuleEvent['type'], rule: RuleEvent['rule'], metricId: string): RuleEvent =>
  ({ at: START, type, rule, metric: metricId, value: null, threshold: null }) as unknown as RuleEvent;

describe('progressLine', () => {
  it('names the time, the worst metric against its baseline and each rule', () => {
    const t = tick(START + 360, [
      metric('latency_p95_read', 0.206, 0.127, 1.62),
      metric('latency_p95_write', 0.447, 0.248, 1.8),
      metric('error_rate', 0.001, 0.002, 0.5),
    ]);
    expect(progressLine(t, settings(), [event('detected', 'ratio', 'latency_p95_write')])).toBe(
      '+6m 14:06:00Z  worst latency_p95_write 0.447 s = 1.8x baseline 0.248 s  rules: ratio pending, slo ok, drift ok',
    );
  });

  it('says so when no metric has data (the lab whose every tick had none), with the tick notes', () => {
    const t = tick(START + 120, [metric('latency_p95_read', null, 0.127, null)], ['collection failed: refused']);
    expect(progressLine(t, settings(), [])).toBe(
      '+2m 14:02:00Z  no metric has enough data yet  rules: ratio ok, slo ok, drift ok  (collection failed: refused)',
    );
  });

  it('rule states: pending until cleared, fired stays fired, off when disabled', () => {
    const s = settings();
    expect(ruleStates(s, [event('detected', 'slo', 'error_rate'), event('cleared', 'slo', 'error_rate')]).slo).toBe(
      'ok',
    );
    expect(
      ruleStates(s, [event('detected', 'ratio', 'a'), event('detected', 'ratio', 'b'), event('cleared', 'ratio', 'a')])
        .ratio,
    ).toBe('pending');
    expect(ruleStates(s, [event('fired', 'drift', 'a'), event('cleared', 'drift', 'a')]).drift).toBe('fired');
    expect(ruleStates({ ...s, ticket: { ...s.ticket, enabled: false } }, []).drift).toBe('off');
  });
});

/** A metric store with no series at all (a wrong label, a dead exporter). */
const emptySource: MetricSource = {
  kind: 'test',
  description: 'an empty store',
  queryRange: async (q) => ({ query: q.query, series: [], warnings: [] }),
  queryInstant: async (query) => ({ query, series: [], warnings: [] }),
  requestCount: () => 0,
};

async function liveBake(interval: string, resolution: number) {
  const s = settings(interval, resolution);
  const plan: BakePlan = {
    service: 'checkout-api',
    environment: 'prod',
    baselineVersion: 'v1.41.0',
    candidateVersion: 'v1.42.0',
    baselineWindow: { start: START - 3600, end: START },
    bakeStart: START,
    settings: s,
    metrics: [...BUILTIN_CATALOG],
    collect: { labels: DEFAULT_LABELS, resolution, scrapeInterval: 15 },
    judge: { method: 'drift-interval', tolerance: 0.1, confidence: 0.95 },
  };
  const progress: string[] = [];
  const logger = { ...memoryLogger(), progress: (m: string) => progress.push(m) };
  const outcome = await runBake(plan, { source: emptySource, clock: simulatedClock(START), logger });
  return { outcome, progress };
}

describe('a live bake reports progress', () => {
  it('one line per one-minute tick, from the start, even when no tick has data', async () => {
    const { outcome, progress } = await liveBake('1m', 60);
    expect(outcome.mode).toBe('live');
    expect(outcome.ticks).toHaveLength(30);
    expect(progress[0]).toMatch(/^Baking v1\.42\.0 for 30m from 2026-11-20T14:00:00Z/);
    expect(progress.slice(1)).toHaveLength(30);
    expect(progress[1]).toMatch(/^\+1m 14:01:00Z {2}no data for any metric {2}rules: ratio ok, slo ok, drift ok$/);
    expect(progress[30]).toMatch(/^\+30m 14:30:00Z /);
  });

  it('at most one a minute when ticks are shorter', async () => {
    const { outcome, progress } = await liveBake('15s', 15);
    expect(outcome.ticks).toHaveLength(120);
    const lines = progress.slice(1);
    expect(lines).toHaveLength(30);
    expect(PROGRESS_EVERY_SECONDS).toBe(60);
    const minutes = lines.map((l) => /^\+(\S+) /.exec(l)?.[1]);
    expect(minutes.slice(0, 3)).toEqual(['15s', '1m15s', '2m15s']);
  });
});
