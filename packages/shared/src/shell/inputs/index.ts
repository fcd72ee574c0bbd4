/** @driftgate/shared/inputs: one input spec per action and CLI command: names, types, defaults, descriptions; reading them once. */

export * from '../../core/inputs/audit-inputs.js';
export * from '../../core/inputs/cab-waiver-check.js';
export * from '../../core/inputs/cli-spec.js';
export * from '../../core/inputs/common-inputs.js';
export * from '../../core/inputs/drift-rules.js';
export * from '../../core/inputs/finops-report.js';
export * from '../../core/inputs/input-catalog.js';
export * from '../../core/inputs/input-spec.js';
export * from '../../core/inputs/jira-target.js';
export * from '../../core/inputs/kpis-inputs.js';
export * from '../../core/inputs/perf-baseline-compare.js';
export * from '../../core/inputs/post-deploy-verify.js';
export * from '../../core/inputs/rightsizing-inputs.js';
export * from '../../io/sources/source-input.js';
export * from './read-inputs.js';
