import { describe, expect, it } from 'vitest';
import { simulateAr1 } from '../src/worlds/ar1.js';
import type { ScalarSeries } from '../src/worlds/openmetrics.js';
import { buildWideScenarios, trafficOf, WIDE_HELD_OUT_SEED, wideWorld } from '../src/worlds/wide-world.js';

const END = 1_764_547_200 + 20 * 3600;

describe('wide world: parameters drawn per scenario', () => {
  const scenarios = buildWideScenarios(1, 'full', END);

  it('draws autocorrelation, scrape, window, traffic and error rate from the wide ranges, all layouts', () => {
    expect(scenarios).toHaveLength(188);
    const p = scenarios.map((s) => s.params);
    for (const x of p) {
      expect(x.phi).toBeGreaterThanOrEqual(0.5);
      expect(x.phi).toBeLessThanOrEqual(0.98);
      expect(x.step).toBeGreaterThanOrEqual(10);
      expect(x.step).toBeLessThanOrEqual(60);
      expect(x.windowSeconds).toBeGreaterThanOrEqual(15 * 60);
      expect(x.windowSeconds).toBeLessThanOrEqual(6 * 3600);
      expect(x.requestsPerMinute).toBeGreaterThanOrEqual(1);
      expect(x.requestsPerMinute).toBeLessThanOrEqual(100_000);
      expect(x.errorProb).toBeGreaterThanOrEqual(0.0005);
      expect(x.errorProb).toBeLessThanOrEqual(0.02);
    }
    // Spread over the ranges, not clustered: both ends of each range are reached.
    expect(Math.min(...p.map((x) => x.phi))).toBeLessThan(0.6);
    expect(Math.max(...p.map((x) => x.phi))).toBeGreaterThan(0.9);
    expect(Math.min(...p.map((x) => x.windowSeconds))).toBeLessThan(30 * 60);
    expect(Math.max(...p.map((x) => x.windowSeconds))).toBeGreaterThan(3 * 3600);
    expect(new Set(scenarios.map((s) => s.truth.layout))).toEqual(
      new Set(['sequential', 'side-by-side', 'previous-day']),
    );
    expect(new Set(scenarios.map((s) => s.truth.traffic))).toEqual(new Set(['very-low', 'low', 'normal', 'high']));
    expect(trafficOf(19)).toBe('very-low');
    expect(trafficOf(6000)).toBe('high');
    expect(wideWorld.heldOutSeed).toBe(WIDE_HELD_OUT_SEED);
    expect(wideWorld.tuningSeeds).not.toContain(WIDE_HELD_OUT_SEED);
  });

  it('places the windows by layout: the same hours one day earlier, side by side, or before the deploy', () => {
    for (const s of scenarios) {
      const { baselineWindow: b, candidateWindow: c } = s.truth;
      expect(c.end).toBe(END);
      expect(c.end - c.start).toBe(s.params.windowSeconds);
      if (s.truth.layout === 'previous-day') expect(c.start - b.start).toBe(86_400);
      if (s.truth.layout === 'side-by-side') expect(b).toEqual(c);
      if (s.truth.layout === 'sequential') expect(b.end).toBe(c.start - 300);
    }
  });

  it('scrapes at the drawn interval with the drawn autocorrelation', () => {
    const s = scenarios.find((x) => x.params.phi > 0.9 && x.truth.layout === 'side-by-side')!;
    const fams = simulateAr1(s.profile, s.segments, s.dataStart, s.end, 1);
    const cpu = fams
      .flatMap((f) => f.series)
      .find((x): x is ScalarSeries => x.kind === 'scalar' && x.name === 'cpu_utilization')!;
    expect(cpu.grid.step).toBe(s.params.step);
    const v = Array.from(cpu.values);
    const m = v.reduce((a, b) => a + b, 0) / v.length;
    let num = 0;
    let den = 0;
    v.forEach((x, i) => {
      den += (x - m) ** 2;
      if (i > 0) num += (x - m) * ((v[i - 1] as number) - m);
    });
    expect(num / den).toBeGreaterThan(0.6);
  });
});
