/**
 * perf-comparison.md: the human-readable report. The same text is the job summary and the PR comment body.
 * Worst metric first; a mermaid xychart per failing metric; the resolved queries in a <details> block.
 * Kept under GitHub's 1 MiB job-summary limit (charts, then queries are dropped if it would not fit).
 */

import { mdCode, mdFence, mdTable, mdText, mdUrl } from '../escape.js';
import { changeInterval } from '../judge/change.js';
import type { Comparison, MetricComparison } from '../model/comparison.js';
import { formatPercent } from '../numbers.js';
import {
  comparedValues,
  formatChange,
  formatDetectable,
  formatLongerWindows,
  formatSide,
  formatSystematic,
  formatValue,
  notApplicableNote,
  OVERALL_ICON,
  VERDICT_ICON,
  worstFirst,
} from './format.js';

export const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 16 * 1024;

function sloCell(m: MetricComparison): string {
  if (!m.slo.objective) return '—';
  const icon = m.slo.candidateMet === null ? '' : m.slo.candidateMet ? '✅ ' : '🔴 ';
  const op = m.slo.objective.op.replace('<=', '≤').replace('>=', '≥');
  // A breach says whether it is new (its baseline met it) or standing (the baseline breached it too).
  const b = m.slo.breach;
  const kind = b
    ? ` (${b.kind === 'standing' ? 'standing' : b.shown && b.attributed !== false ? 'new' : 'new, within noise'})`
    : '';
  return `${icon}${op} ${mdText(formatValue(m.slo.objective.value, m.unit))}${kind}`;
}

/** The interval of the change (as it happened, like the Change column). */
function intervalCell(m: MetricComparison): string {
  const i = changeInterval(m);
  if (!i) return '—';
  return `${formatPercent(i.low, Math.abs(i.low) < 0.1 ? 1 : 0)} … ${formatPercent(i.high, Math.abs(i.high) < 0.1 ? 1 : 0)}`;
}

/**
 * Judged metrics that passed although this comparison could not have seen a drift of twice their tolerance
 * (minimum detectable drift at 80% power, drift-interval only).
 */
export function underpowered(metrics: MetricComparison[]): MetricComparison[] {
  return metrics.filter(
    (m) =>
      (m.verdict === 'pass' || m.verdict === 'improvement') &&
      typeof m.detectable === 'number' &&
      m.detectable > 2 * m.tolerance,
  );
}

function chart(m: MetricComparison): string | null {
  const b = m.baseline.series ?? [];
  const c = m.candidate.series ?? [];
  if (b.length < 2 && c.length < 2) return null;
  const n = Math.max(b.length, c.length);
  const pad = (xs: Array<[number, number]>) => {
    const vals = xs.map((p) => Number(p[1].toPrecision(4)));
    // xychart needs equal-length lines: repeat the last value (rendered flat) where one window is shorter.
    while (vals.length < n) vals.push(vals[vals.length - 1] ?? 0);
    return vals;
  };
  const all = [...b, ...c].map((p) => p[1]);
  const lo = Math.min(...all);
  const hi = Math.max(...all);
  const margin = (hi - lo) * 0.1 || Math.abs(hi) * 0.1 || 1;
  const yMin = Number(Math.max(lo >= 0 ? 0 : lo - margin, lo - margin).toPrecision(3));
  const yMax = Number((hi + margin).toPrecision(3));
  return [
    '```mermaid',
    'xychart-beta',
    `  title "${m.title.replace(/"/g, "'")} per 5 minutes"`,
    `  x-axis "5-minute window" 1 --> ${n}`,
    `  y-axis "${m.unit.replace(/"/g, "'") || 'value'}" ${yMin} --> ${yMax}`,
    `  line [${pad(b).join(', ')}]`,
    `  line [${pad(c).join(', ')}]`,
    '```',
    `<sub>First line: baseline ${mdText(m.id)} (${b.length} windows); second line: candidate (${c.length} windows).</sub>`,
  ].join('\n');
}

/** One row per metric, worst first. */
function metricsTable(sorted: MetricComparison[]): string {
  return mdTable(
    ['', 'Metric', 'Baseline', 'Candidate', 'Change', 'Interval', 'SLO (candidate)', 'Verdict'],
    sorted.map((m) => [
      VERDICT_ICON[m.verdict],
      `${mdText(m.title)} <sub>${mdCode(m.id)}</sub>`,
      mdText(formatSide(m.baseline, m.unit)),
      mdText(formatSide(m.candidate, m.unit)),
      formatChange(m),
      intervalCell(m),
      sloCell(m),
      `${m.verdict}${m.waiver ? ` (${mdText(m.waiver.id)})` : ''}`,
    ]),
    ['', '', 'r', 'r', 'r'],
  );
}

export interface MarkdownOptions {
  /** Title prefix, e.g. the action name. */
  title?: string;
  includeCharts?: boolean;
  includeQueries?: boolean;
}

export function renderMarkdown(c: Comparison, options: MarkdownOptions = {}): string {
  const full = render(c, { includeCharts: true, includeQueries: true, ...options });
  if (Buffer.byteLength(full) <= SUMMARY_LIMIT_BYTES) return full;
  const noCharts = render(c, { ...options, includeCharts: false, includeQueries: true });
  if (Buffer.byteLength(noCharts) <= SUMMARY_LIMIT_BYTES) return noCharts;
  return render(c, { ...options, includeCharts: false, includeQueries: false });
}

function render(c: Comparison, o: MarkdownOptions): string {
  const sorted = worstFirst(c.metrics);
  const lines = [
    ...headerLines(c, o.title ?? 'driftgate'),
    ...tableLines(c, sorted),
    ...waiverLines(c),
    ...(o.includeCharts ? chartLines(sorted) : []),
    ...notesLines(sorted),
    ...(o.includeQueries ? queryLines(c, sorted) : []),
    `<sub>${mdText(c.method.description)} Generated by driftgate ${c.tool.version} at ${c.generatedAt}${c.run?.url ? ` in [this run](${c.run.url})` : ''}.</sub>`,
  ];
  return `${lines.join('\n')}\n`;
}

/** The verdict, the headline, what was compared with what, and the selectors. */
function headerLines(c: Comparison, title: string): string[] {
  const lines: string[] = [];
  const tol = `${Math.round(c.method.tolerance * 1000) / 10}%`;
  lines.push(
    `## ${OVERALL_ICON[c.verdict]} ${title}: **${c.verdict}** for ${mdCode(c.service)} (${mdText(c.environment)})`,
  );
  lines.push('');
  lines.push(`> ${mdText(c.headline)}`);
  lines.push('');
  lines.push(
    `Baseline ${mdCode(c.baseline.version)} (${c.baseline.window.start} → ${c.baseline.window.end}, ${mdText(c.baseline.resolvedFrom)}) vs candidate ${mdCode(c.candidate.version)} (${c.candidate.window.start} → ${c.candidate.window.end}). Method \`${c.method.name}\`, tolerance ${tol}, ${Math.round(c.method.confidence * 100)}% simultaneous confidence.`,
  );
  lines.push('');
  if (c.baseline.selector || c.candidate.selector) {
    lines.push(
      `Selectors: baseline \`${mdText(c.baseline.selector ?? '')}\`; candidate \`${mdText(c.candidate.selector ?? '')}\`.`,
    );
    lines.push('');
  }
  return lines;
}

/** The metrics table (worst first), the metrics that do not apply, and those too noisy to see a regression. */
function tableLines(c: Comparison, sorted: MetricComparison[]): string[] {
  const lines: string[] = [];
  lines.push(metricsTable(sorted));
  lines.push('');
  const na = notApplicableNote(c.metrics);
  if (na) {
    lines.push(`➖ ${na}`);
    lines.push('');
  }
  const blind = underpowered(sorted);
  if (blind.length) {
    lines.push(
      `⚠️ Too noisy in these windows to see a regression of twice the tolerance: ${blind
        .map(
          (m) => `${mdCode(m.id)} (would detect ${formatDetectable(m.detectable as number)}${formatLongerWindows(m)})`,
        )
        .join(
          ', ',
        )}. Their pass does not rule out a smaller regression. Longer windows narrow them when baseline and candidate run side by side or cover the same hours of the day; longer consecutive windows differ more in load.`,
    );
    lines.push('');
  }
  return lines;
}

/** The waivers applied, one line per waived metric. */
function waiverLines(c: Comparison): string[] {
  const waived = c.metrics.filter((m) => m.waiver);
  if (!waived.length) return [];
  const lines: string[] = [];
  lines.push('**Waivers applied**');
  lines.push('');
  for (const m of waived) {
    const w = m.waiver as NonNullable<MetricComparison['waiver']>;
    lines.push(
      `- ${mdCode(m.id)}: ${mdText(w.id)}, approved by ${w.approvedBy.map(mdText).join(', ')}, accepts up to ${formatPercent(w.maxDrift)}, expires ${w.expires}${mdUrl(w.ticket) ? `, [ticket](${mdUrl(w.ticket)})` : w.ticket ? `, ticket ${mdText(w.ticket)}` : ''}`,
    );
  }
  lines.push('');
  return lines;
}

/** A chart per regressed or waived metric. */
function chartLines(sorted: MetricComparison[]): string[] {
  const lines: string[] = [];
  for (const m of sorted.filter((x) => x.verdict === 'regression' || x.verdict === 'waived')) {
    const ch = chart(m);
    if (!ch) continue;
    lines.push(
      `### ${VERDICT_ICON[m.verdict]} ${mdText(m.title)}: ${formatValue(comparedValues(m).baseline, m.unit)} → ${formatValue(comparedValues(m).candidate, m.unit)} (${formatChange(m)})`,
    );
    lines.push('');
    lines.push(ch);
    lines.push('');
  }
  return lines;
}

/** Each metric's sub-windows, events, evidence, between-window term and notes, folded. */
function notesLines(sorted: MetricComparison[]): string[] {
  const withNotes = sorted.filter((m) => m.notes.length || m.systematic);
  if (!withNotes.length) return [];
  const lines: string[] = [];
  lines.push('<details><summary>Notes and evidence</summary>');
  lines.push('');
  for (const m of sorted) {
    const ev = m.evidence
      ? `${m.evidence.test}${m.evidence.pValue !== null ? `, p = ${m.evidence.pValue.toPrecision(2)}` : ''}${m.evidence.detail ? ` (${m.evidence.detail})` : ''}`
      : null;
    const events = [m.baseline.events, m.candidate.events].every((e) => e !== undefined)
      ? `; events ${m.baseline.events} → ${m.candidate.events}`
      : '';
    lines.push(
      `- **${mdText(m.id)}**: ${m.baseline.windows}/${m.baseline.expectedWindows} → ${m.candidate.windows}/${m.candidate.expectedWindows} sub-windows${events}${ev ? `; ${mdText(ev)}` : ''}`,
    );
    if (m.systematic) lines.push(`  - between-window term ${mdText(formatSystematic(m.systematic))}`);
    for (const n of m.notes) lines.push(`  - ${mdText(n)}`);
  }
  lines.push('');
  lines.push('</details>');
  lines.push('');
  return lines;
}

/** The source and every query sent, per metric, folded. */
function queryLines(c: Comparison, sorted: MetricComparison[]): string[] {
  const lines: string[] = [];
  lines.push('<details><summary>Resolved queries</summary>');
  lines.push('');
  lines.push(
    `Source: ${mdText(c.source.kind)} ${mdText(c.source.description)} (${c.source.requests} HTTP requests). Sub-window ${c.method.resolutionSeconds}s.`,
  );
  lines.push('');
  for (const m of sorted) {
    lines.push(`**${mdText(m.id)}**`);
    lines.push('');
    const queries = [
      ...m.queries.baseline.map((q) => `# baseline\n${q}`),
      ...m.queries.candidate.map((q) => `# candidate\n${q}`),
    ];
    lines.push(mdFence('promql', queries.join('\n')));
    lines.push('');
  }
  lines.push('</details>');
  lines.push('');
  return lines;
}
