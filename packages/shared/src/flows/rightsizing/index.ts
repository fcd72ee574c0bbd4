/** @driftgate/shared/rightsizing: ECS step scaling on Application Auto Scaling, Lambda memory proposals (PERF-003 §5). */

export * from '../../core/rightsizing/ecs.js';
export * from '../../core/rightsizing/lambda.js';
export * from '../../core/rightsizing/terraform.js';
export * from '../../io/scaling.js';
export * from './rightsizing-render.js';
export * from './rightsizing-run.js';
export * from './rightsizing-settings.js';
