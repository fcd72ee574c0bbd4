import { Rng } from '@driftgate/synth/random';
import { describe, expect, it } from 'vitest';
import { resolveBakeSettings } from '../../src/core/bake/bake-settings.js';
import type {
  ComparisonFinding,
  ConclusionFinding,
  EstimateFinding,
  EvidenceFinding,
  IntervalFinding,
  NoteFinding,
  RejectionFinding,
  RuleFinding,
  SettingsFinding,
  SloFinding,
  UnjudgedFinding,
  WaiverNoteFinding,
} from '../../src/core/findings/findings.js';
import { judgeDriftInterval } from '../../src/core/judge/drift-interval.js';
import type { JudgedMetric } from '../../src/core/judge/judge.js';
import { checkSufficiency } from '../../src/core/judge/sufficiency.js';
import { comparisonFinding } from '../../src/core/judge/verdict.js';
import { BUILTIN_CATALOG } from '../../src/core/model/catalog.js';
import type { MetricComparison } from '../../src/core/model/comparison.js';
import { fmt } from '../../src/core/numbers.js';
import * as reportFormat from '../../src/core/report/format.js';
import {
  breachText,
  comparisonHeadline,
  driftNote,
  estimateNote,
  evidenceInWords,
  formatDrift,
  headline,
  intervalReason,
  METHOD_DESCRIPTIONS,
  metricNotes,
  noteText,
  rejectionDetail,
  ruleMessage,
  settingsWarning,
  sloNote,
  sufficiencyNote,
  summaryInWords,
  unjudgedReason,
  waiverNote,
  waiverReason,
  withNotes,
  withWaiverNotes,
} from '../../src/core/report/prose.js';
import { applyWaiverOutcomes } from '../../src/core/waiver/apply.js';
import { cpu, gaugeData } from '../judge/fixtures.js';

describe('fmt', () => {
  it('three significant digits by default, n/a for null, non-finite as is; the one fmt (report/format has none of its own)', () => {
    expect(fmt(0.123456)).toBe('0.123');
    expect(fmt(1.5)).toBe('1.5');
    expect(fmt(1234.5)).toBe('1230');
    expect(fmt(null)).toBe('n/a');
    expect(fmt(Number.POSITIVE_INFINITY)).toBe('Infinity');
    expect(fmt(Number.NaN)).toBe('NaN');
    expect(fmt(0.000123456, 4)).toBe('0.0001235');
    expect(Object.keys(reportFormat)).not.toContain('fmt');
  });
});

describe('drift findings in words', () => {
  it('says every code', () => {
    expect(driftNote({ code: 'no-value' })).toBe('no value could be computed');
    expect(driftNote({ code: 'both-zero' })).toBe('both windows are 0');
    expect(driftNote({ code: 'zero-count-corrected' })).toMatch(/Haldane-Anscombe correction/);
    expect(driftNote({ code: 'ratio-undefined', baseline: 0, candidate: 1.234567 })).toBe(
      'relative drift is undefined: baseline 0, candidate 1.235 (a value of 0 or below)',
    );
    expect(driftNote({ code: 'trend-allowed', predicted: 0.05, gapSeconds: -5400 })).toBe(
      "the baseline's own trend predicts +5.0% across the 1h30m between the windows' hours of the day; a change of that size is allowed for in the between-window term",
    );
    expect(driftNote({ code: 'weak-evidence', drift: 0.15, tolerance: 0.1, low: 0.02 })).toBe(
      'drift +15% is above the +10% tolerance, but the interval reaches +2.0%, inside half the tolerance: not enough evidence',
    );
  });
  it('too-noisy names the remedy: longer windows, or none', () => {
    const f = {
      code: 'too-noisy' as const,
      tolerance: 0.1,
      detectable: 0.42,
      power: 0.8,
      windowFactor: 3.2,
      systematic: 0.03,
      windowMinutes: 60,
    };
    expect(driftNote(f)).toBe(
      'too noisy in these windows to see a +20% regression: only a drift of +42% or more would be detected with 80% probability; windows about 4× as long (3h15m instead of 1h) would, if they run side by side or cover the same hours of the day (longer consecutive windows differ more in load)',
    );
    expect(driftNote({ ...f, detectable: null, windowFactor: null, systematic: 0.05 })).toBe(
      'too noisy in these windows to see a +20% regression: only a drift of more than -100% or more would be detected with 80% probability; no window length would: the between-window term (systematic 5.0%) alone is too large',
    );
  });
  it('the judge returns its findings; the report says them', () => {
    const rng = new Rng(5);
    const zero = gaugeData(rng, { mean: 0, sd: 0 });
    const r = judgeDriftInterval(cpu, zero, zero, {
      tolerance: 0.1,
      familyAlpha: 0.05,
      comparisons: 1,
      systematic: 0.03,
      trim: false,
    });
    expect(r.findings).toEqual([{ code: 'both-zero' }]);
    expect(r.findings.map(driftNote)).toContain('both windows are 0');
  });
});

describe('rule findings in words', () => {
  const worse = {
    code: 'worse-than-baseline' as const,
    metric: 'latency_p95_read',
    value: 0.456,
    unit: 's',
    pooledSeconds: 180,
    ratio: 1.8234,
    baseline: 0.25,
  };
  const slo = {
    code: 'violates-slo' as const,
    metric: 'error_rate',
    value: 0.0234,
    unit: 'ratio',
    pooledSeconds: null,
    op: '<=',
    objective: 0.01,
  };
  const since = Date.parse('2026-01-01T10:00:00Z') / 1000;
  it('breaches, detections, clears and resets', () => {
    expect(breachText(worse)).toBe('latency_p95_read 0.456 s (pooled over 3 min) is 1.82x baseline 0.25');
    expect(breachText(slo)).toBe('error_rate 0.0234 ratio violates its SLO <= 0.01');
    expect(ruleMessage({ code: 'detected', breach: slo })).toBe(
      'detected: error_rate 0.0234 ratio violates its SLO <= 0.01',
    );
    expect(ruleMessage({ code: 'cleared', metric: 'm', breaches: 2, value: null, unit: 's' })).toBe(
      'cleared after 2 breaching tick(s): m n/a s',
    );
    expect(ruleMessage({ code: 'streak-reset', gapSeconds: 180, marginalRatio: 1.3 })).toBe(
      'streak reset: no breaching tick for 180s (marginal: 1.3x)',
    );
    expect(ruleMessage({ code: 'streak-reset', gapSeconds: 180 })).toBe(
      'streak reset: no breaching tick for 180s (no usable data)',
    );
    expect(
      ruleMessage({ code: 'streak-reset', gapSeconds: 180, reason: { code: 'gap', points: 0, expected: 1 } }),
    ).toBe('streak reset: no breaching tick for 180s (0 of 1 sub-windows have data (scrape gap or no traffic))');
  });
  it('decisions', () => {
    const streak = { breaches: 9, ticks: 10, since };
    expect(ruleMessage({ code: 'ratio-fired', metric: worse.metric, threshold: 1.5, streak, breach: worse })).toBe(
      'latency_p95_read worse than 1.5x baseline on 9 of 10 ticks since 2026-01-01T10:00:00Z (the others had no usable data or were marginal): latency_p95_read 0.456 s (pooled over 3 min) is 1.82x baseline 0.25',
    );
    // The evidence's times: the first detection (a tick) and the decision, not the streak's first interval start.
    const timed = { breaches: 10, ticks: 10, since, detectedAt: since + 60, decidedAt: since + 600 };
    expect(
      ruleMessage({ code: 'ratio-fired', metric: worse.metric, threshold: 1.5, streak: timed, breach: worse }),
    ).toBe(
      'latency_p95_read worse than 1.5x baseline on every tick from the first detection at 2026-01-01T10:01:00Z to the decision at 2026-01-01T10:10:00Z: latency_p95_read 0.456 s (pooled over 3 min) is 1.82x baseline 0.25',
    );
    const every = { breaches: 5, ticks: 5, since };
    expect(
      ruleMessage({ code: 'slo-fired', metric: 'error_rate', streak: every, standing: 'reported', breach: slo }),
    ).toBe(
      'error_rate violated its SLO on every tick since 2026-01-01T10:00:00Z; the baseline violated it too: a standing breach, reported, not rolled back: error_rate 0.0234 ratio violates its SLO <= 0.01',
    );
    expect(
      ruleMessage({ code: 'slo-worse-fired', metric: 'error_rate', threshold: 1.5, streak: every, breach: worse }),
    ).toMatch(
      /^error_rate violated its SLO and was worse than 1.5x the baseline \(which violated it too\) on every tick/,
    );
    expect(
      ruleMessage({
        code: 'drift-detected',
        metric: 'cpu',
        drift: 0.2,
        interval: { low: 0.1, high: 0.3 },
        tolerance: 0.1,
      }),
    ).toBe('detected: cpu drift 20.0% (interval 10.0% to 30.0%) beyond the 10.0% tolerance');
    expect(ruleMessage({ code: 'drift-cleared', metric: 'cpu', drift: null })).toBe(
      'cleared: cpu drift n/a within tolerance',
    );
    expect(
      ruleMessage({ code: 'drift-fired', metric: 'cpu', tolerance: 0.1, windows: 3, windowSeconds: 300, drift: 0.25 }),
    ).toBe('cpu drifted beyond its 10.0% tolerance in 3 consecutive 5-minute windows (latest drift 25.0%)');
  });
  it('unjudged metrics and headlines', () => {
    expect(unjudgedReason({ code: 'no-series' })).toBe('no series for this metric in the baseline or the candidate');
    expect(unjudgedReason({ code: 'low-coverage', share: 0.5, need: 0.8, last: { code: 'not-collected' } })).toBe(
      'data in 50% of ticks (need 80%); last: not collected',
    );
    expect(unjudgedReason({ code: 'too-few-events' })).toBe('too few events even pooled over the whole bake');
    expect(unjudgedReason({ code: 'too-few-events', last: { code: 'no-value' } })).toBe(
      'too few events even pooled over the whole bake (no value)',
    );
    const thin = [{ metric: 'cost_rate', finding: { code: 'no-series' as const } }];
    const standing = [{ metric: 'latency_p95_read', value: 0.4, objective: '<= 0.3', baseline: 0.38 }];
    expect(headline({ code: 'pass', ticks: 30, cleared: true, standing, thin })).toBe(
      'Pass: no rule fired in 30 tick(s) (short breaches were detected and cleared). Standing SLO breach (the baseline violated the SLO too): latency_p95_read 0.4 (objective <= 0.3, baseline 0.38). Not judged: cost_rate (no series for this metric in the baseline or the candidate).',
    );
    expect(headline({ code: 'inconclusive', ticks: 0, critical: [], thin: [] })).toBe(
      'Inconclusive: no tick was evaluated; no rollback rule fired.',
    );
    expect(headline({ code: 'inconclusive', ticks: 3, critical: [...thin, ...thin], thin: [] })).toMatch(
      /^Inconclusive: critical metrics could not be judged: cost_rate \(no series for this metric in the baseline or the candidate\); cost_rate/,
    );
    expect(headline({ code: 'cancelled', ticks: 4 })).toMatch(/^Cancelled after 4 tick\(s\)/);
    const decision = { code: 'drift-cleared' as const, metric: 'cpu', drift: 0.01 };
    expect(headline({ code: 'rollback', decision })).toBe('Rollback: cleared: cpu drift 1.0% within tolerance.');
    expect(headline({ code: 'ticket', decisions: [decision, decision], standing: [], thin: [] })).toBe(
      'Ticket (no rollback condition): cleared: cpu drift 1.0% within tolerance; cleared: cpu drift 1.0% within tolerance.',
    );
  });
});

describe('sufficiency, estimator and comparison findings in words', () => {
  it('says every sufficiency code', () => {
    expect(sufficiencyNote({ code: 'no-series', configured: false })).toBe(
      'no series for this metric in either window',
    );
    expect(sufficiencyNote({ code: 'query-warning', side: 'candidate', warning: 'limit' })).toBe(
      'candidate query warning: limit',
    );
    expect(sufficiencyNote({ code: 'no-data', side: 'baseline', found: true })).toBe(
      'no baseline data (series exist but no sub-window had usable values)',
    );
    expect(sufficiencyNote({ code: 'too-little-data', side: 'baseline', points: 10, expected: 60, need: 30 })).toBe(
      'too little baseline data: 10 of 60 sub-windows have data (need 30)',
    );
    expect(sufficiencyNote({ code: 'window-too-short', side: 'candidate', points: 6, step: 60, need: 10 })).toMatch(
      /too short to judge: 6 sub-windows of 60s with data, drift-interval needs 10 .* widen the windows to 10 minutes/,
    );
    expect(
      sufficiencyNote({
        code: 'coarse-amount',
        side: 'baseline',
        metric: 'cost_rate',
        updates: 1,
        points: 60,
        need: 3,
      }),
    ).toMatch(/changed in only 1 of 60 sub-windows .* widen the windows or exclude cost_rate$/);
    expect(sufficiencyNote({ code: 'too-few-events', side: 'candidate', events: 149.6, need: 200 })).toBe(
      'too few candidate events: 150 (need 200)',
    );
  });
  it('checkSufficiency returns the codes it says', () => {
    const rng = new Rng(2);
    const s = checkSufficiency(cpu, { ...gaugeData(rng, {}), points: [] }, gaugeData(rng, {}));
    expect(s.findings).toEqual([{ code: 'no-data', side: 'baseline', found: true }]);
    expect(s.findings.map(sufficiencyNote)).toEqual([
      'no baseline data (series exist but no sub-window had usable values)',
    ]);
  });
  it('says the estimator codes', () => {
    const t = Date.parse('2026-01-01T10:05:00Z') / 1000;
    expect(estimateNote({ code: 'incidents-trimmed', excluded: 2, points: 60, starts: [t, t + 60] })).toBe(
      '2 of 60 sub-windows left out as transient incidents (outliers against the rest of the window; starting 10:05, 10:06 UTC)',
    );
    expect(estimateNote({ code: 'above-highest-bucket', quantile: 0.99, bound: 10 })).toBe(
      'p99 is above the highest bucket bound (10); shown as that bound',
    );
    expect(
      estimateNote({ code: 'mann-whitney-blind', baseline: 2, candidate: 3, floor: 0.1, alpha: 0.02, need: 5 }),
    ).toBe(
      'mann-whitney cannot detect anything with 2 vs 3 5-minute windows: the smallest possible p-value is 0.10, above 0.02; it needs at least 5 vs 5 (25-minute windows)',
    );
    expect(estimateNote({ code: 'slo-on-linear-quantile', value: 0.31234, estimate: 0.29876 })).toBe(
      "SLO judged on 0.312 (Prometheus histogram_quantile over the pooled buckets, as Grafana shows it; driftgate's estimate 0.299 interpolates inside the bucket on the log-probit scale)",
    );
  });
  it('a comparison headline from its finding', () => {
    const m = (id: string, verdict: string, drift: number | null, extra = {}) =>
      ({
        id,
        verdict,
        drift,
        worse: 'lower',
        interval: { low: -0.1, high: 0.3, confidence: 0.95 },
        notes: [],
        ...extra,
      }) as any;
    const fail = comparisonFinding('fail', [m('throughput', 'regression', 0.2), m('cpu', 'pass', 0)]);
    expect(fail).toEqual({
      code: 'regression',
      metrics: [{ id: 'throughput', change: -0.2, direction: 'worse', interval: { low: -0.3, high: 0.1 } }],
    });
    expect(comparisonHeadline(fail)).toBe(
      'Regression beyond tolerance: throughput -20% (worse) (interval -30% to +10%).',
    );
    expect(comparisonHeadline({ code: 'pass', judged: 1 })).toBe(
      'No metric drifted beyond tolerance (1 metric compared).',
    );
    expect(
      comparisonHeadline(
        comparisonFinding('inconclusive', [m('a', 'inconclusive', null, { notes: ['no data here'] })]),
      ),
    ).toBe('Inconclusive: not enough data to judge a (no data here).');
    expect(comparisonHeadline(comparisonFinding('inconclusive', [m('a', 'not-applicable', null)]))).toMatch(
      /^Inconclusive: no data for any metric in either window/,
    );
    expect(
      comparisonHeadline(
        comparisonFinding('waived', [m('a', 'waived', 0.2, { interval: null, waiver: { id: 'W-1' } })]),
      ),
    ).toBe('Regressions waived: a -20% (worse) by W-1.');
  });
  it('says why a bake interval does not count, and over how long it was pooled', () => {
    expect(intervalReason({ code: 'query-warning', warning: 'limit' })).toBe('query warning: limit');
    expect(intervalReason({ code: 'gap', points: 1, expected: 4 })).toBe(
      '1 of 4 sub-windows have data (scrape gap or no traffic)',
    );
    expect(intervalReason({ code: 'too-few-events', events: 149.6, need: 200, pooledSeconds: 300 })).toBe(
      'too few events: 150 (need 200) over the last 5 min',
    );
    expect(intervalReason({ code: 'gap', points: 1, expected: 4, pooledSeconds: 120 })).toBe(
      '1 of 4 sub-windows have data (scrape gap or no traffic) over the last 2 min',
    );
    expect(intervalReason({ code: 'not-collected' })).toBe('not collected');
    expect(intervalReason({ code: 'no-value' })).toBe('no value');
  });
});

/** One finding per code, keyed by code (typed so a new code without an example does not compile). */
type Examples<F extends { code: string }> = { [C in F['code']]: Extract<F, { code: C }> };

describe('evidence findings in words', () => {
  const tTest: EvidenceFinding = {
    code: 't-test',
    pValue: 0.004,
    se: 0.041_93,
    systematic: 0.0389,
    source: 'prior',
    trendAdjusted: true,
    df: 6596.94,
    comparisons: 9,
  };
  it('drift-interval: the t test, its p-value and its numbers', () => {
    expect(evidenceInWords(tTest)).toEqual({
      test: 'one-sided t test of drift <= tolerance/2 (log scale, delta method, autocorrelation-robust variance + systematic, Bonferroni)',
      pValue: 0.004,
      detail: 'se(log ratio) 0.0419 incl. systematic 3.9% (prior, with trend), df 6596.9, 9 metric(s) compared',
    });
    const plain = { ...tTest, source: 'history', trendAdjusted: false, df: Number.POSITIVE_INFINITY, comparisons: 1 };
    expect(evidenceInWords(plain as EvidenceFinding).detail).toBe(
      'se(log ratio) 0.0419 incl. systematic 3.9% (history), df inf, 1 metric(s) compared',
    );
  });
  it('the reference judges: no test, a blind test, a Mann-Whitney U', () => {
    expect(evidenceInWords({ code: 'no-test', baseline: 12, candidate: 11 })).toEqual({
      test: 'none (mean of 5-minute values vs tolerance)',
      pValue: null,
      detail: '12 vs 11 windows; no test: any change beyond the tolerance fails, noise included',
    });
    expect(evidenceInWords({ code: 'mann-whitney-blind', baseline: 2, candidate: 3 })).toEqual({
      test: 'two-sided Mann-Whitney U on 5-minute values',
      pValue: null,
      detail: '2 vs 3 windows: cannot detect anything',
    });
    expect(evidenceInWords({ code: 'mann-whitney', pValue: 0.5, u: 40.5, baseline: 9, candidate: 9 }).detail).toBe(
      'U=40.5, 9 vs 9 windows',
    );
  });
  it('the judge returns the finding, with its p-value', () => {
    const b = gaugeData(new Rng(1), { mean: 40, sd: 1, phi: 0.5 });
    const c = gaugeData(new Rng(2), { mean: 80, sd: 1, phi: 0.5 });
    const r = judgeDriftInterval(cpu, b, c, {
      tolerance: 0.1,
      familyAlpha: 0.05,
      comparisons: 3,
      systematic: 0.03,
      trim: false,
    });
    expect(r.evidence).toMatchObject({ code: 't-test', source: 'prior', comparisons: 3, systematic: 0.03 });
    expect(r.evidence!.pValue).toBeLessThan(0.05);
    expect(evidenceInWords(r.evidence!).detail).toMatch(
      /^se\(log ratio\) \S+ incl\. systematic 3\.0% \(prior\), df \S+, 3 metric\(s\) compared$/,
    );
  });
  it('describes each method', () => {
    expect(Object.keys(METHOD_DESCRIPTIONS).sort()).toEqual([
      'drift-interval',
      'mann-whitney',
      'mean-threshold',
      'newey-west',
    ]);
    expect(METHOD_DESCRIPTIONS['newey-west']).toMatch(/Newey-West standard errors \(lag n\^\(1\/3\)\).*Holm/);
    expect(METHOD_DESCRIPTIONS['mean-threshold']).toMatch(/^PERF-003 read literally/);
  });
});

describe('waiver findings in words', () => {
  it('says why a waiver does not cover a regression', () => {
    const said = (f: RejectionFinding) => rejectionDetail(f);
    expect(said({ code: 'expires-not-a-time', expires: 'soon' })).toBe('expires "soon" is not an RFC 3339 time');
    expect(said({ code: 'expired', expires: '2026-01-01T00:00:00Z' })).toBe('expired at 2026-01-01T00:00:00Z');
    expect(said({ code: 'other-service', waiver: 'a', candidate: 'b' })).toBe('for service a, not b');
    expect(said({ code: 'other-environment', waiver: 'stg', candidate: 'prod' })).toBe('for environment stg, not prod');
    expect(said({ code: 'other-versions', waiver: ['v1', 'v2'], candidate: 'v3' })).toBe('for versions v1, v2, not v3');
    expect(said({ code: 'metric-not-listed', waiver: ['p95', 'cpu'], candidate: 'mem' })).toBe(
      'covers p95, cpu, not mem',
    );
    expect(said({ code: 'approval-not-checked' })).toBe('the approval was not checked');
    expect(said({ code: 'unproven', detail: 'PR #1 has no approving review' })).toBe('PR #1 has no approving review');
  });
  it('a drift above max_drift with digits enough to differ, or unknown', () => {
    const above = (drift: number | null, maxDrift: number) =>
      rejectionDetail({ code: 'drift-above-max', drift, maxDrift });
    expect(above(0.3, 0.25)).toBe('drift 30.0% is above max_drift 25.0%');
    expect(above(0.2504, 0.25)).toBe('drift 25.04% is above max_drift 25.00%');
    expect(above(null, 0.25)).toBe('drift unknown is above max_drift 25.0%');
    expect(above(Number.NaN, 0.1)).toBe('drift unknown is above max_drift 10.0%');
  });
  it('an invalid record: its problems, after the approval when that is refused too', () => {
    expect(rejectionDetail({ code: 'invalid-record', problems: ['a', 'b'] })).toBe('a; b');
    expect(rejectionDetail({ code: 'invalid-record', problems: null })).toBe('the record could not be read');
    expect(rejectionDetail({ code: 'invalid-record', problems: [], unproven: 'not approved' })).toBe('not approved; ');
  });
  it('notes on a metric: waived by, or each waiver not applied', () => {
    const waived: WaiverNoteFinding = { code: 'waived', waiver: 'CAB-1', approvedBy: ['alice', 'bob'], expires: 'E' };
    expect(waiverNote(waived)).toBe('waived by CAB-1 (approved by alice, bob, expires E)');
    const refused: WaiverNoteFinding = {
      code: 'not-applied',
      waiver: 'CAB-2',
      finding: { code: 'expired', expires: 'E' },
    };
    expect(waiverNote(refused)).toBe('waiver CAB-2 not applied: expired at E');
  });
  it('applyWaiverOutcomes returns the findings; withWaiverNotes adds them to the notes, keys in place', () => {
    const m = { id: 'p95', verdict: 'regression', drift: 0.3, notes: ['n'] } as unknown as MetricComparison;
    const other = { id: 'cpu', verdict: 'pass', drift: 0, notes: [] } as unknown as MetricComparison;
    const w = { id: 'CAB-1', approved_by: ['alice'], expires: 'E', max_drift: 0.5, metrics: ['p95'] };
    const [waived, untouched] = applyWaiverOutcomes(
      [m, other],
      [{ metric: 'p95', waiver: w as never, rejections: [] }],
    );
    expect(waived?.waiverFindings).toEqual([{ code: 'waived', waiver: 'CAB-1', approvedBy: ['alice'], expires: 'E' }]);
    const said = withWaiverNotes(waived!);
    expect(Object.keys(said)).toEqual(['id', 'verdict', 'drift', 'notes', 'waiver']);
    expect(said.notes).toEqual(['n', 'waived by CAB-1 (approved by alice, expires E)']);
    expect(withWaiverNotes(untouched!)).toEqual(other);
    const rejections = [
      { waiver: 'CAB-2', reason: 'expired' as const, finding: { code: 'expired' as const, expires: 'E' } },
    ];
    const [refused] = applyWaiverOutcomes([m], [{ metric: 'p95', waiver: null, rejections }]);
    expect(withWaiverNotes(refused!).notes).toEqual(['n', 'waiver CAB-2 not applied: expired at E']);
  });
  it('why a decision does not waive: a line per metric not covered', () => {
    const metrics = [
      { metric: 'p95', drift: 0.12, waiver: null, rejections: [] },
      {
        metric: 'err',
        drift: null,
        waiver: null,
        rejections: [
          {
            waiver: 'CAB-1',
            source: 'f',
            reason: 'expired' as const,
            finding: { code: 'expired' as const, expires: 'E' },
          },
        ],
      },
    ];
    expect(waiverReason({ waived: false, nothingToWaive: false, metrics })).toBe(
      'p95 (+12.0%): no waiver found\nerr (drift unknown): CAB-1: expired (expired at E)',
    );
    expect(waiverReason({ waived: true, nothingToWaive: false, metrics })).toBe('');
    expect(waiverReason({ waived: false, nothingToWaive: true, metrics: [] })).toBe('');
    expect([formatDrift(-0.05), formatDrift(0), formatDrift(Number.POSITIVE_INFINITY)]).toEqual([
      '-5.0%',
      '+0.0%',
      'drift unknown',
    ]);
  });
});

describe('bake settings findings in words', () => {
  it('resolveBakeSettings returns its warnings as findings; the verify shell says them', () => {
    const catalog = [...BUILTIN_CATALOG];
    const s = resolveBakeSettings({}, { durationSeconds: 240, windowSeconds: 300 }, catalog, 60);
    expect(s.warnings).toEqual([
      { code: 'window-shrunk', where: 'Input "window"', windowSeconds: 300, durationSeconds: 240, shrunkSeconds: 240 },
      {
        code: 'ticket-cannot-fire',
        windows: 3,
        windowSeconds: 240,
        warmupSeconds: 300,
        needsSeconds: 1020,
        durationSeconds: 240,
      },
    ]);
    expect(s.warnings!.map(settingsWarning)).toEqual([
      'Input "window" is 5m, longer than the 4m bake: the judge window is shrunk to 4m so the drift rule can run; lengthen the bake or shorten the window to silence this',
      'the ticket rule needs 3 consecutive 4m windows after the 5m warmup (17m), longer than the 4m bake: it cannot fire; lengthen the bake or lower bake.ticket.windows / warmup',
    ]);
    expect(resolveBakeSettings({}, {}, catalog, 60).warnings).toBeUndefined();
  });
});

describe('every finding code is said', () => {
  const breach = {
    code: 'violates-slo',
    metric: 'm',
    value: 1,
    unit: 's',
    pooledSeconds: null,
    op: '<=',
    objective: 0.5,
  };
  const streak = { breaches: 3, ticks: 3, since: 0 };
  const estimates: Examples<EstimateFinding> = {
    'incidents-trimmed': { code: 'incidents-trimmed', excluded: 1, points: 60, starts: [0] },
    'above-highest-bucket': { code: 'above-highest-bucket', quantile: 0.95, bound: 10 },
    'mann-whitney-blind': { code: 'mann-whitney-blind', baseline: 2, candidate: 2, floor: 0.3, alpha: 0.02, need: 5 },
    'slo-on-linear-quantile': { code: 'slo-on-linear-quantile', value: 0.3, estimate: 0.29 },
    'no-denominator-events': { code: 'no-denominator-events' },
    'no-window-values': { code: 'no-window-values' },
    'baseline-mean-zero': { code: 'baseline-mean-zero' },
  };
  const rules: Examples<RuleFinding> = {
    detected: { code: 'detected', breach: breach as never },
    cleared: { code: 'cleared', metric: 'm', breaches: 1, value: 1, unit: 's' },
    'streak-reset': { code: 'streak-reset', gapSeconds: 180 },
    'ratio-fired': { code: 'ratio-fired', metric: 'm', threshold: 1.5, streak, breach: breach as never },
    'slo-worse-fired': { code: 'slo-worse-fired', metric: 'm', threshold: 1.5, streak, breach: breach as never },
    'slo-fired': { code: 'slo-fired', metric: 'm', streak, standing: null, breach: breach as never },
    'drift-detected': { code: 'drift-detected', metric: 'm', drift: 0.2, interval: null, tolerance: 0.1 },
    'drift-cleared': { code: 'drift-cleared', metric: 'm', drift: 0 },
    'drift-fired': { code: 'drift-fired', metric: 'm', tolerance: 0.1, windows: 3, windowSeconds: 300, drift: 0.2 },
  };
  const intervals: Examples<IntervalFinding> = {
    'query-warning': { code: 'query-warning', warning: 'w' },
    gap: { code: 'gap', points: 1, expected: 4 },
    'too-few-events': { code: 'too-few-events', events: 1, need: 100 },
    'not-collected': { code: 'not-collected' },
    'no-value': { code: 'no-value' },
  };
  const conclusions: Examples<ConclusionFinding> = {
    rollback: { code: 'rollback', decision: rules['drift-cleared'] },
    inconclusive: { code: 'inconclusive', ticks: 1, critical: [], thin: [] },
    ticket: { code: 'ticket', decisions: [], standing: [], thin: [] },
    pass: { code: 'pass', ticks: 1, cleared: false, standing: [], thin: [] },
    cancelled: { code: 'cancelled', ticks: 1 },
  };
  const comparisons: Examples<ComparisonFinding> = {
    regression: { code: 'regression', metrics: [] },
    'no-data': { code: 'no-data' },
    'not-enough-data': { code: 'not-enough-data', groups: [{ reason: null, ids: ['m'] }] },
    waived: { code: 'waived', metrics: [] },
    pass: { code: 'pass', judged: 2 },
  };
  const unjudged: Examples<UnjudgedFinding> = {
    'no-series': { code: 'no-series' },
    'low-coverage': { code: 'low-coverage', share: 0.1, need: 0.8 },
    'too-few-events': { code: 'too-few-events' },
  };
  const evidence: Examples<EvidenceFinding> = {
    't-test': {
      code: 't-test',
      pValue: 0.01,
      se: 0.03,
      systematic: 0.03,
      source: 'config',
      trendAdjusted: false,
      df: 40,
      comparisons: 2,
    },
    'no-test': { code: 'no-test', baseline: 12, candidate: 12 },
    'mann-whitney-blind': { code: 'mann-whitney-blind', baseline: 2, candidate: 2 },
    'mann-whitney': { code: 'mann-whitney', pValue: 0.3, u: 50, baseline: 12, candidate: 12 },
  };
  const rejections: Examples<RejectionFinding> = {
    'expires-not-a-time': { code: 'expires-not-a-time', expires: 'x' },
    expired: { code: 'expired', expires: 'x' },
    'other-service': { code: 'other-service', waiver: 'a', candidate: 'b' },
    'other-environment': { code: 'other-environment', waiver: 'a', candidate: 'b' },
    'other-versions': { code: 'other-versions', waiver: ['a'], candidate: 'b' },
    'metric-not-listed': { code: 'metric-not-listed', waiver: ['a'], candidate: 'b' },
    'drift-above-max': { code: 'drift-above-max', drift: 0.3, maxDrift: 0.2 },
    'approval-not-checked': { code: 'approval-not-checked' },
    unproven: { code: 'unproven', detail: 'not approved' },
    'invalid-record': { code: 'invalid-record', problems: ['bad key'] },
  };
  const waiverNotes: Examples<WaiverNoteFinding> = {
    waived: { code: 'waived', waiver: 'CAB-1', approvedBy: ['a'], expires: 'x' },
    'not-applied': { code: 'not-applied', waiver: 'CAB-1', finding: rejections.expired },
  };
  const settings: Examples<SettingsFinding> = {
    'window-shrunk': {
      code: 'window-shrunk',
      where: 'w',
      windowSeconds: 600,
      durationSeconds: 300,
      shrunkSeconds: 300,
    },
    'ticket-cannot-fire': {
      code: 'ticket-cannot-fire',
      windows: 3,
      windowSeconds: 300,
      warmupSeconds: 300,
      needsSeconds: 1200,
      durationSeconds: 600,
    },
  };
  const reading = { estimator: 'estimate' as const, baseline: 0.002, candidate: 0.015, low: 0.011, high: 0.02 };
  const sloBreach = { code: 'slo-breach' as const, op: '<', objective: 0.005, readings: [reading] };
  const slos: Record<string, SloFinding> = {
    'new-fails': { ...sloBreach, kind: 'new', shown: true, fails: true },
    'new-warns': { ...sloBreach, kind: 'new', shown: true, fails: false },
    'not-shown': { ...sloBreach, kind: 'new', shown: false, fails: false },
    standing: { ...sloBreach, kind: 'standing', shown: true, fails: false },
  };
  const families: Array<[string, Record<string, { code: string }>, (f: never) => string]> = [
    ['slo', slos, sloNote],
    [
      'comparison with SLO breaches',
      {
        slo: { code: 'regression', metrics: [], slo: [{ id: 'error_rate', finding: slos['new-fails'] }] },
        both: {
          code: 'regression',
          metrics: [{ id: 'p95', change: 0.3, direction: 'worse', interval: null }],
          slo: [{ id: 'error_rate', finding: slos['new-fails'] }],
        },
      },
      comparisonHeadline,
    ],
    ['settings', settings, settingsWarning],
    ['rejection', rejections, rejectionDetail],
    ['waiver note', waiverNotes, waiverNote],
    ['evidence', evidence, (f: EvidenceFinding) => JSON.stringify(evidenceInWords(f))],
    ['estimate', estimates, estimateNote],
    ['rule', rules, ruleMessage],
    ['interval', intervals, intervalReason],
    ['conclusion', conclusions, headline],
    ['comparison', comparisons, comparisonHeadline],
    ['unjudged', unjudged, unjudgedReason],
  ];
  it.each(families)('%s findings: one sentence per code', (_, examples, say) => {
    const said = Object.values(examples).map((f) => say(f as never));
    for (const text of said) expect(text).toMatch(/\w/);
    expect(new Set(said).size).toBe(said.length);
  });
  it('the estimators and reference judges that said their notes themselves', () => {
    expect(estimateNote(estimates['no-denominator-events'])).toBe('no denominator events');
    expect(estimateNote(estimates['no-window-values'])).toBe('no 5-minute values');
    expect(estimateNote(estimates['baseline-mean-zero'])).toBe('baseline mean is 0: relative drift undefined');
    expect(comparisonHeadline(comparisons['not-enough-data'])).toBe(
      'Inconclusive: not enough data to judge m (no data).',
    );
  });
});

describe('a metric’s notes from its findings', () => {
  const notes: NoteFinding[] = [
    { of: 'sufficiency', finding: { code: 'no-data', side: 'candidate', found: false } },
    { window: 'baseline', of: 'collector', text: 'window shorter than one sub-window (60s)' },
    { window: 'candidate', of: 'estimate', finding: { code: 'no-denominator-events' } },
    { of: 'drift', finding: { code: 'both-zero' } },
    { of: 'interval', finding: { code: 'query-warning', warning: 'limit' } },
    { of: 'sufficiency', finding: { code: 'no-data', side: 'candidate', found: false } },
  ];
  it('says each, a window’s with its name first, each sentence once', () => {
    expect(noteText(notes[1]!)).toBe('baseline: window shorter than one sub-window (60s)');
    expect(metricNotes(notes)).toEqual([
      'no candidate data',
      'baseline: window shorter than one sub-window (60s)',
      'candidate: no denominator events',
      'both windows are 0',
      'query warning: limit',
    ]);
  });
  it('withNotes puts the notes where the findings were: last, as the document has them, the findings kept after', () => {
    const judged = { id: 'm', verdict: 'inconclusive', findings: notes.slice(0, 1) } as unknown as JudgedMetric;
    const m = withNotes(judged);
    expect(Object.keys(m)).toEqual(['id', 'verdict', 'notes', 'findings']);
    expect(m.notes).toEqual(['no candidate data']);
    expect(m.findings).toEqual(notes.slice(0, 1));
  });
  it('withNotes says the evidence in its place among the keys', () => {
    const evidence: EvidenceFinding = { code: 'mann-whitney', pValue: 0.01, u: 12, baseline: 6, candidate: 6 };
    const judged = { id: 'm', evidence, verdict: 'pass', findings: [] } as unknown as JudgedMetric;
    const m = withNotes(judged);
    expect(Object.keys(m)).toEqual(['id', 'evidence', 'verdict', 'notes', 'findings']);
    expect(m.evidence).toEqual({
      test: 'two-sided Mann-Whitney U on 5-minute values',
      pValue: 0.01,
      detail: 'U=12, 6 vs 6 windows',
      finding: evidence,
    });
    expect(withNotes({ ...judged, evidence: null }).evidence).toBeNull();
  });
  it('summaryInWords: the judge’s summary with the headline said, in the document’s order', () => {
    const s = summaryInWords([{ id: 'm', verdict: 'pass', drift: 0, notes: [] } as unknown as MetricComparison]);
    expect(Object.keys(s)).toEqual([
      'verdict',
      'headline',
      'finding',
      'regressions',
      'improvements',
      'inconclusive',
      'maxDrift',
    ]);
    expect(s.headline).toBe('No metric drifted beyond tolerance (1 metric compared).');
    expect(s.finding).toEqual({ code: 'pass', judged: 1 });
  });
});
