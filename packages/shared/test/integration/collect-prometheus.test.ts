/**
 * The collector's counting against a REAL Prometheus: per-sub-window counts must add up to the window's
 * true total, for smooth counters and for amounts that move in steps, across counter resets.
 */
import { type PrometheusServer, startPrometheus } from '@driftgate/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LABELS, type MetricDef } from '../../src/core/model/metric.js';
import { collectMetric } from '../../src/io/collect/collect.js';
import { intervalFromCount, resolveScrapeIntervals, withScrapeIntervals } from '../../src/io/collect/scrape.js';
import { FileSource, RECORDING_SCHEMA } from '../../src/io/sources/file.js';
import { PrometheusSource } from '../../src/io/sources/prometheus.js';

const end = Math.floor(Date.now() / 1000 / 3600) * 3600 - 3 * 3600;
const start = end - 3600;
let prom: PrometheusServer;

// Scrapes every 15 s at a 7.3 s offset. "steps": +1 every 61 s (an amount re-priced about once a minute).
// "smooth": +3 per scrape, with a pod restart (reset to 0) at minute 30.
beforeAll(async () => {
  const lines = [
    '# TYPE steps gauge',
    '# TYPE smooth counter',
    '# TYPE slow counter',
    '# TYPE half counter',
    '# TYPE gappy counter',
  ];
  const gappyLines: string[] = [];
  // "gappy": every 15 s, with 2-minute scrape gaps 12 minutes apart in the last 40 minutes: 30 minutes would
  // count 100 samples (18 s), and so would any fixed 10-minute grid; a 10-minute range sliding by a minute
  // finds the 40 samples between two gaps.
  const inGap = (t: number) => t > end - 2400 && (end - t) % 720 < 120;
  for (let t = start - 600 + 3.3, v = 0; t <= end + 60; t += 15, v += 1)
    if (!inGap(t)) gappyLines.push(`gappy_total{service="a",env="prod",version="v"} ${v} ${t.toFixed(3)}`);
  const stepLines: string[] = [];
  const smoothLines: string[] = [];
  const slowLines: string[] = [];
  const halfLines: string[] = [];
  // "slow": +5 per scrape every 60 s (Prometheus' default interval); "half": +2 every 30 s.
  for (let t = start - 600 + 23.1, v = 5; t <= end + 60; t += 60, v += 5)
    slowLines.push(`slow_total{service="a",env="prod",version="v"} ${v} ${t.toFixed(3)}`);
  for (let t = start - 600 + 11.7, v = 2; t <= end + 60; t += 30, v += 2)
    halfLines.push(`half_total{service="a",env="prod",version="v"} ${v} ${t.toFixed(3)}`);
  let smooth = 0;
  for (let t = start - 120 + 7.3; t <= end + 60; t += 15) {
    const steps = Math.floor((t - (start - 120)) / 61);
    stepLines.push(`steps{service="a",env="prod",version="v"} ${steps} ${t.toFixed(3)}`);
    smooth = Math.abs(t - (start + 1800 + 7.3)) < 1 ? 0 : smooth + 3;
    smoothLines.push(`smooth_total{service="a",env="prod",version="v"} ${smooth} ${t.toFixed(3)}`);
  }
  // "charges": month-to-date charges of two versions, accruing 0.5 USD a minute (continuously) and re-priced on
  // every minute: the exporter shows the accrual as of the first scrape after each minute boundary. Scraped
  // every 32 s, each version at its own phase (30.1 s and 25.8 s past a multiple of 32 s).
  const chargeLines: string[] = [];
  for (const [version, phase] of [
    ['p', 30.138],
    ['q', 25.829],
  ] as const) {
    let shown = 0;
    let minute = Number.NaN;
    for (let t = start - 600 - ((start - 600) % 32) + phase; t <= end + 60; t += 32) {
      const m = Math.floor(t / 60);
      if (m !== minute) shown = Math.round(((t - (start - 600)) / 60) * 0.5 * 100) / 100;
      minute = m;
      chargeLines.push(`charges{service="a",env="prod",version="${version}"} ${shown} ${t.toFixed(3)}`);
    }
  }
  prom = await startPrometheus({
    openMetrics: [
      '# TYPE charges gauge',
      ...chargeLines,
      lines[0],
      ...stepLines,
      lines[1],
      ...smoothLines,
      lines[2],
      ...slowLines,
      lines[3],
      ...halfLines,
      lines[4],
      ...gappyLines,
    ].join('\n'),
  });
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

  it('adds an amount re-priced every minute and scraped every 32 s up to its increase over the window, whatever the scrape phase', async () => {
    const source = new PrometheusSource({ url: prom.url });
    const options = { labels: DEFAULT_LABELS, resolution: 60, scrapeInterval: 30 };
    const asked: string[] = [];
    const counting = Object.assign(Object.create(source) as PrometheusSource, {
      queryInstant: (q: string, t: number) => {
        asked.push(q);
        return source.queryInstant(q, t);
      },
    });
    for (const version of ['p', 'q']) {
      const data = await collectMetric(
        counting,
        rate('charges', false),
        { service: 'a', environment: 'prod', version },
        { start, end },
        options,
      );
      expect(data.points).toHaveLength(60);
      // 60 minutes at 0.5 USD: 30, give or take one re-pricing at each end. Read through rate() alone (a 32 s
      // scrape measured as 30 s), the sub-windows of p added up to 31.7 and those of q to 30.0: 6% apart on the
      // same accrual, from the scrape phase alone.
      expect(total(data.points.map((p) => p.c))).toBeGreaterThan(29);
      expect(total(data.points.map((p) => p.c))).toBeLessThan(31);
    }
    expect(asked).toEqual([
      'sum(increase(charges{service="a",env="prod",version="p"}[1h]))',
      'sum(increase(charges{service="a",env="prod",version="q"}[1h]))',
    ]);
    // Event counters are not re-read: their sub-windows already add up (the test below).
    await collectMetric(
      counting,
      rate('smooth_total', true),
      { service: 'a', environment: 'prod', version: 'v' },
      { start, end },
      options,
    );
    expect(asked).toHaveLength(2);
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

  it('measures 60 s and 30 s scrape intervals and then counts every sub-window; assuming 15 s loses most of them', async () => {
    const source = new PrometheusSource({ url: prom.url });
    const target = { service: 'a', environment: 'prod', version: 'v' };
    const metrics = [
      rate('slow_total', true),
      rate('half_total', true),
      rate('smooth_total', true),
      rate('gappy_total', true),
    ];
    const scrape = await resolveScrapeIntervals(source, metrics, DEFAULT_LABELS, target, { start, end }, 'auto');
    expect([...scrape.values()].map((s) => [s.metricId, s.seconds, s.from])).toEqual([
      ['slow_total', 60, 'detected'],
      ['half_total', 30, 'detected'],
      ['smooth_total', 15, 'detected'],
      ['gappy_total', 15, 'detected'], // a scrape gap does not lengthen the interval
    ]);
    expect(scrape.get('slow_total')!.note).toBe('samples every 1m (measured; the query ranges use it)');
    expect(scrape.get('smooth_total')!.note).toBeUndefined();
    expect(scrape.get('slow_total')!.queries).toEqual([
      'max(max_over_time(count_over_time(slow_total{service="a",env="prod",version="v"}[10m])[30m:1m]))',
    ]);

    const options = withScrapeIntervals({ labels: DEFAULT_LABELS, resolution: 60, scrapeInterval: 'auto' }, scrape);
    const slow = await collectMetric(source, metrics[0]!, target, { start, end }, options);
    expect(slow.queries[0]).toBe('sum(rate(slow_total{service="a",env="prod",version="v"}[2m]))');
    expect(slow.points).toHaveLength(60);
    expect(total(slow.points.map((p) => p.c))).toBeCloseTo(300, 0); // 60 scrapes of +5
    const half = await collectMetric(source, metrics[1]!, target, { start, end }, options);
    expect(half.points).toHaveLength(60);
    expect(total(half.points.map((p) => p.c))).toBeCloseTo(240, 0); // 120 scrapes of +2

    // The old fixed assumption: a range of 1m15s often holds a single 60 s sample, so rate() has no value.
    const assumed = await collectMetric(
      source,
      metrics[0]!,
      target,
      { start, end },
      {
        labels: DEFAULT_LABELS,
        resolution: 60,
        scrapeInterval: 15,
      },
    );
    expect(assumed.points.length).toBeLessThan(40);
  });

  it('keeps a configured interval without asking, and falls back to the default with a note when it cannot measure', async () => {
    const target = { service: 'a', environment: 'prod', version: 'v' };
    let asked = 0;
    const source = new PrometheusSource({ url: prom.url });
    const counting = {
      ...source,
      kind: source.kind,
      description: source.description,
      requestCount: () => source.requestCount(),
      queryRange: (q: Parameters<typeof source.queryRange>[0]) => source.queryRange(q),
      queryInstant: (q: string, t: number) => {
        asked++;
        return source.queryInstant(q, t);
      },
    };
    const fixed = await resolveScrapeIntervals(
      counting,
      [rate('slow_total', true)],
      DEFAULT_LABELS,
      target,
      { start, end },
      60,
    );
    expect(fixed.get('slow_total')).toMatchObject({ seconds: 60, from: 'config', queries: [] });
    expect(asked).toBe(0);
    // No series for another version: nothing to measure, nothing to say (the metric is not applicable).
    const none = await resolveScrapeIntervals(
      counting,
      [rate('slow_total', true)],
      DEFAULT_LABELS,
      { ...target, version: 'nope' },
      { start, end },
      'auto',
    );
    expect(none.get('slow_total')).toMatchObject({ seconds: 15, from: 'default' });
    expect(none.get('slow_total')!.note).toBeUndefined();
    // A recording made without the query (demo files, older recordings): the default, said so.
    const old = new FileSource({ schema: RECORDING_SCHEMA, entries: [] }, 'old.json');
    const fallback = await resolveScrapeIntervals(
      old,
      [rate('slow_total', true)],
      DEFAULT_LABELS,
      target,
      { start, end },
      'auto',
    );
    expect(fallback.get('slow_total')!.note).toMatch(
      /scrape interval not measured \(the recording has no answer\): assumed 15s; set scrape_interval/,
    );
  });
});

describe('intervalFromCount', () => {
  it.each([
    [600, 40, 15],
    [600, 41, 15],
    [600, 10, 60],
    [600, 11, 60],
    [600, 20, 30],
    [600, 14, 47], // 45 s, not a common interval: span / (count - 1), rounded up
    [600, 2, 300], // a 5-minute exporter
    [600, 3, 300],
  ])('%i s with %i samples: %i s', (span, count, want) => {
    expect(intervalFromCount(span, count)).toBe(want);
  });
  it('refuses to guess from a single sample', () => {
    expect(intervalFromCount(600, 1)).toBeNull();
    expect(intervalFromCount(0, 100)).toBeNull();
  });
});
