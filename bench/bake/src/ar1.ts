/**
 * A second bake generator, of a different structure from @driftgate/synth (bakes.ts), so that the bake
 * rules are not measured only on the process they were written against:
 *
 *   - one latency process per method class, shared by the baseline and the candidate (no between-release
 *     shift): log-latency noise AR(1) with phi = 0.9 per 30-second scrape (correlation time ~5 min) and a
 *     marginal sigma drawn per service (3-8%), instead of synth's slowdown episodes and per-pod speeds;
 *   - diurnal load of up to +-30% (24-hour sinusoid, random phase) that drives traffic and, a little
 *     (elasticity 0.25), latency;
 *   - 30-second scrapes, two pods per version, its own histogram buckets, requests counted per scrape from
 *     Poisson arrivals and bucketed with a multinomial draw;
 *   - random scrape gaps (per pod, 1-2 min, ~0.3 per hour) and pod restarts (counter resets, ~0.3 per hour
 *     per pod), plus the forced ones of the spec.
 * It reads the same BakeSpec as bakes.ts (kinds, onsets, factors, write traffic, standing SLO violations,
 * restarts) and writes the same metric names and labels (the PERF-003 catalog's), rendered by synth's
 * OpenMetrics writer.
 */
import {
  type Family,
  type HistogramMetric,
  normalCdf,
  Rng,
  renderLabels,
  type ScalarMetric,
  type Telemetry,
} from '@driftgate/synth';
import type { BakeScenario, BakeSpec } from './bakes.js';

const DT = 30;
const PHI = 0.9;
const PODS = 2;
const LES = [0.01, 0.02, 0.04, 0.06, 0.08, 0.1, 0.13, 0.16, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.8, 1, 1.5, 2, 3, 5];

/** The parts of a bake the benchmark needs (both generators produce them). */
export type BakeCase = Pick<
  BakeScenario,
  | 'id'
  | 'kind'
  | 'service'
  | 'environment'
  | 'baselineVersion'
  | 'candidateVersion'
  | 'bakeStart'
  | 'bakeSeconds'
  | 'onset'
  | 'factor'
  | 'length'
  | 'expected'
  | 'start'
  | 'end'
>;

interface Effects {
  latency(t: number): number;
  errors(t: number): number;
  gap(t: number): boolean;
}

function effectsOf(spec: BakeSpec, bakeStart: number): Effects {
  const onset = bakeStart + (spec.onsetAfter ?? (spec.kind === 'spike' || spec.kind === 'scrape-gap' ? 600 : 0));
  const f = spec.factor ?? 1;
  const len = spec.lengthSeconds ?? (spec.kind === 'spike' ? 180 : 720);
  return {
    latency: (t) => {
      if (t < onset) return 1;
      if (spec.kind === 'latency-step' || spec.kind === 'drift') return f;
      if (spec.kind === 'latency-ramp') return 1 + (f - 1) * Math.min(1, (t - onset) / (spec.ramp ?? 120));
      if (spec.kind === 'spike') return t < onset + len ? f : 1;
      return 1;
    },
    errors: (t) => (spec.kind === 'error-surge' && t >= onset ? f : 1),
    gap: (t) => spec.kind === 'scrape-gap' && t >= onset && t < onset + len,
  };
}

function series(n: number): Float64Array {
  return new Float64Array(n).fill(Number.NaN);
}

interface MethodClass {
  method: string;
  rate: number;
  median: number;
  sigma: number;
}

/** What one bake's pods share: the grid, the classes, load, the latency processes and the effects. */
interface World {
  start: number;
  ticks: number;
  classes: MethodClass[];
  errorP: number;
  load: (t: number) => number;
  /** Log-latency AR(1) noise per class, per tick. */
  noise: Float64Array[];
  effects: Effects;
  families: { hist: Family; requests: Family; errors: Family; cpu: Family; memory: Family };
  lesText: string[];
}

function family(name: string, type: Family['type'], help: string, unit?: string): Family {
  return { name, type, help, ...(unit ? { unit } : {}), metrics: [] };
}

function world(spec: BakeSpec, rng: Rng, bakeStart: number, start: number, ticks: number): World {
  const rps = spec.rps ?? 40;
  const classes: MethodClass[] = [
    {
      method: 'GET',
      rate: rps * 0.65,
      median: spec.standingSlo ? rng.uniform(0.16, 0.18) : rng.uniform(0.03, 0.08),
      sigma: rng.uniform(0.35, 0.5),
    },
    {
      method: 'POST',
      rate: spec.writeRps ?? rps * 0.35,
      median: rng.uniform(0.08, 0.18),
      sigma: rng.uniform(0.3, 0.45),
    },
  ];
  const errorP = rng.uniform(0.0005, 0.002);
  const amplitude = rng.uniform(0, 0.3);
  const phase = rng.uniform(0, 2 * Math.PI);
  // One AR(1) log-latency process per method class, through the whole span (both versions).
  const noise = classes.map((_, c) => {
    const r = rng.fork(`noise:${c}`);
    const sigma = r.uniform(0.03, 0.08);
    const x = new Float64Array(ticks);
    let v = r.normal(0, sigma);
    for (let k = 0; k < ticks; k++) {
      v = PHI * v + Math.sqrt(1 - PHI * PHI) * r.normal(0, sigma);
      x[k] = v;
    }
    return x;
  });
  return {
    start,
    ticks,
    classes,
    errorP,
    // Relative to the bake start: the same bake whatever hour the benchmark runs at.
    load: (t) => 1 + amplitude * Math.sin((2 * Math.PI * (t - bakeStart)) / 86400 + phase),
    noise,
    effects: effectsOf(spec, bakeStart),
    families: {
      hist: family('http_request_duration_seconds', 'histogram', 'HTTP request latency.', 'seconds'),
      requests: family('requests', 'counter', 'HTTP requests served.'),
      errors: family('errors', 'counter', 'HTTP requests that failed.'),
      cpu: family('cpu_utilization', 'gauge', 'CPU utilization of the pod, percent.'),
      memory: family('memory_utilization', 'gauge', 'Memory utilization of the pod, percent of limit.'),
    },
    lesText: [...LES.map((l) => (Number.isInteger(l) ? `${l}.0` : String(l))), '+Inf'],
  };
}

/** Random restart times and scrape gaps of one pod over (from, to]: ~0.3 per hour each. */
function podEvents(pr: Rng, from: number, to: number, forced: number[]) {
  const restarts: number[] = [...forced];
  for (let t = from + pr.exponential(0.3 / 3600); t < to; t += pr.exponential(0.3 / 3600)) restarts.push(t);
  restarts.sort((a, b) => a - b);
  const gaps: Array<[number, number]> = [];
  for (let t = from + pr.exponential(0.3 / 3600); t < to; t += pr.exponential(0.3 / 3600))
    gaps.push([t, t + pr.uniform(60, 120)]);
  return { restarts, gaps };
}

/** The series of one pod × method class. */
function classSeries(w: World, labels: string, target: number) {
  const h: HistogramMetric = {
    kind: 'histogram',
    labels,
    target,
    les: w.lesText,
    buckets: w.lesText.map(() => series(w.ticks)),
    count: series(w.ticks),
    sum: series(w.ticks),
  };
  const req: ScalarMetric = { kind: 'scalar', name: 'requests_total', labels, target, values: series(w.ticks) };
  const err: ScalarMetric = { kind: 'scalar', name: 'errors_total', labels, target, values: series(w.ticks) };
  w.families.hist.metrics.push(h);
  w.families.requests.metrics.push(req);
  w.families.errors.metrics.push(err);
  return { h, req, err, cum: new Float64Array(LES.length + 1), sum: 0, n: 0, e: 0 };
}

/** One scrape interval of one class on one pod: Poisson arrivals, a multinomial over the buckets, errors. */
function scrape(w: World, pr: Rng, s: ReturnType<typeof classSeries>, c: number, k: number, t: number): void {
  const cls = w.classes[c] as MethodClass;
  const l = w.load(t);
  const n = pr.poisson((cls.rate / PODS) * l * DT);
  const mu =
    Math.log(cls.median) + (w.noise[c] as Float64Array)[k]! + 0.25 * Math.log(l) + Math.log(w.effects.latency(t));
  const probs = new Float64Array(LES.length + 1);
  let prev = 0;
  for (let b = 0; b < LES.length; b++) {
    const cdf = normalCdf((Math.log(LES[b] as number) - mu) / cls.sigma);
    probs[b] = cdf - prev;
    prev = cdf;
  }
  probs[LES.length] = 1 - prev;
  const counts = new Float64Array(LES.length + 1);
  pr.multinomial(n, probs, counts);
  let acc = 0;
  for (let b = 0; b <= LES.length; b++) {
    acc += counts[b] as number;
    s.cum[b] = (s.cum[b] as number) + acc;
  }
  s.n += n;
  s.sum += n * Math.exp(mu + (cls.sigma * cls.sigma) / 2);
  s.e += pr.binomial(n, Math.min(1, w.errorP * w.effects.errors(t)));
}

/** One pod of one version over (from, to]: counters, resets at restarts, no samples while down. */
function simulatePod(
  w: World,
  pr: Rng,
  plabels: Array<[string, string]>,
  target: number,
  from: number,
  to: number,
  restarts: number[],
  gaps: Array<[number, number]>,
): void {
  const per = w.classes.map((c) => classSeries(w, renderLabels([...plabels, ['method', c.method]]), target));
  const pl = renderLabels(plabels);
  const cpuS: ScalarMetric = { kind: 'scalar', name: 'cpu_utilization', labels: pl, target, values: series(w.ticks) };
  const memS: ScalarMetric = {
    kind: 'scalar',
    name: 'memory_utilization',
    labels: pl,
    target,
    values: series(w.ticks),
  };
  w.families.cpu.metrics.push(cpuS);
  w.families.memory.metrics.push(memS);
  const cpuBase = pr.uniform(15, 30);
  const memBase = pr.uniform(35, 50);
  let r = 0;
  for (let k = 0; k < w.ticks; k++) {
    const t = w.start + k * DT;
    if (t <= from || t > to) continue;
    let reset = false;
    while (r < restarts.length && (restarts[r] as number) <= t) {
      reset = true;
      r++;
    }
    const down = reset || w.effects.gap(t) || gaps.some(([a, b]) => t >= a && t < b);
    for (const [c, s] of per.entries()) {
      if (reset) {
        s.cum.fill(0);
        s.sum = 0;
        s.n = 0;
        s.e = 0;
      }
      scrape(w, pr, s, c, k, t);
      if (down) continue;
      for (let b = 0; b <= LES.length; b++) (s.h.buckets[b] as Float64Array)[k] = s.cum[b] as number;
      s.h.count[k] = s.n;
      s.h.sum[k] = s.sum;
      s.req.values[k] = s.n;
      s.err.values[k] = s.e;
    }
    if (!down) {
      cpuS.values[k] = cpuBase * (0.7 + 0.3 * w.load(t)) + pr.normal(0, 1);
      memS.values[k] = memBase + pr.normal(0, 0.5);
    }
  }
}

function scenarioOf(
  spec: BakeSpec,
  service: string,
  bakeStart: number,
  bakeSeconds: number,
  start: number,
  end: number,
): BakeCase {
  const timed = spec.kind === 'spike' || spec.kind === 'scrape-gap';
  const onset = spec.kind === 'unchanged' ? undefined : bakeStart + (spec.onsetAfter ?? (timed ? 600 : 0));
  return {
    id: spec.id,
    kind: spec.kind,
    service,
    environment: 'prod',
    baselineVersion: 'v1',
    candidateVersion: 'v2',
    bakeStart,
    bakeSeconds,
    ...(onset !== undefined ? { onset } : {}),
    ...(spec.factor !== undefined ? { factor: spec.factor } : {}),
    ...(timed ? { length: spec.lengthSeconds ?? (spec.kind === 'spike' ? 180 : 720) } : {}),
    expected: spec.expected,
    start,
    end,
  };
}

/** Build one bake: the scenario and its telemetry (data from an hour before the bake to 2 minutes after). */
export function makeAr1Bake(
  spec: BakeSpec,
  bakeStart: number,
  seed: number,
  bakeSeconds = 1800,
): { scenario: BakeCase; telemetry: Telemetry } {
  const service = `ar1-${spec.id}`;
  const rng = new Rng(seed).fork(`ar1:${service}`);
  const start = bakeStart - 3900;
  const end = bakeStart + bakeSeconds + 120;
  const ticks = Math.floor((end - start) / DT) + 1;
  const w = world(spec, rng, bakeStart, start, ticks);
  const targets: Telemetry['targets'] = [];
  const pods: Telemetry['pods'] = [];
  for (const [version, from, to] of [
    ['v1', start, bakeStart],
    ['v2', bakeStart, end],
  ] as const) {
    for (let p = 0; p < PODS; p++) {
      const pr = rng.fork(`pod:${version}:${p}`);
      const instance = `10.${pr.int(64, 127)}.${pr.int(0, 255)}.${pr.int(2, 254)}:9090`;
      const target = targets.push({ instance, offset: Math.round(pr.uniform(0, DT) * 1000) / 1000 }) - 1;
      // The spec's forced restarts are the candidate's, spread over its pods.
      const forced =
        version === 'v2' ? (spec.restarts ?? []).filter((_, i) => i % PODS === p).map((a) => bakeStart + a) : [];
      const { restarts, gaps } = podEvents(pr, from, to, forced);
      pods.push({ version, instance, speed: 1, cpuFactor: 1, memFactor: 1, weight: 1, restarts });
      const plabels: Array<[string, string]> = [
        ['service', service],
        ['env', 'prod'],
        ['version', version],
        ['instance', instance],
      ];
      simulatePod(w, pr, plabels, target, from, to, restarts, gaps);
    }
  }
  const f = w.families;
  return {
    scenario: scenarioOf(spec, service, bakeStart, bakeSeconds, start, end),
    telemetry: {
      service,
      start,
      interval: DT,
      ticks,
      end,
      targets,
      families: [f.hist, f.requests, f.errors, f.cpu, f.memory],
      pods,
    },
  };
}
