/**
 * The job summary of cab-waiver-check (and the CLI's text): the decision per regressed metric, then every
 * candidate waiver with its scope, its approval and why it was applied or refused.
 */
import { mdCode, mdFence, mdTable, mdText, mdUrl } from '../escape.js';
import type { RejectionFinding } from '../findings/findings.js';
import type { Waiver } from '../model/waiver.js';

import { formatPercent } from '../numbers.js';
import { formatDrift, rejectionDetail, waiverReason } from '../report/prose.js';
import { type CandidateDecision, candidateName, type MetricDecision, type WaiverDecision } from './decide.js';

/** A rejection in words; '' for none. */
const detail = (f: RejectionFinding | undefined) => (f ? rejectionDetail(f) : '');

export interface SummaryContext {
  service: string;
  environment: string;
  candidateVersion: string;
  /** RFC 3339 time the expiries were judged at. */
  now: string;
  /** True when `now` was given instead of the clock (audits, tests): said in the summary. */
  nowOverridden?: boolean;
  /** The clock, when `now` was earlier: a waiver expired by the clock stays expired. */
  clock?: string;
  /** Where the regressions came from ("perf-comparison.json" path, or "inputs regressions + max-drift"). */
  regressionsFrom: string;
  /** Where candidates were looked for, e.g. [".github/perf-waivers/ (3 files)", "Jira (JQL ...)"]. */
  searched: string[];
  /** Headline of the updated comparison, when one was written. */
  comparisonHeadline?: string;
  comparisonPath?: string;
}

function sourceCell(c: CandidateDecision['candidate']): string {
  const kind = c.source.kind === 'github' ? 'PR label' : c.source.kind;
  const url = mdUrl(c.source.url);
  const ref = url ? `[${mdText(c.source.ref)}](${url})` : `${mdCode(c.source.ref)}`;
  return `${kind} ${ref}`;
}

function scopeCell(w: Waiver | undefined): string {
  if (!w) return '—';
  const versions = w.versions?.length
    ? w.versions.map((v) => (/^[0-9a-f]{40}$/i.test(v) ? v.slice(0, 7) : v)).join(', ')
    : 'any version';
  return mdText(`${w.service} / ${w.environment}; ${w.metrics.join(', ')}; ${versions}`);
}

function approvalCell(c: CandidateDecision['candidate']): string {
  if (!c.proof) return 'not checked';
  return c.proof.verified ? `✅ ${mdText(c.proof.detail)}` : `❌ ${mdText(c.proof.reason)}: ${mdText(c.proof.detail)}`;
}

function decisionCell(d: CandidateDecision): string {
  if (d.status === 'applied') {
    const covered = d.metrics.filter((m) => m.covered).map((m) => m.metric);
    return `✅ applied to ${mdText(covered.join(', '))}`;
  }
  if (d.rejection) {
    const p = d.candidate.proof;
    // Refused for its approval: the Approval column already says why.
    if (p && !p.verified && p.reason === d.rejection.reason && d.candidate.waiver)
      return `❌ ${mdText(d.rejection.reason)}`;
    return `❌ ${mdText(d.rejection.reason)}: ${mdText(detail(d.rejection.finding))}`;
  }
  const refused = d.metrics.filter((m) => !m.covered);
  if (d.status === 'rejected') {
    return `❌ ${refused.map((m) => `${mdText(m.metric)}: ${mdText(m.reason ?? '')} (${mdText(detail(m.finding))})`).join('; ')}`;
  }
  const covered = d.metrics.filter((m) => m.covered).map((m) => m.metric);
  return covered.length
    ? `➖ valid; a tighter waiver covers ${mdText(covered.join(', '))}`
    : '➖ valid; nothing to waive';
}

/** The decision per regressed metric. */
function metricsTable(metrics: MetricDecision[]): string {
  const decisionOf = (m: MetricDecision) =>
    m.waiver
      ? `✅ waived by ${mdText(m.waiver.id)} (accepts up to ${formatPercent(m.waiver.max_drift)}, expires ${m.waiver.expires}, approved by ${mdText(m.waiver.approved_by.join(', '))})`
      : `❌ ${m.rejections.length ? `not waived: ${mdText(m.rejections.map((r) => `${r.waiver}: ${r.reason}`).join('; '))}` : 'no waiver found'}`;
  return mdTable(
    ['Metric', 'Drift', 'Decision'],
    metrics.map((m) => [mdCode(m.metric), formatDrift(m.drift), decisionOf(m)]),
    ['', 'r'],
  );
}

/** Every candidate waiver: its scope, its approval and why it was applied or refused. */
function candidatesTable(candidates: CandidateDecision[]): string {
  return mdTable(
    ['Waiver', 'Source', 'Scope (service / env; metrics; versions)', 'Max drift', 'Expires', 'Approval', 'Decision'],
    candidates.map((d) => {
      const w = d.candidate.waiver;
      return [
        mdText(candidateName(d.candidate)),
        sourceCell(d.candidate),
        scopeCell(w),
        w ? formatPercent(w.max_drift).replace('+', '') : '—',
        w ? mdText(w.expires) : '—',
        approvalCell(d.candidate),
        decisionCell(d),
      ];
    }),
    ['', '', '', 'r'],
  );
}

export function renderWaiverSummary(decision: WaiverDecision, ctx: SummaryContext): string {
  const icon = decision.waived ? '🟡' : decision.nothingToWaive ? '✅' : '❌';
  const title = decision.waived
    ? 'every regression is covered by a verified CAB waiver'
    : decision.nothingToWaive
      ? 'no regression, nothing to waive'
      : 'not waived';
  const lines: string[] = [
    `## ${icon} driftgate cab-waiver-check: ${title}`,
    '',
    `**${mdText(ctx.service)}** (${mdText(ctx.environment)}), candidate ${mdCode(ctx.candidateVersion)}; regressions from ${mdText(ctx.regressionsFrom)}; expiry judged at ${ctx.now}${ctx.nowOverridden ? ' (input `now`, not the clock)' : ''}${ctx.clock ? `, and at the clock (${ctx.clock}): a waiver expired by the clock stays expired` : ''}.`,
    '',
  ];
  if (decision.metrics.length) {
    lines.push(metricsTable(decision.metrics), '');
  }
  if (ctx.comparisonHeadline) {
    lines.push(
      `Updated comparison${ctx.comparisonPath ? ` (${mdCode(ctx.comparisonPath)})` : ''}: ${mdText(ctx.comparisonHeadline)}`,
      '',
    );
  }
  lines.push(`### Candidate waivers (${decision.candidates.length})`, '');
  lines.push(
    `Searched: ${ctx.searched.length ? ctx.searched.map(mdText).join('; ') : 'nothing (no source configured)'}.`,
    '',
  );
  if (decision.candidates.length) {
    lines.push(candidatesTable(decision.candidates), '');
  }
  if (!decision.waived && !decision.nothingToWaive) {
    lines.push(
      '<details><summary>Why not waived</summary>',
      '',
      mdFence('text', waiverReason(decision)),
      '</details>',
      '',
    );
  }
  return lines.join('\n');
}

/** Plain text for the CLI. */
export function renderWaiverText(decision: WaiverDecision, ctx: SummaryContext): string {
  const out: string[] = [];
  out.push(
    decision.waived
      ? `WAIVED: every regression of ${ctx.service} (${ctx.environment}) ${ctx.candidateVersion} is covered by a verified CAB waiver.`
      : decision.nothingToWaive
        ? `Nothing to waive: ${ctx.service} (${ctx.environment}) ${ctx.candidateVersion} has no regression.`
        : `NOT WAIVED: ${ctx.service} (${ctx.environment}) ${ctx.candidateVersion}.`,
  );
  for (const m of decision.metrics) {
    out.push(
      m.waiver
        ? `  ${m.metric} (${formatDrift(m.drift)}): waived by ${m.waiver.id}, up to ${formatPercent(m.waiver.max_drift)}, expires ${m.waiver.expires}, approved by ${m.waiver.approved_by.join(', ')}`
        : `  ${m.metric} (${formatDrift(m.drift)}): ${m.rejections.length ? 'not waived' : 'no waiver found'}`,
    );
  }
  out.push(`Candidates (${decision.candidates.length}; searched ${ctx.searched.join('; ') || 'nothing'}):`);
  for (const d of decision.candidates) {
    const why =
      d.status === 'applied'
        ? `applied to ${d.metrics
            .filter((m) => m.covered)
            .map((m) => m.metric)
            .join(', ')}`
        : d.rejection
          ? `rejected: ${d.rejection.reason}: ${rejectionDetail(d.rejection.finding)}`
          : d.status === 'rejected'
            ? `rejected: ${d.metrics.map((m) => `${m.metric}: ${m.reason} (${detail(m.finding)})`).join('; ')}`
            : 'valid, not needed';
    out.push(`  ${candidateName(d.candidate)} [${d.candidate.source.kind} ${d.candidate.source.ref}]: ${why}`);
  }
  if (ctx.nowOverridden) out.push(`Expiry judged at ${ctx.now} (--now), not the clock.`);
  if (ctx.clock) out.push(`A waiver expired by the clock (${ctx.clock}) stays expired.`);
  return out.join('\n');
}
