/**
 * Data sanity checks (`--data-only`): simple PromQL per scenario and metric, to show that the injected
 * effects are in Prometheus and how much unchanged releases vary. These are plain window aggregates
 * (one instant query per window), not a gate method.
 */
import type { GroundTruth, MetricId } from '@driftgate/synth';

const QUERIES: Record<MetricId, (sel: string, range: string) => string> = {
  latency_p95_read: (s, r) =>
    `histogram_quantile(0.95, sum by (le) (increase(http_request_duration_seconds_bucket{${s},method=~"GET|HEAD"}[${r}])))`,
  latency_p95_write: (s, r) =>
    `histogram_quantile(0.95, sum by (le) (increase(http_request_duration_seconds_bucket{${s},method=~"POST|PUT|PATCH|DELETE"}[${r}])))`,
  throughput: (s, r) => `sum(increase(ingest_events_total{${s}}[${r}]))`,
  queue_age: (s, r) => `avg_over_time((max(sqs_approximate_age_of_oldest_message_seconds{${s}}))[${r}:15s])`,
  cpu: (s, r) => `avg_over_time((avg(cpu_utilization{${s}}))[${r}:15s])`,
  memory: (s, r) => `avg_over_time((avg(memory_utilization{${s}}))[${r}:15s])`,
  error_rate: (s, r) => `sum(increase(errors_total{${s}}[${r}])) / sum(increase(requests_total{${s}}[${r}]))`,
  cost_rate: (s, r) => `sum(increase(aws_billing_estimated_charges{${s}}[${r}]))`,
  cost_per_1k_requests: (s, r) =>
    `1000 * sum(increase(aws_billing_estimated_charges{${s}}[${r}])) / sum(increase(requests_total{${s}}[${r}]))`,
};

export async function instantQuery(url: string, query: string, time: number): Promise<number | null> {
  const res = await fetch(`${url}/api/v1/query`, {
    method: 'POST',
    body: new URLSearchParams({ query, time: String(time) }),
  });
  const json = (await res.json()) as any;
  if (json.status !== 'success') throw new Error(`${query}: ${JSON.stringify(json)}`);
  const r = json.data.result;
  if (!r.length) return null;
  const v = Number(r[0].value[1]);
  return Number.isFinite(v) ? v : null;
}

/** Naive relative change (candidate / baseline - 1) of every metric for one scenario. */
export async function naiveDrifts(url: string, t: GroundTruth): Promise<Record<MetricId, number | null>> {
  const sel = (v: string) => `service="${t.service}",env="${t.environment}",version="${v}"`;
  const range = (w: { start: number; end: number }) => `${w.end - w.start}s`;
  const out = {} as Record<MetricId, number | null>;
  for (const [id, q] of Object.entries(QUERIES) as Array<[MetricId, (typeof QUERIES)[MetricId]]>) {
    const b = await instantQuery(url, q(sel(t.baselineVersion), range(t.baselineWindow)), t.baselineWindow.end);
    const c = await instantQuery(url, q(sel(t.candidateVersion), range(t.candidateWindow)), t.candidateWindow.end);
    out[id] = b && c !== null ? c / b - 1 : null;
  }
  return out;
}

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.round(q * (s.length - 1))))]!;
}

/** A markdown summary: naive drift of the injected metric per size, and the spread on unchanged releases. */
export function sanityReport(rows: Array<{ truth: GroundTruth; drifts: Record<MetricId, number | null> }>): string {
  const lines = [
    '| metric | unchanged: median abs drift | unchanged: p90 abs drift | injected sizes: median naive drift |',
    '|---|---:|---:|---|',
  ];
  const metrics = Object.keys(QUERIES) as MetricId[];
  for (const m of metrics) {
    const aa = rows
      .filter((r) => r.truth.category === 'unchanged')
      .map((r) => r.drifts[m])
      .filter((v): v is number => v !== null)
      .map(Math.abs);
    const order = ['5%', '12%', '20%', '35%', '60%', 'x2', 'x3', 'x5'];
    const sizes = [...new Set(rows.filter((r) => r.truth.metric === m).map((r) => r.truth.sizeLabel!))].sort(
      (a, b) => order.indexOf(a) - order.indexOf(b),
    );
    const inj = sizes
      .map((z) => {
        const ds = rows
          .filter((r) => r.truth.metric === m && r.truth.sizeLabel === z)
          .map((r) => r.drifts[m])
          .filter((v): v is number => v !== null);
        return ds.length ? `${z}: ${(quantile(ds, 0.5) * 100).toFixed(0)}%` : `${z}: —`;
      })
      .join(', ');
    lines.push(
      `| ${m} | ${aa.length ? `${(quantile(aa, 0.5) * 100).toFixed(1)}%` : '—'} | ${aa.length ? `${(quantile(aa, 0.9) * 100).toFixed(1)}%` : '—'} | ${inj} |`,
    );
  }
  return lines.join('\n');
}
