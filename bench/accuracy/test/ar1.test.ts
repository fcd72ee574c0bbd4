import { describe, expect, it } from 'vitest';
import {
  AR1_MAX_AMPLITUDE,
  AR1_PHI,
  AR1_STEP,
  type Ar1Profile,
  ar1Path,
  ar1Profile,
  ar1Regression,
  NO_EFFECT,
  simulateAr1,
} from '../src/worlds/ar1.js';
import { buildAr1Scenarios } from '../src/worlds/ar1-world.js';
import type { FamilyData, ScalarSeries } from '../src/worlds/openmetrics.js';
import { Rand } from '../src/worlds/rng.js';

const DAY = 86400;
const T0 = 1_764_547_200; // a midnight UTC

function lag1(xs: ArrayLike<number>): number {
  const n = xs.length;
  let m = 0;
  for (let i = 0; i < n; i++) m += xs[i]! / n;
  let num = 0;
  let den = 0;
  for (let i = 0; i < n; i++) {
    den += (xs[i]! - m) ** 2;
    if (i > 0) num += (xs[i]! - m) * (xs[i - 1]! - m);
  }
  return num / den;
}

function mean(xs: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += xs[i]!;
  return s / xs.length;
}

function scalars(fams: FamilyData[], name: string, version?: string): ScalarSeries[] {
  return fams
    .flatMap((f) => f.series)
    .filter((s): s is ScalarSeries => s.kind === 'scalar' && s.name === name)
    .filter((s) => !version || s.labels.includes(`version="${version}"`));
}

function profile(seed: string, traffic: Ar1Profile['traffic'] = 'high'): Ar1Profile {
  return ar1Profile(new Rand(seed), 'ar1-test', 'prod', traffic, 'typical');
}

/** One version serving alone for a day. */
function day(p: Ar1Profile, effect = NO_EFFECT, version = '1.0.0') {
  return simulateAr1(p, [{ version, from: T0, to: T0 + DAY, share: 1, effect, chargesAtStart: 10 }], T0, T0 + DAY, 7);
}

describe('ar1 world generator', () => {
  it('draws AR(1) noise with lag-1 autocorrelation 0.9 and the requested sd', () => {
    const x = ar1Path(new Rand('path'), 40_000, 0.06);
    expect(lag1(x)).toBeGreaterThan(AR1_PHI - 0.01);
    expect(lag1(x)).toBeLessThan(AR1_PHI + 0.01);
    const sd = Math.sqrt(mean(x.map((v) => v * v)));
    expect(sd).toBeGreaterThan(0.054);
    expect(sd).toBeLessThan(0.066);
  });

  it('writes memory and queue-age gauges whose measured lag-1 autocorrelation per 30 s scrape is ~0.9', () => {
    const fams = day(profile('gauges'));
    const memory = scalars(fams, 'memory_utilization')[0]!;
    expect(memory.grid.step).toBe(AR1_STEP);
    expect(memory.values.length).toBe(DAY / AR1_STEP + 1);
    expect(lag1(memory.values)).toBeGreaterThan(0.86);
    expect(lag1(memory.values)).toBeLessThan(0.93);
    const queue = scalars(fams, 'sqs_approximate_age_of_oldest_message_seconds')[0]!;
    expect(lag1(queue.values.map(Math.log))).toBeGreaterThan(0.86);
    expect(lag1(queue.values.map(Math.log))).toBeLessThan(0.93);
  });

  it('drives the request counters with the profile’s diurnal amplitude (at most ±30%)', () => {
    for (const seed of ['diurnal-1', 'diurnal-2']) {
      const p = profile(seed);
      expect(p.amplitude).toBeLessThanOrEqual(AR1_MAX_AMPLITUDE);
      // Requests per 30 s summed over pods and methods, then the amplitude of the 24 h sinusoid (least squares).
      const series = scalars(day(p), 'requests_total');
      const n = series[0]!.values.length;
      const inc = new Float64Array(n - 1);
      for (const s of series) for (let k = 1; k < n; k++) inc[k - 1]! += s.values[k]! - s.values[k - 1]!;
      const m = mean(inc);
      let a = 0;
      let b = 0;
      for (let k = 0; k < inc.length; k++) {
        const w = (2 * Math.PI * (T0 + (k + 1) * AR1_STEP)) / DAY;
        a += (2 / inc.length) * (inc[k]! / m - 1) * Math.sin(w);
        b += (2 / inc.length) * (inc[k]! / m - 1) * Math.cos(w);
      }
      expect(Math.hypot(a, b)).toBeGreaterThan(p.amplitude - 0.02);
      expect(Math.hypot(a, b)).toBeLessThan(p.amplitude + 0.02);
    }
  });

  it('has no between-release shift: an unchanged version has the same cpu level, a +60% cpu regression 1.6 times it', () => {
    const p = profile('shift');
    const both = (effect: typeof NO_EFFECT) =>
      simulateAr1(
        p,
        [
          { version: 'a', from: T0, to: T0 + DAY, share: 0.5, effect: NO_EFFECT, chargesAtStart: 0 },
          { version: 'b', from: T0, to: T0 + DAY, share: 0.5, effect, chargesAtStart: 0 },
        ],
        T0,
        T0 + DAY,
        3,
      );
    const cpuMean = (fams: FamilyData[], v: string) =>
      mean(scalars(fams, 'cpu_utilization', v).flatMap((s) => [...s.values]));
    const same = both(NO_EFFECT);
    expect(cpuMean(same, 'b') / cpuMean(same, 'a')).toBeGreaterThan(0.98);
    expect(cpuMean(same, 'b') / cpuMean(same, 'a')).toBeLessThan(1.02);
    const worse = both(ar1Regression('cpu', 0.6));
    expect(cpuMean(worse, 'b') / cpuMean(worse, 'a')).toBeGreaterThan(1.57);
    expect(cpuMean(worse, 'b') / cpuMean(worse, 'a')).toBeLessThan(1.63);
  });

  it('keeps histogram buckets cumulative and the count equal to requests_total', () => {
    const fams = day(profile('hist', 'low'));
    const h = fams.find((f) => f.name === 'http_request_duration_seconds')!.series[0]!;
    if (h.kind !== 'histogram') throw new Error('expected a histogram');
    const req = scalars(fams, 'requests_total').find((s) => s.labels === h.labels)!;
    const k = h.count.length - 1;
    expect(h.buckets[h.buckets.length - 1]![k]).toBe(h.count[k]);
    expect(req.values[k]).toBe(h.count[k]);
    for (let b = 1; b < h.buckets.length; b++) expect(h.buckets[b]![k]).toBeGreaterThanOrEqual(h.buckets[b - 1]![k]!);
    expect(h.count[k]).toBeGreaterThan(1000);
  });

  it('builds a deterministic labelled set: 2 h baseline before a 1 h candidate, or side by side', () => {
    const end = T0 + 20 * 3600;
    const a = buildAr1Scenarios(5, 'full', end);
    const b = buildAr1Scenarios(5, 'full', end);
    expect(a.map((s) => s.truth)).toEqual(b.map((s) => s.truth));
    const count = (c: string) => a.filter((s) => s.truth.category === c).length;
    expect([count('unchanged'), count('improvement'), count('regression')]).toEqual([100, 12, 76]);
    for (const { truth } of a) {
      if (truth.layout === 'sequential') {
        expect(truth.baselineWindow.end - truth.baselineWindow.start).toBe(7200);
        expect(truth.candidateWindow.end - truth.candidateWindow.start).toBe(3600);
        expect(truth.baselineWindow.end).toBeLessThan(truth.candidateWindow.start);
      } else expect(truth.baselineWindow).toEqual(truth.candidateWindow);
      expect(truth.baselineVersion).not.toBe(truth.candidateVersion);
    }
    const cpu60 = a.filter((s) => s.truth.metric === 'cpu' && s.truth.size === 0.6);
    expect(cpu60).toHaveLength(2);
    for (const s of cpu60) expect(s.segments[1]!.effect.cpu).toBeCloseTo(1.6);
    expect(buildAr1Scenarios(6, 'full', end).map((s) => s.truth)).not.toEqual(a.map((s) => s.truth));
  });
});
