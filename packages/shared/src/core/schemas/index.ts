/** @driftgate/shared/schemas: the JSON Schemas driftgate publishes (the .json files are served under ./schemas/*). */
export * from './comparison-schema.js';
export * from './config-schema.js';
export * from './findings-schema.js';
export * from './recording-schema.js';
export * from './schema-registry.js';
export * from './verification-schema.js';
export * from './waiver-schema.js';
