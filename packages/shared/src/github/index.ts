/** @driftgate/shared/github: the GitHub client, check runs, the sticky PR comment, releases, workflow_run lookups. */
export * from './checks.js';
export * from './client.js';
export * from './publish.js';
export * from './releases.js';
export * from './workflow-run.js';
