/**
 * Is there enough data to judge a metric at all? Shared by every method, so "inconclusive" means the same
 * thing whichever method is chosen. Missing data is never a pass.
 */

import type { SufficiencyFinding, WindowSide } from '../findings/findings.js';
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

/**
 * A window without a single update of an amount whose other window updated at least this many times more often
 * (its longest run without an update, times this, still shorter than this window) stopped growing: its rate is 0,
 * known, not a coarse step not yet seen.
 */
export const STOPPED_FACTOR = 3;

function isAmount(metric: MetricDef): boolean {
  return (metric.kind === 'rate' || metric.kind === 'ratio') && metric.events === false;
}

/** Sub-windows in which an amount grew. */
function updates(w: WindowData): number {
  return w.points.filter((p) => (p.c[0] as number) !== 0).length;
}

/** The longest run of sub-windows without an update of the amount, the window's edges included. */
export function longestQuiet(w: WindowData): number {
  let longest = 0;
  let run = 0;
  for (const p of w.points) {
    run = (p.c[0] as number) !== 0 ? 0 : run + 1;
    longest = Math.max(longest, run);
  }
  return longest;
}

/**
 * Which window of an amount is proven to have stopped growing: no update in any of its sub-windows, while the
 * other window updated at least MIN_AMOUNT_UPDATES times and never went a third as long without one. A billing
 * amount re-priced every few hours shows no update in a quiet window either; its other window then does not
 * prove the cadence and both stay `coarse-amount`.
 */
export function stoppedAmount(metric: MetricDef, baseline: WindowData, candidate: WindowData): WindowSide | null {
  if (!isAmount(metric)) return null;
  const stopped = (w: WindowData, other: WindowData) =>
    w.points.length >= MIN_POINTS &&
    updates(w) === 0 &&
    updates(other) >= MIN_AMOUNT_UPDATES &&
    STOPPED_FACTOR * (longestQuiet(other) + 1) <= w.points.length;
  if (stopped(candidate, baseline)) return 'candidate';
  if (stopped(baseline, candidate)) return 'baseline';
  return null;
}

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
  const stopped = stoppedAmount(metric, baseline, candidate);
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
    if (isAmount(metric) && stopped !== name) {
      const n = updates(w);
      if (n < MIN_AMOUNT_UPDATES) {
        found.push({
          code: 'coarse-amount',
          side: name,
          metric: metric.id,
          updates: n,
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
