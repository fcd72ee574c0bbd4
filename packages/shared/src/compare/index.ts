/** @driftgate/shared/compare: the pre-deploy comparison (runCompare). */
export * from './compare.js';
export * from './decision.js';
export * from './settings.js';
