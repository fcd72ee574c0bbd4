/** @driftgate/shared/kpis: the PERF-003 §9 KPIs of a month, from the evidence archive and the FinOps files. */
export * from '../../core/kpis/compute.js';
export * from '../../core/kpis/kpis-render.js';
export * from './kpi-settings.js';
export * from './kpis-read.js';
