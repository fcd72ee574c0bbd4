/**
 * The labelled scenarios of the ar1 world (see ar1.ts for the model) and the World that writes them.
 */
import type { BenchTruth, Category } from '../truth.js';
import {
  AR1_HELD_OUT_SEED,
  type Ar1Effect,
  type Ar1Layout,
  type Ar1Metric,
  type Ar1Noise,
  type Ar1Profile,
  type Ar1Segment,
  type Ar1Traffic,
  ar1Profile,
  ar1Regression,
  NO_EFFECT,
  simulateAr1,
} from './ar1.js';
import { type FamilyData, writeFamilies } from './openmetrics.js';
import { Rand } from './rng.js';
import type { World, WorldBuild, WorldOptions } from './world.js';

export const AR1_METRICS: Ar1Metric[] = [
  'latency_p95_read',
  'latency_p95_write',
  'throughput',
  'queue_age',
  'cpu',
  'memory',
  'cost_rate',
];
export const AR1_SIZES = [0.05, 0.12, 0.2, 0.35, 0.6];
export const AR1_ERROR_FACTORS = [2, 3, 5];

const PLAN = {
  full: { unchanged: 100, improvement: 12, replicates: 2, sizes: AR1_SIZES, factors: AR1_ERROR_FACTORS },
  small: { unchanged: 12, improvement: 2, replicates: 1, sizes: [0.2, 0.6], factors: [2, 5] },
} as const;

const TRAFFIC: Array<[Ar1Traffic, number]> = [
  ['very-low', 0.1],
  ['low', 0.25],
  ['normal', 0.4],
  ['high', 0.25],
];
const NOISE: Array<[Ar1Noise, number]> = [
  ['calm', 0.25],
  ['typical', 0.5],
  ['noisy', 0.25],
];
const LAYOUT: Array<[Ar1Layout, number]> = [
  ['sequential', 0.6],
  ['side-by-side', 0.4],
];

/** n values in proportion to the weights (largest remainder), shuffled. */
export function quota<T>(r: Rand, n: number, mix: Array<[T, number]>): T[] {
  const out: T[] = [];
  const exact = mix.map(([v, w]) => ({ v, x: n * w }));
  for (const e of exact) for (let i = 0; i < Math.floor(e.x); i++) out.push(e.v);
  const rest = [...exact].sort((a, b) => (b.x % 1) - (a.x % 1));
  for (let i = 0; out.length < n; i++) out.push(rest[i % rest.length]!.v);
  return r.shuffle(out);
}

export interface Ar1Scenario {
  truth: BenchTruth;
  profile: Ar1Profile;
  segments: Ar1Segment[];
  dataStart: number;
  end: number;
}

export interface Spec {
  category: Category;
  metric?: Ar1Metric;
  size?: number;
}

export function specs(set: 'small' | 'full'): Spec[] {
  const plan = PLAN[set];
  const out: Spec[] = [];
  for (let i = 0; i < plan.unchanged; i++) out.push({ category: 'unchanged' });
  for (let i = 0; i < plan.improvement; i++) out.push({ category: 'improvement' });
  for (let rep = 0; rep < plan.replicates; rep++) {
    for (const metric of AR1_METRICS) for (const size of plan.sizes) out.push({ category: 'regression', metric, size });
    for (const size of plan.factors) out.push({ category: 'regression', metric: 'error_rate', size });
  }
  return out;
}

/** Improvement: one or two metrics better by 15-40% (error rate x0.3-0.6, throughput x1.15-1.4). */
export function improvement(r: Rand): { effect: Ar1Effect; improved: NonNullable<BenchTruth['improved']> } {
  const metrics = r.shuffle([...AR1_METRICS, 'error_rate' as Ar1Metric]).slice(0, r.int(1, 2));
  let effect = { ...NO_EFFECT };
  const improved = metrics.map((metric) => {
    const factor =
      metric === 'throughput'
        ? r.uniform(1.15, 1.4)
        : metric === 'error_rate'
          ? r.uniform(0.3, 0.6)
          : r.uniform(0.6, 0.85);
    const f = Math.round(factor * 1000) / 1000;
    const one = ar1Regression(metric, metric === 'error_rate' ? f : metric === 'throughput' ? 1 - f : f - 1);
    effect = Object.fromEntries(
      Object.entries(effect).map(([k, v]) => [k, v * one[k as keyof Ar1Effect]]),
    ) as unknown as Ar1Effect;
    return { metric, factor: f };
  });
  return { effect, improved };
}

function layoutOf(layout: Ar1Layout, E: number, bv: string, cv: string, effect: Ar1Effect, charges: number) {
  if (layout === 'sequential') {
    const deploy = E - 65 * 60;
    return {
      dataStart: E - 195 * 60,
      segments: [
        { version: bv, from: E - 195 * 60, to: deploy, share: 1, effect: NO_EFFECT, chargesAtStart: charges },
        { version: cv, from: deploy, to: E, share: 1, effect, chargesAtStart: 0 },
      ],
      baselineWindow: { start: deploy - 120 * 60, end: deploy },
      candidateWindow: { start: E - 3600, end: E },
    };
  }
  return {
    dataStart: E - 75 * 60,
    segments: [
      { version: bv, from: E - 75 * 60, to: E, share: 0.5, effect: NO_EFFECT, chargesAtStart: charges },
      { version: cv, from: E - 75 * 60, to: E, share: 0.5, effect, chargesAtStart: 0 },
    ],
    baselineWindow: { start: E - 3600, end: E },
    candidateWindow: { start: E - 3600, end: E },
  };
}

export function buildAr1Scenarios(seed: number, set: 'small' | 'full', end: number): Ar1Scenario[] {
  const r = new Rand(`ar1-scenarios:${seed}`);
  const list = specs(set);
  const strata = new Map<Category, Array<{ traffic: Ar1Traffic; noise: Ar1Noise; layout: Ar1Layout }>>();
  for (const cat of ['unchanged', 'improvement', 'regression'] as Category[]) {
    const n = list.filter((s) => s.category === cat).length;
    const cr = r.child(`quota:${cat}`);
    const tr = quota(cr, n, TRAFFIC);
    const no = quota(cr, n, NOISE);
    const la = quota(cr, n, LAYOUT);
    strata.set(
      cat,
      tr.map((traffic, i) => ({ traffic, noise: no[i]!, layout: la[i]! })),
    );
  }
  const used = new Map<Category, number>();
  const assigned = list.map((s) => {
    const i = used.get(s.category) ?? 0;
    used.set(s.category, i + 1);
    return { ...s, ...strata.get(s.category)![i]! };
  });
  r.shuffle(assigned);
  return assigned.map((a, i) => {
    const service = `ar1-${String(i + 1).padStart(4, '0')}`;
    const sr = r.child(service);
    const environment = sr.next() < 0.7 ? 'prod' : 'stg';
    const profile = ar1Profile(sr.child('profile'), service, environment, a.traffic, a.noise);
    const major = sr.int(1, 9);
    const minor = sr.int(0, 30);
    const [bv, cv] = [`${major}.${minor}.${sr.int(0, 9)}`, `${major}.${minor + 1}.0`];
    let effect = NO_EFFECT;
    let improved: BenchTruth['improved'];
    if (a.category === 'regression') effect = ar1Regression(a.metric!, a.size!);
    if (a.category === 'improvement') ({ effect, improved } = improvement(sr.child('improvement')));
    const lay = layoutOf(a.layout, end, bv, cv, effect, Math.round(sr.uniform(50, 5000) * 100) / 100);
    const truth: BenchTruth = {
      id: service,
      category: a.category,
      ...(a.metric
        ? {
            metric: a.metric,
            size: a.size,
            sizeLabel: a.metric === 'error_rate' ? `x${a.size}` : `${Math.round(a.size! * 100)}%`,
          }
        : {}),
      ...(improved ? { improved } : {}),
      traffic: a.traffic,
      noise: a.noise,
      layout: a.layout,
      service,
      environment,
      baselineVersion: bv,
      candidateVersion: cv,
      baselineWindow: lay.baselineWindow,
      candidateWindow: lay.candidateWindow,
    };
    return { truth, profile, segments: lay.segments, dataStart: lay.dataStart, end };
  });
}

export const ar1World: World = {
  name: 'ar1',
  heldOutSeed: AR1_HELD_OUT_SEED,
  tuningSeeds: [1, 2, 3],
  seedMeaning: 'fixes every profile, version, random number and which scenario gets which effect',
  build(opts: WorldOptions): WorldBuild {
    let scenarios = buildAr1Scenarios(opts.seed, opts.set, opts.end);
    if (opts.limit !== undefined) scenarios = scenarios.slice(0, opts.limit);
    return {
      world: 'ar1',
      description:
        'independent generator: AR(1) gauges (phi 0.9 per 30 s scrape), diurnal load up to ±30%, no between-release shift; 2 h baseline before a 1 h candidate, or side by side',
      scenarios: scenarios.map((s) => s.truth),
      configs: {},
      notes: [],
      sampleInterval: 30,
      write(dir: string) {
        const families: FamilyData[] = [];
        for (const s of scenarios) families.push(...simulateAr1(s.profile, s.segments, s.dataStart, s.end, opts.seed));
        return writeFamilies(families, dir, `ar1-${opts.seed}`);
      },
    };
  },
};
