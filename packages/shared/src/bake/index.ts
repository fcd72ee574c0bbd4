/** @driftgate/shared/bake: the post-deploy bake: settings, rules, CodeDeploy, the verification evidence, runVerify. */
export * from './act.js';
export * from './archive.js';
export * from './clients.js';
export * from './codedeploy.js';
export * from './evidence.js';
export * from './plan.js';
export * from './rules.js';
export * from './settings.js';
export * from './verify.js';
export * from './verify-settings.js';
