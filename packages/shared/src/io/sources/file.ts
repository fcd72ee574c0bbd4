/**
 * Offline metric sources: FileSource answers queries from a recording file, RecordingSource wraps any
 * MetricSource and writes one (`metrics-file` / `--metrics-file`, the demo, bug reports, tests).
 *
 * Format "driftgate.recording/v1": schemas/recording.schema.json. `entries` hold range queries (query, start,
 * end, step) and instant queries (query, time) with their results; times are unix seconds and sample values
 * strings as Prometheus writes them ("NaN", "+Inf"), which JSON could not hold as numbers.
 *
 * Matching is exact (same query text, same times and step). A miss is a SourceError showing what was asked and
 * what the file holds for that query: usually the run used other windows than the recording.
 */
import { readFileSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { ConfigurationError, SourceError } from '../../core/errors.js';
import { schemaForMessage } from '../../core/escape.js';
import { isoTime } from '../../core/time.js';
import { jsonSyntaxError } from '../../core/validation.js';
import { formatSampleValue, parseSampleValue } from './prometheus.js';
import type { MetricSource, QueryResult, RangeQuery } from './source-types.js';

export const RECORDING_SCHEMA = 'driftgate.recording/v1';

export interface RecordedSeries {
  labels: Record<string, string>;
  /** [unix seconds, value as Prometheus writes it] */
  samples: [number, string][];
}

export interface RecordedResult {
  series: RecordedSeries[];
  warnings: string[];
}

export type RecordingEntry =
  | { type: 'range'; query: string; start: number; end: number; step: number; result: RecordedResult }
  | { type: 'instant'; query: string; time: number; result: RecordedResult };

export interface Recording {
  schema: typeof RECORDING_SCHEMA;
  recordedAt: string;
  source: string;
  defaults?: Record<string, unknown>;
  entries: RecordingEntry[];
}

/** QueryResult → its recorded form. */
export function encodeResult(result: QueryResult): RecordedResult {
  return {
    series: result.series.map((s) => ({
      labels: { ...s.labels },
      samples: s.samples.map((p): [number, string] => [p.t, formatSampleValue(p.v)]),
    })),
    warnings: [...result.warnings],
  };
}

/** Recorded form → a fresh QueryResult (callers may mutate it without changing the recording). */
export function decodeResult(query: string, result: RecordedResult): QueryResult {
  return {
    query,
    series: result.series.map((s) => ({
      labels: { ...s.labels },
      samples: s.samples.map(([t, v]) => ({ t, v: parseSampleValue(v) as number })),
    })),
    warnings: [...result.warnings],
  };
}

/** The identity of a query for matching: kind, text and time parameters. */
/**
 * A query with the ranges of its average gauges left out. Average gauges were read over the counters' range (one
 * scrape longer than the step) before they partitioned their samples (promql.ts metricQueries); a recording made
 * then still answers them, with the values it holds.
 */
function withoutAverageRanges(query: string): string {
  return query.replace(/(avg_over_time\([^[\]]*\[)[^\]]+\]/g, '$1]');
}

function entryKey(e: {
  type: 'range' | 'instant';
  query: string;
  start?: number;
  end?: number;
  step?: number;
  time?: number;
}) {
  return e.type === 'range'
    ? JSON.stringify(['range', e.query, e.start, e.end, e.step])
    : JSON.stringify(['instant', e.query, e.time]);
}

function describeEntry(e: { type: 'range' | 'instant'; start?: number; end?: number; step?: number; time?: number }) {
  return e.type === 'range'
    ? `range ${isoTime(e.start as number)}..${isoTime(e.end as number)} step ${e.step}s (start=${e.start}, end=${e.end})`
    : `instant at ${isoTime(e.time as number)} (time=${e.time})`;
}

export class FileSource implements MetricSource {
  readonly kind = 'file';
  readonly description: string;
  readonly recording: Recording;
  private readonly byKey = new Map<string, RecordingEntry>();
  /** The same entries by their query without average gauges' ranges (recordings older than the partition). */
  private readonly byAverageKey = new Map<string, RecordingEntry>();
  private readonly where: string;

  /** `where` names the file in messages (usually its path). */
  constructor(recording: Recording, where = 'the recording') {
    this.recording = recording;
    this.where = where;
    this.description = `${where} (recorded from ${recording.source} at ${recording.recordedAt})`;
    // If a query was recorded twice, the later answer wins (as it would in RecordingSource).
    for (const e of recording.entries) {
      this.byKey.set(entryKey(e), e);
      if (e.query.includes('avg_over_time('))
        this.byAverageKey.set(entryKey({ ...e, query: withoutAverageRanges(e.query) }), e);
    }
  }

  /** Read and validate a recording; problems are ConfigurationErrors naming `inputName`. */
  static fromFile(path: string, inputName = 'metrics-file'): FileSource {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new ConfigurationError(
        `Input "${inputName}" is ${JSON.stringify(path)}: ${code === 'ENOENT' ? 'the file does not exist' : `the file cannot be read (${code ?? e})`}. ` +
          `Give the path of a driftgate recording (JSON, schema "${RECORDING_SCHEMA}"), relative to the working directory.`,
        { cause: e },
      );
    }
    return new FileSource(parseRecording(text, `Input "${inputName}" (${path})`, inputName), path);
  }

  /** The free-form `defaults` object stored with the recording, if any. */
  get defaults(): Record<string, unknown> | undefined {
    return this.recording.defaults;
  }

  requestCount(): number {
    return 0;
  }

  async queryRange(q: RangeQuery): Promise<QueryResult> {
    return this.answer({ type: 'range', query: q.query, start: q.start, end: q.end, step: q.step });
  }

  async queryInstant(query: string, time: number): Promise<QueryResult> {
    return this.answer({ type: 'instant', query, time });
  }

  private answer(asked: {
    type: 'range' | 'instant';
    query: string;
    start?: number;
    end?: number;
    step?: number;
    time?: number;
  }) {
    const hit =
      this.byKey.get(entryKey(asked)) ??
      (asked.query.includes('avg_over_time(')
        ? this.byAverageKey.get(entryKey({ ...asked, query: withoutAverageRanges(asked.query) }))
        : undefined);
    if (hit) return decodeResult(asked.query, hit.result);
    throw new SourceError(this.missMessage(asked), { query: asked.query, errorType: 'not_recorded' });
  }

  private missMessage(asked: Parameters<FileSource['answer']>[0]): string {
    const head = `${this.where} has no recorded answer for the ${describeEntry(asked)} of the query: ${asked.query}.`;
    const same = this.recording.entries.filter((e) => e.query === asked.query);
    if (same.length > 0) {
      const shown = same.slice(0, 10).map((e) => `\n  - ${describeEntry(e)}`);
      const more = same.length > 10 ? `\n  - ... and ${same.length - 10} more` : '';
      return (
        `${head} The file has this query only for:${shown.join('')}${more}\n` +
        'Queries must match exactly: run with the windows (and step) the file was recorded with, or record again.'
      );
    }
    const squash = (s: string) => s.replace(/\s+/g, '');
    const near = this.recording.entries.find((e) => squash(e.query) === squash(asked.query));
    if (near) {
      return `${head} The file has a query that differs only in whitespace: ${near.query}. Queries must match exactly: record again with the current queries.`;
    }
    const queries = [...new Set(this.recording.entries.map((e) => e.query))];
    const listed = queries.slice(0, 5).map((q) => `\n  - ${q}`);
    return (
      `${head} The file has no entries for this query; it holds ${queries.length} other quer${queries.length === 1 ? 'y' : 'ies'}` +
      `${queries.length ? `, e.g.:${listed.join('')}` : ''}\nRecord again with the current configuration (queries must match exactly).`
    );
  }
}

/** Wraps a source and records every successful query and its result. Failed queries are not recorded. */
export class RecordingSource implements MetricSource {
  readonly kind: string;
  readonly description: string;
  /** Stored in the file's `defaults` (the CLI puts service, windows... here). */
  defaults: Record<string, unknown> | undefined;
  private readonly entries = new Map<string, RecordingEntry>();

  constructor(
    private readonly inner: MetricSource,
    options: { defaults?: Record<string, unknown> } = {},
  ) {
    this.kind = inner.kind;
    this.description = inner.description;
    this.defaults = options.defaults;
  }

  requestCount(): number {
    return this.inner.requestCount();
  }

  async queryRange(q: RangeQuery): Promise<QueryResult> {
    const result = await this.inner.queryRange(q);
    const entry: RecordingEntry = {
      type: 'range',
      query: q.query,
      start: q.start,
      end: q.end,
      step: q.step,
      result: encodeResult(result),
    };
    this.add(entry);
    return result;
  }

  async queryInstant(query: string, time: number): Promise<QueryResult> {
    const result = await this.inner.queryInstant(query, time);
    this.add({ type: 'instant', query, time, result: encodeResult(result) });
    return result;
  }

  /** Number of distinct queries recorded so far. */
  get size(): number {
    return this.entries.size;
  }

  toRecording(): Recording {
    return {
      schema: RECORDING_SCHEMA,
      recordedAt: new Date().toISOString(),
      source: this.inner.description,
      ...(this.defaults === undefined ? {} : { defaults: this.defaults }),
      entries: [...this.entries.values()],
    };
  }

  /** Write the recording (atomically: a temporary file renamed into place), creating directories. */
  async save(path: string): Promise<void> {
    await writeRecording(path, this.toRecording());
  }

  private add(entry: RecordingEntry): void {
    const key = entryKey(entry);
    this.entries.delete(key); // re-insert so the file lists queries in the order they were last asked
    this.entries.set(key, entry);
  }
}

/** Serialise a recording: indented JSON, with each [time, value] sample on one line to keep files readable. */
export function formatRecording(recording: Recording): string {
  const text = JSON.stringify(recording, null, 2);
  return `${text.replace(/\[\n\s+(-?[\d.e+-]+),\n\s+("(?:[^"\\]|\\.)*")\n\s+\]/g, '[$1, $2]')}\n`;
}

export async function writeRecording(path: string, recording: Recording): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(tmp, formatRecording(recording));
    await rename(tmp, path);
  } catch (e) {
    // No <file>.<pid>.tmp left behind when the rename (or the write) fails.
    await rm(tmp, { force: true }).catch(() => undefined);
    throw e;
  }
}

/**
 * driftgate's other JSON files by schema: what one is and what takes it, for the error when one is given as a
 * recording. The keys are the schemas of cost-recording.ts, comparison.ts, evidence.ts, baseline-store.ts,
 * audit/entry.ts, kpis/compute.ts and finops-run.ts (test/sources/file.test.ts keeps them in step).
 */
export const OTHER_FILE_KINDS: Readonly<Record<string, string>> = {
  'driftgate.finops-recording/v1':
    'a FinOps recording (Cost Explorer responses and request counts, recorded for the demo): only `driftgate demo` replays it (its FinOps part); Cost Explorer is otherwise read live',
  'driftgate.comparison/v1':
    'a comparison (perf-comparison.json, written by perf-baseline-compare or `driftgate compare`): the waiver check takes it (`driftgate waiver --comparison`)',
  'driftgate.verification/v1':
    "a bake's evidence (perf_verification.json, written by post-deploy-verify or `driftgate verify`): `driftgate kpis` reads it from S3 (--evidence-uri)",
  'driftgate.verification/v2':
    "a bake's evidence (perf_verification.json, written by post-deploy-verify or `driftgate verify`): `driftgate kpis` reads it from S3 (--evidence-uri)",
  'driftgate.baseline/v1':
    'a baseline store record (stable.json, written when a bake promotes a release): read from S3 through baseline-store',
  'driftgate.finops-report/v1': 'a FinOps report (finops_report.json, written by finops-report or `driftgate finops`)',
  'driftgate.kpis/v1': 'a KPI report (kpis.json, written by `driftgate kpis`)',
  'driftgate.audit/v1': 'an entry of the optimizer audit log: `driftgate audit verify` reads it',
};

/**
 * Parse and validate a recording. `what` prefixes error messages (e.g. 'Input "metrics-file" (rec.json)'), `input`
 * names the input that takes a recording. Every problem is a ConfigurationError saying where in the file it is;
 * another driftgate file (a FinOps recording, a comparison) is named for what it is.
 */
export function parseRecording(text: string, what = 'The recording', input?: string): Recording {
  const fail = (problem: string) =>
    new ConfigurationError(
      `${what} is not a valid driftgate recording (${RECORDING_SCHEMA}): ${problem}. Record it again.`,
    );
  let doc: any;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw fail(`it is not JSON (${jsonSyntaxError(e, text)})`);
  }
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) throw fail('it is not a JSON object');
  const other =
    typeof doc.schema === 'string' && Object.hasOwn(OTHER_FILE_KINDS, doc.schema)
      ? OTHER_FILE_KINDS[doc.schema]
      : undefined;
  if (other !== undefined) {
    const takes = input ? `Input "${input}" takes` : 'Give';
    throw new ConfigurationError(
      `${what} is ${other}. ${takes} a recording of metric queries (${RECORDING_SCHEMA}), made by \`driftgate record\`.`,
    );
  }
  if (doc.schema !== RECORDING_SCHEMA) {
    throw fail(`"schema" is ${schemaForMessage(doc.schema)}, expected ${JSON.stringify(RECORDING_SCHEMA)}`);
  }
  if (typeof doc.recordedAt !== 'string') throw fail('"recordedAt" is missing');
  if (typeof doc.source !== 'string') throw fail('"source" is missing');
  if (
    doc.defaults !== undefined &&
    (doc.defaults === null || typeof doc.defaults !== 'object' || Array.isArray(doc.defaults))
  ) {
    throw fail('"defaults" is not an object');
  }
  if (!Array.isArray(doc.entries)) throw fail('"entries" is not an array');
  const isTime = (v: unknown) => typeof v === 'number' && Number.isFinite(v);
  doc.entries.forEach((e: any, i: number) => {
    const at = `entries[${i}]`;
    if (e === null || typeof e !== 'object') throw fail(`${at} is not an object`);
    if (typeof e.query !== 'string') throw fail(`${at}.query is not a string`);
    if (e.type === 'range') {
      if (!isTime(e.start) || !isTime(e.end) || !isTime(e.step)) throw fail(`${at} needs numeric start, end and step`);
    } else if (e.type === 'instant') {
      if (!isTime(e.time)) throw fail(`${at} needs a numeric time`);
    } else {
      throw fail(`${at}.type is ${JSON.stringify(e.type)}, expected "range" or "instant"`);
    }
    const r = e.result;
    if (r === null || typeof r !== 'object' || !Array.isArray(r.series) || !Array.isArray(r.warnings)) {
      throw fail(`${at}.result needs "series" and "warnings" arrays`);
    }
    if (!r.warnings.every((w: unknown) => typeof w === 'string')) throw fail(`${at}.result.warnings must be strings`);
    r.series.forEach((s: any, j: number) => {
      const sat = `${at}.result.series[${j}]`;
      if (s === null || typeof s !== 'object' || typeof s.labels !== 'object' || s.labels === null) {
        throw fail(`${sat}.labels is not an object`);
      }
      if (!Object.values(s.labels).every((v) => typeof v === 'string'))
        throw fail(`${sat}.labels values must be strings`);
      if (!Array.isArray(s.samples)) throw fail(`${sat}.samples is not an array`);
      s.samples.forEach((p: unknown, k: number) => {
        const ok =
          Array.isArray(p) &&
          p.length === 2 &&
          isTime(p[0]) &&
          typeof p[1] === 'string' &&
          parseSampleValue(p[1]) !== undefined;
        if (!ok)
          throw fail(`${sat}.samples[${k}] is not [unix seconds, "value"] (values are strings: "1.5", "NaN", "+Inf")`);
      });
    });
  });
  return doc as Recording;
}
