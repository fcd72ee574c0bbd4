/**
 * CAB waivers kept as Jira issues: found with a configurable JQL, their fields mapped to the waiver fields
 * (field ids configurable), approved when the issue is in the approved status (default "Approved").
 *
 * - Requests go through the suite's Jira client (io/jira/jira-client.ts): Jira Cloud GET /rest/api/3/search/jql
 *   (nextPageToken pagination), falling back to Jira Server / Data Center GET /rest/api/2/search (startAt) on
 *   404; retries on 429/5xx honouring Retry-After.
 * - Auth: jira-user + jira-token -> Basic (Cloud: e-mail + API token); jira-token alone -> Bearer (Data Center
 *   personal access token). The token and the Authorization header value are registered as secrets.
 * - Values: numbers in the max_drift field are percentages (25 = 25%); "25%" also works. A date-only expires
 *   ("2026-12-31") means the end of that day, UTC. Users (approvers) are shown by display name.
 * - The JQL may use {service}, {environment} and {version}; they are replaced by quoted JQL strings.
 * The approval proof is the issue's status as returned by the API (the JQL alone is not trusted: a JQL that
 * forgot `status = Approved` still yields no approved waiver). Restrict who may move issues to that status in
 * the Jira workflow: that is where the CAB decides.
 */
import { ConfigurationError, SourceError } from '../../core/errors.js';
import { type Logger, silentLogger } from '../../core/log.js';
import { waiverSchema } from '../../core/schemas/waiver-schema.js';
import { closest, formatProblems } from '../../core/validation.js';
import type { WaiverCandidate } from '../../core/waiver/decide.js';
import { JiraApi, type JiraIssue, type JiraRetryOptions, jiraErrorText } from '../jira/jira-client.js';
import { validateRecord, waiverFromRecord } from './waiver-files.js';

export const DEFAULT_JIRA_JQL = 'project = CAB AND issuetype = "Perf Waiver" AND status = "Approved"';
export const DEFAULT_JIRA_APPROVED_STATUS = 'Approved';

export const JIRA_FIELD_KEYS = [
  'service',
  'environment',
  'metrics',
  'max_drift',
  'versions',
  'expires',
  'approved_by',
  'reason',
] as const;
export type JiraFieldKey = (typeof JIRA_FIELD_KEYS)[number];
export type JiraFieldMap = Record<JiraFieldKey, string>;

/** Example ids: every Jira instance numbers its custom fields differently; set `jira-fields` to yours. */
export const DEFAULT_JIRA_FIELDS: JiraFieldMap = {
  max_drift: 'customfield_10010',
  service: 'customfield_10011',
  environment: 'customfield_10012',
  metrics: 'customfield_10013',
  expires: 'customfield_10014',
  approved_by: 'customfield_10015',
  versions: 'fixVersions',
  reason: 'summary',
};

export type { JiraIssue };

/** The small interface the waiver check needs from Jira (tests may substitute it). */
export interface JiraClient {
  /** Every issue matching `jql`, with the given fields. */
  search(jql: string, fields: string[]): Promise<JiraIssue[]>;
  /** The human link to an issue. */
  browseUrl(key: string): string;
}

export interface JiraRestOptions {
  /** Base URL, e.g. https://acme.atlassian.net (a context path like https://jira.example.com/jira is kept). */
  url: string;
  user?: string;
  token?: string;
  logger?: Logger;
  /** Retry tuning (timeouts, retries); default 30 s per attempt, 2 retries on 429/5xx/network errors. */
  http?: JiraRetryOptions;
  /** Issues per page (default 100). */
  pageSize?: number;
  /** Stop after this many issues (default 1000): a JQL that matches more is too broad. */
  maxIssues?: number;
}

/** The waiver search on the suite's Jira client (io/jira/jira-client.ts), with waiver-specific error messages. */
export class JiraRestClient implements JiraClient {
  private readonly api: JiraApi;
  private readonly logger: Logger;
  private readonly pageSize: number;
  private readonly maxIssues: number;

  constructor(options: JiraRestOptions) {
    this.logger = options.logger ?? silentLogger;
    this.api = new JiraApi({
      url: options.url,
      user: options.user,
      token: options.token,
      logger: this.logger,
      retry: { retries: 2, ...options.http },
    });
    this.pageSize = options.pageSize ?? 100;
    this.maxIssues = options.maxIssues ?? 1000;
  }

  browseUrl(key: string): string {
    return this.api.browseUrl(key);
  }

  async search(jql: string, fields: string[]): Promise<JiraIssue[]> {
    try {
      const r = await this.api.search(jql, fields, { pageSize: this.pageSize, maxIssues: this.maxIssues });
      if (r.truncated) {
        this.logger.warning(
          `jira-jql matches more than ${this.maxIssues} issues; only the first ${this.maxIssues} are considered. Narrow the JQL.`,
        );
      }
      return r.issues;
    } catch (e) {
      throw this.explain(e, jql);
    }
  }

  private explain(e: unknown, jql: string): unknown {
    if (!(e instanceof SourceError) || e.details.status === undefined) return e;
    const status = e.details.status;
    if (e.details.errorType === 'html' || e.details.errorType === 'not_json') return new ConfigurationError(e.message);
    const said = jiraErrorText(e.details.body).replace(/\.+$/, '');
    if (status === 400) {
      return new ConfigurationError(
        `Input "jira-jql" is ${JSON.stringify(jql)}: Jira rejected it (400): ${said}. Fix the JQL (try it in Jira's issue search).`,
      );
    }
    if (status === 401 || status === 403) {
      return new ConfigurationError(
        `Jira at ${this.api.base} refused the credentials (${status}): ${said}. Check jira-user and jira-token: for Jira Cloud, jira-user is the account e-mail and jira-token an API token; for Jira Server / Data Center, leave jira-user empty and use a personal access token.`,
      );
    }
    if (status === 404) {
      return new ConfigurationError(
        `Input "jira-url" is ${JSON.stringify(this.api.base)}: Jira's search API is not there (404 for /rest/api/3/search/jql and /rest/api/2/search): set jira-url to the Jira base URL, such as https://acme.atlassian.net.`,
      );
    }
    return new SourceError(`Jira search failed (${status}): ${said}. JQL: ${jql}`, e.details);
  }
}

/** `jira-fields`: JSON object, or "key=field" / "key: field" pairs separated by commas or new lines. */
export function parseJiraFields(text: string | undefined, what = 'Input "jira-fields"'): JiraFieldMap {
  const map: JiraFieldMap = { ...DEFAULT_JIRA_FIELDS };
  if (text === undefined || text.trim() === '') return map;
  let pairs: Array<[string, unknown]>;
  const t = text.trim();
  if (t.startsWith('{')) {
    try {
      pairs = Object.entries(JSON.parse(t) as Record<string, unknown>);
    } catch {
      throw new ConfigurationError(
        `${what} is not valid JSON: write {"max_drift": "customfield_10010", ...} or max_drift=customfield_10010 lines.`,
      );
    }
  } else {
    pairs = t
      .split(/[\n,]+/)
      .map((s) => s.trim())
      .filter(Boolean)
      .map((s) => {
        const m = /^([A-Za-z_]+)\s*[=:]\s*(\S+)$/.exec(s);
        if (!m) {
          throw new ConfigurationError(
            `${what} has ${JSON.stringify(s)}: expected key=field_id, such as max_drift=customfield_10010.`,
          );
        }
        return [m[1] as string, m[2]];
      });
  }
  for (const [k, v] of pairs) {
    if (!(JIRA_FIELD_KEYS as readonly string[]).includes(k)) {
      const guess = closest(k, JIRA_FIELD_KEYS);
      throw new ConfigurationError(
        `${what} maps unknown key ${JSON.stringify(k)}${guess ? ` (did you mean "${guess}"?)` : ''}: keys are ${JIRA_FIELD_KEYS.join(', ')}.`,
      );
    }
    if (typeof v !== 'string' || v.trim() === '') {
      throw new ConfigurationError(
        `${what} maps ${k} to ${JSON.stringify(v)}: expected a Jira field id such as customfield_10010.`,
      );
    }
    map[k as JiraFieldKey] = v.trim();
  }
  return map;
}

/** A JQL string literal. */
function jqlString(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** Replace {service}, {environment} and {version} with quoted JQL strings. */
export function expandJql(template: string, vars: { service: string; environment: string; version: string }): string {
  return template.replace(/\{(service|environment|version)\}/g, (_, k: keyof typeof vars) => jqlString(vars[k]));
}

/** Text of an Atlassian Document Format node (Jira Cloud rich-text fields). */
function adfText(node: any): string {
  if (!node || typeof node !== 'object') return '';
  if (typeof node.text === 'string') return node.text;
  const inner = Array.isArray(node.content) ? node.content.map(adfText) : [];
  return inner.join(node.type === 'doc' ? '\n' : node.type === 'paragraph' ? '' : ' ').trim();
}

function scalar(v: unknown): unknown {
  if (v === null || v === undefined) return undefined;
  if (typeof v !== 'object') return v;
  const o = v as Record<string, unknown>;
  if (o.type === 'doc') return adfText(o);
  // select option, version/component, user
  return o.value ?? o.name ?? o.displayName ?? o.emailAddress ?? o.accountId ?? o.key;
}

function splitList(v: unknown, separators: RegExp): unknown {
  if (Array.isArray(v)) {
    return v.flatMap((x) => {
      const s = scalar(x);
      return typeof s === 'string'
        ? s
            .split(separators)
            .map((p) => p.trim())
            .filter(Boolean)
        : s === undefined
          ? []
          : [s];
    });
  }
  const s = scalar(v);
  if (typeof s === 'string')
    return s
      .split(separators)
      .map((p) => p.trim())
      .filter(Boolean);
  return s;
}

/** Jira datetime "2026-12-31T23:59:00.000+0000" or date "2026-12-31" -> RFC 3339. */
export function jiraTime(v: unknown): unknown {
  if (typeof v !== 'string') return v;
  const s = v.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return `${s}T23:59:59Z`;
  const fixed = s.replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  const ms = Date.parse(fixed);
  if (/^\d{4}-\d{2}-\d{2}T/.test(fixed) && !Number.isNaN(ms)) return new Date(ms).toISOString().replace('.000Z', 'Z');
  return s;
}

function fieldValue(key: JiraFieldKey, v: unknown): unknown {
  switch (key) {
    case 'max_drift': {
      const s = scalar(v);
      if (typeof s === 'number') return `${s}%`;
      if (typeof s === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(s)) return `${s.trim()}%`;
      return typeof s === 'string' ? s.trim() : s;
    }
    case 'metrics': {
      const l = splitList(v, /[\s,]+/);
      return Array.isArray(l) && l.length === 1 && l[0] === '*' ? '*' : l;
    }
    case 'versions':
      return splitList(v, /[\s,]+/);
    case 'approved_by':
      return splitList(v, /[,\n]+/);
    case 'expires':
      return jiraTime(scalar(v));
    case 'service':
    case 'environment': {
      if (Array.isArray(v) && v.length === 1) return scalar(v[0]);
      return Array.isArray(v) ? v.map(scalar) : scalar(v);
    }
    default: {
      const s = scalar(v);
      return typeof s === 'string' ? s.trim() : s;
    }
  }
}

/** Jira approvers are Jira users (display names), not GitHub logins. */
const jiraWaiverSchema = {
  ...waiverSchema,
  // A distinct $id: ajv refuses to compile two schemas with the same one.
  $id: 'https://driftgate.dev/schemas/jira-waiver.schema.json',
  properties: {
    ...waiverSchema.properties,
    approved_by: { ...waiverSchema.properties.approved_by, items: { type: 'string', minLength: 1 } },
  },
} as const;

export interface JiraWaiverOptions {
  fields: JiraFieldMap;
  approvedStatus: string;
  browseUrl: (key: string) => string;
}

/** One Jira issue -> a candidate waiver: fields mapped and validated, approval = the issue's status. */
export async function waiverFromJiraIssue(issue: JiraIssue, o: JiraWaiverOptions): Promise<WaiverCandidate> {
  const url = o.browseUrl(issue.key);
  const where = `Jira issue ${issue.key}`;
  const raw: Record<string, unknown> = { id: issue.key, ticket: url };
  for (const key of JIRA_FIELD_KEYS) {
    const v = fieldValue(key, issue.fields?.[o.fields[key]]);
    if (v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0)) continue;
    raw[key] = v;
  }
  const status = scalar(issue.fields?.status);
  const statusName = typeof status === 'string' ? status : '(no status)';
  const proof: WaiverCandidate['proof'] =
    statusName.toLowerCase() === o.approvedStatus.toLowerCase()
      ? {
          verified: true,
          approvers: Array.isArray(raw.approved_by) ? (raw.approved_by as string[]) : [],
          url,
          detail: `Jira issue ${issue.key} is in status ${statusName}`,
        }
      : {
          verified: false,
          reason: 'approval not verified',
          detail: `Jira issue ${issue.key} is in status ${JSON.stringify(statusName)}, not ${JSON.stringify(o.approvedStatus)}`,
        };
  const source = { kind: 'jira' as const, ref: issue.key, url };
  const problems = (await validateRecord(jiraWaiverSchema, raw)).map((p) => {
    const key = p.path.split(/[.[]/)[0] as JiraFieldKey;
    const missing = /^missing required key "([a-z_]+)"$/.exec(p.message)?.[1] as JiraFieldKey | undefined;
    if (missing && o.fields[missing])
      return { ...p, message: `${p.message} (Jira field ${o.fields[missing]} is empty)` };
    return o.fields[key] ? { ...p, path: `${p.path} (Jira field ${o.fields[key]})` } : p;
  });
  if (problems.length) return { source, problems: formatProblems(where, problems).split('\n'), proof };
  const parsed = await waiverFromRecord(raw, where, jiraWaiverSchema);
  return { source, ...parsed, proof };
}

export interface JiraSearchSettings {
  jql?: string;
  fields?: JiraFieldMap;
  approvedStatus?: string;
  service: string;
  environment: string;
  version: string;
}

/** Search Jira and map every issue found to a candidate. */
export async function loadJiraWaivers(
  client: JiraClient,
  s: JiraSearchSettings,
  logger: Logger = silentLogger,
): Promise<WaiverCandidate[]> {
  const fields = s.fields ?? DEFAULT_JIRA_FIELDS;
  const jql = expandJql(s.jql ?? DEFAULT_JIRA_JQL, {
    service: s.service,
    environment: s.environment,
    version: s.version,
  });
  const ids = [...new Set([...Object.values(fields), 'status', 'summary'])];
  logger.info(`Jira: searching ${jql}`);
  const issues = await client.search(jql, ids);
  logger.info(`Jira: ${issues.length} issue${issues.length === 1 ? '' : 's'} found`);
  return Promise.all(
    issues.map((issue) =>
      waiverFromJiraIssue(issue, {
        fields,
        approvedStatus: s.approvedStatus ?? DEFAULT_JIRA_APPROVED_STATUS,
        browseUrl: (k) => client.browseUrl(k),
      }),
    ),
  );
}
