/**
 * The gate's pass/fail decision on a comparison (pure), as the bake's is in runVerify: the perf-baseline-compare
 * action fails its step on it, `driftgate compare` exits on it. A regression fails unless fail-on-regression is
 * false; missing data fails when the comparison's on-inconclusive is fail; a run that passes without a verdict
 * (inconclusive with on-inconclusive pass) or with a regression it was told only to report says so.
 */
import type { Comparison } from '../../core/model/comparison.js';

/**
 * Why the gate decided as it did:
 * - pass: the verdict is pass (or waived);
 * - regression: a regression beyond tolerance, and fail-on-regression;
 * - regression-reported: a regression, but fail-on-regression is false (only reported);
 * - inconclusive: missing data, and on-inconclusive is fail (missing data never passes silently);
 * - inconclusive-passed: missing data, and on-inconclusive is pass: passes WITHOUT a verdict.
 */
export type CompareDecisionReason =
  | 'pass'
  | 'regression'
  | 'regression-reported'
  | 'inconclusive'
  | 'inconclusive-passed';

export interface CompareDecision {
  /** The gate fails: the step fails, the CLI exits non-zero. */
  failed: boolean;
  reason: CompareDecisionReason;
  /** The comparison's headline, for the message the shell writes. */
  headline: string;
}

export interface ComparePolicy {
  /** Fail on a regression (the action's fail-on-regression; default true). */
  failOnRegression?: boolean;
  /**
   * Judging a finished comparison (the action's comparison input) with on-inconclusive: pass: the comparison
   * carries its own on-inconclusive, and pass only stops this step failing.
   */
  passInconclusive?: boolean;
}

export function compareDecision(
  c: Pick<Comparison, 'verdict' | 'onInconclusive' | 'headline'>,
  policy: ComparePolicy = {},
): CompareDecision {
  const decided = (failed: boolean, reason: CompareDecisionReason) => ({ failed, reason, headline: c.headline });
  if (c.verdict === 'fail')
    return decided(
      policy.failOnRegression !== false,
      policy.failOnRegression === false ? 'regression-reported' : 'regression',
    );
  if (c.verdict === 'inconclusive') {
    return c.onInconclusive === 'fail' && !policy.passInconclusive
      ? decided(true, 'inconclusive')
      : decided(false, 'inconclusive-passed');
  }
  return decided(false, 'pass');
}
