/**
 * What a run puts on the release ticket and the GitHub release (pure functions, no I/O):
 * - the file names, one set per service, environment and version, so a re-run replaces exactly its own
 *   files: perf-comparison-<service>-<environment>-<version>.json / .md (perf-baseline-compare) and
 *   perf_verification-<service>-<environment>-<version>.json (post-deploy-verify);
 * - the Jira comment (wiki markup) with the verdict table, ending in a marker line so a re-run edits it;
 * - the one line of the release notes section (Markdown).
 */
import { createHash } from 'node:crypto';
import { mdCode, mdText } from '../../core/escape.js';
import type { Comparison } from '../../core/model/comparison.js';
import { formatPercent } from '../../core/numbers.js';
import { formatSide, OVERALL_ICON, VERDICT_ICON, worstFirst } from '../../core/report/format.js';
import type { Verification } from '../bake/evidence.js';

export type EvidenceKind = 'compare' | 'verify';

export interface EvidenceFile {
  /** Local path of the file. */
  path: string;
  /** Name on the ticket and on the release. */
  name: string;
  contentType: string;
}

/** Everything publishRelease needs, independent of which action produced it. */
export interface ReleaseEvidence {
  kind: EvidenceKind;
  service: string;
  environment: string;
  version: string;
  verdict: string;
  /** Emoji for the verdict. */
  icon: string;
  headline: string;
  files: EvidenceFile[];
  /** Jira wiki markup, without the marker line. */
  jiraComment: string;
  runUrl?: string;
}

/** GitHub asset names keep letters, digits, '.', '-' and '_'; Jira accepts them too. */
export function nameSegment(text: string): string {
  return text.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^[.]+/, '_') || '_';
}

export function evidenceFileName(
  base: 'perf-comparison' | 'perf_verification',
  service: string,
  environment: string,
  version: string,
  ext: 'json' | 'md',
): string {
  return `${base}-${nameSegment(service)}-${nameSegment(environment)}-${nameSegment(version)}.${ext}`;
}

/**
 * The marker a re-run finds its Jira comment by. Plain letters, digits and dots only: it must survive Jira's
 * wiki-markup rendering (and Cloud's round trip through its document format) unchanged.
 */
export function evidenceMarker(e: Pick<ReleaseEvidence, 'kind' | 'service' | 'environment' | 'version'>): string {
  const h = createHash('sha256')
    .update(JSON.stringify([e.kind, e.service, e.environment, e.version]))
    .digest('hex')
    .slice(0, 16);
  return `driftgate.evidence.${h}`;
}

const KIND_TITLE: Record<EvidenceKind, string> = {
  compare: 'pre-deploy gate',
  verify: 'post-deploy bake',
};

/** Escape text for a wiki-markup table cell or paragraph. */
export function wiki(text: string): string {
  return text
    .replace(/\r?\n/g, ' ')
    .replace(/([|{}[\]*_+^~?\\-])/g, '\\$1')
    .trim();
}

function wikiRow(cells: string[], header = false): string {
  const sep = header ? '||' : '|';
  return `${sep}${cells.join(sep)}${sep}`;
}

export function comparisonEvidence(
  c: Comparison,
  files: { jsonPath: string; markdownPath: string },
  runUrl?: string,
): ReleaseEvidence {
  const name = (ext: 'json' | 'md') =>
    evidenceFileName('perf-comparison', c.service, c.environment, c.candidate.version, ext);
  const rows = worstFirst(c.metrics).map((m) =>
    wikiRow([
      `${VERDICT_ICON[m.verdict]} ${wiki(m.title)} (${wiki(m.id)})`,
      wiki(formatSide(m.baseline, m.unit)),
      wiki(formatSide(m.candidate, m.unit)),
      wiki(formatPercent(m.drift)),
      m.interval ? wiki(`${formatPercent(m.interval.low)} … ${formatPercent(m.interval.high)}`) : '\u2014',
      wiki(`${m.verdict}${m.waiver ? ` (${m.waiver.id})` : ''}`),
    ]),
  );
  const jiraComment = [
    `h3. ${OVERALL_ICON[c.verdict]} driftgate ${KIND_TITLE.compare}: *${c.verdict}* for ${wiki(c.service)} (${wiki(c.environment)}) ${wiki(c.candidate.version)}`,
    '',
    `bq. ${wiki(c.headline)}`,
    '',
    `Baseline ${wiki(c.baseline.version)} (${wiki(c.baseline.resolvedFrom)}) vs candidate ${wiki(c.candidate.version)}; method ${wiki(c.method.name)}, tolerance ${Math.round(c.method.tolerance * 1000) / 10}%.`,
    '',
    wikiRow(['Metric', 'Baseline', 'Candidate', 'Drift', 'Interval', 'Verdict'], true),
    ...rows,
    '',
    `Attached: ${name('json')}, ${name('md')}${runUrl ? ` · [workflow run|${runUrl}]` : ''}`,
  ].join('\n');
  return {
    kind: 'compare',
    service: c.service,
    environment: c.environment,
    version: c.candidate.version,
    verdict: c.verdict,
    icon: OVERALL_ICON[c.verdict],
    headline: c.headline,
    files: [
      { path: files.jsonPath, name: name('json'), contentType: 'application/json' },
      { path: files.markdownPath, name: name('md'), contentType: 'text/markdown' },
    ],
    jiraComment,
    ...(runUrl ? { runUrl } : {}),
  };
}

const BAKE_ICON: Record<string, string> = {
  pass: '✅',
  rollback: '⏪',
  ticket: '🎫',
  breach: '⚠️',
  inconclusive: '❔',
  cancelled: '⏹️',
};

export function verificationEvidence(v: Verification, path: string, runUrl?: string): ReleaseEvidence {
  const name = evidenceFileName('perf_verification', v.service, v.environment, v.version, 'json');
  const num = (x: number | null, drift: boolean) =>
    x === null ? '\u2014' : drift ? formatPercent(x) : String(Number(x.toPrecision(3)));
  const events = v.events.filter((e) => e.type !== 'cleared').slice(0, 30);
  const table = events.length
    ? [
        wikiRow(['At', 'Event', 'Rule', 'Metric', 'Value', 'Threshold'], true),
        ...events.map((e) =>
          wikiRow([
            wiki(e.at),
            wiki(`${e.type}${e.action ? ` (${e.action})` : ''}`),
            wiki(e.rule),
            wiki(e.metric),
            wiki(num(e.value, e.rule === 'drift')),
            wiki(num(e.threshold, e.rule === 'drift')),
          ]),
        ),
      ]
    : ['No rule fired during the bake.'];
  const r = v.actions.rollback;
  const jiraComment = [
    `h3. ${BAKE_ICON[v.verdict] ?? ''} driftgate ${KIND_TITLE.verify}: *${v.verdict}* for ${wiki(v.service)} (${wiki(v.environment)}) ${wiki(v.version)}`,
    '',
    `bq. ${wiki(v.headline)}`,
    '',
    `Baseline ${wiki(v.baseline.version)}; bake ${wiki(v.bake.start)} .. ${wiki(v.bake.end)} (${v.bake.ticks} ticks, ${v.bake.mode}).${r ? ` Rollback (${r.mode}): ${wiki(r.action)}${r.rollback_deployment_id ? ` ${wiki(r.rollback_deployment_id)} ${wiki(r.final_status ?? '')}` : ''}.` : ''}`,
    '',
    ...table,
    '',
    `Attached: ${name}${runUrl ? ` · [workflow run|${runUrl}]` : ''}`,
  ].join('\n');
  return {
    kind: 'verify',
    service: v.service,
    environment: v.environment,
    version: v.version,
    verdict: v.verdict,
    icon: BAKE_ICON[v.verdict] ?? '',
    headline: v.headline,
    files: [{ path, name, contentType: 'application/json' }],
    jiraComment,
    ...(runUrl ? { runUrl } : {}),
  };
}

/** The release-notes line of one piece of evidence (Markdown); `links` are the uploaded assets. */
export function notesLine(e: ReleaseEvidence, links: Array<{ name: string; url: string }>): string {
  const files = links.map(
    (l) => `[${l.name.endsWith('.md') ? 'report' : l.name.endsWith('.json') ? 'json' : l.name}](${l.url})`,
  );
  const run = e.runUrl ? [`[run](${e.runUrl})`] : [];
  const tail = [...files, ...run].join(' · ');
  const headline = mdText(e.headline.replace(/\s+/g, ' ').trim());
  return `${e.icon} **${KIND_TITLE[e.kind]} (${mdText(e.environment)}): ${e.verdict}** — ${mdCode(e.version)}: ${headline}${tail ? ` · ${tail}` : ''}`;
}

export function notesRowKey(e: Pick<ReleaseEvidence, 'kind' | 'environment'>): string {
  return `${e.kind}:${e.environment}`;
}
