import { describe, expect, it } from 'vitest';
import { normalCdf, normalQuantile, Rng } from '../src/random.js';

function moments(xs: number[]): { mean: number; variance: number } {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  const variance = xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (xs.length - 1);
  return { mean, variance };
}

describe('Rng', () => {
  it('is deterministic per seed and forks independent named streams', () => {
    const a = new Rng(42);
    const b = new Rng(42);
    const xs = Array.from({ length: 5 }, () => a.nextU32());
    expect(Array.from({ length: 5 }, () => b.nextU32())).toEqual(xs);
    expect(new Rng(43).nextU32()).not.toBe(xs[0]);
    // fork() does not advance the parent and depends only on (seed, name).
    const p = new Rng(7);
    const f1 = p.fork('x').float();
    const f2 = p.fork('x').float();
    expect(f1).toBe(f2);
    expect(p.fork('y').float()).not.toBe(f1);
  });

  it('uniform floats are in [0, 1) with mean 1/2', () => {
    const r = new Rng(1);
    const xs = Array.from({ length: 20000 }, () => r.float());
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    expect(moments(xs).mean).toBeCloseTo(0.5, 1);
  });

  it.each([0.3, 4, 11.5, 12, 40, 5000])('poisson(%d) has matching mean and variance', (lambda) => {
    const r = new Rng(2);
    const xs = Array.from({ length: 20000 }, () => r.poisson(lambda));
    const m = moments(xs);
    expect(xs.every((x) => Number.isInteger(x) && x >= 0)).toBe(true);
    expect(m.mean / lambda).toBeGreaterThan(0.97);
    expect(m.mean / lambda).toBeLessThan(1.03);
    expect(m.variance / lambda).toBeGreaterThan(0.9);
    expect(m.variance / lambda).toBeLessThan(1.1);
  });

  it.each([
    [10, 0.3],
    [200, 0.01],
    [1000, 0.4],
    [100000, 0.9],
    [5000, 0.0007],
  ])('binomial(%d, %d) has matching mean and variance', (n, p) => {
    const r = new Rng(3);
    const xs = Array.from({ length: 20000 }, () => r.binomial(n, p));
    const m = moments(xs);
    expect(xs.every((x) => Number.isInteger(x) && x >= 0 && x <= n)).toBe(true);
    const mean = n * p;
    const variance = n * p * (1 - p);
    expect(Math.abs(m.mean - mean) / Math.sqrt(variance / xs.length)).toBeLessThan(5);
    expect(m.variance / variance).toBeGreaterThan(0.9);
    expect(m.variance / variance).toBeLessThan(1.1);
  });

  it('gamma and beta have the right means', () => {
    const r = new Rng(4);
    expect(moments(Array.from({ length: 20000 }, () => r.gamma(0.5, 2))).mean).toBeCloseTo(1, 1);
    expect(moments(Array.from({ length: 20000 }, () => r.gamma(9, 1))).mean).toBeCloseTo(9, 0);
    expect(moments(Array.from({ length: 20000 }, () => r.beta(2, 6))).mean).toBeCloseTo(0.25, 2);
  });

  it('multinomial counts are integers that add up to n', () => {
    const r = new Rng(5);
    const out = new Float64Array(4);
    const totals = [0, 0, 0, 0];
    for (let i = 0; i < 2000; i++) {
      r.multinomial(1000, [0.1, 0.2, 0.3, 0.4], out);
      expect(out.reduce((a, b) => a + b, 0)).toBe(1000);
      out.forEach((c, j) => {
        totals[j]! += c;
      });
    }
    expect(totals.map((t) => t / 2_000_000)).toEqual([
      expect.closeTo(0.1, 2),
      expect.closeTo(0.2, 2),
      expect.closeTo(0.3, 2),
      expect.closeTo(0.4, 2),
    ]);
  });

  it('lognormal quantiles match exp(mu + sigma z)', () => {
    const r = new Rng(6);
    const xs = Array.from({ length: 40000 }, () => r.lognormal(Math.log(0.05), 0.6)).sort((a, b) => a - b);
    const p95 = xs[Math.floor(0.95 * xs.length)]!;
    expect(p95 / (0.05 * Math.exp(0.6 * normalQuantile(0.95)))).toBeCloseTo(1, 1);
  });

  it('normalCdf and normalQuantile are inverse and accurate', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1.6448536)).toBeCloseTo(0.95, 6);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 5);
    for (const p of [0.001, 0.02, 0.3, 0.5, 0.77, 0.99]) expect(normalCdf(normalQuantile(p))).toBeCloseTo(p, 6);
  });
});
