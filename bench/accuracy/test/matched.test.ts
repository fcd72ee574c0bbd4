import { describe, expect, it } from 'vitest';
import { referenceAtMatchedFalseAlarms } from '../src/matched.js';
import { worldTable } from '../src/report.js';
import { fromComparison, type RunResult, type ScenarioResult, summarize } from '../src/score.js';
import { truth } from './truth.js';

/** A run whose metrics report these adjusted p-values of the regression claim. */
function run(verdict: RunResult['verdict'], p: Record<string, number>, regressions: string[] = []): RunResult {
  return {
    verdict,
    regressions,
    metrics: Object.entries(p).map(([id, pValue]) => ({ id, verdict: 'pass', drift: 0, pValue })),
  };
}

describe('the reference at the default false-alarm count', () => {
  // Three unchanged releases: the default fails one; the reference's smallest p-values are 0.001, 0.02, 0.3.
  // Four regressions of cpu: the reference's p-values 0.0005, 0.004, 0.01, 0.04.
  const rows: ScenarioResult[] = [
    { truth: truth(), results: { d: run('fail', {}, ['cpu']), r: run('fail', { cpu: 0.001, memory: 0.5 }) } },
    { truth: truth(), results: { d: run('pass', {}), r: run('fail', { cpu: 0.3, memory: 0.02 }) } },
    { truth: truth(), results: { d: run('pass', {}), r: run('pass', { cpu: 0.3 }) } },
    ...[0.0005, 0.004, 0.01, 0.04].map((p, i) => ({
      truth: truth({
        category: 'regression',
        metric: 'cpu',
        size: i < 2 ? 0.6 : 0.2,
        sizeLabel: i < 2 ? '60%' : '20%',
      }),
      results: { d: run('pass', {}), r: run('fail', { cpu: p, memory: 0.9 }, ['cpu']) },
    })),
  ];

  it('judges the reference at the level where it calls as many false alarms as the default', () => {
    const m = referenceAtMatchedFalseAlarms(rows, 'd', 'r')!;
    // One false alarm allowed: the level is the second smallest benign p-value, 0.02; below it 0.001 counts.
    expect(m.level).toBe(0.02);
    expect(m.falseAlarms).toMatchObject({ k: 1, n: 3 });
    expect(m.detection).toMatchObject({ k: 3, n: 4 });
    expect(m.detection35).toMatchObject({ k: 2, n: 2 });
    expect(m.detection20).toMatchObject({ k: 1, n: 2 });
  });

  it('never above the level the gate runs at, and none without p-values', () => {
    const lenient = rows.map((s) => ({ ...s, results: { ...s.results, d: run('fail', {}, ['cpu']) } }));
    expect(referenceAtMatchedFalseAlarms(lenient, 'd', 'r')!.level).toBe(0.05);
    const blind = rows.map((s) => ({ ...s, results: { ...s.results, r: { ...s.results.r!, metrics: [] } } }));
    expect(referenceAtMatchedFalseAlarms(blind, 'd', 'r')).toBeNull();
  });

  it('reads the p-values from perf-comparison.json and prints its row under the reference', () => {
    const r = fromComparison({
      verdict: 'fail',
      regressions: ['cpu'],
      metrics: [{ id: 'cpu', verdict: 'regression', drift: 0.3, evidence: { pValue: 0.003 } }],
    });
    expect(r.metrics[0]?.pValue).toBe(0.003);
    const m = referenceAtMatchedFalseAlarms(rows, 'd', 'r')!;
    const lines = worldTable([
      {
        world: 'ar1',
        seed: 9,
        description: '',
        summary: summarize('d', rows),
        reference: summarize('r', rows),
        matched: m,
      },
    ]).split('\n');
    // The default detected none of the four: short of the reference's count (issue 21).
    expect(lines[2]).toContain('| 0.0% (0/4) ✗ |');
    expect(lines[lines.length - 1]).toContain('≥ the reference');
    expect(lines[4]).toBe(
      "|   `r` at the default's false alarms (level 0.020) |  | 33.3% (1/3) | 75.0% (3/4) | 100.0% (2/2) | 50.0% (1/2) |  |  |  |",
    );
  });
});
