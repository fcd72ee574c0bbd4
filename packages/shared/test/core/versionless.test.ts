/** Issue 14: releases without a version label, info-metric joins, configured metrics, defaults (pure parts). */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/core/config.js';
import { changeInterval } from '../../src/core/judge/change.js';
import { mannWhitneyMinValues, smallestPValue } from '../../src/core/judge/reference.js';
import { checkSufficiency } from '../../src/core/judge/sufficiency.js';
import type { MetricDef } from '../../src/core/model/metric.js';
import type { WindowData } from '../../src/core/model/window.js';
import { describeSelector, metricQueries, parseVersionFrom, selector } from '../../src/core/promql.js';
import { formatChange, pctChange } from '../../src/core/report/format.js';
import { loadConfig } from '../../src/io/config/config-file.js';

const target = { service: 'api', environment: 'prod', version: 'v1' };

describe('selectors without a version label', () => {
  it('"none" drops the environment or version matcher; version_from drops it and joins the info metric', async () => {
    expect(selector({ service: 'job', environment: 'none', version: 'none' }, target)).toBe('job="api"');
    expect(selector({ service: 'service', environment: 'env', version: 'none' }, target)).toBe(
      'service="api",env="prod"',
    );
    const from = parseVersionFrom('build_info{version}');
    expect(from).toEqual({ metric: 'build_info', label: 'version', on: ['job', 'instance'] });
    expect(parseVersionFrom('target_info{service_version} on(job)')).toEqual({
      metric: 'target_info',
      label: 'service_version',
      on: ['job'],
    });
    expect(parseVersionFrom('build_info')).toBeNull();
    const labels = { service: 'job', environment: 'none', version: 'version', versionFrom: from ?? undefined };
    const gauge: MetricDef = {
      id: 'g',
      title: 'g',
      unit: '',
      kind: 'gauge',
      metric: 'm',
      aggregate: 'avg',
      worse: 'higher',
    };
    expect(metricQueries(gauge, labels, { ...target, version: 'v"2' }, 60, 15)).toEqual([
      'avg((avg_over_time(m{job="api"}[59999ms]) * on(job, instance) group_left() max by (job, instance) (build_info{version="v\\"2"})))',
    ]);
    expect(describeSelector(labels, target)).toBe('job="api", joined on(job, instance) with build_info{version="v1"}');
    expect(describeSelector({ service: 'job', environment: 'none', version: 'none' }, target)).toBe(
      'job="api" (no version label: told apart by the window)',
    );
  });
});

describe('config', () => {
  it('rate and gauge take per: second and aggregate: avg; configured metrics are marked; bad version_from is named', async () => {
    const cfg = await resolveConfig(
      {
        catalog: 'none',
        labels: { version: 'none' },
        metrics: {
          r: { kind: 'rate', metric: 'x_total', worse: 'lower' },
          g: { kind: 'gauge', metric: 'y', worse: 'higher' },
        },
      },
      'c.yml',
    );
    expect(cfg.metrics.map((m) => [m.id, (m as any).per ?? (m as any).aggregate, m.configured])).toEqual([
      ['r', 'second', true],
      ['g', 'avg', true],
    ]);
    const tuned = await resolveConfig(
      { metrics: { cpu: { tolerance: '20%' }, latency_p95_read: { metric: 'h' } } },
      'c.yml',
    );
    expect(tuned.metrics.find((m) => m.id === 'cpu')?.configured).toBeUndefined();
    expect(tuned.metrics.find((m) => m.id === 'latency_p95_read')?.configured).toBe(true);
    await expect(resolveConfig({ version_from: 'build_info' }, 'c.yml')).rejects.toThrow(
      /version_from is "build_info"/,
    );
    await expect(
      resolveConfig(
        {
          version_from: 'build_info{version}',
          metrics: { q: { kind: 'promql', query: 'sum(x{ {{selector}} })', worse: 'higher' } },
        },
        'c.yml',
      ),
    ).rejects.toThrow(/metrics.q is a promql template, which version_from cannot join/);
    expect((await loadConfig('builtin', '/nonexistent')).file).toBeNull();
  });
});

function windowData(found: boolean, points = 0): WindowData {
  return {
    metricId: 'm',
    target,
    window: { start: 0, end: points * 60 },
    step: 60,
    components: ['value', 'n'],
    points: Array.from({ length: points }, (_, i) => ({ t: (i + 1) * 60, c: [1, 1] })),
    expectedPoints: points,
    queries: [],
    warnings: [],
    found,
    notes: [],
  };
}

describe('sufficiency', () => {
  const gauge: MetricDef = {
    id: 'm',
    title: 'm',
    unit: '',
    kind: 'gauge',
    metric: 'm',
    aggregate: 'avg',
    worse: 'higher',
  };
  it('only a built-in metric without series is not-applicable; a configured one is inconclusive with its hints', async () => {
    expect(checkSufficiency(gauge, windowData(false), windowData(false)).verdict).toBe('not-applicable');
    const missing = { ...windowData(false), hints: ['no series named m in the window at all: check the metric name'] };
    const s = checkSufficiency({ ...gauge, configured: true }, missing, windowData(false));
    expect(s.verdict).toBe('inconclusive');
    expect(s.findings).toEqual([{ code: 'no-series', configured: true }]);
    expect(s.hints[0]).toBe('no series named m in the window at all: check the metric name');
  });
  it('drift-interval needs 10 sub-windows per side; the reference judges 5', async () => {
    expect(checkSufficiency(gauge, windowData(true, 6), windowData(true, 6), 'drift-interval').verdict).toBe(
      'inconclusive',
    );
    expect(checkSufficiency(gauge, windowData(true, 6), windowData(true, 6), 'mean-threshold').verdict).toBeNull();
    expect(checkSufficiency(gauge, windowData(true, 10), windowData(true, 10), 'drift-interval').verdict).toBeNull();
  });
  it('mann-whitney knows the smallest p-value it can give', async () => {
    expect(smallestPValue(2, 2)).toBeGreaterThan(0.02);
    expect(mannWhitneyMinValues()).toBe(5);
    expect(smallestPValue(5, 5)).toBeLessThan(0.02);
  });
});

describe('the change as it happened', () => {
  it('shows a rise of a lower-is-worse metric as +N% better, and its interval the same way round', async () => {
    const throughput = {
      drift: -(35.9 / 20.9 - 1),
      worse: 'lower' as const,
      interval: { low: -0.9, high: -0.5, confidence: 0.95 },
    };
    expect(formatChange(throughput)).toBe('+71.8% better');
    expect(pctChange(throughput)).toBe('+72% (better)');
    expect(changeInterval(throughput)).toEqual({ low: 0.5, high: 0.9 });
    expect(formatChange({ drift: 0.31, worse: 'higher' })).toBe('+31.0% worse');
    expect(formatChange({ drift: 0.05, worse: 'lower' })).toBe('-5.0% worse');
    expect(formatChange({ drift: 0.0001, worse: 'higher' })).toBe('+0.0%');
  });
});
