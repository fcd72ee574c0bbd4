/** The rules engine is pure: feed it hand-made ticks and check what it decides and when. */

import { describe, expect, it } from 'vitest';
import { resolveBakeSettings } from '../../src/core/bake/bake-settings.js';
import { BakeRules, confirmsDrift, type MetricTick, type TickEvaluation } from '../../src/core/bake/rules.js';
import { BUILTIN_CATALOG } from '../../src/core/model/catalog.js';
import { headline, ruleMessage, unjudgedReason } from '../../src/core/report/prose.js';
import { criticalList } from '../../src/flows/bake/verify-settings.js';

const S = 1_796_000_000;
const settings = resolveBakeSettings({}, {}, [...BUILTIN_CATALOG], 60);

function metric(id: string, over: Partial<MetricTick> = {}): MetricTick {
  const def = BUILTIN_CATALOG.find((m) => m.id === id)!;
  const baseline = over.baseline === undefined ? 0.1 : over.baseline;
  const value = over.value === undefined ? 0.1 : over.value;
  return {
    id,
    unit: def.unit,
    worse: def.worse,
    applicable: true,
    value,
    events: 1000,
    sufficient: true,
    baseline,
    ratio: value !== null && baseline ? value / baseline : null,
    slo: def.slo ?? null,
    sloMet: def.slo && value !== null ? (def.slo.op === '<=' ? value <= def.slo.value : value < def.slo.value) : null,
    baselineSloMet: true,
    drift: null,
    ...over,
  };
}

function tick(k: number, metrics: MetricTick[]): TickEvaluation {
  const at = S + 60 * k;
  return {
    at,
    bakeStart: S,
    interval: { start: at - 60, end: at },
    judgeWindow: k >= 5 ? { start: at - 300, end: at } : null,
    metrics,
    notes: [],
  };
}

/** p95 read at `f` x baseline per minute (null = no data), starting at tick 1. */
/** A tick without data in its interval. */
const gap = { code: 'gap' as const, points: 0, expected: 1 };

function runRatio(factors: Array<number | null>) {
  const rules = new BakeRules(settings);
  factors.forEach((f, i) => {
    rules.observe(
      tick(i + 1, [
        metric('latency_p95_read', f === null ? { value: null, sufficient: false, why: gap } : { value: 0.1 * f }),
      ]),
    );
  });
  return rules;
}

describe('ratio rule (p95 > 1.5x baseline for 10 min)', () => {
  it('fires on the 10th consecutive breaching minute, with detection at the first', () => {
    const rules = runRatio([1, 1, 1.8, 1.8, 1.8, 1.8, 1.8, 1.8, 1.8, 1.8, 1.8, 1.8, 1.8]);
    const c = rules.conclude();
    expect(c.verdict).toBe('rollback');
    expect(c.firstDetectionAt).toBe(S + 180);
    expect(c.decidedAt).toBe(S + 60 * 12);
    expect(rules.events.filter((e) => e.type === 'fired')).toHaveLength(1);
  });
  it('does not fire on a slow minute, nor on 9 minutes', () => {
    expect(runRatio([1, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]).conclude().verdict).toBe('pass');
    expect(runRatio([1.8, 1.8, 1.8, 1.8, 1.8, 1.8, 1.8, 1.8, 1.8, 1.2, 1.8, 1.8]).conclude().verdict).toBe('pass');
  });
  it('never counts a tick without enough data as breaching', () => {
    const rules = runRatio(Array.from({ length: 30 }, () => null));
    expect(rules.conclude().verdict).toBe('inconclusive');
    expect(rules.events).toHaveLength(0);
  });
  it('keeps a streak through a short scrape gap without postponing the decision, but resets on a long one', () => {
    const short = runRatio([1.8, 1.8, 1.8, null, 1.8, 1.8, 1.8, 1.8, 1.8, 1.8, 1.8]).conclude();
    expect(short.verdict).toBe('rollback');
    expect(short.decidedAt).toBe(S + 600);
    const long = runRatio([1.8, 1.8, 1.8, null, null, null, 1.8, 1.8, 1.8, 1.8, 1.8, 1.8, 1.8, 1.8, 1, 1, 1, 1, 1, 1]);
    expect(long.conclude().verdict).toBe('pass');
    const reset = long.events.find((e) => e.type === 'cleared')!.finding;
    expect(reset).toEqual({ code: 'streak-reset', gapSeconds: 180, reason: gap });
    expect(ruleMessage(reset)).toMatch(
      /streak reset: no breaching tick for 180s \(0 of 1 sub-windows have data \(scrape gap or no traffic\)\)/,
    );
  });
  it('needs 80% of the streak observed: mostly-missing data cannot roll back', () => {
    const c = runRatio([1.8, null, null, 1.8, null, null, 1.8, null, null, 1.8, 1.8]).conclude();
    expect(c.verdict).not.toBe('rollback');
  });
  it('takes a marginal minute (1.25x-1.5x) for neither a breach nor a recovery (hysteresis)', () => {
    const c = runRatio([1.8, 1.45, 1.7, 1.8, 1.4, 1.8, 1.8, 1.8, 1.8, 1.8, 1.8]).conclude();
    expect(c.verdict).toBe('rollback');
    expect(c.decidedAt).toBe(S + 600);
    // A minute back under 1.25x is a recovery: the streak starts over, so 8 more minutes are not enough.
    expect(runRatio([1.8, 1.8, 1.2, 1.8, 1.8, 1.8, 1.8, 1.8, 1.8, 1.8, 1.8]).conclude().verdict).toBe('pass');
  });
});

describe('SLO rule', () => {
  const run = (baselineSloMet: boolean, baselineBreached: 'report' | 'rollback' = 'report') => {
    const s = resolveBakeSettings({ slo: { baseline_breached: baselineBreached } }, {}, [...BUILTIN_CATALOG], 60);
    const rules = new BakeRules(s);
    for (let k = 1; k <= 8; k++) {
      rules.observe(
        tick(k, [
          metric('latency_p95_read'),
          metric('error_rate', { value: k >= 2 ? 0.02 : 0.001, baseline: 0.001, baselineSloMet }),
        ]),
      );
    }
    return rules.conclude();
  };
  it('rolls back after 5 breaching minutes when the baseline met the SLO', () => {
    const c = run(true);
    expect(c.verdict).toBe('rollback');
    expect(c.decidedAt).toBe(S + 60 * 6);
    expect(c.fired[0]).toMatchObject({ rule: 'slo', metric: 'error_rate', action: 'rollback' });
    // The breach's `since` is the headline's first detection (the first breaching tick at +2m), not the start
    // of that tick's interval (+1m).
    expect(c.firstDetectionAt).toBe(S + 60 * 2);
    expect(c.sloBreaches).toEqual([
      expect.objectContaining({ metric: 'error_rate', kind: 'new', since: S + 60 * 2, at: S + 60 * 6 }),
    ]);
  });
  it('rolls back a standing breach the release made clearly worse (20x the baseline), or when configured', () => {
    const c = run(false);
    expect(c.verdict).toBe('rollback');
    expect(c.fired.map((f) => f.action)).toEqual(['report', 'rollback']);
    expect(c.sloBreaches).toEqual([
      expect.objectContaining({ metric: 'error_rate', kind: 'standing', action: 'rollback' }),
    ]);
    expect(run(false, 'rollback').verdict).toBe('rollback');
  });
  it('passes an unchanged release with a standing breach (the baseline violated the SLO too), listing it', () => {
    const rules = new BakeRules(settings);
    for (let k = 1; k <= 30; k++) {
      rules.observe(
        tick(k, [
          metric('latency_p95_read', { value: 0.4, baseline: 0.38, baselineSloMet: false }),
          metric('error_rate', { value: 0.001, baseline: 0.001 }),
        ]),
      );
    }
    const c = rules.conclude();
    expect(c.verdict).toBe('pass');
    expect(c.firstDetectionAt).toBeNull();
    expect(c.sloBreaches).toEqual([
      expect.objectContaining({ metric: 'latency_p95_read', kind: 'standing', action: 'report', since: S + 60 }),
    ]);
    expect(c.summary).toMatchObject({
      code: 'pass',
      standing: [{ metric: 'latency_p95_read', value: 0.4, objective: '<= 0.3', baseline: 0.38 }],
    });
    expect(headline(c.summary)).toMatch(
      /Standing SLO breach .*latency_p95_read 0.4 \(objective <= 0.3, baseline 0.38\)/,
    );
  });
});

describe('sustained evidence, detection, critical metrics', () => {
  const errors = metric('error_rate', { value: 0.001, baseline: 0.001 });
  it('does not roll back a x1.35 drift that crosses 1.5x now and then (needs 80% of the last 10 minutes)', () => {
    const f = Array.from({ length: 30 }, (_, i) => (i % 3 === 0 ? 1.55 : 1.35));
    expect(runRatio(f).conclude().verdict).toBe('pass');
  });
  it('fires only when the whole sustained window, pooled, breaches too', () => {
    const run = (pooledRatio: number) => {
      const rules = new BakeRules(settings);
      for (let k = 1; k <= 12; k++) {
        const sustained =
          k >= 10 ? { 600: { value: 0.1 * pooledRatio, ratio: pooledRatio, sloMet: true, sufficient: true } } : {};
        rules.observe(tick(k, [metric('latency_p95_read', { value: 0.16, sustained }), errors]));
      }
      return rules.conclude();
    };
    expect(run(1.45).verdict).toBe('pass'); // every minute 1.6x, but the 10 minutes pooled only 1.45x
    expect(run(1.6).verdict).toBe('rollback');
    expect(run(1.6).decidedAt).toBe(S + 600);
  });
  it('does not roll back a service at its SLO for noise: a new breach must be worse than the baseline by 10%', () => {
    const run = (value: number) => {
      const rules = new BakeRules(settings);
      for (let k = 1; k <= 10; k++)
        rules.observe(tick(k, [metric('latency_p95_read', { value, baseline: 0.29 }), errors]));
      return rules.conclude();
    };
    expect(run(0.31).verdict).toBe('pass'); // 1.07x the baseline: the release did not move it
    expect(run(0.34).verdict).toBe('rollback'); // 1.17x and past the SLO
    expect(run(0.34).sloBreaches).toEqual([expect.objectContaining({ kind: 'new', metric: 'latency_p95_read' })]);
  });
  it('asks a pooled window to last its extra span too: a 5-minute pool needs 14 minutes', () => {
    const rules = new BakeRules(settings);
    for (let k = 1; k <= 20; k++)
      rules.observe(tick(k, [metric('latency_p95_read', { value: 0.18, span: 300 }), errors]));
    expect(rules.conclude().decidedAt).toBe(S + 60 * 14);
  });
  it('a cleared breach takes its detection with it: a spike before a pass reports no detection', () => {
    const c = runRatio([1, 1, 1.8, 1.8, 1.8, 1, 1, 1, 1, 1, 1, 1]).conclude();
    expect(c.verdict).toBe('pass');
    expect(c.firstDetectionAt).toBeNull();
  });
  it('a thin non-critical metric is listed, a thin critical one makes the bake inconclusive', () => {
    const few = { code: 'too-few-events' as const, events: 150, need: 200 };
    const thin = { value: null, sufficient: false, present: true, why: few };
    const rules = new BakeRules(settings);
    for (let k = 1; k <= 30; k++)
      rules.observe(tick(k, [metric('latency_p95_read'), metric('latency_p95_write', thin), errors]));
    const c = rules.conclude();
    expect(c.verdict).toBe('pass');
    expect(c.inconclusive).toEqual([
      { metric: 'latency_p95_write', critical: false, finding: { code: 'too-few-events', last: few } },
    ]);
    expect(unjudgedReason(c.inconclusive[0]!.finding)).toBe(
      'too few events even pooled over the whole bake (too few events: 150 (need 200))',
    );
    const crit = new BakeRules(resolveBakeSettings({ critical: ['latency_p95_write'] }, {}, [...BUILTIN_CATALOG], 60));
    for (let k = 1; k <= 30; k++) crit.observe(tick(k, [metric('latency_p95_write', thin)]));
    expect(crit.conclude().verdict).toBe('inconclusive');
    expect(crit.conclude().summary).toMatchObject({
      code: 'inconclusive',
      critical: [{ metric: 'latency_p95_write' }],
    });
    expect(headline(crit.conclude().summary)).toMatch(/critical metric could not be judged: latency_p95_write/);
  });
});

describe('drift rule (tickets)', () => {
  const drifted = (verdict: 'regression' | 'pass') => ({
    verdict,
    drift: verdict === 'regression' ? 0.25 : 0.02,
    interval: null,
    tolerance: 0.1,
    findings: [],
  });
  const run = (verdicts: Array<'regression' | 'pass'>) => {
    const rules = new BakeRules(settings);
    verdicts.forEach((v, i) => {
      const k = i + 1;
      rules.observe(tick(k, [metric('latency_p95_read', { drift: k >= 5 ? drifted(v) : null })]));
    });
    return rules;
  };
  it('opens a ticket after 3 consecutive tumbling 5-minute windows beyond tolerance', () => {
    const rules = run(Array.from({ length: 30 }, () => 'regression'));
    const c = rules.conclude();
    expect(c.verdict).toBe('ticket');
    // Windows (5m,10m], (10m,15m], (15m,20m]: the first 5 minutes are warm-up.
    expect(c.decidedAt).toBe(S + 20 * 60);
    expect(c.fired).toEqual([expect.objectContaining({ rule: 'drift', action: 'ticket' })]);
  });
  it('ignores windows that are not consecutive', () => {
    const v = Array.from(
      { length: 30 },
      (_, i) => ((i + 1) % 10 === 0 ? 'pass' : 'regression') as 'regression' | 'pass',
    );
    expect(run(v).conclude().verdict).toBe('pass');
  });
  it('needs the union of the windows confirmed as a regression by the confirming judge', () => {
    const withConfirm = (verdict: 'pass' | 'regression') => {
      const rules = new BakeRules(settings);
      for (let k = 1; k <= 30; k++) {
        const confirm = { verdict, drift: 0.25, interval: { low: 0.06, high: 0.5, confidence: 0.95 } };
        rules.observe(
          tick(k, [metric('latency_p95_read', { drift: k >= 5 ? { ...drifted('regression'), confirm } : null })]),
        );
      }
      return rules.conclude().verdict;
    };
    expect(withConfirm('pass')).toBe('pass'); // three noisy windows, but the 15 minutes are no proven drift
    expect(withConfirm('regression')).toBe('ticket');
    expect(confirmsDrift({ verdict: 'inconclusive' })).toBe(false);
  });
});

describe('settings', () => {
  it('bounds the bake duration and checks critical metric ids', () => {
    expect(() => resolveBakeSettings({}, { durationSeconds: 25 * 3600 }, [...BUILTIN_CATALOG], 60)).toThrow(
      /Input "bake-duration" is 1d1h|Input "bake-duration" is 25h/,
    );
    expect(() =>
      resolveBakeSettings({}, { critical: criticalList('latency_p95_reed') }, [...BUILTIN_CATALOG], 60),
    ).toThrow(/Input "critical" lists "latency_p95_reed".*did you mean "latency_p95_read"/);
    expect(resolveBakeSettings({}, { critical: criticalList('none') }, [...BUILTIN_CATALOG], 60).critical).toEqual([]);
    expect(resolveBakeSettings({}, {}, [...BUILTIN_CATALOG], 60).critical).toEqual(['latency_p95_read', 'error_rate']);
  });
  it('validates ids and alignment with the names of keys and inputs', () => {
    expect(() =>
      resolveBakeSettings({ ratio: { metrics: ['latency_p95_reed'] } }, {}, [...BUILTIN_CATALOG], 60),
    ).toThrow(/did you mean "latency_p95_read"/);
    expect(() => resolveBakeSettings({}, { intervalSeconds: 90 }, [...BUILTIN_CATALOG], 60)).toThrow(
      /Input "interval" is 1m30s: .*multiple of the collection resolution/,
    );
    expect(() => resolveBakeSettings({}, { windowSeconds: 150 }, [...BUILTIN_CATALOG], 60)).toThrow(/Input "window"/);
    expect(() => resolveBakeSettings({ slo: { metrics: ['cost_rate'] } }, {}, [...BUILTIN_CATALOG], 60)).toThrow(
      /has no SLO/,
    );
  });
  it('names where a value came from: the config file only when it sets the key, else the built-in default', () => {
    const catalog = [...BUILTIN_CATALOG];
    const where = (raw: Record<string, unknown>, file: string | null, o = {}) =>
      resolveBakeSettings(raw, { durationSeconds: 120, ...o }, catalog, 60, file).warnings?.[0];
    expect(where({}, null)).toMatchObject({ code: 'window-shrunk', where: 'bake.window (built-in default)' });
    expect(where({ interval: '60s' }, 'c.yml')).toMatchObject({ where: 'bake.window (built-in default)' });
    expect(where({ window: '5m' }, 'c.yml')).toMatchObject({ where: 'c.yml: bake.window' });
    expect(where({}, null, { windowSeconds: 300 })).toMatchObject({ where: 'Input "window"' });
    expect(where({}, null, { windowSeconds: 300, from: { window: "the recording's window" } })).toMatchObject({
      where: "the recording's window",
    });
    expect(() => resolveBakeSettings({}, { intervalSeconds: 120 }, catalog, 60, null)).toThrow(
      /^bake\.window \(built-in default\) is 5m: it must be a whole multiple of the interval \(2m\)/,
    );
    expect(() => resolveBakeSettings({}, { intervalSeconds: 180 }, catalog, 60, 'c.yml')).toThrow(
      /^bake\.window \(built-in default\) is 5m/,
    );
    expect(() =>
      resolveBakeSettings({ ratio: { for: '7m' } }, { intervalSeconds: 120, windowSeconds: 240 }, catalog, 60, 'c.yml'),
    ).toThrow(/^c\.yml: bake\.ratio\.for is 7m: it must be a whole multiple of the interval/);
  });
});
