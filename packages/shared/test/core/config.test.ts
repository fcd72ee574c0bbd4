import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/core/config.js';
import { BUILTIN_IDS } from '../../src/core/model/catalog.js';
import { loadConfig } from '../../src/io/config/config-file.js';

function dirWith(yaml: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'dg-config-'));
  writeFileSync(join(dir, 'driftgate.yml'), yaml);
  return dir;
}

describe('config', () => {
  it('uses the built-in PERF-003 catalog without a file', async () => {
    const cfg = await loadConfig(undefined, mkdtempSync(join(tmpdir(), 'dg-empty-')));
    expect(cfg.file).toBeNull();
    expect(cfg.metrics.map((m) => m.id)).toEqual(BUILTIN_IDS);
    expect(BUILTIN_IDS).toEqual([
      'latency_p95_read',
      'latency_p95_write',
      'throughput',
      'queue_age',
      'cpu',
      'memory',
      'error_rate',
      'cost_rate',
      'cost_per_1k_requests',
    ]);
    expect(cfg).toMatchObject({
      tolerance: 0.1,
      method: 'drift-interval',
      resolution: 60,
      labels: { service: 'service', environment: 'env', version: 'version' },
    });
  });

  it('merges overrides, new metrics, exclusions, labels and budget', async () => {
    const dir = dirWith(`
labels: { environment: environment, version: image_tag }
tolerance: 15%
resolution: 2m
budget_per_hour: 12.5
exclude: [memory]
metrics:
  latency_p95_read: { tolerance: 0.2, slo: "<= 0.25" }
  queue_age: { slo: null }
  checkout_p99:
    kind: histogram_quantile
    metric: checkout_duration_seconds
    quantile: 0.99
    worse: higher
    unit: s
    filter: 'route="/checkout"'
`);
    const cfg = await loadConfig('driftgate.yml', dir);
    expect(cfg.labels).toEqual({ service: 'service', environment: 'environment', version: 'image_tag' });
    expect(cfg.tolerance).toBe(0.15);
    expect(cfg.resolution).toBe(120);
    const byId = Object.fromEntries(cfg.metrics.map((m) => [m.id, m]));
    expect(byId.memory).toBeUndefined();
    expect(byId.latency_p95_read).toMatchObject({
      tolerance: 0.2,
      slo: { op: '<=', value: 0.25 },
      filter: 'method=~"GET|HEAD"',
    });
    expect(byId.queue_age?.slo).toBeUndefined();
    expect(byId.cost_rate?.slo).toEqual({ op: '<=', value: 12.5 });
    expect(byId.checkout_p99).toMatchObject({ kind: 'histogram_quantile', quantile: 0.99, title: 'checkout_p99' });
  });

  it.each([
    [
      'tolerance: ten percent',
      /driftgate\.yml: tolerance is "ten percent": expected a percentage such as "10%" or a fraction such as 0\.1/,
    ],
    ['method: bayes', /method is "bayes": expected one of "drift-interval", "mean-threshold", "mann-whitney"/],
    ['toleranse: 10%', /unknown key "toleranse" \(did you mean "tolerance"\?\)/],
    [
      'metrics:\n  latency_p59_read: { tolerance: 5% }',
      /metrics\.latency_p59_read is not a built-in metric \(did you mean "latency_p95_read"\?\).*give it a kind/,
    ],
    [
      'metrics:\n  x: { kind: ratio, numerator: a_total, worse: higher }',
      /metrics\.x \(kind ratio\) needs "denominator"/,
    ],
    ['metrics:\n  x: { kind: promql, query: "sum(up)", worse: higher }', /must contain \{\{selector\}\}/],
    [
      'metrics:\n  x: { kind: gauge, metric: "bad-name", aggregate: avg, worse: higher }',
      /metrics\.x\.metric is "bad-name": expected a Prometheus metric name/,
    ],
    [
      'metrics:\n  cpu: { slo: "below 80" }',
      /metrics\.cpu\.slo is "below 80": expected an objective such as "<= 0\.3"/,
    ],
    ['exclude: [cpuu]', /exclude lists "cpuu", which is not a metric \(did you mean "cpu"\?\)/],
    ['labels: { service: "my service" }', /labels\.service is "my service": expected a Prometheus label name/],
    ['metrics: [1, 2', /invalid YAML/],
  ])('rejects %j with a message naming the key, the value and the fix', async (yaml, message) => {
    await expect(loadConfig('driftgate.yml', dirWith(yaml))).rejects.toThrow(message);
  });

  it('requires an explicitly given file to exist', async () => {
    await expect(loadConfig('nope.yml', mkdtempSync(join(tmpdir(), 'dg-')))).rejects.toThrow(
      /Input "config" is "nope.yml": no such file/,
    );
  });

  it('accepts a minimal file', async () => {
    expect((await resolveConfig({ version: 1 }, 'x.yml')).metrics).toHaveLength(9);
  });
});
