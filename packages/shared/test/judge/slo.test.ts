import { Rng } from '@driftgate/synth/random';
import { describe, expect, it } from 'vitest';
import { resolveBakeSettings } from '../../src/core/bake/bake-settings.js';
import { evaluateTick, summarizeBaseline } from '../../src/core/bake/evaluate.js';
import { judge } from '../../src/core/judge/judge.js';
import { metricBaseline } from '../../src/core/judge/release-baseline.js';
import { judgeSlo, linearQuantile, sloStatus } from '../../src/core/judge/slo-check.js';
import { estimate } from '../../src/core/judge/statistic.js';
import { overallVerdict } from '../../src/core/judge/verdict.js';
import type { MetricDef } from '../../src/core/model/metric.js';
import type { WindowData } from '../../src/core/model/window.js';
import { comparisonHeadline, metricNotes, summaryInWords, withNotes } from '../../src/core/report/prose.js';
import { errors, histogramData, p95, ratioData } from './fixtures.js';

const options = { method: 'drift-interval' as const, tolerance: 0.1, confidence: 0.95 };
/** The error rate with the catalog's SLO (< 0.5%); a very wide tolerance, so only the SLO can fail the gate. */
const errorsSlo: MetricDef = { ...errors, slo: { op: '<', value: 0.005 } };
const errorsSloOnly: MetricDef = { ...errorsSlo, tolerance: 20 };

const judged = (metric: MetricDef, b: WindowData, c: WindowData, slo: 'fail' | 'warn' = 'fail') =>
  judge([{ metric, baseline: b, candidate: c }], { ...options, slo }).map(withNotes);

describe('SLOs in the gate (core/judge/slo-check.ts)', () => {
  it('a new breach the data show fails the gate (0.20% -> 1.51% against < 0.5%), with the values it was judged on', () => {
    const rng = new Rng(7);
    const b = ratioData(rng, { p: 0.002, rps: 20 });
    const c = ratioData(rng, { p: 0.0151, rps: 20 });
    const [m] = judged(errorsSloOnly, b, c);
    expect(m?.verdict).toBe('pass'); // within the (wide) tolerance: only the SLO decides
    expect(m?.slo.breach).toEqual({ kind: 'new', shown: true, attributed: true, fails: true });
    expect(m?.slo.baselineMet).toBe(true);
    expect(m?.slo.candidateMet).toBe(false);
    const reading = m?.slo.readings?.[0];
    expect(reading?.estimator).toBe('estimate');
    expect(reading?.low).toBeGreaterThan(0.005);
    expect(m?.notes.join(' ')).toMatch(/new SLO breach \(< 0\.005\).*fails the gate \(slo: fail\)/);
    const summary = summaryInWords([m!]);
    expect(summary.verdict).toBe('fail');
    expect(summary.headline).toMatch(
      /^New SLO breach its baseline met: error_rate 0\.01\d+ \(baseline 0\.00\d+\) violates < 0\.005\.$/,
    );
    // slo: warn lists it and passes.
    const [w] = judged(errorsSloOnly, b, c, 'warn');
    expect(w?.slo.breach).toEqual({ kind: 'new', shown: true, attributed: true, fails: false });
    expect(overallVerdict([w!])).toBe('pass');
  });

  it("a new breach is the release's only when the comparison shows the candidate worse: Prometheus' linear reading crosses, the change is within noise", () => {
    // p95 in the (0.25, 0.5] bucket: the linear reading moves 0.375 -> 0.396 across an objective of 0.38 while
    // the estimate moved +1.5% with an interval from -0.5% (the change is not shown).
    const window = (le25: number): WindowData => ({
      window: { start: 0, end: 3600 },
      step: 60,
      expectedPoints: 1,
      components: ['0.1', '0.25', '0.5', '+Inf'],
      points: [{ t: 3600, c: [500, le25, 1000, 1000] }],
    });
    const metric: MetricDef = { ...p95, slo: { op: '<=', value: 0.38 } };
    const input = {
      metric,
      slo: { op: '<=' as const, value: 0.38 },
      baseline: window(900),
      candidate: window(880),
      baselineValue: 0.34,
      candidateValue: 0.345,
      mode: 'fail' as const,
    };
    const unproven = judgeSlo({ ...input, change: { value: 0.015, low: -0.005, high: 0.035 } });
    expect(unproven.readings[1]).toMatchObject({ estimator: 'histogram_quantile', baseline: 0.375 });
    expect(unproven.finding).toMatchObject({ kind: 'new', shown: true, attributed: false, fails: false });
    expect(metricNotes([{ of: 'slo', finding: unproven.finding! }]).join(' ')).toMatch(
      /does not show the candidate worse than its baseline.*not failed/,
    );
    // The same breach with the change shown (its interval above no change) fails the gate.
    const shown = judgeSlo({ ...input, change: { value: 0.015, low: 0.002, high: 0.035 } });
    expect(shown.finding).toMatchObject({ kind: 'new', shown: true, attributed: true, fails: true });
  });

  it('a standing breach (the baseline breached it too) is listed, not failed', () => {
    const rng = new Rng(8);
    const [m] = judged(errorsSloOnly, ratioData(rng, { p: 0.008 }), ratioData(rng, { p: 0.0085 }));
    expect(m?.slo.breach).toMatchObject({ kind: 'standing', fails: false });
    expect(m?.notes.join(' ')).toMatch(/standing SLO breach/);
    expect(overallVerdict([m!])).toBe('pass');
  });

  it('an unchanged release hovering at its objective does not fail by noise (false alarms <= 5% of 60 draws)', () => {
    let fails = 0;
    let breachedByValue = 0;
    for (let seed = 1; seed <= 60; seed++) {
      const rng = new Rng(1000 + seed);
      const [m] = judged(errorsSloOnly, ratioData(rng, { p: 0.005 }), ratioData(rng, { p: 0.005 }));
      if (m?.slo.candidateMet === false) breachedByValue++;
      if (overallVerdict([m!]) === 'fail') fails++;
    }
    expect(breachedByValue).toBeGreaterThan(10); // the values do cross the objective...
    expect(fails).toBeLessThanOrEqual(3); // ...but the interval keeps them from failing the gate
  });

  it('new or standing uses one reading on both sides: no "new" from the estimate of one and the dashboard of the other', () => {
    const slo = { op: '<=' as const, value: 0.3 };
    // Baseline: estimate 0.274 (met), histogram_quantile 0.317 (breached). Candidate breaches on histogram_quantile only.
    expect(sloStatus(slo, [0.274, 0.317], [0.29, 0.33])).toEqual({ candidateMet: false, baselineMet: false });
    // The candidate breaches on both readings; the baseline breached on one of them: standing.
    expect(sloStatus(slo, [0.274, 0.317], [0.31, 0.36])).toEqual({ candidateMet: false, baselineMet: false });
    // The baseline met on every reading: new.
    expect(sloStatus(slo, [0.25, 0.28], [0.31, 0.36])).toEqual({ candidateMet: false, baselineMet: true });
    // The baseline breached only on a reading the candidate meets: the candidate's breach is new on its reading.
    expect(sloStatus(slo, [0.31, 0.28], [0.29, 0.36])).toEqual({ candidateMet: false, baselineMet: true });
    expect(sloStatus(slo, [0.25, 0.28], [0.29, 0.28])).toEqual({ candidateMet: true, baselineMet: true });
  });

  it('a histogram quantile is read both ways on both windows in the gate; the bake decides new or standing on one reading too', () => {
    const rng = new Rng(11);
    const b = histogramData(rng, { median: 0.09, sigma: 0.6 });
    const c = histogramData(rng, { median: 0.095, sigma: 0.6 });
    const bEst = estimate(p95, b).value as number;
    const bLin = linearQuantile(p95, b) as number;
    expect(Math.abs(bLin - bEst) / bEst).toBeGreaterThan(0.02); // the two readings differ on these buckets
    // An objective between the baseline's two readings: met by one, breached by the other.
    const objective = (Math.min(bEst, bLin) + Math.max(bEst, bLin)) / 2;
    const metric: MetricDef = { ...p95, slo: { op: '<=', value: objective }, tolerance: 20 };
    const [m] = judged(metric, b, c);
    expect(m?.slo.readings?.map((r) => r.estimator)).toEqual(['estimate', 'histogram_quantile']);
    expect(m?.slo.readings?.[1]?.baseline).toBeCloseTo(bLin, 10);
    const gateKind = m?.slo.breach?.kind;
    expect(gateKind).toBe('standing');
    // The bake: the same baseline value (trimmed as the gate), and new or standing on one reading on both sides
    // (driftgate's estimate: its ticks are one minute long), never the baseline's estimate against the candidate's
    // dashboard reading.
    const settings = resolveBakeSettings({}, {}, [metric], 60);
    const baseline = summarizeBaseline(metric, b, { trim: true });
    expect(baseline.value).toBeCloseTo(m?.baseline.value as number, 10);
    const bv = baseline.value as number;
    const cEst = estimate(p95, c).value as number;
    const tick = (objective: number) =>
      evaluateTick(
        {
          settings,
          judge: options,
          bakeStart: 0,
          baseline: [summarizeBaseline({ ...metric, slo: { op: '<=', value: objective } }, b, { trim: true })],
        },
        new Map([[metric.id, c]]),
        3600,
      ).metrics[0];
    // Between the two windows' estimates: the candidate breaches, the baseline met it on the same reading: new.
    expect(cEst).toBeGreaterThan(bv);
    expect(tick((bv + cEst) / 2)).toMatchObject({ sloMet: false, baselineSloMet: true });
    // Below both: standing.
    expect(tick(0.5 * bv)).toMatchObject({ sloMet: false, baselineSloMet: false });
  });
});

describe('one baseline per release and metric (core/judge/release-baseline.ts)', () => {
  it("is the gate's own baseline value, with the watch's statistic derived from the same data", () => {
    const rng = new Rng(3);
    const b = histogramData(rng, { median: 0.09 });
    const c = histogramData(rng, { median: 0.09 });
    const metric = { ...p95, slo: { op: '<=' as const, value: 1 } };
    const [m] = judged(metric, b, c);
    const mb = metricBaseline(metric, b, { trim: true });
    expect(mb.value).toBe(m?.baseline.value);
    expect(mb.histogramQuantile).toBe(m?.slo.readings?.[1]?.baseline);
    expect(mb.histogramQuantile5m).toBeGreaterThan(0);
    // Stored, the bake takes it as it is.
    const stored = summarizeBaseline(metric, b, { trim: true, stored: { ...mb, value: 0.5 } });
    expect(stored).toMatchObject({ value: 0.5, from: 'store' });
  });

  it('says every note a breach has in words', () => {
    const rng = new Rng(9);
    const [m] = judge(
      [{ metric: errorsSlo, baseline: ratioData(rng, { p: 0.002 }), candidate: ratioData(rng, { p: 0.02 }) }],
      options,
    );
    const notes = metricNotes(m!.findings);
    expect(notes.some((n) => /new SLO breach/.test(n))).toBe(true);
    expect(comparisonHeadline({ code: 'regression', metrics: [] })).toMatch(/Regression beyond tolerance/);
  });
});

describe('the slo input and config key', () => {
  it('parses fail | warn at the boundary and names the input otherwise', async () => {
    const { compareSettings } = await import('../../src/flows/compare/compare-settings.js');
    expect(compareSettings({ service: 's', outputDir: 'o', slo: 'warn' }).slo).toBe('warn');
    expect(compareSettings({ service: 's', outputDir: 'o' }).slo).toBeUndefined();
    expect(() => compareSettings({ outputDir: 'o', slo: 'block' })).toThrow(
      /Input "slo" is "block": expected one of fail, warn\./,
    );
  });
  it('the config file sets it; the schema refuses anything else', async () => {
    const { loadConfig } = await import('../../src/io/config/config-file.js');
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'driftgate-slo-'));
    writeFileSync(join(dir, 'c.yml'), 'slo: warn\n');
    expect((await loadConfig('c.yml', dir)).slo).toBe('warn');
    writeFileSync(join(dir, 'd.yml'), 'slo: block\n');
    await expect(loadConfig('d.yml', dir)).rejects.toThrow(/slo/);
  });
});
