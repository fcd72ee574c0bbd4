/** @driftgate/shared/jira: the Jira REST client. */
export * from './jira-client.js';
