/**
 * Is there enough data to judge a metric at all? Shared by every method, so "inconclusive" means the same
 * thing whichever method is chosen. Missing data is never a pass.
 */

import type { SufficiencyFinding } from '../findings/findings.js';
import type { MethodName, MetricVerdict } from '../model/comparison.js';
import type { MetricDef } from '../model/metric.js';
import type { WindowData } from '../model/window.js';
import { eventsOf } from './statistic.js';

/** A window needs at least this share of its sub-windows with data ... */
export const MIN_COVERAGE = 0.5;
/** ... and at least this many. */
export const MIN_POINTS = 5;

/**
 * drift-interval estimates each window's variance from its own sub-windows (autocorrelation-robust), so it
 * needs more of them than the reference judges: with fewer, the degrees of freedom collapse to about 1 and
 * the interval spans everything (a 6-minute window read "-100% .. > +1000%" and passed). Below this many
 * sub-windows with data on a side, drift-interval is inconclusive.
 */
export const DRIFT_INTERVAL_MIN_POINTS = 10;

/**
 * A cumulative AMOUNT (month-to-date charges) is often updated in steps (AWS billing: every few hours;
 * cost-allocation exporters: every minute or so). A growth rate needs several updates inside the window.
 */
export const MIN_AMOUNT_UPDATES = 3;

/** Default minimum events per window, by kind (metric.minEvents overrides). */
export function defaultMinEvents(metric: MetricDef): number {
  switch (metric.kind) {
    case 'histogram_quantile':
      // At least ~10 events beyond the quantile: 200 requests for a p95, 1000 for a p99.
      return Math.ceil(10 / (1 - metric.quantile));
    case 'ratio':
      return 200;
    case 'rate':
      return metric.events === false ? 0 : 100;
    default:
      return 0;
  }
}

export interface Sufficiency {
  verdict: MetricVerdict | null;
  findings: SufficiencyFinding[];
  /** A configured metric without series: the collector's hints on what exists instead (in its words). */
  hints: string[];
}

function sufficiency(verdict: MetricVerdict | null, findings: SufficiencyFinding[], hints: string[] = []): Sufficiency {
  return { verdict, findings, hints };
}

export function checkSufficiency(
  metric: MetricDef,
  baseline: WindowData,
  candidate: WindowData,
  method?: MethodName,
): Sufficiency {
  const found: SufficiencyFinding[] = [];
  if (!baseline.found && !candidate.found) {
    // Only a built-in catalog metric may simply not apply to a service; one the config names must have data.
    if (metric.configured) {
      const hints = [...new Set([...(baseline.hints ?? []), ...(candidate.hints ?? [])])];
      return sufficiency('inconclusive', [{ code: 'no-series', configured: true }], hints);
    }
    return sufficiency('not-applicable', [{ code: 'no-series', configured: false }]);
  }
  const warnings: SufficiencyFinding[] = [
    ...baseline.warnings.map((warning) => ({ code: 'query-warning' as const, side: 'baseline' as const, warning })),
    ...candidate.warnings.map((warning) => ({ code: 'query-warning' as const, side: 'candidate' as const, warning })),
  ];
  if (warnings.length) return sufficiency('inconclusive', warnings);
  const minEvents = metric.minEvents ?? defaultMinEvents(metric);
  for (const [name, w] of [
    ['baseline', baseline],
    ['candidate', candidate],
  ] as const) {
    if (w.points.length === 0) {
      found.push({ code: 'no-data', side: name, found: w.found });
      continue;
    }
    const need = Math.max(MIN_POINTS, Math.ceil(MIN_COVERAGE * w.expectedPoints));
    if (w.points.length < need) {
      found.push({ code: 'too-little-data', side: name, points: w.points.length, expected: w.expectedPoints, need });
    } else if (method === 'drift-interval' && w.points.length < DRIFT_INTERVAL_MIN_POINTS) {
      found.push({
        code: 'window-too-short',
        side: name,
        points: w.points.length,
        step: w.step,
        need: DRIFT_INTERVAL_MIN_POINTS,
      });
    }
    if ((metric.kind === 'rate' || metric.kind === 'ratio') && metric.events === false) {
      const updates = w.points.filter((p) => (p.c[0] as number) !== 0).length;
      if (updates < MIN_AMOUNT_UPDATES) {
        found.push({
          code: 'coarse-amount',
          side: name,
          metric: metric.id,
          updates,
          points: w.points.length,
          need: MIN_AMOUNT_UPDATES,
        });
        continue;
      }
    }
    const events = eventsOf(metric, w.components, w.points);
    if (events !== undefined && minEvents > 0 && events < minEvents) {
      found.push({ code: 'too-few-events', side: name, events, need: minEvents });
    }
  }
  return sufficiency(found.length ? 'inconclusive' : null, found);
}
