/** @driftgate/shared/bake: the post-deploy bake: settings, rules, CodeDeploy, the verification evidence, runVerify. */

export * from '../../core/bake/bake-settings.js';
export * from '../../core/bake/rules.js';
export * from '../../io/codedeploy.js';
export * from './act.js';
export * from './archive.js';
export * from './bake-plan.js';
export * from './clients.js';
export * from './evidence.js';
export * from './verify.js';
export * from './verify-settings.js';
