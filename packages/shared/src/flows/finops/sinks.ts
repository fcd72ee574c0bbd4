/** The ticket systems of over-budget alerts: the bake's Jira and GitHub-issue sinks (deduplicated by label). */

import type { Logger } from '../../core/log.js';
import { githubClient } from '../../io/github/github-client.js';
import { JiraSink } from '../bake/bake-jira.js';
import type { TicketSink } from '../bake/bake-ticket.js';
import { GitHubIssueSink } from '../bake/github-issue.js';

export type { TicketSink } from '../bake/bake-ticket.js';

export interface SinkOptions {
  jira?: { url: string; token: string; project: string; user?: string; issueType?: string };
  github?: { token: string; repository: { owner: string; repo: string } };
  logger?: Logger;
}

export function finopsSinks(o: SinkOptions): TicketSink[] {
  const sinks: TicketSink[] = [];
  if (o.jira) sinks.push(new JiraSink({ ...o.jira, labels: ['finops'], ...(o.logger ? { logger: o.logger } : {}) }));
  if (o.github) sinks.push(new GitHubIssueSink(githubClient(o.github.token), o.github.repository, ['finops']));
  return sinks;
}
