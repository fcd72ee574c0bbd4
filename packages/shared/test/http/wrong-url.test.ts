/**
 * A URL that cannot work is said at once: a port fetch refuses (as browsers do) and a host no resolver knows
 * fail on the first attempt with a hint about the URL, where a refused connection or a 503 is still retried.
 */
import { describe, expect, it } from 'vitest';
import { SourceError } from '../../src/core/errors.js';
import { HttpClient } from '../../src/io/http/http-client.js';

function failing(cause: { code?: string; message?: string }) {
  let calls = 0;
  const fetch = (async () => {
    calls++;
    throw new TypeError('fetch failed', { cause });
  }) as unknown as typeof globalThis.fetch;
  return { fetch, calls: () => calls };
}

const client = (fetch: typeof globalThis.fetch) =>
  new HttpClient({ fetch, retries: 4, minDelayMs: 1, maxDelayMs: 2, serverName: 'Prometheus' });

async function error(p: Promise<unknown>): Promise<SourceError> {
  try {
    await p;
  } catch (e) {
    return e as SourceError;
  }
  throw new Error('expected a failure');
}

describe('a URL that cannot work', () => {
  it('a port fetch refuses: one attempt, the port named as the thing to check', async () => {
    const f = failing({ message: 'bad port' });
    const e = await error(client(f.fetch).send({ method: 'GET', url: 'http://127.0.0.1:1/api/v1/query' }));
    expect(f.calls()).toBe(1);
    expect(e).toBeInstanceOf(SourceError);
    expect(e.message).toMatch(
      /at http:\/\/127\.0\.0\.1:1\/api\/v1\/query: bad port \(.*is the port in the URL right\?\)/,
    );
  });

  it("undici's own fetch reports port 1 that way (what the rule above relies on)", async () => {
    const e = await error(
      new HttpClient({ retries: 4, minDelayMs: 1 }).send({ method: 'GET', url: 'http://127.0.0.1:1/' }),
    );
    expect(e.message).toMatch(/bad port/);
    expect(e.details.retryable).toBe(false);
  });

  it('an unknown host: one attempt, the host named as the thing to check', async () => {
    const f = failing({ code: 'ENOTFOUND', message: 'getaddrinfo ENOTFOUND prometheus.invalid' });
    const e = await error(client(f.fetch).send({ method: 'GET', url: 'http://prometheus.invalid:9090/' }));
    expect(f.calls()).toBe(1);
    expect(e.message).toMatch(/ENOTFOUND: .*\(no such host: is the host in the URL right\?\)/);
  });

  it('a refused connection is still retried (a server starting up)', async () => {
    const f = failing({ code: 'ECONNREFUSED', message: 'connect ECONNREFUSED 127.0.0.1:9' });
    await error(client(f.fetch).send({ method: 'GET', url: 'http://127.0.0.1:9090/' }));
    expect(f.calls()).toBe(5);
  });
});
