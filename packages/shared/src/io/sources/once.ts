/** A MetricSource that sends each distinct query once per run (shared by compare and the production watch). */
import type { MetricSource, QueryResult } from './source-types.js';

/**
 * Identical queries are sent once per run: cost_rate and cost_per_1k_requests share the charges query,
 * error_rate and cost_per_1k_requests the requests query.
 */
export function oncePerQuery(source: MetricSource): MetricSource {
  const seen = new Map<string, Promise<QueryResult>>();
  const once = (key: string, run: () => Promise<QueryResult>) => {
    let p = seen.get(key);
    if (!p) {
      p = run();
      seen.set(key, p);
      p.catch(() => seen.delete(key));
    }
    return p;
  };
  return {
    kind: source.kind,
    description: source.description,
    requestCount: () => source.requestCount(),
    queryRange: (q) => once(`range|${q.query}|${q.start}|${q.end}|${q.step}`, () => source.queryRange(q)),
    queryInstant: (query, time) => once(`instant|${query}|${time}`, () => source.queryInstant(query, time)),
  };
}
