/** @driftgate/shared/github: the GitHub client, check runs, the sticky PR comment, releases, workflow_run lookups. */

export * from '../publish/comparison-publish.js';
export * from './checks.js';
export * from './github-client.js';
export * from './releases.js';
export * from './workflow-run.js';
