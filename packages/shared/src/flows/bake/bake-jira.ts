/**
 * Jira tickets for drift (works with Jira Cloud and Data Center), on the suite's Jira client (io/jira/jira-client.ts:
 * auth, retries on 429/5xx honouring Retry-After, Cloud/Data Center search). Search first by the fingerprint
 * label, create only when nothing matches: POST /rest/api/2/issue with project, issue type, labels, summary and
 * a wiki-markup description holding the window table.
 * Auth: `user` + `token` = Basic (Cloud: email + API token); `token` alone = Bearer (Data Center PAT).
 */
import { errorMessage, SourceError } from '../../core/errors.js';
import type { Logger } from '../../core/log.js';
import { JiraApi, type JiraRetryOptions } from '../../io/jira/jira-client.js';
import type { TicketContent, TicketSink } from './bake-ticket.js';
import type { TicketRecord } from './evidence.js';

export interface JiraOptions {
  url: string;
  user?: string;
  token: string;
  project: string;
  issueType?: string;
  labels?: string[];
  fetch?: typeof fetch;
  logger?: Logger;
  retry?: JiraRetryOptions;
}

/** "HTTP 400 <body>" for a failed Jira call, as the ticket record has always shown it. */
function httpText(e: unknown): string {
  if (e instanceof SourceError && e.details.status !== undefined) {
    return `HTTP ${e.details.status} ${(e.details.body ?? '').slice(0, 300)}`;
  }
  return errorMessage(e);
}

export class JiraSink implements TicketSink {
  readonly system = 'jira' as const;
  private readonly base: string;
  private api: JiraApi | undefined;
  constructor(private readonly options: JiraOptions) {
    this.base = options.url.replace(/\/+$/, '');
  }

  /** Built on first use, so a bad URL becomes the ticket record's error instead of an exception. */
  private client(): JiraApi {
    this.api ??= new JiraApi({
      url: this.options.url,
      user: this.options.user,
      token: this.options.token,
      ...(this.options.fetch ? { fetch: this.options.fetch } : {}),
      ...(this.options.logger ? { logger: this.options.logger } : {}),
      ...(this.options.retry ? { retry: this.options.retry } : {}),
    });
    return this.api;
  }

  async find(label: string): Promise<string | undefined> {
    const jql = `project = "${this.options.project}" AND labels = "${label}" ORDER BY created DESC`;
    try {
      const r = await this.client().search(jql, ['key'], { pageSize: 1, maxIssues: 1 });
      return r.issues[0]?.key;
    } catch (e) {
      throw new Error(`Jira search failed: ${httpText(e)}`, { cause: e });
    }
  }

  async file(content: TicketContent): Promise<TicketRecord> {
    const base = { system: this.system, fingerprint: content.fingerprint };
    try {
      const existing = await this.find(content.label);
      if (existing) return { ...base, url: `${this.base}/browse/${existing}`, key: existing, created: false };
      let key: string;
      try {
        key = (
          await this.client().createIssue({
            project: { key: this.options.project },
            issuetype: { name: this.options.issueType ?? 'Bug' },
            summary: content.summary,
            description: content.jira,
            labels: ['driftgate', content.label, ...(this.options.labels ?? [])],
          })
        ).key;
      } catch (e) {
        throw new Error(
          `Jira create failed: ${httpText(e)} (check jira-project, jira-issue-type and the token's permissions)`,
          { cause: e },
        );
      }
      return { ...base, url: `${this.base}/browse/${key}`, key, created: true };
    } catch (e) {
      return { ...base, url: null, created: false, error: errorMessage(e) };
    }
  }
}
