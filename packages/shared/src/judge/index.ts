/** @driftgate/shared/judge: the judge (pure): statistics, the drift interval, sufficiency, the reference judges, verdicts. */
export * from './baseline.js';
export * from './change.js';
export * from './drift-interval.js';
export * from './judge.js';
export * from './reference.js';
export * from './slo.js';
export * from './statistic.js';
export * from './sufficiency.js';
export * from './verdict.js';
