/** @driftgate/shared/report: the findings in words (prose.ts), perf-comparison.md / text rendering, writing and reading perf-comparison.json. */

export * from '../../core/report/format.js';
export * from '../../core/report/markdown.js';
export * from '../../core/report/prose.js';
export * from '../../core/report/text.js';
export * from './comparison-file.js';
export * from './write-report.js';
