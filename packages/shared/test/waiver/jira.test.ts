/**
 * Jira waivers against a loopback fake of the Jira REST API: the JQL and fields sent, auth headers, pagination
 * (Cloud nextPageToken and Server startAt), the v3 -> v2 fallback, field mapping, status as the approval,
 * errors a user can act on, and the token kept out of logs.
 */

import { type FakeServer, json, routes, startFakeServer } from '@driftgate/testkit/fake-server';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/core/errors.js';
import { memoryLogger } from '../../src/core/log.js';
import { waiverReason } from '../../src/core/report/prose.js';
import { decideWaivers } from '../../src/core/waiver/decide.js';
import {
  DEFAULT_JIRA_FIELDS,
  expandJql,
  JiraRestClient,
  jiraTime,
  loadJiraWaivers,
  parseJiraFields,
  waiverFromJiraIssue,
} from '../../src/io/waiver/waiver-jira.js';
import { jiraIssue, NOW } from './fixtures.js';

const FAST = { retries: 1, minDelayMs: 5, maxDelayMs: 10 };
let fake: FakeServer | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

describe('JiraRestClient on the wire', () => {
  it('Cloud: GET /rest/api/3/search/jql with jql, fields, maxResults; basic auth; follows nextPageToken', async () => {
    fake = await startFakeServer(
      routes({
        'GET /jira/rest/api/3/search/jql': (req) =>
          req.url.searchParams.get('nextPageToken') === 'p2'
            ? json(200, { issues: [jiraIssue('CAB-2')], isLast: true })
            : json(200, { issues: [jiraIssue('CAB-1')], nextPageToken: 'p2', isLast: false }),
      }),
    );
    const logger = memoryLogger();
    const client = new JiraRestClient({
      url: `${fake.url}/jira/`,
      user: 'ci@example.com',
      token: 'jira-secret-token',
      logger,
      http: FAST,
      pageSize: 1,
    });
    const issues = await client.search('project = CAB AND status = "Approved"', ['customfield_10010', 'status']);
    expect(issues.map((i) => i.key)).toEqual(['CAB-1', 'CAB-2']);
    expect(fake.requests).toHaveLength(2);
    const [first, second] = fake.requests;
    expect(first?.method).toBe('GET');
    expect(Object.fromEntries(first?.url.searchParams ?? [])).toEqual({
      jql: 'project = CAB AND status = "Approved"',
      fields: 'customfield_10010,status',
      maxResults: '1',
    });
    expect(second?.url.searchParams.get('nextPageToken')).toBe('p2');
    const basic = `Basic ${Buffer.from('ci@example.com:jira-secret-token').toString('base64')}`;
    expect(first?.headers.authorization).toBe(basic);
    expect(first?.headers.accept).toBe('application/json');
    // The token and the header value are registered as secrets before any request.
    expect(logger.secrets).toEqual(expect.arrayContaining(['jira-secret-token', basic]));
    expect(logger.lines.join('\n')).not.toContain('jira-secret-token');
    expect(client.browseUrl('CAB-1')).toBe(`${fake.url}/jira/browse/CAB-1`);
  });

  it('Data Center: a token without a user is sent as Bearer; 404 on v3 falls back to /rest/api/2/search with startAt', async () => {
    fake = await startFakeServer(
      routes({
        'GET /rest/api/2/search': (req) => {
          const startAt = Number(req.url.searchParams.get('startAt'));
          const all = [jiraIssue('CAB-1'), jiraIssue('CAB-2'), jiraIssue('CAB-3')];
          return json(200, { startAt, maxResults: 2, total: 3, issues: all.slice(startAt, startAt + 2) });
        },
      }),
    );
    const client = new JiraRestClient({ url: fake.url, token: 'pat-123', http: FAST, pageSize: 2 });
    const issues = await client.search('project = CAB', ['status']);
    expect(issues.map((i) => i.key)).toEqual(['CAB-1', 'CAB-2', 'CAB-3']);
    expect(fake.requests.map((r) => `${r.path} ${r.url.searchParams.get('startAt') ?? ''}`)).toEqual([
      '/rest/api/3/search/jql ',
      '/rest/api/2/search 0',
      '/rest/api/2/search 2',
    ]);
    expect(fake.requests.every((r) => r.headers.authorization === 'Bearer pat-123')).toBe(true);
    // The choice is remembered.
    await client.search('project = CAB', ['status']);
    expect(fake.requests.slice(3).map((r) => r.path)).toEqual(['/rest/api/2/search', '/rest/api/2/search']);
  });

  it('a JQL Jira rejects is a configuration error quoting Jira', async () => {
    fake = await startFakeServer(() =>
      json(400, {
        errorMessages: ["Field 'projct' does not exist or you do not have permission to view it."],
        errors: {},
      }),
    );
    const client = new JiraRestClient({ url: fake.url, token: 't', http: FAST });
    const err = await client.search('projct = CAB', ['status']).catch((e) => e);
    expect(err).toBeInstanceOf(ConfigurationError);
    expect(err.message).toBe(
      `Input "jira-jql" is "projct = CAB": Jira rejected it (400): Field 'projct' does not exist or you do not have permission to view it. Fix the JQL (try it in Jira's issue search).`,
    );
  });

  it('refused credentials name jira-user and jira-token, never the token', async () => {
    fake = await startFakeServer(() => json(401, { errorMessages: ['You are not authenticated.'] }));
    const client = new JiraRestClient({ url: fake.url, user: 'ci', token: 'sekret-value', http: FAST });
    const err = await client.search('project = CAB', ['status']).catch((e) => e);
    expect(err).toBeInstanceOf(ConfigurationError);
    expect(err.message).toMatch(
      /refused the credentials \(401\): You are not authenticated\. Check jira-user and jira-token/,
    );
    expect(err.message).not.toContain('sekret-value');
    expect(fake.requests).toHaveLength(1); // 401 is final
  });

  it('5xx is retried, then reported with the status', async () => {
    fake = await startFakeServer(() => ({ status: 503, body: 'maintenance' }));
    const client = new JiraRestClient({ url: fake.url, token: 't', http: FAST });
    await expect(client.search('project = CAB', ['status'])).rejects.toThrow(/Jira search failed \(503\): maintenance/);
    expect(fake.requests).toHaveLength(2);
  });

  it('a URL that is not Jira at all (404 on both APIs) is a configuration error about jira-url', async () => {
    fake = await startFakeServer(() => json(404, { message: 'nope' }));
    const client = new JiraRestClient({ url: fake.url, token: 't', http: FAST });
    await expect(client.search('x', ['status'])).rejects.toThrow(
      /Input "jira-url" is .*: Jira's search API is not there/,
    );
  });

  it('refuses a jira-url that is not http(s)', async () => {
    expect(() => new JiraRestClient({ url: 'jira.example.com' })).toThrow(/Input "jira-url" is "jira.example.com"/);
  });
});

describe('mapping issues to waivers', () => {
  const opts = {
    fields: DEFAULT_JIRA_FIELDS,
    approvedStatus: 'Approved',
    browseUrl: (k: string) => `https://jira.example.com/browse/${k}`,
  };

  it('maps the configured fields: numbers are percentages, options, lists, users, Jira datetimes', async () => {
    const c = await waiverFromJiraIssue(jiraIssue('CAB-7'), opts);
    expect(c.problems).toBeUndefined();
    expect(c.waiver).toEqual({
      id: 'CAB-7',
      service: 'checkout-api',
      environment: 'prod',
      metrics: ['latency_p95_read', 'error_rate'],
      max_drift: 0.3,
      versions: ['v2.4.0'],
      expires: '2026-12-31T23:59:00Z',
      approved_by: ['Alice Approver', 'Bob Board'],
      reason: 'Accept +30% p95 during the fraud-check rollout',
      ticket: 'https://jira.example.com/browse/CAB-7',
    });
    expect(c.source).toEqual({ kind: 'jira', ref: 'CAB-7', url: 'https://jira.example.com/browse/CAB-7' });
    expect(c.proof).toEqual({
      verified: true,
      approvers: ['Alice Approver', 'Bob Board'],
      url: 'https://jira.example.com/browse/CAB-7',
      detail: 'Jira issue CAB-7 is in status Approved',
    });
  });

  it('"*" metrics and a "25%" text max_drift', async () => {
    const c = await waiverFromJiraIssue(jiraIssue('CAB-8', { customfield_10013: '*', customfield_10010: '25%' }), opts);
    expect(c.waiver).toMatchObject({ metrics: ['*'], max_drift: 0.25 });
  });

  it('an issue not in the approved status is not approved, whatever the JQL said', async () => {
    const c = await waiverFromJiraIssue(jiraIssue('CAB-9', { status: { name: 'In Review' } }), opts);
    expect(c.proof).toEqual({
      verified: false,
      reason: 'approval not verified',
      detail: 'Jira issue CAB-9 is in status "In Review", not "Approved"',
    });
  });

  it('missing or bad fields name the issue, the waiver key and the Jira field id', async () => {
    const c = await waiverFromJiraIssue(
      jiraIssue('CAB-10', { customfield_10014: null, customfield_10010: 'lots', customfield_10015: [] }),
      opts,
    );
    expect(c.waiver).toBeUndefined();
    expect(c.problems).toEqual(
      expect.arrayContaining([
        'Jira issue CAB-10: missing required key "expires" (Jira field customfield_10014 is empty)',
        expect.stringMatching(
          /^Jira issue CAB-10: max_drift \(Jira field customfield_10010\) is "lots": expected the largest drift/,
        ),
      ]),
    );
  });

  it('an expired Jira waiver is reported as expired', async () => {
    const c = await waiverFromJiraIssue(jiraIssue('CAB-11', { customfield_10014: '2026-11-01' }), opts);
    expect(c.waiver?.expires).toBe('2026-11-01T23:59:59Z');
    const d = decideWaivers(
      {
        service: 'checkout-api',
        environment: 'prod',
        candidateVersion: 'v2.4.0',
        now: new Date(NOW),
        regressions: [{ metric: 'error_rate', drift: 0.2 }],
      },
      [c],
    );
    expect(waiverReason(d)).toBe('error_rate (+20.0%): CAB-11: expired (expired at 2026-11-01T23:59:59Z)');
  });

  it('jiraTime normalizes Jira datetimes and dates', async () => {
    expect(jiraTime('2026-12-31T23:59:00.000+0000')).toBe('2026-12-31T23:59:00Z');
    expect(jiraTime('2026-12-31T10:00:00.000-0500')).toBe('2026-12-31T15:00:00Z');
    expect(jiraTime('2026-12-31')).toBe('2026-12-31T23:59:59Z');
    expect(jiraTime('soon')).toBe('soon');
  });
});

describe('configuration', () => {
  it('jira-fields: key=field pairs, key: field lines or JSON, over the defaults', async () => {
    expect(parseJiraFields('max_drift=customfield_20001, service=components')).toMatchObject({
      max_drift: 'customfield_20001',
      service: 'components',
      environment: 'customfield_10012',
    });
    expect(parseJiraFields('expires: duedate\nreason: description').expires).toBe('duedate');
    expect(parseJiraFields('{"approved_by": "customfield_30000"}').approved_by).toBe('customfield_30000');
    expect(() => parseJiraFields('max_drfit=customfield_1')).toThrow(
      /unknown key "max_drfit" \(did you mean "max_drift"\?\)/,
    );
    expect(() => parseJiraFields('max_drift')).toThrow(/Input "jira-fields" has "max_drift": expected key=field_id/);
  });

  it('expandJql quotes {service}, {environment} and {version}', async () => {
    expect(
      expandJql('project = CAB AND "Service" ~ {service} AND env = {environment} AND v = {version}', {
        service: 'checkout "api"',
        environment: 'prod',
        version: 'v2.4.0',
      }),
    ).toBe('project = CAB AND "Service" ~ "checkout \\"api\\"" AND env = "prod" AND v = "v2.4.0"');
  });

  it('loadJiraWaivers sends the expanded JQL and every mapped field id plus status', async () => {
    fake = await startFakeServer(
      routes({ 'GET /rest/api/3/search/jql': () => json(200, { issues: [jiraIssue('CAB-1')], isLast: true }) }),
    );
    const client = new JiraRestClient({ url: fake.url, token: 't', http: FAST });
    const candidates = await loadJiraWaivers(client, {
      jql: 'project = CAB AND status = Approved AND "Service[Short text]" ~ {service}',
      service: 'checkout-api',
      environment: 'prod',
      version: 'v2.4.0',
    });
    expect(candidates.map((c) => c.waiver?.id)).toEqual(['CAB-1']);
    const q = fake.requests[0]?.url.searchParams;
    expect(q?.get('jql')).toBe('project = CAB AND status = Approved AND "Service[Short text]" ~ "checkout-api"');
    expect(q?.get('fields')?.split(',').sort()).toEqual(
      [
        'customfield_10010',
        'customfield_10011',
        'customfield_10012',
        'customfield_10013',
        'customfield_10014',
        'customfield_10015',
        'fixVersions',
        'summary',
        'status',
      ].sort(),
    );
  });
});
