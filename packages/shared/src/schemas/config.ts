/**
 * JSON Schema of the config file (.github/driftgate.yml). This object is the source of truth;
 * packages/shared/schemas/config.schema.json is written from it by `npm run schemas` (a test checks they match),
 * so editors can validate the YAML with `# yaml-language-server: $schema=...`.
 */
export const configSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://driftgate.dev/schemas/config.schema.json',
  title: 'driftgate configuration (.github/driftgate.yml)',
  type: 'object',
  additionalProperties: false,
  properties: {
    version: {
      const: 1,
      description: 'Config format version; only 1 exists.',
    },
    labels: {
      type: 'object',
      additionalProperties: false,
      description: 'Label names that select a service, an environment and a version.',
      properties: {
        service: {
          type: 'string',
          pattern: '^[a-zA-Z_][a-zA-Z0-9_]*$',
          description: 'a Prometheus label name such as service or app',
        },
        environment: {
          type: 'string',
          pattern: '^[a-zA-Z_][a-zA-Z0-9_]*$',
          description: 'a Prometheus label name such as env or environment',
        },
        version: {
          type: 'string',
          pattern: '^[a-zA-Z_][a-zA-Z0-9_]*$',
          description: 'a Prometheus label name such as version or image_tag',
        },
      },
    },
    tolerance: {
      $ref: '#/definitions/percent',
      description: 'default relative tolerance for every metric, such as "10%" or 0.1',
    },
    method: {
      enum: ['drift-interval', 'mean-threshold', 'mann-whitney'],
      description: 'judge method: drift-interval (default), mean-threshold or mann-whitney',
    },
    confidence: {
      type: 'number',
      exclusiveMinimum: 0.5,
      exclusiveMaximum: 1,
      description: 'family-wise confidence of the decision, such as 0.95',
    },
    resolution: {
      type: ['string', 'number'],
      description: 'sub-window length, a duration such as "60s" or "1m"',
    },
    scrape_interval: {
      type: ['string', 'number'],
      description:
        'the scrape interval of the targets: "auto" (default: measured per metric from the baseline window) or a duration such as "15s"',
    },
    systematic: {
      $ref: '#/definitions/fraction',
      description: 'between-window uncertainty of an unchanged release, such as "3%" (default); see docs/statistics.md',
    },
    trim_incidents: {
      type: 'boolean',
      description: 'leave transient incidents (outlying minutes) out of each window: true (default) or false',
    },
    on_inconclusive: {
      enum: ['fail', 'pass'],
      description: 'fail (default) or pass',
    },
    budget_per_hour: {
      type: 'number',
      exclusiveMinimum: 0,
      description: 'cost budget in USD per hour; becomes the SLO of cost_rate',
    },
    catalog: {
      enum: ['builtin', 'none'],
      description: 'builtin (default: start from the PERF-003 catalog) or none (only the metrics listed here)',
    },
    exclude: {
      type: 'array',
      items: {
        type: 'string',
      },
      description: 'metric ids to leave out, such as [cost_rate, cost_per_1k_requests]',
    },
    metrics: {
      type: 'object',
      description:
        'metric definitions keyed by id: overrides of built-in metrics or new metrics (new ones need a kind)',
      propertyNames: {
        pattern: '^[a-zA-Z][a-zA-Z0-9_]*$',
      },
      additionalProperties: {
        $ref: '#/definitions/metric',
      },
    },
    bake: {
      type: 'object',
      additionalProperties: false,
      description: 'post-deploy-verify: the bake and its rules (see docs/post-deploy-verify.md)',
      properties: {
        duration: { $ref: '#/definitions/duration', description: 'how long the bake lasts, such as "30m"' },
        interval: {
          $ref: '#/definitions/duration',
          description: 'time between evaluations, such as "60s" (a multiple of resolution)',
        },
        window: {
          $ref: '#/definitions/duration',
          description: 'the drift judge\'s trailing window, such as "5m" (a multiple of interval)',
        },
        evaluation_delay: {
          $ref: '#/definitions/duration',
          description: 'wait after each tick before querying (ingestion lag), such as "30s"',
        },
        min_coverage: {
          $ref: '#/definitions/percent',
          description: 'share of ticks with enough data, such as "80%"; below it the bake is inconclusive',
        },
        max_gap: {
          $ref: '#/definitions/duration',
          description: 'ticks without enough data tolerated inside a breach streak, such as "2m"',
        },
        critical: {
          type: 'array',
          items: { type: 'string' },
          description:
            'metric ids that must be judged, else the bake is inconclusive, such as [latency_p95_read, error_rate]',
        },
        ratio: {
          type: 'object',
          additionalProperties: false,
          description: 'rollback when a metric is worse than threshold x baseline for a sustained time',
          properties: {
            enabled: { type: 'boolean', description: 'true or false' },
            metrics: {
              type: 'array',
              items: { type: 'string' },
              description: 'metric ids, such as [latency_p95_read, latency_p95_write]',
            },
            threshold: { type: 'number', exclusiveMinimum: 1, description: 'a factor above 1, such as 1.5' },
            clear_below: {
              type: 'number',
              minimum: 1,
              description: 'a factor below which a tick shows recovery, such as 1.25 (default halfway to threshold)',
            },
            for: { $ref: '#/definitions/duration', description: 'how long every tick must breach, such as "10m"' },
          },
        },
        slo: {
          type: 'object',
          additionalProperties: false,
          description: 'rollback when a metric violates its absolute SLO for a sustained time',
          properties: {
            enabled: { type: 'boolean', description: 'true or false' },
            metrics: {
              type: 'array',
              items: { type: 'string' },
              description: 'metric ids with an SLO (default: all of them)',
            },
            for: {
              $ref: '#/definitions/duration',
              description: 'how long every tick must violate the SLO ("slo-breach-for"), such as "5m"',
            },
            baseline_breached: {
              enum: ['report', 'rollback'],
              description: 'report (default) or rollback, when the baseline violated the SLO too',
            },
            worse_by: {
              $ref: '#/definitions/percent',
              description: 'a new breach also needs the candidate worse than the baseline by this share, such as "10%"',
            },
          },
        },
        ticket: {
          type: 'object',
          additionalProperties: false,
          description: 'open a ticket when consecutive windows drift beyond tolerance',
          properties: {
            enabled: { type: 'boolean', description: 'true or false' },
            metrics: {
              type: 'array',
              items: { type: 'string' },
              description: 'metric ids (default: [latency_p95_read, latency_p95_write])',
            },
            windows: { type: 'integer', minimum: 1, description: 'consecutive windows, such as 3' },
            method: {
              enum: ['drift-interval', 'mean-threshold', 'mann-whitney'],
              description: 'judge method per window: mean-threshold (default), drift-interval or mann-whitney',
            },
            confirm: {
              enum: ['drift-interval', 'mean-threshold', 'mann-whitney', 'none'],
              description: "judge of the windows' union that must agree: drift-interval (default), ..., or none",
            },
            warmup: {
              $ref: '#/definitions/duration',
              description: 'windows starting within this time after the deploy are not judged, such as "5m"',
            },
          },
        },
      },
    },
  },
  definitions: {
    duration: {
      type: ['string', 'number'],
      description: 'a duration such as "90s", "5m" or a number of seconds',
    },
    fraction: {
      anyOf: [
        { type: 'number', minimum: 0, maximum: 10 },
        { type: 'string', pattern: '^\\s*\\d+(\\.\\d+)?\\s*%\\s*$' },
      ],
      description: 'a percentage such as "3%" or a fraction such as 0.03 (0 allowed)',
    },
    percent: {
      anyOf: [
        {
          type: 'number',
          exclusiveMinimum: 0,
          maximum: 10,
        },
        {
          type: 'string',
          pattern: '^\\s*\\d+(\\.\\d+)?\\s*%\\s*$',
        },
      ],
      description: 'a percentage such as "10%" or a fraction such as 0.1',
    },
    slo: {
      anyOf: [
        {
          type: 'string',
          pattern: '^\\s*(<=|<|>=|>)\\s*-?\\d+(\\.\\d+)?(e-?\\d+)?\\s*$',
        },
        {
          type: 'object',
          additionalProperties: false,
          required: ['op', 'value'],
          properties: {
            op: {
              enum: ['<=', '<', '>=', '>'],
            },
            value: {
              type: 'number',
            },
          },
        },
        {
          type: 'null',
        },
      ],
      description: 'an objective such as "<= 0.3" (or null to remove the built-in one)',
    },
    metric: {
      type: 'object',
      additionalProperties: false,
      properties: {
        kind: {
          enum: ['histogram_quantile', 'ratio', 'rate', 'gauge', 'promql'],
          description: 'one of histogram_quantile, ratio, rate, gauge, promql',
        },
        title: {
          type: 'string',
          description: 'a display name',
        },
        unit: {
          type: 'string',
          description: 'a display unit such as s, %, /min',
        },
        worse: {
          enum: ['higher', 'lower'],
          description: 'which direction is worse: higher or lower',
        },
        tolerance: {
          $ref: '#/definitions/percent',
        },
        systematic: {
          $ref: '#/definitions/fraction',
        },
        slo: {
          $ref: '#/definitions/slo',
        },
        filter: {
          type: 'string',
          description: 'extra label matchers such as method=~"GET|HEAD"',
        },
        min_events: {
          type: 'integer',
          minimum: 0,
          description: 'minimum events per window before the metric can be judged',
        },
        metric: {
          type: 'string',
          pattern: '^[a-zA-Z_:][a-zA-Z0-9_:]*$',
          description: 'a Prometheus metric name',
        },
        quantile: {
          type: 'number',
          exclusiveMinimum: 0,
          exclusiveMaximum: 1,
          description: 'a quantile such as 0.95',
        },
        numerator: {
          type: 'string',
          pattern: '^[a-zA-Z_:][a-zA-Z0-9_:]*$',
          description: 'a Prometheus counter name',
        },
        denominator: {
          type: 'string',
          pattern: '^[a-zA-Z_:][a-zA-Z0-9_:]*$',
          description: 'a Prometheus counter name',
        },
        numerator_filter: {
          type: 'string',
          description: 'extra label matchers for the numerator',
        },
        denominator_filter: {
          type: 'string',
          description: 'extra label matchers for the denominator',
        },
        scale: {
          type: 'number',
          exclusiveMinimum: 0,
          description: 'a multiplier such as 1000 or 100',
        },
        events: {
          type: 'boolean',
          description: 'true when the counter counts discrete events (Poisson noise), false for amounts',
        },
        per: {
          enum: ['second', 'minute', 'hour'],
          description: 'second, minute or hour',
        },
        aggregate: {
          enum: ['avg', 'max', 'min', 'sum'],
          description: 'avg, max, min or sum',
        },
        query: {
          type: 'string',
          description: 'a PromQL template containing {{selector}}',
        },
      },
    },
  },
} as const;
