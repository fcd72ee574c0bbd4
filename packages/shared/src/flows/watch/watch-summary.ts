/**
 * The job summary / terminal report of `driftgate rules` (PURE): which alerts watch the service, against
 * which baseline, what was published and the diff against what was deployed. User-supplied text (service,
 * environment, versions, label values inside the diff) is escaped for Markdown and HTML.
 */

import { mdTable, mdText } from '../../core/escape.js';
import type { RunRulesResult, WatchPublishResult } from './watch-plan.js';

export function watchSummary(result: RunRulesResult, published: WatchPublishResult): string {
  const { plan } = result;
  const lines = [
    `### driftgate drift-rules: ${mdText(plan.service)} (${mdText(plan.environment)})`,
    '',
    `Baseline **${mdText(plan.baselineVersion)}** (${mdText(plan.resolvedFrom)}, promoted ${mdText(plan.promotedAt)}); ${mdText(published.target)}: **${published.parts.service.status}**; fleet rules ${mdText(published.parts.fleet.target)}: **${published.parts.fleet.status}**.`,
    '',
    mdTable(
      ['alert', 'metric', 'severity', 'for'],
      result.alerts.map((a) => [a.alert, mdText(a.metric), a.severity, `${a.forSeconds / 60} min`]),
    ),
  ];
  for (const n of result.notes) lines.push('', `- ${mdText(n)}`);
  if (published.diff) {
    // HTML-escaped: inside <pre> Markdown is not parsed, HTML is.
    lines.push(
      '',
      '<details><summary>Diff against what was deployed</summary>',
      '',
      `<pre>${published.diff.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</pre>`,
      '',
      '</details>',
    );
  }
  return `${lines.join('\n')}\n`;
}
