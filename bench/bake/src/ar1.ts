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
  const rps = spec.rps ?? 40;
  const classes = [
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
  const load = (t: number) => 1 + amplitude * Math.sin((2 * Math.PI * t) / 86400 + phase);
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
  const effects = effectsOf(spec, bakeStart);
  const base: Array<[string, string]> = [
    ['service', service],
    ['env', 'prod'],
  ];
  const fam = (name: string, type: Family['type'], help: string, unit?: string): Family => ({
    name,
    type,
    help,
    ...(unit ? { unit } : {}),
    metrics: [],
  });
  const hist = fam('http_request_duration_seconds', 'histogram', 'HTTP request latency.', 'seconds');
  const requests = fam('requests', 'counter', 'HTTP requests served.');
  const errors = fam('errors', 'counter', 'HTTP requests that failed.');
  const cpu = fam('cpu_utilization', 'gauge', 'CPU utilization of the pod, percent.');
  const memory = fam('memory_utilization', 'gauge', 'Memory utilization of the pod, percent of limit.');
  const targets: Telemetry['targets'] = [];
  const pods: Telemetry['pods'] = [];
  const lesText = [...LES.map((l) => (Number.isInteger(l) ? `${l}.0` : String(l))), '+Inf'];

  for (const [version, from, to] of [
    ['v1', start, bakeStart],
    ['v2', bakeStart, end],
  ] as const) {
    for (let p = 0; p < PODS; p++) {
      const pr = rng.fork(`pod:${version}:${p}`);
      const instance = `10.${pr.int(64, 127)}.${pr.int(0, 255)}.${pr.int(2, 254)}:9090`;
      const target = targets.push({ instance, offset: Math.round(pr.uniform(0, DT) * 1000) / 1000 }) - 1;
      // Random restarts and gaps (per pod), plus the spec's forced restarts of the candidate.
      const restarts: number[] = [];
      for (let t = from + pr.exponential(0.3 / 3600); t < to; t += pr.exponential(0.3 / 3600)) restarts.push(t);
      if (version === 'v2')
        for (const [i, a] of (spec.restarts ?? []).entries()) if (i % PODS === p) restarts.push(bakeStart + a);
      restarts.sort((a, b) => a - b);
      const gaps: Array<[number, number]> = [];
      for (let t = from + pr.exponential(0.3 / 3600); t < to; t += pr.exponential(0.3 / 3600))
        gaps.push([t, t + pr.uniform(60, 120)]);
      pods.push({ version, instance, speed: 1, cpuFactor: 1, memFactor: 1, weight: 1, restarts });
      const plabels: Array<[string, string]> = [...base, ['version', version], ['instance', instance]];
      const per = classes.map((c) => {
        const labels = renderLabels([...plabels, ['method', c.method]]);
        const h: HistogramMetric = {
          kind: 'histogram',
          labels,
          target,
          les: lesText,
          buckets: lesText.map(() => series(ticks)),
          count: series(ticks),
          sum: series(ticks),
        };
        const req: ScalarMetric = { kind: 'scalar', name: 'requests_total', labels, target, values: series(ticks) };
        const err: ScalarMetric = { kind: 'scalar', name: 'errors_total', labels, target, values: series(ticks) };
        hist.metrics.push(h);
        requests.metrics.push(req);
        errors.metrics.push(err);
        return { h, req, err, cum: new Float64Array(LES.length + 1), sum: 0, n: 0, e: 0 };
      });
      const pl = renderLabels(plabels);
      const cpuS: ScalarMetric = { kind: 'scalar', name: 'cpu_utilization', labels: pl, target, values: series(ticks) };
      const memS: ScalarMetric = {
        kind: 'scalar',
        name: 'memory_utilization',
        labels: pl,
        target,
        values: series(ticks),
      };
      cpu.metrics.push(cpuS);
      memory.metrics.push(memS);
      const cpuBase = pr.uniform(15, 30);
      const memBase = pr.uniform(35, 50);
      let r = 0;
      const probs = new Float64Array(LES.length + 1);
      const counts = new Float64Array(LES.length + 1);
      for (let k = 0; k < ticks; k++) {
        const t = start + k * DT;
        if (t <= from || t > to) continue;
        let reset = false;
        while (r < restarts.length && (restarts[r] as number) <= t) {
          reset = true;
          r++;
        }
        const l = load(t);
        for (const [c, cls] of classes.entries()) {
          const s = per[c] as (typeof per)[number];
          if (reset) {
            s.cum.fill(0);
            s.sum = 0;
            s.n = 0;
            s.e = 0;
          }
          const n = pr.poisson((cls.rate / PODS) * l * DT);
          const mu =
            Math.log(cls.median) + (noise[c] as Float64Array)[k]! + 0.25 * Math.log(l) + Math.log(effects.latency(t));
          let prev = 0;
          for (let b = 0; b < LES.length; b++) {
            const cdf = normalCdf((Math.log(LES[b] as number) - mu) / cls.sigma);
            probs[b] = cdf - prev;
            prev = cdf;
          }
          probs[LES.length] = 1 - prev;
          pr.multinomial(n, probs, counts);
          let acc = 0;
          for (let b = 0; b <= LES.length; b++) {
            acc += counts[b] as number;
            s.cum[b] = (s.cum[b] as number) + acc;
          }
          s.n += n;
          s.sum += n * Math.exp(mu + (cls.sigma * cls.sigma) / 2);
          s.e += pr.binomial(n, Math.min(1, errorP * effects.errors(t)));
          const down = reset || effects.gap(t) || gaps.some(([a, b]) => t >= a && t < b);
          if (down) continue;
          for (let b = 0; b <= LES.length; b++) (s.h.buckets[b] as Float64Array)[k] = s.cum[b] as number;
          s.h.count[k] = s.n;
          s.h.sum[k] = s.sum;
          s.req.values[k] = s.n;
          s.err.values[k] = s.e;
        }
        const down = reset || effects.gap(t) || gaps.some(([a, b]) => t >= a && t < b);
        if (!down) {
          cpuS.values[k] = cpuBase * (0.7 + 0.3 * l) + pr.normal(0, 1);
          memS.values[k] = memBase + pr.normal(0, 0.5);
        }
      }
    }
  }
  const onset =
    spec.kind === 'unchanged'
      ? undefined
      : bakeStart + (spec.onsetAfter ?? (spec.kind === 'spike' || spec.kind === 'scrape-gap' ? 600 : 0));
  return {
    scenario: {
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
      ...(spec.kind === 'spike' || spec.kind === 'scrape-gap'
        ? { length: spec.lengthSeconds ?? (spec.kind === 'spike' ? 180 : 720) }
        : {}),
      expected: spec.expected,
      start,
      end,
    },
    telemetry: {
      service,
      start,
      interval: DT,
      ticks,
      end,
      targets,
      families: [hist, requests, errors, cpu, memory],
      pods,
    },
  };
}
