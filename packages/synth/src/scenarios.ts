/**
 * Labelled release comparisons for the accuracy benchmark. Each scenario is one service (unique `service`
 * label), a baseline and a candidate version, their windows, and the ground truth. All scenarios of a seed
 * share one wall-clock span ending at `end`, so promtool backfills few blocks.
 *
 * Layouts (E = end):
 *   sequential    baseline runs until the deploy at E-65m; baseline window [E-125m, E-65m];
 *                 candidate pods start at the deploy, candidate window [E-60m, E] (5 min warm-up excluded).
 *                 Data span [E-130m, E] (5 min before the baseline window, for rate() look-behind).
 *   side-by-side  canary: candidate pods start at E-75m and take 50% of the traffic; both windows are
 *                 [E-60m, E]. Data span [E-75m, E].
 */
import { generateService, type Telemetry } from './generate.js';
import type { Effect, ServiceProfile, VersionSegment } from './model.js';
import { type NoiseLevel, randomProfile, type TrafficLevel } from './profiles.js';
import { Rng } from './random.js';

export const METRIC_IDS = [
  'latency_p95_read',
  'latency_p95_write',
  'throughput',
  'queue_age',
  'cpu',
  'memory',
  'error_rate',
  'cost_rate',
  'cost_per_1k_requests',
] as const;
export type MetricId = (typeof METRIC_IDS)[number];

export type Category = 'unchanged' | 'improvement' | 'regression';
export type Layout = 'sequential' | 'side-by-side';

/** Regression sizes: relative worsening of the metric's true value. */
export const SIZES = [0.05, 0.12, 0.2, 0.35, 0.6] as const;
/** Error-rate regressions are multipliers instead. */
export const ERROR_FACTORS = [2, 3, 5] as const;

export interface Window {
  start: number;
  end: number;
}

export interface GroundTruth {
  id: string;
  category: Category;
  /** Regressions: the metric whose true value was made worse. */
  metric?: MetricId;
  /**
   * Regressions: relative worsening (0.2 = 20% worse: p95 +20%, throughput -20%, cost growth +20%, ...);
   * for error_rate the multiplier (2, 3, 5).
   */
  size?: number;
  /** "20%" or "x3". */
  sizeLabel?: string;
  /** Improvements: metrics made better and the factor applied to their true value. */
  improved?: Array<{ metric: MetricId; factor: number }>;
  traffic: TrafficLevel;
  noise: NoiseLevel;
  layout: Layout;
  service: string;
  environment: string;
  baselineVersion: string;
  candidateVersion: string;
  baselineWindow: Window;
  candidateWindow: Window;
  /** The billing month rolled over (charges reset to ~0) inside the data. */
  billingReset: boolean;
}

export interface Scenario {
  truth: GroundTruth;
  profile: ServiceProfile;
  deployment: VersionSegment[];
  /** Data range. */
  start: number;
  end: number;
}

export type ScenarioSetSize = 'small' | 'full';

export interface ScenarioSetOptions {
  seed: number;
  /** End of the data (unix seconds), e.g. the last full hour minus one hour. */
  end: number;
  size?: ScenarioSetSize;
  /**
   * Length of the baseline and the candidate window, seconds (default 3600). Sequential: the baseline
   * window ends 5 minutes before the deploy, the candidate window starts 5 minutes after it; side by side:
   * the canary starts 15 minutes before both windows.
   */
  windowSeconds?: number;
}

/** Counts per category for a set size. */
export const SET_PLAN: Record<
  ScenarioSetSize,
  { unchanged: number; improvement: number; replicates: number; sizes: number[]; errorFactors: number[] }
> = {
  full: { unchanged: 270, improvement: 36, replicates: 4, sizes: [...SIZES], errorFactors: [...ERROR_FACTORS] },
  small: { unchanged: 24, improvement: 4, replicates: 1, sizes: [0.05, 0.2, 0.6], errorFactors: [2, 5] },
};

const TRAFFIC_MIX: Array<[TrafficLevel, number]> = [
  ['very-low', 0.15],
  ['low', 0.2],
  ['normal', 0.4],
  ['high', 0.25],
];
const NOISE_MIX: Array<[NoiseLevel, number]> = [
  ['calm', 0.25],
  ['typical', 0.5],
  ['noisy', 0.25],
];
const LAYOUT_MIX: Array<[Layout, number]> = [
  ['sequential', 0.7],
  ['side-by-side', 0.3],
];

/** n values with counts proportional to the weights (largest remainder), shuffled. */
function quota<T>(rng: Rng, n: number, mix: Array<[T, number]>): T[] {
  const total = mix.reduce((a, [, w]) => a + w, 0);
  const exact = mix.map(([v, w]) => ({ v, x: (n * w) / total }));
  const out: T[] = [];
  for (const e of exact) for (let i = 0; i < Math.floor(e.x); i++) out.push(e.v);
  const rest = [...exact].sort((a, b) => (b.x % 1) - (a.x % 1));
  for (let i = 0; out.length < n; i++) out.push(rest[i % rest.length]!.v);
  return rng.shuffle(out);
}

/** The effect that makes `metric` worse by `size` (see GroundTruth.size). */
export function regressionEffect(metric: MetricId, size: number): Effect {
  switch (metric) {
    case 'latency_p95_read':
      return { latency: { read: 1 + size } };
    case 'latency_p95_write':
      return { latency: { write: 1 + size } };
    case 'throughput':
      return { throughput: 1 - size };
    case 'queue_age':
      return { queueAge: 1 + size };
    case 'cpu':
      return { cpu: 1 + size };
    case 'memory':
      return { memory: 1 + size };
    case 'error_rate':
      return { errors: size };
    case 'cost_rate':
    case 'cost_per_1k_requests':
      // Requests are unchanged, so cost per 1k requests moves with the cost growth.
      return { cost: 1 + size };
  }
}

/** The effect that makes `metric` better: factor < 1 for higher-is-worse metrics, > 1 for throughput. */
function improvementEffect(metric: MetricId, factor: number): Effect {
  switch (metric) {
    case 'latency_p95_read':
      return { latency: { read: factor } };
    case 'latency_p95_write':
      return { latency: { write: factor } };
    case 'throughput':
      return { throughput: factor };
    case 'queue_age':
      return { queueAge: factor };
    case 'cpu':
      return { cpu: factor };
    case 'memory':
      return { memory: factor };
    case 'error_rate':
      return { errors: factor };
    case 'cost_rate':
    case 'cost_per_1k_requests':
      return { cost: factor };
  }
}

const IMPROVABLE: MetricId[] = [
  'latency_p95_read',
  'latency_p95_write',
  'throughput',
  'queue_age',
  'cpu',
  'memory',
  'error_rate',
  'cost_rate',
];

function improvementFactor(rng: Rng, metric: MetricId): number {
  switch (metric) {
    case 'throughput':
      return rng.uniform(1.15, 1.5);
    case 'error_rate':
      return rng.uniform(0.3, 0.6);
    case 'memory':
      return rng.uniform(0.7, 0.9);
    default:
      return rng.uniform(0.6, 0.85);
  }
}

function versions(rng: Rng): [string, string] {
  const style = rng.int(0, 3);
  const maj = rng.int(0, 9);
  const min = rng.int(0, 40);
  const patch = rng.int(0, 20);
  const sha = () => rng.nextU32().toString(16).padStart(8, '0').slice(0, 7);
  switch (style) {
    case 0:
      return rng.bernoulli(0.5)
        ? [`${maj}.${min}.${patch}`, `${maj}.${min}.${patch + 1}`]
        : [`${maj}.${min}.${patch}`, `${maj}.${min + 1}.0`];
    case 1:
      return [`v${maj}.${min}.${patch}`, `v${maj}.${min}.${patch + rng.int(1, 3)}`];
    case 2: {
      const d = rng.int(1, 20);
      return [
        `2026.11.${String(d).padStart(2, '0')}-${sha()}`,
        `2026.11.${String(d + rng.int(1, 7)).padStart(2, '0')}-${sha()}`,
      ];
    }
    default: {
      const b = rng.int(1000, 9000);
      return [`build-${b}`, `build-${b + rng.int(1, 40)}`];
    }
  }
}

interface Spec {
  category: Category;
  metric?: MetricId;
  size?: number;
  sizeLabel?: string;
}

type Assigned = Spec & { traffic: TrafficLevel; noise: NoiseLevel; layout: Layout };

export function buildScenarios(opts: ScenarioSetOptions): Scenario[] {
  const plan = SET_PLAN[opts.size ?? 'full'];
  const rng = new Rng(opts.seed).fork('scenarios');
  const W = opts.windowSeconds ?? 3600;
  if (!(Number.isInteger(W / 60) && W >= 600))
    throw new Error(`windowSeconds must be whole minutes, at least 600 s; got ${opts.windowSeconds}`);
  const assigned = assignQuotas(rng, scenarioSpecs(plan));
  // Service numbers are shuffled so they carry no information about the category.
  rng.shuffle(assigned);
  return assigned.map((a, i) => scenarioFor(rng, a, `svc-${String(i + 1).padStart(4, '0')}`, opts.end, W));
}

/** Unchanged and improved releases, then every regression metric × size × replicate. */
function scenarioSpecs(plan: (typeof SET_PLAN)[ScenarioSetSize]): Spec[] {
  const specs: Spec[] = [];
  for (let i = 0; i < plan.unchanged; i++) specs.push({ category: 'unchanged' });
  for (let i = 0; i < plan.improvement; i++) specs.push({ category: 'improvement' });
  for (const metric of METRIC_IDS) {
    const sizes = metric === 'error_rate' ? plan.errorFactors : plan.sizes;
    for (const size of sizes)
      for (let r = 0; r < plan.replicates; r++)
        specs.push({
          category: 'regression',
          metric,
          size,
          sizeLabel: metric === 'error_rate' ? `x${size}` : `${Math.round(size * 100)}%`,
        });
  }
  return specs;
}

/** Traffic, noise and layout are assigned by quota within each category, so every category covers them. */
function assignQuotas(rng: Rng, specs: Spec[]): Assigned[] {
  const byCat = new Map<Category, Spec[]>();
  for (const s of specs) byCat.set(s.category, [...(byCat.get(s.category) ?? []), s]);
  const assigned: Assigned[] = [];
  for (const [cat, list] of byCat) {
    const cr = rng.fork(`quota:${cat}`);
    const tr = quota(cr, list.length, TRAFFIC_MIX);
    const no = quota(cr, list.length, NOISE_MIX);
    const la = quota(cr, list.length, LAYOUT_MIX);
    list.forEach((s, i) => {
      assigned.push({ ...s, traffic: tr[i]!, noise: no[i]!, layout: la[i]! });
    });
  }
  return assigned;
}

/** The effects of the release: one regression, or 1-3 improved metrics. */
function releaseEffects(sr: Rng, a: Assigned): { effects: Effect[]; improved?: GroundTruth['improved'] } {
  const effects: Effect[] = [];
  if (a.category === 'regression') effects.push(regressionEffect(a.metric!, a.size!));
  if (a.category !== 'improvement') return { effects };
  const n = sr.weighted<number>([
    [1, 0.5],
    [2, 0.35],
    [3, 0.15],
  ]);
  const ms = sr.shuffle([...IMPROVABLE]).slice(0, n);
  const improved = ms.map((metric) => ({ metric, factor: Math.round(improvementFactor(sr, metric) * 1000) / 1000 }));
  for (const im of improved) effects.push(improvementEffect(im.metric, im.factor));
  return { effects, improved };
}

/**
 * The deployment and the windows. Sequential: the baseline window ends 5 minutes before the deploy, the
 * candidate window starts 5 minutes after it. Side by side: the canary starts 15 minutes before both windows.
 */
function layoutWindows(
  layout: Layout,
  E: number,
  W: number,
  release: { bv: string; cv: string; longAgo: number; effects: Effect[]; instances: number },
): { start: number; deployment: VersionSegment[]; baselineWindow: Window; candidateWindow: Window } {
  const { bv, cv, longAgo, effects } = release;
  if (layout === 'sequential') {
    const deploy = E - W - 5 * 60;
    return {
      start: E - 2 * W - 10 * 60,
      deployment: [
        { version: bv, start: longAgo, startedAt: longAgo, end: deploy },
        { version: cv, start: deploy, end: E + 3600, effects },
      ],
      baselineWindow: { start: deploy - W, end: deploy },
      candidateWindow: { start: E - W, end: E },
    };
  }
  const canary = E - W - 15 * 60;
  return {
    start: canary,
    deployment: [
      { version: bv, start: longAgo, startedAt: longAgo, end: E + 3600, share: 0.5 },
      { version: cv, start: canary, end: E + 3600, share: 0.5, instances: release.instances, effects },
    ],
    baselineWindow: { start: E - W, end: E },
    candidateWindow: { start: E - W, end: E },
  };
}

function scenarioFor(rng: Rng, a: Assigned, service: string, E: number, W: number): Scenario {
  const sr = rng.fork(`scenario:${service}`);
  const environment = sr.weighted<string>([
    ['prod', 0.7],
    ['stg', 0.3],
  ]);
  const profile = randomProfile(sr.fork('profile'), { service, environment, traffic: a.traffic, noise: a.noise });
  const [bv, cv] = versions(sr.fork('versions'));
  const { effects, improved } = releaseEffects(sr, a);
  const longAgo = E - sr.uniform(2, 14) * 86400;
  const { start, deployment, baselineWindow, candidateWindow } = layoutWindows(a.layout, E, W, {
    bv,
    cv,
    longAgo,
    effects,
    instances: profile.instances,
  });
  const billingReset = sr.bernoulli(0.08);
  if (billingReset) profile.cost.monthResetAt = Math.round(sr.uniform(start + 600, E - 300));
  const truth: GroundTruth = {
    id: service,
    category: a.category,
    ...(a.metric ? { metric: a.metric, size: a.size, sizeLabel: a.sizeLabel } : {}),
    ...(improved ? { improved } : {}),
    traffic: a.traffic,
    noise: a.noise,
    layout: a.layout,
    service,
    environment,
    baselineVersion: bv,
    candidateVersion: cv,
    baselineWindow,
    candidateWindow,
    billingReset,
  };
  return { truth, profile, deployment, start, end: E };
}

/** Simulates one scenario (deterministic for a seed). */
export function generateScenario(s: Scenario, seed: number, scrapeInterval = 15): Telemetry {
  return generateService({
    profile: s.profile,
    deployment: s.deployment,
    start: s.start,
    end: s.end,
    seed,
    scrapeInterval,
  });
}

/** The default data end: the last full hour minus one hour. */
export function defaultEnd(now = Date.now() / 1000): number {
  return Math.floor(now / 3600) * 3600 - 3600;
}
