import { describe, expect, it } from 'vitest';
import { headlineTable, worldTable } from '../src/report.js';
import {
  fromComparison,
  isScoredRegression,
  isShouldPass,
  type RunResult,
  type ScenarioResult,
  summarize,
  verdictOfExitCode,
} from '../src/score.js';
import { truth } from './truth.js';

function run(verdict: RunResult['verdict'], regressions: string[] = [], extra: Partial<RunResult> = {}): RunResult {
  return {
    verdict,
    regressions,
    metrics: regressions.map((id) => ({ id, verdict: 'regression', drift: 0.3 })),
    ...extra,
  };
}

describe('scoring', () => {
  it('classifies regression sizes', () => {
    expect(isScoredRegression(truth({ category: 'regression', metric: 'cpu', size: 0.2 }))).toBe(true);
    expect(isScoredRegression(truth({ category: 'regression', metric: 'cpu', size: 0.12 }))).toBe(false);
    expect(isScoredRegression(truth({ category: 'regression', metric: 'error_rate', size: 2 }))).toBe(true);
    expect(isShouldPass(truth({ category: 'regression', metric: 'cpu', size: 0.05 }))).toBe(true);
    expect(isScoredRegression(truth({ category: 'unchanged' }))).toBe(false);
  });

  it('counts false alarms, detections (on the injected metric only), inconclusives and errors', () => {
    const m = 'x';
    const rows: ScenarioResult[] = [
      { truth: truth({}), results: { [m]: run('pass', [], { wallMs: 100, requests: 20 }) } },
      { truth: truth({}), results: { [m]: run('fail', ['cpu'], { wallMs: 300, requests: 40 }) } },
      {
        truth: truth({ traffic: 'very-low' }),
        results: { [m]: run('inconclusive', [], { wallMs: 200, requests: 30 }) },
      },
      { truth: truth({ category: 'improvement' }), results: { [m]: run('waived') } },
      {
        truth: truth({ category: 'regression', metric: 'cpu', size: 0.35, sizeLabel: '35%' }),
        results: { [m]: run('fail', ['cpu']) },
      },
      {
        truth: truth({ category: 'regression', metric: 'memory', size: 0.2, sizeLabel: '20%' }),
        results: { [m]: run('fail', ['cpu']) },
      },
      {
        truth: truth({ category: 'regression', metric: 'error_rate', size: 3, sizeLabel: 'x3', traffic: 'very-low' }),
        results: { [m]: run('inconclusive') },
      },
      {
        truth: truth({ category: 'regression', metric: 'cpu', size: 0.05, sizeLabel: '5%' }),
        results: { [m]: run('fail', ['cpu']) },
      },
      {
        truth: truth({ category: 'regression', metric: 'cpu', size: 0.12, sizeLabel: '12%' }),
        results: { [m]: run('pass') },
      },
      { truth: truth({}), results: { [m]: run('error', [], { error: 'boom' }) } },
    ];
    const s = summarize(m, rows);
    expect(s.scenarios).toBe(10);
    expect(s.errors).toBe(1);
    expect(s.falseAlarms).toEqual({ n: 4, k: 1, rate: 0.25 });
    expect(s.falseAlarmsUnchanged).toEqual({ n: 3, k: 1, rate: 1 / 3 });
    expect(s.falseAlarmsImprovement).toEqual({ n: 1, k: 0, rate: 0 });
    expect(s.detection).toEqual({ n: 3, k: 1, rate: 1 / 3 });
    expect(s.detectionExclVeryLow).toEqual({ n: 2, k: 1, rate: 0.5 });
    // >= 35% / x3+: cpu 35% detected, error x3 inconclusive; 20%: memory failed on the wrong metric.
    expect(s.detection35).toEqual({ n: 2, k: 1, rate: 0.5 });
    expect(s.detection20).toEqual({ n: 1, k: 0, rate: 0 });
    expect(s.wrongMetric).toEqual({ n: 3, k: 1, rate: 1 / 3 });
    expect(s.shouldPassFail).toEqual({ n: 1, k: 1, rate: 1 });
    expect(s.detection12).toEqual({ n: 1, k: 0, rate: 0 });
    expect(s.inconclusive).toEqual({ n: 9, k: 2, rate: 2 / 9 });
    expect(s.inconclusiveExclVeryLow).toEqual({ n: 7, k: 0, rate: 0 });
    expect(s.detectionByMetricSize.cpu).toEqual({
      '35%': { n: 1, k: 1, rate: 1 },
      '5%': { n: 1, k: 1, rate: 1 },
      '12%': { n: 1, k: 0, rate: 0 },
    });
    expect(s.byStratum.traffic['very-low']!.inconclusive.rate).toBe(1);
    expect(s.falseRegressionsByMetric.cpu).toEqual({ n: 1, k: 1, rate: 1 });
    expect(s.medianWallMs).toBe(200);
    expect(s.medianRequests).toBe(30);
    expect(headlineTable([s])).toContain('25.0% (1/4)');
    const line = worldTable([{ world: 'ar1', seed: 9, description: '', summary: s }]).split('\n');
    expect(line[2]).toBe(
      '| ar1 (9) | 10 | 25.0% (1/4) ✗ | 33.3% (1/3) | 50.0% (1/2) ✗ | 0.0% (0/1) ✗ | 0.0% (0/7) ✓ | 0.20 s ✓ | 30 ✓ |',
    );
    expect(line[3]).toContain('≤ 2%');
  });

  it('reads perf-comparison.json and exit codes', () => {
    const r = fromComparison({
      verdict: 'fail',
      regressions: ['cpu'],
      source: { requests: 18 },
      metrics: [
        { id: 'cpu', verdict: 'regression', drift: 0.3 },
        { id: 'memory', verdict: 'pass', drift: null },
      ],
    });
    expect(r).toMatchObject({ verdict: 'fail', regressions: ['cpu'], requests: 18 });
    expect(r.metrics[1]).toEqual({ id: 'memory', verdict: 'pass', drift: null });
    expect(
      fromComparison({
        verdict: 'pass',
        metrics: [
          { id: 'a', source: { requests: 2 } },
          { id: 'b', source: { requests: 3 } },
        ],
      }).requests,
    ).toBe(5);
    expect(fromComparison({ verdict: 'weird' }).verdict).toBe('error');
    expect(verdictOfExitCode(0)).toBe('pass|waived');
    expect(verdictOfExitCode(1)).toBe('fail');
    expect(verdictOfExitCode(3)).toBe('inconclusive');
    expect(verdictOfExitCode(2)).toBe('error');
  });
});
