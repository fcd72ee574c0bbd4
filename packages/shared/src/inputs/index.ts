/** @driftgate/shared/inputs: one input spec per action and CLI command: names, types, defaults, descriptions; reading them once. */

export * from './audit.js';
export * from './cab-waiver-check.js';
export * from './catalog.js';
export * from './cli.js';
export * from './common.js';
export * from './drift-rules.js';
export * from './finops-report.js';
export * from './jira-target.js';
export * from './kpis.js';
export * from './perf-baseline-compare.js';
export * from './post-deploy-verify.js';
export * from './read.js';
export * from './rightsizing.js';
export * from './source.js';
export * from './spec.js';
