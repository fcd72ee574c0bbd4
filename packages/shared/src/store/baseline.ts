/**
 * The baseline store: which version is the last STABLE one for a service and environment, and when its
 * data was verified. post-deploy-verify promotes a version here after a bake that passed;
 * perf-baseline-compare (input baseline-store) and post-deploy-verify read it to pick their baseline.
 *
 * Layout, under a store URI s3://bucket/prefix/ (input baseline-store, or the s3-uri bucket/prefix):
 *   <prefix>baselines/<service>/<environment>/stable.json                      the current record (replaced)
 *   <prefix>baselines/<service>/<environment>/history/<verifiedAt>-<version>.json  every promotion (write-once)
 *
 * stable.json ("driftgate.baseline/v1"):
 *   { "schema": "driftgate.baseline/v1", "service": "checkout-api", "environment": "prod",
 *     "version": "v1.4.2", "window": { "start": 1796112000, "end": 1796113800 },   // unix seconds
 *     "verifiedAt": "2026-11-27T08:30:00Z", "verification": "s3://.../perf_verification.json",
 *     "run": "https://github.com/acme/shop/actions/runs/1", "previous": { "version": "v1.4.1", "verifiedAt": "..." },
 *     "baseline": { "estimator": "driftgate-estimate", "trimIncidents": true,
 *                   "metrics": { "latency_p95_read": { "value": 0.122, "histogramQuantile": 0.167, ... }, ... } } }
 *
 * `baseline` (model/baseline.ts, judge/baseline.ts): the release's one baseline per metric, computed once from
 * the verified window's data; the gate, the next bake and the watch's rules use it. Optional: records written
 * before it have none, and readers then compute it from the window.
 *
 * Promotion is a compare-and-swap (If-Match on the ETag read, If-None-Match: * when there is none), and it
 * never goes backwards: a record verified later than ours is left in place.
 */
import { ConfigurationError } from '../errors.js';
import { type Logger, silentLogger } from '../log.js';
import { BASELINE_ESTIMATOR, type ReleaseBaseline } from '../model/baseline.js';
import {
  describeS3Error,
  keySegment,
  parseS3Uri,
  putWriteOnce,
  type S3,
  s3Client,
  s3Sdk,
  s3Uri,
  sendPut,
  withRetry,
} from '../publish/s3.js';

export const BASELINE_SCHEMA = 'driftgate.baseline/v1';

export interface StableBaseline {
  schema: typeof BASELINE_SCHEMA;
  service: string;
  environment: string;
  version: string;
  /** The verified bake: the version's data that passed (unix seconds). */
  window: { start: number; end: number };
  /** RFC 3339. */
  verifiedAt: string;
  /** S3 URI of the perf_verification.json that passed. */
  verification?: string;
  /** The workflow run that promoted it. */
  run?: string;
  previous?: { version: string; verifiedAt: string };
  /** The release's one baseline per metric, computed once from the window's data (see the module comment). */
  baseline?: ReleaseBaseline;
}

export interface StoreOptions {
  /** A ready client (tests); else one is built from region/endpoint (AWS_ENDPOINT_URL_S3 honoured). */
  s3?: S3;
  region?: string;
  logger?: Logger;
  /** Retry tuning (tests use short delays). */
  retries?: number;
  minDelayMs?: number;
}

/** s3://bucket/prefix/baselines/<service>/<environment>/ as bucket + key prefix. */
export function baselineLocation(
  storeUri: string,
  service: string,
  environment: string,
  what = 'Input "baseline-store"',
) {
  const { bucket, prefix } = parseS3Uri(storeUri, what);
  const dir = `${prefix}baselines/${keySegment(service)}/${keySegment(environment)}/`;
  return { bucket, dir, key: `${dir}stable.json` };
}

function parseRecord(text: string, where: string): StableBaseline {
  let doc: any;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new ConfigurationError(
      `${where} is not JSON (${(e as Error).message}): fix or delete it; post-deploy-verify writes it again on the next pass.`,
    );
  }
  const ok =
    doc &&
    doc.schema === BASELINE_SCHEMA &&
    typeof doc.version === 'string' &&
    doc.version !== '' &&
    typeof doc.verifiedAt === 'string' &&
    doc.window &&
    Number.isFinite(doc.window.start) &&
    Number.isFinite(doc.window.end);
  if (ok && doc.baseline !== undefined && !validReleaseBaseline(doc.baseline)) {
    throw new ConfigurationError(
      `${where} has a "baseline" that is not one value per metric (estimator "${BASELINE_ESTIMATOR}", metrics: {id: {value: number or null}}): fix or delete it; post-deploy-verify writes it again on the next pass.`,
    );
  }
  if (!ok) {
    throw new ConfigurationError(
      `${where} is not a driftgate baseline record (schema "${BASELINE_SCHEMA}" with version, window {start, end} in unix seconds and verifiedAt): fix or delete it.`,
    );
  }
  return doc as StableBaseline;
}

function validReleaseBaseline(b: any): b is ReleaseBaseline {
  const num = (v: unknown) => v === null || v === undefined || (typeof v === 'number' && Number.isFinite(v));
  return (
    !!b &&
    typeof b === 'object' &&
    b.estimator === BASELINE_ESTIMATOR &&
    typeof b.trimIncidents === 'boolean' &&
    !!b.metrics &&
    typeof b.metrics === 'object' &&
    Object.values(b.metrics).every(
      (m: any) =>
        !!m &&
        typeof m === 'object' &&
        (m.value === null || (typeof m.value === 'number' && Number.isFinite(m.value))) &&
        num(m.histogramQuantile) &&
        num(m.histogramQuantile5m) &&
        num(m.events),
    )
  );
}

async function readWithEtag(
  client: S3,
  bucket: string,
  key: string,
  options: StoreOptions,
): Promise<{ record: StableBaseline; etag?: string } | undefined> {
  const { GetObjectCommand } = await s3Sdk();
  try {
    const r = await withRetry(
      async () => {
        const res = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
        return { text: (await res.Body?.transformToString('utf8')) ?? '', etag: res.ETag };
      },
      {
        retries: options.retries ?? 3,
        minDelayMs: options.minDelayMs ?? 500,
        logger: options.logger,
        what: `GET ${s3Uri(bucket, key)}`,
      },
    );
    return { record: parseRecord(r.value.text, s3Uri(bucket, key)), ...(r.value.etag ? { etag: r.value.etag } : {}) };
  } catch (e) {
    const status = (e as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
    if (status === 404 || (e as Error).name === 'NoSuchKey') return undefined;
    if (e instanceof ConfigurationError) throw e;
    throw describeS3Error(e, bucket, key);
  }
}

/**
 * The last stable version for a service and environment, or undefined when none was promoted yet.
 * Throws for an unreadable store (permissions, a corrupt record), never silently falls back.
 */
export async function readStableBaseline(
  storeUri: string,
  service: string,
  environment: string,
  options: StoreOptions = {},
): Promise<StableBaseline | undefined> {
  const { bucket, key } = baselineLocation(storeUri, service, environment);
  const client = options.s3 ?? s3Client({ region: options.region });
  return (await readWithEtag(client, bucket, key, options))?.record;
}

export interface Promotion {
  uri: string;
  version: string;
  status: 'promoted' | 'unchanged' | 'skipped-newer';
  previous?: { version: string; verifiedAt: string };
  history?: string;
  message: string;
}

/** Make `record` the stable baseline (see the module comment for the rules). */
export async function promoteStableBaseline(
  storeUri: string,
  record: Omit<StableBaseline, 'schema' | 'previous'>,
  options: StoreOptions = {},
): Promise<Promotion> {
  const logger = options.logger ?? silentLogger;
  const { bucket, dir, key } = baselineLocation(storeUri, record.service, record.environment);
  const client = options.s3 ?? s3Client({ region: options.region });
  const uri = s3Uri(bucket, key);
  for (let attempt = 1; attempt <= 3; attempt++) {
    const current = await readWithEtag(client, bucket, key, options);
    if (current?.record.version === record.version) {
      return {
        uri,
        version: record.version,
        status: 'unchanged',
        message: `${record.version} is already the stable baseline (${uri}).`,
      };
    }
    if (current && Date.parse(current.record.verifiedAt) > Date.parse(record.verifiedAt)) {
      return {
        uri,
        version: record.version,
        status: 'skipped-newer',
        previous: { version: current.record.version, verifiedAt: current.record.verifiedAt },
        message: `not promoted: ${uri} holds ${current.record.version}, verified later (${current.record.verifiedAt}).`,
      };
    }
    const previous = current ? { version: current.record.version, verifiedAt: current.record.verifiedAt } : undefined;
    const doc: StableBaseline = { schema: BASELINE_SCHEMA, ...record, ...(previous ? { previous } : {}) };
    const body = `${JSON.stringify(doc, null, 2)}\n`;
    try {
      await sendPut(
        client,
        {
          bucket,
          key,
          body,
          // Compare-and-swap: fails with 412 if someone promoted in between; then read again.
          condition: current?.etag ? { IfMatch: current.etag } : { IfNoneMatch: '*' },
        },
        { retries: options.retries ?? 3, minDelayMs: options.minDelayMs ?? 500, logger },
      );
    } catch (e) {
      const status = (e as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
      if (status === 412 && attempt < 3) {
        logger.info(`${uri} changed while promoting ${record.version}; reading it again.`);
        continue;
      }
      throw describeS3Error(e, bucket, key);
    }
    const stamp = record.verifiedAt.replace(/[-:]/g, '').replace(/\.\d+/, '');
    const history = await putWriteOnce({
      client,
      bucket,
      key: `${dir}history/${stamp}-${keySegment(record.version)}.json`,
      body,
      logger,
      retries: options.retries ?? 3,
      minDelayMs: options.minDelayMs ?? 500,
    });
    return {
      uri,
      version: record.version,
      status: 'promoted',
      ...(previous ? { previous } : {}),
      history: history.uri,
      message: `${record.version} is now the stable baseline${previous ? ` (was ${previous.version})` : ''}: ${uri}.`,
    };
  }
  throw new Error(`could not promote ${record.version} at ${uri}: it kept changing concurrently.`);
}
