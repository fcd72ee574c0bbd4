/**
 * The overall verdict from per-metric verdicts, and the one-line headline reviewers read first.
 * fail > inconclusive > waived > pass: a waiver only turns a release green when everything else is known.
 */

import { changeInterval, pct, pctChange } from '../report/format.js';
import type { MetricComparison, OverallVerdict } from '../report/types.js';

export function overallVerdict(metrics: MetricComparison[]): OverallVerdict {
  if (metrics.some((m) => m.verdict === 'regression')) return 'fail';
  // No data for any metric is a wrong label or window, never a pass.
  if (metrics.every((m) => m.verdict === 'not-applicable')) return 'inconclusive';
  if (metrics.some((m) => m.verdict === 'inconclusive')) return 'inconclusive';
  if (metrics.some((m) => m.verdict === 'waived')) return 'waived';
  return 'pass';
}

export function headline(verdict: OverallVerdict, metrics: MetricComparison[]): string {
  const describe = (m: MetricComparison) => {
    const i = changeInterval(m);
    return `${m.id} ${pctChange(m)}${i ? ` (interval ${pct(i.low)} to ${pct(i.high)})` : ''}`.trim();
  };
  const judged = metrics.filter((m) => m.verdict !== 'not-applicable').length;
  switch (verdict) {
    case 'fail': {
      const r = metrics.filter((m) => m.verdict === 'regression');
      return `Regression beyond tolerance: ${r.map(describe).join(', ')}.`;
    }
    case 'inconclusive': {
      if (metrics.every((m) => m.verdict === 'not-applicable')) {
        return 'Inconclusive: no data for any metric in either window. Check the service, environment and version label values, the label names (config labels:) and the windows.';
      }
      // Metrics inconclusive for the same reason (a window too short for all of them) share it.
      const byReason = new Map<string, string[]>();
      for (const m of metrics.filter((x) => x.verdict === 'inconclusive')) {
        const reason = m.notes[0] ?? 'no data';
        byReason.set(reason, [...(byReason.get(reason) ?? []), m.id]);
      }
      return `Inconclusive: not enough data to judge ${[...byReason].map(([reason, ids]) => `${ids.join(', ')} (${reason})`).join(', ')}.`;
    }
    case 'waived': {
      const r = metrics.filter((m) => m.verdict === 'waived');
      return `Regressions waived: ${r.map((m) => `${describe(m)} by ${m.waiver?.id}`).join(', ')}.`;
    }
    case 'pass':
      return `No metric drifted beyond tolerance (${judged} metric${judged === 1 ? '' : 's'} compared).`;
  }
}

/** Largest positive drift among metrics with a drift. */
export function maxDrift(metrics: MetricComparison[]): number | null {
  const drifts = metrics.map((m) => m.drift).filter((d): d is number => d !== null && Number.isFinite(d));
  return drifts.length ? Math.max(...drifts) : null;
}

/** Everything a comparison derives from its judged metrics: verdict, headline and the id lists. */
export function summarizeMetrics(metrics: MetricComparison[]) {
  const verdict = overallVerdict(metrics);
  const ids = (v: MetricComparison['verdict']) => metrics.filter((m) => m.verdict === v).map((m) => m.id);
  return {
    verdict,
    headline: headline(verdict, metrics),
    regressions: ids('regression'),
    improvements: ids('improvement'),
    inconclusive: ids('inconclusive'),
    maxDrift: maxDrift(metrics),
  };
}
