/**
 * The labelled comparisons of the nab world (see nab.ts) and the World that writes them.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchTruth } from '../truth.js';
import {
  cumulate,
  cutWindows,
  inject,
  loadNab,
  NAB_HISTORY_DAYS,
  NAB_METRICS,
  NAB_SIZES,
  NAB_STEP,
  NAB_WARMUP,
  type NabCut,
  type NabKind,
  type NabSeries,
  nabConfig,
} from './nab.js';
import { type FamilyData, renderLabels, type ScalarSeries, writeFamilies } from './openmetrics.js';
import { Rand } from './rng.js';
import type { World, WorldBuild, WorldOptions } from './world.js';

export const NAB_HELD_OUT_SEED = 20261127;
export const NAB_DATA_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data', 'nab');
const DAY = 86400;

export interface NabScenario {
  truth: BenchTruth;
  series: NabSeries;
  cut: NabCut;
  /** Multiplier of the candidate's values (1 = unchanged). */
  factor: number;
  /** Seconds added to the data's timestamps. */
  shift: number;
}

/** All cuts of the half, shuffled by the seed; each gives an unchanged comparison and one regression. */
export function buildNabScenarios(
  series: NabSeries[],
  seed: number,
  end: number,
  set: 'small' | 'full',
): NabScenario[] {
  const half = seed === NAB_HELD_OUT_SEED ? 'held-out' : 'tuning';
  const r = new Rand(`nab:${seed}`);
  const cuts = series.flatMap((s) =>
    cutWindows(s, r.child(`cut:${s.name}`))
      .filter((c) => c.half === half)
      .map((c) => ({ s, c })),
  );
  r.shuffle(cuts);
  const chosen = set === 'small' ? cuts.slice(0, 15) : cuts;
  const out: NabScenario[] = [];
  chosen.forEach(({ s, c }, i) => {
    const size = NAB_SIZES[i % NAB_SIZES.length]!;
    for (const regression of [false, true]) {
      const n = out.length + 1;
      const service = `nab-${s.name.replace(/[^A-Za-z0-9]+/g, '-').toLowerCase()}-${String(n).padStart(3, '0')}`;
      const shift = end - c.candidate.end;
      const bv = `build-${1000 + 2 * c.day}`;
      const truth: BenchTruth = {
        id: service,
        category: regression ? 'regression' : 'unchanged',
        ...(regression ? { metric: s.kind, size, sizeLabel: `${Math.round(size * 100)}%` } : {}),
        traffic: s.kind,
        noise: s.name,
        layout: 'previous-day',
        service,
        environment: 'prod',
        baselineVersion: bv,
        candidateVersion: `build-${1001 + 2 * c.day}`,
        baselineWindow: { start: c.baseline.start + shift, end: c.baseline.end + shift },
        candidateWindow: { start: c.candidate.start + shift, end: c.candidate.end + shift },
        config: s.kind,
      };
      out.push({ truth, series: s, cut: c, factor: regression ? NAB_METRICS[s.kind].factor(size) : 1, shift });
    }
  });
  return out;
}

/** One version's samples of [from, to) on the 5-minute grid (counters cumulated from `from`). */
function versionSeries(sc: NabScenario, version: string, from: number, to: number, factor: number): ScalarSeries {
  const { t } = sc.series;
  const def = NAB_METRICS[sc.series.kind];
  const idx: number[] = [];
  for (let i = 0; i < t.length; i++) if (t[i]! >= from && t[i]! < to) idx.push(i);
  const ts = Float64Array.from(idx, (i) => t[i]!);
  let vs = inject(
    ts,
    Float64Array.from(idx, (i) => sc.series.v[i]!),
    from,
    factor,
  );
  if (def.type === 'counter') vs = cumulate(vs);
  const t0 = ts[0] ?? from;
  const n = ts.length ? Math.round((ts[ts.length - 1]! - t0) / NAB_STEP) + 1 : 0;
  const values = new Float64Array(n).fill(Number.NaN);
  ts.forEach((x, j) => {
    values[Math.round((x - t0) / NAB_STEP)] = vs[j]!;
  });
  const labels = renderLabels([
    ['service', sc.truth.service],
    ['env', sc.truth.environment],
    ['version', version],
  ]);
  return {
    kind: 'scalar',
    name: def.metric,
    labels,
    grid: { start: t0 + sc.shift, step: NAB_STEP, offset: 0 },
    values,
  };
}

export function nabFamilies(scenarios: NabScenario[]): FamilyData[] {
  return scenarios.map((sc) => {
    const deploy = sc.cut.candidate.start - NAB_WARMUP;
    const historyStart = sc.cut.candidate.start - NAB_HISTORY_DAYS * DAY;
    const def = NAB_METRICS[sc.series.kind];
    return {
      name: def.type === 'counter' ? def.metric.replace(/_total$/, '') : def.metric,
      type: def.type,
      help: `NAB ${sc.series.kind} trace (CloudWatch, 5-minute values${def.type === 'counter' ? ', cumulated' : ''}).`,
      series: [
        versionSeries(sc, sc.truth.baselineVersion, historyStart, deploy, 1),
        versionSeries(sc, sc.truth.candidateVersion, deploy, sc.cut.candidate.end + 1, sc.factor),
      ],
    };
  });
}

export const nabWorld: World = {
  name: 'nab',
  heldOutSeed: NAB_HELD_OUT_SEED,
  tuningSeeds: [1, 2, 3],
  seedMeaning:
    'the held-out seed judges the odd days of every series, any other seed the even days (the hour of each window and which copy gets which regression vary with the seed)',
  build(opts: WorldOptions): WorldBuild {
    let scenarios = buildNabScenarios(loadNab(NAB_DATA_DIR), opts.seed, opts.end, opts.set);
    if (opts.limit !== undefined) scenarios = scenarios.slice(0, opts.limit);
    const kinds = Object.keys(NAB_METRICS) as NabKind[];
    return {
      world: 'nab',
      description:
        'real AWS CloudWatch traces (NAB): 6 h candidate window vs the same hours one day earlier, 5-minute samples, regressions injected into copies',
      scenarios: scenarios.map((s) => s.truth),
      configs: Object.fromEntries(kinds.map((k) => [k, nabConfig(k)])),
      notes: [],
      sampleInterval: NAB_STEP,
      write(dir: string) {
        // 5-minute samples over 8 days: one file per day (12 blocks) instead of 96 promtool runs.
        return writeFamilies(nabFamilies(scenarios), dir, `nab-${opts.seed}`, 12);
      },
    };
  },
};
