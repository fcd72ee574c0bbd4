/**
 * JSON Schema of perf_verification.json ("driftgate.verification/v2"), the evidence of a post-deploy bake;
 * written to packages/shared/schemas/verification.schema.json. Mirrors flows/bake/evidence.ts (which also reads v1
 * files: readVerification).
 */
import { findingSchema, noteFindingsSchema } from './findings-schema.js';

const time = { type: 'string', format: 'date-time' } as const;
const nullableTime = { type: ['string', 'null'], format: 'date-time' } as const;
const nullableNumber = { type: ['number', 'null'] } as const;
const span = {
  type: 'object',
  required: ['start', 'end'],
  additionalProperties: false,
  properties: { start: time, end: time },
} as const;

const sloBreach = {
  type: 'object',
  required: ['metric', 'objective', 'value', 'baseline', 'since', 'at', 'action'],
  additionalProperties: false,
  properties: {
    metric: { type: 'string' },
    objective: { type: 'string' },
    value: nullableNumber,
    baseline: nullableNumber,
    since: time,
    at: time,
    action: { enum: ['report', 'rollback', 'ticket'] },
  },
} as const;

export const verificationSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://driftgate.dev/schemas/verification.schema.json',
  title: 'driftgate post-deploy verification (perf_verification.json)',
  type: 'object',
  additionalProperties: false,
  required: [
    'schema',
    'tool',
    'generated_at',
    'service',
    'environment',
    'version',
    'baseline',
    'bake',
    'source',
    'verdict',
    'headline',
    'first_detection_at',
    'decided_at',
    'coverage',
    'slo_breaches',
    'inconclusive_metrics',
    'events',
    'windows',
    'actions',
    'run',
  ],
  properties: {
    schema: { const: 'driftgate.verification/v2' },
    tool: {
      type: 'object',
      required: ['name', 'version'],
      additionalProperties: false,
      properties: { name: { const: 'driftgate' }, version: { type: 'string' } },
    },
    generated_at: time,
    service: { type: 'string', minLength: 1 },
    environment: { type: 'string', minLength: 1 },
    version: { type: 'string', minLength: 1, description: 'the candidate (deployed) version' },
    baseline: {
      type: 'object',
      required: ['version', 'resolved_from', 'window', 'values'],
      additionalProperties: false,
      properties: {
        version: { type: 'string', minLength: 1 },
        resolved_from: { type: 'string', description: 'input, baseline store, recording' },
        window: span,
        values: {
          type: 'object',
          additionalProperties: {
            type: 'object',
            required: ['value', 'slo_met', 'notes'],
            additionalProperties: false,
            properties: {
              value: nullableNumber,
              slo_met: { type: ['boolean', 'null'] },
              notes: { type: 'array', items: { type: 'string' } },
              findings: noteFindingsSchema,
              from: {
                enum: ['store', 'window'],
                description:
                  "store: the baseline store record's baseline, computed once when it was promoted; window: computed from this bake's baseline window",
              },
              histogram_quantile: { ...nullableNumber, description: 'histogram_quantile over the pooled buckets' },
              histogram_quantile_5m: {
                ...nullableNumber,
                description: "the median 5-minute histogram_quantile: what the watch's rules compare with",
              },
            },
          },
        },
      },
    },
    release_baseline: {
      type: 'object',
      description:
        "the deployed version's own baseline over this bake, per metric (stored with the baseline store record when it is promoted)",
      required: ['estimator', 'trim_incidents', 'metrics'],
      additionalProperties: false,
      properties: {
        estimator: { type: 'string' },
        trim_incidents: { type: 'boolean' },
        metrics: {
          type: 'object',
          additionalProperties: {
            type: 'object',
            required: ['value'],
            additionalProperties: false,
            properties: {
              value: nullableNumber,
              histogram_quantile: nullableNumber,
              histogram_quantile_5m: nullableNumber,
              events: { type: 'number' },
            },
          },
        },
      },
    },
    bake: {
      type: 'object',
      required: ['start', 'planned_end', 'end', 'mode', 'ticks', 'settings'],
      additionalProperties: false,
      properties: {
        start: time,
        planned_end: time,
        end: { ...time, description: 'the last evaluated tick' },
        mode: { enum: ['replay', 'live', 'replay+live'] },
        ticks: { type: 'integer', minimum: 0 },
        settings: {
          type: 'object',
          required: ['duration_seconds', 'interval_seconds', 'window_seconds', 'ratio', 'slo', 'ticket'],
          properties: {
            duration_seconds: { type: 'number', exclusiveMinimum: 0 },
            interval_seconds: { type: 'number', exclusiveMinimum: 0 },
            window_seconds: { type: 'number', exclusiveMinimum: 0 },
            evaluation_delay_seconds: { type: 'number', minimum: 0 },
            min_coverage: { type: 'number', minimum: 0, maximum: 1 },
            max_gap_seconds: { type: 'number', minimum: 0 },
            critical: { type: 'array', items: { type: 'string' } },
            ratio: { type: 'object' },
            slo: { type: 'object' },
            ticket: { type: 'object' },
          },
        },
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
    verdict: { enum: ['pass', 'ticket', 'rollback', 'inconclusive', 'cancelled'] },
    headline: { type: 'string' },
    finding: { ...findingSchema, description: 'what the headline says, as a code and its numbers' },
    first_detection_at: nullableTime,
    decided_at: nullableTime,
    coverage: { type: 'object', additionalProperties: { type: 'number', minimum: 0, maximum: 1 } },
    slo_breaches: {
      type: 'object',
      required: ['standing', 'new'],
      additionalProperties: false,
      description: 'sustained SLO violations: standing (the baseline violated the SLO too) and new',
      properties: { standing: { type: 'array', items: sloBreach }, new: { type: 'array', items: sloBreach } },
    },
    inconclusive_metrics: {
      type: 'array',
      description: 'watched metrics that could not be judged; a critical one makes the verdict inconclusive',
      items: {
        type: 'object',
        required: ['metric', 'critical', 'reason'],
        additionalProperties: false,
        properties: {
          metric: { type: 'string' },
          critical: { type: 'boolean' },
          reason: { type: 'string' },
          finding: { ...findingSchema, description: 'what reason says, as a code and its numbers' },
        },
      },
    },
    events: {
      type: 'array',
      items: {
        type: 'object',
        required: ['at', 'type', 'rule', 'metric', 'value', 'threshold', 'message'],
        additionalProperties: false,
        properties: {
          at: time,
          type: { enum: ['detected', 'cleared', 'fired'] },
          rule: { enum: ['ratio', 'slo', 'drift'] },
          metric: { type: 'string' },
          value: nullableNumber,
          threshold: nullableNumber,
          ratio: nullableNumber,
          action: { enum: ['rollback', 'report', 'ticket'] },
          message: { type: 'string' },
          finding: { ...findingSchema, description: 'what message says, as a code and its numbers' },
        },
      },
    },
    windows: {
      type: 'array',
      items: {
        type: 'object',
        required: ['at', 'interval', 'judge_window', 'notes', 'metrics'],
        additionalProperties: false,
        properties: {
          at: time,
          interval: span,
          judge_window: { anyOf: [span, { type: 'null' }] },
          notes: { type: 'array', items: { type: 'string' } },
          metrics: {
            type: 'object',
            additionalProperties: {
              type: 'object',
              required: ['value', 'sufficient', 'ratio', 'slo_met', 'drift', 'drift_interval', 'drift_verdict'],
              additionalProperties: false,
              properties: {
                value: nullableNumber,
                events: { type: 'number', minimum: 0 },
                sufficient: { type: 'boolean' },
                span_seconds: { type: 'number', exclusiveMinimum: 0 },
                reason: { type: 'string' },
                finding: { ...findingSchema, description: 'what reason says, as a code and its numbers' },
                ratio: nullableNumber,
                slo_met: { type: ['boolean', 'null'] },
                drift: nullableNumber,
                drift_interval: {
                  anyOf: [{ type: 'array', items: { type: 'number' }, minItems: 2, maxItems: 2 }, { type: 'null' }],
                },
                drift_verdict: { type: ['string', 'null'] },
              },
            },
          },
        },
      },
    },
    actions: {
      type: 'object',
      required: ['rollback', 'continue_deployment', 'tickets', 'promotion', 'notifications'],
      additionalProperties: false,
      properties: {
        rollback: {
          anyOf: [
            { type: 'null' },
            {
              type: 'object',
              required: [
                'mode',
                'deployment_id',
                'action',
                'rollback_deployment_id',
                'final_status',
                'waited_seconds',
                'notes',
              ],
              properties: {
                mode: { enum: ['auto', 'dry-run', 'off'] },
                deployment_id: { type: ['string', 'null'] },
                action: { enum: ['stop-with-rollback', 'redeploy-previous', 'already-rolled-back', 'none'] },
                would: { enum: ['stop-with-rollback', 'redeploy-previous'] },
                rollback_deployment_id: { type: ['string', 'null'] },
                final_status: { type: ['string', 'null'] },
                waited_seconds: { type: 'number', minimum: 0 },
                notes: { type: 'array', items: { type: 'string' } },
              },
            },
          ],
        },
        continue_deployment: {
          anyOf: [
            { type: 'null' },
            {
              type: 'object',
              required: ['deployment_id', 'status'],
              properties: { deployment_id: { type: 'string' }, status: { type: 'string' } },
            },
          ],
        },
        tickets: {
          type: 'array',
          items: {
            type: 'object',
            required: ['system', 'url', 'created', 'fingerprint'],
            properties: {
              system: { enum: ['jira', 'github'] },
              url: { type: ['string', 'null'] },
              key: { type: 'string' },
              created: { type: 'boolean' },
              fingerprint: { type: 'string' },
              error: { type: 'string' },
            },
          },
        },
        promotion: {
          anyOf: [
            { type: 'null' },
            {
              type: 'object',
              required: ['uri', 'version', 'status', 'message'],
              properties: {
                uri: { type: 'string' },
                version: { type: 'string' },
                status: { type: 'string' },
                previous: { type: 'object' },
                history: { type: 'string' },
                message: { type: 'string' },
              },
            },
          ],
        },
        notifications: {
          type: 'array',
          items: {
            type: 'object',
            required: ['kind', 'what', 'ok'],
            properties: {
              kind: { enum: ['slack', 'grafana'] },
              what: { type: 'string' },
              ok: { type: 'boolean' },
              detail: { type: 'string' },
            },
          },
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
        attempt: { type: 'string' },
      },
    },
  },
} as const;
