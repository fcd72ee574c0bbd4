/**
 * JSON Schema of a recording ("driftgate.recording/v1", see io/sources/file.ts), written to
 * packages/shared/schemas/recording.schema.json by `npm run schemas`.
 */
export const recordingSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://driftgate.dev/schemas/recording.schema.json',
  title: 'driftgate recording of metric-source answers (driftgate.recording/v1)',
  description:
    'Written by RecordingSource, read by FileSource (packages/shared/src/io/sources/file.ts). Times are unix seconds; sample values are strings as Prometheus writes them ("0.25", "NaN", "+Inf", "-Inf") so that non-finite values survive JSON. FileSource answers a query only if its text and time parameters match an entry exactly.',
  type: 'object',
  required: ['schema', 'recordedAt', 'source', 'entries'],
  additionalProperties: false,
  properties: {
    schema: {
      const: 'driftgate.recording/v1',
      description: 'format identifier and version',
    },
    recordedAt: {
      type: 'string',
      format: 'date-time',
      description: 'RFC 3339 time at which the file was written',
    },
    source: {
      type: 'string',
      description: 'description of the recorded metric source (a URL or a workspace; never secrets)',
    },
    defaults: {
      type: 'object',
      description:
        'free-form settings stored by the recorder (e.g. service and windows) so that an offline run can reuse them',
    },
    entries: {
      type: 'array',
      description: 'one entry per distinct query, in the order they were (last) asked',
      items: {
        oneOf: [
          {
            type: 'object',
            title: 'range query',
            required: ['type', 'query', 'start', 'end', 'step', 'result'],
            additionalProperties: false,
            properties: {
              type: {
                const: 'range',
              },
              query: {
                type: 'string',
                description: 'the PromQL, exactly as sent',
              },
              start: {
                type: 'number',
                description: 'unix seconds, inclusive',
              },
              end: {
                type: 'number',
                description: 'unix seconds, inclusive',
              },
              step: {
                type: 'number',
                exclusiveMinimum: 0,
                description: 'seconds between points',
              },
              result: {
                $ref: '#/definitions/result',
              },
            },
          },
          {
            type: 'object',
            title: 'instant query',
            required: ['type', 'query', 'time', 'result'],
            additionalProperties: false,
            properties: {
              type: {
                const: 'instant',
              },
              query: {
                type: 'string',
                description: 'the PromQL, exactly as sent',
              },
              time: {
                type: 'number',
                description: 'evaluation time, unix seconds',
              },
              result: {
                $ref: '#/definitions/result',
              },
            },
          },
        ],
      },
    },
  },
  definitions: {
    result: {
      type: 'object',
      required: ['series', 'warnings'],
      additionalProperties: false,
      properties: {
        series: {
          type: 'array',
          items: {
            type: 'object',
            required: ['labels', 'samples'],
            additionalProperties: false,
            properties: {
              labels: {
                type: 'object',
                additionalProperties: {
                  type: 'string',
                },
              },
              samples: {
                type: 'array',
                items: {
                  type: 'array',
                  description: '[unix seconds, value as a string]',
                  items: [
                    {
                      type: 'number',
                    },
                    {
                      type: 'string',
                      pattern: '^(NaN|[+-]?Inf|[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?)$',
                    },
                  ],
                  minItems: 2,
                  maxItems: 2,
                },
              },
            },
          },
        },
        warnings: {
          type: 'array',
          items: {
            type: 'string',
          },
          description: 'server warnings (a metric with warnings is inconclusive)',
        },
      },
    },
  },
} as const;
