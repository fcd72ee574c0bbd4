/**
 * A world: one source of labelled release comparisons. It builds the scenarios (ground truth plus the
 * gate's flags: windows, versions, config file), writes their telemetry as OpenMetrics, and the shared
 * machinery in run.ts backfills it, runs the bundled CLI on every scenario and scores the verdicts.
 */
import type { BenchTruth } from '../truth.js';

export type WorldName = 'synth' | 'ar1' | 'nab' | 'wide';
export const WORLD_NAMES: WorldName[] = ['synth', 'ar1', 'nab', 'wide'];

export interface WorldOptions {
  seed: number;
  set: 'small' | 'full';
  /** End of the data (unix seconds). */
  end: number;
  /** synth only: its scrape interval and window length (the other worlds have their own, fixed). */
  scrapeInterval: number;
  windowMinutes: number;
  /** Only the first N scenarios. */
  limit?: number;
}

export interface OpenMetricsFile {
  path: string;
  bytes: number;
}

export interface WorldBuild {
  world: WorldName;
  /** One line for reports: what the data is. */
  description: string;
  scenarios: BenchTruth[];
  /** Config files by name (YAML text), written as `.github/driftgate.yml` of a working directory per name. */
  configs: Record<string, string>;
  /** Writes the telemetry of all scenarios as OpenMetrics files in `dir` (for promtool). */
  write(dir: string): OpenMetricsFile[];
  /** Extra lines for the log and report (e.g. synth's model bound). */
  notes: string[];
  /** Scrape (or sample) interval of the data, seconds. */
  sampleInterval: number;
}

export interface World {
  name: WorldName;
  /** The seed `npm run bench:accuracy` reports; never tune on it. */
  heldOutSeed: number;
  /** Seeds to look at while developing. */
  tuningSeeds: number[];
  /** What a seed means in this world (one line for the README and --help). */
  seedMeaning: string;
  build(opts: WorldOptions): WorldBuild;
}

/** Targets of issue 11, checked on every world separately. */
export const TARGETS = {
  falseAlarms: 0.02,
  detection35: 0.95,
  detection20: 0.7,
  inconclusiveExclVeryLow: 0.05,
  wallMs: 2000,
  requests: 40,
} as const;
