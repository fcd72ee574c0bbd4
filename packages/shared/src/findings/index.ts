/** @driftgate/shared/findings: what the judge and the bake rules found (a code and its numbers) and the one place they are said in English. */
export * from './prose.js';
export * from './types.js';
