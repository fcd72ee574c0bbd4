/**
 * The release inputs shared by perf-baseline-compare and post-deploy-verify, checked before any work starts:
 * release-ticket, release-ticket-pattern, jira-url, jira-user, jira-token (masked by the reader), release-tag.
 * Returns where the evidence goes (flows/release/release-publish.ts): the Jira release ticket when jira-url is set, the
 * GitHub release of a `release` event or of release-tag.
 */
import { ConfigurationError } from '../../core/errors.js';
import type { ReleaseTargets } from '../../flows/release/release-publish.js';
import { compileTicketPattern, validateTicketKey } from '../../flows/release/release-ticket.js';
import type { Octokit, RunContext } from '../../io/github/github-client.js';
import { JiraApi } from '../../io/jira/jira-client.js';
import { actionLogger } from './logger.js';

/** The release inputs, as the spec read them (shell/action/action-inputs.ts). */
export interface ReleaseInputs {
  'release-ticket'?: string;
  'release-ticket-pattern'?: string;
  'jira-url'?: string;
  'jira-user'?: string;
  'jira-token'?: string;
  'release-tag'?: string;
}

export interface ReleaseInputOptions {
  inputs: ReleaseInputs;
  context: RunContext;
  octokit?: Octokit;
  /** jira-url is also used for something else (post-deploy-verify's drift tickets): no key is then only a notice. */
  jiraHasOtherUse?: boolean;
}

export function readReleaseInputs(o: ReleaseInputOptions): ReleaseTargets {
  const targets: ReleaseTargets = {};
  const {
    'release-ticket': explicit,
    'release-ticket-pattern': patternText,
    'jira-url': jiraUrl,
    'jira-token': jiraToken,
    'jira-user': jiraUser,
    'release-tag': tag,
  } = o.inputs;
  const key = explicit === undefined ? undefined : validateTicketKey(explicit);
  const pattern = compileTicketPattern(patternText);
  if (key && !jiraUrl) {
    throw new ConfigurationError(
      `Input "release-ticket" is ${JSON.stringify(key)} but "jira-url" is empty: set jira-url (with jira-user and jira-token) so the evidence can be attached, or leave release-ticket empty.`,
    );
  }
  if (jiraUrl) {
    if (!jiraToken) {
      throw new ConfigurationError(
        `Input "jira-url" is ${JSON.stringify(jiraUrl)} but "jira-token" is empty: set jira-token (an API token with jira-user, or a Data Center personal access token), or leave jira-url empty.`,
      );
    }
    targets.jira = {
      api: new JiraApi({ url: jiraUrl, user: jiraUser, token: jiraToken, logger: actionLogger }),
      ...(key ? { key } : {}),
      pattern: pattern.regex,
      patternSource: pattern.source,
      warnWhenNoKey: !o.jiraHasOtherUse,
    };
  }
  const eventRelease =
    o.context.eventName === 'release' && typeof o.context.payload.release?.id === 'number'
      ? (o.context.payload.release.id as number)
      : undefined;
  if (tag !== undefined || eventRelease !== undefined) {
    if (!o.octokit || !o.context.repository) {
      if (tag !== undefined) {
        throw new ConfigurationError(
          `Input "release-tag" is ${JSON.stringify(tag)} but "github-token" is empty: the release is updated through the GitHub API; give a token with contents: write, or leave release-tag empty.`,
        );
      }
    } else {
      targets.github = {
        octokit: o.octokit,
        ...o.context.repository,
        ...(tag !== undefined ? { tag } : { releaseId: eventRelease }),
      };
    }
  }
  return targets;
}
