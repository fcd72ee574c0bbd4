import type { GroundTruth } from '@driftgate/synth';
import { describe, expect, it } from 'vitest';
import { detectionCeiling, GROUPINGS } from '../src/ceiling.js';
import { ceilingTable } from '../src/report.js';
import { type ScenarioResult, summarize } from '../src/score.js';
import { truth } from './truth.js';

const M = 'drift-interval';
function scenario(t: Partial<GroundTruth>, drifts: Record<string, number | null>): ScenarioResult {
  return {
    truth: truth(t),
    results: {
      [M]: {
        verdict: 'pass',
        regressions: [],
        metrics: Object.entries(drifts).map(([id, drift]) => ({ id, verdict: 'pass', drift })),
      },
    },
  };
}
const reg = (metric: string, drift: number | null, traffic: GroundTruth['traffic'] = 'normal', size = 0.2) =>
  scenario(
    { category: 'regression', metric: metric as GroundTruth['metric'], size, sizeLabel: `${size * 100}%`, traffic },
    {
      [metric]: drift,
    },
  );

/** 100 unchanged releases: cpu drifts 0.00..0.99 in steps of 0.01 (sorted descending: 0.99, 0.98, ...). */
function unchanged(): ScenarioResult[] {
  return Array.from({ length: 100 }, (_, i) => scenario({}, { cpu: i / 100, memory: -0.01 }));
}

describe('detection ceiling', () => {
  it('puts each threshold just above a benign drift and spends the 2% budget where it buys detections', () => {
    // Budget: floor(2% of 100) = 2 false calls. Regressions at cpu drift 0.985 and 0.975 need the threshold
    // below 0.99 and 0.98 (2 false calls); memory regressions above every benign memory drift are free.
    const rows = [...unchanged(), reg('cpu', 0.985), reg('cpu', 0.975), reg('cpu', 0.5), reg('memory', 0.3)];
    const c = detectionCeiling(rows, M, GROUPINGS[0]!);
    expect(c.budget).toEqual({ k: 2, n: 100, rate: 0.02 });
    expect(c.detection).toEqual({ k: 3, n: 4, rate: 0.75 });
    expect(c.detectionByMetric.cpu).toEqual({ k: 2, n: 3, rate: 2 / 3 });
    expect(c.detectionByMetric.memory).toEqual({ k: 1, n: 1, rate: 1 });
  });

  it('never flags a metric without a drift, and a budget of 0 allows no false call', () => {
    const rows = [...unchanged(), reg('cpu', null), reg('cpu', 0.995), reg('cpu', 0.985)];
    expect(detectionCeiling(rows, M, GROUPINGS[0]!).detection.k).toBe(2);
    expect(detectionCeiling(rows, M, GROUPINGS[0]!, 0).detection.k).toBe(1);
  });

  it('finer groups can only help the oracle: a quiet stratum gets its own threshold', () => {
    // High traffic: benign cpu drifts of at most 0.05, so a 0.2 drift is detectable there, while the pooled
    // threshold (just above 0.98) misses it.
    const quiet = Array.from({ length: 50 }, (_, i) => scenario({ traffic: 'high' }, { cpu: i / 1000 }));
    const rows = [...unchanged(), ...quiet, reg('cpu', 0.2, 'high')];
    expect(detectionCeiling(rows, M, GROUPINGS[0]!).detection.k).toBe(0);
    expect(detectionCeiling(rows, M, GROUPINGS[1]!).detection.k).toBe(1);
  });

  it('scores the regressions of 35% or more on their own, with the whole budget spent on them', () => {
    // Budget 2. The two 20% cpu regressions cost one false call (threshold just above 0.98); the 35% memory
    // regression costs two. Over all three the oracle buys the cpu pair; over the 35% one alone it buys that.
    const benign = Array.from({ length: 100 }, (_, i) => scenario({}, { cpu: i / 100, memory: i / 100 }));
    const rows = [...benign, reg('cpu', 0.985), reg('cpu', 0.983), reg('memory', 0.975, 'normal', 0.35)];
    const c = detectionCeiling(rows, M, GROUPINGS[0]!);
    expect(c.detection).toEqual({ k: 2, n: 3, rate: 2 / 3 });
    expect(c.detectionLarge).toEqual({ k: 1, n: 1, rate: 1 });
    const md = ceilingTable(summarize(M, rows), [c]);
    expect(md).toContain('| ≥ 35% / error ×3+ alone | 0.0% (0/1) | 100.0% (1/1) |');
  });

  it('renders next to the method, per metric', () => {
    const rows = [...unchanged(), reg('cpu', 0.985), reg('memory', 0.3)];
    const md = ceilingTable(
      summarize(M, rows),
      GROUPINGS.map((g) => detectionCeiling(rows, M, g)),
    );
    expect(md).toContain('| all | 0.0% (0/2) | 100.0% (2/2) |');
    expect(md).toMatch(/\| cpu \| 0\.0% \(0\/1\) \| 100\.0% \(1\/1\) /);
    expect(md).toContain('| false calls allowed | 0.0% (0/100) | 2 of 100 |');
  });
});
