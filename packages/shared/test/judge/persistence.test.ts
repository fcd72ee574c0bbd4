/**
 * Persistent series: AR(1) gauges scraped every 30 s (phi 0.9 per scrape, a correlation time of ~10 minutes),
 * slow trends inside a window, and the between-window term measured on the baseline's history. A 2-hour
 * baseline before a 1-hour candidate, as the independent comparison sets lay them out.
 */
import { Rng } from '@driftgate/synth/random';
import { describe, expect, it } from 'vitest';
import { calibrateSystematic, trendShift } from '../../src/core/judge/calibration.js';
import { judgeDriftInterval } from '../../src/core/judge/drift-interval.js';
import { estimate, lrvUncertainty } from '../../src/core/judge/statistic.js';
import type { WindowData } from '../../src/core/model/window.js';
import { driftNote, evidenceInWords } from '../../src/core/report/prose.js';
import { cpu } from './fixtures.js';

interface Gauge {
  /** Level at minute 0, and its relative change per hour (a trend inside and across windows). */
  mean: number;
  trendPerHour: number;
  /** Relative sd of the AR(1) wander, and its autocorrelation per 30-s scrape. */
  sd: number;
  phi: number;
}

/** One continuous AR(1) process, cut into a baseline [0, 2 h) and a candidate [2 h, 3 h) window; x `mult` after 2 h. */
function consecutive(rng: Rng, g: Gauge, mult = 1): { baseline: WindowData; candidate: WindowData } {
  let x = rng.normal(0, g.sd);
  const innov = g.sd * Math.sqrt(1 - g.phi * g.phi);
  const minutes = Array.from({ length: 180 }, (_, i) => {
    let s = 0;
    for (let k = 0; k < 2; k++) {
      x = g.phi * x + rng.normal(0, innov);
      s += x;
    }
    const level = g.mean * (1 + (g.trendPerHour * i) / 60) * (i >= 120 ? mult : 1);
    return { t: (i + 1) * 60, c: [level * (1 + s / 2), 1] };
  });
  const win = (from: number, to: number, version: string): WindowData => ({
    metricId: 'cpu',
    target: { service: 's', environment: 'prod', version },
    window: { start: from * 60, end: to * 60 },
    step: 60,
    components: ['value', 'n'],
    points: minutes.slice(from, to),
    expectedPoints: to - from,
    queries: ['q'],
    warnings: [],
    found: true,
    notes: [],
  });
  return { baseline: win(0, 120, 'v1'), candidate: win(120, 180, 'v2') };
}

const gate = { tolerance: 0.1, familyAlpha: 0.05, comparisons: 9, systematic: 0.03, trim: true };
const rate = (n: number, f: (rng: Rng) => boolean) => {
  const rng = new Rng(2026);
  let k = 0;
  for (let i = 0; i < n; i++) if (f(rng)) k++;
  return k / n;
};

describe('persistent gauges (AR(1), phi 0.9 per 30 s scrape)', () => {
  const cpuLike: Gauge = { mean: 43, trendPerHour: 0.03, sd: 0.08, phi: 0.9 };

  it('fails a +64% rise (43% -> 70.6%) with a sane interval and degrees of freedom', () => {
    const rng = new Rng(7);
    const { baseline, candidate } = consecutive(rng, cpuLike, 1.64);
    const r = judgeDriftInterval(cpu, baseline, candidate, gate);
    expect(r.verdict).toBe('regression');
    expect(r.interval!.low).toBeGreaterThan(0.2);
    expect(r.interval!.high).toBeLessThan(1.5);
    expect(r.evidence!.df).toBeGreaterThan(5);
    const df = Number(/df (\d+(\.\d+)?)/.exec(evidenceInWords(r.evidence!).detail!)![1]);
    expect(df).toBeGreaterThan(5);
  });

  it('detects >= 95% of +64% rises and >= 80% of +35% ones, over many draws', () => {
    const hit = (mult: number) => (rng: Rng) => {
      const { baseline, candidate } = consecutive(rng, cpuLike, mult);
      return judgeDriftInterval(cpu, baseline, candidate, gate).verdict === 'regression';
    };
    expect(rate(200, hit(1.64))).toBeGreaterThanOrEqual(0.95);
    expect(rate(200, hit(1.35))).toBeGreaterThanOrEqual(0.8);
  });

  it('passes an unchanged release whose level trends inside and across the windows (A/A)', () => {
    for (const trendPerHour of [0.08, -0.08, 0]) {
      const fa = rate(300, (rng) => {
        const { baseline, candidate } = consecutive(rng, { ...cpuLike, trendPerHour });
        return judgeDriftInterval(cpu, baseline, candidate, gate).verdict === 'regression';
      });
      expect(fa, `trend ${trendPerHour}/h`).toBeLessThanOrEqual(0.02);
    }
  });

  it("allows for the baseline's own trend across the gap, without moving the estimate, and says so", () => {
    const rng = new Rng(11);
    const { baseline, candidate } = consecutive(rng, { ...cpuLike, sd: 0.02, trendPerHour: 0.08 });
    const b = estimate(cpu, baseline);
    expect(b.trend!.weight).toBeGreaterThan(0.9);
    const shift = trendShift(baseline, candidate, b.trend)!;
    expect(shift.gapSeconds).toBe(5400); // 1.5 h between the windows' centres
    expect(Math.expm1(shift.shift)).toBeGreaterThan(0.08);
    expect(Math.expm1(shift.shift)).toBeLessThan(0.16);
    const r = judgeDriftInterval(cpu, baseline, candidate, gate);
    expect(r.verdict).toBe('pass');
    // The drift is the plain change (the level kept rising), and the between-window term holds the trend's move.
    expect(r.drift!).toBeGreaterThan(0.06);
    expect(r.evidence!.systematic).toBeGreaterThan(0.9 * shift.shift);
    expect(r.findings).toContainEqual(expect.objectContaining({ code: 'trend-allowed', gapSeconds: 5400 }));
    expect(r.findings.map(driftNote).join(' ')).toMatch(
      /the baseline's own trend predicts \+\d+(\.\d)?% across the 1h30m.*allowed for before a regression is called/,
    );
    expect(r.findings).toContainEqual(expect.objectContaining({ code: 'trend-allowed', toward: 'worse' }));
    // A regression well beyond the trend's move still fails.
    const stepped = consecutive(new Rng(11), { ...cpuLike, sd: 0.02, trendPerHour: 0.08 }, 1.6);
    expect(judgeDriftInterval(cpu, stepped.baseline, stepped.candidate, gate).verdict).toBe('regression');
  });

  it('a baseline trending toward better does not excuse a worse candidate: the allowance widens only the improvement bound', () => {
    // The level falls 8% an hour; the candidate is 1.45x where the fall would have put it (~ +26% on the baseline).
    const { baseline, candidate } = consecutive(new Rng(11), { ...cpuLike, sd: 0.02, trendPerHour: -0.08 }, 1.45);
    const r = judgeDriftInterval(cpu, baseline, candidate, gate);
    expect(r.findings).toContainEqual(expect.objectContaining({ code: 'trend-allowed', toward: 'better' }));
    expect(r.findings.map(driftNote).join(' ')).toMatch(/a trend toward better cannot explain a worse candidate/);
    expect(r.verdict).toBe('regression');
    // The regression's bound carries only the prior between-window term; the improvement's also the trend's move.
    expect(r.evidence!.systematic).toBeCloseTo(0.03, 6);
    const log = (x: number) => Math.log1p(x);
    expect(log(r.interval!.high) - log(r.drift!)).toBeGreaterThan(2 * (log(r.drift!) - log(r.interval!.low)));
  });

  it("degrees of freedom follow the total sub-windows and the autocorrelation's own sampling error", () => {
    // The factor 1/(1 - rho)^2 is known to a relative variance of 4(1 + rho)/(N(1 - rho)) over all N sub-windows
    // the autocorrelation was pooled over; each window's scale to about 2/n.
    expect(lrvUncertainty(60, 180, 0)).toEqual({ scale: 2 / 59, rho: 4 / 180 });
    expect(lrvUncertainty(60, 180, 0.9).rho).toBeCloseTo((4 * 1.9) / (180 * 0.1), 12);
    expect(lrvUncertainty(60, 360, 0.9).rho).toBeCloseTo(lrvUncertainty(60, 180, 0.9).rho / 2, 12);
    // A longer baseline window (more sub-windows in the pooled rho) buys degrees of freedom for the pair.
    const dfOf = (minutes: number) => {
      const rng = new Rng(3);
      const dfs: number[] = [];
      for (let i = 0; i < 40; i++) {
        const { baseline, candidate } = consecutive(rng, { ...cpuLike, trendPerHour: 0 });
        const longer = {
          ...baseline,
          window: { start: (120 - minutes) * 60, end: 7200 },
          points: baseline.points.slice(120 - minutes),
          expectedPoints: minutes,
        };
        dfs.push(judgeDriftInterval(cpu, longer, candidate, gate).evidence!.df);
      }
      return dfs.sort((a, b) => a - b)[20]!;
    };
    expect(dfOf(120)).toBeGreaterThan(dfOf(30));
  });

  it('a wander is not a trend: the fitted slope of a stationary window is shrunk to (near) nothing', () => {
    const weights: number[] = [];
    const rng = new Rng(5);
    for (let i = 0; i < 100; i++) {
      const { baseline } = consecutive(rng, { ...cpuLike, trendPerHour: 0 });
      weights.push(estimate(cpu, baseline).trend!.weight);
    }
    const median = weights.sort((a, b) => a - b)[50]!;
    expect(median).toBeLessThan(0.2);
  });
});

describe('between-window term from the baseline history', () => {
  /** Daily windows of one service whose level moves by `dayEffect` (relative sd) from day to day. */
  function daily(rng: Rng, dayEffect: number, days: number) {
    const points: Array<{ t: number; c: number[] }> = [];
    const day = 86_400;
    for (let d = 0; d < days; d++) {
      const level = 40 * Math.exp(rng.normal(0, dayEffect));
      for (let m = 0; m < 24 * 12; m++)
        points.push({ t: d * day + (m + 1) * 300, c: [level * (1 + rng.normal(0, 0.02)), 1] });
    }
    const win = (start: number, end: number, version: string): WindowData => ({
      metricId: 'cpu',
      target: { service: 's', environment: 'prod', version },
      window: { start, end },
      step: 300,
      components: ['value', 'n'],
      points: points.filter((p) => p.t > start && p.t <= end),
      expectedPoints: (end - start) / 300,
      queries: ['q'],
      warnings: [],
      found: true,
      notes: [],
    });
    const last = (days - 1) * day;
    return {
      candidate: win(last + 6 * 3600, last + 12 * 3600, 'v2'),
      baseline: win(last - day + 6 * 3600, last - day + 12 * 3600, 'v1'),
      history: win(0, last - day + 6 * 3600, 'v1'),
    };
  }

  it('measures an 8% day-to-day spread from a week of history, and uses it', () => {
    const rng = new Rng(3);
    const { baseline, candidate, history } = daily(rng, 0.08 / Math.SQRT2, 9);
    const s = calibrateSystematic({ metric: cpu, baseline, candidate, history, prior: 0.03, trim: true });
    expect(s.source).toBe('history');
    expect(s.lagSeconds).toBe(86_400);
    expect(s.pairs).toBeGreaterThanOrEqual(20);
    expect(s.value).toBeGreaterThan(0.05);
    expect(s.value).toBeLessThan(0.12);
    const r = judgeDriftInterval(cpu, baseline, candidate, { ...gate, history });
    expect(r.systematic!.source).toBe('history');
    expect(r.evidence).toMatchObject({ code: 't-test', source: 'history' });
    expect(evidenceInWords(r.evidence!).detail).toMatch(/\(history\)/);
  });

  it('a steadier service than the prior assumes gets a smaller term', () => {
    const rng = new Rng(4);
    const { baseline, candidate, history } = daily(rng, 0.002, 9);
    const s = calibrateSystematic({ metric: cpu, baseline, candidate, history, prior: 0.03, trim: true });
    expect(s.source).toBe('history');
    expect(s.value).toBeLessThan(0.02);
  });

  it('falls back to the documented prior, and says why', () => {
    const rng = new Rng(5);
    const { baseline, candidate, history } = daily(rng, 0.05, 3);
    const short = calibrateSystematic({ metric: cpu, baseline, candidate, history, prior: 0.03, trim: true });
    expect(short).toMatchObject({ source: 'prior', value: 0.03, reason: 'short-history' });
    expect(calibrateSystematic({ metric: cpu, baseline, candidate, prior: 0.03, trim: true })).toMatchObject({
      source: 'prior',
      reason: 'no-history',
    });
    const sideBySide = { ...candidate, window: baseline.window, points: baseline.points };
    expect(
      calibrateSystematic({ metric: cpu, baseline, candidate: sideBySide, history, prior: 0.03, trim: true }),
    ).toMatchObject({ source: 'prior', reason: 'side-by-side' });
    expect(
      calibrateSystematic({
        metric: { ...cpu, systematic: 0.07 },
        baseline,
        candidate,
        history,
        prior: 0.03,
        trim: true,
      }),
    ).toMatchObject({ source: 'config', value: 0.07 });
  });
});
