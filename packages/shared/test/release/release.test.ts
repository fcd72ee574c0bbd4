/**
 * Release evidence (PERF-003 §7 "Attach comparison artifact to release ticket") against loopback fakes of Jira
 * and GitHub: ticket key detection, attachments replaced on re-runs with one comment edited in place, release
 * assets replaced, and the release-notes section whose rows re-runs replace.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type FakeGitHubState, type FakeJira, fakeJiraIssue, startFakeGitHub, startFakeJira } from '@driftgate/testkit';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/core/errors.js';
import { memoryLogger } from '../../src/core/log.js';
import {
  evidenceFileName,
  evidenceMarker,
  notesLine,
  type ReleaseEvidence,
  wiki,
} from '../../src/flows/release/release-evidence.js';
import { sectionMarkers, setNotesRow } from '../../src/flows/release/release-github.js';
import { attachEvidenceToJira } from '../../src/flows/release/release-jira.js';
import { publishRelease } from '../../src/flows/release/release-publish.js';
import {
  compileTicketPattern,
  findTicketKey,
  ticketSources,
  validateTicketKey,
} from '../../src/flows/release/release-ticket.js';
import { githubClient } from '../../src/io/github/github-client.js';
import { JiraApi } from '../../src/io/jira/jira-client.js';

const dir = mkdtempSync(join(tmpdir(), 'dg-release-'));
function evidence(over: Partial<ReleaseEvidence> = {}, content = '{"verdict":"pass"}'): ReleaseEvidence {
  const name = evidenceFileName('perf-comparison', 'checkout-api', 'prod', 'v1.42.0', 'json');
  const path = join(dir, `${Math.random()}.json`);
  writeFileSync(path, content);
  return {
    kind: 'compare',
    service: 'checkout-api',
    environment: 'prod',
    version: 'v1.42.0',
    verdict: 'pass',
    icon: '✅',
    headline: 'No metric drifted beyond tolerance.',
    files: [{ path, name, contentType: 'application/json' }],
    jiraComment: 'h3. verdict table',
    runUrl: 'https://github.com/acme/shop/actions/runs/1',
    ...over,
  };
}

describe('release ticket key', () => {
  const { regex } = compileTicketPattern(undefined);
  it('finds REL-\\d+ as a whole word, in the order PR title, branch, release, run title, commit message', () => {
    expect(findTicketKey([{ what: 'a', text: 'PREL-12 and REL-34' }], regex)).toEqual({ key: 'REL-34', from: 'a' });
    expect(findTicketKey([{ what: 'a', text: 'no key' }], regex)).toBeUndefined();
    const sources = ticketSources(
      {
        payload: { pull_request: { title: 'Faster checkout', head: { ref: 'feature/REL-77-cache' } } },
        eventName: 'pull_request',
      },
      {},
    );
    expect(findTicketKey(sources, regex)).toEqual({ key: 'REL-77', from: 'branch name' });
    const push = ticketSources({ payload: { head_commit: { message: 'Merge REL-9: cache (#12)' } } }, {});
    expect(findTicketKey(push, regex)).toEqual({ key: 'REL-9', from: 'commit message' });
  });

  it('a capture group is the key; bad patterns and keys name the input, the value and the fix', () => {
    const custom = compileTicketPattern('(?:release|rel)[ :]+((?:REL|CHG)-\\d+)').regex;
    expect(findTicketKey([{ what: 'x', text: 'release: CHG-5 for prod' }], custom)?.key).toBe('CHG-5');
    expect(() => compileTicketPattern('REL-(\\d+')).toThrow(
      /^Input "release-ticket-pattern" is "REL-\(\\\\d\+": not a valid regular expression \(Invalid regular expression: \/REL-\(\\d\+\/: Unterminated group\)/,
    );
    expect(() => compileTicketPattern('x*')).toThrow(/matches the empty text/);
    expect(validateTicketKey(' REL-1 ')).toBe('REL-1');
    expect(() => validateTicketKey('rel-1')).toThrow(
      'Input "release-ticket" is "rel-1": expected a Jira issue key such as REL-123',
    );
    expect(() => validateTicketKey('REL-1')).not.toThrow(ConfigurationError);
  });
});

describe('release notes section', () => {
  it('adds a section per service, replaces its own row, keeps other rows and the text around it', () => {
    const first = setNotesRow('## Changes\n- faster', 'checkout-api', 'compare:prod', 'A');
    expect(first).toBe(
      [
        '## Changes',
        '- faster',
        '',
        '<!-- driftgate:start:checkout-api -->',
        '#### Performance evidence (driftgate): checkout-api',
        '- <!-- driftgate:row:compare:prod --> A',
        '<!-- driftgate:end:checkout-api -->',
        '',
      ].join('\n'),
    );
    const second = setNotesRow(`${first}\nfooter`, 'checkout-api', 'verify:prod', 'B');
    const third = setNotesRow(second, 'checkout-api', 'compare:prod', 'A2');
    const other = setNotesRow(third, 'billing', 'compare:prod', 'C');
    expect(other.match(/driftgate:start:checkout-api/g)).toHaveLength(1);
    expect(other).toContain('- <!-- driftgate:row:compare:prod --> A2\n- <!-- driftgate:row:verify:prod --> B\n');
    expect(other).not.toContain(' A\n');
    expect(other).toContain('footer');
    expect(other).toContain(sectionMarkers('billing').start);
    expect(setNotesRow(other, 'checkout-api', 'compare:prod', 'A2')).toBe(other);
  });

  it('notesLine links the report, the JSON and the run', () => {
    const e = evidence();
    expect(notesLine(e, [{ name: 'x.json', url: 'https://d/x.json' }])).toBe(
      '✅ **pre-deploy gate (prod): pass** — `v1.42.0`: No metric drifted beyond tolerance. · [json](https://d/x.json) · [run](https://github.com/acme/shop/actions/runs/1)',
    );
  });

  it('wiki() escapes table and markup characters', () => {
    expect(wiki('a|b [c] *d* -e- {f}')).toBe('a\\|b \\[c\\] \\*d\\* \\-e\\- \\{f\\}');
    expect(evidenceMarker(evidence())).toMatch(/^driftgate\.evidence\.[0-9a-f]{16}$/);
  });
});

describe('on the wire', () => {
  let jira: FakeJira | undefined;
  let github: Awaited<ReturnType<typeof startFakeGitHub>> | undefined;
  afterEach(async () => {
    await jira?.close();
    await github?.close();
    jira = undefined;
    github = undefined;
  });

  it('Jira: a re-run replaces its attachments (new first, then the old deleted) and edits its one comment', async () => {
    jira = await startFakeJira({
      issues: { 'REL-5': fakeJiraIssue('REL-5') },
      me: { accountId: 'bot', displayName: 'bot' },
    });
    const issue = jira.state.issues['REL-5']!;
    // Someone else's attachment with another name and a human comment stay untouched.
    issue.attachments.push({
      id: '1',
      filename: 'design.pdf',
      mimeType: 'application/pdf',
      body: Buffer.from('x'),
      author: { accountId: 'alice', displayName: 'Alice' },
    });
    issue.comments.push({ id: '2', body: 'LGTM', author: { accountId: 'alice', displayName: 'Alice' } });
    const api = new JiraApi({ url: jira.url, token: 't', retry: { retries: 0 } });
    const first = await attachEvidenceToJira(api, 'REL-5', evidence({}, '{"run":1}'));
    expect(first).toMatchObject({ key: 'REL-5', replaced: 0, comment: { action: 'created' } });
    const second = await attachEvidenceToJira(api, 'REL-5', evidence({ jiraComment: 'h3. second' }, '{"run":2}'));
    expect(second).toMatchObject({ replaced: 1, comment: { action: 'updated', id: first.comment.id } });
    expect(issue.attachments.map((a) => [a.filename, a.body.toString()])).toEqual([
      ['design.pdf', 'x'],
      ['perf-comparison-checkout-api-prod-v1.42.0.json', '{"run":2}'],
    ]);
    expect(issue.comments).toHaveLength(2);
    expect(issue.comments[1]?.body).toMatch(/^h3\. second\n\n\{color:#97a0af\}driftgate\.evidence\.[0-9a-f]{16} /);
    // Upload before delete: the ticket never lacks the evidence.
    const order = jira.calls().slice(jira.calls().lastIndexOf('GET /rest/api/2/issue/REL-5'));
    expect(order.indexOf('POST /rest/api/2/issue/REL-5/attachments')).toBeLessThan(
      order.findIndex((c) => c.startsWith('DELETE /rest/api/2/attachment/')),
    );
    // Another version gets its own files and comment.
    await attachEvidenceToJira(api, 'REL-5', {
      ...evidence(),
      version: 'v1.43.0',
      files: [{ ...evidence().files[0]!, name: 'perf-comparison-checkout-api-prod-v1.43.0.json' }],
    });
    expect(issue.attachments).toHaveLength(3);
    expect(issue.comments).toHaveLength(3);
  });

  it('GitHub release: same-named assets replaced, the notes row set; a missing tag is a warning', async () => {
    const state: FakeGitHubState = {
      tokenKind: 'installation',
      pageSize: 100,
      comments: {},
      releases: [
        { id: 7, tag_name: 'v1.42.0', body: 'Release notes.', assets: [] },
        { id: 8, tag_name: 'v1.43.0', body: '', draft: true, assets: [] },
      ],
    };
    github = await startFakeGitHub(state);
    process.env.GITHUB_API_URL = github.url;
    const octokit = githubClient('ghs_x');
    const logger = memoryLogger();
    const deps = { logger, context: { payload: {}, repository: { owner: 'acme', repo: 'shop' } } };
    const targets = { github: { octokit, owner: 'acme', repo: 'shop', tag: 'v1.42.0' } };
    const r1 = await publishRelease(evidence({}, 'one'), targets, deps);
    const r2 = await publishRelease(evidence({ verdict: 'fail', icon: '❌' }, 'two'), targets, deps);
    expect(r1.problems).toEqual([]);
    expect(r2.release?.assets).toEqual([
      {
        name: 'perf-comparison-checkout-api-prod-v1.42.0.json',
        url: 'https://github.com/acme/shop/releases/download/v1.42.0/perf-comparison-checkout-api-prod-v1.42.0.json',
        replaced: true,
      },
    ]);
    const rel = state.releases![0]!;
    expect(rel.assets.map((a) => a.body.toString())).toEqual(['two']);
    expect(rel.body.startsWith('Release notes.\n\n<!-- driftgate:start:checkout-api -->')).toBe(true);
    expect(rel.body.match(/driftgate:row:compare:prod/g)).toHaveLength(1);
    expect(rel.body).toContain('❌ **pre-deploy gate (prod): fail**');
    // A draft is found through the list (tag lookup does not see drafts).
    await publishRelease(evidence(), { github: { ...targets.github, tag: 'v1.43.0' } }, deps);
    expect(state.releases![1]!.assets).toHaveLength(1);
    const missing = await publishRelease(evidence(), { github: { ...targets.github, tag: 'v9' } }, deps);
    expect(missing.problems).toEqual([
      'there is no GitHub release with tag v9 in acme/shop: create it first, or fix release-tag.',
    ]);
    delete process.env.GITHUB_API_URL;
  });

  it('a missing ticket and refused credentials are warnings naming the fix; the key can come from the commit', async () => {
    jira = await startFakeJira({
      issues: {},
      me: { accountId: 'bot', displayName: 'bot' },
      authorization: 'Bearer good',
    });
    const logger = memoryLogger();
    const pattern = compileTicketPattern(undefined);
    const context = { payload: { head_commit: { message: 'REL-404 fix' } }, repository: { owner: 'a', repo: 'b' } };
    const bad = await publishRelease(
      evidence(),
      {
        jira: {
          api: new JiraApi({ url: jira.url, token: 'bad', retry: { retries: 0 } }),
          pattern: pattern.regex,
          patternSource: pattern.source,
        },
      },
      { logger, context },
    );
    expect(bad.problems[0]).toMatch(/^Jira at .* refused the credentials \(401\): check jira-user and jira-token/);
    const missing = await publishRelease(
      evidence(),
      {
        jira: {
          api: new JiraApi({ url: jira.url, token: 'good', retry: { retries: 0 } }),
          pattern: pattern.regex,
          patternSource: pattern.source,
        },
      },
      { logger, context },
    );
    expect(missing.problems).toEqual([
      `release ticket REL-404 was not found at ${jira.url} (or jira-user cannot see it): check release-ticket / release-ticket-pattern.`,
    ]);
    const none = await publishRelease(
      evidence(),
      {
        jira: {
          api: new JiraApi({ url: jira.url, token: 'good' }),
          pattern: pattern.regex,
          patternSource: pattern.source,
          warnWhenNoKey: true,
        },
      },
      { logger, context: { payload: {}, ref: 'refs/heads/main' } },
    );
    expect(none.problems[0]).toMatch(
      /^no release ticket: release-ticket is empty and the pattern REL-\\d\+ matched nothing in branch name/,
    );
  });
});
