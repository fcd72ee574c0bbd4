/**
 * JSON Schema of perf-comparison.json ("driftgate.comparison/v1"); written to
 * packages/shared/schemas/comparison.schema.json. Mirrors core/model/comparison.ts.
 */
import { findingSchema, noteFindingsSchema } from './findings-schema.js';

const nullableNumber = { type: ['number', 'null'] } as const;
const time = { type: 'string', format: 'date-time' } as const;
const windowSummary = {
  type: 'object',
  required: ['value', 'windows', 'expectedWindows'],
  additionalProperties: false,
  properties: {
    value: nullableNumber,
    windows: { type: 'integer', minimum: 0 },
    expectedWindows: { type: 'integer', minimum: 0 },
    events: { type: 'number', minimum: 0 },
    series: { type: 'array', items: { type: 'array', items: { type: 'number' }, minItems: 2, maxItems: 2 } },
    judged: {
      type: 'object',
      description:
        'where the value the change was computed from is not the plain statistic: raw (over every sub-window), value (what the change compares) and the reason in one word',
      required: ['raw', 'value', 'reason'],
      additionalProperties: false,
      properties: {
        raw: { type: ['number', 'null'] },
        value: { type: 'number' },
        reason: { enum: ['trimmed', 'trend', 'corrected', 'trimmed+trend', 'trimmed+corrected'] },
      },
    },
  },
} as const;

export const comparisonSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://driftgate.dev/schemas/comparison.schema.json',
  title: 'driftgate comparison report (perf-comparison.json)',
  type: 'object',
  additionalProperties: false,
  required: [
    'schema',
    'tool',
    'generatedAt',
    'service',
    'environment',
    'baseline',
    'candidate',
    'source',
    'method',
    'verdict',
    'headline',
    'regressions',
    'improvements',
    'inconclusive',
    'maxDrift',
    'metrics',
    'waivers',
    'onInconclusive',
  ],
  properties: {
    schema: { const: 'driftgate.comparison/v1' },
    tool: {
      type: 'object',
      required: ['name', 'version'],
      additionalProperties: false,
      properties: { name: { const: 'driftgate' }, version: { type: 'string' } },
    },
    generatedAt: time,
    service: { type: 'string', minLength: 1 },
    environment: { type: 'string', minLength: 1 },
    baseline: {
      type: 'object',
      required: ['version', 'window', 'resolvedFrom'],
      additionalProperties: false,
      properties: {
        version: { type: 'string', minLength: 1 },
        window: { $ref: '#/definitions/window' },
        resolvedFrom: {
          type: 'string',
          description: 'how the baseline version was chosen: input, GitHub release, baseline store, recording',
        },
        selector: { type: 'string', description: "the label matchers (and info-metric join) this side's queries used" },
      },
    },
    candidate: {
      type: 'object',
      required: ['version', 'window'],
      additionalProperties: false,
      properties: {
        version: { type: 'string', minLength: 1 },
        window: { $ref: '#/definitions/window' },
        selector: { type: 'string', description: "the label matchers (and info-metric join) this side's queries used" },
      },
    },
    source: {
      type: 'object',
      required: ['kind', 'description', 'requests'],
      additionalProperties: false,
      properties: {
        kind: { type: 'string' },
        description: { type: 'string' },
        requests: { type: 'integer', minimum: 0 },
      },
    },
    method: {
      type: 'object',
      required: ['name', 'tolerance', 'confidence', 'resolutionSeconds', 'description'],
      additionalProperties: false,
      properties: {
        name: { enum: ['drift-interval', 'mean-threshold', 'mann-whitney', 'newey-west'] },
        tolerance: { type: 'number', exclusiveMinimum: 0 },
        confidence: { type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 1 },
        resolutionSeconds: { type: 'number', exclusiveMinimum: 0 },
        description: { type: 'string' },
      },
    },
    verdict: { enum: ['pass', 'fail', 'waived', 'inconclusive'] },
    headline: { type: 'string' },
    finding: { ...findingSchema, description: 'what the headline says, as a code and its numbers' },
    regressions: { type: 'array', items: { type: 'string' } },
    improvements: { type: 'array', items: { type: 'string' } },
    inconclusive: { type: 'array', items: { type: 'string' } },
    maxDrift: nullableNumber,
    metrics: { type: 'array', items: { $ref: '#/definitions/metric' } },
    waivers: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'approvedBy', 'expires', 'metrics', 'maxDrift'],
        additionalProperties: false,
        properties: {
          id: { type: 'string' },
          approvedBy: { type: 'array', items: { type: 'string' }, minItems: 1 },
          expires: time,
          metrics: { type: 'array', items: { type: 'string' } },
          maxDrift: { type: 'number' },
          ticket: { type: 'string' },
        },
      },
    },
    run: {
      type: 'object',
      additionalProperties: false,
      properties: {
        url: { type: 'string' },
        repository: { type: 'string' },
        sha: { type: 'string' },
        ref: { type: 'string' },
        event: { type: 'string' },
      },
    },
    onInconclusive: { enum: ['fail', 'pass'] },
    slo: {
      enum: ['fail', 'warn'],
      description: 'what a new SLO breach the data show does to the gate: fail (default) or warn',
    },
  },
  definitions: {
    window: {
      type: 'object',
      required: ['start', 'end'],
      additionalProperties: false,
      properties: { start: time, end: time },
    },
    metric: {
      type: 'object',
      additionalProperties: false,
      required: [
        'id',
        'title',
        'unit',
        'kind',
        'worse',
        'tolerance',
        'queries',
        'baseline',
        'candidate',
        'drift',
        'interval',
        'evidence',
        'slo',
        'verdict',
        'notes',
      ],
      properties: {
        id: { type: 'string' },
        title: { type: 'string' },
        unit: { type: 'string' },
        kind: { enum: ['histogram_quantile', 'ratio', 'rate', 'gauge', 'promql'] },
        worse: { enum: ['higher', 'lower'] },
        tolerance: { type: 'number', exclusiveMinimum: 0 },
        queries: {
          type: 'object',
          required: ['baseline', 'candidate'],
          additionalProperties: false,
          properties: {
            baseline: { type: 'array', items: { type: 'string' } },
            candidate: { type: 'array', items: { type: 'string' } },
          },
        },
        baseline: windowSummary,
        candidate: windowSummary,
        drift: nullableNumber,
        interval: {
          oneOf: [
            { type: 'null' },
            {
              type: 'object',
              required: ['low', 'high', 'confidence'],
              additionalProperties: false,
              properties: { low: { type: 'number' }, high: { type: 'number' }, confidence: { type: 'number' } },
            },
          ],
        },
        detectable: nullableNumber,
        windowFactor: nullableNumber,
        systematic: {
          type: 'object',
          required: ['value', 'source'],
          additionalProperties: false,
          properties: {
            value: { type: 'number', minimum: 0 },
            source: { enum: ['history', 'prior', 'config'] },
            pairs: { type: 'integer', minimum: 0 },
            measured: { type: 'number', minimum: 0 },
            lagSeconds: { type: 'number' },
            reason: { enum: ['side-by-side', 'no-history', 'short-history'] },
            trend: {
              type: 'object',
              required: ['shift', 'sd', 'gapSeconds'],
              additionalProperties: false,
              properties: {
                shift: { type: 'number' },
                sd: { type: 'number', minimum: 0 },
                gapSeconds: { type: 'number' },
              },
            },
          },
        },
        evidence: {
          oneOf: [
            { type: 'null' },
            {
              type: 'object',
              required: ['test', 'pValue'],
              additionalProperties: false,
              properties: {
                test: { type: 'string' },
                pValue: nullableNumber,
                detail: { type: 'string' },
                finding: { ...findingSchema, description: 'the test with its numbers, as the judge returned it' },
              },
            },
          ],
        },
        slo: {
          type: 'object',
          required: ['objective', 'text', 'candidateMet', 'baselineMet'],
          additionalProperties: false,
          properties: {
            objective: {
              oneOf: [
                { type: 'null' },
                {
                  type: 'object',
                  required: ['op', 'value'],
                  additionalProperties: false,
                  properties: { op: { enum: ['<=', '<', '>=', '>'] }, value: { type: 'number' } },
                },
              ],
            },
            text: { type: 'string' },
            candidateMet: { type: ['boolean', 'null'] },
            candidateValue: {
              type: 'number',
              description: 'the value the SLO was judged on, when it differs from the candidate value',
            },
            baselineMet: { type: ['boolean', 'null'] },
            breach: {
              type: 'object',
              required: ['kind', 'shown', 'fails'],
              additionalProperties: false,
              description:
                "the candidate's SLO breach: new (its baseline met it under the same reading) or standing; shown when the candidate's interval lies beyond the objective; attributed when the comparison shows the candidate worse than its baseline; fails when it fails the gate (new, shown and attributed)",
              properties: {
                kind: { enum: ['new', 'standing'] },
                shown: { type: 'boolean' },
                attributed: { type: 'boolean' },
                fails: { type: 'boolean' },
              },
            },
            readings: {
              type: 'array',
              description:
                "the SLO'd value under each reading on both windows: driftgate's estimate, and histogram_quantile for a histogram quantile; low..high is the candidate's interval",
              items: {
                type: 'object',
                required: ['estimator', 'baseline', 'candidate', 'low', 'high'],
                additionalProperties: false,
                properties: {
                  estimator: { enum: ['estimate', 'histogram_quantile'] },
                  baseline: nullableNumber,
                  candidate: nullableNumber,
                  low: nullableNumber,
                  high: nullableNumber,
                },
              },
            },
          },
        },
        verdict: { enum: ['pass', 'regression', 'improvement', 'inconclusive', 'not-applicable', 'waived'] },
        waiver: {
          type: 'object',
          required: ['id', 'approvedBy', 'expires', 'maxDrift'],
          additionalProperties: false,
          properties: {
            id: { type: 'string' },
            approvedBy: { type: 'array', items: { type: 'string' } },
            expires: time,
            maxDrift: { type: 'number' },
            ticket: { type: 'string' },
          },
        },
        notes: { type: 'array', items: { type: 'string' } },
        findings: noteFindingsSchema,
      },
    },
  },
} as const;
