import { resolveConfig } from '@driftgate/shared/config';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  cumulate,
  cutWindows,
  inject,
  loadNab,
  NAB_MARGIN,
  NAB_METRICS,
  NAB_STEP,
  type NabKind,
  nabConfig,
  samplesIn,
} from '../src/worlds/nab.js';
import { buildNabScenarios, NAB_DATA_DIR, NAB_HELD_OUT_SEED, nabFamilies } from '../src/worlds/nab-world.js';
import type { ScalarSeries } from '../src/worlds/openmetrics.js';
import { Rand } from '../src/worlds/rng.js';

const series = loadNab(NAB_DATA_DIR);
const END = 1_764_604_800;

describe('nab world', () => {
  it('loads the 19 series with their labelled anomaly windows', async () => {
    expect(series).toHaveLength(19);
    expect(series.reduce((a, s) => a + s.anomalies.length, 0)).toBe(34);
    for (const s of series) for (const [a, b] of s.anomalies) expect(a).toBeLessThan(b);
    const kinds = new Set(series.map((s) => s.kind));
    expect([...kinds].sort()).toEqual(['cpu', 'disk_write', 'latency', 'network_in', 'requests']);
  });

  it('cuts 6 h windows vs the same hours a day earlier that never touch a labelled anomaly window', async () => {
    let total = 0;
    for (const s of series) {
      for (const seed of ['a', 'b']) {
        for (const c of cutWindows(s, new Rand(seed))) {
          total++;
          expect(c.candidate.end - c.candidate.start).toBe(6 * 3600);
          expect(c.candidate.start - c.baseline.start).toBe(86400);
          expect(c.candidate.end - c.baseline.end).toBe(86400);
          for (const [a, b] of s.anomalies) {
            for (const w of [c.baseline, c.candidate]) {
              expect(w.end + NAB_MARGIN <= a || b <= w.start - NAB_MARGIN).toBe(true);
            }
          }
          expect(samplesIn(s.t, c.candidate)).toBeGreaterThanOrEqual(65);
          expect(c.half).toBe(c.day % 2 ? 'held-out' : 'tuning');
        }
      }
    }
    expect(total).toBeGreaterThan(300);
  });

  it('splits the days into disjoint tuning and held-out halves, deterministically', async () => {
    const held = buildNabScenarios(series, NAB_HELD_OUT_SEED, END, 'full');
    const tuning = buildNabScenarios(series, 1, END, 'full');
    expect(held.map((s) => s.truth)).toEqual(
      buildNabScenarios(series, NAB_HELD_OUT_SEED, END, 'full').map((s) => s.truth),
    );
    expect(held.every((s) => s.cut.day % 2 === 1)).toBe(true);
    expect(tuning.every((s) => s.cut.day % 2 === 0)).toBe(true);
    expect(held.length).toBeGreaterThan(150);
    expect(held.filter((s) => s.truth.category === 'unchanged').length).toBe(held.length / 2);
    for (const s of held) {
      expect(s.truth.candidateWindow.end).toBe(END);
      expect(s.truth.config).toBe(s.series.kind);
    }
  });

  it('injects a regression of exactly the requested size into the candidate only', async () => {
    const held = buildNabScenarios(series, NAB_HELD_OUT_SEED, END, 'full');
    for (const kind of ['cpu', 'requests', 'network_in'] as NabKind[]) {
      const reg = held.find(
        (s) => s.truth.category === 'regression' && s.series.kind === kind && s.truth.size === 0.35,
      );
      if (!reg) throw new Error(`no 35% ${kind} regression`);
      const twin = held[held.indexOf(reg) - 1]!;
      expect(twin.cut).toBe(reg.cut);
      expect(twin.factor).toBe(1);
      const [fr, ft] = nabFamilies([reg, twin]);
      const [rb, rc] = fr!.series as ScalarSeries[];
      const [tb, tc] = ft!.series as ScalarSeries[];
      expect(rb!.values).toEqual(tb!.values);
      // Over the candidate window: gauges' mean, counters' increase.
      const w = reg.truth.candidateWindow;
      const inWindow = (s: ScalarSeries) =>
        [...s.values].filter((_, k) => {
          const t = s.grid.start + k * NAB_STEP;
          return t >= w.start && t < w.end;
        });
      const level = (s: ScalarSeries) => {
        const v = inWindow(s).filter(Number.isFinite);
        return NAB_METRICS[kind].type === 'counter'
          ? v[v.length - 1]! - v[0]!
          : v.reduce((a, b) => a + b, 0) / v.length;
      };
      expect(level(rc!) / level(tc!)).toBeCloseTo(kind === 'requests' ? 0.65 : 1.35, 9);
    }
  });

  it('makes counters of per-period values and multiplies from the onset on', async () => {
    expect([...cumulate(Float64Array.from([1, 2, Number.NaN, 4]))]).toEqual([1, 3, 3, 7]);
    expect([...inject(Float64Array.from([0, 300, 600]), Float64Array.from([10, 10, 10]), 300, 1.2)]).toEqual([
      10, 12, 12,
    ]);
  });

  it('writes config files the gate accepts: one metric per kind, no built-in catalog', async () => {
    for (const kind of Object.keys(NAB_METRICS) as NabKind[]) {
      const cfg = await resolveConfig(parse(nabConfig(kind)), `nab-${kind}.yml`);
      expect(cfg.metrics.map((m) => m.id)).toEqual([kind]);
      expect(cfg.metrics[0]!).toMatchObject({ kind: NAB_METRICS[kind].type === 'counter' ? 'rate' : 'gauge' });
    }
  });
});
