/**
 * Which release ticket (a Jira issue key, e.g. REL-123) a run's evidence belongs to (PERF-003 §7 "Attach
 * comparison artifact to release ticket"): the `release-ticket` input, else the first match of
 * `release-ticket-pattern` (default REL-\d+) in, in this order, the pull request title, the branch name, the
 * release name/tag (release events), the workflow run title (workflow_run) and the head commit message.
 * The pattern is matched as a whole word (REL-12 does not match inside PREL-12 or REL-123), case-sensitively,
 * and a capture group, when the pattern has one, is the key.
 */
import { ConfigurationError } from '../../core/errors.js';
import type { RunContext } from '../../io/github/github-client.js';

export const DEFAULT_RELEASE_TICKET_PATTERN = 'REL-\\d+';
/** A Jira issue key: project key (a letter, then letters, digits, underscores) - number. */
const JIRA_KEY = /^[A-Z][A-Z0-9_]*-[1-9]\d*$/;

export interface TicketSource {
  /** "pull request title", "branch", "commit message", ... */
  what: string;
  text: string | undefined;
}

export interface FoundTicket {
  key: string;
  /** Where it was found: "input release-ticket", "pull request title", ... */
  from: string;
}

/** Compile `release-ticket-pattern`; errors name the input, the value and the fix. */
export function compileTicketPattern(
  pattern: string | undefined,
  inputName = 'release-ticket-pattern',
): { regex: RegExp; source: string } {
  const source = pattern?.trim() || DEFAULT_RELEASE_TICKET_PATTERN;
  let regex: RegExp;
  try {
    new RegExp(source);
    regex = new RegExp(`(?<![A-Za-z0-9_])(?:${source})(?![0-9])`);
  } catch (e) {
    throw new ConfigurationError(
      `Input "${inputName}" is ${JSON.stringify(source)}: not a valid regular expression (${(e as Error).message}); use a JavaScript regular expression such as REL-\\d+ or (?:REL|CHG)-\\d+.`,
    );
  }
  if (regex.test('')) {
    throw new ConfigurationError(
      `Input "${inputName}" is ${JSON.stringify(source)}: it matches the empty text, so it would find a "ticket" everywhere; use a pattern such as REL-\\d+.`,
    );
  }
  return { regex, source };
}

/** Validate an explicit `release-ticket`. */
export function validateTicketKey(key: string, inputName = 'release-ticket'): string {
  const k = key.trim();
  if (!JIRA_KEY.test(k)) {
    throw new ConfigurationError(
      `Input "${inputName}" is ${JSON.stringify(key)}: expected a Jira issue key such as REL-123 (project key in capitals, a dash, the number).`,
    );
  }
  return k;
}

/** The first match of `regex` in `sources`, in order. */
export function findTicketKey(sources: TicketSource[], regex: RegExp): FoundTicket | undefined {
  for (const s of sources) {
    if (!s.text) continue;
    const m = regex.exec(s.text);
    if (!m) continue;
    const key = (m.slice(1).find((g) => g !== undefined) ?? m[0]).trim();
    if (key) return { key, from: s.what };
  }
  return undefined;
}

function branchOf(ref: string | undefined): string | undefined {
  if (!ref) return undefined;
  return ref.replace(/^refs\/heads\//, '').replace(/^refs\/tags\//, '');
}

/** Where a ticket key may be written, from the run's event payload and environment, in search order. */
export function ticketSources(context: RunContext, env: NodeJS.ProcessEnv = process.env): TicketSource[] {
  const p = context.payload ?? {};
  const pr = p.pull_request;
  const wr = p.workflow_run;
  const branch =
    pr?.head?.ref ??
    wr?.head_branch ??
    env.GITHUB_HEAD_REF ??
    (context.ref?.startsWith('refs/heads/') ? branchOf(context.ref) : undefined);
  return [
    { what: 'pull request title', text: pr?.title },
    { what: 'branch name', text: branch },
    {
      what: 'release name',
      text: p.release ? [p.release.name, p.release.tag_name].filter(Boolean).join(' ') : undefined,
    },
    { what: 'workflow run title', text: wr?.display_title },
    { what: 'commit message', text: p.head_commit?.message ?? wr?.head_commit?.message },
  ];
}
