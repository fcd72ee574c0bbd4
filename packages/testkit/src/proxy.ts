/**
 * A loopback HTTP proxy for tests, as a corporate proxy behaves: CONNECT tunnels (https targets, and undici's
 * ProxyAgent for every target) and absolute-form forwarding (`GET http://host:port/path`, http targets). Like a
 * proxy with its own DNS, it connects every target host to 127.0.0.1 (the port kept), so a test can name a
 * metric store `metrics.corp.test` that only the proxy can reach. Every request is recorded.
 */
import { createServer, request as httpRequest } from 'node:http';
import { type AddressInfo, connect } from 'node:net';

export interface ProxiedRequest {
  /** CONNECT, or the forwarded request's method. */
  method: string;
  /** host:port the client asked for. */
  target: string;
  /** The forwarded request's path (absolute form); empty for CONNECT. */
  path: string;
}

export interface LoopbackProxy {
  url: string;
  port: number;
  requests: ProxiedRequest[];
  close(): Promise<void>;
}

export async function startProxy(): Promise<LoopbackProxy> {
  const requests: ProxiedRequest[] = [];
  const server = createServer((req, res) => {
    let url: URL;
    try {
      url = new URL(req.url ?? '');
    } catch {
      res.writeHead(400).end('absolute-form request expected');
      return;
    }
    requests.push({ method: req.method ?? 'GET', target: url.host, path: url.pathname + url.search });
    const upstream = httpRequest(
      {
        host: '127.0.0.1',
        port: Number(url.port || 80),
        method: req.method,
        path: url.pathname + url.search,
        headers: req.headers,
      },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end('upstream unreachable'));
    req.pipe(upstream);
  });
  server.on('connect', (req, client, head) => {
    const target = req.url ?? '';
    requests.push({ method: 'CONNECT', target, path: '' });
    const port = Number(target.slice(target.lastIndexOf(':') + 1));
    const upstream = connect(port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.end('HTTP/1.1 502 Bad Gateway\r\n\r\n'));
    client.on('error', () => upstream.destroy());
    client.on('close', () => upstream.destroy());
  });
  const sockets = new Set<import('node:net').Socket>();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
