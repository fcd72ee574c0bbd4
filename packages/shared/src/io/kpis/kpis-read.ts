/**
 * Reading a month of the archive for the KPIs: every perf_verification.json (and its write-once siblings
 * perf_verification.2.json, ...) under <evidence-uri>YYYYMM*, and every finops_cost_daily.parquet under
 * <finops-uri>YYYYMM*. One ListObjectsV2 prefix per month (the day folders start with it), paged and bounded,
 * at most `maxObjects` objects read.
 */

import { parquetReadObjects } from 'hyparquet';
import type { BakeEvidence, FinopsRowLite } from '../../core/kpis/compute.js';
import { describeS3Error, listKeys, type S3, type S3Location, s3Sdk, s3Uri } from '../publish/s3.js';

export interface ReadMonthOptions {
  maxPages?: number;
  maxObjects?: number;
}

async function getBytes(s3: S3, bucket: string, key: string): Promise<Uint8Array> {
  const { GetObjectCommand } = await s3Sdk();
  const res = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key })).catch((e) => {
    throw describeS3Error(e, bucket, key);
  });
  return (await res.Body?.transformToByteArray()) ?? new Uint8Array();
}

function bounded(keys: string[], max: number, what: string): string[] {
  if (keys.length > max) throw new Error(`${keys.length} ${what} in the month: more than ${max}; raise the limit.`);
  return keys;
}

/** "2026-11" → "202611" */
const monthPrefix = (month: string) => month.replace('-', '');

export async function readMonthEvidence(
  s3: S3,
  loc: S3Location,
  month: string,
  o: ReadMonthOptions = {},
): Promise<BakeEvidence[]> {
  const keys = bounded(
    await listKeys(
      s3,
      loc.bucket,
      `${loc.prefix}${monthPrefix(month)}`,
      (key) => /\/perf_verification(\.\d+)?\.json$/.test(key),
      o.maxPages ?? 100,
      'narrow the month or raise the limit',
    ),
    o.maxObjects ?? 10_000,
    'perf_verification.json files',
  );
  const out: BakeEvidence[] = [];
  for (const key of keys) {
    const text = Buffer.from(await getBytes(s3, loc.bucket, key)).toString('utf8');
    let doc: BakeEvidence;
    try {
      doc = JSON.parse(text) as BakeEvidence;
    } catch {
      throw new Error(`${s3Uri(loc.bucket, key)} is not JSON: the evidence archive holds a damaged file.`);
    }
    out.push(doc);
  }
  return out;
}

export async function readMonthFinops(
  s3: S3,
  loc: S3Location,
  month: string,
  o: ReadMonthOptions = {},
): Promise<FinopsRowLite[]> {
  const keys = bounded(
    await listKeys(
      s3,
      loc.bucket,
      `${loc.prefix}${monthPrefix(month)}`,
      (key) => /\/finops_cost_daily(\.\d+)?\.parquet$/.test(key),
      o.maxPages ?? 100,
      'narrow the month or raise the limit',
    ),
    o.maxObjects ?? 10_000,
    'finops_cost_daily.parquet files',
  );
  const rows: FinopsRowLite[] = [];
  for (const key of keys) {
    const bytes = await getBytes(s3, loc.bucket, key);
    const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const objects = await parquetReadObjects({
      file,
      columns: ['usage_date', 'service', 'env', 'month_to_date_usd', 'projected_month_usd'],
    });
    for (const r of objects) rows.push(r as unknown as FinopsRowLite);
  }
  return rows;
}
