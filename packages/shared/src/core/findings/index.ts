/** @driftgate/shared/findings: what the judge and the bake rules found, as a code and its numbers (core/report/prose.ts says them in English). */
export * from './findings.js';
