/** @driftgate/shared/stats: distributions, Mann-Whitney, autocorrelation. */
export * from './autocorrelation.js';
export * from './distributions.js';
export * from './mann-whitney.js';
