/**
 * Jira tickets (REST API, works with Jira Cloud and Data Center). Search first by the fingerprint label
 * (Cloud's /rest/api/3/search/jql, falling back to /rest/api/2/search on Data Center), create only when
 * nothing matches: POST /rest/api/2/issue with project, issue type, labels, summary and a wiki-markup
 * description holding the window table.
 * Auth: `user` + `token` = Basic (Cloud: email + API token); `token` alone = Bearer (Data Center PAT).
 */
import { errorMessage } from '../errors.js';
import type { TicketRecord } from './evidence.js';
import type { TicketContent, TicketSink } from './ticket.js';

export interface JiraOptions {
  url: string;
  user?: string;
  token: string;
  project: string;
  issueType?: string;
  labels?: string[];
  fetch?: typeof fetch;
}

export class JiraSink implements TicketSink {
  readonly system = 'jira' as const;
  private readonly base: string;
  constructor(private readonly options: JiraOptions) {
    this.base = options.url.replace(/\/+$/, '');
  }

  private headers(): Record<string, string> {
    const auth = this.options.user
      ? `Basic ${Buffer.from(`${this.options.user}:${this.options.token}`).toString('base64')}`
      : `Bearer ${this.options.token}`;
    return { authorization: auth, accept: 'application/json', 'content-type': 'application/json' };
  }

  private async request(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; json: any; text: string }> {
    const f = this.options.fetch ?? fetch;
    const res = await f(`${this.base}${path}`, {
      method,
      headers: this.headers(),
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    const text = await res.text();
    let json: any = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      json = null;
    }
    return { status: res.status, json, text };
  }

  async find(label: string): Promise<string | undefined> {
    const jql = `project = "${this.options.project}" AND labels = "${label}" ORDER BY created DESC`;
    const q = `jql=${encodeURIComponent(jql)}&fields=key&maxResults=1`;
    let r = await this.request('GET', `/rest/api/3/search/jql?${q}`);
    if (r.status === 404 || r.status === 410 || r.status === 405)
      r = await this.request('GET', `/rest/api/2/search?${q}`);
    if (r.status !== 200) throw new Error(`Jira search failed: HTTP ${r.status} ${r.text.slice(0, 300)}`);
    return r.json?.issues?.[0]?.key;
  }

  async file(content: TicketContent): Promise<TicketRecord> {
    const base = { system: this.system, fingerprint: content.fingerprint };
    try {
      const existing = await this.find(content.label);
      if (existing) return { ...base, url: `${this.base}/browse/${existing}`, key: existing, created: false };
      const r = await this.request('POST', '/rest/api/2/issue', {
        fields: {
          project: { key: this.options.project },
          issuetype: { name: this.options.issueType ?? 'Bug' },
          summary: content.summary,
          description: content.jira,
          labels: ['driftgate', content.label, ...(this.options.labels ?? [])],
        },
      });
      if (r.status !== 201 && r.status !== 200) {
        throw new Error(
          `Jira create failed: HTTP ${r.status} ${r.text.slice(0, 300)} (check jira-project, jira-issue-type and the token's permissions)`,
        );
      }
      const key = r.json?.key as string;
      return { ...base, url: `${this.base}/browse/${key}`, key, created: true };
    } catch (e) {
      return { ...base, url: null, created: false, error: errorMessage(e) };
    }
  }
}
