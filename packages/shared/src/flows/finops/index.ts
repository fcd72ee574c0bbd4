/** @driftgate/shared/finops: PERF-003 §5 cost telemetry (Cost Explorer → finops_cost_daily.parquet). */

export * from '../../core/finops/cost-dashboard.js';
export * from '../../core/finops/cost-report.js';
export * from '../../io/cost-explorer.js';
export * from '../../io/cost-recording.js';
export * from '../../io/parquet.js';
export * from './finops-render.js';
export * from './finops-run.js';
export * from './finops-settings.js';
export * from './requests.js';
export * from './sinks.js';
