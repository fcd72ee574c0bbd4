/**
 * Does a waiver cover a regression? Pure functions shared by perf-baseline-compare (which applies the
 * `waiver` input) and cab-waiver-check (which finds and verifies waivers). A waiver can never widen itself:
 * `metrics: ['*']` still respects service, environment, versions, max_drift and expires.
 */
import { ConfigurationError } from '../errors.js';
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

export type CoverResult = { ok: true } | { ok: false; reason: WaiverRejection; detail: string };

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

/** A drift as a percentage, with enough digits that "31.0% is above 31.0%" cannot happen. */
export function formatDriftPair(drift: number, max: number): [string, string] {
  for (const digits of [1, 2, 3, 4]) {
    const a = (drift * 100).toFixed(digits);
    const b = (max * 100).toFixed(digits);
    if (a !== b || digits === 4) return [`${a}%`, `${b}%`];
  }
  return [`${drift * 100}%`, `${max * 100}%`];
}

/** Everything about a waiver that does not depend on the metric: expiry, service, environment, versions. */
export function checkScope(w: Waiver, ctx: ScopeContext): CoverResult {
  const expires = Date.parse(w.expires);
  if (Number.isNaN(expires))
    return { ok: false, reason: 'invalid', detail: `expires ${JSON.stringify(w.expires)} is not an RFC 3339 time` };
  if (expires <= ctx.now.getTime()) return { ok: false, reason: 'expired', detail: `expired at ${w.expires}` };
  if (w.service !== ctx.service)
    return { ok: false, reason: 'wrong service', detail: `for service ${w.service}, not ${ctx.service}` };
  if (w.environment !== ctx.environment) {
    return {
      ok: false,
      reason: 'wrong environment',
      detail: `for environment ${w.environment}, not ${ctx.environment}`,
    };
  }
  if (w.versions && w.versions.length > 0 && !w.versions.some((v) => versionMatches(v, ctx.candidateVersion))) {
    return {
      ok: false,
      reason: 'wrong version',
      detail: `for versions ${w.versions.join(', ')}, not ${ctx.candidateVersion}`,
    };
  }
  return { ok: true };
}

export function checkCoverage(w: Waiver, ctx: CoverContext): CoverResult {
  const scope = checkScope(w, ctx);
  if (!scope.ok) return scope;
  if (!w.metrics.includes('*') && !w.metrics.includes(ctx.metric)) {
    return { ok: false, reason: 'metric not covered', detail: `covers ${w.metrics.join(', ')}, not ${ctx.metric}` };
  }
  if (ctx.drift === null || !Number.isFinite(ctx.drift) || ctx.drift > w.max_drift) {
    const [shown, max] =
      ctx.drift === null || !Number.isFinite(ctx.drift)
        ? ['unknown', `${(w.max_drift * 100).toFixed(1)}%`]
        : formatDriftPair(ctx.drift, w.max_drift);
    return {
      ok: false,
      reason: 'drift above max_drift',
      detail: `drift ${shown} is above max_drift ${max}`,
    };
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
  rejections: Array<{ waiver: string; reason: WaiverRejection; detail: string }>;
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
        rejections.push({ waiver: w.id, reason: r.reason, detail: r.detail });
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

/** Mark covered regressions as `waived` (pure: returns new metric objects). */
export function applyWaiverOutcomes(metrics: MetricComparison[], outcomes: WaiverOutcome[]): MetricComparison[] {
  return metrics.map((m) => {
    const o = outcomes.find((x) => x.metric === m.id);
    if (!o) return m;
    if (!o.waiver) {
      return { ...m, notes: [...m.notes, ...o.rejections.map((r) => `waiver ${r.waiver} not applied: ${r.detail}`)] };
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
      notes: [...m.notes, `waived by ${w.id} (approved by ${w.approved_by.join(', ')}, expires ${w.expires})`],
    };
  });
}
