/**
 * Random but realistic service profiles for a traffic level and a noise level.
 */
import {
  type MethodProfile,
  NOISE,
  type NoiseModel,
  type QueueProfile,
  READ_BUCKETS,
  type ServiceProfile,
  WRITE_BUCKETS,
  WRITE_BUCKETS_ALT,
} from './model.js';
import type { Rng } from './random.js';

export type TrafficLevel = 'very-low' | 'low' | 'normal' | 'high';
export type NoiseLevel = 'calm' | 'typical' | 'noisy';

/** Total requests per second at nominal load. */
export const TRAFFIC_RPS: Record<TrafficLevel, [number, number]> = {
  'very-low': [2 / 60, 8 / 60],
  low: [0.5, 2],
  normal: [10, 60],
  high: [150, 500],
};

const INGEST_PER_MIN: Record<TrafficLevel, [number, number]> = {
  'very-low': [10, 40],
  low: [200, 1000],
  normal: [3000, 20000],
  high: [20000, 80000],
};

const INGEST_BATCH: Record<TrafficLevel, [number, number]> = {
  'very-low': [1, 1],
  low: [1, 5],
  normal: [10, 50],
  high: [50, 200],
};

const COST_PER_HOUR: Record<TrafficLevel, [number, number]> = {
  'very-low': [0.2, 1],
  low: [0.5, 3],
  normal: [2, 15],
  high: [10, 60],
};

const QUEUE_EMPTY: Record<TrafficLevel, [number, number]> = {
  'very-low': [0.5, 0.8],
  low: [0.2, 0.5],
  normal: [0.02, 0.1],
  high: [0, 0.02],
};

const INSTANCES: Record<TrafficLevel, [number, number]> = {
  'very-low': [1, 2],
  low: [2, 2],
  normal: [2, 3],
  high: [3, 3],
};

const DIURNAL: Record<NoiseLevel, [number, number]> = {
  calm: [0.1, 0.2],
  typical: [0.15, 0.3],
  noisy: [0.25, 0.4],
};

const QUEUE_SPIKES: Record<NoiseLevel, number> = { calm: 0.1, typical: 0.3, noisy: 1 };

type Mix = Array<[method: string, share: number]>;
const MIXES: Array<[Mix, number]> = [
  [
    [
      ['GET', 0.6],
      ['POST', 0.25],
      ['PUT', 0.1],
      ['DELETE', 0.05],
    ],
    0.4,
  ],
  [
    [
      ['GET', 0.8],
      ['HEAD', 0.1],
      ['POST', 0.1],
    ],
    0.35,
  ],
  [
    [
      ['GET', 0.35],
      ['POST', 0.5],
      ['PATCH', 0.15],
    ],
    0.25,
  ],
];

function latencyFor(rng: Rng, method: string): MethodProfile['latency'] {
  const tail = rng.bernoulli(0.5) ? { probability: rng.uniform(0.005, 0.03), factor: rng.uniform(3, 8) } : undefined;
  switch (method) {
    case 'GET':
      return { median: rng.uniform(0.015, 0.08), sigma: rng.uniform(0.4, 0.8), tail };
    case 'HEAD':
      return { median: rng.uniform(0.005, 0.02), sigma: rng.uniform(0.4, 0.6) };
    case 'DELETE':
      return { median: rng.uniform(0.03, 0.15), sigma: rng.uniform(0.35, 0.7), tail };
    default:
      return { median: rng.uniform(0.06, 0.25), sigma: rng.uniform(0.35, 0.7), tail };
  }
}

export interface ProfileOptions {
  service: string;
  environment: string;
  traffic: TrafficLevel;
  noise: NoiseLevel;
  /** Override the noise model (default NOISE[noise]). */
  noiseModel?: NoiseModel;
}

export function randomProfile(rng: Rng, o: ProfileOptions): ServiceProfile {
  const rps = rng.uniform(...TRAFFIC_RPS[o.traffic]);
  const mix = rng.weighted(MIXES);
  const methods: MethodProfile[] = mix.map(([method, share]) => ({
    method,
    rate: rps * share * rng.uniform(0.8, 1.25),
    latency: latencyFor(rng, method),
    errorProbability: method === 'GET' || method === 'HEAD' ? rng.uniform(0.0005, 0.005) : rng.uniform(0.001, 0.01),
  }));
  const nQueues = rng.int(1, 2);
  const queues: QueueProfile[] = [];
  for (let i = 0; i < nQueues; i++) {
    queues.push({
      name: `${o.service}-${['events', 'jobs'][i]}`,
      ageSeconds: rng.uniform(2, 30),
      sigma: rng.uniform(0.2, 0.5),
      emptyProbability: rng.uniform(...QUEUE_EMPTY[o.traffic]),
      spikesPerHour: QUEUE_SPIKES[o.noise] * rng.uniform(0.5, 1.5),
    });
  }
  const perHour = rng.uniform(...COST_PER_HOUR[o.traffic]);
  const [bmin, bmax] = INGEST_BATCH[o.traffic];
  return {
    service: o.service,
    environment: o.environment,
    methods,
    buckets: { read: READ_BUCKETS, write: rng.bernoulli(0.5) ? WRITE_BUCKETS : WRITE_BUCKETS_ALT },
    ingest: {
      ratePerMinute: rng.uniform(...INGEST_PER_MIN[o.traffic]),
      batchSize: Math.round(rng.uniform(bmin, bmax)),
    },
    queues,
    cpu: { percent: rng.uniform(8, 40), loadShare: rng.uniform(0.5, 0.85), noise: rng.uniform(0.04, 0.1) },
    memory: {
      percent: rng.uniform(25, 55),
      noise: rng.uniform(0.3, 1),
      gcAmplitude: rng.uniform(1, 6),
      gcPeriod: rng.uniform(120, 900),
    },
    cost: {
      perHour,
      requestShare: rng.uniform(0.1, 0.5),
      // A per-version cost series comes from a cost-allocation exporter (OpenCost-style), which re-prices
      // usage every minute or few. AWS's own EstimatedCharges is account-level and updated every few hours;
      // it carries no version label (and the judge reports such coarse data inconclusive: unit-tested).
      updateEvery: rng.pick([60, 120, 300]),
      startingCharges: perHour * rng.uniform(24, 600),
    },
    diurnal: {
      amplitude: rng.uniform(...DIURNAL[o.noise]),
      phase: rng.uniform(0, 2 * Math.PI),
      latencySensitivity: rng.uniform(0.05, 0.2),
    },
    lazySeries: rng.bernoulli(0.5),
    instances: rng.int(...INSTANCES[o.traffic]),
    noise: o.noiseModel ?? NOISE[o.noise],
  };
}
