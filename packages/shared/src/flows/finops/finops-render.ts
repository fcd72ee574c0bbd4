/** The FinOps report in words: the Markdown summary, the over-budget ticket and the Slack message. */

import { mdCode, mdTable, mdText } from '../../core/escape.js';
import type { FinopsFinding, FinopsReport, ServiceDay } from '../../core/finops/cost-report.js';
import { fmt, formatPercent } from '../../core/numbers.js';
import { type TicketContent, ticketFingerprint } from '../bake/bake-ticket.js';

const usd = (v: number | null) => (v === null ? '—' : `$${v.toFixed(2)}`);
const name = (s: string) => (s === '' ? '(untagged)' : s);

export function findingText(f: FinopsFinding): string {
  switch (f.code) {
    case 'over-budget':
      return `projected ${usd(f.projected)} this month is ${formatPercent(f.deviation)} against the budget ${usd(f.budget)} (alert above ${formatPercent(f.threshold)})`;
    case 'no-budget':
      return 'no budget given';
    case 'no-forecast':
      return 'Cost Explorer has no forecast (too little history): projected = month to date';
    case 'no-requests':
      return 'no requests counted: no cost per 1k requests';
    case 'untagged':
      return `${usd(f.usd)} carries no service tag: tag the resources and activate the cost-allocation tag`;
  }
}

export function finopsMarkdown(report: FinopsReport, where: { file: string; uri?: string }): string {
  const rows = report.services.map((s) => [
    mdText(name(s.service)),
    mdText(s.env),
    mdText(s.owner || '—'),
    usd(s.costUsd),
    formatPercent(s.dayOverDay),
    s.requests === null ? '—' : s.requests.toLocaleString('en-US'),
    s.costPer1k === null ? '—' : `$${fmt(s.costPer1k, 3)}`,
    usd(s.monthToDateUsd),
    usd(s.projectedMonthUsd),
    usd(s.budgetUsd),
    formatPercent(s.budgetDeviation),
  ]);
  const notes = report.services.flatMap((s) =>
    s.findings
      .filter((f) => f.code !== 'no-budget')
      .map((f) => `- ${mdText(name(s.service))} (${mdText(s.env)}): ${mdText(findingText(f))}`),
  );
  return [
    `## FinOps report ${report.date}: ${usd(report.totalUsd)}`,
    '',
    mdTable(
      [
        'Service',
        'Env',
        'Owner',
        'Cost',
        'Day over day',
        'Requests',
        'Per 1k requests',
        'Month to date',
        'Projected month',
        'Budget',
        'Deviation',
      ],
      rows,
      ['l', 'l', 'l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
    ),
    '',
    ...(notes.length ? [...notes, ''] : []),
    `Rows: ${report.rows.length} in ${mdCode(where.file)}${where.uri ? ` and ${mdCode(where.uri)}` : ''}.`,
    '',
  ].join('\n');
}

/** One ticket per service, environment and month: re-runs and later days of the same month add nothing. */
export function overBudgetTicket(s: ServiceDay, links: { report?: string }): TicketContent {
  const month = s.date.slice(0, 7);
  const fingerprint = ticketFingerprint(s.service, s.env, month, 'finops-over-budget');
  const f = s.findings.find((x) => x.code === 'over-budget');
  const headline = `${s.service} (${s.env}) is projected ${f ? formatPercent(f.deviation) : ''} over its ${month} budget`;
  const lines = [
    `Projected month: ${usd(s.projectedMonthUsd)} (month to date ${usd(s.monthToDateUsd)} + forecast ${usd(s.forecastRestUsd)})`,
    `Budget: ${usd(s.budgetUsd)}; owner: ${s.owner || '—'}; cost center: ${s.costCenter || '—'}`,
    `Cost on ${s.date}: ${usd(s.costUsd)} (day over day ${formatPercent(s.dayOverDay)}); per 1k requests: ${s.costPer1k === null ? '—' : `$${fmt(s.costPer1k)}`}`,
    ...(links.report ? [`Report: ${links.report}`] : []),
    `Fingerprint: ${fingerprint}`,
  ];
  return {
    fingerprint,
    label: `driftgate-${fingerprint}`,
    summary: `[driftgate FinOps] ${headline}`.slice(0, 250),
    markdown: [
      headline,
      '',
      ...lines.map((l) => `- ${mdText(l)}`),
      '',
      `<!-- driftgate:fingerprint=${fingerprint} -->`,
    ].join('\n'),
    jira: [headline, '', ...lines.map((l) => `* ${l}`)].join('\n'),
  };
}

export function overBudgetSlack(services: ServiceDay[], report: { date: string; uri?: string }): { text: string } {
  const lines = [`:money_with_wings: *driftgate FinOps ${report.date}: ${services.length} over budget*`];
  for (const s of services) {
    const f = s.findings.find((x) => x.code === 'over-budget');
    if (f) lines.push(`• ${name(s.service)} (${s.env}): ${findingText(f)}`);
  }
  if (report.uri) lines.push(`Report: ${report.uri}`);
  return { text: lines.join('\n') };
}
