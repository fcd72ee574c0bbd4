/**
 * The "nab" world: real AWS CloudWatch traces from the Numenta Anomaly Benchmark (bench/accuracy/data/nab,
 * MIT; see its README.md). 19 series, one value every 5 minutes over 2-9 weeks, with labelled incidents.
 *
 * Comparisons are cut away from the labelled incidents: the candidate is a 6-hour window, the baseline the
 * same hours one day earlier. Neither window (widened by an hour on each side) overlaps a labelled anomaly
 * window, and each has at least 90% of its samples. Every cut yields one unchanged comparison (the real
 * data as is) and one copy with a multiplicative regression injected into the candidate version's data.
 *
 * Series become one driftgate metric each (a config file per kind, `catalog: none`):
 *   cpu         CPUUtilization (EC2, RDS, ASG)    gauge nab_cpu_utilization, avg, worse higher, ×(1+size)
 *   latency     ELB request latency              gauge nab_request_latency, avg, worse higher, ×(1+size)
 *   requests    ELB RequestCount per 5 min        counter nab_requests_total (cumulated counts), rate/min,
 *                                                worse lower, ×(1-size)
 *   network_in  NetworkIn bytes per 5 min        counter nab_network_in_bytes_total (cumulated), rate/min,
 *                                                amounts (events: false), worse higher, ×(1+size)
 *   disk_write  DiskWriteBytes per 5 min         counter nab_disk_write_bytes_total (cumulated), rate/min,
 *                                                amounts, worse higher, ×(1+size)
 *
 * Time: each comparison is shifted so that its candidate window ends at the run's data end (the same
 * shift for both windows keeps "same hours one day earlier"). The baseline version carries the series'
 * history from up to 7 days before the candidate window until the deploy 30 minutes before it (the stable
 * release ran all that time; a judge may calibrate on it); the candidate version serves from the deploy.
 * Labels: service `nab-<series>-<n>` (one per comparison, named after its series file), env `prod`,
 * version differing per side.
 *
 * Halves: the candidate's day (days since the series' first midnight) decides — even days are the tuning
 * half (seeds other than the held-out one), odd days the held-out half (the held-out seed).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Window } from '../truth.js';
import type { Rand } from './rng.js';

export const NAB_STEP = 300;
export const NAB_WINDOW_HOURS = 6;
export const NAB_MARGIN = 3600;
export const NAB_SIZES = [0.05, 0.12, 0.2, 0.35, 0.6];
export const NAB_HISTORY_DAYS = 7;
/** The deploy happens this long before the candidate window. */
export const NAB_WARMUP = 1800;
const DAY = 86400;

export type NabKind = 'cpu' | 'latency' | 'requests' | 'network_in' | 'disk_write';

export interface NabSeries {
  /** File name without .csv. */
  name: string;
  kind: NabKind;
  t: Float64Array;
  v: Float64Array;
  /** Labelled anomaly windows [start, end], unix seconds. */
  anomalies: Array<[number, number]>;
}

export function kindOf(file: string): NabKind {
  if (/latency/.test(file)) return 'latency';
  if (/request_count/.test(file)) return 'requests';
  if (/network_?in/i.test(file)) return 'network_in';
  if (/disk_write/.test(file)) return 'disk_write';
  return 'cpu';
}

export interface NabMetricDef {
  metric: string;
  type: 'gauge' | 'counter';
  /** Multiplier of a regression of `size`. */
  factor: (size: number) => number;
  config: string;
}

export const NAB_METRICS: Record<NabKind, NabMetricDef> = {
  cpu: {
    metric: 'nab_cpu_utilization',
    type: 'gauge',
    factor: (s) => 1 + s,
    config:
      'kind: gauge\n    title: CPU utilization\n    unit: "%"\n    metric: nab_cpu_utilization\n    aggregate: avg\n    worse: higher',
  },
  latency: {
    metric: 'nab_request_latency',
    type: 'gauge',
    factor: (s) => 1 + s,
    config:
      'kind: gauge\n    title: Request latency (ELB)\n    unit: ms\n    metric: nab_request_latency\n    aggregate: avg\n    worse: higher',
  },
  requests: {
    metric: 'nab_requests_total',
    type: 'counter',
    factor: (s) => 1 - s,
    config:
      'kind: rate\n    title: Requests (ELB)\n    unit: /min\n    metric: nab_requests_total\n    per: minute\n    worse: lower',
  },
  network_in: {
    metric: 'nab_network_in_bytes_total',
    type: 'counter',
    factor: (s) => 1 + s,
    config:
      'kind: rate\n    title: Network in\n    unit: B/min\n    metric: nab_network_in_bytes_total\n    per: minute\n    events: false\n    worse: higher',
  },
  disk_write: {
    metric: 'nab_disk_write_bytes_total',
    type: 'counter',
    factor: (s) => 1 + s,
    config:
      'kind: rate\n    title: Disk writes\n    unit: B/min\n    metric: nab_disk_write_bytes_total\n    per: minute\n    events: false\n    worse: higher',
  },
};

/** The config file of a kind: only its one metric. */
export function nabConfig(kind: NabKind): string {
  return `# driftgate config of the nab world (bench/accuracy/src/worlds/nab.ts): one metric per series kind.\ncatalog: none\nmetrics:\n  ${kind}:\n    ${NAB_METRICS[kind].config}\n`;
}

function parseTime(s: string): number {
  return Date.parse(`${s.trim().slice(0, 19).replace(' ', 'T')}Z`) / 1000;
}

export function parseCsv(text: string): { t: Float64Array; v: Float64Array } {
  const rows = text.trim().split(/\r?\n/).slice(1);
  const t = new Float64Array(rows.length);
  const v = new Float64Array(rows.length);
  rows.forEach((row, i) => {
    const [ts, val] = row.split(',');
    t[i] = parseTime(ts!);
    v[i] = Number(val);
  });
  return { t, v };
}

export function loadNab(dir: string): NabSeries[] {
  const windows = JSON.parse(readFileSync(join(dir, 'anomaly_windows.json'), 'utf8')) as Record<string, string[][]>;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.csv'))
    .sort()
    .map((file) => {
      const { t, v } = parseCsv(readFileSync(join(dir, file), 'utf8'));
      const anomalies = (windows[file] ?? []).map(([a, b]) => [parseTime(a!), parseTime(b!)] as [number, number]);
      return { name: file.replace(/\.csv$/, ''), kind: kindOf(file), t, v, anomalies };
    });
}

export interface NabCut {
  series: string;
  /** Days since the series' first midnight (UTC) of the candidate window. */
  day: number;
  half: 'tuning' | 'held-out';
  baseline: Window;
  candidate: Window;
}

function overlaps(a: Window, b: [number, number], margin: number): boolean {
  return a.start - margin < b[1] && b[0] < a.end + margin;
}

/** Number of samples with start <= t < end (t sorted). */
export function samplesIn(t: Float64Array, w: Window): number {
  const lo = lowerBound(t, w.start);
  return lowerBound(t, w.end) - lo;
}

function lowerBound(t: Float64Array, x: number): number {
  let lo = 0;
  let hi = t.length;
  while (lo < hi) {
    const m = (lo + hi) >> 1;
    if (t[m]! < x) lo = m + 1;
    else hi = m;
  }
  return lo;
}

/**
 * The comparisons of one series: one per day whose window (at an hour drawn per day from 0, 2, ..., 18)
 * and the previous day's same hours avoid every labelled anomaly window by `NAB_MARGIN` and hold 90% of
 * their samples.
 */
export function cutWindows(s: NabSeries, r: Rand): NabCut[] {
  const W = NAB_WINDOW_HOURS * 3600;
  const first = Math.floor(s.t[0]! / DAY) * DAY;
  const last = s.t[s.t.length - 1]!;
  const need = Math.ceil(0.9 * (W / NAB_STEP));
  const out: NabCut[] = [];
  for (let day = 1; first + day * DAY < last; day++) {
    const hour = 2 * r.int(0, 9);
    const candidate = { start: first + day * DAY + hour * 3600, end: first + day * DAY + hour * 3600 + W };
    const baseline = { start: candidate.start - DAY, end: candidate.end - DAY };
    if (baseline.start - NAB_STEP * 2 < s.t[0]! || candidate.end > last) continue;
    if (s.anomalies.some((a) => overlaps(candidate, a, NAB_MARGIN) || overlaps(baseline, a, NAB_MARGIN))) continue;
    if (samplesIn(s.t, candidate) < need || samplesIn(s.t, baseline) < need) continue;
    out.push({ series: s.name, day, half: day % 2 === 0 ? 'tuning' : 'held-out', baseline, candidate });
  }
  return out;
}

/** Values with those at t >= from multiplied by `factor` (a copy). */
export function inject(t: Float64Array, v: Float64Array, from: number, factor: number): Float64Array {
  const out = Float64Array.from(v);
  for (let i = 0; i < t.length; i++) if (t[i]! >= from) out[i] = v[i]! * factor;
  return out;
}

/** Running total of per-period values: a counter. */
export function cumulate(v: Float64Array): Float64Array {
  const out = new Float64Array(v.length);
  let s = 0;
  for (let i = 0; i < v.length; i++) {
    s += Number.isFinite(v[i]!) ? v[i]! : 0;
    out[i] = s;
  }
  return out;
}
