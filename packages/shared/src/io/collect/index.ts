/** @driftgate/shared/collect: PromQL per metric kind, range queries as per-sub-window count vectors, scrape intervals, the environments a service has. */

export * from '../../core/promql.js';
export * from './collect.js';
export * from './environments.js';
export * from './scrape.js';
