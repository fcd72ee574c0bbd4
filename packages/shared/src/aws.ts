/**
 * AWS SDK clients built on their first request. The SDK modules are large and slow to load, so each is
 * imported (`import()`) only on a path that calls AWS: a run that never touches S3, CodeDeploy or AMP, like
 * the offline gate on a recording, does not load them.
 */

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
