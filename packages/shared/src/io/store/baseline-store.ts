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
 * `baseline` (core/model/baseline.ts, core/judge/release-baseline.ts): the release's one baseline per metric, computed once from
 * the verified window's data; the gate, the next bake and the watch's rules use it. Optional: records written
 * before it have none, and readers then compute it from the window.
 *
 * Promotion is a compare-and-swap (If-Match on the ETag read, If-None-Match: * when there is none), and it
 * never goes backwards: a record verified later than ours is left in place.
 */
import { ConfigurationError } from '../../core/errors.js';
import { controlCharacter } from '../../core/escape.js';
import { type Logger, silentLogger } from '../../core/log.js';
import { BASELINE_ESTIMATOR, type ReleaseBaseline } from '../../core/model/baseline.js';
import { isoTime, MAX_WINDOW_SECONDS, nowSeconds } from '../../core/time.js';
import { jsonSyntaxError } from '../../core/validation.js';
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

function parseRecord(text: string, where: string, promoting = false): StableBaseline {
  let doc: any;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new ConfigurationError(
      `${where} is not JSON (${jsonSyntaxError(e, text)}): fix or delete it; post-deploy-verify writes it again on the next pass.`,
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
  checkRecordValues(doc as StableBaseline, where, promoting);
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

/** Most clock skew allowed on a record's verifiedAt. */
const MAX_FUTURE_SECONDS = 300;

/**
 * A store record is data someone else wrote: its identifiers hold no control character (they are printed and
 * queried), its window is a real window (start before end, at most 31 days), verifiedAt is a date not in the
 * future. Each problem is one ConfigurationError naming the record, the key and the fix, never the value.
 */
function checkRecordValues(rec: StableBaseline, where: string, promoting: boolean): void {
  const fix = 'fix or delete it; post-deploy-verify writes it again on the next pass';
  for (const key of ['service', 'environment', 'version', 'verifiedAt', 'verification', 'run'] as const) {
    const v = rec[key];
    if (v !== undefined && typeof v !== 'string')
      throw new ConfigurationError(`${where}: "${key}" is not a string: ${fix}.`);
    const bad = v === undefined ? undefined : controlCharacter(v);
    if (bad) {
      throw new ConfigurationError(
        `${where}: "${key}" holds the control character ${bad} (it could forge log lines or workflow commands): ${fix}.`,
      );
    }
  }
  const { start, end } = rec.window;
  if (!(end > start) || end - start > MAX_WINDOW_SECONDS) {
    throw new ConfigurationError(
      `${where}: "window" is ${isoTime(start)}..${isoTime(end)}: a baseline window must end after it starts and span at most ${MAX_WINDOW_SECONDS / 86400} days: ${fix}.`,
    );
  }
  const verified = Date.parse(rec.verifiedAt);
  if (Number.isNaN(verified) || !/^\d{4}-\d{2}-\d{2}T/.test(rec.verifiedAt)) {
    throw new ConfigurationError(`${where}: "verifiedAt" is not an RFC 3339 time: ${fix}.`);
  }
  // Promoting over a future-dated record replaces it (promoteStableBaseline warns); reading one is refused.
  if (!promoting && verified / 1000 > nowSeconds() + MAX_FUTURE_SECONDS) {
    throw new ConfigurationError(
      `${where}: "verifiedAt" is ${rec.verifiedAt}, in the future (a forged or mistyped record would block every later promotion): ${fix}.`,
    );
  }
}

/** The record must be the one asked for: a record naming another service or environment is refused. */
function checkRecordTarget(rec: StableBaseline, service: string, environment: string, where: string): void {
  if (rec.service !== service || rec.environment !== environment) {
    throw new ConfigurationError(
      `${where} names ${rec.service === undefined ? 'no service' : `service ${JSON.stringify(rec.service)}`} and ${rec.environment === undefined ? 'no environment' : `environment ${JSON.stringify(rec.environment)}`}, not ${JSON.stringify(service)} (${JSON.stringify(environment)}): a record copied from elsewhere is not this service's baseline; fix or delete it.`,
    );
  }
}

async function readWithEtag(
  client: S3,
  bucket: string,
  key: string,
  options: StoreOptions,
  promoting = false,
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
    return {
      record: parseRecord(r.value.text, s3Uri(bucket, key), promoting),
      ...(r.value.etag ? { etag: r.value.etag } : {}),
    };
  } catch (e) {
    const status = (e as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
    if (status === 404 || (e as Error).name === 'NoSuchKey') return undefined;
    if (e instanceof ConfigurationError) throw e;
    throw describeS3Error(e, bucket, key, 'GetObject');
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
  const record = (await readWithEtag(client, bucket, key, options))?.record;
  if (record) checkRecordTarget(record, service, environment, s3Uri(bucket, key));
  return record;
}

/** A store record and what backs it, in words for the report ("resolved from"). */
export interface CheckedBaseline {
  record: StableBaseline;
  /** Whether the evidence object named by the record was read and agrees with it. */
  evidenceChecked: boolean;
  /** What is trusted, plainly: "baseline store (passed its bake, verified ..., evidence s3://... checked)". */
  trust: string;
}

/**
 * readStableBaseline, cross-checked: the record's evidence object (`verification`, perf_verification.json) is
 * read and must name the same service, environment and version with verdict pass. A record with no evidence
 * object (or one that cannot be read) is used, but `trust` says plainly that only the record vouches for it; an
 * evidence object that contradicts the record is refused.
 */
export async function readCheckedBaseline(
  storeUri: string,
  service: string,
  environment: string,
  options: StoreOptions = {},
): Promise<CheckedBaseline | undefined> {
  const record = await readStableBaseline(storeUri, service, environment, options);
  if (!record) return undefined;
  const where = baselineLocation(storeUri, service, environment);
  const recordUri = s3Uri(where.bucket, where.key);
  const only = (why: string): CheckedBaseline => ({
    record,
    evidenceChecked: false,
    trust: `baseline store record ${recordUri} alone (${why}; its verifiedAt ${record.verifiedAt} is not proven)`,
  });
  if (!record.verification) return only('it names no evidence object');
  let evidence: { bucket: string; key: string };
  try {
    const parsed = parseS3Uri(record.verification, `${recordUri} "verification"`);
    evidence = { bucket: parsed.bucket, key: parsed.prefix.replace(/\/$/, '') };
  } catch {
    return only('its "verification" is not an s3:// URI');
  }
  const client = options.s3 ?? s3Client({ region: options.region });
  const { GetObjectCommand } = await s3Sdk();
  let text: string;
  try {
    const res = await client.send(new GetObjectCommand({ Bucket: evidence.bucket, Key: evidence.key }));
    text = (await res.Body?.transformToString('utf8')) ?? '';
  } catch (e) {
    const status = (e as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
    return only(`its evidence ${record.verification} could not be read (${status ?? (e as Error).name})`);
  }
  let doc: any;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new ConfigurationError(
      `${recordUri}: its evidence ${record.verification} is not JSON (${jsonSyntaxError(e, text)}): the record is not backed by a bake; fix or delete it.`,
    );
  }
  const agrees =
    doc &&
    doc.service === record.service &&
    doc.environment === record.environment &&
    doc.version === record.version &&
    doc.verdict === 'pass';
  if (!agrees) {
    throw new ConfigurationError(
      `${recordUri}: its evidence ${record.verification} is not a passing bake of ${record.service} (${record.environment}) ${record.version}: the record is not backed by its evidence; fix or delete it.`,
    );
  }
  return {
    record,
    evidenceChecked: true,
    trust: `baseline store (passed its bake, verified ${record.verifiedAt}; evidence ${record.verification} checked)`,
  };
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
    const current = await readWithEtag(client, bucket, key, options, true);
    const future = current && Date.parse(current.record.verifiedAt) / 1000 > nowSeconds() + MAX_FUTURE_SECONDS;
    if (future) {
      logger.warning(
        `${uri} holds ${current.record.version} verified at ${current.record.verifiedAt}, in the future: a forged or mistyped record; it is replaced.`,
      );
    }
    if (current?.record.version === record.version && !future) {
      return {
        uri,
        version: record.version,
        status: 'unchanged',
        message: `${record.version} is already the stable baseline (${uri}).`,
      };
    }
    if (current && !future && Date.parse(current.record.verifiedAt) > Date.parse(record.verifiedAt)) {
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
