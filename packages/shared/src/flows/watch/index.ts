/** @driftgate/shared/watch: production watch: recording/alert rules, Alertmanager, dashboards, publishing, replay. */
export * from '../../core/watch/alertmanager.js';
export * from '../../core/watch/dashboard-uid.js';
export * from '../../core/watch/dashboards.js';
export * from '../../core/watch/prometheus-rules.js';
export * from '../../core/watch/series.js';
export * from '../../io/publish/rules-publish.js';
export * from './alertmanager-settings.js';
export * from './replay.js';
export * from './rules-settings.js';
export * from './watch-plan.js';
export * from './watch-summary.js';
