/**
 * Is there enough data to judge a metric at all? Shared by every method, so "inconclusive" means the same
 * thing whichever method is chosen. Missing data is never a pass.
 */
import type { WindowData } from '../collect.js';
import type { MetricDef } from '../metrics.js';
import type { MethodName, MetricVerdict } from '../report/types.js';
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
  notes: string[];
}

export function checkSufficiency(
  metric: MetricDef,
  baseline: WindowData,
  candidate: WindowData,
  method?: MethodName,
): Sufficiency {
  const notes: string[] = [];
  if (!baseline.found && !candidate.found) {
    // Only a built-in catalog metric may simply not apply to a service; one the config names must have data.
    if (metric.configured) {
      return {
        verdict: 'inconclusive',
        notes: [
          'no series for this metric in either window: it is in your config, so its name or labels are probably wrong',
          ...new Set([...(baseline.hints ?? []), ...(candidate.hints ?? [])]),
        ],
      };
    }
    return { verdict: 'not-applicable', notes: ['no series for this metric in either window'] };
  }
  const warnings = [
    ...baseline.warnings.map((w) => `baseline query warning: ${w}`),
    ...candidate.warnings.map((w) => `candidate query warning: ${w}`),
  ];
  if (warnings.length) return { verdict: 'inconclusive', notes: warnings };
  const minEvents = metric.minEvents ?? defaultMinEvents(metric);
  for (const [name, w] of [
    ['baseline', baseline],
    ['candidate', candidate],
  ] as const) {
    if (w.points.length === 0) {
      notes.push(`no ${name} data${w.found ? ' (series exist but no sub-window had usable values)' : ''}`);
      continue;
    }
    const need = Math.max(MIN_POINTS, Math.ceil(MIN_COVERAGE * w.expectedPoints));
    if (w.points.length < need) {
      notes.push(
        `too little ${name} data: ${w.points.length} of ${w.expectedPoints} sub-windows have data (need ${need})`,
      );
    } else if (method === 'drift-interval' && w.points.length < DRIFT_INTERVAL_MIN_POINTS) {
      notes.push(
        `the ${name} window is too short to judge: ${w.points.length} sub-windows of ${w.step}s with data, drift-interval needs ${DRIFT_INTERVAL_MIN_POINTS} (it estimates the noise from the sub-windows themselves); widen the windows to ${Math.ceil((DRIFT_INTERVAL_MIN_POINTS * w.step) / 60)} minutes or more, or lower resolution`,
      );
    }
    if ((metric.kind === 'rate' || metric.kind === 'ratio') && metric.events === false) {
      const updates = w.points.filter((p) => (p.c[0] as number) !== 0).length;
      if (updates < MIN_AMOUNT_UPDATES) {
        notes.push(
          `the ${name} amount changed in only ${updates} of ${w.points.length} sub-windows (it is updated in coarse steps); a rate needs at least ${MIN_AMOUNT_UPDATES} updates per window: widen the windows or exclude ${metric.id}`,
        );
        continue;
      }
    }
    const events = eventsOf(metric, w.components, w.points);
    if (events !== undefined && minEvents > 0 && events < minEvents) {
      notes.push(`too few ${name} events: ${Math.round(events)} (need ${minEvents})`);
    }
  }
  return { verdict: notes.length ? 'inconclusive' : null, notes };
}
