/**
 * PrometheusSource against a REAL Prometheus (testkit's startPrometheus: promtool backfills the generated
 * OpenMetrics below, then Prometheus serves it on 127.0.0.1).
 */

import { type PrometheusServer, startPrometheus } from '@driftgate/testkit/prometheus';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SourceError } from '../../src/core/errors.js';
import { PrometheusSource } from '../../src/io/sources/prometheus.js';
import { hourAligned, openMetrics, points, promqlString } from './openmetrics.js';

// Label values that break naive escaping: a quote, a backslash, a closing brace, a line feed.
const SPECIAL = ['a"b', 'c\\d', 'e}f', 'g\nh'];
const T0 = hourAligned(6);
const STEP = 15;
const COUNT = 241; // one hour of 15 s samples: i = 0..240

describe('PrometheusSource against a real Prometheus', () => {
  let prom: PrometheusServer;
  let source: PrometheusSource;

  beforeAll(async () => {
    prom = await startPrometheus({
      openMetrics: openMetrics([
        {
          // value = i * (k + 1) for the k-th special label value
          name: 'driftgate_test_value',
          type: 'gauge',
          series: SPECIAL.map((service, k) => ({
            labels: { service },
            points: points(T0, STEP, COUNT, (i) => i * (k + 1)),
          })),
        },
        {
          name: 'driftgate_test_nan',
          type: 'gauge',
          series: [{ labels: {}, points: points(T0, STEP, COUNT, () => Number.NaN) }],
        },
        {
          name: 'driftgate_test_requests',
          type: 'counter',
          series: [{ labels: { service: 'api' }, points: points(T0, STEP, COUNT, (i) => i * 30) }],
        },
      ]),
    });
    source = new PrometheusSource({ url: prom.url, retries: 3, retry: { minDelayMs: 10, maxDelayMs: 20 } });
  });
  afterAll(async () => prom?.stop());

  it('answers a range query with the backfilled samples', async () => {
    const query = `driftgate_test_value{service=${promqlString('a"b')}}`;
    const r = await source.queryRange({ query, start: T0, end: T0 + 600, step: 60 });
    expect(r.query).toBe(query);
    expect(r.warnings).toEqual([]);
    expect(r.series).toHaveLength(1);
    expect(r.series[0]?.labels).toEqual({ __name__: 'driftgate_test_value', service: 'a"b' });
    // At T0 + 60k the latest sample is i = 4k, whose value is 4k.
    expect(r.series[0]?.samples).toEqual(Array.from({ length: 11 }, (_, k) => ({ t: T0 + 60 * k, v: 4 * k })));
  });

  it('answers an instant query, with label values containing quotes, backslashes, braces and line feeds', async () => {
    const r = await source.queryInstant('driftgate_test_value', T0 + 300);
    const byService = Object.fromEntries(r.series.map((s) => [s.labels.service, s.samples]));
    expect(Object.keys(byService).sort()).toEqual([...SPECIAL].sort());
    SPECIAL.forEach((service, k) => {
      // T0 + 300 is sample i = 20
      expect(byService[service]).toEqual([{ t: T0 + 300, v: 20 * (k + 1) }]);
    });
  });

  it('selects each special label value exactly when it is quoted into PromQL', async () => {
    for (const [k, service] of SPECIAL.entries()) {
      const r = await source.queryInstant(`driftgate_test_value{service=${promqlString(service)}}`, T0 + 150);
      expect(r.series.map((s) => s.labels.service)).toEqual([service]);
      expect(r.series[0]?.samples[0]?.v).toBe(10 * (k + 1));
    }
  });

  it('computes rates from backfilled counters', async () => {
    const r = await source.queryRange({
      query: 'sum(rate(driftgate_test_requests_total[1m]))',
      start: T0 + 600,
      end: T0 + 1200,
      step: 300,
    });
    expect(r.series).toHaveLength(1);
    expect(r.series[0]?.labels).toEqual({});
    expect(r.series[0]?.samples.map((s) => s.t)).toEqual([T0 + 600, T0 + 900, T0 + 1200]);
    for (const s of r.series[0]?.samples ?? []) expect(s.v).toBeCloseTo(2, 6); // 30 per 15 s
  });

  it('turns "NaN", "+Inf" and "-Inf" into numbers (stored NaN samples, 0/0, ±1/0)', async () => {
    const stored = await source.queryRange({ query: 'driftgate_test_nan', start: T0, end: T0 + 120, step: 60 });
    expect(stored.series[0]?.samples.map((s) => s.v)).toEqual([Number.NaN, Number.NaN, Number.NaN]);
    expect(stored.series[0]?.samples.every((s) => Number.isNaN(s.v))).toBe(true);

    const scalar = await source.queryInstant('0/0', T0);
    expect(scalar.series).toEqual([{ labels: {}, samples: [{ t: T0, v: Number.NaN }] }]);

    const inf = await source.queryInstant('vector(1)/0', T0);
    expect(inf.series[0]?.samples[0]?.v).toBe(Number.POSITIVE_INFINITY);
    const negInf = await source.queryRange({ query: 'vector(-1)/0', start: T0, end: T0 + 60, step: 60 });
    expect(negInf.series[0]?.samples).toEqual([
      { t: T0, v: Number.NEGATIVE_INFINITY },
      { t: T0 + 60, v: Number.NEGATIVE_INFINITY },
    ]);
  });

  it('returns an empty series list for a metric that does not exist', async () => {
    const range = await source.queryRange({ query: 'driftgate_test_missing', start: T0, end: T0 + 600, step: 60 });
    expect(range).toEqual({ query: 'driftgate_test_missing', series: [], warnings: [] });
    const instant = await source.queryInstant('driftgate_test_missing', T0 + 60);
    expect(instant.series).toEqual([]);
  });

  it('surfaces invalid PromQL as 400 bad_data with the server message, without retrying', async () => {
    const query = 'sum(rate(driftgate_test_value[5m])';
    const before = source.requestCount();
    const err = await source.queryRange({ query, start: T0, end: T0 + 600, step: 60 }).catch((e) => e);
    expect(err).toBeInstanceOf(SourceError);
    expect(err.message).toMatch(
      /^Prometheus rejected the query \(400 bad_data\): .*parse error.*unclosed left parenthesis/,
    );
    expect(err.message).toContain(`Query: ${query}`);
    expect(err.details).toMatchObject({ status: 400, errorType: 'bad_data', retryable: false, query });
    expect(err.details.body).toContain('"errorType":"bad_data"');
    expect(source.requestCount() - before).toBe(1);
  });

  it('surfaces queries Prometheus cannot execute (422) as bad_data, without retrying', async () => {
    // Matching every series with every other on no labels is a many-to-many match: a 422 execution error.
    const query = 'driftgate_test_value + on() driftgate_test_value';
    const before = source.requestCount();
    const err = await source.queryInstant(query, T0 + 60).catch((e) => e);
    expect(err).toBeInstanceOf(SourceError);
    expect(err.details).toMatchObject({ status: 422, errorType: 'bad_data' });
    expect(err.message).toMatch(/^Prometheus rejected the query \(422 execution\): .*many-to-many/);
    expect(source.requestCount() - before).toBe(1);
  });

  it('counts one request per successful query', async () => {
    const before = source.requestCount();
    await source.queryInstant('vector(1)', T0);
    await source.queryRange({ query: 'vector(1)', start: T0, end: T0 + 60, step: 15 });
    expect(source.requestCount() - before).toBe(2);
  });
});
