/**
 * The collector's counting against a REAL Prometheus: per-sub-window counts must add up to the window's
 * true total, for smooth counters and for amounts that move in steps, across counter resets.
 */
import { type PrometheusServer, startPrometheus } from '@driftgate/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectMetric } from '../../src/collect.js';
import { DEFAULT_LABELS, type MetricDef } from '../../src/metrics.js';
import { PrometheusSource } from '../../src/sources/prometheus.js';

const end = Math.floor(Date.now() / 1000 / 3600) * 3600 - 3 * 3600;
const start = end - 3600;
let prom: PrometheusServer;

// Scrapes every 15 s at a 7.3 s offset. "steps": +1 every 61 s (an amount re-priced about once a minute).
// "smooth": +3 per scrape, with a pod restart (reset to 0) at minute 30.
beforeAll(async () => {
  const lines = ['# TYPE steps gauge', '# TYPE smooth counter'];
  const stepLines: string[] = [];
  const smoothLines: string[] = [];
  let smooth = 0;
  for (let t = start - 120 + 7.3; t <= end + 60; t += 15) {
    const steps = Math.floor((t - (start - 120)) / 61);
    stepLines.push(`steps{service="a",env="prod",version="v"} ${steps} ${t.toFixed(3)}`);
    smooth = Math.abs(t - (start + 1800 + 7.3)) < 1 ? 0 : smooth + 3;
    smoothLines.push(`smooth_total{service="a",env="prod",version="v"} ${smooth} ${t.toFixed(3)}`);
  }
  prom = await startPrometheus({ openMetrics: [lines[0], ...stepLines, lines[1], ...smoothLines].join('\n') });
});
afterAll(async () => prom?.stop());

const rate = (metric: string, events: boolean): MetricDef => ({
  id: metric,
  title: metric,
  unit: '',
  kind: 'rate',
  metric,
  per: 'second',
  worse: 'higher',
  events,
});
const total = (c: number[][]) => c.reduce((a, p) => a + (p[0] as number), 0);

describe('collectMetric counts', () => {
  it('partitions an amount updated every 61 s: every step counted once, no runs of zeros', async () => {
    const data = await collectMetric(
      new PrometheusSource({ url: prom.url }),
      rate('steps', false),
      { service: 'a', environment: 'prod', version: 'v' },
      { start, end },
      { labels: DEFAULT_LABELS, resolution: 60, scrapeInterval: 15 },
    );
    expect(data.points).toHaveLength(60);
    // 3600 s / 61 s: 59 steps (give or take one at the edges).
    expect(total(data.points.map((p) => p.c))).toBeGreaterThanOrEqual(58);
    expect(total(data.points.map((p) => p.c))).toBeLessThanOrEqual(60);
    const zeros = data.points.filter((p) => p.c[0] === 0).length;
    expect(zeros).toBeLessThanOrEqual(2);
  });

  it('counts a smooth counter exactly, across a counter reset', async () => {
    const data = await collectMetric(
      new PrometheusSource({ url: prom.url }),
      rate('smooth_total', true),
      { service: 'a', environment: 'prod', version: 'v' },
      { start, end },
      { labels: DEFAULT_LABELS, resolution: 60, scrapeInterval: 15 },
    );
    // 240 scrapes of +3; the reset loses the one increment that restarted from 0.
    expect(total(data.points.map((p) => p.c))).toBeCloseTo(717, 0);
    expect(data.queries[0]).toBe('sum(rate(smooth_total{service="a",env="prod",version="v"}[1m15s]))');
  });
});
