/**
 * The suite's Jira client against testkit's loopback fake Jira: auth headers and secrets, retries on 429
 * (honouring Retry-After) and 5xx, final 4xx, multipart attachments with the XSRF header, comments across
 * pages, issue creation, and the Cloud -> Data Center search fallback.
 */

import { type FakeJira, fakeJiraIssue, parseMultipart, startFakeJira } from '@driftgate/testkit';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigurationError, SourceError } from '../../src/core/errors.js';
import { memoryLogger } from '../../src/core/log.js';
import { JiraApi, jiraErrorText, sameJiraUser } from '../../src/io/jira/jira-client.js';

const ME = { accountId: 'acc-bot', displayName: 'driftgate bot' };
const BASIC = `Basic ${Buffer.from('bot@example.com:jira-secret').toString('base64')}`;
let jira: FakeJira | undefined;
afterEach(async () => {
  await jira?.close();
  jira = undefined;
});

async function start() {
  jira = await startFakeJira({
    issues: { 'REL-7': fakeJiraIssue('REL-7') },
    me: ME,
    authorization: BASIC,
    commentPageSize: 2,
  });
  const logger = memoryLogger();
  const api = new JiraApi({
    url: `${jira.url}/`,
    user: 'bot@example.com',
    token: 'jira-secret',
    logger,
    retry: { retries: 2, minDelayMs: 5, maxDelayMs: 10 },
  });
  return { jira, api, logger };
}

describe('JiraApi', () => {
  it('sends basic auth, registers the secrets first, and strips a trailing slash from the base URL', async () => {
    const { jira, api, logger } = await start();
    expect(api.base).toBe(jira.url);
    expect(await api.myself()).toEqual(ME);
    expect(jira.requests[0]?.headers.authorization).toBe(BASIC);
    expect(jira.requests[0]?.headers.accept).toBe('application/json');
    expect(logger.secrets).toEqual(expect.arrayContaining(['jira-secret', BASIC]));
    expect(api.browseUrl('REL-7')).toBe(`${jira.url}/browse/REL-7`);
  });

  it('uploads attachments as multipart with X-Atlassian-Token: no-check, lists and deletes them', async () => {
    const { jira, api } = await start();
    const up = await api.uploadAttachment('REL-7', {
      filename: 'perf-comparison-x.json',
      content: '{"a":1}',
      contentType: 'application/json',
    });
    expect(up).toEqual([expect.objectContaining({ filename: 'perf-comparison-x.json', size: 7 })]);
    const req = jira.requests.find((r) => r.method === 'POST')!;
    expect(req.path).toBe('/rest/api/2/issue/REL-7/attachments');
    expect(req.headers['x-atlassian-token']).toBe('no-check');
    const parts = parseMultipart(req.body, req.headers['content-type']);
    expect(parts).toEqual([
      expect.objectContaining({ name: 'file', filename: 'perf-comparison-x.json', contentType: 'application/json' }),
    ]);
    expect(parts[0]?.data.toString()).toBe('{"a":1}');
    const listed = await api.listAttachments('REL-7');
    expect(listed.map((a) => a.filename)).toEqual(['perf-comparison-x.json']);
    expect(jira.requests.at(-1)?.url.searchParams.get('fields')).toBe('attachment');
    await api.deleteAttachment(listed[0]!.id);
    expect(jira.state.issues['REL-7']?.attachments).toEqual([]);
  });

  it('reads every comment across pages, adds and updates comments', async () => {
    const { jira, api } = await start();
    for (let i = 0; i < 5; i++) await api.addComment('REL-7', `comment ${i}`);
    const all = await api.listComments('REL-7');
    expect(all.map((c) => c.body)).toEqual(['comment 0', 'comment 1', 'comment 2', 'comment 3', 'comment 4']);
    expect(jira.calls().filter((c) => c === 'GET /rest/api/2/issue/REL-7/comment')).toHaveLength(3);
    const updated = await api.updateComment('REL-7', all[2]!.id, 'edited');
    expect(updated.body).toBe('edited');
    expect(sameJiraUser(all[0]?.author, ME)).toBe(true);
    expect(jira.requests.find((r) => r.method === 'PUT')?.json()).toEqual({ body: 'edited' });
  });

  it('retries 429 after the Retry-After the server asked for, and 5xx with backoff', async () => {
    const { jira, api, logger } = await start();
    jira.failNext(/^GET \/rest\/api\/2\/myself$/, 429, 1, { 'retry-after': '1' });
    const t0 = Date.now();
    await api.myself();
    expect(Date.now() - t0).toBeGreaterThanOrEqual(950);
    expect(logger.lines.join('\n')).toMatch(/retrying in 1s \(as the server asked with Retry-After\)/);
    jira.failNext(/^POST .*\/comment$/, 503, 2);
    await api.addComment('REL-7', 'after two 503s');
    expect(jira.calls().filter((c) => c === 'POST /rest/api/2/issue/REL-7/comment')).toHaveLength(3);
    expect(api.requestCount()).toBe(jira.requests.length);
  });

  it('gives up after the retries with the last status; 4xx are final and quote what Jira said', async () => {
    const { jira, api } = await start();
    jira.failNext(/myself/, 502, 5);
    await expect(api.myself()).rejects.toThrow(/\(502\): fake failure 502\.\s*\(gave up after 3 attempts\)/);
    const err = await api.listAttachments('NOPE-1').catch((e) => e);
    expect(err).toBeInstanceOf(SourceError);
    expect(err.details.status).toBe(404);
    expect(err.message).toMatch(/Jira could not read the attachments of NOPE-1 \(404\): Issue does not exist/);
    expect(jira.calls().filter((c) => c.includes('NOPE-1'))).toHaveLength(1);
  });

  it('creates issues and searches Cloud first, then Data Center on 404 (remembered)', async () => {
    jira = await startFakeJira({ issues: {}, me: ME });
    const api = new JiraApi({ url: jira.url, token: 'pat', retry: { retries: 0 } });
    const created = await api.createIssue({ project: { key: 'PERF' }, summary: 's', labels: ['x'] });
    expect(created.key).toBe('PERF-1');
    jira.failNext(/search\/jql/, 404);
    const found = await api.search('project = "PERF" AND labels = "x"', ['key'], { pageSize: 1, maxIssues: 1 });
    expect(found.issues.map((i) => i.key)).toEqual(['PERF-1']);
    await api.search('labels = "x"', ['key']);
    expect(jira.calls().filter((c) => c.includes('search'))).toEqual([
      'GET /rest/api/3/search/jql',
      'GET /rest/api/2/search',
      'GET /rest/api/2/search',
    ]);
    expect(jira.requests.every((r) => r.headers.authorization === 'Bearer pat')).toBe(true);
  });

  it('rejects a URL that is not http(s), naming the input', () => {
    expect(() => new JiraApi({ url: 'acme.atlassian.net', inputName: 'jira-url' })).toThrow(ConfigurationError);
    expect(() => new JiraApi({ url: 'ftp://x' })).toThrow(/Input "jira-url" is "ftp:\/\/x"/);
  });

  it('jiraErrorText reads errorMessages and errors', () => {
    expect(jiraErrorText('{"errorMessages":["a"],"errors":{"summary":"required"}}')).toBe('a; summary: required');
    expect(jiraErrorText('')).toBe('(empty response body)');
  });
});
