import { Rng } from '@driftgate/synth/random';
import { describe, expect, it } from 'vitest';
import type { EvidenceFinding } from '../../src/core/findings/findings.js';
import {
  boundQuantile,
  type DriftIntervalOptions,
  detectableDrift,
  driftLimit,
  judgeDriftInterval,
  MAX_WINDOW_MINUTES,
  windowFactor,
} from '../../src/core/judge/drift-interval.js';
import { judge } from '../../src/core/judge/judge.js';
import { holmAdjust, neweyWestVariance } from '../../src/core/judge/reference.js';
import { estimate, histogramQuantile, pool } from '../../src/core/judge/statistic.js';
import { comparisonFinding, overallVerdict } from '../../src/core/judge/verdict.js';
import type { MetricDef } from '../../src/core/model/metric.js';
import type { WindowData } from '../../src/core/model/window.js';
import { comparisonHeadline, driftNote, metricNotes } from '../../src/core/report/prose.js';
import { normalQuantile } from '../../src/core/stats/distributions.js';
import { costRate, cpu, errors, gaugeData, histogramData, p95, ratioData, throughput } from './fixtures.js';

/** The sampling part of the method alone (no systematic term, no trimming), unless a test says otherwise. */
const di = (m: MetricDef, b: WindowData, c: WindowData, o: Partial<DriftIntervalOptions> = {}) =>
  judgeDriftInterval(m, b, c, { tolerance: 0.1, familyAlpha: 0.05, comparisons: 1, systematic: 0, trim: false, ...o });
/** The judge's findings in words. */
const said = (r: { findings: Parameters<typeof driftNote>[0][] }) => r.findings.map(driftNote).join(' ');

function rateData(rng: Rng, perSecond: number, n = 60): WindowData {
  const d = gaugeData(rng, { n });
  return {
    ...d,
    components: ['count', 'seconds'],
    points: d.points.map((p) => ({ t: p.t, c: [rng.poisson(perSecond * 60), 60] })),
  };
}

describe('histogramQuantile', () => {
  it('interpolates inside the bucket like Prometheus histogram_quantile', () => {
    // 100 requests: 50 <= 0.1, 90 <= 0.25, 100 <= 0.5. p95 rank 95 -> bucket (0.25, 0.5], halfway.
    expect(histogramQuantile(0.95, [0.1, 0.25, 0.5, Number.POSITIVE_INFINITY], [50, 90, 100, 100])?.value).toBeCloseTo(
      0.375,
      10,
    );
    // First bucket interpolates from 0.
    expect(histogramQuantile(0.25, [0.1, 0.25, Number.POSITIVE_INFINITY], [50, 100, 100])?.value).toBeCloseTo(0.05, 10);
    // In the +Inf bucket: the highest finite bound.
    expect(histogramQuantile(0.95, [0.1, 0.25, Number.POSITIVE_INFINITY], [10, 20, 100])).toEqual({
      value: 0.25,
      bucket: -1,
    });
    expect(histogramQuantile(0.95, [0.1, Number.POSITIVE_INFINITY], [0, 0])).toBeNull();
  });
});

describe('quantiles from coarse buckets', () => {
  it('recovers a log-normal p95 and its shifts, where linear interpolation does not', () => {
    const rng = new Rng(21);
    const truth = 0.08 * Math.exp(1.6448536 * 0.6); // p95 of the fixtures' log-normal: 0.2147 s
    const base = histogramData(rng, { rps: 500 });
    const est = estimate(p95, base);
    expect(est.value!).toBeCloseTo(truth, 2);
    const linear = histogramQuantile(
      0.95,
      [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, Number.POSITIVE_INFINITY],
      pool(base.points, 12),
    )!.value;
    expect(Math.abs(linear - truth) / truth).toBeGreaterThan(0.05);
    for (const shift of [1.2, 1.3, 1.4]) {
      const r = di(p95, base, histogramData(rng, { rps: 500, scale: () => shift }));
      expect(r.drift!).toBeCloseTo(shift - 1, 1);
      expect(Math.abs(r.drift! - (shift - 1))).toBeLessThan(0.02);
    }
  });
});

describe('drift-interval', () => {
  it('fails a +30% p95 regression and passes an unchanged release', () => {
    const rng = new Rng(1);
    const base = histogramData(rng, {});
    const slower = histogramData(rng, { scale: () => 1.3 });
    const same = histogramData(rng, {});
    const bad = di(p95, base, slower, { comparisons: 1 });
    expect(bad.verdict).toBe('regression');
    expect(bad.interval!.low).toBeGreaterThan(0.1);
    expect(bad.evidence!.pValue).toBeLessThan(0.05);
    const ok = di(p95, base, same, { comparisons: 1 });
    expect(ok.verdict).toBe('pass');
    expect(ok.interval!.low).toBeLessThan(0);
    expect(ok.interval!.high).toBeGreaterThan(0);
  });

  it('calls a clear speed-up an improvement, and signs lower-is-worse metrics', () => {
    const rng = new Rng(2);
    expect(di(p95, histogramData(rng, {}), histogramData(rng, { scale: () => 0.6 }), { comparisons: 1 }).verdict).toBe(
      'improvement',
    );
    const drop = di(throughput, rateData(rng, 200), rateData(rng, 140), { comparisons: 1 });
    expect(drop.verdict).toBe('regression');
    expect(drop.drift).toBeCloseTo(0.3, 1);
    expect(di(throughput, rateData(rng, 200), rateData(rng, 300), { comparisons: 1 }).verdict).toBe('improvement');
  });

  it('does not fail a drift above tolerance that the evidence does not support', () => {
    const rng = new Rng(3);
    // 1 request per second: a p95 from ~3600 requests per window with slowdowns is noisy.
    const r = di(errors, ratioData(rng, { rps: 1, p: 0.002 }), ratioData(rng, { rps: 1, p: 0.0026 }), {
      comparisons: 9,
    });
    expect(r.verdict).not.toBe('regression');
    expect(r.interval!.low).toBeLessThanOrEqual(0.1);
  });

  it('handles zero error counts with a continuity correction instead of dividing by zero', () => {
    const rng = new Rng(4);
    const none = ratioData(rng, { p: 0 });
    const two = ratioData(rng, { p: 0 });
    two.points[5]!.c[0] = 2;
    const r = di(errors, none, two, { comparisons: 1 });
    expect(r.verdict).toBe('pass');
    expect(r.findings).toContainEqual({ code: 'zero-count-corrected' });
    expect(said(r)).toMatch(/Haldane/);
    expect(di(errors, none, ratioData(rng, { p: 0 }), { comparisons: 1 })).toMatchObject({
      verdict: 'pass',
      drift: 0,
    });
  });

  it('states the minimum detectable drift, and a drift of that size is caught about 80% of the time', () => {
    expect(detectableDrift(0, 3, 0.1, 'higher')).toBeCloseTo(0.1, 12);
    expect(detectableDrift(0, 3, 0.1, 'lower')).toBeCloseTo(0.1, 12);
    // se 0.05, q 2: the interval rule binds (ln 1.05 + 2*0.05 > ln 1.1), plus z(0.8)*se.
    expect(detectableDrift(0.05, 2, 0.1, 'higher')).toBeCloseTo(Math.expm1(Math.log(1.05) + 0.1 + 0.8416212 * 0.05), 6);
    expect(detectableDrift(2, 3, 0.1, 'lower')).toBeGreaterThan(0.99); // only a drop to almost zero would do

    const rng = new Rng(7);
    const scaled = (d: WindowData, f: number): WindowData => ({
      ...d,
      points: d.points.map((p) => ({ ...p, c: [p.c[0]! * f, p.c[1]!] })),
    });
    // The typical detectable drift of this kind of window (median over A/A comparisons).
    const ds = Array.from(
      { length: 21 },
      () => di(cpu, gaugeData(rng, { phi: 0.5, sd: 5 }), gaugeData(rng, { phi: 0.5, sd: 5 })).detectable!,
    ).sort((x, y) => x - y);
    const d = ds[10]!;
    expect(d).toBeGreaterThan(0.15);
    expect(d).toBeLessThan(0.6);
    let caught = 0;
    let caughtHalf = 0;
    const runs = 300;
    for (let i = 0; i < runs; i++) {
      const b = gaugeData(rng, { phi: 0.5, sd: 5 });
      if (di(cpu, b, scaled(gaugeData(rng, { phi: 0.5, sd: 5 }), 1 + d)).verdict === 'regression') caught++;
      if (di(cpu, b, scaled(gaugeData(rng, { phi: 0.5, sd: 5 }), 1 + d / 2)).verdict === 'regression') caughtHalf++;
    }
    expect(caught / runs).toBeGreaterThan(0.65);
    expect(caught / runs).toBeLessThan(0.92);
    expect(caughtHalf / runs).toBeLessThan(caught / runs - 0.3);
  });

  it('says how much longer the windows would have to be: detectable comes down to twice the tolerance there', () => {
    const alpha = 0.05 / 9;
    // Each end of the interval is a one-sided bound at 1 - alpha/m (the decision is one-sided).
    const q = boundQuantile(alpha);
    expect(q).toBeCloseTo(normalQuantile(1 - alpha), 12);
    for (const worse of ['higher', 'lower'] as const) {
      for (const [sampling, systematic] of [
        [0.01, 0.03],
        [0.04, 0.01],
        [0.005, 0],
      ] as const) {
        const k = windowFactor(sampling, systematic, alpha, 0.1, worse)!;
        expect(k).toBeGreaterThan(1);
        // The defining property: with the sampling variance shrunk k-fold, 80% power at exactly +20% / -20%.
        expect(detectableDrift(Math.sqrt(sampling / k + systematic ** 2), q, 0.1, worse)).toBeCloseTo(0.2, 9);
      }
    }
    // Windows already long enough: factor 1. The systematic term alone too large: no length would do.
    expect(windowFactor(1e-6, 0.01, alpha, 0.1, 'higher')).toBe(1);
    expect(windowFactor(0.01, 0.04, alpha, 0.1, 'higher')).toBeNull();
    expect(windowFactor(0.01, 0.055, alpha, 0.1, 'lower')).toBeNull(); // a -20% drop needs less: ln 0.95 - ln 0.8
  });

  it('says when a metric is too noisy to see twice the tolerance', () => {
    const rng = new Rng(8);
    // A stationary sd of about 15% of the level (innovation sd 3.5 at phi 0.8 around 40%).
    const noisy = di(cpu, gaugeData(rng, { phi: 0.8, sd: 3.5 }), gaugeData(rng, { phi: 0.8, sd: 3.5 }), {
      comparisons: 9,
    });
    expect(noisy.verdict).toBe('pass');
    expect(noisy.detectable!).toBeGreaterThan(0.2);
    expect(noisy.findings).toContainEqual(
      expect.objectContaining({ code: 'too-noisy', tolerance: 0.1, windowFactor: noisy.windowFactor }),
    );
    expect(said(noisy)).toMatch(
      /too noisy in these windows to see a \+20% regression: only a drift of \+\d+% or more would be detected with 80% probability; windows about \d+(\.\d)?× as long \(\w+ instead of 1h\) would, if they run side by side or cover the same hours of the day/,
    );
    expect(noisy.windowFactor!).toBeGreaterThan(1);
    // With a between-window term of 5%, no window length is enough.
    const hopeless = di(cpu, gaugeData(rng, { phi: 0.8, sd: 1 }), gaugeData(rng, { phi: 0.8, sd: 1 }), {
      comparisons: 9,
      systematic: 0.05,
    });
    expect(hopeless.windowFactor).toBeNull();
    expect(hopeless.findings).toContainEqual(expect.objectContaining({ code: 'too-noisy', windowFactor: null }));
    expect(said(hopeless)).toMatch(/no window length would: the between-window term \(systematic 5\.0%\)/);
    const quiet = di(cpu, gaugeData(rng, { phi: 0.5, sd: 0.5 }), gaugeData(rng, { phi: 0.5, sd: 0.5 }));
    expect(quiet.detectable!).toBeLessThan(0.2);
    expect(quiet.findings.map((f) => f.code)).not.toContain('too-noisy');
    expect(said(quiet)).not.toMatch(/too noisy/);
    expect(quiet.windowFactor).toBeUndefined();
  });

  it('says a metric cannot be judged in these windows past what it can show, with the length that would', () => {
    const rng = new Rng(8);
    // cpu around 40% with a stationary sd of about 48% of it: no drift a percentage can show (at most +150%
    // from 40%) would be detected, so no "detects > +1000%".
    const wild = di(cpu, gaugeData(rng, { phi: 0.95, sd: 6 }), gaugeData(rng, { phi: 0.95, sd: 6 }), {
      comparisons: 9,
    });
    expect(wild.verdict).toBe('pass');
    expect(wild.detectable).toBeNull();
    expect(wild.windowFactor).toBeUndefined();
    const finding = wild.findings.find((f) => f.code === 'cannot-judge') as Extract<
      (typeof wild.findings)[number],
      { code: 'cannot-judge' }
    >;
    expect(finding).toMatchObject({ tolerance: 0.1, detectable: null, windowMinutes: 60 });
    expect(finding.limit).toBeCloseTo(100 / (wild.baseline.value as number) - 1, 9);
    expect(wild.findings.map((f) => f.code)).not.toContain('too-noisy');
    expect(said(wild)).toMatch(
      /cannot be judged in 1h windows: no drift it can show \(at most \+\d+% from this baseline\) would be detected; to see a \+20% regression, /,
    );
    expect(said(wild)).not.toMatch(/1000%/);
    // The length that would is stated when it is at most a day, else that none up to a day would.
    if (finding.neededMinutes !== null) {
      expect(finding.neededMinutes).toBeGreaterThan(60);
      expect(finding.neededMinutes).toBeLessThanOrEqual(MAX_WINDOW_MINUTES);
    } else expect(said(wild)).toMatch(/no windows up to a day long would see it/);
    // The domain bounds: a percentage, an event ratio, a histogram quantile (its highest finite bound).
    expect(driftLimit(cpu, gaugeData(rng, {}), 40)).toBeCloseTo(1.5, 9);
    expect(driftLimit(errors, ratioData(rng, { rps: 5, p: 0.01 }), 0.01)).toBeCloseTo(99, 9);
    expect(driftLimit({ ...cpu, worse: 'lower' }, gaugeData(rng, {}), 40)).toBe(1);
  });

  it.each([
    ['p95 latency, independent minutes', (rng: Rng) => histogramData(rng, { rps: 20 }), p95],
    ['error ratio', (rng: Rng) => ratioData(rng, { rps: 50, p: 0.002 }), errors],
    ['AR(1) gauge, phi 0.9', (rng: Rng) => gaugeData(rng, { phi: 0.9 }), cpu],
  ] as const)('intervals cover the true drift (0) about as often as they claim: %s', (_name, make, metric) => {
    const rng = new Rng(99);
    const runs = 400;
    let covered = 0;
    for (let i = 0; i < runs; i++) {
      // Each end a one-sided 95% bound: together a 90% two-sided interval.
      const r = di(metric, make(rng), make(rng), { familyAlpha: 0.05 });
      if (r.interval!.low <= 0 && r.interval!.high >= 0) covered++;
    }
    // Nominal 90%; autocorrelation-robust estimates may be conservative but must not be badly anti-conservative.
    expect(covered / runs).toBeGreaterThan(0.84);
    expect(covered / runs).toBeLessThan(0.995);
  });
});

describe('judge', () => {
  const rng = new Rng(5);
  const empty = (d: WindowData, found = true): WindowData => ({ ...d, points: [], found });

  it('applies the shared sufficiency rules whatever the method', () => {
    const b = histogramData(rng, {});
    for (const method of ['drift-interval', 'mean-threshold', 'mann-whitney'] as const) {
      const out = judge(
        [
          { metric: p95, baseline: b, candidate: empty(b) },
          { metric: { ...p95, id: 'na' }, baseline: empty(b, false), candidate: empty(b, false) },
          { metric: { ...p95, id: 'warn' }, baseline: b, candidate: { ...b, warnings: ['query hit a limit'] } },
          { metric: { ...p95, id: 'few' }, baseline: b, candidate: { ...b, points: b.points.slice(0, 10) } },
        ],
        { method, tolerance: 0.1, confidence: 0.95 },
      );
      expect(out.map((m) => m.verdict)).toEqual(['inconclusive', 'not-applicable', 'inconclusive', 'inconclusive']);
      expect(out[0]!.findings[0]).toEqual({
        of: 'sufficiency',
        finding: { code: 'no-data', side: 'candidate', found: true },
      });
      expect(metricNotes(out[0]!.findings).join()).toMatch(/no candidate data/);
      expect(metricNotes(out[2]!.findings).join()).toMatch(/warning: query hit a limit/);
      expect(metricNotes(out[3]!.findings).join()).toMatch(/10 of 60 sub-windows/);
    }
  });

  it('needs enough events behind a quantile', () => {
    const quiet = histogramData(rng, { rps: 0.02 });
    const [m] = judge([{ metric: p95, baseline: quiet, candidate: quiet }], {
      method: 'drift-interval',
      tolerance: 0.1,
      confidence: 0.95,
    });
    expect(m!.verdict).toBe('inconclusive');
    expect(m!.findings).toContainEqual({
      of: 'sufficiency',
      finding: expect.objectContaining({ code: 'too-few-events', side: 'baseline' }),
    });
    expect(metricNotes(m!.findings).join()).toMatch(/too few baseline events/);
  });

  it('refuses a growth rate from an amount that is updated in coarse steps (hourly billing)', () => {
    const hourly = (): WindowData => ({
      ...rateData(rng, 1),
      points: Array.from({ length: 60 }, (_, i) => ({ t: (i + 1) * 60, c: [i === 30 ? 12 : 0, 60] })),
    });
    const [m] = judge([{ metric: costRate, baseline: hourly(), candidate: hourly() }], {
      method: 'drift-interval',
      tolerance: 0.1,
      confidence: 0.95,
    });
    expect(m!.verdict).toBe('inconclusive');
    expect(m!.findings[0]).toMatchObject({ of: 'sufficiency', finding: { code: 'coarse-amount', updates: 1 } });
    expect(metricNotes(m!.findings).join()).toMatch(
      /changed in only 1 of 60 sub-windows .* widen the windows or exclude cost_rate/,
    );
  });

  it('an amount that stopped growing is -100%, known, where the other window proves its cadence', () => {
    const writes: MetricDef = {
      id: 'disk_write',
      title: 'disk writes',
      unit: 'B/s',
      kind: 'rate',
      metric: 'w',
      per: 'second',
      events: false,
      worse: 'higher',
    };
    // 5-minute sub-windows over 6 hours: the baseline grows in most of them, the candidate in none.
    const window = (grows: (i: number) => boolean): WindowData => ({
      ...rateData(rng, 1),
      step: 300,
      expectedPoints: 72,
      points: Array.from({ length: 72 }, (_, i) => ({
        t: (i + 1) * 300,
        c: [grows(i) ? 3e6 + 1e5 * (i % 7) : 0, 300],
      })),
    });
    const busy = window((i) => i % 4 !== 3);
    const flat = window(() => false);
    const run = (metric: MetricDef, b: WindowData, c: WindowData) =>
      judge([{ metric, baseline: b, candidate: c }], {
        method: 'drift-interval',
        tolerance: 0.1,
        confidence: 0.95,
      })[0]!;
    const m = run(writes, busy, flat);
    expect(m.verdict).toBe('improvement');
    expect(m.drift).toBe(-1);
    expect(metricNotes(m.findings).join()).toMatch(
      /did not grow in any of the candidate's 72 sub-windows, where the baseline's grew at least once every 2: it stopped/,
    );
    // Lower is worse (an amount earned or processed): the stop is a regression.
    expect(run({ ...writes, worse: 'lower' }, busy, flat).verdict).toBe('regression');
    // From nothing to something has no relative change; a baseline too quiet to prove the cadence stays coarse.
    expect(run(writes, flat, busy).verdict).toBe('inconclusive');
    const sparse = window((i) => i % 30 === 0);
    const coarse = run(writes, sparse, flat);
    expect(coarse.verdict).toBe('inconclusive');
    expect(coarse.findings).toContainEqual({
      of: 'sufficiency',
      finding: expect.objectContaining({ code: 'coarse-amount', side: 'candidate', updates: 0 }),
    });
  });

  it('reports SLO results, chart series and the resolved queries', () => {
    const b = histogramData(rng, {});
    const c = histogramData(rng, { scale: () => 1.6 });
    const [m] = judge([{ metric: { ...p95, slo: { op: '<=', value: 0.3 } }, baseline: b, candidate: c }], {
      method: 'drift-interval',
      tolerance: 0.1,
      confidence: 0.95,
    });
    expect(m!.verdict).toBe('regression');
    expect(m!.slo).toMatchObject({ baselineMet: true, candidateMet: false, text: '<= 0.3 s' });
    expect(m!.candidate.series).toHaveLength(12);
    expect(m!.queries.candidate).toEqual(['q(latency)']);
    expect(m!.baseline.events).toBeGreaterThan(100_000);
  });

  it('mean-threshold fails any mean above tolerance; mann-whitney also needs significance', () => {
    const b = gaugeData(rng, { mean: 40, sd: 0.5, phi: 0.5 });
    const c = gaugeData(rng, { mean: 46, sd: 0.5, phi: 0.5 });
    for (const method of ['mean-threshold', 'mann-whitney'] as const) {
      const [m] = judge([{ metric: cpu, baseline: b, candidate: c }], { method, tolerance: 0.1, confidence: 0.95 });
      expect(m!.verdict).toBe('regression');
      expect(m!.drift).toBeCloseTo(0.15, 1);
    }
  });

  it('newey-west: Newey-West standard errors of 5-minute means, a one-sided z test of drift > tolerance, Holm', () => {
    // Bartlett weights and lag floor(n^(1/3)): a constant series has no variance; an alternating one is not
    // credited with less than half its plain variance; lag 2 for 8..26 values.
    expect(neweyWestVariance([3, 3, 3, 3, 3, 3, 3, 3]).lrv).toBe(0);
    expect(neweyWestVariance(Array.from({ length: 12 }, (_, i) => i)).lag).toBe(2);
    const alt = neweyWestVariance(Array.from({ length: 12 }, (_, i) => (i % 2 ? 1 : -1)));
    expect(alt.lrv).toBeCloseTo(((0.5 * 12) / 11) * 1, 9);
    // Holm: sorted p times (m - rank), monotone, in the input's order.
    expect(holmAdjust([0.01, 0.04, 0.03, 0.5])).toEqual([0.04, 0.09, 0.09, 0.5]);
    // Three metrics: a clear +30% rise fails; +5% (inside the 10% tolerance) and nothing pass.
    const rise = (mean: number) => gaugeData(rng, { mean, sd: 0.3, phi: 0.5 });
    const metrics = [
      { metric: cpu, baseline: rise(40), candidate: rise(52) },
      { metric: { ...cpu, id: 'memory' }, baseline: rise(40), candidate: rise(42) },
      { metric: { ...cpu, id: 'other' }, baseline: rise(40), candidate: rise(40) },
    ];
    const judged = judge(metrics, { method: 'newey-west', tolerance: 0.1, confidence: 0.95 });
    expect(judged.map((m) => m.verdict)).toEqual(['regression', 'pass', 'pass']);
    const e = judged[0]!.evidence as Extract<EvidenceFinding, { code: 'newey-west' }>;
    expect(e).toMatchObject({ code: 'newey-west', comparisons: 3, lag: 2, baseline: 12, candidate: 12 });
    expect(e.pValue).toBeLessThan(0.05);
    // Too few 5-minute values: inconclusive, with the window length that would do.
    const short = { ...gaugeData(rng, { n: 10 }), expectedPoints: 10 };
    const [few] = judge([{ metric: cpu, baseline: short, candidate: short }], {
      method: 'newey-west',
      tolerance: 0.1,
      confidence: 0.95,
    });
    expect(few!.verdict).toBe('inconclusive');
    expect(few!.findings).toContainEqual(
      expect.objectContaining({ finding: expect.objectContaining({ code: 'too-few-window-values', need: 3 }) }),
    );
  });

  it('orders overall verdicts fail > inconclusive > waived > pass and explains them', () => {
    const v = (verdict: string, id = 'm') =>
      ({ id, verdict, drift: 0.2, interval: null, notes: ['no candidate data'] }) as any;
    expect(overallVerdict([v('pass'), v('regression'), v('inconclusive')])).toBe('fail');
    expect(overallVerdict([v('pass'), v('waived'), v('inconclusive')])).toBe('inconclusive');
    expect(overallVerdict([v('pass'), v('waived')])).toBe('waived');
    expect(overallVerdict([v('pass'), v('not-applicable'), v('improvement')])).toBe('pass');
    expect(comparisonFinding('inconclusive', [v('inconclusive', 'cpu')])).toEqual({
      code: 'not-enough-data',
      groups: [{ reason: 'no candidate data', ids: ['cpu'] }],
    });
    expect(comparisonHeadline(comparisonFinding('inconclusive', [v('inconclusive', 'cpu')]))).toBe(
      'Inconclusive: not enough data to judge cpu (no candidate data).',
    );
  });
});
