/**
 * Transient incidents: minutes that do not look like the rest of their own window.
 *
 * Telemetry has short incidents that have nothing to do with the release under test: a slowdown episode
 * where part of the requests is several times slower for two minutes, an error burst of thirty seconds, a
 * queue backlog spike. Pooled over an hour they dominate the window's p95, error rate or queue age, and two
 * windows of the same release then differ by far more than the tolerance. A gate that pools them either
 * fails unchanged releases or, when its intervals honestly account for them, cannot see a 20% regression.
 *
 * driftgate therefore judges each window's TYPICAL behaviour: sub-windows whose own counts are outliers
 * against the rest of the same window are left out of the pooled estimate, in both windows, by the same
 * rule, and reported. The rule, per sub-window t:
 *   histogram  x_t = requests slower than the window's pooled quantile, out of n_t requests;
 *   ratio      x_t = numerator events (errors), out of n_t denominator events;
 *   rate       x_t = counted events against the window's mean rate (Poisson);
 *   gauge      the value against the window's median.
 * z_t is the standardized excess (binomial / Poisson / robust), its scale is estimated robustly from the
 * window itself (1.4826 x MAD, never below 1) so over-dispersed data is not over-trimmed, and a sub-window is
 * left out when |z_t - median z| > 4 scales, at most 20% of the window (the largest first). Both sides are
 * trimmed, so trimming does not bias a window's level.
 *
 * The price: a release that makes incidents MORE FREQUENT is not failed for that by this metric (its
 * incidents are trimmed like any other); the number of minutes left out of each window is in the report.
 * Cumulative amounts (charges) are never trimmed: their sub-windows are steps, not samples.
 */

import type { MetricDef } from '../model/metric.js';
import type { Point, WindowData } from '../model/window.js';

export const TRIM_THRESHOLD = 4;
export const TRIM_MAX_SHARE = 0.2;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

/** Standardized excess per point, or null when the metric is not trimmed. */
function excess(metric: MetricDef, data: WindowData, tailCounts?: number[]): number[] | null {
  const pts = data.points;
  switch (metric.kind) {
    case 'histogram_quantile':
    case 'ratio': {
      if (metric.kind === 'ratio' && metric.events === false) return null;
      if (metric.kind === 'histogram_quantile' && !tailCounts) return null;
      const xs = metric.kind === 'ratio' ? pts.map((p) => p.c[0] as number) : (tailCounts as number[]);
      const ns =
        metric.kind === 'ratio' ? pts.map((p) => p.c[1] as number) : pts.map((p) => p.c[p.c.length - 1] as number);
      const totalN = ns.reduce((a, b) => a + b, 0);
      if (!(totalN > 0)) return null;
      const p = Math.min(0.999, Math.max(1e-9, xs.reduce((a, b) => a + b, 0) / totalN));
      return xs.map((x, i) => {
        const n = ns[i] as number;
        return n > 0 ? (x - n * p) / Math.sqrt(n * p * (1 - p) + 0.25) : 0;
      });
    }
    case 'rate': {
      if (metric.events === false) return null;
      const counts = pts.map((p) => p.c[0] as number);
      const secs = pts.map((p) => p.c[1] as number);
      const r = counts.reduce((a, b) => a + b, 0) / secs.reduce((a, b) => a + b, 0);
      return counts.map((c, i) => {
        const lambda = r * (secs[i] as number);
        return (c - lambda) / Math.sqrt(lambda + 0.25);
      });
    }
    case 'gauge':
    case 'promql': {
      const vs = pts.map((p) => p.c[0] as number);
      const m = median(vs);
      return vs.map((v) => v - m);
    }
  }
}

export interface Trim {
  /** Indexes (into data.points) left out. */
  excluded: Set<number>;
  /** The points kept. */
  kept: Point[];
}

/**
 * Which sub-windows to leave out. For histograms, `tailCounts` are the per-sub-window counts of requests
 * above the window's pooled quantile (computed by the caller, which knows the interpolation).
 */
export function trimIncidents(metric: MetricDef, data: WindowData, tailCounts?: number[]): Trim {
  const none = { excluded: new Set<number>(), kept: data.points };
  if (data.points.length < 10) return none;
  const z = excess(metric, data, tailCounts);
  if (!z) return none;
  const center = median(z);
  const dev = z.map((x) => Math.abs(x - center));
  const mad = median(dev) * 1.4826;
  const isGauge = metric.kind === 'gauge' || metric.kind === 'promql';
  // Counts: z is already in standard units; the MAD only widens it for over-dispersed data.
  const scale = isGauge ? mad : Math.max(1, mad);
  if (!(scale > 0)) return none;
  const flagged = dev
    .map((d, i) => ({ i, d }))
    .filter((x) => x.d > TRIM_THRESHOLD * scale)
    .sort((a, b) => b.d - a.d)
    .slice(0, Math.floor(TRIM_MAX_SHARE * data.points.length));
  if (flagged.length === 0) return none;
  const excluded = new Set(flagged.map((f) => f.i));
  return { excluded, kept: data.points.filter((_, i) => !excluded.has(i)) };
}
