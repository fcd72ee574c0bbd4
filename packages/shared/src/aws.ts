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
