/**
 * The decision of cab-waiver-check, as a pure function: candidate waivers (from files, the PR label, Jira)
 * with their approval proofs, plus the regressions to waive -> which waiver covers which metric, and why
 * every other candidate was refused.
 *
 * Order of checks for a candidate (the first failure is its reason):
 *   1. the record is valid (schema, YAML, Jira fields)                      -> 'invalid'
 *   2. scope: not expired, right service, environment, candidate version   -> 'expired', 'wrong ...'
 *   3. the approval is proven (GitHub review by cab-team / Jira status)     -> 'approver not in cab-team',
 *                                                                              'added by the PR under test',
 *                                                                              'approval not verified'
 *   4. per metric: the metric is listed (or "*") and drift <= max_drift       -> 'metric not covered',
 *                                                                              'drift above max_drift'
 * `*` never lifts 2. or the max_drift of 4.: a waiver can never widen itself.
 * A metric is waived when at least one candidate passes all four; when several do, the tightest wins
 * (named metric over "*", then smaller max_drift, then earlier expiry), so the record shows the narrowest
 * approval that applies.
 */

import type { RejectionFinding } from '../findings/findings.js';
import type { Waiver, WaiverSource } from '../model/waiver.js';
import { checkCoverage, checkScope, type WaiverOutcome, type WaiverRejection } from './apply.js';

/** How an approval was (or was not) proven. */
export type ApprovalProof =
  | { verified: true; approvers: string[]; detail: string; url?: string }
  | {
      verified: false;
      reason: Extract<
        WaiverRejection,
        'approval not verified' | 'approver not in cab-team' | 'added by the PR under test'
      >;
      detail: string;
    };

export interface WaiverCandidate {
  /** Where the record came from. */
  source: WaiverSource;
  /** The normalized waiver; absent when the record is invalid. */
  waiver?: Waiver;
  /** Why the record is invalid: one line each, naming the file or issue, the key, the value and the fix. */
  problems?: string[];
  /** The approval proof; absent = not checked (out of scope, or nothing to waive). */
  proof?: ApprovalProof;
  /** File waivers: repository-relative path and git blob SHA of the bytes read (compared with the commit). */
  file?: { path: string; blobSha: string };
}

export interface Regression {
  metric: string;
  /** Signed drift (fraction), positive is worse; null when unknown (then no waiver can cover it). */
  drift: number | null;
}

export interface DecisionContext {
  service: string;
  environment: string;
  candidateVersion: string;
  now: Date;
  regressions: Regression[];
}

export interface Rejection {
  /** Waiver id, or the source ref for an invalid record. */
  waiver: string;
  source: string;
  reason: WaiverRejection;
  /** What the waiver was checked against (core/report/prose.ts rejectionDetail says it). */
  finding: RejectionFinding;
}

export interface MetricDecision {
  metric: string;
  drift: number | null;
  /** The waiver applied, with its verified approvers and source. */
  waiver: Waiver | null;
  /** Why each other candidate did not cover this metric. */
  rejections: Rejection[];
}

export type CandidateStatus = 'applied' | 'not needed' | 'rejected';

export interface CandidateDecision {
  candidate: WaiverCandidate;
  /** 'applied': covers at least one regressed metric and was used; 'not needed': valid and approved, but another
   *  (tighter) waiver covered the same metrics, or nothing needed waiving; 'rejected': see `rejection` and `metrics`. */
  status: CandidateStatus;
  /** Candidate-level rejection (invalid, scope, approval). */
  rejection?: { reason: WaiverRejection; finding: RejectionFinding };
  /** Per regressed metric: covered, or why not. */
  metrics: Array<{ metric: string; covered: boolean; reason?: WaiverRejection; finding?: RejectionFinding }>;
}

export interface WaiverDecision {
  /** True only when there is at least one regression and every regressed metric is covered. */
  waived: boolean;
  /** No regression: there was nothing to waive. */
  nothingToWaive: boolean;
  metrics: MetricDecision[];
  candidates: CandidateDecision[];
  /** Distinct waivers applied, in the order of `metrics`; exactly what perf-baseline-compare accepts as `waiver`. */
  applied: Waiver[];
}

/** A display name for a candidate: the waiver id, else its source. */
export function candidateName(c: WaiverCandidate): string {
  return c.waiver?.id ?? c.source.ref;
}

/** The waiver as output: approvers are the proven ones, source records where it came from and how it was proven. */
function applied(c: WaiverCandidate): Waiver {
  const w = c.waiver as Waiver;
  const proof = c.proof as Extract<ApprovalProof, { verified: true }>;
  return {
    ...w,
    approved_by: proof.approvers,
    source: {
      ...c.source,
      ...(proof.url ? { url: proof.url } : {}),
      verification: proof.detail,
    },
  };
}

/** Tightest first: a named metric over "*", then smaller max_drift, then earlier expiry. */
function tighter(a: Waiver, b: Waiver): number {
  const star = (w: Waiver) => (w.metrics.includes('*') ? 1 : 0);
  return star(a) - star(b) || a.max_drift - b.max_drift || Date.parse(a.expires) - Date.parse(b.expires);
}

function candidateLevel(
  c: WaiverCandidate,
  ctx: DecisionContext,
): { reason: WaiverRejection; finding: RejectionFinding } | undefined {
  if (!c.waiver) {
    // The problems name the file or issue; the candidate is already named by it.
    const prefix = `${c.source.ref}: `;
    const problems = c.problems?.map((p) => (p.startsWith(prefix) ? p.slice(prefix.length) : p)) ?? null;
    // A record that is both unapproved and unreadable is reported for the approval: that is the real refusal.
    if (c.proof && !c.proof.verified)
      return { reason: c.proof.reason, finding: { code: 'invalid-record', problems, unproven: c.proof.detail } };
    return { reason: 'invalid', finding: { code: 'invalid-record', problems } };
  }
  const scope = checkScope(c.waiver, ctx);
  if (!scope.ok) return { reason: scope.reason, finding: scope.finding };
  if (!c.proof) return { reason: 'approval not verified', finding: { code: 'approval-not-checked' } };
  if (!c.proof.verified) return { reason: c.proof.reason, finding: { code: 'unproven', detail: c.proof.detail } };
  return undefined;
}

export function decideWaivers(ctx: DecisionContext, candidates: WaiverCandidate[]): WaiverDecision {
  const levels = candidates.map((c) => candidateLevel(c, ctx));
  const coverage = candidates.map((c, i) =>
    ctx.regressions.map((r) => {
      const level = levels[i];
      if (level) return { metric: r.metric, covered: false, reason: level.reason, finding: level.finding };
      const res = checkCoverage(c.waiver as Waiver, { ...ctx, metric: r.metric, drift: r.drift });
      return res.ok
        ? { metric: r.metric, covered: true }
        : { metric: r.metric, covered: false, reason: res.reason, finding: res.finding };
    }),
  );
  const used = new Set<number>();
  const metrics: MetricDecision[] = ctx.regressions.map((r, j) => {
    const covering = candidates
      .map((c, i) => ({ c, i }))
      .filter(({ i }) => coverage[i]?.[j]?.covered)
      .sort((a, b) => tighter(a.c.waiver as Waiver, b.c.waiver as Waiver) || a.i - b.i);
    const best = covering[0];
    if (best) used.add(best.i);
    const rejections: Rejection[] = candidates.flatMap((c, i) => {
      const m = coverage[i]?.[j];
      if (!m?.reason || !m.finding) return [];
      return [{ waiver: candidateName(c), source: c.source.ref, reason: m.reason, finding: m.finding }];
    });
    return { metric: r.metric, drift: r.drift, waiver: best ? applied(best.c) : null, rejections };
  });

  const candidateDecisions: CandidateDecision[] = candidates.map((c, i) => {
    const level = levels[i];
    const perMetric = coverage[i] ?? [];
    const status: CandidateStatus = used.has(i)
      ? 'applied'
      : level || (ctx.regressions.length > 0 && perMetric.every((m) => !m.covered))
        ? 'rejected'
        : 'not needed';
    return { candidate: c, status, ...(level ? { rejection: level } : {}), metrics: perMetric };
  });

  const appliedWaivers: Waiver[] = [];
  for (const m of metrics) {
    if (m.waiver && !appliedWaivers.some((w) => w.id === m.waiver?.id && w.source?.ref === m.waiver?.source?.ref)) {
      appliedWaivers.push(m.waiver);
    }
  }
  const nothingToWaive = ctx.regressions.length === 0;
  const waived = !nothingToWaive && metrics.every((m) => m.waiver !== null);
  return {
    waived,
    nothingToWaive,
    metrics,
    candidates: candidateDecisions,
    applied: waived ? appliedWaivers : [],
  };
}

/** The decision as perf-baseline-compare's WaiverOutcome list (for applyWaiverOutcomes). */
export function toOutcomes(decision: WaiverDecision): WaiverOutcome[] {
  return decision.metrics.map((m) => ({
    metric: m.metric,
    waiver: m.waiver,
    rejections: m.rejections.map((r) => ({ waiver: r.waiver, reason: r.reason, finding: r.finding })),
  }));
}
