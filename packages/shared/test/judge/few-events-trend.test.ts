/**
 * A trend is not proven by a few dozen events, and a proven one is not carried across the gap as if it were
 * linear on the log scale: the slope of an event ratio is known no better than its counts allow (the Poisson
 * floor), and a line's predicted move is the line's, ln(1 + x).
 */
import { Rng } from '@driftgate/synth/random';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { trendShift } from '../../src/core/judge/calibration.js';
import { judgeDriftInterval } from '../../src/core/judge/drift-interval.js';
import { estimate } from '../../src/core/judge/statistic.js';
import type { WindowData } from '../../src/core/model/window.js';
import { errors, ratioData } from './fixtures.js';

const gate = { tolerance: 0.1, familyAlpha: 0.05, comparisons: 9, systematic: 0.03, trim: false };

/**
 * 60 one-minute sub-windows of 1,000 requests (`scale` times as many): an error in every third minute of the first
 * half hour and in every minute of the second, 40 errors in all, spread more evenly than Poisson counts would be.
 */
function lateErrors(scale = 1): WindowData {
  const data = ratioData(new Rng(1), { n: 60, rps: 1000 / 60, p: 0 });
  const errorsAt = (i: number) => (i < 30 ? (i % 3 === 0 ? 1 : 0) : 1);
  const points = data.points.map((p, i) => ({ t: p.t, c: [errorsAt(i) * scale, 1000 * scale] }));
  return { ...data, points, target: { ...data.target, version: 'v1' } };
}

/** A one-hour window starting at `start` (all trendShift reads of it). */
const at = (start: number) => ({ window: { start, end: start + 3600 } }) as WindowData;

/** The next hour at three times the baseline's error rate. */
function tripled(seed: number): WindowData {
  const data = ratioData(new Rng(seed), { n: 60, rps: 1000 / 60, p: (3 * 40) / 60_000 });
  const points = data.points.map((p) => ({ t: p.t + 3600, c: p.c }));
  return { ...data, points, window: { start: 3600, end: 7200 }, target: { ...data.target, version: 'v2' } };
}

describe('a trend inside the baseline window', () => {
  it("takes the count floor into the slope's variance: 40 errors do not prove it, 4,000 in the same shape do", () => {
    const few = estimate(errors, lateErrors()).trend!;
    const many = estimate(errors, lateErrors(100)).trend!;
    // Relative slopes are equal (the same shape); the few events' slope is far less certain.
    expect(few.slope).toBeCloseTo(many.slope, 12);
    expect(few.slopeVariance).toBeGreaterThan(5 * many.slopeVariance);
    expect(many.weight).toBeGreaterThan(0.95);
    expect(few.weight).toBeLessThan(0.9);
  });

  it('so a tripled error rate after 40 such errors fails, with no trend allowed for', () => {
    let failed = 0;
    for (let seed = 1; seed <= 20; seed++) {
      const r = judgeDriftInterval(errors, lateErrors(), tripled(seed), gate);
      expect(r.findings.map((f) => f.code)).not.toContain('trend-allowed');
      if (r.verdict === 'regression') failed++;
    }
    expect(failed).toBeGreaterThanOrEqual(19);
  });

  it("carries a proven line across the gap as the line's own move, ln(1 + x), a fall mirrored", () => {
    const perHour = (x: number) => ({ slope: x / 3600, slopeVariance: 1e-16, weight: 1 });
    // Four window-levels an hour, carried an hour: the line says x5, not e^4.
    expect(trendShift(at(0), at(3600), perHour(4))!.shift).toBeCloseTo(Math.log(5), 12);
    expect(trendShift(at(0), at(3600), perHour(-4))!.shift).toBeCloseTo(-Math.log(5), 12);
    // A small move is what it was: 5% an hour over 1.5 h.
    expect(trendShift(at(0), at(5400), perHour(0.05))!.shift).toBeCloseTo(Math.log1p(0.075), 12);
    // The variance takes the same derivative: x = 4 -> 1/25 of the linear one.
    const s = trendShift(at(0), at(3600), { slope: 4 / 3600, slopeVariance: 1e-9, weight: 1 })!;
    expect(s.variance).toBeCloseTo((1e-9 * 3600 * 3600) / 25, 12);
  });

  it('any proven line: the move keeps its sign, grows with the slope, and never exceeds the linear reading |x|', () => {
    const line = fc.double({ min: -1e-2, max: 1e-2, noNaN: true }).filter((s) => Math.abs(s) > 1e-12);
    fc.assert(
      fc.property(line, line, fc.integer({ min: 60, max: 43_200 }), (a, b, gap) => {
        const shift = (slope: number) => trendShift(at(0), at(gap), { slope, slopeVariance: 0, weight: 1 })!.shift;
        const x = a * gap;
        expect(Math.sign(shift(a))).toBe(Math.sign(a));
        expect(Math.abs(shift(a))).toBeLessThanOrEqual(Math.abs(x) + 1e-12);
        expect(Math.abs(shift(a))).toBeCloseTo(Math.log1p(Math.abs(x)), 10);
        if (a < b) expect(shift(a)).toBeLessThanOrEqual(shift(b));
      }),
    );
  });
});
