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
  source?: WaiverSource;
}

/** file: a YAML file in the repository; github: a `cab-waiver` label on the PR; jira: a Jira issue; input: JSON. */
export type WaiverSourceKind = 'file' | 'github' | 'jira' | 'input';

export interface WaiverSource {
  kind: WaiverSourceKind;
  /** Repository-relative file path, PR reference (owner/repo#12) or Jira issue key. */
  ref: string;
  /** Link to the evidence (merged PR, Jira issue). */
  url?: string;
  /** How the approval was proven, in one sentence. */
  verification?: string;
}
