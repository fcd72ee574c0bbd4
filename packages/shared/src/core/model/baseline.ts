/**
 * A release's baseline per metric: computed once from the stable version's data (core/judge/release-baseline.ts), stored
 * with the baseline store record (io/store/baseline-store.ts) and the bake's evidence, used by the gate, every bake tick
 * and the watch's rules.
 */

/** The estimator behind `value`, as stored (a reader refuses values it cannot compare with). */
export const BASELINE_ESTIMATOR = 'driftgate-estimate';

export interface MetricBaseline {
  /** driftgate's estimate over the whole window (metric unit); null: no data, or too few events to judge. */
  value: number | null;
  /** Histogram quantiles: Prometheus' histogram_quantile over the pooled buckets (same data). */
  histogramQuantile?: number | null;
  /** Histogram quantiles: the median 5-minute histogram_quantile (same data), the watch's statistic. */
  histogramQuantile5m?: number | null;
  /** Events behind the value, for count-based metrics. */
  events?: number;
}

/** Every metric's baseline of one release, and how it was computed. */
export interface ReleaseBaseline {
  estimator: typeof BASELINE_ESTIMATOR;
  /** Whether transient incidents were left out (config trim_incidents). */
  trimIncidents: boolean;
  metrics: Record<string, MetricBaseline>;
}
