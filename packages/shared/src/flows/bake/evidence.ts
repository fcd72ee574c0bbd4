/**
 * perf_verification.json ("driftgate.verification/v2"): the bake's evidence. PERF-003 §7 "publish
 * perf_verification.json to S3", §8 "s3://nc-perf-results/daily/YYYYMMDD/". JSON Schema:
 * core/schemas/verification-schema.ts (packages/shared/schemas/verification.schema.json).
 *
 * What it holds: who and what was baked (service, environment, version, baseline), when (bake start/end),
 * every tick's values (the interval's value, events, ratio to baseline, SLO, the judge's drift over the
 * trailing window), the rules' events (detected / cleared / fired, with value and threshold), the first
 * detection and decision times, the verdict, and what was done about it (rollback, tickets, promotion,
 * notifications). Times are RFC 3339; values are in each metric's unit; drifts are fractions.
 *
 * Layout on S3: <s3-uri prefix>YYYYMMDD/<service>/<environment>/<version>/perf_verification.json, where
 * YYYYMMDD is the bake start's UTC date. Written locally first (always), then uploaded (io/publish/s3.ts).
 *
 * v2 (this version) over v1: verdict `ticket` replaces `breach` (which mixed drift tickets with standing SLO
 * breaches); `slo_breaches` lists sustained SLO violations (standing: the baseline had them too; new);
 * `inconclusive_metrics` lists watched metrics that could not be judged; `critical` in the settings; each
 * window's metric carries `span_seconds` (the evidence was pooled over more than one interval). v1 files are
 * still read (`readVerification`), with `breach` read as `ticket`.
 */

import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BakeSettings } from '../../core/bake/bake-settings.js';
import { describeSettings } from '../../core/bake/bake-settings.js';
import type { BakeVerdict, RuleEvent, SloBreach, TickEvaluation } from '../../core/bake/rules.js';
import { ConfigurationError } from '../../core/errors.js';
import { jsonText, mdTable } from '../../core/escape.js';
import type {
  ConclusionFinding,
  IntervalFinding,
  NoteFinding,
  RuleFinding,
  UnjudgedFinding,
} from '../../core/findings/findings.js';
import type { MetricBaseline } from '../../core/model/baseline.js';
import { redactDeep } from '../../core/redact.js';
import { intervalReason, noteText, ruleMessage, unjudgedReason } from '../../core/report/prose.js';
import { isoTime } from '../../core/time.js';
import { jsonSyntaxError } from '../../core/validation.js';
import { DRIFTGATE_VERSION } from '../../core/version.js';
import type { RollbackRecord } from '../../io/codedeploy.js';
import { keySegment } from '../../io/publish/s3.js';
import type { BakeOutcome } from './loop.js';

export const VERIFICATION_SCHEMA = 'driftgate.verification/v2';
export const VERIFICATION_SCHEMA_V1 = 'driftgate.verification/v1';
export const VERIFICATION_FILE = 'perf_verification.json';

export interface TicketRecord {
  system: 'jira' | 'github';
  url: string | null;
  key?: string;
  created: boolean;
  fingerprint: string;
  error?: string;
}

export interface Actions {
  rollback: RollbackRecord | null;
  continue_deployment: { deployment_id: string; status: string } | null;
  tickets: TicketRecord[];
  promotion: {
    uri: string;
    version: string;
    status: string;
    previous?: { version: string; verifiedAt: string };
    message: string;
  } | null;
  notifications: Array<{ kind: 'slack' | 'grafana'; what: string; ok: boolean; detail?: string }>;
}

export interface Verification {
  schema: typeof VERIFICATION_SCHEMA;
  tool: { name: 'driftgate'; version: string };
  generated_at: string;
  service: string;
  environment: string;
  version: string;
  baseline: {
    version: string;
    resolved_from: string;
    window: { start: string; end: string };
    values: Record<
      string,
      {
        value: number | null;
        slo_met: boolean | null;
        notes: string[];
        /** What the notes say, as codes and numbers (docs/findings.md). */
        findings?: NoteFinding[];
        /** baseline store: the record's one baseline (computed once when promoted); window: this bake's window. */
        from?: 'store' | 'window';
        /** Histogram quantiles: the other statistics derived from the same data (core/judge/release-baseline.ts). */
        histogram_quantile?: number | null;
        histogram_quantile_5m?: number | null;
      }
    >;
  };
  /**
   * The deployed version's own baseline over this bake (core/judge/release-baseline.ts): what the baseline store record
   * holds once it is promoted, and what the next release's gate, bake and watch use.
   */
  release_baseline?: {
    estimator: string;
    trim_incidents: boolean;
    metrics: Record<
      string,
      {
        value: number | null;
        histogram_quantile?: number | null;
        histogram_quantile_5m?: number | null;
        events?: number;
      }
    >;
  };
  bake: {
    start: string;
    planned_end: string;
    end: string;
    mode: 'replay' | 'live' | 'replay+live';
    ticks: number;
    settings: ReturnType<typeof describeSettings>;
  };
  source: { kind: string; description: string; requests: number };
  verdict: BakeVerdict;
  headline: string;
  /** What the headline says, as a code and its numbers (docs/findings.md). */
  finding?: ConclusionFinding;
  first_detection_at: string | null;
  decided_at: string | null;
  coverage: Record<string, number>;
  /** Sustained SLO violations: standing (the baseline violated the SLO too) and new. */
  slo_breaches: { standing: SloBreachRecord[]; new: SloBreachRecord[] };
  /** Watched metrics that could not be judged; a critical one makes the verdict inconclusive. */
  inconclusive_metrics: Array<{ metric: string; critical: boolean; reason: string; finding?: UnjudgedFinding }>;
  /** `finding`: what `message` says, as a code and its numbers (docs/findings.md). */
  events: Array<Omit<RuleEvent, 'at' | 'finding'> & { at: string; message: string; finding?: RuleFinding }>;
  windows: Array<{
    at: string;
    interval: { start: string; end: string };
    judge_window: { start: string; end: string } | null;
    notes: string[];
    metrics: Record<
      string,
      {
        value: number | null;
        events?: number;
        sufficient: boolean;
        /** Seconds the evidence was pooled over, when more than the interval. */
        span_seconds?: number;
        reason?: string;
        /** What `reason` says, as a code and its numbers. */
        finding?: IntervalFinding;
        ratio: number | null;
        slo_met: boolean | null;
        drift: number | null;
        drift_interval: [number, number] | null;
        drift_verdict: string | null;
      }
    >;
  }>;
  actions: Actions;
  run: { url?: string; repository?: string; sha?: string; ref?: string; attempt?: string };
}

export interface SloBreachRecord {
  metric: string;
  objective: string;
  value: number | null;
  baseline: number | null;
  since: string;
  at: string;
  /** report: listed only; rollback: it decided the rollback. */
  action: 'report' | 'rollback' | 'ticket';
}

export interface EvidenceInput {
  service: string;
  environment: string;
  version: string;
  baselineVersion: string;
  baselineResolvedFrom: string;
  baselineWindow: { start: number; end: number };
  bakeStart: number;
  settings: BakeSettings;
  outcome: BakeOutcome;
  verdict: BakeVerdict;
  headline: string;
  source: { kind: string; description: string; requests: number };
  actions: Actions;
  run: Verification['run'];
  generatedAt: number;
}

function round(v: number | null | undefined, digits = 6): number | null {
  if (v === null || v === undefined || !Number.isFinite(v)) return null;
  return Number(v.toPrecision(digits));
}

function windowRecord(t: TickEvaluation): Verification['windows'][number] {
  const metrics: Verification['windows'][number]['metrics'] = {};
  for (const m of t.metrics) {
    if (!m.applicable) continue;
    metrics[m.id] = {
      value: round(m.value),
      ...(m.events !== undefined ? { events: m.events } : {}),
      sufficient: m.sufficient,
      ...(m.span !== undefined && m.span > t.interval.end - t.interval.start ? { span_seconds: m.span } : {}),
      ...(m.why ? { reason: intervalReason(m.why), finding: m.why } : {}),
      ratio: round(m.ratio, 4),
      slo_met: m.sloMet,
      drift: round(m.drift?.drift ?? null, 4),
      drift_interval: m.drift?.interval
        ? [round(m.drift.interval.low, 4) as number, round(m.drift.interval.high, 4) as number]
        : null,
      drift_verdict: m.drift?.verdict ?? null,
    };
  }
  return {
    at: isoTime(t.at),
    interval: { start: isoTime(t.interval.start), end: isoTime(t.interval.end) },
    judge_window: t.judgeWindow ? { start: isoTime(t.judgeWindow.start), end: isoTime(t.judgeWindow.end) } : null,
    notes: t.notes,
    metrics,
  };
}

/** The evidence, with every string redacted (redact.ts): a server's echoed token never reaches the file. */
export function buildVerification(input: EvidenceInput): Verification {
  return redactDeep(evidenceOf(input));
}

function evidenceOf(input: EvidenceInput): Verification {
  const { outcome } = input;
  const c = outcome.conclusion;
  const cancelled = input.verdict === 'cancelled';
  const finding = outcomeFinding(outcome);
  return {
    schema: VERIFICATION_SCHEMA,
    tool: { name: 'driftgate', version: DRIFTGATE_VERSION },
    generated_at: isoTime(input.generatedAt),
    service: input.service,
    environment: input.environment,
    version: input.version,
    baseline: baselineRecord(input),
    ...(outcome.release ? { release_baseline: releaseBaselineRecord(outcome.release) } : {}),
    bake: {
      start: isoTime(input.bakeStart),
      planned_end: isoTime(outcome.plannedEnd),
      end: isoTime(outcome.endedAt),
      mode: outcome.mode,
      ticks: outcome.ticks.length,
      settings: describeSettings(input.settings),
    },
    source: input.source,
    verdict: input.verdict,
    headline: input.headline,
    finding,
    first_detection_at: c.firstDetectionAt === null ? null : isoTime(c.firstDetectionAt),
    decided_at: cancelled || c.decidedAt === null ? null : isoTime(c.decidedAt),
    coverage: Object.fromEntries(Object.entries(c.coverage).map(([k, v]) => [k, round(v, 4) as number])),
    slo_breaches: sloBreachRecords(c.sloBreaches),
    inconclusive_metrics: c.inconclusive.map(({ metric, critical, finding }) => ({
      metric,
      critical,
      reason: unjudgedReason(finding),
      finding,
    })),
    events: outcome.events.map(eventRecord),
    windows: outcome.ticks.map(windowRecord),
    actions: input.actions,
    run: input.run,
  };
}

/** What the bake concluded, as the headline says it: cancelled, a source that could not be reached, or the rules'. */
export function outcomeFinding(outcome: BakeOutcome): ConclusionFinding {
  if (outcome.cancelled) return { code: 'cancelled', ticks: outcome.ticks.length };
  if (outcome.unreachable !== undefined) return { code: 'unreachable', reason: outcome.unreachable };
  return outcome.conclusion.summary;
}

/** The baseline the bake judged against: its version, window and each metric's value, notes and findings. */
function baselineRecord(input: EvidenceInput): Verification['baseline'] {
  return {
    version: input.baselineVersion,
    resolved_from: input.baselineResolvedFrom,
    window: { start: isoTime(input.baselineWindow.start), end: isoTime(input.baselineWindow.end) },
    values: Object.fromEntries(
      input.outcome.baseline.map((b) => [
        b.metric.id,
        {
          value: round(b.value),
          slo_met: b.sloMet,
          notes: b.findings.map(noteText),
          findings: b.findings,
          from: b.from,
          ...derivedStatistics(b.baseline),
        },
      ]),
    ),
  };
}

/** The deployed version's own baseline over this bake (what its baseline store record holds once promoted). */
function releaseBaselineRecord(
  release: NonNullable<BakeOutcome['release']>,
): NonNullable<Verification['release_baseline']> {
  return {
    estimator: release.estimator,
    trim_incidents: release.trimIncidents,
    metrics: Object.fromEntries(
      Object.entries(release.metrics).map(([id, m]) => [
        id,
        {
          value: round(m.value),
          ...derivedStatistics(m),
          ...(m.events !== undefined ? { events: m.events } : {}),
        },
      ]),
    ),
  };
}

/** A rule event as the evidence holds it: RFC 3339 time, rounded numbers, its message and its finding. */
function eventRecord({ finding, ...e }: RuleEvent): Verification['events'][number] {
  return {
    ...e,
    message: ruleMessage(finding),
    at: isoTime(e.at),
    value: round(e.value),
    threshold: round(e.threshold),
    ...(e.ratio !== undefined ? { ratio: round(e.ratio, 4) } : {}),
    finding,
  };
}

/** Where the baseline values came from, when the baseline store record gave them. */
function baselineFrom(v: Verification): string {
  const stored = Object.values(v.baseline.values).filter((b) => b.from === 'store').length;
  return stored ? `; values from its baseline store record, computed once from its data` : '';
}

/** A histogram quantile's other statistics from the same data, when it has them. */
function derivedStatistics(m: MetricBaseline) {
  return {
    ...(m.histogramQuantile !== undefined ? { histogram_quantile: round(m.histogramQuantile ?? null) } : {}),
    ...(m.histogramQuantile5m !== undefined ? { histogram_quantile_5m: round(m.histogramQuantile5m ?? null) } : {}),
  };
}

function sloBreachRecords(list: SloBreach[]): Verification['slo_breaches'] {
  const rec = (b: SloBreach): SloBreachRecord => ({
    metric: b.metric,
    objective: b.objective,
    value: round(b.value),
    baseline: round(b.baseline),
    since: isoTime(b.since),
    at: isoTime(b.at),
    action: b.action,
  });
  return {
    standing: list.filter((b) => b.kind === 'standing').map(rec),
    new: list.filter((b) => b.kind === 'new').map(rec),
  };
}

/**
 * Read a perf_verification.json of either schema version: v2 as is, v1 upgraded (verdict `breach` read as
 * `ticket`, empty slo_breaches and inconclusive_metrics). Anything else is a ConfigurationError naming `where`.
 */
export function readVerification(text: string, where: string): Verification {
  let doc: any;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new ConfigurationError(
      `${where} is not JSON (${jsonSyntaxError(e, text)}): expected a perf_verification.json.`,
    );
  }
  if (doc?.schema === VERIFICATION_SCHEMA) return doc as Verification;
  if (doc?.schema === VERIFICATION_SCHEMA_V1) {
    return {
      ...doc,
      schema: VERIFICATION_SCHEMA,
      verdict: doc.verdict === 'breach' ? 'ticket' : doc.verdict,
      slo_breaches: { standing: [], new: [] },
      inconclusive_metrics: [],
    } as Verification;
  }
  throw new ConfigurationError(
    `${where} has schema ${JSON.stringify(doc?.schema)}: expected "${VERIFICATION_SCHEMA}" or "${VERIFICATION_SCHEMA_V1}" (a perf_verification.json written by post-deploy-verify).`,
  );
}

/** <prefix>YYYYMMDD/<service>/<environment>/<version>/perf_verification.json */
export function evidenceKey(
  prefix: string,
  bakeStart: number,
  service: string,
  environment: string,
  version: string,
): string {
  const day = isoTime(bakeStart).slice(0, 10).replace(/-/g, '');
  return `${prefix}${day}/${keySegment(service)}/${keySegment(environment)}/${keySegment(version)}/${VERIFICATION_FILE}`;
}

export function serializeVerification(v: Verification): string {
  return `${jsonText(redactDeep(v))}\n`;
}

/** Write perf_verification.json into `dir`; returns its path and the exact bytes written. */
export async function writeVerification(v: Verification, dir: string): Promise<{ path: string; body: string }> {
  await mkdir(dir, { recursive: true });
  const path = join(dir, VERIFICATION_FILE);
  const body = serializeVerification(v);
  await writeFile(path, body);
  return { path, body };
}

/** A short Markdown report for the job summary and the CLI. */
export function renderVerificationMarkdown(v: Verification): string {
  const icon = { pass: '✅', rollback: '⏪', ticket: '🎫', inconclusive: '❔', cancelled: '⏹️' }[v.verdict];
  const lines = [
    `## ${icon} driftgate post-deploy-verify: ${v.verdict}`,
    '',
    v.headline,
    '',
    `**${v.service}** (${v.environment}) version \`${v.version}\` vs baseline \`${v.baseline.version}\` (${v.baseline.resolved_from}${baselineFrom(v)}); bake ${v.bake.start} .. ${v.bake.end} (${v.bake.ticks} ticks, ${v.bake.mode}).`,
    '',
  ];
  if (v.first_detection_at || v.decided_at) {
    lines.push(`First detection: ${v.first_detection_at ?? '—'} · decided: ${v.decided_at ?? '—'}`, '');
  }
  const sb = v.slo_breaches;
  if (sb.standing.length || sb.new.length) {
    lines.push(sloBreachTable(sb), '');
  }
  if (v.inconclusive_metrics.length) {
    lines.push(
      `Not judged: ${v.inconclusive_metrics.map((m) => `${m.metric}${m.critical ? ' (critical)' : ''}: ${m.reason}`).join('; ')}`,
      '',
    );
  }
  const fired = v.events.filter((e) => e.type !== 'cleared');
  if (fired.length) {
    lines.push(eventTable(fired.slice(0, 30)), '');
  }
  const a = v.actions;
  if (a.rollback) {
    const r = a.rollback;
    const what = r.deployment_id
      ? `${r.would ? `would ${r.would}` : r.action} of ${r.deployment_id}${r.rollback_deployment_id ? ` → ${r.rollback_deployment_id} ${r.final_status ?? ''}` : ''}`
      : 'no deployment given';
    lines.push(`Rollback (${r.mode}): ${what}${r.notes.length ? ` — ${r.notes.join('; ')}` : ''}`);
  }
  for (const t of a.tickets)
    lines.push(`Ticket (${t.system}): ${t.url ?? t.error ?? '—'}${t.created ? '' : ' (existing)'}`);
  if (a.promotion) lines.push(`Baseline store: ${a.promotion.message}`);
  lines.push('');
  lines.push(windowTable(v));
  return `${lines.join('\n')}\n`;
}

function sloBreachTable(sb: Verification['slo_breaches']): string {
  const row = (kind: string) => (b: SloBreachRecord) => [
    kind,
    b.metric,
    short(b.value),
    b.objective,
    short(b.baseline),
    b.since,
    b.action === 'report' ? 'reported' : b.action,
  ];
  return mdTable(
    ['SLO breach', 'metric', 'value', 'objective', 'baseline', 'since', 'action'],
    [...sb.standing.map(row('standing')), ...sb.new.map(row('new'))],
  );
}

function eventTable(events: Verification['events']): string {
  const num = (e: Verification['events'][number], v: number | null) => (e.rule === 'drift' ? pct(v) : short(v));
  return mdTable(
    ['at', 'event', 'rule', 'metric', 'value', 'threshold'],
    events.map((e) => [
      e.at,
      `${e.type}${e.action ? ` (${e.action})` : ''}`,
      e.rule,
      e.metric,
      num(e, e.value),
      num(e, e.threshold),
    ]),
  );
}

/** 3 significant digits for tables (the JSON keeps 6). */
function short(v: number | null): string {
  return v === null ? '—' : Number(v.toPrecision(3)).toString();
}

function pct(v: number | null): string {
  return v === null ? '—' : `${v > 0 ? '+' : ''}${(v * 100).toFixed(1)}%`;
}

/** The per-tick table of the ratio-rule metrics (and error rate): the "window table" of tickets too. */
export function windowTable(v: Verification, max = 40): string {
  const ids = [...new Set([...v.bake.settings.ratio.metrics, 'error_rate'])].filter((id) =>
    v.windows.some((w) => w.metrics[id]),
  );
  if (ids.length === 0 || v.windows.length === 0) return '';
  const rows = v.windows.slice(-max).map((w) => {
    const cells = ids.map((id) => {
      const m = w.metrics[id];
      if (!m) return '—';
      if (!m.sufficient) return `? ${m.reason ?? ''}`.trim();
      return `${short(m.value)}${m.ratio !== null ? ` (${short(m.ratio)}x)` : ''}${m.drift_verdict === 'regression' ? ' drift' : ''}`;
    });
    return [w.at.slice(11, 16), ...cells];
  });
  return mdTable(['tick', ...ids.map((id) => `${id} (x baseline)`)], rows);
}
