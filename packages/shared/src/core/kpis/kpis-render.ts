/** The KPI report in Markdown. */

import { mdTable, mdText } from '../escape.js';
import { formatPercent } from '../numbers.js';
import { formatDuration } from '../time.js';
import type { Kpi, KpiReport } from './compute.js';

const mark = (k: Kpi<unknown>) => (k.met === null ? '➖ no data' : k.met ? '✅ met' : '❌ missed');
const dur = (s: number | null) => (s === null ? '—' : formatDuration(Math.round(s)));

export function kpiMarkdown(r: KpiReport): string {
  const a = r.automation.value;
  const lines = [
    `## driftgate KPIs ${r.month} (PERF-003 §9)`,
    '',
    mdTable(
      ['KPI', 'Value', 'Target', ''],
      [
        [
          'Mean time to detect',
          `median ${dur(r.mttd.value.medianSeconds)}, p90 ${dur(r.mttd.value.p90Seconds)} (${r.mttd.value.detections} detections)`,
          r.mttd.target,
          mark(r.mttd),
        ],
        [
          'Performance drift events',
          `${r.driftEvents.value.critical} critical, ${r.driftEvents.value.warning} warning (${r.bakes} bakes)`,
          r.driftEvents.target,
          mark(r.driftEvents),
        ],
        [
          'Automation success rate',
          `${a.rate === null ? '—' : `${(a.rate * 100).toFixed(1)}%`} (${a.succeeded} of ${a.attempted})`,
          r.automation.target,
          mark(r.automation),
        ],
        [
          'Budget deviation',
          `worst ${formatPercent(r.budget.value.worst)} (${r.budget.value.services.length} services)`,
          r.budget.target,
          mark(r.budget),
        ],
      ],
    ),
    '',
  ];
  const failed = a.actions.filter((x) => !x.succeeded);
  if (failed.length) {
    lines.push('### Automated actions that failed', '');
    for (const f of failed)
      lines.push(`- ${f.kind} ${mdText(`${f.service} (${f.environment}) ${f.version}: ${f.detail}`)}`);
    lines.push('');
  }
  if (r.budget.value.services.length) {
    lines.push(
      '### Budget deviation by service',
      '',
      mdTable(
        ['Service', 'Env', 'Forecast', 'Actual', 'Deviation'],
        r.budget.value.services.map((s) => [
          mdText(s.service || '(untagged)'),
          mdText(s.env),
          `$${s.forecastUsd.toFixed(2)} (${s.forecastDate})`,
          `$${s.actualUsd.toFixed(2)} (${s.actualDate})`,
          formatPercent(s.deviation),
        ]),
      ),
      '',
    );
  }
  return lines.join('\n');
}
