export * from './fake-server.js';
export * from './run-action.js';
