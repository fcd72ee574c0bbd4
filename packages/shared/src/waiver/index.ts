/** @driftgate/shared/waiver: CAB waivers: files, GitHub and Jira approvals, the decision, cab-waiver-check. */
export * from './apply.js';
export * from './check.js';
export * from './check-settings.js';
export * from './decide.js';
export * from './files.js';
export * from './github.js';
export * from './jira.js';
export * from './prove.js';
export * from './summary.js';
