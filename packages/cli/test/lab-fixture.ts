/**
 * The newcomer's lab of issue 14 as backfilled data: a Prometheus scraping itself every 5 s, release v1 for
 * 90 minutes, then v2 for 90 minutes with heavier queries. Series are shaped like Prometheus' own
 * (job="prometheus", instance="localhost:9090", no service/env/version labels; the version only in
 * prometheus_build_info), plus a service instrumented with the OpenTelemetry semantic conventions (version
 * only in target_info) for the examples/bring-your-own-metrics walkthrough.
 *
 * v1 -> v2: /api/v1/query goes from 0% to 25% of queries over 100 ms (all of them within (0.1, 0.2], so
 * Prometheus' histogram_quantile reads p95 = 0.18 s), from 20.9 to 35.9 queries per minute, and CPU from
 * 0.002 to 0.09 s/s (45x). Counters restart with the new build, as a real restart does. An ALB exported
 * from CloudWatch (5-minute samples) answers 50% slower on v2.
 */

/** Prometheus' default buckets (client_golang DefBuckets for its HTTP handler histogram). */
const PROM_BUCKETS = [0.1, 0.2, 0.4, 1, 3, 8, 20, 60, 120];
/** OTel's default explicit buckets for http.server.request.duration (seconds). */
const OTEL_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10];

export const LAB_SCRAPE = 5;
export const LAB_PERIOD = 5400;
/** CloudWatch through an exporter: one sample per 5-minute period. */
export const CLOUDWATCH_PERIOD = 300;
export const ALB = 'app/checkout-alb/50dc6c495c0c9188';

export interface Lab {
  openMetrics: string;
  /** v1 runs [start, mid), v2 [mid, end). Unix seconds. */
  start: number;
  mid: number;
  end: number;
  /** START..END of the last `minutes` of v1 / the first `minutes` of v2 (after a warm-up). */
  v1Window(minutes: number, offsetMinutes?: number): string;
  v2Window(minutes: number, offsetMinutes?: number): string;
}

/** Deterministic uniform [0, 1) (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Poisson draw (Knuth; small means only). */
function poisson(mean: number, u: () => number): number {
  const l = Math.exp(-mean);
  let k = 0;
  let p = 1;
  do {
    k++;
    p *= u();
  } while (p > l);
  return k - 1;
}

interface Hist {
  buckets: number[];
  counts: number[];
  sum: number;
}

function newHist(bounds: number[]): Hist {
  return { buckets: bounds, counts: new Array(bounds.length + 1).fill(0), sum: 0 };
}

function observe(h: Hist, v: number): void {
  const i = h.buckets.findIndex((b) => v <= b);
  h.counts[i < 0 ? h.buckets.length : i]++;
  h.sum += v;
}

function histLines(name: string, labels: string, h: Hist, t: number): string[] {
  const out: string[] = [];
  let cum = 0;
  h.buckets.forEach((b, i) => {
    cum += h.counts[i] as number;
    out.push(`${name}_bucket{${labels},le="${b}"} ${cum} ${t}`);
  });
  cum += h.counts[h.buckets.length] as number;
  out.push(`${name}_bucket{${labels},le="+Inf"} ${cum} ${t}`);
  out.push(`${name}_count{${labels}} ${cum} ${t}`);
  out.push(`${name}_sum{${labels}} ${h.sum.toFixed(6)} ${t}`);
  return out;
}

export function labFixture(end = Math.floor(Date.now() / 1000 / 3600) * 3600 - 2 * 3600): Lab {
  const start = end - 2 * LAB_PERIOD;
  const mid = start + LAB_PERIOD;
  const u = rng(14);
  const families: Record<string, { type: string; lines: string[] }> = {
    prometheus_http_request_duration_seconds: { type: 'histogram', lines: [] },
    prometheus_http_requests: { type: 'counter', lines: [] },
    process_cpu_seconds: { type: 'counter', lines: [] },
    prometheus_build_info: { type: 'gauge', lines: [] },
    http_server_request_duration_seconds: { type: 'histogram', lines: [] },
    target_info: { type: 'gauge', lines: [] },
    aws_applicationelb_target_response_time_average: { type: 'gauge', lines: [] },
    aws_applicationelb_request_count_sum: { type: 'gauge', lines: [] },
  };
  const self = 'instance="localhost:9090",job="prometheus"';
  const otel = 'instance="pod-1",job="shop/checkout"';
  let state = fresh();
  function fresh() {
    return {
      query: newHist(PROM_BUCKETS),
      metrics: newHist(PROM_BUCKETS),
      queries: 0,
      scrapes: 0,
      cpu: 0,
      otel: newHist(OTEL_BUCKETS),
    };
  }
  for (let t = start; t < end; t += LAB_SCRAPE) {
    if (t === mid) state = fresh(); // the v2 build starts: counters restart
    const v2 = t >= mid;
    // Queries against /api/v1/query: 20.9/min on v1, 35.9/min on v2.
    const n = poisson(((v2 ? 35.9 : 20.9) * LAB_SCRAPE) / 60, u);
    for (let i = 0; i < n; i++) {
      const slow = v2 && u() < 0.25;
      observe(state.query, slow ? 0.1 + 0.1 * u() : 0.005 + 0.09 * u());
    }
    state.queries += n;
    observe(state.metrics, 0.002 + 0.004 * u());
    state.scrapes += 1;
    state.cpu += (v2 ? 0.09 : 0.002) * LAB_SCRAPE * (0.8 + 0.4 * u());
    // The OTel service: 120 requests/min, v2 about 40% slower.
    const m = poisson((120 * LAB_SCRAPE) / 60, u);
    for (let i = 0; i < m; i++) observe(state.otel, (v2 ? 1.4 : 1) * 0.03 * Math.exp(0.5 * (u() + u() + u() - 1.5)));

    const ts = t + LAB_SCRAPE;
    if (ts % CLOUDWATCH_PERIOD === 0) {
      // The ALB in front of the service: v2 answers about 50% slower, traffic unchanged.
      const alb = `load_balancer="${ALB}"`;
      (families.aws_applicationelb_target_response_time_average as { lines: string[] }).lines.push(
        `aws_applicationelb_target_response_time_average{${alb}} ${((v2 ? 0.3 : 0.2) * (0.9 + 0.2 * u())).toFixed(4)} ${ts}`,
      );
      (families.aws_applicationelb_request_count_sum as { lines: string[] }).lines.push(
        `aws_applicationelb_request_count_sum{${alb}} ${Math.round(6000 * (0.9 + 0.2 * u()))} ${ts}`,
      );
    }
    const q = families.prometheus_http_request_duration_seconds as { lines: string[] };
    q.lines.push(
      ...histLines('prometheus_http_request_duration_seconds', `handler="/api/v1/query",${self}`, state.query, ts),
    );
    q.lines.push(
      ...histLines('prometheus_http_request_duration_seconds', `handler="/metrics",${self}`, state.metrics, ts),
    );
    // The same series relabelled with service/env/version (job="relabelled", so the version-less selectors
    // on job="prometheus" never see them): the shape driftgate's built-in labels expect.
    const rel = `env="lab",job="relabelled",service="lab",version="${v2 ? 'v2' : 'v1'}"`;
    q.lines.push(
      ...histLines('prometheus_http_request_duration_seconds', `handler="/api/v1/query",${rel}`, state.query, ts),
    );
    (families.process_cpu_seconds as { lines: string[] }).lines.push(
      `process_cpu_seconds_total{${rel}} ${state.cpu.toFixed(4)} ${ts}`,
    );
    const c = families.prometheus_http_requests as { lines: string[] };
    c.lines.push(`prometheus_http_requests_total{code="200",handler="/api/v1/query",${rel}} ${state.queries} ${ts}`);
    c.lines.push(`prometheus_http_requests_total{code="200",handler="/api/v1/query",${self}} ${state.queries} ${ts}`);
    c.lines.push(`prometheus_http_requests_total{code="200",handler="/metrics",${self}} ${state.scrapes} ${ts}`);
    (families.process_cpu_seconds as { lines: string[] }).lines.push(
      `process_cpu_seconds_total{${self}} ${state.cpu.toFixed(4)} ${ts}`,
    );
    (families.prometheus_build_info as { lines: string[] }).lines.push(
      `prometheus_build_info{goversion="go1.22",${self},version="${v2 ? 'v2' : 'v1'}"} 1 ${ts}`,
    );
    (families.http_server_request_duration_seconds as { lines: string[] }).lines.push(
      ...histLines(
        'http_server_request_duration_seconds',
        `http_request_method="GET",http_response_status_code="200",http_route="/checkout",${otel}`,
        state.otel,
        ts,
      ),
    );
    (families.target_info as { lines: string[] }).lines.push(
      `target_info{${otel},service_name="checkout",service_namespace="shop",service_version="${v2 ? '1.1.0' : '1.0.0'}"} 1 ${ts}`,
    );
  }
  const text = Object.entries(families)
    .map(([name, f]) => [`# TYPE ${name} ${f.type}`, ...f.lines].join('\n'))
    .join('\n');
  const warm = 300;
  const win = (from: number, minutes: number) => `${from}..${from + minutes * 60}`;
  return {
    openMetrics: `${text}\n# EOF\n`,
    start,
    mid,
    end,
    v1Window: (minutes, offset = 0) => win(mid - minutes * 60 - offset * 60, minutes),
    v2Window: (minutes, offset = 0) => win(mid + warm + offset * 60, minutes),
  };
}
