/**
 * @driftgate/synth — seeded, deterministic synthetic telemetry for one service (OpenMetrics), and the
 * labelled release scenarios of the accuracy benchmark.
 */
export * from './generate.js';
export * from './model.js';
export * from './openmetrics.js';
export * from './profiles.js';
export * from './random.js';
export * from './scenarios.js';
