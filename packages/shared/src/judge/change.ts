/**
 * The change as it happened, from a drift (signed so that positive is worse): its value, its direction and
 * its interval. report/format.ts re-exports these for the reports.
 */
import type { Worse } from '../model/metric.js';

interface Drifted {
  drift: number | null;
  worse: Worse;
}

/**
 * The relative change as it happened, candidate against baseline (throughput 20.9 -> 35.9 is +0.72), from
 * the drift, which is signed so that positive is worse.
 */
export function changeOf(m: Drifted): number | null {
  if (m.drift === null) return null;
  return m.worse === 'higher' ? m.drift : -m.drift;
}

/** "worse", "better" or "" for a drift (positive is worse). */
export function direction(drift: number | null): '' | 'worse' | 'better' {
  // Below what one decimal of a percent shows, there is no direction to speak of.
  if (drift === null || !Number.isFinite(drift) || Math.abs(drift) < 0.0005) return '';
  return drift > 0 ? 'worse' : 'better';
}

/** The drift interval as an interval of the change ("-5% .. +30%"); drift-interval's low/high are in drift terms. */
export function changeInterval(m: {
  interval: { low: number; high: number } | null;
  worse: Worse;
}): { low: number; high: number } | null {
  if (!m.interval) return null;
  return m.worse === 'higher'
    ? { low: m.interval.low, high: m.interval.high }
    : { low: -m.interval.high, high: -m.interval.low };
}
