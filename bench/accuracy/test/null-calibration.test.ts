import { describe, expect, it } from 'vitest';
import { noChangeP, nullCalibration, nullCalibrationTable } from '../src/null-calibration.js';
import { renderMarkdown } from '../src/report.js';
import { fromComparison, type RunResult, type ScenarioResult, summarize } from '../src/score.js';
import { truth } from './truth.js';

/** A run whose metrics moved by these log ratios, each with the standard error (and df) its judge claims. */
function run(metrics: Record<string, [logRatio: number, se: number, df?: number]>): RunResult {
  return {
    verdict: 'pass',
    regressions: [],
    metrics: Object.entries(metrics).map(([id, [l, se, df]]) => ({
      id,
      verdict: 'pass',
      drift: Math.expm1(l),
      se,
      ...(df !== undefined ? { df } : {}),
    })),
  };
}

describe('null calibration', () => {
  it('reads a change against the claimed standard error on the judge’s own distribution', () => {
    // |z| = 2.576 is p = 0.01 on the normal; on t with 5 df the same z is far more likely.
    expect(noChangeP(0.02576, 0.01)).toBeCloseTo(0.01, 4);
    expect(noChangeP(-0.02576, 0.01)).toBeCloseTo(0.01, 4);
    expect(noChangeP(0.02576, 0.01, 5)).toBeCloseTo(0.0497, 3);
    expect(noChangeP(0.02576, 0.01, Number.POSITIVE_INFINITY)).toBeCloseTo(0.01, 4);
  });

  // Four unchanged releases: `honest` claims a standard error that covers each change, `narrow` a tenth of it.
  // A regression is left out: the table is about releases that did not change.
  const changes = [0.01, -0.02, 0.005, 0.03];
  const rows: ScenarioResult[] = [
    ...changes.map((l) => ({
      truth: truth(),
      results: { honest: run({ cpu: [l, 0.02, 30], memory: [l / 2, 0.02, 30] }), narrow: run({ cpu: [l, 0.002] }) },
    })),
    {
      truth: truth({ category: 'regression', metric: 'cpu', size: 0.6, sizeLabel: '60%' }),
      results: { honest: run({ cpu: [0.47, 0.02, 30] }), narrow: run({ cpu: [0.47, 0.002] }) },
    },
  ];

  it('counts, per method and metric, the unchanged comparisons below 0.01 and 0.001', () => {
    const table = nullCalibration(rows, ['honest', 'narrow']);
    const get = (method: string, metric: string) => table.find((r) => r.method === method && r.metric === metric);
    expect(get('honest', 'cpu')).toMatchObject({ n: 4, below: [0, 0] });
    expect(get('honest', 'all')).toMatchObject({ n: 8, below: [0, 0] });
    // narrow: |z| = 5, 10, 2.5, 15 -> three below 0.01 (2.5 is p 0.012), three below 0.001.
    expect(get('narrow', 'cpu')).toMatchObject({ n: 4, below: [0.75, 0.75] });
    expect(get('narrow', 'memory')).toBeUndefined();
  });

  it('leaves out metrics without a standard error, and has no table without any', () => {
    const bare: ScenarioResult[] = [
      {
        truth: truth(),
        results: { m: { verdict: 'pass', regressions: [], metrics: [{ id: 'cpu', verdict: 'pass', drift: 0.1 }] } },
      },
    ];
    expect(nullCalibration(bare, ['m'])).toEqual([{ method: 'm', metric: 'all', n: 0, below: [0, 0] }]);
    expect(nullCalibrationTable(nullCalibration(bare, ['m']))).toBeNull();
  });

  it('reads se and df from perf-comparison.json and prints the section in the world report', () => {
    const r = fromComparison({
      verdict: 'pass',
      regressions: [],
      metrics: [
        {
          id: 'cpu',
          verdict: 'pass',
          drift: 0.01,
          evidence: { pValue: 1, finding: { code: 't-test', se: 0.03, df: 12 } },
        },
      ],
    });
    expect(r.metrics[0]).toMatchObject({ se: 0.03, df: 12 });
    const md = renderMarkdown(
      {
        seed: 1,
        set: 'full',
        scenarios: rows.length,
        counts: { unchanged: 4, regression: 1 },
        end: 0,
        scrapeInterval: 30,
        timings: {},
        data: { files: 0, bytes: 0 },
        exitCodeMismatches: 0,
        notes: [],
      },
      [summarize('honest', rows), summarize('narrow', rows)],
      [],
      undefined,
      nullCalibration(rows, ['honest', 'narrow']),
    );
    expect(md).toContain('## Null calibration');
    expect(md).toContain('| cpu | 0.0% / 0.0% (4) | 75.0% / 75.0% (4) |');
    expect(md).toContain('| _nominal_ | 1.0% / 0.1% | 1.0% / 0.1% |');
  });
});
