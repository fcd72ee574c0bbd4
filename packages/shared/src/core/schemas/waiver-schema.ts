/**
 * JSON Schema of a CAB waiver file (.github/perf-waivers/*.yml, one waiver per file), as written by people.
 * Normalized by io/waiver/waiver-files.ts into the `Waiver` JSON shape (max_drift "25%" -> 0.25, metrics "*" -> ["*"]).
 * Written to packages/shared/schemas/waiver.schema.json so editors can validate waiver files
 * (`# yaml-language-server: $schema=...`).
 *
 * The same schema (minus id, approved_by and ticket, which the pull request supplies) validates the
 * ```cab-waiver block of a label waiver (`labelWaiverSchema`).
 */
const METRIC_ID = '^(\\*|[a-zA-Z][a-zA-Z0-9_]*)$';

const properties = {
  id: {
    type: 'string',
    pattern: '^[A-Za-z0-9][A-Za-z0-9._#/-]*$',
    description: 'a waiver id such as "CAB-1234" (letters, digits, ".", "_", "-")',
  },
  service: {
    type: 'string',
    minLength: 1,
    description: 'the service label value the waiver is for, such as "checkout-api"',
  },
  environment: {
    type: 'string',
    minLength: 1,
    description: 'the environment label value the waiver is for, such as "prod"',
  },
  metrics: {
    description:
      'a list of metric ids such as [latency_p95_read, error_rate], or "*" (quoted) for every metric; max_drift and expires still apply to "*"',
    anyOf: [
      { const: '*' },
      {
        type: 'array',
        minItems: 1,
        uniqueItems: true,
        items: { type: 'string', pattern: METRIC_ID },
      },
    ],
  },
  max_drift: {
    type: 'string',
    pattern: '^\\s*\\d+(\\.\\d+)?\\s*%\\s*$',
    description:
      'the largest drift the CAB accepts, as a percentage with its % sign such as "25%" (a bare number is refused: 0.25 and 25 are too easy to confuse)',
  },
  versions: {
    type: 'array',
    minItems: 1,
    items: {
      type: 'string',
      minLength: 1,
      description:
        'a candidate version or commit SHA (at least 7 hex characters) as a string; quote numbers like "1.10"',
    },
    description:
      'the candidate versions or commit SHAs the waiver covers, such as ["v2.4.0", "1a2b3c4"]; leave the key out to cover any version',
  },
  expires: {
    type: 'string',
    format: 'date-time',
    description:
      'an RFC 3339 time with a time zone, such as "2026-12-31T23:59:59Z" (required: a waiver never lasts forever)',
  },
  approved_by: {
    type: 'array',
    minItems: 1,
    uniqueItems: true,
    items: { type: 'string', minLength: 1, pattern: '^[^\\s,]+$', description: 'a GitHub login such as "alice"' },
    description: 'the GitHub logins of the CAB members who approved, such as [alice, bob]',
  },
  reason: {
    type: 'string',
    minLength: 1,
    description: 'why the drift is accepted (read by auditors)',
  },
  ticket: {
    type: 'string',
    format: 'uri',
    description: 'a link to the CAB record, such as "https://jira.example.com/browse/CAB-1234"',
  },
} as const;

export const waiverSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://driftgate.dev/schemas/waiver.schema.json',
  title: 'driftgate CAB waiver (.github/perf-waivers/*.yml)',
  description:
    'A Change Advisory Board waiver for a performance regression (PERF-003 §7). One waiver per file; the pull request that adds or changes the file must be approved by a member of the cab-team.',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'service', 'environment', 'metrics', 'max_drift', 'expires', 'approved_by', 'reason'],
  properties,
} as const;

/** The ```cab-waiver block of an approving CAB review on a labelled PR: id, approvers and ticket come from the PR. */
export const labelWaiverSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://driftgate.dev/schemas/label-waiver.schema.json',
  title: 'driftgate label waiver (```cab-waiver block in an approving CAB review)',
  type: 'object',
  additionalProperties: false,
  required: ['service', 'environment', 'metrics', 'max_drift', 'expires', 'reason'],
  // No approved_by: the approvers are the CAB members whose approving reviews are verified through the API.
  properties: {
    id: properties.id,
    service: properties.service,
    environment: properties.environment,
    metrics: properties.metrics,
    max_drift: properties.max_drift,
    versions: properties.versions,
    expires: properties.expires,
    reason: properties.reason,
    ticket: properties.ticket,
  },
} as const;
