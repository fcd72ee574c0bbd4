/** @driftgate/shared/finops: PERF-003 §5 cost telemetry (Cost Explorer → finops_cost_daily.parquet). */
export * from './cost-explorer.js';
export * from './dashboard.js';
export * from './parquet.js';
export * from './recording.js';
export * from './render.js';
export * from './report.js';
export * from './requests.js';
export * from './run.js';
export * from './settings.js';
export * from './sinks.js';
