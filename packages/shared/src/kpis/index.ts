/** @driftgate/shared/kpis: the PERF-003 §9 KPIs of a month, from the evidence archive and the FinOps files. */
export * from './compute.js';
export * from './kpi-settings.js';
export * from './read.js';
export * from './render.js';
