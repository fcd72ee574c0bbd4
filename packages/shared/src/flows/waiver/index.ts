/** @driftgate/shared/waiver: CAB waivers: files, GitHub and Jira approvals, the decision, cab-waiver-check. */
export * from '../../core/waiver/apply.js';
export * from '../../core/waiver/decide.js';
export * from '../../core/waiver/waiver-summary.js';
export * from '../../io/waiver/waiver-files.js';
export * from '../../io/waiver/waiver-github.js';
export * from '../../io/waiver/waiver-jira.js';
export * from './prove.js';
export * from './waiver-check.js';
export * from './waiver-check-settings.js';
