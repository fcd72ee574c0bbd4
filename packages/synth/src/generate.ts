/**
 * Simulates one service's telemetry, scrape by scrape, into numeric series (Telemetry); openmetrics.ts
 * renders them. The model, per scrape interval (a "tick"):
 *
 * - load = diurnal sinusoid × AR(1) traffic jitter (shared by all versions: the same users);
 * - each version gets `share` of the traffic, spread over its pods that are up (slightly uneven weights);
 * - requests per pod and method are Poisson; their latencies are a log-normal mixture (base, optional slow
 *   path, slowdown episode) scaled by pod speed, load, warm-up after a pod (re)start and the version's
 *   effects; bucket counts are exact multinomial draws (or per-request samples when few), so they are
 *   integers that add up to the count;
 * - errors are binomial (base probability, bursts, slow requests fail more), × the error effect;
 * - ingest events arrive in Poisson batches; cpu/memory are AR(1) gauges around load-dependent levels;
 *   SQS age is a per-minute (CloudWatch resolution) AR(1) with empty minutes and backlog spikes; billing
 *   is month-to-date charges updated in steps;
 * - pods restart (counters of that pod drop to 0, the scrape is missed while it is down) and targets miss
 *   scrapes for a minute or two.
 */

import { normalCdf } from '@driftgate/shared/stats';
import {
  type Effect,
  type GenerateOptions,
  type MethodClass,
  methodClass,
  type ServiceProfile,
  type VersionSegment,
} from './model.js';
import { Rng } from './random.js';

export interface Target {
  /** `instance` label value, or '' for the exporter of cloud metrics (queues, billing). */
  instance: string;
  /** Scrape offset within the interval, seconds (ms resolution), as Prometheus spreads targets. */
  offset: number;
}

export interface ScalarMetric {
  kind: 'scalar';
  /** Sample name (e.g. `requests_total`). */
  name: string;
  /** Rendered label set without braces. */
  labels: string;
  target: number;
  /** One value per tick; NaN = no sample. */
  values: Float64Array;
}

export interface HistogramMetric {
  kind: 'histogram';
  labels: string;
  target: number;
  /** Rendered `le` values including "+Inf". */
  les: string[];
  /** Cumulative bucket counters per `le`, per tick; NaN = no sample (the whole point). */
  buckets: Float64Array[];
  count: Float64Array;
  sum: Float64Array;
}

export interface Family {
  name: string;
  type: 'counter' | 'gauge' | 'histogram';
  help: string;
  unit?: string;
  metrics: Array<ScalarMetric | HistogramMetric>;
}

export interface Telemetry {
  service: string;
  /** Nominal tick times (unix seconds); a sample's timestamp is tick + its target's offset. */
  start: number;
  interval: number;
  ticks: number;
  /** Data range: samples with timestamps outside [start, end] are not emitted. */
  end: number;
  targets: Target[];
  families: Family[];
  /** What was drawn for each pod (for diagnostics and tests). */
  pods: Array<{
    version: string;
    instance: string;
    speed: number;
    cpuFactor: number;
    memFactor: number;
    weight: number;
    restarts: number[];
  }>;
}

export const FAMILY_ORDER = [
  'http_request_duration_seconds',
  'requests',
  'errors',
  'ingest_events',
  'cpu_utilization',
  'memory_utilization',
  'sqs_approximate_age_of_oldest_message_seconds',
  'aws_billing_estimated_charges',
] as const;

const FAMILY_META: Record<(typeof FAMILY_ORDER)[number], Omit<Family, 'name' | 'metrics'>> = {
  http_request_duration_seconds: { type: 'histogram', help: 'HTTP request latency.', unit: 'seconds' },
  requests: { type: 'counter', help: 'HTTP requests served.' },
  errors: { type: 'counter', help: 'HTTP requests that failed.' },
  ingest_events: { type: 'counter', help: 'Events ingested.' },
  cpu_utilization: { type: 'gauge', help: 'CPU utilization of the pod, percent.' },
  memory_utilization: { type: 'gauge', help: 'Memory utilization of the pod, percent of limit.' },
  sqs_approximate_age_of_oldest_message_seconds: {
    type: 'gauge',
    help: 'CloudWatch SQS ApproximateAgeOfOldestMessage.',
    unit: 'seconds',
  },
  aws_billing_estimated_charges: { type: 'gauge', help: 'CloudWatch billing EstimatedCharges (USD, month to date).' },
};

/** Format a bucket bound as OpenMetrics clients do ("0.005", "1.0", "10.0", "+Inf"). */
export function formatLe(le: number): string {
  if (!Number.isFinite(le)) return '+Inf';
  const s = String(le);
  return /[.e]/.test(s) ? s : `${s}.0`;
}

function escapeLabel(v: string): string {
  return v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

export function renderLabels(pairs: Array<[string, string]>): string {
  return pairs.map(([k, v]) => `${k}="${escapeLabel(v)}"`).join(',');
}

/** Multiplier of one effect field at time t (linear ramp from 1 after onset). */
export function effectAt(
  effects: Effect[] | undefined,
  t: number,
  segStart: number,
  pick: (e: Effect) => number | undefined,
): number {
  if (!effects) return 1;
  let m = 1;
  for (const e of effects) {
    const v = pick(e);
    if (v === undefined || v === 1) continue;
    const onset = e.onset ?? segStart;
    if (t < onset) continue;
    const frac = e.ramp && e.ramp > 0 ? Math.min(1, (t - onset) / e.ramp) : 1;
    m *= 1 + (v - 1) * frac;
  }
  return m;
}

interface Interval {
  start: number;
  end: number;
}

interface Episode extends Interval {
  fraction: number;
  factor: number;
  classes: MethodClass[];
}

interface Burst extends Interval {
  fraction: number;
}

interface Restart {
  at: number;
  downtime: number;
}

interface Pod {
  instance: string;
  target: number;
  speed: number;
  cpuFactor: number;
  memFactor: number;
  weight: number;
  startedAt: number;
  restarts: Restart[];
  gaps: Interval[];
  gcPhase: number;
}

function poissonTimes(rng: Rng, ratePerHour: number, from: number, to: number): number[] {
  const out: number[] = [];
  if (!(ratePerHour > 0) || to <= from) return out;
  const rate = ratePerHour / 3600;
  let t = from + rng.exponential(rate);
  while (t < to) {
    out.push(t);
    t += rng.exponential(rate);
  }
  return out;
}

function inAny(t: number, xs: Interval[]): boolean {
  for (const x of xs) if (t >= x.start && t < x.end) return true;
  return false;
}

/** Overlap of (a, b] with [s, e), seconds. */
function overlap(a: number, b: number, s: number, e: number): number {
  return Math.max(0, Math.min(b, e) - Math.max(a, s));
}

function ipFor(rng: Rng): string {
  return `10.${rng.int(0, 63)}.${rng.int(0, 255)}.${rng.int(2, 254)}:8080`;
}

/** Per pod×method histogram state. */
interface HistState {
  method: string;
  cls: MethodClass;
  lnLe: Float64Array;
  counts: Float64Array; // non-cumulative running totals per bucket (last = +Inf)
  sum: number;
  errors: number;
  /** Requests / errors observed since the pod (re)started: with lazy series a labelled series only exists after its first increment. */
  seen: boolean;
  seenError: boolean;
  metric: HistogramMetric;
  requests: ScalarMetric;
  errorsMetric: ScalarMetric;
}

const SMALL_COUNT = 24;

/** Adds `c` requests from LN(mu, sigma) into the bucket totals; returns the latency sum. */
function addLatencies(
  rng: Rng,
  c: number,
  mu: number,
  sigma: number,
  lnLe: Float64Array,
  counts: Float64Array,
  scratchP: Float64Array,
  scratchC: Float64Array,
): number {
  if (c <= 0) return 0;
  const nb = lnLe.length;
  if (c <= SMALL_COUNT) {
    let sum = 0;
    for (let i = 0; i < c; i++) {
      const lx = mu + sigma * rng.normal();
      sum += Math.exp(lx);
      let b = 0;
      while (b < nb && lx > lnLe[b]!) b++;
      counts[b]! += 1;
    }
    return sum;
  }
  let prev = 0;
  for (let b = 0; b < nb; b++) {
    const cdf = normalCdf((lnLe[b]! - mu) / sigma);
    scratchP[b] = Math.max(0, cdf - prev);
    prev = Math.max(prev, cdf);
  }
  scratchP[nb] = Math.max(0, 1 - prev);
  rng.multinomial(c, scratchP, scratchC);
  for (let b = 0; b <= nb; b++) counts[b]! += scratchC[b]!;
  const s2 = sigma * sigma;
  const mean = Math.exp(mu + s2 / 2);
  const sd = Math.sqrt((Math.exp(s2) - 1) * Math.exp(2 * mu + s2));
  return Math.max(0, c * mean + Math.sqrt(c) * sd * rng.normal());
}

/** AR(1) with correlation rho per step and stationary sd 1. */
class Ar1 {
  x: number;
  constructor(
    private readonly rng: Rng,
    private readonly rho: number,
  ) {
    this.x = rng.normal();
  }
  next(): number {
    this.x = this.rho * this.x + Math.sqrt(1 - this.rho * this.rho) * this.rng.normal();
    return this.x;
  }
}

/** What every version of the service shares: the tick grid, the root stream, the series and targets so far. */
interface ServiceCtx {
  opts: GenerateOptions;
  profile: ServiceProfile;
  noise: ServiceProfile['noise'];
  dt: number;
  /** The first tick (start rounded down to the interval). */
  start: number;
  ticks: number;
  root: Rng;
  /** service and env labels. */
  base: Array<[string, string]>;
  targets: Target[];
  podInfo: Telemetry['pods'];
  families: Map<string, Family>;
  tickTime: (k: number) => number;
  newSeries: () => Float64Array;
}

/** Service-level processes shared by every version: load, traffic jitter, gaps, billing schedule, buckets. */
interface SharedProcesses {
  load: Float64Array;
  jitter: Float64Array;
  /** Gaps that hit every target of the service (Prometheus itself, or the network). */
  serviceGaps: Interval[];
  billingUpdates: number[];
  nominalRate: number;
  bucketsLn: Record<MethodClass, Float64Array>;
  lesText: Record<MethodClass, string[]>;
  scratchP: Float64Array;
  scratchC: Float64Array;
}

/** One version's segment: its stream, pods' start, labels, tick range and noise window. */
interface SegmentCtx {
  seg: VersionSegment;
  vr: Rng;
  share: number;
  podStart: number;
  vlabels: Array<[string, string]>;
  first: number;
  last: number;
  quiet: boolean;
  /** The span random events are drawn over. */
  from: number;
  to: number;
}

/** Series of one version's pods (the histogram states per pod and method, and the per-pod gauges). */
interface PodSeries {
  hist: HistState[][];
  ingestM: ScalarMetric[];
  cpuM: ScalarMetric[];
  memM: ScalarMetric[];
}

export function generateService(opts: GenerateOptions): Telemetry {
  const ctx = serviceContext(opts);
  const shared = sharedProcesses(ctx);
  for (const seg of opts.deployment) simulateSegment(ctx, shared, segmentContext(ctx, seg));
  return {
    service: ctx.profile.service,
    start: ctx.start,
    interval: ctx.dt,
    ticks: ctx.ticks,
    end: opts.end,
    targets: ctx.targets,
    families: FAMILY_ORDER.map((n) => ctx.families.get(n)!),
    pods: ctx.podInfo,
  };
}

function serviceContext(opts: GenerateOptions): ServiceCtx {
  const { profile } = opts;
  const dt = opts.scrapeInterval ?? 15;
  const start = Math.floor(opts.start / dt) * dt;
  const ticks = Math.floor((opts.end - start) / dt) + 1;
  const families = new Map<string, Family>();
  for (const name of FAMILY_ORDER) families.set(name, { name, ...FAMILY_META[name], metrics: [] });
  return {
    opts,
    profile,
    noise: profile.noise,
    dt,
    start,
    ticks,
    root: new Rng(opts.seed).fork(`service:${profile.service}`),
    base: [
      ['service', profile.service],
      ['env', profile.environment],
    ],
    targets: [],
    podInfo: [],
    families,
    tickTime: (k) => start + k * dt,
    newSeries: () => new Float64Array(ticks).fill(Number.NaN),
  };
}

function family(ctx: ServiceCtx, name: (typeof FAMILY_ORDER)[number]): Family {
  return ctx.families.get(name)!;
}

function sharedProcesses(ctx: ServiceCtx): SharedProcesses {
  const { profile, noise, dt, ticks, opts } = ctx;
  // Diurnal load and traffic jitter (shared by every version: the same users).
  const svcRng = ctx.root.fork('load');
  const load = new Float64Array(ticks);
  const jitter = new Float64Array(ticks);
  const ar = new Ar1(svcRng, Math.exp(-dt / 120));
  const s = noise.trafficJitter;
  for (let k = 0; k < ticks; k++) {
    const t = ctx.tickTime(k);
    load[k] = 1 + profile.diurnal.amplitude * Math.sin((2 * Math.PI * t) / 86400 + profile.diurnal.phase);
    jitter[k] = Math.exp(s * ar.next() - (s * s) / 2);
  }
  const serviceGaps: Interval[] = [];
  for (const t of poissonTimes(svcRng, noise.gapsPerHour / 3, ctx.start - 300, opts.end)) {
    serviceGaps.push({ start: t, end: t + svcRng.uniform(60, 150) });
  }
  // Billing updates follow the account's schedule: the same step times for every version.
  const billingUpdates: number[] = [];
  const every = profile.cost.updateEvery;
  const br = ctx.root.fork('billing-schedule');
  for (let t = ctx.start - 2 * every + br.uniform(0, every); t < opts.end + every; t += every * br.uniform(0.95, 1.05))
    billingUpdates.push(t);
  const maxBuckets = Math.max(profile.buckets.read.length, profile.buckets.write.length) + 1;
  return {
    load,
    jitter,
    serviceGaps,
    billingUpdates,
    nominalRate: profile.methods.reduce((a, m) => a + m.rate, 0),
    bucketsLn: {
      read: Float64Array.from(profile.buckets.read, Math.log),
      write: Float64Array.from(profile.buckets.write, Math.log),
    },
    lesText: {
      read: [...profile.buckets.read.map(formatLe), '+Inf'],
      write: [...profile.buckets.write.map(formatLe), '+Inf'],
    },
    scratchP: new Float64Array(maxBuckets),
    scratchC: new Float64Array(maxBuckets),
  };
}

function segmentContext(ctx: ServiceCtx, seg: VersionSegment): SegmentCtx {
  const { start, dt, ticks } = ctx;
  return {
    seg,
    vr: ctx.root.fork(`version:${seg.version}`),
    share: seg.share ?? 1,
    podStart: seg.startedAt ?? seg.start,
    vlabels: [...ctx.base, ['version', seg.version]],
    first: Math.max(0, Math.ceil((seg.start - start) / dt + 1e-9)),
    last: Math.min(ticks - 1, Math.floor((seg.end - start) / dt)),
    quiet: !!seg.quiet,
    from: Math.max(start - 300, seg.start),
    to: Math.min(ctx.opts.end, seg.end),
  };
}

/** One version: its noise, pods, series and exporter, then the simulation of every series. */
function simulateSegment(ctx: ServiceCtx, shared: SharedProcesses, v: SegmentCtx): void {
  const { profile, dt } = ctx;
  const { seg, vr, share, podStart, first, last } = v;
  const { episodes, bursts } = versionNoise(ctx, v);
  const pods = drawPods(ctx, shared, v);
  for (const p of pods)
    ctx.podInfo.push({
      version: seg.version,
      instance: p.instance,
      speed: p.speed,
      cpuFactor: p.cpuFactor,
      memFactor: p.memFactor,
      weight: p.weight,
      restarts: p.restarts.map((r) => r.at),
    });
  const { hist, ingestM, cpuM, memM } = podSeries(ctx, shared, v, pods);
  const exporter = exporterSeries(ctx, shared, v);
  const { tickTime } = ctx;
  const { load, jitter } = shared;
  const span = { first, last, dt, tickTime, load, jitter };
  simulateRequests(profile, seg, share, pods, hist, ingestM, episodes, bursts, vr, {
    ...span,
    nominalRate: shared.nominalRate,
    scratchP: shared.scratchP,
    scratchC: shared.scratchC,
  });
  simulateGauges(profile, seg, share, pods, cpuM, memM, vr, span);
  simulateQueues(profile, seg, exporter.queueM, exporter.gaps, vr, { first, last, dt, tickTime, load });
  simulateBilling(
    profile,
    seg,
    share,
    podStart,
    ctx.opts.start,
    shared.billingUpdates,
    exporter.billingM,
    exporter.gaps,
    vr,
    span,
  );
}

/** Version-level noise: slowdown episodes and error bursts, independent per version. */
function versionNoise(ctx: ServiceCtx, v: SegmentCtx): { episodes: Episode[]; bursts: Burst[] } {
  const { noise } = ctx;
  const { vr, quiet, from, to } = v;
  const epRng = vr.fork('episodes');
  const episodes: Episode[] = quiet
    ? []
    : poissonTimes(epRng, noise.episodesPerHour, from - 240, to).map((t) => ({
        start: t,
        end: t + epRng.uniform(...noise.episodeDuration),
        fraction: epRng.uniform(...noise.episodeFraction),
        factor: epRng.uniform(...noise.episodeFactor),
        classes: epRng.weighted<MethodClass[]>([
          [['read'], 0.4],
          [['write'], 0.3],
          [['read', 'write'], 0.3],
        ]),
      }));
  const buRng = vr.fork('bursts');
  const bursts: Burst[] = quiet
    ? []
    : poissonTimes(buRng, noise.errorBurstsPerHour, from - 60, to).map((t) => ({
        start: t,
        end: t + buRng.uniform(15, 60),
        fraction: buRng.uniform(0.01, 0.1),
      }));
  return { episodes, bursts };
}

/** The version's pods: address, scrape offset (a new target each), restarts, gaps and speed factors. */
function drawPods(ctx: ServiceCtx, shared: SharedProcesses, v: SegmentCtx): Pod[] {
  const { noise, profile, dt } = ctx;
  const { seg, quiet, from, to, podStart } = v;
  const nPods = seg.instances ?? profile.instances;
  const pods: Pod[] = [];
  const podRng = v.vr.fork('pods');
  for (let i = 0; i < nPods; i++) {
    const pr = podRng.fork(i);
    const instance = ipFor(pr);
    const target = ctx.targets.push({ instance, offset: Math.round(pr.uniform(0, dt) * 1000) / 1000 }) - 1;
    const restarts: Restart[] = quiet
      ? []
      : poissonTimes(pr, noise.restartsPerHour, Math.max(from, podStart + 60), to).map((at) => ({
          at,
          downtime: pr.uniform(10, 45),
        }));
    for (const r of seg.restarts ?? []) if (r.instance === i) restarts.push({ at: r.at, downtime: r.downtime ?? 20 });
    restarts.sort((a, b) => a.at - b.at);
    const gaps: Interval[] = quiet
      ? []
      : poissonTimes(pr, (noise.gapsPerHour * 2) / 3, from - 150, to).map((t) => ({
          start: t,
          end: t + pr.uniform(60, 150),
        }));
    for (const g of seg.gaps ?? []) if (g.target === i || g.target === 'all') gaps.push({ start: g.start, end: g.end });
    if (!quiet) gaps.push(...shared.serviceGaps);
    pods.push({
      instance,
      target,
      speed: Math.exp(noise.podSpread * pr.normal()),
      cpuFactor: Math.exp(noise.podSpread * 1.5 * pr.normal()),
      memFactor: Math.exp(noise.podSpread * pr.normal()),
      weight: Math.exp(0.08 * pr.normal()),
      startedAt: podStart,
      restarts,
      gaps,
      gcPhase: pr.uniform(0, profile.memory.gcPeriod),
    });
  }
  return pods;
}

function scalar(ctx: ServiceCtx, name: string, labels: string, target: number): ScalarMetric {
  return { kind: 'scalar', name, labels, target, values: ctx.newSeries() };
}

/** Each pod's series: a histogram, requests and errors per method, and its ingest, cpu and memory series. */
function podSeries(ctx: ServiceCtx, shared: SharedProcesses, v: SegmentCtx, pods: Pod[]): PodSeries {
  const { profile } = ctx;
  const out: PodSeries = { hist: [], ingestM: [], cpuM: [], memM: [] };
  for (const pod of pods) {
    const plabels: Array<[string, string]> = [...v.vlabels, ['instance', pod.instance]];
    out.hist.push(profile.methods.map((m) => methodSeries(ctx, shared, plabels, pod, m.method)));
    const pl = renderLabels(plabels);
    const mk = (name: string, f: (typeof FAMILY_ORDER)[number]) => {
      const s = scalar(ctx, name, pl, pod.target);
      family(ctx, f).metrics.push(s);
      return s;
    };
    out.ingestM.push(mk('ingest_events_total', 'ingest_events'));
    out.cpuM.push(mk('cpu_utilization', 'cpu_utilization'));
    out.memM.push(mk('memory_utilization', 'memory_utilization'));
  }
  return out;
}

/** One pod and method: its latency histogram, requests and errors series, and the running state behind them. */
function methodSeries(
  ctx: ServiceCtx,
  shared: SharedProcesses,
  plabels: Array<[string, string]>,
  pod: Pod,
  method: string,
): HistState {
  const cls = methodClass(method);
  const mlabels = renderLabels([...plabels, ['method', method]]);
  const les = shared.lesText[cls];
  const metric: HistogramMetric = {
    kind: 'histogram',
    labels: mlabels,
    target: pod.target,
    les,
    buckets: les.map(() => ctx.newSeries()),
    count: ctx.newSeries(),
    sum: ctx.newSeries(),
  };
  const requests = scalar(ctx, 'requests_total', mlabels, pod.target);
  const errorsMetric = scalar(ctx, 'errors_total', mlabels, pod.target);
  family(ctx, 'http_request_duration_seconds').metrics.push(metric);
  family(ctx, 'requests').metrics.push(requests);
  family(ctx, 'errors').metrics.push(errorsMetric);
  return {
    method,
    cls,
    lnLe: shared.bucketsLn[cls],
    counts: new Float64Array(les.length),
    sum: 0,
    errors: 0,
    seen: !ctx.profile.lazySeries,
    seenError: !ctx.profile.lazySeries,
    metric,
    requests,
    errorsMetric,
  };
}

/** The version's exporter target (CloudWatch metrics: queues, billing): its gaps and series. */
function exporterSeries(
  ctx: ServiceCtx,
  shared: SharedProcesses,
  v: SegmentCtx,
): { gaps: Interval[]; queueM: ScalarMetric[]; billingM: ScalarMetric } {
  const { noise, dt, profile } = ctx;
  const { seg, quiet, from, to, vlabels } = v;
  const exRng = v.vr.fork('exporter');
  const exTarget = ctx.targets.push({ instance: '', offset: Math.round(exRng.uniform(0, dt) * 1000) / 1000 }) - 1;
  const gaps: Interval[] = quiet
    ? []
    : poissonTimes(exRng, (noise.gapsPerHour * 2) / 3, from - 150, to).map((t) => ({
        start: t,
        end: t + exRng.uniform(60, 150),
      }));
  for (const g of seg.gaps ?? [])
    if (g.target === 'exporter' || g.target === 'all') gaps.push({ start: g.start, end: g.end });
  if (!quiet) gaps.push(...shared.serviceGaps);
  const queueM = profile.queues.map((q) => {
    const s = scalar(
      ctx,
      'sqs_approximate_age_of_oldest_message_seconds',
      renderLabels([...vlabels, ['queue', q.name]]),
      exTarget,
    );
    family(ctx, 'sqs_approximate_age_of_oldest_message_seconds').metrics.push(s);
    return s;
  });
  const billingM = scalar(ctx, 'aws_billing_estimated_charges', renderLabels(vlabels), exTarget);
  family(ctx, 'aws_billing_estimated_charges').metrics.push(billingM);
  return { gaps, queueM, billingM };
}

interface TickCtx {
  first: number;
  last: number;
  dt: number;
  tickTime: (k: number) => number;
  load: Float64Array;
  jitter?: Float64Array;
}

/** Fraction of (t-dt, t] the pod was up, whether its counters reset in it, whether the scrape at t happened. */
function podTick(pod: Pod, t: number, dt: number): { up: number; reset: boolean; down: boolean } {
  let up = 1;
  let reset = false;
  let down = false;
  for (const r of pod.restarts) {
    if (r.at > t) break;
    const end = r.at + r.downtime;
    if (r.at > t - dt) {
      reset = true;
      up = Math.max(0, t - Math.max(end, t - dt)) / dt;
    } else if (end > t - dt) {
      up = Math.min(up, Math.max(0, t - end) / dt);
    }
    if (t >= r.at && t < end) down = true;
  }
  return { up, reset, down };
}

/** Seconds since the pod last (re)started, as of t. */
function podAge(pod: Pod, t: number): number {
  let s = pod.startedAt;
  for (const r of pod.restarts) if (r.at + r.downtime <= t) s = r.at + r.downtime;
  return Math.max(0, t - s);
}

/** What the version's effects, episodes and bursts do in the tick ending at t (no random draws). */
interface TickConditions {
  /** Log latency multiplier per class. */
  effLat: Record<MethodClass, number>;
  effErr: number;
  effThr: number;
  /** Slowdown per class: the episode with the most overlap. */
  slow: Record<MethodClass, { fraction: number; lnFactor: number }>;
  /** Share of requests failed by error bursts. */
  burstFail: number;
}

function tickConditions(
  seg: VersionSegment,
  episodes: Episode[],
  bursts: Burst[],
  t: number,
  dt: number,
): TickConditions {
  const effLat: Record<MethodClass, number> = {
    read: Math.log(effectAt(seg.effects, t, seg.start, (e) => e.latency?.read)),
    write: Math.log(effectAt(seg.effects, t, seg.start, (e) => e.latency?.write)),
  };
  const effErr = effectAt(seg.effects, t, seg.start, (e) => e.errors);
  const effThr = effectAt(seg.effects, t, seg.start, (e) => e.throughput);
  const slow: Record<MethodClass, { fraction: number; lnFactor: number }> = {
    read: { fraction: 0, lnFactor: 0 },
    write: { fraction: 0, lnFactor: 0 },
  };
  for (const e of episodes) {
    const ov = overlap(t - dt, t, e.start, e.end) / dt;
    if (ov <= 0) continue;
    for (const c of e.classes) {
      const f = e.fraction * ov;
      if (f > slow[c].fraction) slow[c] = { fraction: f, lnFactor: Math.log(e.factor) };
    }
  }
  let burstFail = 0;
  for (const b of bursts) burstFail = Math.max(burstFail, (b.fraction * overlap(t - dt, t, b.start, b.end)) / dt);
  return { effLat, effErr, effThr, slow, burstFail };
}

/** A pod's counters drop to 0 when it restarts (and its lazy series disappear until the next request). */
function resetPod(states: HistState[], lazySeries: boolean): void {
  for (const s of states) {
    s.counts.fill(0);
    s.sum = 0;
    s.errors = 0;
    s.seen = !lazySeries;
    s.seenError = !lazySeries;
  }
}

/**
 * One pod and method in one tick: `n` requests (fast and slow, each with its tail) into the latency buckets,
 * and their errors (base probability, bursts, slow requests time out more; all × the error effect).
 */
function drawRequests(
  rng: Rng,
  s: HistState,
  mp: ServiceProfile['methods'][number],
  n: number,
  mu: number,
  cond: TickConditions,
  scratchP: Float64Array,
  scratchC: Float64Array,
): void {
  const sl = cond.slow[s.cls];
  const nSlow = sl.fraction > 0 ? rng.binomial(n, sl.fraction) : 0;
  const nFast = n - nSlow;
  const sigma = mp.latency.sigma;
  const tail = mp.latency.tail;
  let sum = 0;
  for (const [c, lf] of [
    [nFast, 0],
    [nSlow, sl.lnFactor],
  ] as const) {
    if (c <= 0) continue;
    const nt = tail ? rng.binomial(c, tail.probability) : 0;
    sum += addLatencies(rng, c - nt, mu + lf, sigma, s.lnLe, s.counts, scratchP, scratchC);
    if (nt > 0)
      sum += addLatencies(rng, nt, mu + lf + Math.log(tail!.factor), sigma, s.lnLe, s.counts, scratchP, scratchC);
  }
  s.sum += sum;
  const p = 1 - (1 - mp.errorProbability) * (1 - cond.burstFail);
  const pFast = Math.min(1, p * cond.effErr);
  const pSlow = Math.min(1, 3 * p * cond.effErr);
  const ne = rng.binomial(nFast, pFast) + (nSlow > 0 ? rng.binomial(nSlow, pSlow) : 0);
  s.errors += ne;
  s.seen = true;
  if (ne > 0) s.seenError = true;
}

/** The scrape at tick k: cumulative buckets, count, sum, requests and (once seen) errors. */
function recordScrape(s: HistState, k: number): void {
  let cum = 0;
  const m = s.metric;
  for (let b = 0; b < s.counts.length; b++) {
    cum += s.counts[b]!;
    m.buckets[b]![k] = cum;
  }
  m.count[k] = cum;
  m.sum[k] = s.sum;
  s.requests.values[k] = cum;
  if (s.seenError) s.errorsMetric.values[k] = s.errors;
}

function simulateRequests(
  profile: ServiceProfile,
  seg: VersionSegment,
  share: number,
  pods: Pod[],
  hist: HistState[][],
  ingestM: ScalarMetric[],
  episodes: Episode[],
  bursts: Burst[],
  vr: Rng,
  ctx: TickCtx & { jitter: Float64Array; nominalRate: number; scratchP: Float64Array; scratchC: Float64Array },
): void {
  const { first, last, dt, tickTime, load, jitter, scratchP, scratchC } = ctx;
  const rng = vr.fork('requests');
  const ingestRng = vr.fork('ingest');
  const ingestCounts = new Float64Array(pods.length);
  const beta = profile.diurnal.latencySensitivity;
  const ups = new Float64Array(pods.length);
  const resets = new Uint8Array(pods.length);
  const downs = new Uint8Array(pods.length);
  for (let k = first; k <= last; k++) {
    const t = tickTime(k);
    const l = load[k]! * jitter[k]!;
    const latLoad = Math.log(1 + beta * (load[k]! - 1));
    const cond = tickConditions(seg, episodes, bursts, t, dt);
    let weightUp = 0;
    for (let i = 0; i < pods.length; i++) {
      const pt = podTick(pods[i]!, t, dt);
      ups[i] = pt.up;
      resets[i] = pt.reset ? 1 : 0;
      downs[i] = pt.down || inAny(t, pods[i]!.gaps) ? 1 : 0;
      weightUp += pods[i]!.weight * pt.up;
    }
    for (let i = 0; i < pods.length; i++) {
      const pod = pods[i]!;
      const states = hist[i]!;
      if (resets[i]) {
        resetPod(states, !!profile.lazySeries);
        ingestCounts[i] = 0;
      }
      const podShare = weightUp > 0 ? (pod.weight * ups[i]!) / weightUp : 0;
      const warm = Math.log(1 + 0.6 * Math.exp(-podAge(pod, t) / 45));
      for (let j = 0; j < states.length; j++) {
        const s = states[j]!;
        const mp = profile.methods[j]!;
        const n = rng.poisson(mp.rate * share * l * podShare * dt);
        if (n > 0) {
          const mu = Math.log(mp.latency.median) + Math.log(pod.speed) + latLoad + cond.effLat[s.cls] + warm;
          drawRequests(rng, s, mp, n, mu, cond, scratchP, scratchC);
        }
        if (!downs[i] && s.seen) recordScrape(s, k);
      }
      // Ingest: Poisson batches of ~batchSize events.
      const lam = (profile.ingest.ratePerMinute / 60) * share * l * cond.effThr * podShare * dt;
      const bs = Math.max(1, profile.ingest.batchSize);
      const nb = ingestRng.poisson(lam / bs);
      ingestCounts[i]! += nb + (bs > 1 && nb > 0 ? ingestRng.poisson(nb * (bs - 1)) : 0);
      if (!downs[i]) ingestM[i]!.values[k] = ingestCounts[i]!;
    }
  }
}

function simulateGauges(
  profile: ServiceProfile,
  seg: VersionSegment,
  share: number,
  pods: Pod[],
  cpuM: ScalarMetric[],
  memM: ScalarMetric[],
  vr: Rng,
  ctx: TickCtx & { jitter: Float64Array },
): void {
  const { first, last, dt, tickTime, load, jitter } = ctx;
  void share;
  const gn = profile.noise.gaugeNoise;
  const cpuSigma = profile.cpu.noise * gn;
  const memSd = profile.memory.noise * gn;
  pods.forEach((pod, i) => {
    const r = vr.fork(`gauges:${i}`);
    const cpuAr = new Ar1(r, Math.exp(-dt / 60));
    const memAr = new Ar1(r, Math.exp(-dt / 300));
    const period = profile.memory.gcPeriod;
    for (let k = first; k <= last; k++) {
      const t = tickTime(k);
      const pt = podTick(pod, t, dt);
      const cpuX = cpuAr.next();
      const memX = memAr.next();
      if (pt.down || inAny(t, pod.gaps)) continue;
      // Load on this pod relative to its nominal share (a peer restarting pushes load here).
      let w = 0;
      for (const p of pods) w += p.weight * podTick(p, t, dt).up;
      const podLoad = w > 0 ? ((pod.weight * pt.up) / w) * pods.length * load[k]! * jitter[k]! : 0;
      const age = podAge(pod, t);
      const effCpu = effectAt(seg.effects, t, seg.start, (e) => e.cpu);
      const effMem = effectAt(seg.effects, t, seg.start, (e) => e.memory);
      const ls = profile.cpu.loadShare;
      const cpuLevel = profile.cpu.percent * pod.cpuFactor * (1 - ls + ls * podLoad) * (1 + 0.5 * Math.exp(-age / 60));
      const cpu = effCpu * cpuLevel * Math.exp(cpuSigma * cpuX - (cpuSigma * cpuSigma) / 2);
      cpuM[i]!.values[k] = Math.round(Math.min(100, Math.max(0.05, cpu)) * 100) / 100;
      const saw =
        (profile.memory.gcAmplitude * ((((t - pod.gcPhase) % period) + period) % period)) / period -
        profile.memory.gcAmplitude / 2;
      const memLevel =
        profile.memory.percent * pod.memFactor * (1 + 0.03 * (load[k]! - 1)) * (1 - 0.25 * Math.exp(-age / 180));
      const mem = effMem * (memLevel + saw + memSd * memX);
      memM[i]!.values[k] = Math.round(Math.min(100, Math.max(0.5, mem)) * 100) / 100;
    }
  });
}

function simulateQueues(
  profile: ServiceProfile,
  seg: VersionSegment,
  queueM: ScalarMetric[],
  exGaps: Interval[],
  vr: Rng,
  ctx: TickCtx,
): void {
  const { first, last, tickTime, load } = ctx;
  const gn = profile.noise.gaugeNoise;
  profile.queues.forEach((q, qi) => {
    const r = vr.fork(`queue:${q.name}`);
    const ar = new Ar1(r, Math.exp(-1 / 5));
    const sigma = q.sigma * Math.sqrt(gn);
    const spikes: Episode[] = (seg.quiet ? [] : poissonTimes(r, q.spikesPerHour, seg.start - 600, seg.end)).map(
      (s) => ({
        start: s,
        end: s + r.uniform(60, 180),
        fraction: 1,
        factor: 1,
        classes: [],
      }),
    );
    // Per-minute values (CloudWatch resolution), computed lazily in time order.
    let minute = Number.NaN;
    let value = 0;
    for (let k = first; k <= last; k++) {
      const t = tickTime(k);
      const mnt = Math.floor(t / 60);
      if (mnt !== minute) {
        // Advance the AR process for every minute skipped.
        const steps = Number.isNaN(minute) ? 1 : mnt - minute;
        for (let s = 0; s < steps; s++) ar.next();
        minute = mnt;
        const tm = mnt * 60;
        const l = load[k]!;
        const empty = r.bernoulli(Math.min(0.95, q.emptyProbability / Math.max(0.3, l)));
        let age = empty ? 0 : q.ageSeconds * Math.sqrt(l) * Math.exp(sigma * ar.x - (sigma * sigma) / 2);
        for (const s of spikes) if (tm >= s.start && tm < s.end) age += tm - s.start;
        const eff = effectAt(seg.effects, t, seg.start, (e) => e.queueAge);
        value = Math.round(age * eff);
      }
      if (inAny(t, exGaps)) continue;
      queueM[qi]!.values[k] = value;
    }
  });
}

function simulateBilling(
  profile: ServiceProfile,
  seg: VersionSegment,
  share: number,
  podStart: number,
  dataStart: number,
  updates: number[],
  billingM: ScalarMetric,
  exGaps: Interval[],
  vr: Rng,
  ctx: TickCtx & { jitter: Float64Array },
): void {
  const { first, last, dt, tickTime, load, jitter } = ctx;
  const r = vr.fork('billing');
  const c = profile.cost;
  const every = c.updateEvery;
  const t0 = tickTime(first) - dt;
  const nominal = (c.perHour / 3600) * share;
  // Index of the first scheduled update after t0.
  let u = 0;
  while (u < updates.length && updates[u]! <= t0) u++;
  const lastUpdate = u > 0 ? updates[u - 1]! : t0 - every;
  let value: number;
  let accrued: number;
  if (podStart < dataStart) {
    // Running before the data starts: charges already accrued this month, plus accrual since the last update.
    value = Math.round(c.startingCharges * r.uniform(0.5, 1.5) * 100) / 100;
    accrued = nominal * (t0 - lastUpdate);
  } else {
    // A new version's month-to-date charges start at 0.
    value = 0;
    accrued = 0;
  }
  let resetPending = false;
  const resetAt = c.monthResetAt;
  for (let k = first; k <= last; k++) {
    const t = tickTime(k);
    const l = load[k]! * jitter[k]!;
    const eff = effectAt(seg.effects, t, seg.start, (e) => e.cost);
    const perSecond = (c.perHour / 3600) * share * eff * (1 - c.requestShare + c.requestShare * l);
    if (resetAt !== undefined && resetAt > t - dt && resetAt <= t) {
      resetPending = true;
      accrued = perSecond * (t - resetAt);
    } else {
      accrued += perSecond * dt;
    }
    while (u < updates.length && t >= updates[u]!) {
      const inc = accrued * Math.max(0, 1 + 0.01 * r.normal());
      value = Math.round(((resetPending ? 0 : value) + inc) * 100) / 100;
      resetPending = false;
      accrued = 0;
      u++;
    }
    if (inAny(t, exGaps)) continue;
    billingM.values[k] = value;
  }
}
