/**
 * The audit log on S3: one write-once object per entry, <prefix><seq>.json (zero-padded, so a listing is the
 * log in order), SSE-KMS, each holding one signed line. Appending reads the head, links and signs the next
 * entry and writes it with If-None-Match: *, so two writers can never both take a sequence number: the loser
 * gets 412, re-reads the head and tries again (at most `attempts` times). Listing is paged and bounded.
 */

import {
  type AuditDraft,
  type ChainProblem,
  checkChain,
  entryKey,
  nextEntry,
  type SignedEntry,
  signedText,
  storedLine,
} from '../../core/audit/entry.js';
import { type Logger, silentLogger } from '../../core/log.js';
import { isSigningAlgorithm, type Kms, publicKeys, type SigningAlgorithm, signText, verifyText } from '../../io/kms.js';
import { describeS3Error, listKeys, type S3, type S3Location, s3Sdk, s3Uri, sendPut } from '../../io/publish/s3.js';

export interface AuditLog {
  s3: S3;
  kms: Kms;
  location: S3Location;
  /** The asymmetric KMS key (id, ARN or alias) that signs the entries. */
  signingKeyId: string;
  algorithm: SigningAlgorithm;
  /** SSE-KMS key of the objects (default: the bucket's). */
  kmsKeyId?: string;
  /** Most list pages (1000 keys each) read; default 100. */
  maxPages?: number;
  logger?: Logger;
}

/** Every key of the log, in order. */
export async function listEntryKeys(s3: S3, location: S3Location, maxPages = 100): Promise<string[]> {
  return listKeys(s3, location.bucket, location.prefix, (k) => k.endsWith('.json'), maxPages, 'raise the page limit');
}

export async function readLine(s3: S3, bucket: string, key: string): Promise<string> {
  const { GetObjectCommand } = await s3Sdk();
  const res = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key })).catch((e) => {
    throw describeS3Error(e, bucket, key);
  });
  return ((await res.Body?.transformToString('utf8')) ?? '').trimEnd();
}

export interface Appended {
  entry: SignedEntry;
  key: string;
  uri: string;
  attempts: number;
}

export async function appendEntry(
  log: AuditLog,
  draft: AuditDraft,
  now: () => Date = () => new Date(),
  attempts = 5,
): Promise<Appended> {
  const logger = log.logger ?? silentLogger;
  const { bucket, prefix } = log.location;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const keys = await listEntryKeys(log.s3, log.location, log.maxPages);
    const headKey = keys.at(-1);
    const head = headKey ? await readLine(log.s3, bucket, headKey) : undefined;
    const previous = head ? { seq: (JSON.parse(head) as SignedEntry).seq, line: head } : null;
    const entry = nextEntry(draft, previous, now().toISOString());
    const signature = await signText(log.kms, log.signingKeyId, log.algorithm, signedText(entry));
    const signed: SignedEntry = { ...entry, signature };
    const key = entryKey(prefix, entry.seq);
    try {
      await sendPut(
        log.s3,
        {
          bucket,
          key,
          body: `${storedLine(signed)}\n`,
          contentType: 'application/x-ndjson',
          ...(log.kmsKeyId ? { kmsKeyId: log.kmsKeyId } : {}),
          condition: { IfNoneMatch: '*' },
        },
        { logger, retries: 2, minDelayMs: 200 },
      );
      return { entry: signed, key, uri: s3Uri(bucket, key), attempts: attempt };
    } catch (e) {
      const status = (e as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
      if (status !== 412) throw describeS3Error(e, bucket, key);
      logger.info(`${s3Uri(bucket, key)} was taken by another writer; re-reading the head.`);
    }
  }
  throw new Error(
    `Could not append to ${s3Uri(bucket, prefix)} in ${attempts} attempts: other writers kept taking the next entry.`,
  );
}

export type AuditProblem = ChainProblem;

export interface Verified {
  entries: number;
  problems: AuditProblem[];
  /** The log as JSON lines, in order (audit.log). */
  lines: string[];
  keys: string[];
}

/** Read every entry, check the chain, and each signature with its key's public half. */
export async function verifyLog(s3: S3, kms: Kms, location: S3Location, maxPages = 100): Promise<Verified> {
  const keys = await listEntryKeys(s3, location, maxPages);
  const stored: Array<{ key: string; line: string }> = [];
  for (const key of keys) stored.push({ key, line: await readLine(s3, location.bucket, key) });
  const { entries, problems } = checkChain(location.prefix, stored);
  const keyOf = publicKeys(kms);
  for (const { key, entry } of entries) {
    const { keyId, algorithm, value } = entry.signature;
    if (!isSigningAlgorithm(algorithm)) {
      problems.push({ code: 'unknown-algorithm', key, seq: entry.seq, algorithm });
      continue;
    }
    if (!verifyText(await keyOf(keyId), algorithm, signedText(entry), value))
      problems.push({ code: 'bad-signature', key, seq: entry.seq, keyId });
  }
  return { entries: entries.length, problems, lines: stored.map((s) => s.line), keys };
}
