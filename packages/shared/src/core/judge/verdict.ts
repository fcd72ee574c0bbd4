/**
 * The overall verdict from per-metric verdicts, and what the one-line headline reviewers read first says
 * (a ComparisonFinding; core/report/prose.ts words it).
 * fail > inconclusive > waived > pass: a waiver only turns a release green when everything else is known.
 */

import type { ComparisonFinding, MetricChange, SloFinding } from '../findings/findings.js';
import type { MetricComparison, OverallVerdict } from '../model/comparison.js';
import { changeInterval, changeOf, direction } from './change.js';

/** A new SLO breach the data show, with slo: fail (core/judge/slo-check.ts). */
export const failsSlo = (m: MetricComparison): boolean => m.slo?.breach?.fails === true;

export function overallVerdict(metrics: MetricComparison[]): OverallVerdict {
  if (metrics.some((m) => m.verdict === 'regression' || failsSlo(m))) return 'fail';
  // No data for any metric is a wrong label or window, never a pass.
  if (metrics.every((m) => m.verdict === 'not-applicable')) return 'inconclusive';
  if (metrics.some((m) => m.verdict === 'inconclusive')) return 'inconclusive';
  if (metrics.some((m) => m.verdict === 'waived')) return 'waived';
  return 'pass';
}

function changeOfMetric(m: MetricComparison): MetricChange {
  return { id: m.id, change: changeOf(m), direction: direction(m.drift), interval: changeInterval(m) };
}

/** What the headline says about the verdict: the metrics behind it, or why there is none. */
export function comparisonFinding(verdict: OverallVerdict, metrics: MetricComparison[]): ComparisonFinding {
  switch (verdict) {
    case 'fail': {
      const slo = metrics.filter(failsSlo).map((m) => ({ id: m.id, finding: sloFindingOf(m) }));
      return {
        code: 'regression',
        metrics: metrics.filter((m) => m.verdict === 'regression').map(changeOfMetric),
        ...(slo.length ? { slo } : {}),
      };
    }
    case 'inconclusive': {
      if (metrics.every((m) => m.verdict === 'not-applicable')) return { code: 'no-data' };
      // Metrics inconclusive for the same reason (a window too short for all of them) share it.
      const byReason = new Map<string | null, string[]>();
      for (const m of metrics.filter((x) => x.verdict === 'inconclusive')) {
        const reason = m.notes[0] ?? null;
        byReason.set(reason, [...(byReason.get(reason) ?? []), m.id]);
      }
      return { code: 'not-enough-data', groups: [...byReason].map(([reason, ids]) => ({ reason, ids })) };
    }
    case 'waived':
      return {
        code: 'waived',
        metrics: metrics
          .filter((m) => m.verdict === 'waived')
          .map((m) => ({ ...changeOfMetric(m), waiver: m.waiver?.id })),
      };
    case 'pass':
      return { code: 'pass', judged: metrics.filter((m) => m.verdict !== 'not-applicable').length };
  }
}

function sloFindingOf(m: MetricComparison): SloFinding {
  const slo = m.slo.objective as NonNullable<MetricComparison['slo']['objective']>;
  const breach = m.slo.breach as NonNullable<MetricComparison['slo']['breach']>;
  return {
    code: 'slo-breach',
    ...breach,
    // Files written before the rule have no `attributed`: their breaches were judged without it.
    attributed: breach.attributed ?? true,
    op: slo.op,
    objective: slo.value,
    readings: m.slo.readings ?? [],
  };
}

/** Largest positive drift among metrics with a drift. */
export function maxDrift(metrics: MetricComparison[]): number | null {
  const drifts = metrics.map((m) => m.drift).filter((d): d is number => d !== null && Number.isFinite(d));
  return drifts.length ? Math.max(...drifts) : null;
}

/**
 * Everything a comparison derives from its metrics (notes said): verdict, what the headline says and the id
 * lists. core/report/prose.ts summaryInWords puts the headline in its place.
 */
export function summarizeMetrics(metrics: MetricComparison[]) {
  const verdict = overallVerdict(metrics);
  const ids = (v: MetricComparison['verdict']) => metrics.filter((m) => m.verdict === v).map((m) => m.id);
  return {
    verdict,
    finding: comparisonFinding(verdict, metrics),
    regressions: ids('regression'),
    improvements: ids('improvement'),
    inconclusive: ids('inconclusive'),
    maxDrift: maxDrift(metrics),
  };
}
