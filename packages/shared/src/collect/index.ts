/** @driftgate/shared/collect: PromQL per metric kind, range queries as per-sub-window count vectors, scrape intervals, the environments a service has. */
export * from './collect.js';
export * from './environments.js';
export * from './promql.js';
export * from './scrape.js';
