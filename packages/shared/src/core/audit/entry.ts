/**
 * The optimizer audit log's entries (PERF-003 §5 "All changes logged to /perf/optimizer/audit.log", §11
 * "Optimization Lambda audits signed and reviewed"): pure functions, no I/O.
 *
 * Each change and each proposal is one entry. An entry names the previous entry by the SHA-256 of its stored
 * line (`prev`; 64 zeros for the first), so removing, reordering or editing any line breaks every later link.
 * The signature covers the entry's canonical JSON (keys sorted, no whitespace): KMS signs its SHA-256 digest.
 * A stored line is the canonical JSON of { ...entry, signature }.
 */
import { createHash } from 'node:crypto';

export const AUDIT_SCHEMA = 'driftgate.audit/v1';
export const GENESIS = '0'.repeat(64);

export type AuditKind = 'change' | 'proposal';

export interface AuditDraft {
  kind: AuditKind;
  /** What was done or proposed: finops.ticket, rightsizing.ecs.register, rightsizing.lambda.propose, ... */
  action: string;
  /** What it was done to: an ARN, or service/environment. */
  target: string;
  /** Who: the workflow run, the GitHub actor, the approving reviewer. */
  actor: string;
  details: Record<string, unknown>;
}

export interface AuditEntry extends AuditDraft {
  schema: typeof AUDIT_SCHEMA;
  /** 1, 2, 3, ... with no gap. */
  seq: number;
  /** RFC 3339. */
  at: string;
  prev: string;
}

export interface AuditSignature {
  keyId: string;
  algorithm: string;
  /** base64 */
  value: string;
}

export interface SignedEntry extends AuditEntry {
  signature: AuditSignature;
}

/** JSON with object keys sorted at every level: one text per value. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    return `{${Object.keys(o)
      .filter((k) => o[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

export function sha256Hex(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The bytes the signature covers: the entry without its signature, canonical. */
export function signedText(entry: AuditEntry): string {
  const { signature: _ignored, ...rest } = entry as SignedEntry;
  return canonicalJson(rest);
}

export function storedLine(entry: SignedEntry): string {
  return canonicalJson(entry);
}

export function nextEntry(draft: AuditDraft, previous: { seq: number; line: string } | null, at: string): AuditEntry {
  return {
    schema: AUDIT_SCHEMA,
    seq: previous ? previous.seq + 1 : 1,
    at,
    kind: draft.kind,
    action: draft.action,
    target: draft.target,
    actor: draft.actor,
    details: draft.details,
    prev: previous ? sha256Hex(previous.line) : GENESIS,
  };
}

/** The object key of entry `seq`: zero-padded, so S3 lists the log in order. */
export function entryKey(prefix: string, seq: number): string {
  return `${prefix}${String(seq).padStart(10, '0')}.json`;
}

export type ChainProblem =
  | { code: 'unparseable'; key: string }
  | { code: 'wrong-key'; key: string; seq: number }
  | { code: 'gap'; key: string; expected: number; seq: number }
  | { code: 'broken-link'; key: string; seq: number }
  | { code: 'bad-signature'; key: string; seq: number; keyId: string }
  | { code: 'unknown-algorithm'; key: string; seq: number; algorithm: string };

/**
 * Check the chain of stored lines (in key order): each parses, sits at its own key, follows the previous one
 * with no gap and names its hash. Signatures are checked by the caller (they need the public keys).
 */
export function checkChain(
  prefix: string,
  lines: ReadonlyArray<{ key: string; line: string }>,
): {
  entries: Array<{ key: string; entry: SignedEntry; line: string }>;
  problems: ChainProblem[];
} {
  const problems: ChainProblem[] = [];
  const entries: Array<{ key: string; entry: SignedEntry; line: string }> = [];
  let previous: { seq: number; line: string } | null = null;
  for (const { key, line } of lines) {
    let entry: SignedEntry;
    try {
      entry = JSON.parse(line) as SignedEntry;
      if (entry.schema !== AUDIT_SCHEMA || !Number.isInteger(entry.seq) || !entry.signature) throw new Error('shape');
    } catch {
      problems.push({ code: 'unparseable', key });
      previous = null;
      continue;
    }
    if (entryKey(prefix, entry.seq) !== key) problems.push({ code: 'wrong-key', key, seq: entry.seq });
    const expected: number = previous ? previous.seq + 1 : 1;
    if (entry.seq !== expected) problems.push({ code: 'gap', key, expected, seq: entry.seq });
    const link = previous ? sha256Hex(previous.line) : GENESIS;
    if (entry.prev !== link || storedLine(entry) !== line.trimEnd())
      problems.push({ code: 'broken-link', key, seq: entry.seq });
    entries.push({ key, entry, line: line.trimEnd() });
    previous = { seq: entry.seq, line: line.trimEnd() };
  }
  return { entries, problems };
}
