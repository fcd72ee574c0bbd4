/** @driftgate/shared/schemas: the JSON Schemas driftgate publishes (the .json files are served under ./schemas/*). */
export * from './comparison.js';
export * from './config.js';
export * from './findings.js';
export * from './recording.js';
export * from './registry.js';
export * from './verification.js';
export * from './waiver.js';
