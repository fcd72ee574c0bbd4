/**
 * AWS SDK clients built on their first request. The SDK modules are large and slow to load, so each is
 * imported (`import()`) only on a path that calls AWS: a run that never touches S3, CodeDeploy or AMP, like
 * the offline gate on a recording, does not load them.
 */
import type { ClientRequest, Agent as HttpAgent } from 'node:http';
import type { NodeHttpHandler } from '@smithy/node-http-handler';
import type { AgentConnectOpts } from 'agent-base';
import { type Env, proxyConfigured, proxyFor } from './proxy.js';

/** The part of an SDK client driftgate uses. */
export type Sender<C extends { send: unknown }> = Pick<C, 'send'>;

/** A client whose `create` (which imports the SDK module and builds the client) runs on the first send. */
export function lazyClient<C extends { send: (...args: any[]) => Promise<unknown> }>(
  create: () => Promise<C>,
): Sender<C> {
  let client: Promise<C> | undefined;
  const send = async (...args: unknown[]) => {
    client ??= create();
    return (await client).send(...args);
  };
  return { send } as unknown as Sender<C>;
}

/**
 * The request handler every AWS SDK client is built with (`requestHandler`): with HTTPS_PROXY / HTTP_PROXY
 * set, a @smithy/node-http-handler whose agents send each request through the proxy unless NO_PROXY exempts
 * its host (proxy.ts, the rules the fetch-based clients follow too); undefined without a proxy (the SDK's
 * own handler). Build every new SDK client with it: `new XClient({ ...config, requestHandler: await
 * awsRequestHandler() })`.
 */
export async function awsRequestHandler(
  env: Env = process.env,
  timeouts: AwsHandlerTimeouts = {},
): Promise<NodeHttpHandler | undefined> {
  if (!proxyConfigured(env)) return undefined;
  const [{ NodeHttpHandler }, agents] = await Promise.all([import('@smithy/node-http-handler'), proxyAgents(env)]);
  return new NodeHttpHandler({ ...timeouts, httpAgent: agents.http, httpsAgent: agents.https });
}

/** The socket limits a client sets on its handler (milliseconds), kept when the proxy's handler replaces it. */
export interface AwsHandlerTimeouts {
  connectionTimeout?: number;
  requestTimeout?: number;
}

/** http and https agents that pick, per request, the proxy of its URL or a direct connection. */
async function proxyAgents(env: Env): Promise<{ http: HttpAgent; https: HttpAgent }> {
  const [{ Agent: AgentBase }, { HttpsProxyAgent }, { HttpProxyAgent }, http, https] = await Promise.all([
    import('agent-base'),
    import('https-proxy-agent'),
    import('http-proxy-agent'),
    import('node:http'),
    import('node:https'),
  ]);
  const direct = { http: new http.Agent({ keepAlive: true }), https: new https.Agent({ keepAlive: true }) };
  const viaProxy = new Map<string, HttpAgent>();
  class EnvProxyAgent extends AgentBase {
    override connect(req: ClientRequest, options: AgentConnectOpts): HttpAgent {
      const secure = options.secureEndpoint;
      const url = new URL(`${secure ? 'https' : 'http'}://${req.host}:${options.port}`);
      const proxy = proxyFor(url, env);
      if (!proxy) return secure ? direct.https : direct.http;
      const key = `${secure ? 'https' : 'http'} ${proxy}`;
      let agent = viaProxy.get(key);
      if (!agent) {
        agent = secure
          ? new HttpsProxyAgent(proxy, { keepAlive: true })
          : new HttpProxyAgent(proxy, { keepAlive: true });
        viaProxy.set(key, agent);
      }
      return agent;
    }
  }
  return { http: new EnvProxyAgent({ keepAlive: true }), https: new EnvProxyAgent({ keepAlive: true }) };
}

/** Longest one AWS call may take by default (an S3 PUT, a CodeDeploy call): a hung endpoint ends here. */
export const DEFAULT_AWS_CALL_TIMEOUT_MS = 60_000;

/**
 * A client whose every call ends within `timeoutMs()` (read at each call): the SDK's request is aborted, and the
 * call fails with a TimeoutError naming the command even if the transport ignores the abort. `signal` (a
 * cancelled run) ends it too.
 */
export function boundedSender<C extends { send: (...args: any[]) => Promise<unknown> }>(
  sender: Sender<C>,
  timeoutMs: () => number,
  signal?: AbortSignal,
): Sender<C> {
  const send = async (command: { constructor: { name: string } }, options?: { abortSignal?: AbortSignal }) => {
    const ms = timeoutMs();
    const controller = new AbortController();
    const onAbort = () => controller.abort();
    for (const s of [options?.abortSignal, signal]) s?.addEventListener('abort', onAbort, { once: true });
    let timer: NodeJS.Timeout | undefined;
    const name = command?.constructor?.name?.replace(/Command$/, '') || 'request';
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        controller.abort();
        const e = new Error(
          `AWS ${name} got no answer within ${Math.round(ms / 100) / 10}s (timeout): the endpoint hangs; check the network path and the endpoint (AWS_ENDPOINT_URL_*).`,
        );
        e.name = 'TimeoutError';
        // Not retried: a hung endpoint would hang again, and the run's deadlines come first.
        (e as Error & { $metadata: object }).$metadata = { httpStatusCode: 0 };
        reject(e);
      }, ms);
    });
    try {
      return await Promise.race([
        (sender.send as (c: unknown, o: unknown) => Promise<unknown>)(command, {
          ...(options ?? {}),
          abortSignal: controller.signal,
        }),
        timeout,
      ]);
    } finally {
      clearTimeout(timer);
      for (const s of [options?.abortSignal, signal]) s?.removeEventListener('abort', onAbort);
    }
  };
  return { send } as unknown as Sender<C>;
}
