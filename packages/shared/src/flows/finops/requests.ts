/**
 * Each service's request count on the report day, from the metric store the rest of driftgate reads (sources/):
 * one instant query per environment at the end of the day,
 *   sum by (<service label>) (increase(<requests metric>{<environment label>="<env>"}[1d]))
 */

import { ConfigurationError } from '../../core/errors.js';
import { isLabelName, isMetricName, quoteLabelValue } from '../../core/promql.js';
import type { MetricSource } from '../../io/sources/source-types.js';

export interface RequestsQuery {
  metric: string;
  serviceLabel: string;
  environmentLabel: string;
}

export function checkRequestsQuery(q: RequestsQuery): void {
  if (!isMetricName(q.metric))
    throw new ConfigurationError(
      `Input "requests-metric" is ${JSON.stringify(q.metric)}: expected a Prometheus metric name such as requests_total.`,
    );
  for (const [input, v] of [
    ['service-label', q.serviceLabel],
    ['environment-label', q.environmentLabel],
  ] as const)
    if (!isLabelName(v))
      throw new ConfigurationError(
        `Input "${input}" is ${JSON.stringify(v)}: expected a Prometheus label name such as service.`,
      );
}

export function requestsPromql(q: RequestsQuery, env: string): string {
  return `sum by (${q.serviceLabel}) (increase(${q.metric}{${q.environmentLabel}=${quoteLabelValue(env)}}[1d]))`;
}

/** Requests per service on the day ending at `dayEnd` (unix seconds). */
export async function readRequests(
  source: MetricSource,
  q: RequestsQuery,
  env: string,
  dayEnd: number,
): Promise<Map<string, number>> {
  const result = await source.queryInstant(requestsPromql(q, env), dayEnd);
  const out = new Map<string, number>();
  for (const s of result.series) {
    const name = s.labels[q.serviceLabel];
    const v = s.samples[0]?.v;
    if (name !== undefined && v !== undefined && Number.isFinite(v)) out.set(name, Math.round(v));
  }
  return out;
}
