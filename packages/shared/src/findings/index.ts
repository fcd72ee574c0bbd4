/** @driftgate/shared/findings: what the judge and the bake rules found, as a code and its numbers (report/prose.ts says them in English). */
export * from './types.js';
