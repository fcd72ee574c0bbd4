/**
 * Null calibration: does the uncertainty each judge claims cover how much unchanged releases actually move?
 *
 * On every unchanged release, each judged metric's change L = ln(1 + drift) is read against the judge's own
 * standard error as a test of "no change": p = 2 P(|T| > |L| / se), T on the judge's own reference distribution
 * (Student t on its degrees of freedom for `drift-interval`, the normal for `newey-west`). Were the claimed
 * uncertainty right, p would be uniform: 1% of unchanged comparisons below 0.01, 0.1% below 0.001. A share far
 * above that is a standard error too small for the data; such a judge looks powerful on regressions and keeps its
 * false alarms down only through its margin (a test against the tolerance rather than against no change) and
 * loses them as soon as unchanged releases move by the tolerance. Far below: a standard error too large,
 * detections given away. Pure: no I/O.
 */
import { normalCdf, tCdf } from '@driftgate/shared/stats';
import type { ScenarioResult } from './score.js';

/** The levels the table reads, with their nominal shares. */
export const NULL_LEVELS = [0.01, 0.001] as const;

export interface NullCalibrationRow {
  method: string;
  /** A metric id, or `all` for every metric together. */
  metric: string;
  /** Unchanged comparisons with a change and a standard error. */
  n: number;
  /** Share of them with p below each of NULL_LEVELS. */
  below: number[];
}

/** Two-sided p-value of "no change" for a change L with standard error se, on t(df) (normal when df is absent). */
export function noChangeP(logRatio: number, se: number, df?: number): number {
  const z = Math.abs(logRatio) / se;
  const upper = df !== undefined && Number.isFinite(df) ? 1 - tCdf(z, df) : 1 - normalCdf(z);
  return Math.min(1, 2 * upper);
}

/** The rows per method and metric (and `all`), over the unchanged scenarios of `scenarios`. */
export function nullCalibration(scenarios: ScenarioResult[], methods: string[]): NullCalibrationRow[] {
  const rows: NullCalibrationRow[] = [];
  for (const method of methods) {
    const byMetric = new Map<string, number[]>();
    for (const s of scenarios) {
      if (s.truth.category !== 'unchanged') continue;
      for (const m of s.results[method]?.metrics ?? []) {
        if (m.drift === null || !(m.drift > -1) || !(m.se !== undefined && m.se > 0)) continue;
        const p = noChangeP(Math.log1p(m.drift), m.se, m.df);
        byMetric.set(m.id, [...(byMetric.get(m.id) ?? []), p]);
      }
    }
    const row = (metric: string, ps: number[]): NullCalibrationRow => ({
      method,
      metric,
      n: ps.length,
      below: NULL_LEVELS.map((a) => (ps.length ? ps.filter((p) => p < a).length / ps.length : 0)),
    });
    for (const metric of [...byMetric.keys()].sort()) rows.push(row(metric, byMetric.get(metric) as number[]));
    rows.push(row('all', [...byMetric.values()].flat()));
  }
  return rows;
}

/** Markdown: one line per metric, for each method the share below 0.01 and below 0.001 (nominal 1%, 0.1%). */
export function nullCalibrationTable(rows: NullCalibrationRow[]): string | null {
  const methods = [...new Set(rows.map((r) => r.method))];
  const metrics = [...new Set(rows.map((r) => r.metric))].sort((a, b) =>
    a === 'all' ? 1 : b === 'all' ? -1 : a.localeCompare(b),
  );
  if (!rows.some((r) => r.n > 0)) return null;
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  const head = `| metric | ${methods.map((m) => `\`${m}\` p < 0.01 / < 0.001`).join(' | ')} |`;
  const lines = metrics.map((metric) => {
    const cells = methods.map((method) => {
      const r = rows.find((x) => x.method === method && x.metric === metric);
      return r?.n ? `${pct(r.below[0] as number)} / ${pct(r.below[1] as number)} (${r.n})` : '—';
    });
    return `| ${metric === 'all' ? '**all**' : metric} | ${cells.join(' | ')} |`;
  });
  return [
    head,
    `|---|${methods.map(() => '---:').join('|')}|`,
    ...lines,
    `| _nominal_ | ${methods.map(() => '1.0% / 0.1%').join(' | ')} |`,
  ].join('\n');
}
