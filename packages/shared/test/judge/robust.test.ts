import { Rng } from '@driftgate/synth/random';
import { describe, expect, it } from 'vitest';
import { judgeDriftInterval } from '../../src/core/judge/drift-interval.js';
import { trimIncidents } from '../../src/core/judge/robust.js';
import { estimate, updateBlocks } from '../../src/core/judge/statistic.js';
import type { WindowData } from '../../src/core/model/window.js';
import { driftNote, estimateNote } from '../../src/core/report/prose.js';
import { costRate, errors, histogramData, p95, ratioData } from './fixtures.js';

const opts = { tolerance: 0.1, familyAlpha: 0.05, comparisons: 9, systematic: 0.03, trim: true };

/** Minutes 20-24 of the window: every request 2.5x slower (a slowdown episode). */
const episode = (i: number) => (i >= 20 && i < 25 ? 2.5 : 1);

describe('transient incidents', () => {
  it('leaves an episode out of the window and reports it, so an unchanged release passes', () => {
    const rng = new Rng(11);
    const base = histogramData(rng, {});
    const withEpisode = histogramData(rng, { scale: episode });
    const trim = trimIncidents(p95, withEpisode, undefined);
    expect(trim.excluded.size).toBe(0); // histograms need the tail counts: without them nothing is trimmed
    const est = estimate(p95, withEpisode, { trim: true });
    expect(est.excluded).toBe(5);
    expect(est.findings).toEqual([expect.objectContaining({ code: 'incidents-trimmed', excluded: 5, points: 60 })]);
    expect(est.findings.map(estimateNote).join()).toMatch(/5 of 60 sub-windows left out as transient incidents/);
    const untrimmed = judgeDriftInterval(p95, base, withEpisode, { ...opts, trim: false });
    const trimmed = judgeDriftInterval(p95, base, withEpisode, opts);
    expect(untrimmed.drift!).toBeGreaterThan(0.1);
    expect(Math.abs(trimmed.drift!)).toBeLessThan(0.03);
    expect(trimmed.verdict).toBe('pass');
  });

  it("does not trim a regression that is the window's normal behaviour", () => {
    const rng = new Rng(12);
    const r = judgeDriftInterval(p95, histogramData(rng, {}), histogramData(rng, { scale: () => 1.25 }), opts);
    expect(r.verdict).toBe('regression');
    expect(r.candidate.excluded ?? 0).toBeLessThanOrEqual(1);
    expect(r.drift!).toBeGreaterThan(0.2);
  });

  it('leaves an error burst out of the error rate', () => {
    const rng = new Rng(13);
    const burst = ratioData(rng, { p: 0.002 });
    burst.points[30]!.c[0] = (burst.points[30]!.c[1] as number) * 0.3;
    const r = judgeDriftInterval(errors, ratioData(rng, { p: 0.002 }), burst, opts);
    expect(r.candidate.excluded).toBe(1);
    expect(r.verdict).toBe('pass');
  });
});

describe('the decision rule', () => {
  it('fails a drift beyond tolerance only when the interval clears half the tolerance', () => {
    const rng = new Rng(14);
    const b = histogramData(rng, { rps: 200 });
    const c = histogramData(rng, { rps: 200, scale: () => 1.17 });
    const r = judgeDriftInterval(p95, b, c, opts);
    expect(r.drift!).toBeGreaterThan(0.1);
    expect(r.interval!.low).toBeGreaterThan(0.05);
    expect(r.verdict).toBe('regression');
    // The same data with a larger between-window term is no longer enough evidence.
    const unsure = judgeDriftInterval(p95, b, c, { ...opts, systematic: 0.08 });
    expect(unsure.interval!.low).toBeLessThan(0.05);
    expect(unsure.verdict).toBe('pass');
    expect(unsure.findings).toContainEqual(expect.objectContaining({ code: 'weak-evidence', tolerance: 0.1 }));
    expect(unsure.findings.map(driftNote).join()).toMatch(/inside half the tolerance: not enough evidence/);
  });

  it('widens every interval by the systematic term', () => {
    const rng = new Rng(15);
    const b = histogramData(rng, { rps: 500 });
    const c = histogramData(rng, { rps: 500 });
    const narrow = judgeDriftInterval(p95, b, c, { ...opts, systematic: 0 });
    const wide = judgeDriftInterval(p95, b, c, opts);
    expect(wide.interval!.high - wide.interval!.low).toBeGreaterThan(
      2 * (narrow.interval!.high - narrow.interval!.low),
    );
  });
});

describe('cumulative amounts updated in steps', () => {
  it('measures between updates, whatever the phase of the schedule', () => {
    // $3 per 5-minute update, updates at minutes 2, 7, 12, ...: the first step accrued before the window.
    const points = Array.from({ length: 60 }, (_, i) => ({ t: (i + 1) * 60, c: [i % 5 === 2 ? 3 : 0, 60] }));
    const blocks = updateBlocks(points);
    expect(blocks).toHaveLength(11);
    expect(blocks.every((b) => b.c[0] === 3 && b.c[1] === 300)).toBe(true);
    const data: WindowData = { ...ratioData(new Rng(1), {}), components: ['count', 'seconds'], points };
    expect(estimate(costRate, data).value).toBeCloseTo(36, 6);
  });
});
