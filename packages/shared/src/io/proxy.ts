/**
 * Corporate proxies: every outbound call honours HTTPS_PROXY, HTTP_PROXY and NO_PROXY (either case; the
 * lower-case one wins, as in curl). Without a proxy variable nothing changes: the global fetch and the AWS
 * SDK's own handler. With one:
 * - `proxyFetch` is undici's fetch with a proxy-aware dispatcher (Prometheus/AMP queries, Jira, Slack, Grafana);
 * - aws.ts builds the SDK's request handler from `proxyFor` (S3, CodeDeploy, AMP rules).
 * undici is imported on the first proxied request only, so a run without a proxy does not load it.
 */

export type Env = Readonly<Record<string, string | undefined>>;

function variable(env: Env, name: string): string | undefined {
  const v = env[name.toLowerCase()] ?? env[name.toUpperCase()];
  return v?.trim() ? v.trim() : undefined;
}

/** Whether any proxy variable is set (so the proxy-aware transports are worth loading). */
export function proxyConfigured(env: Env = process.env): boolean {
  return variable(env, 'https_proxy') !== undefined || variable(env, 'http_proxy') !== undefined;
}

/**
 * Whether NO_PROXY exempts `url`: `*`, or an entry (comma or space separated, optional `:port`) equal to the
 * host or a parent domain of it (`example.com`, `.example.com` and `*.example.com` all cover a.example.com).
 */
export function bypassesProxy(url: URL, env: Env = process.env): boolean {
  const list = variable(env, 'no_proxy');
  if (!list) return false;
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  for (const raw of list.split(/[,\s]+/)) {
    const entry = raw.trim().toLowerCase();
    if (!entry) continue;
    if (entry === '*') return true;
    const [name, entryPort] = splitHostPort(entry);
    if (entryPort && entryPort !== port) continue;
    if (host === name || host.endsWith(`.${name}`)) return true;
  }
  return false;
}

/** An entry's host (without `[]`, a leading `.` or `*.`) and port: `[::1]:80`, `::1`, `a.b:80`, `.a.b`. */
function splitHostPort(entry: string): [string, string | undefined] {
  const bracketed = /^\[([^\]]*)\](?::(\d+))?$/.exec(entry);
  if (bracketed) return [bracketed[1] as string, bracketed[2]];
  const colons = entry.split(':').length - 1;
  const [host, port] = colons === 1 ? (entry.split(':') as [string, string]) : [entry, undefined];
  return [host.replace(/^\*?\./, ''), port];
}

/** The proxy `url` goes through, or undefined for a direct connection. */
export function proxyFor(url: URL, env: Env = process.env): string | undefined {
  const proxy =
    url.protocol === 'https:'
      ? (variable(env, 'https_proxy') ?? variable(env, 'http_proxy'))
      : url.protocol === 'http:'
        ? variable(env, 'http_proxy')
        : undefined;
  if (!proxy || bypassesProxy(url, env)) return undefined;
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(proxy) ? proxy : `http://${proxy}`;
}

let proxied: Promise<typeof fetch> | undefined;

/**
 * undici's fetch with, per request, a ProxyAgent for the proxy `proxyFor` names or a direct Agent: the same
 * rules as the AWS SDK's handler (aws.ts), where undici's EnvHttpProxyAgent would apply its own NO_PROXY
 * matching (and warn, as experimental, in every action log).
 */
async function undiciFetch(): Promise<typeof fetch> {
  const undici = await import('undici');
  const direct = new undici.Agent();
  const viaProxy = new Map<string, InstanceType<typeof undici.ProxyAgent>>();
  const dispatcherFor = (url: URL) => {
    const proxy = proxyFor(url);
    if (!proxy) return direct;
    let agent = viaProxy.get(proxy);
    if (!agent) {
      agent = new undici.ProxyAgent(proxy);
      viaProxy.set(proxy, agent);
    }
    return agent;
  };
  return ((input: Parameters<typeof fetch>[0], init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    return undici.fetch(input as never, { ...(init as object), dispatcher: dispatcherFor(url) } as never);
  }) as unknown as typeof fetch;
}

/**
 * fetch through the proxy the environment names for the URL (read on each call, so a test or a wrapper can set
 * it before a request). The global fetch when no proxy variable is set.
 */
export const proxyFetch: typeof fetch = async (input, init) => {
  if (!proxyConfigured()) return fetch(input, init);
  proxied ??= undiciFetch();
  return (await proxied)(input, init);
};
