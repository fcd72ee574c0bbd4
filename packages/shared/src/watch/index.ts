/** @driftgate/shared/watch: production watch: recording/alert rules, Alertmanager, dashboards, publishing, replay. */
export * from './alertmanager.js';
export * from './dashboard-uid.js';
export * from './dashboards.js';
export * from './plan.js';
export * from './promql.js';
export * from './publish.js';
export * from './replay.js';
export * from './rules.js';
export * from './rules-settings.js';
export * from './summary.js';
