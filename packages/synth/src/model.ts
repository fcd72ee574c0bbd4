/**
 * The generator's vocabulary: what a service looks like (ServiceProfile), how noisy its environment is
 * (NoiseModel), which version runs when (VersionSegment) and what a release changes (Effect).
 * All times are unix seconds; all rates are at nominal load (diurnal factor 1).
 */

export type MethodClass = 'read' | 'write';

export const READ_METHODS = ['GET', 'HEAD'] as const;
export const WRITE_METHODS = ['POST', 'PUT', 'PATCH', 'DELETE'] as const;

export function methodClass(method: string): MethodClass {
  return (READ_METHODS as readonly string[]).includes(method.toUpperCase()) ? 'read' : 'write';
}

export interface LatencyProfile {
  /** Median latency in seconds (the log-normal's exp(mu)). */
  median: number;
  /** Log-normal sigma (shape). 0.3 = tight, 0.8 = wide. */
  sigma: number;
  /** Optional slow path (cache miss, cold partition): this share of requests is `factor` times slower. */
  tail?: { probability: number; factor: number };
}

export interface MethodProfile {
  method: string;
  /** Requests per second for the whole service at nominal load. */
  rate: number;
  latency: LatencyProfile;
  /** Probability that a request fails (counted in errors_total). */
  errorProbability: number;
}

export interface QueueProfile {
  /** Queue name (label `queue`). */
  name: string;
  /** Typical age of the oldest message when the queue is not empty, seconds. */
  ageSeconds: number;
  /** Log-scale sigma of minute-to-minute variation (AR(1), correlation time ~5 min). */
  sigma: number;
  /** Probability that the queue is empty in a given minute (age 0). */
  emptyProbability: number;
  /** Backlog spikes per hour: consumers stall for 1–3 min and the oldest message ages linearly. */
  spikesPerHour: number;
}

export interface ServiceProfile {
  service: string;
  environment: string;
  methods: MethodProfile[];
  /** Histogram bucket upper bounds (seconds, +Inf implied) per method class; identical for every version. */
  buckets: { read: number[]; write: number[] };
  /** Events ingested per minute for the whole service at nominal load; events arrive in batches. */
  ingest: { ratePerMinute: number; batchSize: number };
  queues: QueueProfile[];
  /** CPU percent per instance at nominal load; `loadShare` of it scales with the instance's request load. */
  cpu: { percent: number; loadShare: number; noise: number };
  /** Memory percent per instance; GC sawtooth of `gcAmplitude` percent points every `gcPeriod` seconds. */
  memory: { percent: number; noise: number; gcAmplitude: number; gcPeriod: number };
  /**
   * Cost in USD per hour for the whole service at nominal load; `requestShare` of it scales with traffic.
   * Month-to-date charges are updated every `updateEvery` seconds (a step), starting at `startingCharges`
   * for versions already running when the data starts. `monthResetAt`: billing month roll-over (charges
   * drop to ~0).
   */
  cost: {
    perHour: number;
    requestShare: number;
    updateEvery: number;
    startingCharges: number;
    monthResetAt?: number;
  };
  /** 24h sinusoid of load: 1 + amplitude·sin(2π·t/86400 + phase). Latency and CPU follow load a bit. */
  diurnal: { amplitude: number; phase: number; latencySensitivity: number };
  /**
   * Labelled counter series appear only after their first increment (Prometheus client default for
   * CounterVec/HistogramVec), e.g. errors_total{method="PUT"} is absent until a PUT fails; after a pod
   * restart they disappear again until the next increment. false = pre-initialised to 0.
   */
  lazySeries?: boolean;
  /** Instances (pods) per version unless a segment says otherwise. */
  instances: number;
  noise: NoiseModel;
}

export interface NoiseModel {
  /** Slowdown episodes per hour, per version: part of the requests of one or both method classes slower. */
  episodesPerHour: number;
  episodeDuration: [number, number];
  episodeFraction: [number, number];
  episodeFactor: [number, number];
  /** Error bursts per hour, per version: 15–60 s where a share of requests fails. */
  errorBurstsPerHour: number;
  /** Log-scale sigma of traffic rate fluctuations (AR(1), correlation time ~2 min), shared by versions. */
  trafficJitter: number;
  /** Scrape gaps per hour per target (1–2.5 min each); a third of them hit every target of the service. */
  gapsPerHour: number;
  /** Pod restarts (counter resets) per instance per hour. */
  restartsPerHour: number;
  /** Multiplier on gauge noise (cpu, memory, queue age). */
  gaugeNoise: number;
  /** Log-scale sigma of per-pod speed (latency) and cpu differences. */
  podSpread: number;
}

/**
 * A multiplicative change in a version's behaviour, e.g. `{ latency: { read: 1.2 } }` (reads 20% slower
 * at every quantile) or `{ throughput: 0.8 }`. With `onset` the effect starts at that time (default: when
 * the version starts) and reaches full size after `ramp` seconds (linear, default 0 = a step).
 */
export interface Effect {
  latency?: { read?: number; write?: number };
  errors?: number;
  throughput?: number;
  queueAge?: number;
  cpu?: number;
  memory?: number;
  cost?: number;
  onset?: number;
  ramp?: number;
}

export interface VersionSegment {
  version: string;
  /** The version serves from `start` to `end` (unix seconds). */
  start: number;
  end: number;
  /** Share of the service's traffic (0..1); side-by-side canaries split it. Default 1. */
  share?: number;
  /** Pods; default profile.instances. */
  instances?: number;
  /** When the pods started (default `start`); earlier for versions already running before the data. */
  startedAt?: number;
  effects?: Effect[];
  /** Forced pod restarts (counter resets), in addition to random ones. */
  restarts?: Array<{ instance: number; at: number; downtime?: number }>;
  /** Forced scrape gaps of this version's targets (instance index or 'exporter' or 'all'). */
  gaps?: Array<{ target: number | 'exporter' | 'all'; start: number; end: number }>;
  /** Disable random restarts/gaps/episodes for this segment (for tests). */
  quiet?: boolean;
}

export interface GenerateOptions {
  profile: ServiceProfile;
  deployment: VersionSegment[];
  /** Data range [start, end] in unix seconds. */
  start: number;
  end: number;
  seed: number;
  /** Seconds between scrapes; default 15. */
  scrapeInterval?: number;
}

export const NOISE: Record<'calm' | 'typical' | 'noisy', NoiseModel> = {
  calm: {
    episodesPerHour: 0.5,
    episodeDuration: [60, 240],
    episodeFraction: [0.1, 0.4],
    episodeFactor: [1.5, 3],
    errorBurstsPerHour: 0.15,
    trafficJitter: 0.03,
    gapsPerHour: 0.1,
    restartsPerHour: 0.02,
    gaugeNoise: 0.5,
    podSpread: 0.02,
  },
  typical: {
    episodesPerHour: 2,
    episodeDuration: [60, 240],
    episodeFraction: [0.1, 0.4],
    episodeFactor: [1.5, 3],
    errorBurstsPerHour: 0.5,
    trafficJitter: 0.08,
    gapsPerHour: 0.4,
    restartsPerHour: 0.08,
    gaugeNoise: 1,
    podSpread: 0.03,
  },
  noisy: {
    episodesPerHour: 4,
    episodeDuration: [60, 240],
    episodeFraction: [0.1, 0.4],
    episodeFactor: [1.5, 3],
    errorBurstsPerHour: 1.5,
    trafficJitter: 0.18,
    gapsPerHour: 1,
    restartsPerHour: 0.25,
    gaugeNoise: 2,
    podSpread: 0.05,
  },
};

/** Prometheus client defaults, used for reads. */
export const READ_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
/** Coarser, write-oriented sets. */
export const WRITE_BUCKETS = [0.05, 0.1, 0.2, 0.4, 0.8, 1.6, 3.2, 6.4];
export const WRITE_BUCKETS_ALT = [0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10];
