/**
 * Loopback fake HTTP servers for tests: GitHub, Jira, AWS (via AWS_ENDPOINT_URL_<SERVICE>), Slack, Grafana.
 * Every request is recorded with its body so tests can assert what went over the wire.
 */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  /** Path without the query string. */
  path: string;
  url: URL;
  headers: IncomingHttpHeaders;
  body: Buffer;
  text(): string;
  json<T = any>(): T;
  /** Parsed application/x-www-form-urlencoded body. */
  form(): URLSearchParams;
  /** The status the fake answered with (set once the handler has answered; undefined for a hang-up). */
  status?: number;
}

export interface FakeResponse {
  status?: number;
  headers?: Record<string, string>;
  body?: string | Buffer | object;
  /** Milliseconds to wait before answering (timeouts, ordering). */
  delayMs?: number;
  /** Destroy the socket without answering (network error). */
  hangUp?: boolean;
}

export type Handler = (req: RecordedRequest, params: Record<string, string>) => FakeResponse | Promise<FakeResponse>;

export interface FakeServer {
  url: string;
  port: number;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): FakeResponse {
  return { status, body: JSON.stringify(body), headers: { 'content-type': 'application/json', ...headers } };
}

export async function startFakeServer(handler: Handler): Promise<FakeServer> {
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const body = Buffer.concat(chunks);
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const rec: RecordedRequest = {
        method: req.method ?? 'GET',
        path: url.pathname,
        url,
        headers: req.headers,
        body,
        text: () => body.toString('utf8'),
        json: () => JSON.parse(body.toString('utf8')),
        form: () => new URLSearchParams(body.toString('utf8')),
      };
      requests.push(rec);
      let out: FakeResponse;
      try {
        out = await handler(rec, {});
      } catch (e) {
        out = { status: 500, body: `fake server handler threw: ${(e as Error).stack ?? e}` };
      }
      if (!out.hangUp) rec.status = out.status ?? 200;
      if (out.delayMs) await new Promise((r) => setTimeout(r, out.delayMs));
      if (out.hangUp) {
        req.socket.destroy();
        return;
      }
      const payload =
        out.body === undefined
          ? ''
          : typeof out.body === 'string' || Buffer.isBuffer(out.body)
            ? out.body
            : JSON.stringify(out.body);
      const headers = { ...(out.headers ?? {}) };
      if (
        out.body !== undefined &&
        typeof out.body === 'object' &&
        !Buffer.isBuffer(out.body) &&
        !headers['content-type']
      ) {
        headers['content-type'] = 'application/json';
      }
      res.writeHead(out.status ?? 200, headers);
      res.end(payload);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * A tiny router: keys are "METHOD /path/:param" (":param" matches one segment, "*" at the end matches the rest).
 * Unmatched requests get 404 with a JSON body naming the route, which makes a test's failure message useful.
 */
export function routes(table: Record<string, Handler>): Handler {
  const compiled = Object.entries(table).map(([key, h]) => {
    const [method, pattern] = key.split(' ', 2) as [string, string];
    const names: string[] = [];
    const re = new RegExp(
      `^${pattern
        .split('/')
        .map((seg) => {
          if (seg.startsWith(':')) {
            names.push(seg.slice(1));
            return '([^/]+)';
          }
          if (seg === '*') {
            names.push('rest');
            return '(.*)';
          }
          return seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        })
        .join('/')}$`,
    );
    return { method, re, names, h };
  });
  return (req) => {
    for (const r of compiled) {
      if (r.method !== '*' && r.method !== req.method) continue;
      const m = r.re.exec(req.path);
      if (!m) continue;
      const params: Record<string, string> = {};
      r.names.forEach((n, i) => {
        params[n] = decodeURIComponent(m[i + 1] as string);
      });
      return r.h(req, params);
    }
    return json(404, { message: `fake server: no route for ${req.method} ${req.path}` });
  };
}
