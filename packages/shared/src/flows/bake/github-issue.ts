/**
 * GitHub issues as tickets: search the repository's issues (open and closed) for the fingerprint label,
 * create one only when none has it. Needs `issues: write` for the token.
 */
import { errorMessage } from '../../core/errors.js';
import type { Octokit } from '../../io/github/github-client.js';
import type { TicketContent, TicketSink } from './bake-ticket.js';
import type { TicketRecord } from './evidence.js';

export class GitHubIssueSink implements TicketSink {
  readonly system = 'github' as const;
  constructor(
    private readonly octokit: Octokit,
    private readonly repo: { owner: string; repo: string },
    private readonly labels: string[] = [],
  ) {}

  async file(content: TicketContent): Promise<TicketRecord> {
    const base = { system: this.system, fingerprint: content.fingerprint };
    try {
      const found = await this.octokit.rest.issues.listForRepo({
        ...this.repo,
        labels: content.label,
        state: 'all',
        per_page: 1,
      });
      const existing = found.data[0];
      if (existing) return { ...base, url: existing.html_url, key: `#${existing.number}`, created: false };
      const created = await this.octokit.rest.issues.create({
        ...this.repo,
        title: content.summary,
        body: content.markdown,
        labels: ['driftgate', content.label, ...this.labels],
      });
      return { ...base, url: created.data.html_url, key: `#${created.data.number}`, created: true };
    } catch (e) {
      return { ...base, url: null, created: false, error: `${errorMessage(e)} (the token needs issues: write)` };
    }
  }
}
