export * from './alertmanager.js';
export * from './fake-github.js';
export * from './fake-jira.js';
export * from './fake-server.js';
export * from './fixtures.js';
export * from './permissions.js';
export * from './prometheus.js';
export * from './run-action.js';
