import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PrometheusServer, startPrometheus } from '../src/prometheus.js';

describe('startPrometheus', () => {
  let prom: PrometheusServer;
  const t0 = Math.floor(Date.now() / 1000 / 3600) * 3600 - 3 * 3600;
  beforeAll(async () => {
    const lines = ['# TYPE demo_total counter'];
    for (let i = 0; i <= 40; i++) lines.push(`demo_total{service="a\\"b"} ${i * 10} ${t0 + i * 15}`);
    prom = await startPrometheus({ openMetrics: lines.join('\n') });
  });
  afterAll(async () => prom?.stop());

  it('serves backfilled data over the HTTP API', async () => {
    const body = new URLSearchParams({ query: 'sum(increase(demo_total[5m]))', time: String(t0 + 600) });
    const res = await fetch(`${prom.url}/api/v1/query`, { method: 'POST', body });
    const json = (await res.json()) as any;
    expect(json.status).toBe('success');
    expect(Number(json.data.result[0].value[1])).toBeCloseTo(200, 0);
    const labels = await (await fetch(`${prom.url}/api/v1/label/service/values`)).json();
    expect((labels as any).data).toEqual(['a"b']);
  });
});
