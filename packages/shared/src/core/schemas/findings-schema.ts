/**
 * The findings as perf-comparison.json and perf_verification.json keep them beside their English (docs/findings.md):
 * a code and its numbers, typed in core/findings/findings.ts. The schemas name the shape every finding shares (a `code`,
 * or a note's `of` and its `finding`) and leave each code's numbers open, so a new code is an additive change.
 */

/** A finding: `code` and the numbers (and nested findings) that code carries; non-finite numbers are null. */
export const findingSchema = {
  type: 'object',
  required: ['code'],
  properties: { code: { type: 'string', minLength: 1 } },
} as const;

/** A metric's note as a finding (core/findings/findings.ts NoteFinding): what it is `of`, on which `window`, and the finding. */
export const noteFindingSchema = {
  type: 'object',
  required: ['of'],
  properties: {
    of: { enum: ['sufficiency', 'estimate', 'drift', 'interval', 'slo', 'waiver', 'collector'] },
    window: { enum: ['baseline', 'candidate'] },
    finding: findingSchema,
    text: { type: 'string', description: "of: collector: the collector's note, already in words" },
  },
} as const;

export const noteFindingsSchema = {
  type: 'array',
  description: 'what the notes say, as codes and numbers (docs/findings.md)',
  items: noteFindingSchema,
} as const;
