/** Number and verdict formatting shared by the Markdown report, the PR comment and the CLI table. */
import { changeOf, direction } from '../judge/change.js';
import type { MetricComparison, MetricVerdict, OverallVerdict, WindowSummary } from '../model/comparison.js';
import { formatFactor, formatPercent, pct } from '../numbers.js';
import { formatDuration } from '../time.js';

export function formatValue(v: number | null | undefined, unit: string): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '—';
  let s: string;
  const a = Math.abs(v);
  if (a === 0) s = '0';
  else if (a >= 1000) s = groupThousands(Math.round(v));
  else if (a >= 0.001) s = Number(v.toPrecision(3)).toString();
  else s = v.toExponential(2);
  if (unit === 'ratio') return a < 1 ? `${Number((v * 100).toPrecision(3))}%` : s;
  if (unit === '%') return `${s}%`;
  if (unit === '') return s;
  if (unit.startsWith('/')) return `${s}${unit}`;
  return `${s} ${unit}`;
}

/**
 * One side's value as the table prints it: the value the change was computed from, after the plain statistic and
 * the one-word reason where they differ ("0.55 s → 0.571 s trend"), so the change never contradicts the values.
 */
export function formatSide(s: WindowSummary, unit: string, arrow = '→'): string {
  if (!s.judged) return formatValue(s.value, unit);
  return `${formatValue(s.judged.raw, unit)} ${arrow} ${formatValue(s.judged.value, unit)} ${s.judged.reason}`;
}

/** The two values a row's change compares (judged where the judge adjusted them). */
export function comparedValues(m: Pick<MetricComparison, 'baseline' | 'candidate'>): {
  baseline: number | null;
  candidate: number | null;
} {
  return {
    baseline: m.baseline.judged?.value ?? m.baseline.value,
    candidate: m.candidate.judged?.value ?? m.candidate.value,
  };
}

/**
 * 1234567 -> "1,234,567", exactly as toLocaleString('en-US') writes it, without starting ICU's number formatting
 * (tens of milliseconds on the first call). Beyond 2^53 the digits are toLocaleString's.
 */
function groupThousands(n: number): string {
  if (!Number.isSafeInteger(n)) return n.toLocaleString('en-US');
  return String(n).replace(/\B(?=(\d{3})+$)/g, ',');
}

type Drifted = Pick<MetricComparison, 'drift' | 'worse'>;

/** The change as it happened and which way it goes: "+72% better", "+31% worse", "0.0%", "—". */
export function formatChange(m: Drifted, digits = 1): string {
  const change = changeOf(m);
  if (change === null) return '—';
  const dir = direction(m.drift);
  return `${formatPercent(change, digits)}${dir ? ` ${dir}` : ''}`;
}

/** A change in a sentence: "+72% (better)". */
export function pctChange(m: Drifted): string {
  const change = changeOf(m);
  if (change === null) return '';
  const dir = direction(m.drift);
  return `${pct(change)}${dir ? ` (${dir})` : ''}`;
}

/** A minimum detectable drift in a sentence: "+42% or more", or "only drifts beyond +1000%". */
export function formatDetectable(d: number): string {
  return d >= 10 ? 'only drifts beyond +1000%' : `${pct(d)} or more`;
}

/** "; windows 3× as long would see +20%", why no length would, or '' (MetricComparison.windowFactor). */
export function formatLongerWindows(m: Pick<MetricComparison, 'windowFactor' | 'tolerance'>): string {
  if (m.windowFactor === undefined) return '';
  const goal = pct(2 * m.tolerance);
  if (m.windowFactor === null) return `; no window length would see ${goal}: the between-window term is too large`;
  return `; windows ${formatFactor(m.windowFactor)}× as long would see ${goal}`;
}

export const VERDICT_ICON: Record<MetricVerdict, string> = {
  regression: '❌',
  inconclusive: '⚠️',
  waived: '🟡',
  pass: '✅',
  improvement: '🟢',
  'not-applicable': '➖',
};

export const OVERALL_ICON: Record<OverallVerdict, string> = {
  fail: '❌',
  inconclusive: '⚠️',
  waived: '🟡',
  pass: '✅',
};

const ORDER: Record<MetricVerdict, number> = {
  regression: 0,
  inconclusive: 1,
  waived: 2,
  pass: 3,
  improvement: 4,
  'not-applicable': 5,
};

/** Worst first: by verdict severity, then by drift (largest first). */
export function worstFirst<T extends { verdict: MetricVerdict; drift: number | null }>(metrics: T[]): T[] {
  return [...metrics].sort(
    (a, b) =>
      ORDER[a.verdict] - ORDER[b.verdict] ||
      (b.drift ?? Number.NEGATIVE_INFINITY) - (a.drift ?? Number.NEGATIVE_INFINITY),
  );
}

/** The between-window term and its source, for the report: "4.2% (measured: 24 earlier A/A pairs 1d apart)". */
export function formatSystematic(s: NonNullable<MetricComparison['systematic']>): string {
  const v = `${(s.value * 100).toFixed(1)}%`;
  const trend = s.trend
    ? `; the baseline's own trend predicted ${pct(s.trend.shift)} across the ${formatDuration(Math.abs(s.trend.gapSeconds))} between the windows' hours of the day and is taken out of the drift (± ${(s.trend.sd * 100).toFixed(1)}%)`
    : '';
  switch (s.source) {
    case 'config':
      return `${v} (from the config)`;
    case 'history':
      return `${v} (measured on the baseline's own history: ${s.pairs} earlier A/A window pairs ${formatDuration(s.lagSeconds ?? 0)} apart spread ${((s.measured ?? 0) * 100).toFixed(1)}% beyond their sampling noise; weighed with the prior)`;
    case 'prior': {
      const why =
        s.reason === 'side-by-side'
          ? 'windows side by side: the baseline history cannot reproduce them'
          : s.reason === 'short-history'
            ? 'too little baseline history for 3 A/A pairs'
            : 'no baseline history';
      return `${v} (prior; ${why})${trend}`;
    }
  }
}

/**
 * Only built-in catalog metrics can be not-applicable (a configured one without series is inconclusive): a
 * sentence naming how to leave them out, or null when there are none.
 */
export function notApplicableNote(metrics: Array<Pick<MetricComparison, 'verdict'>>): string | null {
  const n = metrics.filter((m) => m.verdict === 'not-applicable').length;
  if (n === 0) return null;
  return `${n} built-in metric${n === 1 ? ' has' : 's have'} no series here (not-applicable); \`catalog: none\` in the config leaves the built-in metrics out, \`exclude:\` some of them.`;
}
