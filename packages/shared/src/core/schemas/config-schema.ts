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
          default: 'service',
          description: 'a Prometheus label name such as service, app or job',
        },
        environment: {
          type: 'string',
          pattern: '^[a-zA-Z_][a-zA-Z0-9_]*$',
          default: 'env',
          description:
            'a Prometheus label name such as env or environment, or none (the series have no environment label)',
        },
        version: {
          type: 'string',
          pattern: '^[a-zA-Z_][a-zA-Z0-9_]*$',
          default: 'version',
          description:
            'a Prometheus label name such as version or image_tag, or none: no version label, baseline and candidate are told apart by their windows (before/after the deploy); same-version (A/A) runs need two different windows',
        },
      },
    },
    version_from: {
      type: 'string',
      pattern:
        '^\\s*[a-zA-Z_:][a-zA-Z0-9_:]*\\s*\\{\\s*[a-zA-Z_][a-zA-Z0-9_]*\\s*\\}\\s*(on\\s*\\([a-zA-Z0-9_,\\s]*\\))?\\s*$',
      description:
        'take the version from an info metric instead of a label on every series, such as build_info{version} or target_info{service_version} on(job, instance) (default join labels: job, instance)',
    },
    tolerance: {
      $ref: '#/definitions/percent',
      default: '10%',
      description: 'default relative tolerance for every metric, such as "10%" or 0.1',
    },
    method: {
      enum: ['drift-interval', 'mean-threshold', 'mann-whitney', 'newey-west'],
      default: 'drift-interval',
      description:
        'judge method: drift-interval (default), mean-threshold, mann-whitney or newey-west (reference test)',
    },
    confidence: {
      type: 'number',
      exclusiveMinimum: 0.5,
      exclusiveMaximum: 1,
      default: 0.95,
      description: 'family-wise confidence of the decision, such as 0.95',
    },
    resolution: {
      type: ['string', 'number'],
      default: '60s',
      description: 'sub-window length, a duration such as "60s" or "1m"',
    },
    scrape_interval: {
      type: ['string', 'number'],
      default: 'auto',
      description:
        'the scrape interval of the targets: "auto" (default: measured per metric from the baseline window) or a duration such as "15s"',
    },
    systematic: {
      $ref: '#/definitions/fraction',
      default: '3%',
      description:
        'prior between-window uncertainty of an unchanged release, such as "3%" (default), used when the baseline history cannot measure it; see docs/statistics.md',
    },
    history: {
      type: ['string', 'number'],
      default: '7d',
      description:
        "how far back before the baseline window the baseline version's own history is read to measure the between-window term (A/A spread); 0 turns it off and uses the systematic prior. See docs/statistics.md",
    },
    trim_incidents: {
      type: 'boolean',
      default: true,
      description: 'leave transient incidents (outlying minutes) out of each window: true (default) or false',
    },
    on_inconclusive: {
      enum: ['fail', 'pass'],
      default: 'fail',
      description: 'what an inconclusive comparison does to the gate: fail (default) or pass',
    },
    slo: {
      enum: ['fail', 'warn'],
      default: 'fail',
      description:
        'what a new SLO breach does to the gate: fail (default: the candidate breaches an SLO its baseline met, and its interval lies beyond the objective) or warn (listed only). A standing breach (the baseline breached it too) is always listed, not failed',
    },
    budget_per_hour: {
      type: 'number',
      exclusiveMinimum: 0,
      description: 'cost budget in USD per hour; becomes the SLO of cost_rate',
    },
    catalog: {
      enum: ['builtin', 'none'],
      default: 'builtin',
      description:
        'builtin (default: start from the PERF-003 catalog, whose metrics without series are not-applicable) or none (only the metrics listed under metrics:, the usual choice for your own metrics)',
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
          description:
            'required for a new metric: histogram_quantile (needs metric, quantile), ratio (numerator, denominator), rate (metric; per defaults to second), gauge (metric; aggregate defaults to avg) or promql (query)',
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
          description: 'this metric\'s tolerance, such as "15%" (default: the top-level tolerance)',
        },
        systematic: {
          $ref: '#/definitions/fraction',
          description: "this metric's between-window uncertainty (default: the top-level systematic)",
        },
        slo: {
          $ref: '#/definitions/slo',
          description: 'an absolute objective the candidate must meet, such as "<= 0.3"',
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
          description:
            'a Prometheus metric name; for histogram_quantile the histogram base name without _bucket (http_request_duration_seconds)',
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
          default: 1,
          description: 'a multiplier such as 1000 or 100',
        },
        events: {
          type: 'boolean',
          default: true,
          description: 'true when the counter counts discrete events (Poisson noise), false for amounts',
        },
        per: {
          enum: ['second', 'minute', 'hour'],
          default: 'second',
          description: 'rate: per second (default), minute or hour',
        },
        aggregate: {
          enum: ['avg', 'max', 'min', 'sum'],
          default: 'avg',
          description: 'gauge: how series (pods, queues) are combined at each instant: avg (default), max, min or sum',
        },
        query: {
          type: 'string',
          description:
            'a PromQL template returning one series, containing {{selector}} (the service/environment/version matchers) and optionally {{range}}',
        },
      },
    },
  },
} as const;
