import { describe, expect, it } from 'vitest';
import { excludesNoChange, nullCalibration, nullCalibrationTable } from '../src/null-calibration.js';
import { renderMarkdown } from '../src/report.js';
import { fromComparison, type RunResult, type ScenarioResult, summarize } from '../src/score.js';
import { truth } from './truth.js';

type Metric = RunResult['metrics'][number];

/** A metric of an interval judge: drift and its bounds, adjusted for `m` metrics. */
const bounded = (id: string, drift: number, low: number | null, high: number | null, m = 10): Metric => ({
  id,
  verdict: 'pass',
  drift,
  interval: { low, high },
  comparisons: m,
});

/** A metric of a standard-error judge: the log ratio and its claimed se, adjusted for `m` metrics. */
const withSe = (id: string, logRatio: number, se: number, m = 10): Metric => ({
  id,
  verdict: 'pass',
  drift: Math.expm1(logRatio),
  se,
  comparisons: m,
});

const run = (metrics: Metric[]): RunResult => ({ verdict: 'pass', regressions: [], metrics, confidence: 0.95 });

describe('null calibration', () => {
  it('reads an interval judge by its bounds and a standard-error judge by its normal quantile at 1 - alpha/m', () => {
    // alpha 0.05 over 10 metrics: 0.005 per side, z = 2.5758; chance of excluding no change 2 x 0.005.
    const read = excludesNoChange(bounded('cpu', 0.1, 0.02, 0.2), 0.95);
    expect(read?.crossed).toBe(true);
    expect(read?.nominal).toBeCloseTo(0.01, 12);
    expect(excludesNoChange(bounded('cpu', -0.1, -0.2, -0.01), 0.95)?.crossed).toBe(true);
    expect(excludesNoChange(bounded('cpu', 0.1, -0.01, null), 0.95)?.crossed).toBe(false);
    expect(excludesNoChange(withSe('cpu', 0.026, 0.01), 0.95)?.crossed).toBe(true);
    expect(excludesNoChange(withSe('cpu', -0.025, 0.01), 0.95)?.crossed).toBe(false);
    // Nothing to read: no adjustment count, no bounds and no se, no drift.
    expect(excludesNoChange({ id: 'cpu', verdict: 'pass', drift: 0.1, se: 0.01 }, 0.95)).toBeNull();
    expect(excludesNoChange({ id: 'cpu', verdict: 'pass', drift: 0.1, comparisons: 9 }, 0.95)).toBeNull();
    expect(excludesNoChange({ ...withSe('cpu', 0.1, 0.01), drift: null }, 0.95)).toBeNull();
  });

  // Four unchanged releases: `honest` claims bounds that cover each change, `narrow` a standard error of a tenth
  // of it. The regression is left out: the table is about releases that did not change.
  const changes = [0.01, -0.02, 0.005, 0.03];
  const rows: ScenarioResult[] = [
    ...changes.map((l) => ({
      truth: truth(),
      results: {
        honest: run([bounded('cpu', l, l - 0.05, l + 0.05), bounded('memory', l, l - 0.05, l + 0.05)]),
        narrow: run([withSe('cpu', l, 0.002)]),
      },
    })),
    {
      truth: truth({ category: 'regression', metric: 'cpu', size: 0.6, sizeLabel: '60%' }),
      results: { honest: run([bounded('cpu', 0.6, 0.4, 0.8)]), narrow: run([withSe('cpu', 0.47, 0.002)]) },
    },
  ];

  it('counts, per method and metric, the unchanged comparisons that excluded no change, and their chance', () => {
    const table = nullCalibration(rows, ['honest', 'narrow']);
    const get = (method: string, metric: string) => table.find((r) => r.method === method && r.metric === metric);
    expect(get('honest', 'cpu')).toMatchObject({ n: 4, crossed: 0 });
    expect(get('honest', 'all')?.n).toBe(8);
    expect(get('honest', 'all')?.nominal).toBeCloseTo(0.08, 10);
    // narrow: |z| = 5, 10, 2.5, 15 against 2.576: three of four.
    expect(get('narrow', 'cpu')).toMatchObject({ n: 4, crossed: 3 });
    expect(get('narrow', 'memory')).toBeUndefined();
  });

  it('has no table when nothing could be read', () => {
    const bare: ScenarioResult[] = [
      { truth: truth(), results: { m: run([{ id: 'cpu', verdict: 'pass', drift: 0.1 }]) } },
    ];
    expect(nullCalibration(bare, ['m'])).toEqual([{ method: 'm', metric: 'all', n: 0, crossed: 0, nominal: 0 }]);
    expect(nullCalibrationTable(nullCalibration(bare, ['m']))).toBeNull();
  });

  it('reads bounds, se, comparisons and confidence from perf-comparison.json and prints the world report section', () => {
    const r = fromComparison({
      verdict: 'pass',
      regressions: [],
      method: { name: 'drift-interval', confidence: 0.9 },
      metrics: [
        {
          id: 'cpu',
          verdict: 'pass',
          drift: 0.01,
          interval: { low: -0.05, high: null },
          evidence: { pValue: 1, finding: { code: 't-test', se: 0.03, df: 12, comparisons: 7 } },
        },
      ],
    });
    expect(r.confidence).toBe(0.9);
    expect(r.metrics[0]).toMatchObject({ interval: { low: -0.05, high: null }, se: 0.03, comparisons: 7 });
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
    expect(md).toContain('| cpu | 0/4 (0.0×) | 3/4 (75.0×) |');
    expect(md).toContain('| memory | 0/4 (0.0×) | — |');
    // A method with nothing to read has no column.
    const only = nullCalibrationTable(nullCalibration(rows, ['honest', 'blind']));
    expect(only?.split('\n')[0]).toBe('| metric | `honest`: no change excluded (× chance) |');
  });
});
