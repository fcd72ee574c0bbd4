import { type GenerateOptions, NOISE, type ServiceProfile, type VersionSegment } from '../src/index.js';

export interface ParsedSample {
  name: string;
  labels: Record<string, string>;
  key: string;
  value: number;
  ts: number;
}

/** Minimal OpenMetrics parser for tests: samples in order, and the family order of # TYPE lines. */
export function parseOpenMetrics(text: string): {
  types: Array<[string, string]>;
  samples: ParsedSample[];
  eof: boolean;
} {
  const types: Array<[string, string]> = [];
  const samples: ParsedSample[] = [];
  let eof = false;
  for (const line of text.split('\n')) {
    if (!line) continue;
    if (eof) throw new Error(`content after # EOF: ${line}`);
    if (line === '# EOF') {
      eof = true;
      continue;
    }
    if (line.startsWith('# TYPE ')) {
      const [, , name, type] = line.split(' ');
      types.push([name!, type!]);
      continue;
    }
    if (line.startsWith('#')) continue;
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)\{(.*)\} (\S+) (\S+)$/.exec(line);
    if (!m) throw new Error(`bad sample line: ${line}`);
    const labels: Record<string, string> = {};
    for (const lm of m[2]!.matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)) labels[lm[1]!] = lm[2]!;
    samples.push({ name: m[1]!, labels, key: `${m[1]}{${m[2]}}`, value: Number(m[3]), ts: Number(m[4]) });
  }
  return { types, samples, eof };
}

export function bySeries(samples: ParsedSample[]): Map<string, ParsedSample[]> {
  const out = new Map<string, ParsedSample[]>();
  for (const s of samples) {
    const list = out.get(s.key);
    if (list) list.push(s);
    else out.set(s.key, [s]);
  }
  return out;
}

/** A compact, calm, normal-traffic profile for tests. */
export function testProfile(overrides: Partial<ServiceProfile> = {}): ServiceProfile {
  return {
    service: 'svc-test',
    environment: 'prod',
    methods: [
      { method: 'GET', rate: 20, latency: { median: 0.04, sigma: 0.5 }, errorProbability: 0.01 },
      { method: 'POST', rate: 8, latency: { median: 0.15, sigma: 0.45 }, errorProbability: 0.02 },
    ],
    buckets: {
      read: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      write: [0.05, 0.1, 0.2, 0.4, 0.8, 1.6, 3.2, 6.4],
    },
    ingest: { ratePerMinute: 6000, batchSize: 10 },
    queues: [{ name: 'svc-test-events', ageSeconds: 20, sigma: 0.3, emptyProbability: 0, spikesPerHour: 0 }],
    cpu: { percent: 30, loadShare: 0.7, noise: 0.05 },
    memory: { percent: 40, noise: 0.5, gcAmplitude: 3, gcPeriod: 300 },
    cost: { perHour: 6, requestShare: 0.3, updateEvery: 900, startingCharges: 1000 },
    diurnal: { amplitude: 0.2, phase: 1, latencySensitivity: 0.1 },
    instances: 2,
    noise: NOISE.calm,
    ...overrides,
  };
}

/** Side-by-side (same hour, 50/50) so diurnal load cannot confound a comparison. */
export function sideBySide(end: number, candidate: Partial<VersionSegment> = {}, quiet = true): VersionSegment[] {
  return [
    { version: '1.0.0', start: end - 86400, startedAt: end - 86400, end: end + 3600, share: 0.5, quiet },
    { version: '1.1.0', start: end - 4500, end: end + 3600, share: 0.5, quiet, ...candidate },
  ];
}

export function options(end: number, extra: Partial<GenerateOptions> = {}): GenerateOptions {
  return { profile: testProfile(), deployment: sideBySide(end), start: end - 4500, end, seed: 1, ...extra };
}
