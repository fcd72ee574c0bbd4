import { describe, expect, it } from 'vitest';
import { normalCdf, normalQuantile, tCdf, tQuantile } from '../../src/core/stats/distributions.js';

describe('distributions', () => {
  it('normal CDF and quantile match reference values', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 14);
    expect(normalCdf(1.959963984540054)).toBeCloseTo(0.975, 12);
    expect(normalCdf(-3)).toBeCloseTo(0.0013498980316301, 13);
    expect(normalCdf(-8)).toBeCloseTo(6.22096057427178e-16, 20);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 12);
    expect(normalQuantile(0.995)).toBeCloseTo(2.5758293035489, 12);
    expect(normalQuantile(1e-10)).toBeCloseTo(-6.361340902404056, 10);
    expect(normalQuantile(0.5)).toBe(0);
    for (const p of [1e-6, 0.01, 0.2, 0.7, 0.999]) expect(normalCdf(normalQuantile(p))).toBeCloseTo(p, 12);
  });
  it('t CDF and quantile match reference values', () => {
    // R: qt(0.975, c(1, 2, 3, 5, 10, 30))
    expect(tQuantile(0.975, 1)).toBeCloseTo(12.7062047361747, 9);
    expect(tQuantile(0.975, 2)).toBeCloseTo(4.30265272974946, 9);
    expect(tQuantile(0.975, 3)).toBeCloseTo(3.18244630528371, 9);
    expect(tQuantile(0.975, 5)).toBeCloseTo(2.57058183563631, 9);
    expect(tQuantile(0.975, 10)).toBeCloseTo(2.22813885198627, 9);
    expect(tQuantile(0.999, 30)).toBeCloseTo(3.38518486683217, 8);
    expect(tQuantile(0.975, 4.5)).toBeGreaterThan(tQuantile(0.975, 5));
    // R: pt(2, 7) = 0.957190335718512 (checked with scipy.stats.t.cdf)
    expect(tCdf(2, 7)).toBeCloseTo(0.957190335718512, 12);
    expect(tCdf(-1.5, 3.5)).toBeCloseTo(1 - tCdf(1.5, 3.5), 12);
    expect(tCdf(1, Number.POSITIVE_INFINITY)).toBeCloseTo(normalCdf(1), 14);
  });
});
