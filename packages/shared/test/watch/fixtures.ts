/**
 * Shared inputs of the watch tests: a rule file for checkout-api (prod) built from the built-in catalog and
 * the default bake rules, with a known baseline, and promtool input series for a simple read histogram.
 */
import { resolveBakeSettings } from '../../src/core/bake/bake-settings.js';
import { defaultConfig } from '../../src/core/config.js';
import { buildRules, type RulesResult } from '../../src/core/watch/prometheus-rules.js';

/** Cumulative counter samples: `perMinute(k)` added in minute k. */
export function counterValues(minutes: number, perMinute: (k: number) => number): string {
  const v = [0];
  for (let k = 1; k <= minutes; k++) v.push((v[v.length - 1] as number) + perMinute(k));
  return v.map((x) => Number(x.toFixed(4))).join(' ');
}

/** Per-minute increments of the read histogram, cumulative by bucket (le 0.1, 0.25, 0.5, 1, +Inf). */
export const LE = ['0.1', '0.25', '0.5', '1', '+Inf'];
export const NORMAL = [900, 970, 990, 1000, 1000];
export const SLOW = [300, 600, 850, 1000, 1000];
/** p95 of NORMAL by histogram_quantile: 0.1 + 0.15 x (950 - 900) / (970 - 900). */
export const BASELINE_P95 = 0.1 + (0.15 * 50) / 70;
export const BUDGET = 10;
export const LINKS = {
  runbook: 'https://example.com/runbook',
  grafanaUrl: 'https://grafana.example.com',
  dashboardUid: 'driftgate-service',
};

export function testRules(budget: number | undefined = BUDGET): RulesResult {
  const config = { ...defaultConfig(), ...(budget !== undefined ? { budgetPerHour: budget } : {}) };
  const bake = resolveBakeSettings({}, {}, config.metrics, config.resolution);
  return buildRules({
    service: 'checkout-api',
    environment: 'prod',
    config,
    bake,
    baseline: {
      version: 'v1.41.0',
      promotedAt: '2026-11-27T09:00:00Z',
      values: { latency_p95_read: BASELINE_P95, latency_p95_write: 0.4, error_rate: 0.001, cost_rate: budget ?? 10 },
    },
    links: LINKS,
  });
}

/**
 * promtool input series for the read histogram over `minutes` minutes: `shape(k)` gives the increments of
 * minute k (the samples are cumulative), `scale` the traffic (1 = 1000 requests a minute).
 */
export function histogramSeries(
  minutes: number,
  shape: (k: number) => number[],
  scale = 1,
  labels = 'service="checkout-api",env="prod",method="GET",version="v1.42.0"',
) {
  const cum = LE.map(() => [0]);
  for (let k = 1; k <= minutes; k++) {
    const inc = shape(k);
    LE.forEach((_, b) => {
      const col = cum[b] as number[];
      col.push((col[col.length - 1] as number) + (inc[b] as number) * scale);
    });
  }
  const fmt = (xs: number[]) => xs.map((x) => Number(x.toFixed(4))).join(' ');
  return [
    ...LE.map((le, b) => ({
      series: `http_request_duration_seconds_bucket{${labels},le="${le}"}`,
      values: fmt(cum[b] as number[]),
    })),
    { series: `http_request_duration_seconds_count{${labels}}`, values: fmt(cum[LE.length - 1] as number[]) },
  ];
}
