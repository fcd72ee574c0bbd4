/**
 * perf-comparison.json and perf_verification.json keep the findings (a code and its numbers) beside the English
 * (docs/findings.md): the documents hold exactly what the judge and the bake rules returned, and the English is
 * those findings said (core/report/prose.ts), on the demo's comparison and on the demo's recorded bake.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { JudgedMetric } from '../../src/core/judge/judge.js';
import type { Comparison } from '../../src/core/model/comparison.js';
import {
  comparisonHeadline,
  evidenceInWords,
  headline,
  intervalReason,
  metricNotes,
  ruleMessage,
  unjudgedReason,
} from '../../src/core/report/prose.js';
import { comparisonSchema } from '../../src/core/schemas/comparison-schema.js';
import { verificationSchema } from '../../src/core/schemas/verification-schema.js';
import { validate } from '../../src/core/validation.js';
import { runVerify } from '../../src/flows/bake/verify.js';
import { runCompare } from '../../src/flows/compare/compare.js';
import { BUILTIN_CONFIG } from '../../src/io/config/index.js';

/** Every value the judge returns, as the judge returned it (the test compares the documents with these). */
const judged = vi.hoisted(() => [] as JudgedMetric[][]);
vi.mock('../../src/core/judge/judge.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/core/judge/judge.js')>();
  return {
    ...real,
    judge: (...args: Parameters<typeof real.judge>) => {
      const out = real.judge(...args);
      judged.push(structuredClone(out));
      return out;
    },
  };
});

const DEMO = resolve(import.meta.dirname, '../../../cli/demo');
/** What JSON keeps of a value: a non-finite number becomes null, undefined keys go. */
const asJson = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'driftgate-findings-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('perf-comparison.json keeps the findings', () => {
  it('holds, per metric, the findings and the evidence the judge returned, and the headline as a code', async () => {
    judged.length = 0;
    const res = await runCompare({
      metricsFile: join(DEMO, 'compare-recording.json'),
      config: BUILTIN_CONFIG,
      outputDir: join(dir, 'compare'),
      cwd: dir,
    });
    const doc = JSON.parse(await readFile(res.jsonPath, 'utf8')) as Comparison;
    expect(await validate(comparisonSchema, doc)).toEqual([]);
    expect(judged.length).toBeGreaterThan(0);
    const returned = judged.at(-1) as JudgedMetric[];
    expect(doc.metrics.map((m) => m.id).sort()).toEqual(returned.map((m) => m.id).sort());
    for (const m of doc.metrics) {
      const j = returned.find((x) => x.id === m.id) as JudgedMetric;
      expect(m.findings, m.id).toEqual(asJson(j.findings));
      expect(m.evidence?.finding ?? null, m.id).toEqual(asJson(j.evidence));
      // The English is these findings said: the notes, and the evidence's test and numbers.
      expect(m.notes, m.id).toEqual(metricNotes(m.findings ?? []));
      if (m.evidence?.finding) {
        const { finding, ...words } = m.evidence;
        expect(words).toEqual(asJson(evidenceInWords(finding)));
      }
    }
    // The demo's regression as a consumer reads it: codes and numbers, no prose to parse.
    const latency = doc.metrics.find((m) => m.id === 'latency_p95_read');
    expect(latency?.verdict).toBe('regression');
    expect(latency?.evidence?.finding).toMatchObject({ code: 't-test', pValue: latency?.evidence?.pValue });
    expect(doc.finding?.code).toBe('regression');
    expect(doc.finding).toMatchObject({ metrics: [{ id: 'latency_p95_read', direction: 'worse' }] });
    expect(comparisonHeadline(doc.finding as NonNullable<Comparison['finding']>)).toBe(doc.headline);
    // Some metric carries a note with numbers (the demo's noisy metrics: too-noisy with the detectable drift).
    const codes = doc.metrics.flatMap((m) => (m.findings ?? []).map((f) => ('finding' in f ? f.finding.code : f.of)));
    expect(codes).toContain('too-noisy');
  });
});

describe('perf_verification.json keeps the findings', () => {
  it("holds the bake's conclusion, every event's finding, the baseline's and each tick's reasons as codes", async () => {
    const r = await runVerify({
      metricsFile: join(DEMO, 'bake-recording.json'),
      config: BUILTIN_CONFIG,
      rollback: 'dry-run',
      failOn: [],
      outputDir: join(dir, 'bake'),
      cwd: dir,
    });
    const doc = JSON.parse(await readFile(r.path, 'utf8'));
    expect(await validate(verificationSchema, doc)).toEqual([]);
    const { outcome } = r;
    expect(doc.verdict).toBe('rollback');
    expect(doc.finding).toEqual(asJson(outcome.conclusion.summary));
    expect(doc.finding.code).toBe('rollback');
    expect(headline(doc.finding)).toBe(doc.headline);

    expect(outcome.events.length).toBeGreaterThan(0);
    expect(doc.events.map((e: { finding: unknown }) => e.finding)).toEqual(
      asJson(outcome.events.map((e) => e.finding)),
    );
    for (const e of doc.events) expect(e.message).toBe(ruleMessage(e.finding));
    expect(doc.events.map((e: { finding: { code: string } }) => e.finding.code)).toContain('ratio-fired');

    for (const b of outcome.baseline) {
      expect(doc.baseline.values[b.metric.id].findings, b.metric.id).toEqual(asJson(b.findings));
    }
    expect(doc.inconclusive_metrics.map((m: { finding: unknown }) => m.finding)).toEqual(
      asJson(outcome.conclusion.inconclusive.map((m) => m.finding)),
    );
    for (const m of doc.inconclusive_metrics) expect(m.reason).toBe(unjudgedReason(m.finding));

    outcome.ticks.forEach((t, i) => {
      for (const m of t.metrics) {
        if (!m.applicable) continue;
        const w = doc.windows[i].metrics[m.id];
        expect(w.finding ?? null).toEqual(m.why ? asJson(m.why) : null);
        if (m.why) expect(w.reason).toBe(intervalReason(w.finding));
        else expect(w.reason).toBeUndefined();
      }
    });
  });
});
