/**
 * A Change Advisory Board waiver, normalized. This JSON (one object or an array) is what cab-waiver-check
 * outputs as `waiver` and what perf-baseline-compare accepts as its `waiver` input.
 */
export interface Waiver {
  /** e.g. CAB-1234 */
  id: string;
  service: string;
  environment: string;
  /** Metric ids, or ['*'] for all metrics. `*` never lifts max_drift or expires. */
  metrics: string[];
  /** Largest drift accepted, as a fraction (0.25 = 25%). */
  max_drift: number;
  /** Candidate versions or commit SHAs (prefixes of at least 7 characters) covered; absent = any version. */
  versions?: string[];
  /** RFC 3339. */
  expires: string;
  approved_by: string[];
  reason: string;
  ticket?: string;
  /** Where the waiver came from and how its approval was verified (filled in by cab-waiver-check). */
  source?: { kind: 'file' | 'github' | 'jira' | 'input'; ref: string; verification?: string };
}
