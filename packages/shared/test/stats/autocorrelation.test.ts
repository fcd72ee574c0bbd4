import { Rng } from '@driftgate/synth/random';
import { describe, expect, it } from 'vitest';
import { estimatePair } from '../../src/core/judge/statistic.js';
import type { WindowData } from '../../src/core/model/window.js';
import { arLongRunVariance, MIN_VARIANCE_FACTOR } from '../../src/core/stats/autocorrelation.js';
import { costRate } from '../judge/fixtures.js';

const variance = (xs: number[]) => {
  const m = xs.reduce((a, b) => a + b, 0) / xs.length;
  return xs.reduce((a, b) => a + (b - m) ** 2, 0) / xs.length;
};

describe('AR(1) long-run variance', () => {
  it('counts a negative autocorrelation, down to a factor of one half', () => {
    const x = [1, -1, 2, -2, 1, -1];
    const { gamma0 } = arLongRunVariance(x, 0);
    expect(arLongRunVariance(x, 0.5).lrv).toBeCloseTo(gamma0 * 3, 12);
    expect(arLongRunVariance(x, -0.2).lrv).toBeCloseTo((gamma0 * 0.8) / 1.2, 12);
    expect(arLongRunVariance(x, -0.6).lrv).toBeCloseTo(gamma0 * MIN_VARIANCE_FACTOR, 12);
    expect(arLongRunVariance(x, -0.6).effectiveN).toBe(x.length);
  });

  it("an amount rounded to the cent: the window's rate is judged as steady as it is, not as its sub-windows", () => {
    // A cost accruing 0.25 cents a minute with 10% noise, its cumulative value rounded to the cent at every
    // 1-minute sub-window: the sub-windows read 0, 1 or 2 cents, the hour's sum is exact to a cent at each end.
    const rng = new Rng(5);
    const window = (start: number): WindowData => {
      let exact = 1000 + rng.float() * 0.01;
      let shown = Math.round(exact * 100) / 100;
      const points = Array.from({ length: 60 }, (_, i) => {
        exact += 0.0025 * (1 + 0.1 * rng.normal(0, 1));
        const now = Math.round(exact * 100) / 100;
        const step = now - shown;
        shown = now;
        return { t: start + (i + 1) * 60, c: [step, 60] };
      });
      return {
        metricId: 'cost_rate',
        target: { service: 's', environment: 'prod', version: 'v' },
        window: { start, end: start + 3600 },
        step: 60,
        components: ['amount', 'seconds'],
        points,
        expectedPoints: 60,
        queries: ['q'],
        warnings: [],
        found: true,
        notes: [],
      };
    };
    const logRatios: number[] = [];
    const estimated: number[] = [];
    for (let i = 0; i < 300; i++) {
      const [b, c] = estimatePair(costRate, window(0), window(3600));
      logRatios.push(Math.log((c.value as number) / (b.value as number)));
      estimated.push(b.variance / (b.value as number) ** 2 + c.variance / (c.value as number) ** 2);
    }
    const mean = estimated.reduce((a, b) => a + b, 0) / estimated.length;
    // The estimated variance is not below the true spread (no false alarms) and not twice it (power).
    expect(mean / variance(logRatios)).toBeGreaterThan(0.9);
    expect(mean / variance(logRatios)).toBeLessThan(2);
  });
});
