/** @driftgate/shared/compare: the pre-deploy comparison (runCompare). */
export * from './compare.js';
export * from './compare-decision.js';
export * from './compare-settings.js';
