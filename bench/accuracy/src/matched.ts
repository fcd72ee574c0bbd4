/**
 * The reference at the default's false-alarm count: two tests compared at different false-alarm rates say
 * little about which is the better test (a looser level buys detections with false alarms). So the reference
 * is judged again at the level where it calls no more unchanged releases and improvements regressions than
 * the default did on the same recordings, and its detection there stands beside the default's: power at equal
 * size, from the same runs (each metric's adjusted p-value of the regression claim is in the results).
 *
 * At level a the reference fails a scenario when any metric's adjusted p-value is below a (judge.ts: holm), and
 * detects a regression when the injected metric's is. With the benign scenarios' smallest p-values sorted,
 * m(1) <= m(2) <= ..., it calls m(i) < a false alarms, so the largest level with at most k of them is m(k + 1),
 * never above the family-wise alpha it is run at.
 */
import {
  isLargeRegression,
  isScoredRegression,
  type Rate,
  type RunResult,
  rate,
  type ScenarioResult,
} from './score.js';

export interface MatchedReference {
  method: string;
  /** The level the reference is judged at (at most `alpha`). */
  level: number;
  /** Its false alarms there (at most the default's). */
  falseAlarms: Rate;
  detection: Rate;
  detection35: Rate;
  detection20: Rate;
}

/** The family-wise alpha the gate runs at (confidence 0.95). */
export const ALPHA = 0.05;

function smallestP(r: RunResult): number {
  let p = 1;
  for (const m of r.metrics) if (typeof m.pValue === 'number' && m.pValue < p) p = m.pValue;
  return p;
}

function injectedP(metric: string | undefined, r: RunResult): number {
  const p = r.metrics.find((m) => m.id === metric)?.pValue;
  return typeof p === 'number' ? p : 1;
}

/**
 * The reference `reference` at the false-alarm count of `method` on the same scenarios; null when either was not
 * run or the reference reports no p-values.
 */
export function referenceAtMatchedFalseAlarms(
  scenarios: ScenarioResult[],
  method: string,
  reference: string,
  alpha = ALPHA,
): MatchedReference | null {
  const rows = scenarios.filter((s) => {
    const a = s.results[method];
    const b = s.results[reference];
    return a && b && a.verdict !== 'error' && b.verdict !== 'error';
  });
  if (!rows.some((s) => s.results[reference]!.metrics.some((m) => typeof m.pValue === 'number'))) return null;
  const benign = rows.filter((s) => s.truth.category !== 'regression');
  const allowed = benign.filter((s) => s.results[method]!.verdict === 'fail').length;
  const smallest = benign.map((s) => smallestP(s.results[reference]!)).sort((x, y) => x - y);
  const level = Math.min(alpha, smallest[allowed] ?? alpha);
  const hit = (s: ScenarioResult) => injectedP(s.truth.metric, s.results[reference]!) < level;
  const share = (xs: ScenarioResult[]) => rate(xs.filter(hit).length, xs.length);
  const scored = rows.filter((s) => isScoredRegression(s.truth));
  const large = scored.filter((s) => isLargeRegression(s.truth));
  return {
    method: reference,
    level,
    falseAlarms: rate(smallest.filter((p) => p < level).length, benign.length),
    detection: share(scored),
    detection35: share(large),
    detection20: share(scored.filter((s) => !isLargeRegression(s.truth))),
  };
}
