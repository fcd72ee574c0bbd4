/** @driftgate/shared/judge: the judge (pure): statistics, the drift interval, sufficiency, the reference judges, verdicts. */

export * from './change.js';
export * from './drift-interval.js';
export * from './judge.js';
export * from './reference.js';
export * from './release-baseline.js';
export * from './slo-check.js';
export * from './statistic.js';
export * from './sufficiency.js';
export * from './verdict.js';
