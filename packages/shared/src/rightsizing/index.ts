/** @driftgate/shared/rightsizing: ECS step scaling on Application Auto Scaling, Lambda memory proposals (PERF-003 §5). */
export * from './aws.js';
export * from './ecs.js';
export * from './lambda.js';
export * from './render.js';
export * from './run.js';
export * from './settings.js';
export * from './terraform.js';
