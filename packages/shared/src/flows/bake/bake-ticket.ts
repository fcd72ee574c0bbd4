/**
 * Tickets for drift the bake found without rolling back (PERF-003 §4 "Auto-ticket if 3 consecutive windows
 * breach threshold"). Each ticket system (jira.ts, github-issue.ts) implements TicketSink. A ticket is
 * DEDUPLICATED by a fingerprint of service, environment, version and rule: the sink searches for the
 * fingerprint label before creating, so re-runs and repeated bakes of the same version add nothing.
 */
import { createHash } from 'node:crypto';
import type { TicketRecord, Verification } from './evidence.js';
import { windowTable } from './evidence.js';

export interface TicketContent {
  fingerprint: string;
  /** Also the label used to find the ticket again: driftgate-<fingerprint>. */
  label: string;
  summary: string;
  /** Markdown: headline, fired rules, window table, links. */
  markdown: string;
  /** The same content in Jira wiki markup. */
  jira: string;
}

export interface TicketSink {
  readonly system: TicketRecord['system'];
  /** Find the ticket with content.label or create it. Never throws: failures are in the record's `error`. */
  file(content: TicketContent): Promise<TicketRecord>;
}

export function ticketFingerprint(service: string, environment: string, version: string, rule: string): string {
  return createHash('sha256')
    .update(JSON.stringify([service, environment, version, rule]))
    .digest('hex')
    .slice(0, 16);
}

function jiraTable(markdownTable: string): string {
  return markdownTable
    .split('\n')
    .filter((l) => l && !/^\|(\s*:?-+:?\s*\|)+$/.test(l))
    .map((l, i) => (i === 0 ? l.replace(/\s*\|\s*/g, '||') : l.replace(/\s*\|\s*/g, '|')))
    .join('\n');
}

/** The ticket for the drift rule of a bake's evidence. */
export function driftTicket(v: Verification, links: { evidence?: string | null; run?: string | null }): TicketContent {
  const fingerprint = ticketFingerprint(v.service, v.environment, v.version, 'drift');
  const fired = v.events.filter((e) => e.type === 'fired' && e.rule === 'drift');
  const metrics = [...new Set(fired.map((e) => e.metric))];
  const summary = `[driftgate] ${v.service} (${v.environment}) ${v.version}: ${metrics.join(', ') || 'performance'} drifted beyond tolerance after deploy`;
  const table = windowTable(v);
  const linkLines = [
    links.evidence ? `Evidence: ${links.evidence}` : '',
    links.run ? `Run: ${links.run}` : '',
    `Baseline: ${v.baseline.version} (${v.baseline.window.start} .. ${v.baseline.window.end})`,
    `Fingerprint: ${fingerprint}`,
  ].filter(Boolean);
  const markdown = [
    v.headline,
    '',
    ...fired.map((e) => `- ${e.at}: ${e.message}`),
    '',
    table,
    '',
    ...linkLines,
    '',
    `<!-- driftgate:fingerprint=${fingerprint} -->`,
  ].join('\n');
  const jira = [
    v.headline,
    '',
    ...fired.map((e) => `* ${e.at}: ${e.message}`),
    '',
    jiraTable(table),
    '',
    ...linkLines,
  ].join('\n');
  return { fingerprint, label: `driftgate-${fingerprint}`, summary: summary.slice(0, 250), markdown, jira };
}
