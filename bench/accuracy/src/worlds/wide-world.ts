/**
 * The "wide" world: the ar1 model (ar1.ts) with its parameters drawn per scenario from wide ranges, so that no
 * constant of the judge can fit one world's structure:
 *
 * - lag-1 autocorrelation of the gauges (and of the latency wobble) per scrape 0.5–0.98;
 * - scrape interval 10–60 s;
 * - candidate window 15 min–6 h (log-uniform);
 * - layouts: sequential (a baseline window of 1–2× the candidate's, ending at the deploy 5 minutes before the
 *   candidate window), side by side (both versions on half the traffic, same window), and the same hours one
 *   day earlier (the baseline version's data only around yesterday's window and before the deploy);
 * - 1–100k requests/min (log-uniform), error probability 0.05–2% (reads; writes 1–2× that);
 * - gauge noise sd 2–15% (cpu and memory, averaged over pods: `avg`), queue age log-sd 0.08–0.4 (`max`),
 *   counters (requests, errors, ingest events, charges) and latency histograms.
 *
 * Strata: traffic is the request rate's band (very-low < 20/min, low < 300/min, normal < 5000/min, high),
 * noise the gauge sd's band, layout the layout. The metrics, sizes and scenario counts are ar1's.
 */
import type { BenchTruth, Category } from '../truth.js';
import {
  type Ar1Effect,
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
import { improvement, quota, specs } from './ar1-world.js';
import { type FamilyData, writeFamilies } from './openmetrics.js';
import { Rand } from './rng.js';
import type { World, WorldBuild, WorldOptions } from './world.js';

export const WIDE_HELD_OUT_SEED = 20261207;

export type WideLayout = 'sequential' | 'side-by-side' | 'previous-day';

const LAYOUT: Array<[WideLayout, number]> = [
  ['sequential', 0.4],
  ['side-by-side', 0.3],
  ['previous-day', 0.3],
];
const NOISE: Array<[Ar1Noise, number]> = [
  ['calm', 0.3],
  ['typical', 0.4],
  ['noisy', 0.3],
];
const GAUGE_SD: Record<Ar1Noise, [number, number]> = { calm: [0.02, 0.04], typical: [0.04, 0.08], noisy: [0.08, 0.15] };
const QUEUE_LOG_SD: Record<Ar1Noise, [number, number]> = {
  calm: [0.08, 0.15],
  typical: [0.15, 0.25],
  noisy: [0.25, 0.4],
};
const WOBBLE: Record<Ar1Noise, [number, number]> = { calm: [0.01, 0.03], typical: [0.03, 0.05], noisy: [0.05, 0.1] };

function logUniform(r: Rand, lo: number, hi: number): number {
  return Math.exp(r.uniform(Math.log(lo), Math.log(hi)));
}

/** The traffic band of a request rate (per minute). */
export function trafficOf(perMinute: number): Ar1Traffic {
  return perMinute < 20 ? 'very-low' : perMinute < 300 ? 'low' : perMinute < 5000 ? 'normal' : 'high';
}

export interface WideParams {
  step: number;
  phi: number;
  windowSeconds: number;
  /** Baseline window length over the candidate's (sequential only; 1 otherwise). */
  baselineFactor: number;
  requestsPerMinute: number;
  errorProb: number;
}

/** One scenario's parameters, drawn from the wide ranges. */
export function wideParams(r: Rand, layout: WideLayout): WideParams {
  const step = r.int(10, 60);
  const windowSeconds = Math.round(logUniform(r, 15, 360)) * 60;
  return {
    step,
    phi: Math.round(r.uniform(0.5, 0.98) * 1000) / 1000,
    windowSeconds,
    baselineFactor: layout === 'sequential' ? r.pick([1, 1.5, 2]) : 1,
    requestsPerMinute: logUniform(r, 1, 100_000),
    errorProb: logUniform(r, 0.0005, 0.02),
  };
}

function profileOf(r: Rand, service: string, environment: string, noise: Ar1Noise, w: WideParams): Ar1Profile {
  const traffic = trafficOf(w.requestsPerMinute);
  const p = ar1Profile(r.child('base'), service, environment, traffic, noise);
  return {
    ...p,
    requestRate: w.requestsPerMinute / 60,
    errorProb: { read: w.errorProb, write: Math.min(0.04, w.errorProb * r.uniform(1, 2)) },
    ingestPerMin: logUniform(r, 10, 100_000),
    step: w.step,
    phi: w.phi,
    gaugeSd: r.uniform(...GAUGE_SD[noise]),
    queueLogSd: r.uniform(...QUEUE_LOG_SD[noise]),
    latencyWobble: r.uniform(...WOBBLE[noise]),
  };
}

function layoutOf(
  layout: WideLayout,
  E: number,
  w: WideParams,
  bv: string,
  cv: string,
  effect: Ar1Effect,
  charges: number,
) {
  const W = w.windowSeconds;
  const candidateWindow = { start: E - W, end: E };
  const deploy = E - W - 300;
  const base = (from: number, to: number, key?: string): Ar1Segment => ({
    version: bv,
    from,
    to,
    share: 1,
    effect: NO_EFFECT,
    chargesAtStart: charges,
    ...(key ? { key } : {}),
  });
  const cand: Ar1Segment = { version: cv, from: deploy, to: E, share: 1, effect, chargesAtStart: 0 };
  if (layout === 'sequential') {
    const Wb = Math.round((W * w.baselineFactor) / 60) * 60;
    return {
      dataStart: deploy - Wb - 900,
      segments: [base(deploy - Wb - 900, deploy), cand],
      baselineWindow: { start: deploy - Wb, end: deploy },
      candidateWindow,
    };
  }
  if (layout === 'side-by-side') {
    return {
      dataStart: E - W - 900,
      segments: [
        { ...base(E - W - 900, E), share: 0.5 },
        { ...cand, from: E - W - 900, share: 0.5 },
      ],
      baselineWindow: candidateWindow,
      candidateWindow,
    };
  }
  const y = E - 86_400;
  return {
    dataStart: y - W - 900,
    segments: [base(y - W - 900, y + 900, 'yesterday'), base(deploy - 1800, deploy), cand],
    baselineWindow: { start: y - W, end: y },
    candidateWindow,
  };
}

export interface WideScenario {
  truth: BenchTruth;
  profile: Ar1Profile;
  segments: Ar1Segment[];
  dataStart: number;
  end: number;
  params: WideParams;
}

export function buildWideScenarios(seed: number, set: 'small' | 'full', end: number): WideScenario[] {
  const r = new Rand(`wide-scenarios:${seed}`);
  const list = specs(set);
  const strata = new Map<Category, Array<{ noise: Ar1Noise; layout: WideLayout }>>();
  for (const cat of ['unchanged', 'improvement', 'regression'] as Category[]) {
    const n = list.filter((s) => s.category === cat).length;
    const cr = r.child(`quota:${cat}`);
    const no = quota(cr, n, NOISE);
    const la = quota(cr, n, LAYOUT);
    strata.set(
      cat,
      no.map((noise, i) => ({ noise, layout: la[i]! })),
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
    const service = `wide-${String(i + 1).padStart(4, '0')}`;
    const sr = r.child(service);
    const environment = sr.next() < 0.7 ? 'prod' : 'stg';
    const params = wideParams(sr.child('params'), a.layout);
    const profile = profileOf(sr.child('profile'), service, environment, a.noise, params);
    const major = sr.int(1, 9);
    const minor = sr.int(0, 30);
    const [bv, cv] = [`${major}.${minor}.${sr.int(0, 9)}`, `${major}.${minor + 1}.0`];
    let effect = NO_EFFECT;
    let improved: BenchTruth['improved'];
    if (a.category === 'regression') effect = ar1Regression(a.metric as Ar1Metric, a.size!);
    if (a.category === 'improvement') ({ effect, improved } = improvement(sr.child('improvement')));
    const lay = layoutOf(a.layout, end, params, bv, cv, effect, Math.round(sr.uniform(50, 5000) * 100) / 100);
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
      traffic: profile.traffic,
      noise: a.noise,
      layout: a.layout,
      service,
      environment,
      baselineVersion: bv,
      candidateVersion: cv,
      baselineWindow: lay.baselineWindow,
      candidateWindow: lay.candidateWindow,
    };
    return { truth, profile, segments: lay.segments, dataStart: lay.dataStart, end, params };
  });
}

export const wideWorld: World = {
  name: 'wide',
  heldOutSeed: WIDE_HELD_OUT_SEED,
  tuningSeeds: [1, 2, 3],
  seedMeaning:
    "draws every scenario's parameters (autocorrelation, scrape, windows, layout, traffic, error rate, noise)",
  build(opts: WorldOptions): WorldBuild {
    let scenarios = buildWideScenarios(opts.seed, opts.set, opts.end);
    if (opts.limit !== undefined) scenarios = scenarios.slice(0, opts.limit);
    return {
      world: 'wide',
      description:
        'parameters drawn per scenario: autocorrelation 0.5–0.98 per scrape, scrapes 10–60 s, windows 15 min–6 h, sequential / side by side / same hours yesterday, 1–100k requests/min, error rates 0.05–2%',
      scenarios: scenarios.map((s) => s.truth),
      configs: {},
      notes: [],
      sampleInterval: 0,
      write(dir: string) {
        const families: FamilyData[] = [];
        for (const s of scenarios) families.push(...simulateAr1(s.profile, s.segments, s.dataStart, s.end, opts.seed));
        return writeFamilies(families, dir, `wide-${opts.seed}`);
      },
    };
  },
};
