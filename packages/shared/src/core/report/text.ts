/** A plain-text table of a comparison, for terminals (CLI) and action logs. */

import { changeInterval } from '../judge/change.js';
import type { Comparison } from '../model/comparison.js';
import { formatPercent } from '../numbers.js';
import { formatChange, formatSide, notApplicableNote, worstFirst } from './format.js';

function detectsCell(d: number | null | undefined): string {
  if (typeof d !== 'number') return '';
  return d >= 10 ? '> +1000%' : `>=${formatPercent(d, 0)}`;
}

function intervalText(m: Comparison['metrics'][number]): string {
  const i = changeInterval(m);
  return i ? `${formatPercent(i.low, 0)} .. ${formatPercent(i.high, 0)}` : '';
}

/** ok, or a breach: NEW (its baseline met it; fails with slo: fail when shown), standing (the baseline's too). */
function sloText(m: Comparison['metrics'][number]): string {
  if (!m.slo.objective || m.slo.candidateMet === null) return '';
  if (m.slo.candidateMet) return 'ok';
  const b = m.slo.breach;
  return b?.kind === 'standing'
    ? 'BREACH standing'
    : b?.kind === 'new'
      ? b.shown && b.attributed !== false
        ? 'BREACH new'
        : 'BREACH in noise'
      : 'BREACH';
}

export function renderText(c: Comparison): string {
  // drift-interval reports the smallest drift each comparison could have detected (80% power).
  const detects = c.metrics.some((m) => m.detectable !== undefined);
  const rows = worstFirst(c.metrics).map((m) => [
    m.id,
    formatSide(m.baseline, m.unit, '->'),
    formatSide(m.candidate, m.unit, '->'),
    formatChange(m),
    intervalText(m),
    ...(detects ? [detectsCell(m.detectable)] : []),
    sloText(m),
    m.verdict.toUpperCase(),
  ]);
  const header = [
    'metric',
    'baseline',
    'candidate',
    'change',
    'interval',
    ...(detects ? ['detects'] : []),
    'slo',
    'verdict',
  ];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const line = (r: string[]) =>
    r
      .map((cell, i) => (i >= 1 && i <= 3 ? cell.padStart(widths[i] as number) : cell.padEnd(widths[i] as number)))
      .join('  ')
      .trimEnd();
  return [
    `${c.verdict.toUpperCase()}: ${c.headline}`,
    `${c.service} (${c.environment}): baseline ${c.baseline.version} vs candidate ${c.candidate.version}, method ${c.method.name}, tolerance ${Math.round(c.method.tolerance * 1000) / 10}%`,
    '',
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    ...[notApplicableNote(c.metrics)].filter((n): n is string => n !== null).map((n) => `\n${n.replace(/`/g, '')}`),
    ...(c.baseline.selector ? ['', `baseline selects ${c.baseline.selector}`] : []),
    ...(c.candidate.selector ? [`candidate selects ${c.candidate.selector}`] : []),
  ].join('\n');
}
