export * from './fake-server.js';
export * from './prometheus.js';
export * from './run-action.js';
