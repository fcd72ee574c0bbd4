/**
 * The ground truth the benchmark scores against, for every world. Structurally a superset of
 * `@driftgate/synth`'s GroundTruth (its scenarios are used as they are); the other worlds fill the same
 * fields with their own metric ids and strata.
 */
import type { GroundTruth } from '@driftgate/synth';

export type Category = 'unchanged' | 'improvement' | 'regression';

export interface Window {
  start: number;
  end: number;
}

export interface BenchTruth {
  id: string;
  category: Category;
  /** Regressions: the metric id (as the gate reports it) whose true value was made worse. */
  metric?: string;
  /** Regressions: relative worsening (0.2 = 20% worse); for error_rate the multiplier (2, 3, 5). */
  size?: number;
  /** "20%" or "x3". */
  sizeLabel?: string;
  /** Improvements: metrics made better and the factor applied to their true value. */
  improved?: Array<{ metric: string; factor: number }>;
  /** Strata for the breakdowns (each world has its own values; `very-low` traffic is excluded where the targets say so). */
  traffic: string;
  noise: string;
  layout: string;
  service: string;
  environment: string;
  baselineVersion: string;
  candidateVersion: string;
  baselineWindow: Window;
  candidateWindow: Window;
  billingReset?: boolean;
  /**
   * Name of the config file the gate runs with (a key of the world's `configs`), or undefined for none
   * (the built-in catalog).
   */
  config?: string;
}

/** Compile-time check that synth's ground truth is a BenchTruth. */
export const fromSynth = (t: GroundTruth): BenchTruth => t;
