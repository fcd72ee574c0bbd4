/**
 * Detection ceiling: how much could ANY threshold on the same drift estimates detect, at the same false-alarm
 * budget, if it knew the answers? Pure: no I/O.
 *
 * The "oracle" sets one threshold per group (a metric, optionally split further by traffic level, noise level,
 * layout) on the point drift the gate reported, and flags a metric when its drift exceeds its group's
 * threshold. The thresholds are chosen WITH THE GROUND TRUTH OF THIS VERY RUN: every threshold sits just
 * above the drift of some unchanged release or improvement of its group, and the false-alarm budget
 * (2% of those scenarios) is spent on the groups where it buys the most detections (exact knapsack). False
 * calls are counted per metric, so a scenario with two false metrics costs two: slightly stricter than the
 * per-scenario false-alarm rate.
 *
 * No product can do this: it is fitted in-sample, and the finer the groups, the more it overfits. It is an
 * upper bound for rules that decide per metric from these estimates, which is what makes it useful: if even
 * the oracle stays below a detection target, the data (one hour per window, this much noise), not the
 * judge's rule, is what limits detection.
 */

import { isLargeRegression, isScoredRegression, type Rate, rate, type ScenarioResult } from './score.js';
import type { BenchTruth as GroundTruth } from './truth.js';

export interface CeilingGrouping {
  /** Label for reports, e.g. "metric × traffic". */
  label: string;
  /** The stratum of a scenario; '' for one group per metric. */
  key: (t: GroundTruth) => string;
}

export const GROUPINGS: CeilingGrouping[] = [
  { label: 'metric', key: () => '' },
  { label: 'metric × traffic', key: (t) => t.traffic },
  { label: 'metric × traffic × noise × layout', key: (t) => `${t.traffic}/${t.noise}/${t.layout}` },
];

export interface Ceiling {
  grouping: string;
  /** False calls allowed (k) out of the unchanged releases and improvements (n). */
  budget: Rate;
  /** Scored regressions whose injected metric the oracle flags. */
  detection: Rate;
  detectionByMetric: Record<string, Rate>;
  /**
   * The same oracle scored on the regressions of 35% or more (error rate ×3+) alone, its budget spent on them:
   * the ceiling for the ≥ 95% target.
   */
  detectionLarge: Rate;
}

/**
 * The best detection over threshold choices whose false calls stay within `maxFalseAlarmRate` of the benign
 * scenarios, for the method's reported drifts (positive = worse). A metric without a drift (inconclusive,
 * no data) is never flagged.
 */
export function detectionCeiling(
  scenarios: ScenarioResult[],
  method: string,
  grouping: CeilingGrouping,
  maxFalseAlarmRate = 0.02,
): Ceiling {
  const large = scenarios.filter((s) => s.truth.category !== 'regression' || isLargeRegression(s.truth));
  return {
    ...oracle(scenarios, method, grouping, maxFalseAlarmRate),
    detectionLarge: oracle(large, method, grouping, maxFalseAlarmRate).detection,
  };
}

function oracle(
  scenarios: ScenarioResult[],
  method: string,
  grouping: CeilingGrouping,
  maxFalseAlarmRate: number,
): Omit<Ceiling, 'detectionLarge'> {
  const rows = scenarios.filter((s) => s.results[method] && s.results[method]!.verdict !== 'error');
  const benign = rows.filter((s) => s.truth.category !== 'regression');
  const scored = rows.filter((s) => isScoredRegression(s.truth));
  const budget = Math.floor(maxFalseAlarmRate * benign.length + 1e-9);

  interface Group {
    metric: string;
    benign: number[];
    regressions: number[];
  }
  const groups = new Map<string, Group>();
  const group = (metric: string, t: GroundTruth): Group => {
    const id = `${metric}|${grouping.key(t)}`;
    let g = groups.get(id);
    if (!g) {
      g = { metric, benign: [], regressions: [] };
      groups.set(id, g);
    }
    return g;
  };
  for (const s of benign)
    for (const m of s.results[method]!.metrics) if (m.drift !== null) group(m.id, s.truth).benign.push(m.drift);
  for (const s of scored) {
    const m = s.results[method]!.metrics.find((x) => x.id === s.truth.metric);
    group(s.truth.metric!, s.truth).regressions.push(m?.drift ?? Number.NEGATIVE_INFINITY);
  }

  // gain[g][j]: detections in group g when its threshold sits just above its (j+1)-th largest benign drift,
  // i.e. with j false calls.
  const list = [...groups.values()];
  const gains = list.map((g) => {
    const b = [...g.benign].sort((x, y) => y - x);
    const out: number[] = [];
    for (let j = 0; j <= Math.min(budget, b.length); j++) {
      const threshold = j < b.length ? b[j]! : Number.NEGATIVE_INFINITY;
      out.push(g.regressions.filter((x) => x > threshold).length);
    }
    return out;
  });

  // Knapsack over groups: best[c] = most detections with exactly c false calls, with the choice per group.
  let best: Array<{ det: number; pick: number[] } | null> = [{ det: 0, pick: [] }];
  for (let c = 1; c <= budget; c++) best.push(null);
  gains.forEach((gain) => {
    const next: typeof best = best.map(() => null);
    best.forEach((cur, c) => {
      if (!cur) return;
      gain.forEach((det, j) => {
        if (c + j > budget) return;
        const cand = { det: cur.det + det, pick: [...cur.pick, j] };
        if (!next[c + j] || next[c + j]!.det < cand.det) next[c + j] = cand;
      });
    });
    best = next;
  });
  const top = best.reduce((a, b) => (b && (!a || b.det > a.det) ? b : a), null as (typeof best)[number]);
  const pick = top?.pick ?? list.map(() => 0);

  const detectionByMetric: Record<string, Rate> = {};
  list.forEach((g, i) => {
    const cur = detectionByMetric[g.metric] ?? rate(0, 0);
    detectionByMetric[g.metric] = rate(cur.k + gains[i]![pick[i]!]!, cur.n + g.regressions.length);
  });
  return {
    grouping: grouping.label,
    budget: rate(budget, benign.length),
    detection: rate(top?.det ?? 0, scored.length),
    detectionByMetric,
  };
}
