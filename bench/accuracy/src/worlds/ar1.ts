/**
 * The "ar1" world: a generator written independently of packages/synth, with a different structure.
 *
 * - No between-release shift: an unchanged candidate has exactly the baseline's parameters (same levels,
 *   same pod factors by pod index); only the random numbers differ.
 * - Gauges are AR(1) with phi = 0.9 per 30 s scrape (correlation time ~4.7 min): cpu and memory per pod
 *   (multiplicative noise around the level; cpu also follows 30% of the load deviation, a slow trend),
 *   SQS queue age per queue (log-AR(1)). Stationary relative sd 3% / 6% / 12% (calm / typical / noisy),
 *   queue age log-sd 0.1 / 0.2 / 0.35.
 * - Counters and histograms follow a diurnal load 1 + A sin(2 pi t / 24h + phase), A up to 0.3, with
 *   Poisson requests per pod, method and scrape; latency is log-normal per method class with a shared
 *   per-version AR(1) wobble (phi 0.9; sd 2% / 4% / 8%) and a 20% load sensitivity; errors binomial;
 *   ingest events Poisson; month-to-date charges accrue with the load and update every minute (cents).
 * - 30 s scrapes, no gaps, no restarts, no episodes.
 *
 * Layouts (E = data end): sequential — a 2 h baseline window [E-185m, E-65m], the deploy at E-65m, a 1 h
 * candidate window [E-60m, E]; side by side — both versions serve half of the traffic from E-75m, both
 * windows [E-60m, E] (same hours, different version label).
 */
import { type FamilyData, type Grid, type HistogramSeries, renderLabels, type ScalarSeries } from './openmetrics.js';
import { phi, Rand } from './rng.js';

export const AR1_PHI = 0.9;
export const AR1_STEP = 30;
export const AR1_MAX_AMPLITUDE = 0.3;
export const AR1_HELD_OUT_SEED = 20261203;

export type Ar1Metric =
  | 'latency_p95_read'
  | 'latency_p95_write'
  | 'throughput'
  | 'queue_age'
  | 'cpu'
  | 'memory'
  | 'error_rate'
  | 'cost_rate';

/** Multipliers of the true values (1 = unchanged). */
export interface Ar1Effect {
  read: number;
  write: number;
  throughput: number;
  queueAge: number;
  cpu: number;
  memory: number;
  errors: number;
  cost: number;
}

export const NO_EFFECT: Ar1Effect = {
  read: 1,
  write: 1,
  throughput: 1,
  queueAge: 1,
  cpu: 1,
  memory: 1,
  errors: 1,
  cost: 1,
};

const EFFECT_KEY: Record<Ar1Metric, keyof Ar1Effect> = {
  latency_p95_read: 'read',
  latency_p95_write: 'write',
  throughput: 'throughput',
  queue_age: 'queueAge',
  cpu: 'cpu',
  memory: 'memory',
  error_rate: 'errors',
  cost_rate: 'cost',
};

/** The effect that makes `metric` worse by `size` (error_rate: the factor). */
export function ar1Regression(metric: Ar1Metric, size: number): Ar1Effect {
  const v = metric === 'error_rate' ? size : metric === 'throughput' ? 1 - size : 1 + size;
  return { ...NO_EFFECT, [EFFECT_KEY[metric]]: v };
}

export type Ar1Traffic = 'very-low' | 'low' | 'normal' | 'high';
export type Ar1Noise = 'calm' | 'typical' | 'noisy';
export type Ar1Layout = 'sequential' | 'side-by-side';

const GAUGE_SD: Record<Ar1Noise, number> = { calm: 0.03, typical: 0.06, noisy: 0.12 };
const QUEUE_LOG_SD: Record<Ar1Noise, number> = { calm: 0.1, typical: 0.2, noisy: 0.35 };
const LATENCY_WOBBLE: Record<Ar1Noise, number> = { calm: 0.02, typical: 0.04, noisy: 0.08 };
/** Requests per second at nominal load (whole service). */
const REQUEST_RATE: Record<Ar1Traffic, [number, number]> = {
  'very-low': [0.05, 0.2],
  low: [0.5, 3],
  normal: [10, 50],
  high: [100, 300],
};
const INGEST_PER_MIN: Record<Ar1Traffic, [number, number]> = {
  'very-low': [5, 20],
  low: [200, 1000],
  normal: [5000, 20000],
  high: [30000, 80000],
};
export const READ_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
export const WRITE_BUCKETS = [0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10];

export interface Ar1Profile {
  service: string;
  environment: string;
  traffic: Ar1Traffic;
  noise: Ar1Noise;
  pods: number;
  amplitude: number;
  phase: number;
  /** Requests per second at nominal load; reads take `readShare`. */
  requestRate: number;
  readShare: number;
  latency: { read: { median: number; sigma: number }; write: { median: number; sigma: number } };
  errorProb: { read: number; write: number };
  ingestPerMin: number;
  cpuLevel: number;
  memoryLevel: number;
  queueLevel: number;
  costPerHour: number;
  /** Per pod index: level factors, identical for every version (no between-release shift). */
  podCpu: number[];
  podMemory: number[];
  podWeight: number[];
  /** Other worlds built on this model (wide.ts) set these per scenario; ar1 keeps its constants. */
  step?: number;
  /** Lag-1 autocorrelation per scrape of the gauges and the latency wobble. */
  phi?: number;
  gaugeSd?: number;
  queueLogSd?: number;
  latencyWobble?: number;
}

const stepOf = (p: Ar1Profile) => p.step ?? AR1_STEP;
const phiOf = (p: Ar1Profile) => p.phi ?? AR1_PHI;

export function ar1Profile(
  r: Rand,
  service: string,
  environment: string,
  traffic: Ar1Traffic,
  noise: Ar1Noise,
): Ar1Profile {
  const pods = r.int(2, 4);
  const podFactors = () => Array.from({ length: pods }, () => Math.exp(0.1 * r.normal()));
  return {
    service,
    environment,
    traffic,
    noise,
    pods,
    amplitude: r.uniform(0.1, AR1_MAX_AMPLITUDE),
    phase: r.uniform(0, 2 * Math.PI),
    requestRate: r.uniform(...REQUEST_RATE[traffic]),
    readShare: r.uniform(0.6, 0.9),
    latency: {
      read: { median: r.uniform(0.02, 0.08), sigma: r.uniform(0.4, 0.7) },
      write: { median: r.uniform(0.08, 0.3), sigma: r.uniform(0.35, 0.6) },
    },
    errorProb: { read: r.uniform(0.001, 0.005), write: r.uniform(0.002, 0.01) },
    ingestPerMin: r.uniform(...INGEST_PER_MIN[traffic]),
    cpuLevel: r.uniform(15, 50),
    memoryLevel: r.uniform(30, 60),
    queueLevel: r.uniform(5, 40),
    costPerHour: r.uniform(2, 40),
    podCpu: podFactors(),
    podMemory: podFactors(),
    podWeight: podFactors(),
  };
}

/** One version's pods: when they serve, what share of the traffic, with which effect. */
export interface Ar1Segment {
  version: string;
  from: number;
  to: number;
  share: number;
  effect: Ar1Effect;
  /** Month-to-date charges at `from`. */
  chargesAtStart: number;
  /** Random-stream key when a version serves in several segments (default: the version). */
  key?: string;
}

export function diurnalLoad(p: Ar1Profile, t: number): number {
  return 1 + p.amplitude * Math.sin((2 * Math.PI * t) / 86400 + p.phase);
}

/** x_k = phi x_{k-1} + sd sqrt(1 - phi^2) e_k, started from its stationary distribution. */
export function ar1Path(r: Rand, n: number, sd: number, phiValue = AR1_PHI): Float64Array {
  const out = new Float64Array(n);
  const innov = sd * Math.sqrt(1 - phiValue * phiValue);
  let x = sd * r.normal();
  for (let k = 0; k < n; k++) {
    if (k > 0) x = phiValue * x + innov * r.normal();
    out[k] = x;
  }
  return out;
}

interface SimCtx {
  p: Ar1Profile;
  seg: Ar1Segment;
  r: Rand;
  /** Tick times of the segment (the grid without the target offset). */
  start: number;
  ticks: number;
  load: Float64Array;
  base: Array<[string, string]>;
}

function grid(ctx: SimCtx, r: Rand): Grid {
  const step = stepOf(ctx.p);
  return { start: ctx.start, step, offset: Math.round(r.uniform(0, step) * 1000) / 1000 };
}

function nanSeries(n: number): Float64Array {
  return new Float64Array(n).fill(Number.NaN);
}

/** Bucket counts of n log-normal latencies (sequential binomials on the conditional probabilities), and their sum. */
function drawLatencies(r: Rand, n: number, mu: number, sigma: number, bounds: number[], into: Float64Array): number {
  let left = n;
  let pLeft = 1;
  let prevCdf = 0;
  for (let b = 0; b < bounds.length; b++) {
    const cdf = phi((Math.log(bounds[b]!) - mu) / sigma);
    const pb = cdf - prevCdf;
    const k = left > 0 && pLeft > 0 ? r.binomial(left, Math.min(1, pb / pLeft)) : 0;
    into[b] = k;
    left -= k;
    pLeft -= pb;
    prevCdf = cdf;
  }
  into[bounds.length] = left;
  if (n <= 30) {
    let s = 0;
    for (let i = 0; i < n; i++) s += Math.exp(mu + sigma * r.normal());
    return s;
  }
  const m = Math.exp(mu + (sigma * sigma) / 2);
  const v = (Math.exp(sigma * sigma) - 1) * m * m;
  return Math.max(0, n * m + Math.sqrt(n * v) * r.normal());
}

interface MethodSpec {
  method: string;
  cls: 'read' | 'write';
  share: number;
  bounds: number[];
}

function methods(p: Ar1Profile): MethodSpec[] {
  return [
    { method: 'GET', cls: 'read', share: p.readShare, bounds: READ_BUCKETS },
    { method: 'POST', cls: 'write', share: 1 - p.readShare, bounds: WRITE_BUCKETS },
  ];
}

function le(b: number): string {
  const s = String(b);
  return /[.e]/.test(s) ? s : `${s}.0`;
}

/** Requests, errors and latency histograms of one pod and method; ingest handled separately. */
function simulateHttp(
  ctx: SimCtx,
  pod: number,
  instance: string,
  g: Grid,
  wobble: Record<'read' | 'write', Float64Array>,
) {
  const { p, seg } = ctx;
  const out: { hist: HistogramSeries[]; requests: ScalarSeries[]; errors: ScalarSeries[] } = {
    hist: [],
    requests: [],
    errors: [],
  };
  const weightSum = p.podWeight.reduce((a, b) => a + b, 0);
  for (const m of methods(p)) {
    const r = ctx.r.child(`http:${pod}:${m.method}`);
    const labels = renderLabels([...ctx.base, ['instance', instance], ['method', m.method]]);
    const nb = m.bounds.length + 1;
    const h: HistogramSeries = {
      kind: 'histogram',
      labels,
      grid: g,
      les: [...m.bounds.map(le), '+Inf'],
      buckets: Array.from({ length: nb }, () => nanSeries(ctx.ticks)),
      count: nanSeries(ctx.ticks),
      sum: nanSeries(ctx.ticks),
    };
    const req: ScalarSeries = { kind: 'scalar', name: 'requests_total', labels, grid: g, values: nanSeries(ctx.ticks) };
    const err: ScalarSeries = { kind: 'scalar', name: 'errors_total', labels, grid: g, values: nanSeries(ctx.ticks) };
    const cum = new Float64Array(nb);
    const draw = new Float64Array(nb);
    let count = 0;
    let sum = 0;
    let errors = 0;
    const lat = p.latency[m.cls];
    const eff = m.cls === 'read' ? seg.effect.read : seg.effect.write;
    const pErr = Math.min(1, p.errorProb[m.cls] * seg.effect.errors);
    for (let k = 0; k < ctx.ticks; k++) {
      if (k > 0) {
        const load = ctx.load[k]!;
        const mean = ((p.requestRate * seg.share * m.share * p.podWeight[pod]!) / weightSum) * load * stepOf(p);
        const n = r.poisson(mean);
        const mu = Math.log(lat.median * (1 + 0.2 * (load - 1)) * eff) + wobble[m.cls][k]!;
        sum += drawLatencies(r, n, mu, lat.sigma, m.bounds, draw);
        for (let b = 0; b < nb; b++) cum[b]! += draw[b]!;
        count += n;
        errors += r.binomial(n, pErr);
      }
      let c = 0;
      for (let b = 0; b < nb; b++) {
        c += cum[b]!;
        h.buckets[b]![k] = c;
      }
      h.count[k] = count;
      h.sum[k] = sum;
      req.values[k] = count;
      err.values[k] = errors;
    }
    out.hist.push(h);
    out.requests.push(req);
    out.errors.push(err);
  }
  return out;
}

function simulatePod(ctx: SimCtx, pod: number, wobble: Record<'read' | 'write', Float64Array>) {
  const { p, seg } = ctx;
  const r = ctx.r.child(`pod:${pod}`);
  const instance = `10.${(pod * 37 + p.service.length) % 250}.${r.int(0, 250)}.${r.int(2, 250)}:8080`;
  const g = grid(ctx, r);
  const labels = renderLabels([...ctx.base, ['instance', instance]]);
  const http = simulateHttp(ctx, pod, instance, g, wobble);
  const sd = p.gaugeSd ?? GAUGE_SD[p.noise];
  const cpuNoise = ar1Path(r.child('cpu'), ctx.ticks, sd, phiOf(p));
  const memNoise = ar1Path(r.child('memory'), ctx.ticks, sd, phiOf(p));
  const cpu: ScalarSeries = {
    kind: 'scalar',
    name: 'cpu_utilization',
    labels,
    grid: g,
    values: new Float64Array(ctx.ticks),
  };
  const memory: ScalarSeries = {
    kind: 'scalar',
    name: 'memory_utilization',
    labels,
    grid: g,
    values: new Float64Array(ctx.ticks),
  };
  const ingest: ScalarSeries = {
    kind: 'scalar',
    name: 'ingest_events_total',
    labels,
    grid: g,
    values: new Float64Array(ctx.ticks),
  };
  const ir = r.child('ingest');
  const perPod = ((p.ingestPerMin / 60) * stepOf(p) * seg.share * seg.effect.throughput) / p.pods;
  let events = 0;
  for (let k = 0; k < ctx.ticks; k++) {
    const load = ctx.load[k]!;
    cpu.values[k] = round3(p.cpuLevel * p.podCpu[pod]! * seg.effect.cpu * (1 + 0.3 * (load - 1)) * (1 + cpuNoise[k]!));
    memory.values[k] = round3(p.memoryLevel * p.podMemory[pod]! * seg.effect.memory * (1 + memNoise[k]!));
    if (k > 0) events += ir.poisson(perPod * load);
    ingest.values[k] = events;
  }
  return { ...http, cpu, memory, ingest };
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** The exporter target of a version: queue age and month-to-date charges. */
function simulateExporter(ctx: SimCtx) {
  const { p, seg } = ctx;
  const r = ctx.r.child('exporter');
  const g = grid(ctx, r);
  const s = p.queueLogSd ?? QUEUE_LOG_SD[p.noise];
  const qNoise = ar1Path(r.child('queue'), ctx.ticks, s, phiOf(p));
  const step = stepOf(p);
  const queue: ScalarSeries = {
    kind: 'scalar',
    name: 'sqs_approximate_age_of_oldest_message_seconds',
    labels: renderLabels([...ctx.base, ['queue', `${p.service}-jobs`]]),
    grid: g,
    values: new Float64Array(ctx.ticks),
  };
  const charges: ScalarSeries = {
    kind: 'scalar',
    name: 'aws_billing_estimated_charges',
    labels: renderLabels(ctx.base),
    grid: g,
    values: new Float64Array(ctx.ticks),
  };
  const cr = r.child('charges');
  let accrued = seg.chargesAtStart;
  let shown = Math.round(accrued * 100) / 100;
  for (let k = 0; k < ctx.ticks; k++) {
    // Log-AR(1) with mean-preserving correction: E[age] = level x effect.
    queue.values[k] = round3(p.queueLevel * seg.effect.queueAge * Math.exp(qNoise[k]! - (s * s) / 2));
    if (k > 0)
      accrued +=
        (p.costPerHour / 3600) *
        step *
        seg.share *
        seg.effect.cost *
        (0.7 + 0.3 * ctx.load[k]!) *
        (1 + 0.05 * cr.normal());
    const t = ctx.start + k * step;
    if (Math.floor(t / 60) !== Math.floor((t - step) / 60)) shown = Math.round(accrued * 100) / 100;
    charges.values[k] = shown;
  }
  return { queue, charges };
}

const FAMILY_HELP: Record<string, [FamilyData['type'], string, string?]> = {
  http_request_duration_seconds: ['histogram', 'HTTP request latency.', 'seconds'],
  requests_total: ['counter', 'HTTP requests served.'],
  errors_total: ['counter', 'HTTP requests that failed.'],
  ingest_events_total: ['counter', 'Events ingested.'],
  cpu_utilization: ['gauge', 'CPU utilization of the pod, percent.'],
  memory_utilization: ['gauge', 'Memory utilization of the pod, percent of limit.'],
  sqs_approximate_age_of_oldest_message_seconds: ['gauge', 'SQS ApproximateAgeOfOldestMessage.', 'seconds'],
  aws_billing_estimated_charges: ['gauge', 'Month-to-date charges of the version (USD).'],
};

function family(name: string, series: FamilyData['series']): FamilyData {
  const [type, help, unit] = FAMILY_HELP[name]!;
  const familyName = type === 'counter' ? name.replace(/_total$/, '') : name;
  return { name: familyName, type, help, ...(unit ? { unit } : {}), series };
}

/** Simulates one service: every segment's pods and exporter. Deterministic for (seed, service). */
export function simulateAr1(
  p: Ar1Profile,
  segments: Ar1Segment[],
  dataStart: number,
  end: number,
  seed: number,
): FamilyData[] {
  const root = new Rand(`ar1:${seed}:${p.service}`);
  const by = new Map<string, FamilyData['series']>();
  const add = (name: string, s: FamilyData['series'][number]) => by.set(name, [...(by.get(name) ?? []), s]);
  const step = stepOf(p);
  for (const seg of segments) {
    const start = Math.ceil(Math.max(dataStart, seg.from) / step) * step;
    const ticks = Math.floor((Math.min(end, seg.to) - start) / step) + 1;
    if (ticks < 2) continue;
    const r = root.child(seg.key ?? `version:${seg.version}`);
    const load = new Float64Array(ticks);
    for (let k = 0; k < ticks; k++) load[k] = diurnalLoad(p, start + k * step);
    const base: Array<[string, string]> = [
      ['service', p.service],
      ['env', p.environment],
      ['version', seg.version],
    ];
    const ctx: SimCtx = { p, seg, r, start, ticks, load, base };
    const wob = p.latencyWobble ?? LATENCY_WOBBLE[p.noise];
    const wobble = {
      read: ar1Path(r.child('wobble:read'), ticks, wob, phiOf(p)),
      write: ar1Path(r.child('wobble:write'), ticks, wob, phiOf(p)),
    };
    for (let pod = 0; pod < p.pods; pod++) {
      const s = simulatePod(ctx, pod, wobble);
      for (const h of s.hist) add('http_request_duration_seconds', h);
      for (const x of s.requests) add('requests_total', x);
      for (const x of s.errors) add('errors_total', x);
      add('ingest_events_total', s.ingest);
      add('cpu_utilization', s.cpu);
      add('memory_utilization', s.memory);
    }
    const ex = simulateExporter(ctx);
    add('sqs_approximate_age_of_oldest_message_seconds', ex.queue);
    add('aws_billing_estimated_charges', ex.charges);
  }
  return [...by.entries()].map(([name, series]) => family(name, series));
}
