/**
 * Null calibration: does the uncertainty each judge claims cover how much unchanged releases actually move?
 *
 * On every unchanged release, each judged metric is asked whether the judge's own bounds exclude "no change":
 * `drift-interval` — 0 lies outside its interval, whose two ends are its one-sided regression and improvement
 * bounds at alpha/m (each with its own side's uncertainty, a trend's allowance included); `newey-west` and any
 * method without an interval — |ln(1 + drift)| / se beyond the normal quantile at 1 - alpha/m, the first step of
 * its Holm procedure. Were the claimed uncertainty right, that happens in 2 alpha/m of the comparisons (about 1.1%
 * with nine metrics at alpha 0.05). Far above: a standard error too small for the data; such a judge looks
 * powerful on regressions and keeps its false alarms down only through its margin (a test against the tolerance
 * rather than against no change), and loses them as soon as unchanged releases move by the tolerance. Far
 * below: detections given away. Pure: no I/O.
 */
import { normalQuantile } from '@driftgate/shared/stats';
import type { RunResult, ScenarioResult } from './score.js';

export interface NullCalibrationRow {
  method: string;
  /** A metric id, or `all` for every metric together. */
  metric: string;
  /** Unchanged comparisons that could be read (a change and bounds or a standard error). */
  n: number;
  /** How many of them excluded "no change". */
  crossed: number;
  /** How many were expected to by chance: the sum of 2 alpha/m over them. */
  nominal: number;
}

type MetricResult = RunResult['metrics'][number];

/**
 * Whether the judge's bounds exclude no change, and the chance of that were its uncertainty right (2 alpha/m);
 * null when the result carries neither an interval nor a standard error with its number of comparisons.
 */
export function excludesNoChange(m: MetricResult, confidence: number): { crossed: boolean; nominal: number } | null {
  if (m.drift === null || !(m.drift > -1) || !(m.comparisons !== undefined && m.comparisons > 0)) return null;
  const perSide = (1 - confidence) / m.comparisons;
  if (m.interval) {
    const { low, high } = m.interval;
    return { crossed: (low !== null && low > 0) || (high !== null && high < 0), nominal: 2 * perSide };
  }
  if (m.se !== undefined && m.se > 0) {
    return { crossed: Math.abs(Math.log1p(m.drift)) / m.se > normalQuantile(1 - perSide), nominal: 2 * perSide };
  }
  return null;
}

/** The rows per method and metric (and `all`), over the unchanged scenarios of `scenarios`. */
export function nullCalibration(scenarios: ScenarioResult[], methods: string[]): NullCalibrationRow[] {
  const rows: NullCalibrationRow[] = [];
  for (const method of methods) {
    const byMetric = new Map<string, NullCalibrationRow>();
    const all: NullCalibrationRow = { method, metric: 'all', n: 0, crossed: 0, nominal: 0 };
    for (const s of scenarios) {
      const run = s.results[method];
      if (s.truth.category !== 'unchanged' || !run) continue;
      for (const m of run.metrics) {
        const read = excludesNoChange(m, run.confidence ?? 0.95);
        if (!read) continue;
        const row = byMetric.get(m.id) ?? { method, metric: m.id, n: 0, crossed: 0, nominal: 0 };
        for (const r of [row, all]) {
          r.n++;
          r.crossed += read.crossed ? 1 : 0;
          r.nominal += read.nominal;
        }
        byMetric.set(m.id, row);
      }
    }
    rows.push(...[...byMetric.values()].sort((a, b) => a.metric.localeCompare(b.metric)), all);
  }
  return rows;
}

/** Markdown: one line per metric; for each method, how many unchanged comparisons excluded no change, over chance. */
export function nullCalibrationTable(rows: NullCalibrationRow[]): string | null {
  // Methods that state neither bounds nor a standard error (mean-threshold, mann-whitney) have nothing to read.
  const methods = [...new Set(rows.filter((r) => r.n > 0).map((r) => r.method))];
  if (!methods.length) return null;
  const metrics = [...new Set(rows.map((r) => r.metric))].sort((a, b) =>
    a === 'all' ? 1 : b === 'all' ? -1 : a.localeCompare(b),
  );
  const cell = (r: NullCalibrationRow | undefined) =>
    r?.n ? `${r.crossed}/${r.n} (${(r.nominal > 0 ? r.crossed / r.nominal : 0).toFixed(1)}×)` : '—';
  return [
    `| metric | ${methods.map((m) => `\`${m}\`: no change excluded (× chance)`).join(' | ')} |`,
    `|---|${methods.map(() => '---:').join('|')}|`,
    ...metrics.map(
      (metric) =>
        `| ${metric === 'all' ? '**all**' : metric} | ${methods
          .map((method) => cell(rows.find((x) => x.method === method && x.metric === metric)))
          .join(' | ')} |`,
    ),
  ].join('\n');
}
