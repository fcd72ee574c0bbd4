/**
 * RecordingSource + FileSource: record real Prometheus answers, save, replay offline, identically.
 * Also: the file validates against schemas/recording.schema.json, misses explain themselves, bad files
 * are ConfigurationErrors naming the input.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import recordingSchema from '@driftgate/shared/schemas/recording.schema.json' with { type: 'json' };
import { type PrometheusServer, startPrometheus } from '@driftgate/testkit/prometheus';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUDIT_SCHEMA } from '../../src/core/audit/entry.js';
import { ConfigurationError, SourceError } from '../../src/core/errors.js';
import { COMPARISON_SCHEMA } from '../../src/core/model/comparison.js';
import { VERIFICATION_SCHEMA, VERIFICATION_SCHEMA_V1 } from '../../src/flows/bake/evidence.js';
import { FINOPS_RECORDING_SCHEMA } from '../../src/io/cost-recording.js';
import {
  FileSource,
  OTHER_FILE_KINDS,
  parseRecording,
  RECORDING_SCHEMA,
  RecordingSource,
} from '../../src/io/sources/file.js';
import { PrometheusSource } from '../../src/io/sources/prometheus.js';
import type { MetricSource, QueryResult } from '../../src/io/sources/source-types.js';
import { BASELINE_SCHEMA } from '../../src/io/store/baseline-store.js';
import { hourAligned, openMetrics, points, promqlString } from './openmetrics.js';

// ajv-formats is CommonJS: its default export arrives wrapped depending on the loader.
const addFormats = ((addFormatsModule as any).default ?? addFormatsModule) as (ajv: Ajv) => void;

const T0 = hourAligned(5);
const LABEL = 'quote" backslash\\ brace}';

/** The queries replayed in the round trip: ranges, instants, NaN/±Inf, empty, special labels. */
const RANGE_QUERIES = [
  { query: 'driftgate_rec_value', start: T0, end: T0 + 900, step: 60 },
  { query: 'driftgate_rec_value', start: T0 + 0.5, end: T0 + 900.5, step: 30 }, // fractional times
  { query: `driftgate_rec_value{service=${promqlString(LABEL)}} / 0`, start: T0, end: T0 + 120, step: 60 },
  { query: 'driftgate_rec_nan', start: T0, end: T0 + 120, step: 60 },
  { query: 'driftgate_rec_missing', start: T0, end: T0 + 120, step: 60 },
];
const INSTANT_QUERIES: [string, number][] = [
  ['driftgate_rec_value', T0 + 300],
  ['0/0', T0],
  ['vector(-1)/0', T0],
  ['scalar(sum(driftgate_rec_value))', T0 + 60],
];

describe('RecordingSource → file → FileSource', () => {
  let prom: PrometheusServer;
  let dir: string;
  let file: string;
  let live: PrometheusSource;
  let recorder: RecordingSource;
  const liveResults: QueryResult[] = [];

  beforeAll(async () => {
    prom = await startPrometheus({
      openMetrics: openMetrics([
        {
          name: 'driftgate_rec_value',
          type: 'gauge',
          series: [
            { labels: { service: LABEL }, points: points(T0, 15, 121, (i) => i / 3) },
            { labels: { service: 'plain' }, points: points(T0, 15, 121, (i) => 1e-9 * i) },
          ],
        },
        {
          name: 'driftgate_rec_nan',
          type: 'gauge',
          series: [{ labels: {}, points: points(T0, 15, 121, () => Number.NaN) }],
        },
      ]),
    });
    dir = await mkdtemp(join(tmpdir(), 'driftgate-recording-'));
    file = join(dir, 'nested', 'recording.json');
    live = new PrometheusSource({ url: prom.url });
    recorder = new RecordingSource(live, { defaults: { service: 'api', windows: { baseline: '-2h..-1h' } } });
    for (const q of RANGE_QUERIES) liveResults.push(await recorder.queryRange(q));
    for (const [q, t] of INSTANT_QUERIES) liveResults.push(await recorder.queryInstant(q, t));
    // Asking again does not duplicate the entry.
    await recorder.queryInstant('0/0', T0);
    await recorder.save(file);
  });
  afterAll(async () => {
    await prom?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('recorded real answers (sanity check of the fixture)', () => {
    expect(recorder.size).toBe(RANGE_QUERIES.length + INSTANT_QUERIES.length);
    expect(recorder.requestCount()).toBe(live.requestCount());
    expect(recorder.kind).toBe('prometheus');
    const values = liveResults.flatMap((r) => r.series.flatMap((s) => s.samples.map((p) => p.v)));
    expect(values.some(Number.isNaN)).toBe(true);
    expect(values).toContain(Number.POSITIVE_INFINITY);
    expect(values).toContain(Number.NEGATIVE_INFINITY);
    expect(liveResults[4]?.series).toEqual([]);
  });

  it('replays every query with identical results and no requests', async () => {
    const offline = FileSource.fromFile(file);
    const replayed: QueryResult[] = [];
    for (const q of RANGE_QUERIES) replayed.push(await offline.queryRange({ ...q }));
    for (const [q, t] of INSTANT_QUERIES) replayed.push(await offline.queryInstant(q, t));
    expect(replayed).toEqual(liveResults);
    // toEqual treats NaN as equal to NaN; make sure the non-finite values kept their identity and sign.
    const flat = (rs: QueryResult[]) => rs.flatMap((r) => r.series.flatMap((s) => s.samples.map((p) => String(p.v))));
    expect(flat(replayed)).toEqual(flat(liveResults));
    expect(replayed[0]?.series.find((s) => s.labels.service === LABEL)?.labels).toEqual({
      __name__: 'driftgate_rec_value',
      service: LABEL,
    });
    expect(offline.requestCount()).toBe(0);
    expect(offline.kind).toBe('file');
    expect(offline.description).toBe(`${file} (recorded from ${prom.url} at ${offline.recording.recordedAt})`);
    expect(offline.defaults).toEqual({ service: 'api', windows: { baseline: '-2h..-1h' } });
  });

  it('hands out fresh objects, so callers cannot corrupt the recording', async () => {
    const offline = FileSource.fromFile(file);
    const first = await offline.queryInstant('driftgate_rec_value', T0 + 300);
    (first.series[0] as { samples: { v: number }[] }).samples[0]!.v = 12345;
    const again = await offline.queryInstant('driftgate_rec_value', T0 + 300);
    expect(again.series[0]?.samples[0]?.v).not.toBe(12345);
  });

  it('writes the documented format, valid against recording.schema.json', async () => {
    const text = await readFile(file, 'utf8');
    const doc = JSON.parse(text);
    expect(doc.schema).toBe(RECORDING_SCHEMA);
    expect(doc.source).toBe(prom.url);
    expect(Number.isNaN(Date.parse(doc.recordedAt))).toBe(false);
    const nan = doc.entries.find((e: any) => e.query === 'driftgate_rec_nan');
    expect(nan).toMatchObject({ type: 'range', start: T0, end: T0 + 120, step: 60 });
    expect(nan.result.series[0].samples[0]).toEqual([T0, 'NaN']);
    expect(text).toContain(`[${T0}, "NaN"]`); // one sample per line, readable in diffs

    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(recordingSchema);
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    // ...and the schema is not vacuous.
    const broken = structuredClone(doc);
    broken.entries[0].result.series[0].samples[0][1] = 1.5;
    expect(validate(broken)).toBe(false);
    expect(validate({ ...doc, entries: [{ ...doc.entries[0], type: 'instant' }] })).toBe(false);
  });

  it('explains a window mismatch, listing what the file has for the query', async () => {
    const offline = FileSource.fromFile(file);
    const err = await offline
      .queryRange({ query: 'driftgate_rec_value', start: T0 + 60, end: T0 + 960, step: 60 })
      .catch((e) => e);
    expect(err).toBeInstanceOf(SourceError);
    expect(err.details.query).toBe('driftgate_rec_value');
    const iso = (t: number) => new Date(t * 1000).toISOString().replace('.000Z', 'Z');
    expect(err.message).toContain(
      `${file} has no recorded answer for the range ${iso(T0 + 60)}..${iso(T0 + 960)} step 60s`,
    );
    expect(err.message).toContain('The file has this query only for:');
    expect(err.message).toContain(`range ${iso(T0)}..${iso(T0 + 900)} step 60s`);
    expect(err.message).toContain('step 30s'); // the fractional-time entry
    expect(err.message).toContain(`instant at ${iso(T0 + 300)}`);
  });

  it('explains an unknown query, listing the recorded queries', async () => {
    const offline = FileSource.fromFile(file);
    const err = await offline.queryInstant('up', T0).catch((e) => e);
    expect(err).toBeInstanceOf(SourceError);
    expect(err.message).toMatch(
      /no entries for this query; it holds 7 other queries, e\.g\.:\n {2}- driftgate_rec_value\n/,
    );
    const spaced = await offline.queryInstant('0 / 0', T0).catch((e) => e);
    expect(spaced.message).toContain('differs only in whitespace: 0/0');
  });
});

describe('FileSource input validation', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'driftgate-recording-bad-'));
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  it('names the input for a missing file', () => {
    const missing = join(dir, 'nope.json');
    expect(() => FileSource.fromFile(missing)).toThrow(ConfigurationError);
    expect(() => FileSource.fromFile(missing)).toThrow(
      `Input "metrics-file" is ${JSON.stringify(missing)}: the file does not exist`,
    );
  });

  it.each([
    ['not json', /it is not JSON/],
    [
      '{"schema":"driftgate.recording/v2","recordedAt":"x","source":"s","entries":[]}',
      /"schema" is "driftgate.recording\/v2"/,
    ],
    [
      '{"schema":"driftgate.recording/v1","recordedAt":"x","source":"s","entries":[{"type":"range","query":"q","start":1,"end":2,"result":{"series":[],"warnings":[]}}]}',
      /entries\[0\] needs numeric start, end and step/,
    ],
    [
      '{"schema":"driftgate.recording/v1","recordedAt":"x","source":"s","entries":[{"type":"instant","query":"q","time":1,"result":{"series":[{"labels":{},"samples":[[1,2]]}],"warnings":[]}}]}',
      /entries\[0\]\.result\.series\[0\]\.samples\[0\] is not \[unix seconds, "value"\]/,
    ],
  ])('rejects a bad file: %s', async (content, problem) => {
    const path = join(dir, 'bad.json');
    await writeFile(path, content);
    expect(() => FileSource.fromFile(path)).toThrow(ConfigurationError);
    expect(() => FileSource.fromFile(path)).toThrow(problem);
    expect(() => FileSource.fromFile(path)).toThrow(
      /^Input "metrics-file" \(.*bad\.json\) is not a valid driftgate recording/,
    );
  });

  it('names a driftgate file of another kind for what it is, and the input that takes a recording', async () => {
    const path = join(dir, 'other.json');
    for (const [schema, kind] of Object.entries(OTHER_FILE_KINDS)) {
      await writeFile(path, JSON.stringify({ schema }));
      expect(() => FileSource.fromFile(path)).toThrow(ConfigurationError);
      expect(() => FileSource.fromFile(path)).toThrow(
        `Input "metrics-file" (${path}) is ${kind}. Input "metrics-file" takes a recording of metric queries (driftgate.recording/v1), made by \`driftgate record\`.`,
      );
    }
    expect(() => parseRecording(JSON.stringify({ schema: COMPARISON_SCHEMA }))).toThrow(
      /^The recording is a comparison .*\. Give a recording of metric queries/,
    );
    // Not a kind: an inherited property name is an unknown schema like any other.
    expect(() => parseRecording(JSON.stringify({ schema: 'constructor' }))).toThrow(
      /"schema" is not a driftgate schema \(a 11-character string, not quoted\)/,
    );
  });

  it("never quotes a file's schema unless it is a driftgate one (a wrong path can be any file)", () => {
    const message = (schema: unknown) => {
      try {
        parseRecording(JSON.stringify({ schema }));
      } catch (e) {
        return (e as Error).message;
      }
      throw new Error('expected a refusal');
    };
    expect(message('ghp_0123456789abcdef')).not.toContain('ghp_');
    expect(message('ghp_0123456789abcdef')).toContain('"schema" is not a driftgate schema (a 20-character string');
    expect(message(['a'])).toContain('"schema" is not a driftgate schema (a list, not quoted)');
    expect(message('driftgate.recording/v9')).toContain('"schema" is "driftgate.recording/v9", expected');
  });

  it('knows every schema driftgate writes besides the recording, and the demo FinOps recording is one', async () => {
    expect(Object.keys(OTHER_FILE_KINDS).sort()).toEqual(
      [
        FINOPS_RECORDING_SCHEMA,
        COMPARISON_SCHEMA,
        VERIFICATION_SCHEMA,
        VERIFICATION_SCHEMA_V1,
        BASELINE_SCHEMA,
        AUDIT_SCHEMA,
        'driftgate.finops-report/v1',
        'driftgate.kpis/v1',
      ].sort(),
    );
    const finopsRun = await readFile(join(import.meta.dirname, '../../src/flows/finops/finops-run.ts'), 'utf8');
    expect(finopsRun).toContain("schema: 'driftgate.finops-report/v1'");
    const kpis = await readFile(join(import.meta.dirname, '../../src/core/kpis/compute.ts'), 'utf8');
    expect(kpis).toContain("schema: 'driftgate.kpis/v1'");
    const demo = join(import.meta.dirname, '../../../cli/demo/finops-recording.json');
    expect(JSON.parse(await readFile(demo, 'utf8')).schema).toBe(FINOPS_RECORDING_SCHEMA);
  });

  it('parses an in-memory recording and records warnings from any source', async () => {
    const stub: MetricSource = {
      kind: 'stub',
      description: 'stub',
      requestCount: () => 7,
      queryRange: async (q) => ({ query: q.query, series: [], warnings: ['partial response'] }),
      queryInstant: async (query) => ({
        query,
        series: [{ labels: { a: '1' }, samples: [{ t: 1, v: Number.POSITIVE_INFINITY }] }],
        warnings: [],
      }),
    };
    const rec = new RecordingSource(stub);
    await rec.queryRange({ query: 'q', start: 1, end: 2, step: 1 });
    await rec.queryInstant('i', 5);
    expect(rec.requestCount()).toBe(7);
    const replay = new FileSource(parseRecording(JSON.stringify(rec.toRecording())));
    expect(await replay.queryRange({ query: 'q', start: 1, end: 2, step: 1 })).toEqual({
      query: 'q',
      series: [],
      warnings: ['partial response'],
    });
    expect((await replay.queryInstant('i', 5)).series[0]?.samples[0]?.v).toBe(Number.POSITIVE_INFINITY);
    expect(replay.defaults).toBeUndefined();
  });

  it("answers an average gauge's partitioned range from a recording made with the older, longer range", async () => {
    const old = 'avg(avg_over_time(cpu_utilization{service="api"}[1m15s]))';
    const stub: MetricSource = {
      kind: 'stub',
      description: 'stub',
      requestCount: () => 1,
      queryRange: async (q) => ({
        query: q.query,
        series: [{ labels: {}, samples: [{ t: 60, v: 43 }] }],
        warnings: [],
      }),
      queryInstant: async (query) => ({ query, series: [], warnings: [] }),
    };
    const rec = new RecordingSource(stub);
    await rec.queryRange({ query: old, start: 60, end: 120, step: 60 });
    const replay = new FileSource(parseRecording(JSON.stringify(rec.toRecording())));
    const now = 'avg(avg_over_time(cpu_utilization{service="api"}[59999ms]))';
    expect((await replay.queryRange({ query: now, start: 60, end: 120, step: 60 })).series[0]?.samples[0]?.v).toBe(43);
    // Only the range of an average is loosened: another selector, window or function still misses.
    await expect(
      replay.queryRange({ query: now.replace('api', 'web'), start: 60, end: 120, step: 60 }),
    ).rejects.toThrow(SourceError);
    await expect(replay.queryRange({ query: now, start: 0, end: 120, step: 60 })).rejects.toThrow(SourceError);
    await expect(
      replay.queryRange({ query: now.replaceAll('avg', 'max'), start: 60, end: 120, step: 60 }),
    ).rejects.toThrow(SourceError);
  });
});
