/**
 * The one interface every metric backend implements. Times are unix seconds (float allowed).
 * Implementations: prometheus.ts (any Prometheus-compatible HTTP API), amp.ts (Amazon Managed Service for
 * Prometheus, SigV4), file.ts (recorded responses). The rest of driftgate only sees MetricSource.
 */
export interface Sample {
  /** unix seconds */
  t: number;
  /** NaN and +/-Inf are kept as such (Prometheus sends them as strings "NaN", "+Inf", "-Inf"). */
  v: number;
}

export interface Series {
  labels: Record<string, string>;
  samples: Sample[];
}

export interface QueryResult {
  /** The PromQL that was sent, exactly. */
  query: string;
  /** Matrix for range queries; for instant queries each series has one sample (scalars become one series with no labels). */
  series: Series[];
  /** Warnings the server attached to the response (Prometheus `warnings`). A metric with warnings is inconclusive. */
  warnings: string[];
}

export interface RangeQuery {
  query: string;
  /** unix seconds, inclusive */
  start: number;
  /** unix seconds, inclusive */
  end: number;
  /** seconds between points */
  step: number;
}

export interface MetricSource {
  /** 'prometheus' | 'amp' | 'file' (or a test double) */
  readonly kind: string;
  /** Human-readable location for reports, never containing secrets (e.g. the URL, the file path). */
  readonly description: string;
  queryRange(q: RangeQuery): Promise<QueryResult>;
  queryInstant(query: string, time: number): Promise<QueryResult>;
  /** Number of HTTP requests made so far (for benchmarks and reports); 0 for offline sources. */
  requestCount(): number;
}

/** Prometheus refuses range queries with more than 11,000 points per series. */
export const MAX_POINTS_PER_SERIES = 11_000;
