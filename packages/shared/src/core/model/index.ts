/** @driftgate/shared/model: domain types: metrics and the catalog, collected windows, the comparison document, waivers; formatting of their values. */
export * from './baseline.js';
export * from './catalog.js';
export * from './comparison.js';
export * from './metric.js';
export * from './waiver.js';
export * from './window.js';
