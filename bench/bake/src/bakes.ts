/**
 * Synthetic bakes for the post-deploy-verify tests and the bake benchmark, on top of @driftgate/synth:
 * one service per bake (unique `service` label), the stable version v1 serving until the deploy, then the
 * candidate v2 serving alone (blue/green cut-over) for the bake, with an optional injected effect that
 * starts at an onset (e.g. "1.8x p95 from minute 2"). All bakes of a set share one time span, so a single
 * promtool backfill serves them all.
 *
 * The profiles are healthy services (every PERF-003 SLO met by the baseline) with enough traffic that each
 * one-minute tick has the events the rules need (>= 200 reads and writes per minute), unless a spec asks
 * for a low-traffic write path (`writeRps`), a standing SLO violation (`standingSlo`: reads slow enough that
 * the baseline violates the p95 read SLO too) or forced pod restarts (`restarts`: counter resets).
 */
import {
  type Effect,
  generateService,
  NOISE,
  type NoiseLevel,
  Rng,
  randomProfile,
  type ServiceProfile,
  type Telemetry,
  type VersionSegment,
} from '@driftgate/synth';

export type BakeKind = 'unchanged' | 'latency-step' | 'latency-ramp' | 'error-surge' | 'drift' | 'spike' | 'scrape-gap';

export interface BakeScenario {
  id: string;
  kind: BakeKind;
  service: string;
  environment: string;
  baselineVersion: string;
  candidateVersion: string;
  /** Deploy = bake start (unix seconds, minute-aligned). */
  bakeStart: number;
  bakeSeconds: number;
  /** When the injected effect starts (unix seconds), if any. */
  onset?: number;
  /** spike / scrape-gap: how long it lasts (seconds). */
  length?: number;
  /** Latency factor (p95 read and write) or error factor of the effect. */
  factor?: number;
  /** When the latency effect first exceeds 1.5x (the ratio rule's threshold): the onset of a step, later for a ramp. */
  crossing?: number;
  /** The verdict a correct bake reaches. */
  expected: 'pass' | 'rollback' | 'ticket' | 'inconclusive';
  profile: ServiceProfile;
  deployment: VersionSegment[];
  /** Data span. */
  start: number;
  end: number;
}

export interface BakeSpec {
  id: string;
  kind: BakeKind;
  /** Seconds after the bake start. */
  onsetAfter?: number;
  factor?: number;
  /** spike: how long; scrape-gap: how long the gap lasts. */
  lengthSeconds?: number;
  /** latency-ramp: seconds to reach the full factor. */
  ramp?: number;
  noise?: NoiseLevel;
  /** Requests per second (whole service); default 40. */
  rps?: number;
  /** Write requests per second (whole service), instead of 40% of rps: 0.5 = ~150 writes per 5 minutes. */
  writeRps?: number;
  /** The read path violates its p95 SLO (0.3 s) in the baseline and the candidate alike. */
  standingSlo?: boolean;
  /** Forced pod restarts (counter resets) of the candidate, seconds after the bake start. */
  restarts?: number[];
  expected: BakeScenario['expected'];
}

/** A healthy profile: every SLO met, reads and writes busy enough for one-minute ticks. */
export function healthyProfile(
  service: string,
  seed: number,
  noise: NoiseLevel = 'typical',
  rps = 40,
  opts: { writeRps?: number; standingSlo?: boolean } = {},
): ServiceProfile {
  const rng = new Rng(seed).fork(`profile:${service}`);
  const p = randomProfile(rng, { service, environment: 'prod', traffic: 'normal', noise });
  const u = (lo: number, hi: number) => rng.uniform(lo, hi);
  const writes = opts.writeRps ?? rps * 0.4;
  return {
    ...p,
    methods: [
      {
        method: 'GET',
        rate: rps * 0.6,
        // standingSlo: p95 = median x e^(1.645 sigma) ~ 0.33-0.4 s > the 0.3 s SLO.
        latency: opts.standingSlo
          ? { median: u(0.16, 0.18), sigma: u(0.42, 0.46) }
          : { median: u(0.04, 0.07), sigma: u(0.4, 0.5) },
        errorProbability: u(0.0005, 0.0015),
      },
      {
        method: 'POST',
        rate: writes * 0.75,
        latency: { median: u(0.1, 0.14), sigma: u(0.35, 0.45) },
        errorProbability: u(0.0005, 0.0015),
      },
      {
        method: 'PUT',
        rate: writes * 0.25,
        latency: { median: u(0.1, 0.14), sigma: u(0.35, 0.45) },
        errorProbability: u(0.0005, 0.0015),
      },
    ],
    ingest: { ratePerMinute: u(25000, 40000), batchSize: 20 },
    queues: p.queues.map((q) => ({ ...q, ageSeconds: Math.min(q.ageSeconds, 20) })),
    cpu: { ...p.cpu, percent: Math.min(p.cpu.percent, 35) },
    memory: { ...p.memory, percent: Math.min(p.memory.percent, 50) },
    instances: 3,
    noise: NOISE[noise],
  };
}

function latency(factor: number, onset: number, ramp = 0): Effect {
  return { latency: { read: factor, write: factor }, onset, ...(ramp ? { ramp } : {}) };
}

/** Build one bake. `bakeStart` must be minute-aligned and at least an hour after `dataStart`. */
export function makeBake(spec: BakeSpec, bakeStart: number, seed: number, bakeSeconds = 1800): BakeScenario {
  const service = `bake-${spec.id}`;
  const drawn = healthyProfile(service, seed, spec.noise ?? 'typical', spec.rps ?? 40, {
    ...(spec.writeRps !== undefined ? { writeRps: spec.writeRps } : {}),
    ...(spec.standingSlo ? { standingSlo: true } : {}),
  });
  // The diurnal phase is drawn relative to the bake start, so a bake is the same whatever hour it runs at
  // (the benchmark's bakes are placed in the recent past of the clock).
  const phase = (drawn.diurnal.phase - (2 * Math.PI * (bakeStart % 86400)) / 86400) % (2 * Math.PI);
  const profile: ServiceProfile = { ...drawn, diurnal: { ...drawn.diurnal, phase } };
  const onset = spec.onsetAfter !== undefined ? bakeStart + spec.onsetAfter : undefined;
  const effects: Effect[] = [];
  const gaps: NonNullable<VersionSegment['gaps']> = [];
  const f = spec.factor ?? 1;
  switch (spec.kind) {
    case 'latency-step':
    case 'drift':
      effects.push(latency(f, onset ?? bakeStart));
      break;
    case 'latency-ramp':
      effects.push(latency(f, onset ?? bakeStart, spec.ramp ?? 120));
      break;
    case 'spike': {
      const at = onset ?? bakeStart + 600;
      effects.push(latency(f, at), latency(1 / f, at + (spec.lengthSeconds ?? 180)));
      break;
    }
    case 'error-surge':
      effects.push({ errors: f, onset: onset ?? bakeStart });
      break;
    case 'scrape-gap': {
      const at = onset ?? bakeStart + 600;
      gaps.push({ target: 'all', start: at, end: at + (spec.lengthSeconds ?? 720) });
      break;
    }
    case 'unchanged':
      break;
  }
  const start = bakeStart - 3900;
  const end = bakeStart + bakeSeconds + 120;
  const deployment: VersionSegment[] = [
    { version: 'v1', start, end: bakeStart, startedAt: bakeStart - 86400 },
    {
      version: 'v2',
      start: bakeStart,
      end,
      effects,
      ...(gaps.length ? { gaps } : {}),
      ...(spec.restarts?.length
        ? { restarts: spec.restarts.map((after, i) => ({ instance: i % 3, at: bakeStart + after })) }
        : {}),
    },
  ];
  return {
    id: spec.id,
    kind: spec.kind,
    service,
    environment: 'prod',
    baselineVersion: 'v1',
    candidateVersion: 'v2',
    bakeStart,
    bakeSeconds,
    ...(onset !== undefined
      ? { onset }
      : spec.kind === 'latency-step' || spec.kind === 'drift' || spec.kind === 'error-surge'
        ? { onset: bakeStart }
        : {}),
    ...(spec.factor !== undefined ? { factor: spec.factor } : {}),
    ...(spec.kind === 'spike' || spec.kind === 'scrape-gap'
      ? { onset: onset ?? bakeStart + 600, length: spec.lengthSeconds ?? (spec.kind === 'spike' ? 180 : 720) }
      : {}),
    ...(onset !== undefined && (spec.kind === 'latency-step' || spec.kind === 'latency-ramp') && f > 1.5
      ? { crossing: onset + (spec.kind === 'latency-ramp' ? ((spec.ramp ?? 120) * 0.5) / (f - 1) : 0) }
      : {}),
    expected: spec.expected,
    profile,
    deployment,
    start,
    end,
  };
}

export function generateBake(b: BakeScenario, seed: number, scrapeInterval = 15): Telemetry {
  return generateService({
    profile: b.profile,
    deployment: b.deployment,
    start: b.start,
    end: b.end,
    seed,
    scrapeInterval,
  });
}

/** The bakes every replay test runs (PERF-003 §4/§7 behaviours). */
export const TEST_BAKES: BakeSpec[] = [
  { id: 'unchanged', kind: 'unchanged', expected: 'pass' },
  { id: 'p95x1.8-from-2m', kind: 'latency-step', factor: 1.8, onsetAfter: 120, expected: 'rollback' },
  { id: 'p95x1.6-from-start', kind: 'latency-step', factor: 1.6, onsetAfter: 0, expected: 'rollback' },
  { id: 'error-surge', kind: 'error-surge', factor: 12, onsetAfter: 180, expected: 'rollback' },
  { id: 'drift-1.25', kind: 'drift', factor: 1.25, onsetAfter: 0, expected: 'ticket' },
  { id: 'spike-3m', kind: 'spike', factor: 1.8, onsetAfter: 600, lengthSeconds: 180, expected: 'pass' },
  { id: 'scrape-gap', kind: 'scrape-gap', onsetAfter: 480, lengthSeconds: 720, expected: 'inconclusive' },
];

/** A minute-aligned bake start far enough in the past for the whole bake to be replayable. */
export function pastBakeStart(now = Date.now() / 1000, bakeSeconds = 1800): number {
  return Math.floor((now - bakeSeconds - 900) / 3600) * 3600;
}
