/**
 * The change as it happened, from a drift (signed so that positive is worse): its value, its direction and
 * its interval. core/report/format.ts re-exports these for the reports.
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

/** Why the value a change was computed from differs from the window's plain pooled statistic, in one word. */
export type JudgedReason = 'trimmed' | 'trend' | 'corrected' | 'trimmed+trend' | 'trimmed+corrected';

/** One side of a change: its plain pooled statistic, the value the change was computed from, and why. */
export interface JudgedValue {
  raw: number | null;
  value: number;
  reason: JudgedReason;
}

/**
 * The values a change was computed from, where they differ from the plain statistics (null: they do not).
 * `raw`: each window's statistic over all its sub-windows; `estimate`: the judge's (incidents left out);
 * `adjusted`: set when the judge compared an adjusted pair (a zero count corrected; `trend` is kept for
 * files written before the baseline's trend widened the interval instead of moving the estimate), the
 * candidate's value then. The baseline's judged value is the one the change
 * implies against the candidate's, so the change's sign always matches the two judged values.
 */
export function judgedValues(input: {
  worse: Worse;
  drift: number | null;
  raw: { baseline: number | null; candidate: number | null };
  estimate: { baseline: number | null; candidate: number | null };
  trimmed: { baseline: boolean; candidate: boolean };
  adjusted: { reason: 'trend' | 'corrected'; candidate?: number } | null;
}): { baseline?: JudgedValue; candidate?: JudgedValue } {
  const change = changeOf({ drift: input.drift, worse: input.worse });
  const out: { baseline?: JudgedValue; candidate?: JudgedValue } = {};
  const c = input.adjusted?.candidate ?? input.estimate.candidate;
  const b = input.estimate.baseline;
  const reasonOf = (trimmed: boolean, adjusted: 'trend' | 'corrected' | null): JudgedReason | null =>
    trimmed && adjusted ? `trimmed+${adjusted}` : trimmed ? 'trimmed' : adjusted;
  const cReason = reasonOf(
    input.trimmed.candidate,
    input.adjusted?.candidate !== undefined ? input.adjusted.reason : null,
  );
  if (c !== null && cReason) out.candidate = { raw: input.raw.candidate, value: c, reason: cReason };
  if (b === null) return out;
  // The baseline the change was measured against: the candidate's judged value over (1 + change).
  const implied = change !== null && c !== null && c > 0 && 1 + change > 0 ? c / (1 + change) : b;
  const moved = Math.abs(implied - b) > 1e-9 * Math.max(Math.abs(b), 1e-300);
  const bReason = reasonOf(input.trimmed.baseline, moved && input.adjusted ? input.adjusted.reason : null);
  if (bReason) out.baseline = { raw: input.raw.baseline, value: moved ? implied : b, reason: bReason };
  return out;
}
