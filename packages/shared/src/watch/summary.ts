/**
 * The job summary / terminal report of `driftgate rules` (PURE): which alerts watch the service, against
 * which baseline, what was published and the diff against what was deployed. User-supplied text (service,
 * environment, versions, label values inside the diff) is escaped for Markdown and HTML.
 */

import type { RunRulesResult } from './plan.js';
import type { PublishResult } from './publish.js';

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export function watchSummary(result: RunRulesResult, published: PublishResult): string {
  const { plan } = result;
  const lines = [
    `### driftgate drift-rules: ${esc(plan.service)} (${esc(plan.environment)})`,
    '',
    `Baseline **${esc(plan.baselineVersion)}** (${esc(plan.resolvedFrom)}, promoted ${esc(plan.promotedAt)}); ${esc(published.target)}: **${published.status}**.`,
    '',
    '| alert | metric | severity | for |',
    '| --- | --- | --- | --- |',
    ...result.alerts.map((a) => `| ${a.alert} | ${esc(a.metric)} | ${a.severity} | ${a.forSeconds / 60} min |`),
  ];
  for (const n of result.notes) lines.push('', `- ${esc(n)}`);
  if (published.diff) {
    // A fence longer than any run of backticks in the diff, and the diff HTML-escaped inside <pre>.
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
