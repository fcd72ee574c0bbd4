import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Comparison } from '../../src/core/model/comparison.js';
import { renderMarkdown, SUMMARY_LIMIT_BYTES } from '../../src/core/report/markdown.js';
import { renderText } from '../../src/core/report/text.js';
import { runCompare } from '../../src/flows/compare/compare.js';

const demo = new URL('../../../cli/demo/compare-recording.json', import.meta.url).pathname;
let c: Comparison;
beforeAll(async () => {
  c = (await runCompare({ metricsFile: demo, outputDir: mkdtempSync(join(tmpdir(), 'dg-md-')) })).comparison;
});

describe('perf-comparison.md', () => {
  it('puts the verdict and the worst metric first, with a chart for the failing metric and the queries', () => {
    const md = renderMarkdown(c, { title: 'driftgate' });
    const rows = md.split('\n').filter((l) => /^\| (❌|⚠️|🟡|✅|🟢|➖) \|/.test(l));
    expect(rows).toHaveLength(c.metrics.length);
    expect(rows[0]).toMatch(/^\| ❌ \| p95 latency \(reads\)/);
    expect(md.indexOf('## ❌ driftgate: **fail**')).toBe(0);
    expect(md).toMatch(/```mermaid\nxychart-beta\n {2}title "p95 latency \(reads\) per 5 minutes"/);
    expect(md).toContain('<details><summary>Resolved queries</summary>');
    expect(md).toContain(
      'sum by (le) (rate(http_request_duration_seconds_bucket{service="checkout-api",env="prod",version="v1.42.0",method=~"GET|HEAD"}[1m15s]))',
    );
  });

  it('names the passing metrics that were too noisy to see twice the tolerance', () => {
    const md = renderMarkdown(c);
    const line = md.split('\n').find((l) => l.startsWith('⚠️ Too noisy'));
    // Demo: error_rate (a few hundred errors per window) and queue_age could not see +20%; cpu could.
    // ...and how much longer the windows would have to be (the 3% between-window term leaves little room).
    expect(line).toMatch(/`error_rate` \(would detect \+\d+% or more; windows \d+× as long would see \+20%\)/);
    // queue_age: no window up to a day long would see +20% (issue 21: no "windows 2071× as long"); its notes say
    // it cannot be judged in these windows.
    expect(line).toMatch(/`queue_age` \(would detect only drifts beyond \+1000%\)/);
    const queue = c.metrics.find((m) => m.id === 'queue_age')!;
    expect(queue.windowFactor).toBeUndefined();
    expect(queue.notes.join(' ')).toMatch(
      /cannot be judged in 1h windows: only drifts beyond \+1000% would be detected/,
    );
    expect(line).not.toContain('cpu');
    expect(line).not.toContain('latency_p95_read'); // the regression itself is not listed
  });

  it('stays under the job summary limit by dropping charts, then queries', () => {
    const huge: Comparison = {
      ...c,
      metrics: c.metrics.map((m) => ({
        ...m,
        verdict: 'regression',
        queries: { baseline: ['x'.repeat(30_000)], candidate: ['y'.repeat(30_000)] },
        baseline: { ...m.baseline, series: Array.from({ length: 20_000 }, (_, i) => [i, i] as [number, number]) },
        candidate: { ...m.candidate, series: Array.from({ length: 20_000 }, (_, i) => [i, i] as [number, number]) },
      })),
    };
    const md = renderMarkdown(huge);
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES);
    expect(md).not.toContain('xychart-beta');
    expect(md).toContain('| ❌ |');
  });

  it('prints the same table for terminals', () => {
    const text = renderText(c);
    expect(text.split('\n')[0]).toMatch(/^FAIL: Regression beyond tolerance: latency_p95_read/);
    // Each side: the judged value, after the raw one and the reason where incidents were left out.
    expect(text).toMatch(
      /latency_p95_read +(0\.\d+ s -> )?0\.\d+ s( trimmed)? +(0\.\d+ s -> )?0\.\d+ s( trimmed)? +\+\d+\.\d% .*REGRESSION/,
    );
    // The smallest drift each comparison could have detected (80% power), next to the interval.
    expect(text.split('\n')[3]).toMatch(/interval +detects +slo +verdict/);
    expect(text).toMatch(/\nmemory +.* >=\+\d+% /);
  });
});
