/**
 * PrometheusSource + the HTTP layer against testkit's loopback fake server: what goes over the wire,
 * retries (503, 429 + Retry-After, network errors, timeouts), final errors (400/422/4xx), warnings,
 * odd responses, and secrets staying out of logs.
 */

import { type FakeResponse, type FakeServer, json, startFakeServer } from '@driftgate/testkit/fake-server';
import { freePort } from '@driftgate/testkit/prometheus';
import { afterEach, describe, expect, it } from 'vitest';
import { SourceError } from '../../src/core/errors.js';
import { memoryLogger } from '../../src/core/log.js';
import { PrometheusSource, type PrometheusSourceOptions } from '../../src/io/sources/prometheus.js';

const FAST = { minDelayMs: 10, maxDelayMs: 40 };
const VECTOR = {
  status: 'success',
  data: { resultType: 'vector', result: [{ metric: { job: 'api' }, value: [1700000000, '0.25'] }] },
};
const PROM_ERROR = (errorType: string, error: string) => ({ status: 'error', errorType, error });

let fake: FakeServer | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

/** A fake answering from a script: the i-th request gets script[i] (the last entry repeats). */
async function scripted(...script: FakeResponse[]): Promise<FakeServer> {
  let i = 0;
  fake = await startFakeServer(() => script[Math.min(i++, script.length - 1)] as FakeResponse);
  return fake;
}

function source(server: { url: string }, extra: Partial<PrometheusSourceOptions> = {}) {
  return new PrometheusSource({ url: server.url, retry: FAST, ...extra });
}

describe('requests on the wire', () => {
  it('POSTs form bodies to <base>/api/v1/query_range and /query, keeping a path prefix, with extra headers', async () => {
    const server = await scripted(json(200, VECTOR));
    const s = source(
      { url: `${server.url}/prometheus/` },
      { headers: { 'X-Scope-OrgID': 'tenant-1', Authorization: 'Bearer tok-123' } },
    );
    await s.queryRange({ query: 'sum by (le) (rate(x{a="b"}[5m]))', start: 1700000000, end: 1700003600.5, step: 15 });
    await s.queryInstant('up == 1', 1700000000.25);

    expect(server.requests).toHaveLength(2);
    const [range, instant] = server.requests;
    expect(range?.method).toBe('POST');
    expect(range?.path).toBe('/prometheus/api/v1/query_range');
    expect(range?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(Object.fromEntries(range?.form() ?? [])).toEqual({
      query: 'sum by (le) (rate(x{a="b"}[5m]))',
      start: '1700000000',
      end: '1700003600.5',
      step: '15',
    });
    expect(range?.headers['x-scope-orgid']).toBe('tenant-1');
    expect(range?.headers.authorization).toBe('Bearer tok-123');

    expect(instant?.method).toBe('POST');
    expect(instant?.path).toBe('/prometheus/api/v1/query');
    expect(Object.fromEntries(instant?.form() ?? [])).toEqual({ query: 'up == 1', time: '1700000000.25' });
    expect(instant?.headers['x-scope-orgid']).toBe('tenant-1');
    expect(s.requestCount()).toBe(2);
  });

  it('accepts a base URL that already ends in /api/v1', async () => {
    const server = await scripted(json(200, VECTOR));
    await source({ url: `${server.url}/api/v1/` }).queryInstant('up', 1);
    expect(server.requests[0]?.path).toBe('/api/v1/query');
  });

  it('turns user:password in the URL into a Basic Authorization header, kept out of the description', async () => {
    const server = await scripted(json(200, VECTOR));
    const logger = memoryLogger();
    const s = new PrometheusSource({ url: server.url.replace('//', '//alice:pa%24s@'), logger });
    await s.queryInstant('up', 1);
    expect(server.requests[0]?.headers.authorization).toBe(`Basic ${Buffer.from('alice:pa$s').toString('base64')}`);
    expect(s.description).toBe(server.url);
    expect(logger.secrets).toContain('pa$s');
  });
});

describe('parsing', () => {
  it('parses matrix, vector and scalar results, with NaN and ±Inf', async () => {
    const server = await scripted(
      json(200, {
        status: 'success',
        data: {
          resultType: 'matrix',
          result: [
            {
              metric: { job: 'a' },
              values: [
                [1, '1.5'],
                [2, 'NaN'],
                [3, '+Inf'],
                [4, '-Inf'],
                [5, '1e-7'],
              ],
            },
          ],
        },
      }),
      json(200, { status: 'success', data: { resultType: 'scalar', result: [7.5, '42'] } }),
    );
    const s = source(server);
    const m = await s.queryRange({ query: 'q', start: 1, end: 5, step: 1 });
    expect(m.series[0]?.samples).toEqual([
      { t: 1, v: 1.5 },
      { t: 2, v: Number.NaN },
      { t: 3, v: Number.POSITIVE_INFINITY },
      { t: 4, v: Number.NEGATIVE_INFINITY },
      { t: 5, v: 1e-7 },
    ]);
    const sc = await s.queryInstant('scalar(q)', 7.5);
    expect(sc.series).toEqual([{ labels: {}, samples: [{ t: 7.5, v: 42 }] }]);
  });

  it('passes response warnings through instead of throwing', async () => {
    const warnings = ['PromQL warning: encountered a mix of histograms and floats', 'partial response: store-1 down'];
    const server = await scripted(json(200, { ...VECTOR, warnings }));
    const r = await source(server).queryInstant('q', 1);
    expect(r.warnings).toEqual(warnings);
    expect(r.series).toHaveLength(1);
  });

  it('treats status "error" in a 200 response as a SourceError', async () => {
    const server = await scripted(json(200, PROM_ERROR('timeout', 'query timed out in expression evaluation')));
    const err = await source(server)
      .queryInstant('heavy_query', 1)
      .catch((e) => e);
    expect(err).toBeInstanceOf(SourceError);
    expect(err.message).toContain('query timed out in expression evaluation');
    expect(err.message).toContain('Query: heavy_query');
    expect(err.details.errorType).toBe('timeout');
  });

  it('explains a 200 answer that is not JSON (a UI or login page instead of the API)', async () => {
    const server = await scripted({ status: 200, body: '<html><body>Grafana login</body></html>' });
    const err = await source(server)
      .queryInstant('up', 1)
      .catch((e) => e);
    expect(err).toBeInstanceOf(SourceError);
    expect(err.message).toMatch(/not JSON.*Grafana login.*Is the URL the Prometheus API base/);
  });

  it('rejects string results and unknown result types', async () => {
    const server = await scripted(
      json(200, { status: 'success', data: { resultType: 'string', result: [1, 'hello'] } }),
      json(200, { status: 'success', data: { resultType: 'tensor', result: [] } }),
    );
    const s = source(server);
    await expect(s.queryInstant('"hello"', 1)).rejects.toThrow(/evaluates to a string/);
    await expect(s.queryInstant('q', 1)).rejects.toThrow(/unknown data.resultType "tensor"/);
  });
});

describe('retries', () => {
  it('retries a 503 and succeeds, counting both requests and logging the retry', async () => {
    const server = await scripted({ status: 503, body: 'upstream overloaded' }, json(200, VECTOR));
    const logger = memoryLogger();
    const s = source(server, { logger });
    const r = await s.queryInstant('up', 1);
    expect(r.series[0]?.samples).toEqual([{ t: 1700000000, v: 0.25 }]);
    expect(server.requests).toHaveLength(2);
    expect(s.requestCount()).toBe(2);
    expect(logger.lines.some((l) => /503.*upstream overloaded.*retrying in .*attempt 2 of 5/.test(l))).toBe(true);
  });

  it('gives up after `retries` retries with the status, the server body and the query in the message', async () => {
    const server = await scripted(json(502, PROM_ERROR('unavailable', 'all ingesters are down')));
    const s = source(server, { retries: 2 });
    const err = await s.queryInstant('rate(x[5m])', 1).catch((e) => e);
    expect(err).toBeInstanceOf(SourceError);
    expect(err.message).toContain('Prometheus answered 502 unavailable');
    expect(err.message).toContain('all ingesters are down');
    expect(err.message).toContain('Query: rate(x[5m])');
    expect(err.message).toContain('gave up after 3 attempts');
    expect(err.details).toMatchObject({ status: 502, retryable: true });
    expect(server.requests).toHaveLength(3);
    expect(s.requestCount()).toBe(3);
  });

  it('honours Retry-After in seconds on 429', async () => {
    const server = await scripted(
      { ...json(429, PROM_ERROR('too_many_requests', 'slow down')), headers: { 'retry-after': '1' } },
      json(200, VECTOR),
    );
    const logger = memoryLogger();
    const started = Date.now();
    await source(server, { logger }).queryInstant('up', 1);
    expect(server.requests).toHaveLength(2);
    // The backoff alone would be ~10 ms: the 1 s wait can only come from Retry-After.
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(logger.lines.some((l) => /429.*retrying in 1s \(as the server asked with Retry-After\)/.test(l))).toBe(true);
  });

  it('honours Retry-After as an HTTP date', async () => {
    const at = new Date(Math.ceil(Date.now() / 1000) * 1000 + 2000); // HTTP dates have 1 s resolution
    const server = await scripted(
      { status: 503, body: 'maintenance', headers: { 'retry-after': at.toUTCString() } },
      json(200, VECTOR),
    );
    await source(server).queryInstant('up', 1);
    expect(server.requests).toHaveLength(2);
    expect(Date.now()).toBeGreaterThanOrEqual(at.getTime() - 50);
  });

  it('caps an excessive Retry-After', async () => {
    const server = await scripted(
      { status: 429, body: 'later', headers: { 'retry-after': '3600' } },
      json(200, VECTOR),
    );
    const started = Date.now();
    await source(server, { retry: { ...FAST, maxRetryAfterMs: 100 } }).queryInstant('up', 1);
    expect(server.requests).toHaveLength(2);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('retries after the server hangs up, then succeeds', async () => {
    const server = await scripted({ hangUp: true }, json(200, VECTOR));
    const s = source(server);
    await s.queryInstant('up', 1);
    expect(s.requestCount()).toBe(2);
  });

  it('reports an unreachable server clearly after the retries', async () => {
    const port = await freePort(); // nothing listens there
    const s = source({ url: `http://127.0.0.1:${port}` }, { retries: 2 });
    const err = await s.queryRange({ query: 'up', start: 0, end: 60, step: 15 }).catch((e) => e);
    expect(err).toBeInstanceOf(SourceError);
    expect(err.message).toContain(
      `Could not get an answer from Prometheus at http://127.0.0.1:${port}/api/v1/query_range`,
    );
    expect(err.message).toContain('ECONNREFUSED');
    expect(err.message).toContain('Query: up');
    expect(err.message).toContain('gave up after 3 attempts');
    expect(err.details).toMatchObject({ errorType: 'network', retryable: true });
    expect(s.requestCount()).toBe(3);
  });

  it('times out slow answers and retries them', async () => {
    const server = await scripted({ ...json(200, VECTOR), delayMs: 1500 });
    const s = source(server, { timeoutMs: 150, retries: 1 });
    const started = Date.now();
    const err = await s.queryInstant('slow_query', 1).catch((e) => e);
    expect(err).toBeInstanceOf(SourceError);
    expect(err.message).toMatch(/no answer within 150ms \(timeout\).*Query: slow_query.*gave up after 2 attempts/);
    expect(err.details.errorType).toBe('timeout');
    expect(server.requests).toHaveLength(2);
    expect(Date.now() - started).toBeLessThan(1400); // did not wait for the slow answers
  });
});

describe('final errors (never retried)', () => {
  it('422 is bad_data, with the server message, after one request', async () => {
    const server = await scripted(json(422, PROM_ERROR('execution', 'many-to-many matching not allowed')));
    const s = source(server, { retries: 4 });
    const err = await s.queryInstant('a + on() b', 1).catch((e) => e);
    expect(err).toBeInstanceOf(SourceError);
    expect(err.message).toBe(
      'Prometheus rejected the query (422 execution): many-to-many matching not allowed. Query: a + on() b',
    );
    expect(err.details).toMatchObject({ status: 422, errorType: 'bad_data', retryable: false });
    expect(server.requests).toHaveLength(1);
  });

  it('400 without a JSON body still names bad_data and quotes the body', async () => {
    const server = await scripted({ status: 400, body: 'parse error at char 4' });
    const err = await source(server)
      .queryInstant('sum(', 1)
      .catch((e) => e);
    expect(err.message).toBe('Prometheus rejected the query (400 bad_data): parse error at char 4. Query: sum(');
    expect(server.requests).toHaveLength(1);
  });

  it.each([
    [401, /answered 401.*Check the credentials/],
    [403, /answered 403.*Check the credentials/],
    [404, /answered 404.*Check the URL/],
  ])('%i is not retried and carries a hint', async (status, message) => {
    const server = await scripted({ status, body: 'nope' });
    const s = source(server, { retries: 4 });
    const err = await s.queryInstant('up', 1).catch((e) => e);
    expect(err).toBeInstanceOf(SourceError);
    expect(err.message).toMatch(message);
    expect(err.details.status).toBe(status);
    expect(server.requests).toHaveLength(1);
  });
});

describe('secrets', () => {
  it('registers header values as secrets and never logs them or puts them into messages', async () => {
    const server = await scripted(
      { status: 503, body: 'busy' },
      { hangUp: true },
      json(200, VECTOR),
      json(401, PROM_ERROR('unauthorized', 'bad token')),
    );
    const logger = memoryLogger();
    const headers = { 'X-Scope-OrgID': 'tenant-secret-42', Authorization: 'Bearer sup3r-s3cret-t0ken' };
    const s = source(server, { headers, logger });
    await s.queryInstant('up', 1); // two failures (logged), then success
    const err = await s.queryInstant('up', 1).catch((e) => e);

    expect(logger.secrets).toEqual(
      expect.arrayContaining(['tenant-secret-42', 'Bearer sup3r-s3cret-t0ken', 'sup3r-s3cret-t0ken']),
    );
    expect(logger.lines.length).toBeGreaterThan(2); // debug lines for each attempt, info lines for retries
    const everything = [...logger.lines, err.message, JSON.stringify(err.details), s.description].join('\n');
    for (const secret of ['tenant-secret-42', 'sup3r-s3cret-t0ken']) expect(everything).not.toContain(secret);
    // ...while the headers did go over the wire.
    expect(server.requests[0]?.headers.authorization).toBe('Bearer sup3r-s3cret-t0ken');
  });
});
