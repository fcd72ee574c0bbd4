/** @driftgate/shared/jira: the Jira REST client. */
export * from './client.js';
