/** @driftgate/shared/report: the findings in words (prose.ts), perf-comparison.md / text rendering, writing and reading perf-comparison.json. */
export * from './comparison-file.js';
export * from './format.js';
export * from './markdown.js';
export * from './prose.js';
export * from './text.js';
export * from './write.js';
