/**
 * Does a waiver cover a regression? Pure functions shared by perf-baseline-compare (which applies the
 * `waiver` input) and cab-waiver-check (which finds and verifies waivers). A waiver can never widen itself:
 * `metrics: ['*']` still respects service, environment, versions, max_drift and expires.
 */
import { ConfigurationError } from '../errors.js';
import type { RejectionFinding, WaiverNoteFinding } from '../findings/findings.js';
import type { Comparison, MetricComparison } from '../model/comparison.js';
import type { Waiver } from '../model/waiver.js';

export type WaiverRejection =
  | 'expired'
  | 'wrong service'
  | 'wrong environment'
  | 'wrong version'
  | 'metric not covered'
  | 'drift above max_drift'
  | 'invalid'
  // Verification (cab-waiver-check): the record may be well-formed and in scope, yet not proven approved.
  | 'approval not verified'
  | 'approver not in cab-team'
  | 'added by the PR under test';

export interface ScopeContext {
  service: string;
  environment: string;
  candidateVersion: string;
  now: Date;
}

export interface CoverContext extends ScopeContext {
  metric: string;
  /** Signed drift (fraction), positive is worse. */
  drift: number | null;
}

/** Covered, or why not: the reason and what it was checked against (core/report/prose.ts rejectionDetail says it). */
export type CoverResult = { ok: true } | { ok: false; reason: WaiverRejection; finding: RejectionFinding };

/** A version entry covers the candidate when equal, or when one is a commit-SHA prefix (>= 7 hex chars) of the other. */
export function versionMatches(entry: string, candidate: string): boolean {
  if (entry === candidate) return true;
  const sha = /^[0-9a-f]{7,40}$/i;
  if (sha.test(entry) && sha.test(candidate)) {
    return (
      entry.toLowerCase().startsWith(candidate.toLowerCase()) || candidate.toLowerCase().startsWith(entry.toLowerCase())
    );
  }
  return false;
}

/** Everything about a waiver that does not depend on the metric: expiry, service, environment, versions. */
export function checkScope(w: Waiver, ctx: ScopeContext): CoverResult {
  const expires = Date.parse(w.expires);
  if (Number.isNaN(expires))
    return { ok: false, reason: 'invalid', finding: { code: 'expires-not-a-time', expires: w.expires } };
  if (expires <= ctx.now.getTime())
    return { ok: false, reason: 'expired', finding: { code: 'expired', expires: w.expires } };
  if (w.service !== ctx.service) {
    const finding: RejectionFinding = { code: 'other-service', waiver: w.service, candidate: ctx.service };
    return { ok: false, reason: 'wrong service', finding };
  }
  if (w.environment !== ctx.environment) {
    const finding: RejectionFinding = { code: 'other-environment', waiver: w.environment, candidate: ctx.environment };
    return { ok: false, reason: 'wrong environment', finding };
  }
  if (w.versions && w.versions.length > 0 && !w.versions.some((v) => versionMatches(v, ctx.candidateVersion))) {
    const finding: RejectionFinding = { code: 'other-versions', waiver: w.versions, candidate: ctx.candidateVersion };
    return { ok: false, reason: 'wrong version', finding };
  }
  return { ok: true };
}

export function checkCoverage(w: Waiver, ctx: CoverContext): CoverResult {
  const scope = checkScope(w, ctx);
  if (!scope.ok) return scope;
  if (!w.metrics.includes('*') && !w.metrics.includes(ctx.metric)) {
    const finding: RejectionFinding = { code: 'metric-not-listed', waiver: w.metrics, candidate: ctx.metric };
    return { ok: false, reason: 'metric not covered', finding };
  }
  if (ctx.drift === null || !Number.isFinite(ctx.drift) || ctx.drift > w.max_drift) {
    const finding: RejectionFinding = { code: 'drift-above-max', drift: ctx.drift, maxDrift: w.max_drift };
    return { ok: false, reason: 'drift above max_drift', finding };
  }
  return { ok: true };
}

/** Parse the `waiver` input: JSON of one waiver or an array of them (cab-waiver-check's `waiver` output). */
export function parseWaiverInput(text: string | undefined, inputName = 'waiver'): Waiver[] {
  if (text === undefined || text.trim() === '' || text.trim() === 'null' || text.trim() === '[]') return [];
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ConfigurationError(
      `Input "${inputName}" is not valid JSON: pass the \`waiver\` output of cab-waiver-check (a JSON object or array of waivers).`,
    );
  }
  const list = Array.isArray(data) ? data : [data];
  return list.map((w, i) => {
    const where = `Input "${inputName}"${list.length > 1 ? `[${i}]` : ''}`;
    if (typeof w !== 'object' || w === null)
      throw new ConfigurationError(`${where} is ${JSON.stringify(w)}: expected a waiver object.`);
    const o = w as Record<string, unknown>;
    for (const k of ['id', 'service', 'environment', 'expires']) {
      if (typeof o[k] !== 'string' || o[k] === '')
        throw new ConfigurationError(
          `${where} has no "${k}": pass the \`waiver\` output of cab-waiver-check unchanged.`,
        );
    }
    if (!Array.isArray(o.metrics) || o.metrics.length === 0)
      throw new ConfigurationError(`${where} has no "metrics" list.`);
    if (typeof o.max_drift !== 'number' || !(o.max_drift > 0) || o.max_drift > 10)
      throw new ConfigurationError(
        `${where} has no numeric "max_drift" between 0 and 10 (a fraction, 0.25 = 25%): pass the \`waiver\` output of cab-waiver-check unchanged.`,
      );
    if (!Array.isArray(o.approved_by) || o.approved_by.length === 0)
      throw new ConfigurationError(
        `${where} has no approvers ("approved_by"); an unapproved waiver cannot be applied.`,
      );
    return o as unknown as Waiver;
  });
}

export interface WaiverOutcome {
  metric: string;
  waiver: Waiver | null;
  /** Why each waiver did not apply, when none did. */
  rejections: Array<{ waiver: string; reason: WaiverRejection; finding: RejectionFinding }>;
}

/** Decide, per regressed metric, which waiver (if any) covers it. */
export function matchWaivers(
  comparison: Pick<Comparison, 'service' | 'environment' | 'candidate' | 'metrics'>,
  waivers: Waiver[],
  now: Date,
): WaiverOutcome[] {
  return comparison.metrics
    .filter((m) => m.verdict === 'regression')
    .map((m) => {
      const rejections: WaiverOutcome['rejections'] = [];
      for (const w of waivers) {
        const r = checkCoverage(w, {
          service: comparison.service,
          environment: comparison.environment,
          candidateVersion: comparison.candidate.version,
          metric: m.id,
          drift: m.drift,
          now,
        });
        if (r.ok) return { metric: m.id, waiver: w, rejections };
        rejections.push({ waiver: w.id, reason: r.reason, finding: r.finding });
      }
      return { metric: m.id, waiver: null, rejections };
    });
}

/** How a comparison records a waiver it applied (perf-comparison.json `waivers[]`). */
export function waiverRecord(w: Waiver): Comparison['waivers'][number] {
  return {
    id: w.id,
    approvedBy: w.approved_by,
    expires: w.expires,
    metrics: w.metrics,
    maxDrift: w.max_drift,
    ...(w.ticket ? { ticket: w.ticket } : {}),
  };
}

/** A metric after the waivers, with what to note on it (core/report/prose.ts withWaiverNotes says it in its notes). */
export type WaivedMetric = MetricComparison & { waiverFindings: WaiverNoteFinding[] };

/** Mark covered regressions as `waived` (pure: returns new metric objects), noting the waiver or each rejection. */
export function applyWaiverOutcomes(metrics: MetricComparison[], outcomes: WaiverOutcome[]): WaivedMetric[] {
  return metrics.map((m) => {
    const o = outcomes.find((x) => x.metric === m.id);
    if (!o) return { ...m, waiverFindings: [] };
    if (!o.waiver) {
      const waiverFindings = o.rejections.map(
        (r): WaiverNoteFinding => ({ code: 'not-applied', waiver: r.waiver, finding: r.finding }),
      );
      return { ...m, waiverFindings };
    }
    const w = o.waiver;
    return {
      ...m,
      verdict: 'waived',
      waiver: {
        id: w.id,
        approvedBy: w.approved_by,
        expires: w.expires,
        maxDrift: w.max_drift,
        ...(w.ticket ? { ticket: w.ticket } : {}),
      },
      waiverFindings: [{ code: 'waived', waiver: w.id, approvedBy: w.approved_by, expires: w.expires }],
    };
  });
}
