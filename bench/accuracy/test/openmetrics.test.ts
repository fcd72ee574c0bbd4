import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BLOCK_SECONDS, type FamilyData, writeFamilies } from '../src/worlds/openmetrics.js';

const dir = mkdtempSync(join(tmpdir(), 'dg-om-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('worlds OpenMetrics writer', () => {
  it('writes one file per 2 h block, every family header in each, histogram samples grouped per timestamp', () => {
    const start = 10 * BLOCK_SECONDS - 60;
    const fams: FamilyData[] = [
      {
        name: 'cpu_utilization',
        type: 'gauge',
        help: 'CPU.',
        series: [
          {
            kind: 'scalar',
            name: 'cpu_utilization',
            labels: 'service="a"',
            grid: { start, step: 30, offset: 1.5 },
            values: Float64Array.from([1, Number.NaN, 3, 4]),
          },
        ],
      },
      {
        name: 'lat',
        type: 'histogram',
        help: 'Latency.',
        unit: 'seconds',
        series: [
          {
            kind: 'histogram',
            labels: 'service="a"',
            grid: { start, step: 60, offset: 0 },
            les: ['0.1', '+Inf'],
            buckets: [Float64Array.from([1, 2]), Float64Array.from([2, 5])],
            count: Float64Array.from([2, 5]),
            sum: Float64Array.from([0.15, 0.5]),
          },
        ],
      },
    ];
    const files = writeFamilies(fams, dir, 't');
    expect(files).toHaveLength(2);
    const [a, b] = files.map((f) => readFileSync(f.path, 'utf8'));
    expect(a).toBe(
      [
        '# HELP cpu_utilization CPU.',
        '# TYPE cpu_utilization gauge',
        `cpu_utilization{service="a"} 1 ${start + 1}.500`,
        '# HELP lat Latency.',
        '# TYPE lat histogram',
        '# UNIT lat seconds',
        `lat_bucket{service="a",le="0.1"} 1 ${start}.000`,
        `lat_bucket{service="a",le="+Inf"} 2 ${start}.000`,
        `lat_count{service="a"} 2 ${start}.000`,
        `lat_sum{service="a"} 0.15 ${start}.000`,
        '# EOF',
        '',
      ].join('\n'),
    );
    expect(b).toContain(
      `cpu_utilization{service="a"} 3 ${start + 61}.500\ncpu_utilization{service="a"} 4 ${start + 91}.500\n`,
    );
    expect(b).toContain(`lat_count{service="a"} 5 ${start + 60}.000\n`);
    expect(b.match(/# TYPE/g)).toHaveLength(2);
    expect(b.endsWith('# EOF\n')).toBe(true);
    // Twelve blocks per file: one file, the same samples.
    const [one, ...more] = writeFamilies(fams, join(dir, 'day'), 't', 12).map((f) => readFileSync(f.path, 'utf8'));
    expect(more).toHaveLength(0);
    expect(one!.match(/# TYPE/g)).toHaveLength(2);
    expect(one!.split('\n').filter((l) => /^cpu|^lat_count/.test(l))).toHaveLength(5);
  });
});
