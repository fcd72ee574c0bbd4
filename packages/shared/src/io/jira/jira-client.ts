/**
 * The one Jira REST client of the suite (Jira Cloud and Jira Server / Data Center). Every Jira call driftgate
 * makes goes through it: CAB waiver search (io/waiver/waiver-jira.ts), drift tickets (flows/bake/bake-jira.ts) and release-ticket
 * evidence (flows/release/release-jira.ts).
 *
 * - Auth: `user` + `token` -> Basic (Cloud: account e-mail + API token); `token` alone -> Bearer (Data Center
 *   personal access token). The token, the header value and its base64 part are registered as secrets before
 *   the first request.
 * - Retries: 429, 5xx, network errors and timeouts are retried (p-retry); the wait is the server's Retry-After
 *   (seconds or an HTTP date, capped) when it sent one, else exponential backoff with jitter. Other 4xx are final.
 * - Errors are SourceErrors carrying the HTTP status and the body, whose message quotes what Jira said
 *   ({"errorMessages": [...], "errors": {...}}); callers turn the ones a user can fix into ConfigurationErrors.
 * - Search: Cloud's GET /rest/api/3/search/jql (nextPageToken), falling back once to Server's GET
 *   /rest/api/2/search (startAt) when the first answers 404/405/410; the choice is remembered.
 * - Everything else uses REST API v2, which both Cloud and Data Center serve and which takes wiki markup.
 */
import { ConfigurationError, SourceError } from '../../core/errors.js';
import { type Logger, silentLogger } from '../../core/log.js';
import { HttpClient, redactUrl } from '../http/http-client.js';

export interface JiraRetryOptions {
  /** Retries after the first attempt (default 2). */
  retries?: number;
  /** First backoff delay before jitter, doubled per attempt (default 500 ms). */
  minDelayMs?: number;
  /** Largest backoff delay (default 15 s). */
  maxDelayMs?: number;
  /** Largest Retry-After honoured (default 60 s). */
  maxRetryAfterMs?: number;
  /** Per-attempt timeout (default 30 s). */
  timeoutMs?: number;
}

export interface JiraApiOptions {
  /** Base URL, e.g. https://acme.atlassian.net (a context path like https://jira.example.com/jira is kept). */
  url: string;
  user?: string;
  token?: string;
  logger?: Logger;
  retry?: JiraRetryOptions;
  /** Transport (tests); default the proxy-aware fetch (proxy.ts). */
  fetch?: typeof fetch;
  /** Input that holds the URL, for error messages (default "jira-url"). */
  inputName?: string;
}

export interface JiraIssue {
  key: string;
  id?: string;
  fields: Record<string, unknown>;
}

/** The author of a comment or an attachment; Cloud has accountId, Data Center name/key. */
export interface JiraUser {
  accountId?: string;
  name?: string;
  key?: string;
  emailAddress?: string;
  displayName?: string;
}

export interface JiraComment {
  id: string;
  body: string;
  author?: JiraUser;
}

export interface JiraAttachment {
  id: string;
  filename: string;
  size?: number;
  created?: string;
  author?: JiraUser;
  /** Download URL. */
  content?: string;
}

export interface JiraFile {
  filename: string;
  content: string | Uint8Array;
  contentType?: string;
}

export interface JiraRequest {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Path under the base URL, starting with /rest/. */
  path: string;
  query?: Record<string, string>;
  /** JSON body. */
  json?: unknown;
  /** multipart/form-data body, built anew for every attempt. */
  form?: () => FormData;
  headers?: Record<string, string>;
  /** What the request does, for messages ("upload an attachment to REL-1"). */
  what: string;
}

export interface JiraResponse<T = any> {
  status: number;
  data: T;
  text: string;
}

const DEFAULTS = { retries: 2, minDelayMs: 500, maxDelayMs: 15_000, maxRetryAfterMs: 60_000, timeoutMs: 30_000 };

/** Jira's error body: {"errorMessages": [...], "errors": {"field": "message"}}, else the text, shortened. */
export function jiraErrorText(body: string | undefined): string {
  if (!body) return '(empty response body)';
  try {
    const j = JSON.parse(body) as { errorMessages?: unknown; errors?: unknown; message?: unknown };
    const parts = [
      ...(Array.isArray(j.errorMessages) ? j.errorMessages.map(String) : []),
      ...(j.errors && typeof j.errors === 'object'
        ? Object.entries(j.errors as Record<string, unknown>).map(([k, v]) => `${k}: ${String(v)}`)
        : []),
      ...(typeof j.message === 'string' ? [j.message] : []),
    ];
    if (parts.length) return parts.join('; ');
  } catch {
    // not JSON
  }
  const text = body.replace(/\s+/g, ' ').trim();
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}

/** The HTTP status of a failed Jira call (undefined for network errors and non-Jira errors). */
export function jiraStatus(e: unknown): number | undefined {
  return e instanceof SourceError ? e.details.status : undefined;
}

/** Validate a Jira base URL; `inputName` names the input in the error. */
export function jiraBaseUrl(url: string, inputName = 'jira-url'): string {
  let u: URL;
  try {
    u = new URL(url);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new Error('not http(s)');
  } catch {
    throw new ConfigurationError(
      `Input "${inputName}" is ${JSON.stringify(url)}: expected the Jira base URL, such as https://acme.atlassian.net.`,
    );
  }
  return `${u.origin}${u.pathname.replace(/\/+$/, '')}`;
}

export class JiraApi {
  readonly base: string;
  private readonly headers: Record<string, string>;
  private readonly logger: Logger;
  private readonly http: HttpClient;
  private searchApi: 'v3' | 'v2' | undefined;

  constructor(options: JiraApiOptions) {
    this.base = jiraBaseUrl(options.url, options.inputName);
    this.logger = options.logger ?? silentLogger;
    const retry = { ...DEFAULTS, ...definedOnly(options.retry ?? {}) };
    this.http = new HttpClient({
      ...retry,
      serverName: 'Jira',
      logger: this.logger,
      ...(options.fetch ? { fetch: options.fetch } : {}),
      wording: {
        status: (status, text, _where, context) => ({
          message: `Jira could not ${context.what} (${status}): ${jiraErrorText(text).replace(/\.+$/, '')}.${hint(status)}`,
        }),
        network: (reason, where, context) => `Could not reach Jira to ${context.what} (${where}): ${reason}.`,
      },
    });
    this.headers = { Accept: 'application/json' };
    if (options.token) {
      this.logger.secret(options.token);
      const value = options.user
        ? `Basic ${Buffer.from(`${options.user}:${options.token}`).toString('base64')}`
        : `Bearer ${options.token}`;
      this.logger.secret(value);
      this.logger.secret(value.replace(/^\w+ /, ''));
      this.headers.Authorization = value;
    }
  }

  /** The human link to an issue. */
  browseUrl(key: string): string {
    return `${this.base}/browse/${encodeURIComponent(key)}`;
  }

  /** HTTP attempts made so far (retries included). */
  requestCount(): number {
    return this.http.requestCount();
  }

  /** One logical request: retried on 429/5xx/network errors (the suite's HttpClient), resolved with any 2xx. */
  async request<T = any>(req: JiraRequest): Promise<JiraResponse<T>> {
    const qs = req.query ? `?${new URLSearchParams(req.query).toString()}` : '';
    const url = `${this.base}${req.path}${qs}`;
    const headers: Record<string, string> = { ...this.headers, ...(req.headers ?? {}) };
    let body: string | FormData | undefined;
    if (req.form) body = req.form();
    else if (req.json !== undefined) {
      body = JSON.stringify(req.json);
      headers['Content-Type'] = 'application/json';
    }
    const res = await this.http.send(
      { method: req.method, url, headers, ...(body !== undefined ? { body } : {}) },
      { what: req.what },
    );
    if (res.text.trim() === '') return { status: res.status, data: undefined as T, text: res.text };
    try {
      return { status: res.status, data: JSON.parse(res.text) as T, text: res.text };
    } catch {
      // A single-sign-on or login page answers 200 with HTML: the request never reached Jira's API.
      const html = /^\s*(<!doctype html|<html)/i.test(res.text);
      throw new SourceError(
        html
          ? `Jira answered ${res.status} to ${req.method} ${redactUrl(url)} with an HTML page (a login or single-sign-on page), not the API: check that jira-url is the Jira base URL reachable without a browser login, and that jira-token is an API token (Cloud) or a personal access token (Data Center).`
          : `Jira answered ${res.status} to ${req.method} ${redactUrl(url)} with a body that is not JSON; is jira-url the Jira base URL?`,
        { status: res.status, body: res.text.slice(0, 1000), errorType: html ? 'html' : 'not_json' },
      );
    }
  }

  /**
   * Every issue matching `jql` (up to maxIssues, then `truncated`), with the given fields. Tries Cloud's
   * /rest/api/3/search/jql first and falls back to /rest/api/2/search (Server / Data Center) on 404/405/410.
   */
  async search(
    jql: string,
    fields: string[],
    options: { pageSize?: number; maxIssues?: number } = {},
  ): Promise<{ issues: JiraIssue[]; truncated: boolean }> {
    const pageSize = options.pageSize ?? 100;
    const maxIssues = options.maxIssues ?? 1000;
    let issues: JiraIssue[];
    if (this.searchApi !== 'v2') {
      try {
        issues = await this.searchV3(jql, fields, pageSize, maxIssues);
        this.searchApi = 'v3';
        return cap(issues, maxIssues);
      } catch (e) {
        const s = jiraStatus(e);
        if (!(this.searchApi === undefined && (s === 404 || s === 405 || s === 410))) throw e;
        this.logger.info(
          `Jira has no /rest/api/3/search/jql (${s}): using /rest/api/2/search (Jira Server / Data Center).`,
        );
        this.searchApi = 'v2';
      }
    }
    issues = await this.searchV2(jql, fields, pageSize, maxIssues);
    return cap(issues, maxIssues);
  }

  private async searchV3(jql: string, fields: string[], pageSize: number, maxIssues: number): Promise<JiraIssue[]> {
    const out: JiraIssue[] = [];
    let token: string | undefined;
    const seen = new Set<string>();
    do {
      if (token !== undefined) {
        if (seen.has(token)) throw pagingLoop('the same nextPageToken twice', seen.size);
        seen.add(token);
      }
      if (seen.size >= MAX_SEARCH_PAGES) throw pagingLoop(`more than ${MAX_SEARCH_PAGES} pages`, seen.size);
      const page = await this.request({
        method: 'GET',
        path: '/rest/api/3/search/jql',
        query: {
          jql,
          fields: fields.join(','),
          maxResults: String(pageSize),
          ...(token ? { nextPageToken: token } : {}),
        },
        what: 'search issues',
      });
      out.push(...((page.data?.issues ?? []) as JiraIssue[]));
      token = page.data?.isLast === true ? undefined : (page.data?.nextPageToken as string | undefined);
    } while (token && out.length < maxIssues);
    return out;
  }

  private async searchV2(jql: string, fields: string[], pageSize: number, maxIssues: number): Promise<JiraIssue[]> {
    const out: JiraIssue[] = [];
    for (let pages = 0; ; pages++) {
      if (pages >= MAX_SEARCH_PAGES) throw pagingLoop(`more than ${MAX_SEARCH_PAGES} pages`, pages);
      const page = await this.request({
        method: 'GET',
        path: '/rest/api/2/search',
        query: { jql, fields: fields.join(','), startAt: String(out.length), maxResults: String(pageSize) },
        what: 'search issues',
      });
      const issues = (page.data?.issues ?? []) as JiraIssue[];
      // A server that ignores startAt answers the same page again: stop instead of looping.
      if (issues.length > 0 && out.some((i) => i.key === issues[0]?.key))
        throw pagingLoop('the same page again for a later startAt', pages + 1);
      out.push(...issues);
      if (issues.length === 0 || out.length >= Number(page.data?.total ?? 0) || out.length >= maxIssues) break;
    }
    return out;
  }

  /** POST /rest/api/2/issue. */
  async createIssue(fields: Record<string, unknown>): Promise<{ id: string; key: string }> {
    const r = await this.request<{ id: string; key: string }>({
      method: 'POST',
      path: '/rest/api/2/issue',
      json: { fields },
      what: 'create an issue',
    });
    if (!r.data?.key) throw new SourceError('Jira created an issue but returned no key.', { status: r.status });
    return { id: String(r.data.id), key: r.data.key };
  }

  /** The user the credentials belong to (GET /rest/api/2/myself). */
  async myself(): Promise<JiraUser> {
    return (await this.request<JiraUser>({ method: 'GET', path: '/rest/api/2/myself', what: 'read the current user' }))
      .data;
  }

  /** Every comment of an issue, oldest first (GET /rest/api/2/issue/{key}/comment, paginated). */
  async listComments(key: string): Promise<JiraComment[]> {
    const out: JiraComment[] = [];
    for (let guard = 0; guard < 100; guard++) {
      const page = await this.request<{ comments?: any[]; total?: number }>({
        method: 'GET',
        path: `/rest/api/2/issue/${encodeURIComponent(key)}/comment`,
        query: { startAt: String(out.length), maxResults: '100' },
        what: `read the comments of ${key}`,
      });
      const comments = page.data?.comments ?? [];
      out.push(...comments.map(toComment));
      if (comments.length === 0 || out.length >= Number(page.data?.total ?? 0)) break;
    }
    return out;
  }

  async addComment(key: string, body: string): Promise<JiraComment> {
    const r = await this.request({
      method: 'POST',
      path: `/rest/api/2/issue/${encodeURIComponent(key)}/comment`,
      json: { body },
      what: `comment on ${key}`,
    });
    return toComment(r.data ?? {});
  }

  async updateComment(key: string, id: string, body: string): Promise<JiraComment> {
    const r = await this.request({
      method: 'PUT',
      path: `/rest/api/2/issue/${encodeURIComponent(key)}/comment/${encodeURIComponent(id)}`,
      json: { body },
      what: `update comment ${id} on ${key}`,
    });
    return toComment(r.data ?? {});
  }

  /** The attachments of an issue (GET /rest/api/2/issue/{key}?fields=attachment). */
  async listAttachments(key: string): Promise<JiraAttachment[]> {
    const r = await this.request<{ fields?: { attachment?: any[] } }>({
      method: 'GET',
      path: `/rest/api/2/issue/${encodeURIComponent(key)}`,
      query: { fields: 'attachment' },
      what: `read the attachments of ${key}`,
    });
    return (r.data?.fields?.attachment ?? []).map(toAttachment);
  }

  /** POST /rest/api/2/issue/{key}/attachments, multipart, with the XSRF opt-out header Jira requires. */
  async uploadAttachment(key: string, file: JiraFile): Promise<JiraAttachment[]> {
    const r = await this.request<any[]>({
      method: 'POST',
      path: `/rest/api/2/issue/${encodeURIComponent(key)}/attachments`,
      headers: { 'X-Atlassian-Token': 'no-check' },
      form: () => {
        const form = new FormData();
        const bytes = typeof file.content === 'string' ? Buffer.from(file.content, 'utf8') : file.content;
        form.append('file', new Blob([bytes], { type: file.contentType ?? 'application/octet-stream' }), file.filename);
        return form;
      },
      what: `attach ${file.filename} to ${key}`,
    });
    return (Array.isArray(r.data) ? r.data : []).map(toAttachment);
  }

  /** DELETE /rest/api/2/attachment/{id}. */
  async deleteAttachment(id: string): Promise<void> {
    await this.request({
      method: 'DELETE',
      path: `/rest/api/2/attachment/${encodeURIComponent(id)}`,
      what: `delete attachment ${id}`,
    });
  }
}

function hint(status: number): string {
  if (status === 401) return ' Check jira-user and jira-token.';
  if (status === 403) return " Check that the Jira user may do this (the project's permissions).";
  return '';
}

function cap(issues: JiraIssue[], maxIssues: number): { issues: JiraIssue[]; truncated: boolean } {
  return issues.length > maxIssues
    ? { issues: issues.slice(0, maxIssues), truncated: true }
    : { issues, truncated: false };
}

function toComment(c: any): JiraComment {
  return {
    id: String(c.id ?? ''),
    body: typeof c.body === 'string' ? c.body : JSON.stringify(c.body ?? ''),
    ...(c.author ? { author: c.author as JiraUser } : {}),
  };
}

function toAttachment(a: any): JiraAttachment {
  return {
    id: String(a.id ?? ''),
    filename: String(a.filename ?? ''),
    ...(typeof a.size === 'number' ? { size: a.size } : {}),
    ...(a.created ? { created: String(a.created) } : {}),
    ...(a.author ? { author: a.author as JiraUser } : {}),
    ...(a.content ? { content: String(a.content) } : {}),
  };
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Whether two Jira users are the same account (Cloud accountId, else Data Center key or name). */
export function sameJiraUser(a: JiraUser | undefined, b: JiraUser | undefined): boolean {
  if (!a || !b) return false;
  if (a.accountId && b.accountId) return a.accountId === b.accountId;
  if (a.key && b.key) return a.key === b.key;
  if (a.name && b.name) return a.name === b.name;
  return false;
}

/** Most pages one Jira search reads. */
const MAX_SEARCH_PAGES = 100;

function pagingLoop(what: string, pages: number): SourceError {
  return new SourceError(
    `Jira search answered ${what}; stopped after ${pages} page${pages === 1 ? '' : 's'} (a server or proxy bug): check the Jira URL, or narrow jira-jql.`,
    { errorType: 'paging' },
  );
}
