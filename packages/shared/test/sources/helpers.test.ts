/**
 * Pure helpers of the source layer: chooseStep, parseHeaders, parseRetryAfter, base-URL normalisation,
 * sample value parsing.
 */

import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/core/errors.js';
import { describeErrorBody, parseRetryAfter, redactUrl } from '../../src/io/http/http-client.js';
import {
  chooseStep,
  formatSampleValue,
  normaliseBaseUrl,
  parseHeaders,
  parseSampleValue,
} from '../../src/io/sources/prometheus.js';
import { MAX_POINTS_PER_SERIES } from '../../src/io/sources/source-types.js';

const points = (start: number, end: number, step: number) => Math.floor((end - start) / step) + 1;

describe('chooseStep', () => {
  it('keeps the preferred step when the window is small enough', () => {
    expect(chooseStep(0, 3600, 15)).toBe(15);
    expect(chooseStep(1000, 1000, 60)).toBe(60); // empty window
  });

  it('stays at or under 11,000 points, exactly at the boundary', () => {
    expect(chooseStep(0, 10_999 * 15, 15)).toBe(15); // 11,000 points: allowed
    expect(chooseStep(0, 11_000 * 15, 15)).toBe(30); // 11,001 points: too many
  });

  it('rounds up to a multiple of the preferred step for long windows', () => {
    const thirtyDays = 30 * 86400;
    expect(chooseStep(0, thirtyDays, 15)).toBe(240); // 225 would give 11,521 points
    expect(points(0, thirtyDays, 240)).toBeLessThanOrEqual(MAX_POINTS_PER_SERIES);
    expect(points(0, thirtyDays, 225)).toBeGreaterThan(MAX_POINTS_PER_SERIES);
  });

  it('returns whole seconds, at least 1', () => {
    expect(chooseStep(0, 60, 0.25)).toBe(1);
    expect(chooseStep(0, 60, 14.2)).toBe(15);
  });

  it('always returns the smallest valid multiple (property check)', () => {
    let seed = 42;
    const rnd = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let n = 0; n < 2000; n++) {
      const start = 1.7e9 + rnd() * 1e6;
      const end = start + rnd() * 400 * 86400;
      const preferred = Math.ceil(rnd() * 300);
      const step = chooseStep(start, end, preferred);
      expect(Number.isInteger(step)).toBe(true);
      expect(step % preferred).toBe(0);
      expect(points(start, end, step)).toBeLessThanOrEqual(MAX_POINTS_PER_SERIES);
      if (step > preferred) expect(points(start, end, step - preferred)).toBeGreaterThan(MAX_POINTS_PER_SERIES);
    }
  });

  it('rejects a non-positive preferred step', () => {
    expect(() => chooseStep(0, 60, 0)).toThrow(RangeError);
    expect(() => chooseStep(0, 60, Number.NaN)).toThrow(RangeError);
  });
});

describe('parseHeaders', () => {
  it('parses a JSON object', () => {
    expect(parseHeaders('{"X-Scope-OrgID": "tenant-1", "Authorization": "Bearer abc"}', 'prometheus-headers')).toEqual({
      'X-Scope-OrgID': 'tenant-1',
      Authorization: 'Bearer abc',
    });
  });

  it('parses "Name: value" lines (CRLF, blank lines, comments, colons inside values)', () => {
    const text = '# tenant\r\nX-Scope-OrgID: tenant-1\r\n\r\nAuthorization:   Bearer a:b:c  \nX-Empty-Ok: 0\n';
    expect(parseHeaders(text, 'prometheus-headers')).toEqual({
      'X-Scope-OrgID': 'tenant-1',
      Authorization: 'Bearer a:b:c',
      'X-Empty-Ok': '0',
    });
  });

  it('returns no headers for empty input', () => {
    expect(parseHeaders('  \n ', 'prometheus-headers')).toEqual({});
  });

  it.each([
    ['Authorization Bearer s3cr3t-value', /line 1 is not of the form "Name: value"/],
    ['{"Authorization": "Bearer s3cr3t-value",}', /looks like JSON but does not parse/],
    ['["Authorization: Bearer s3cr3t-value"]', /is JSON but not an object/],
    ['{"X-Count": 1, "Authorization": "s3cr3t-value"}', /non-string value for header "X-Count"/],
    ['Bad Name: s3cr3t-value', /invalid header name "Bad Name" on line 1/],
    ['X-A: s3cr3t-value\nx-a: other', /sets header "x-a" twice/],
    ['X-Scope-OrgID:', /empty value for header "X-Scope-OrgID" on line 1/],
    ['Authorization: Bearer ', /scheme "Bearer" but no credentials/],
  ])('rejects %j naming the input and the expected format, without echoing values', (text, problem) => {
    let err: unknown;
    try {
      parseHeaders(text, 'prometheus-headers');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigurationError);
    const message = (err as Error).message;
    expect(message).toMatch(/^Input "prometheus-headers" /);
    expect(message).toMatch(problem);
    expect(message).toContain('expected a JSON object such as');
    expect(message).toContain('"X-Scope-OrgID: tenant-1"');
    expect(message).not.toContain('s3cr3t-value');
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-01-01T00:00:00Z');
  it('reads delay-seconds', () => {
    expect(parseRetryAfter('5', now)).toBe(5000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
  });
  it('reads HTTP dates, past dates meaning "now"', () => {
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Wed, 31 Dec 2025 23:00:00 GMT', now)).toBe(0);
  });
  it('ignores absent or unparseable values', () => {
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter('-5', now)).toBeUndefined();
  });
});

describe('normaliseBaseUrl', () => {
  it('strips trailing slashes and a trailing /api/v1, keeping path prefixes', () => {
    expect(normaliseBaseUrl('http://prom:9090/').base).toBe('http://prom:9090');
    expect(normaliseBaseUrl('https://mimir.example/prometheus/').base).toBe('https://mimir.example/prometheus');
    expect(normaliseBaseUrl('https://mimir.example/prometheus/api/v1').base).toBe('https://mimir.example/prometheus');
    expect(normaliseBaseUrl('http://prom:9090/api/v1/query_range').base).toBe('http://prom:9090');
  });

  it('moves user:password into a Basic header value', () => {
    const { base, basicAuth } = normaliseBaseUrl('https://bob:s%3Acret@prom.example/');
    expect(base).toBe('https://prom.example');
    expect(basicAuth).toEqual({ header: `Basic ${Buffer.from('bob:s:cret').toString('base64')}`, password: 's:cret' });
  });

  it.each(['prom:9090', 'ftp://prom.example', 'not a url', ''])(
    'rejects %j with the input name and an example',
    (url) => {
      expect(() => normaliseBaseUrl(url, 'prometheus-url')).toThrow(ConfigurationError);
      expect(() => normaliseBaseUrl(url, 'prometheus-url')).toThrow(
        /^Input "prometheus-url" is .*https:\/\/prometheus\.example\.com/,
      );
    },
  );

  it('masks credentials when it echoes a bad URL', () => {
    expect(() => normaliseBaseUrl('ftp://bob:hunter2@prom.example', 'prometheus-url')).toThrow(
      /"ftp:\/\/\*\*\*@prom\.example"/,
    );
    expect(() => normaliseBaseUrl('ftp://bob:hunter2@prom.example', 'prometheus-url')).not.toThrow(/hunter2/);
  });
});

describe('sample values and error bodies', () => {
  it('round-trips Prometheus float strings', () => {
    for (const s of ['0', '1.5', '-2.25', '1e-7', '1.7976931348623157e+308', 'NaN', '+Inf', '-Inf']) {
      const v = parseSampleValue(s);
      expect(v).not.toBeUndefined();
      expect(parseSampleValue(formatSampleValue(v as number))).toEqual(v);
    }
    expect(parseSampleValue('Inf')).toBe(Number.POSITIVE_INFINITY);
    expect(parseSampleValue('abc')).toBeUndefined();
    expect(parseSampleValue('')).toBeUndefined();
  });

  it('extracts messages from Prometheus, AWS and plain-text error bodies', () => {
    expect(describeErrorBody('{"status":"error","errorType":"bad_data","error":"parse error"}')).toEqual({
      message: 'parse error',
      errorType: 'bad_data',
    });
    expect(describeErrorBody('{"message":"User is not authorized"}')).toEqual({
      message: 'User is not authorized',
      errorType: undefined,
    });
    expect(describeErrorBody('  <h1>Bad\n Gateway</h1> ')).toEqual({ message: '<h1>Bad Gateway</h1>' });
    expect(describeErrorBody('')).toEqual({ message: '(empty response body)' });
    expect(describeErrorBody('x'.repeat(5000)).message.length).toBeLessThan(1100);
  });

  it('redacts credentials and query strings from URLs', () => {
    expect(redactUrl('https://u:p@prom.example/x?token=abc#f')).toBe('https://prom.example/x');
  });
});
