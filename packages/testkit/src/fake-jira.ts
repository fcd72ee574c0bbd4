/**
 * A loopback fake of the slice of the Jira REST API driftgate uses (Cloud-style, v2 + v3 search): issue search,
 * issue creation, comments (list / add / update), attachments (list via the issue, multipart upload with the
 * XSRF header Jira requires, delete) and /myself. It checks the Authorization header, enforces
 * X-Atlassian-Token: no-check on uploads (403 "XSRF check failed" otherwise, as Jira does), and can be told to
 * fail the next requests of a route (429 with Retry-After, 5xx) to exercise retries. State is plain data.
 */
import { json, type RecordedRequest, routes, startFakeServer } from './fake-server.js';

export interface FakeJiraUser {
  accountId: string;
  displayName: string;
}

export interface FakeJiraAttachment {
  id: string;
  filename: string;
  mimeType: string;
  body: Buffer;
  author: FakeJiraUser;
}

export interface FakeJiraComment {
  id: string;
  body: string;
  author: FakeJiraUser;
}

export interface FakeJiraIssue {
  key: string;
  fields: Record<string, any>;
  comments: FakeJiraComment[];
  attachments: FakeJiraAttachment[];
}

export interface FakeJiraState {
  issues: Record<string, FakeJiraIssue>;
  /** The user the credentials belong to. */
  me: FakeJiraUser;
  /** The Authorization header value every request must carry (unset: anything goes). */
  authorization?: string;
  /** Comments per page for GET .../comment. */
  commentPageSize?: number;
}

export interface FakeJira {
  url: string;
  state: FakeJiraState;
  requests: RecordedRequest[];
  /** "METHOD /path" of every request, in order. */
  calls(): string[];
  /** Answer the next `times` requests whose "METHOD /path" matches with `status` (and headers). */
  failNext(match: RegExp, status: number, times?: number, headers?: Record<string, string>): void;
  close(): Promise<void>;
}

export function fakeJiraIssue(key: string, fields: Record<string, any> = {}): FakeJiraIssue {
  return { key, fields: { summary: key, labels: [], ...fields }, comments: [], attachments: [] };
}

/** Parse a multipart/form-data body into its parts. */
export function parseMultipart(
  body: Buffer,
  contentType: string | undefined,
): Array<{ name?: string; filename?: string; contentType?: string; data: Buffer }> {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType ?? '');
  if (!boundary) return [];
  const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  const parts: Array<{ name?: string; filename?: string; contentType?: string; data: Buffer }> = [];
  let pos = body.indexOf(delimiter);
  while (pos >= 0) {
    const start = pos + delimiter.length;
    if (body.subarray(start, start + 2).toString() === '--') break;
    const next = body.indexOf(delimiter, start);
    if (next < 0) break;
    const part = body.subarray(start + 2, next - 2); // skip CRLF after the delimiter and before the next
    const split = part.indexOf('\r\n\r\n');
    const head = part.subarray(0, split).toString('utf8');
    const data = part.subarray(split + 4);
    const disposition = /content-disposition:([^\r\n]*)/i.exec(head)?.[1] ?? '';
    const name = /\bname="([^"]*)"/.exec(disposition)?.[1];
    const filename = /filename="([^"]*)"/.exec(disposition)?.[1];
    const type = /content-type:\s*([^\r\n]*)/i.exec(head)?.[1];
    parts.push({
      ...(name !== undefined ? { name } : {}),
      ...(filename !== undefined ? { filename } : {}),
      ...(type ? { contentType: type.trim() } : {}),
      data,
    });
    pos = next;
  }
  return parts;
}

export async function startFakeJira(state: FakeJiraState): Promise<FakeJira> {
  let nextId = 10_000;
  const failures: Array<{ match: RegExp; status: number; times: number; headers: Record<string, string> }> = [];
  const issue = (key: string) => state.issues[key];
  const notFound = (key: string) =>
    json(404, { errorMessages: [`Issue does not exist or you do not have permission to see it.`], errors: {}, key });
  const attachmentJson = (a: FakeJiraAttachment) => ({
    id: a.id,
    filename: a.filename,
    mimeType: a.mimeType,
    size: a.body.length,
    author: a.author,
    content: `${server.url}/secure/attachment/${a.id}/${encodeURIComponent(a.filename)}`,
  });
  const search = (req: RecordedRequest) => {
    const jql = req.url.searchParams.get('jql') ?? '';
    const label = /labels = "([^"]+)"/.exec(jql)?.[1];
    const list = Object.values(state.issues).filter((i) => !label || (i.fields.labels ?? []).includes(label));
    return list.map((i) => ({ key: i.key, fields: i.fields }));
  };
  const table = routes({
    'GET /rest/api/3/search/jql': (req) => json(200, { issues: search(req), isLast: true }),
    'GET /rest/api/2/search': (req) => {
      const all = search(req);
      return json(200, { startAt: 0, maxResults: all.length, total: all.length, issues: all });
    },
    'POST /rest/api/2/issue': (req) => {
      const body = req.json();
      const project = body.fields?.project?.key ?? 'PERF';
      const key = `${project}-${Object.keys(state.issues).length + 1}`;
      state.issues[key] = { key, fields: body.fields ?? {}, comments: [], attachments: [] };
      return json(201, { id: String(nextId++), key, self: `${server.url}/rest/api/2/issue/${key}` });
    },
    'GET /rest/api/2/myself': () => json(200, state.me),
    'GET /rest/api/2/issue/:key': (req, p) => {
      const i = issue(p.key as string);
      if (!i) return notFound(p.key as string);
      const fields = req.url.searchParams.get('fields');
      const out: Record<string, unknown> =
        fields === 'attachment' ? {} : { ...i.fields, comment: { comments: i.comments } };
      out.attachment = i.attachments.map(attachmentJson);
      return json(200, { key: i.key, fields: out });
    },
    'GET /rest/api/2/issue/:key/comment': (req, p) => {
      const i = issue(p.key as string);
      if (!i) return notFound(p.key as string);
      const startAt = Number(req.url.searchParams.get('startAt') ?? '0');
      const size = Math.min(state.commentPageSize ?? 50, Number(req.url.searchParams.get('maxResults') ?? '50'));
      return json(200, {
        startAt,
        maxResults: size,
        total: i.comments.length,
        comments: i.comments.slice(startAt, startAt + size),
      });
    },
    'POST /rest/api/2/issue/:key/comment': (req, p) => {
      const i = issue(p.key as string);
      if (!i) return notFound(p.key as string);
      const c: FakeJiraComment = { id: String(nextId++), body: req.json().body, author: state.me };
      i.comments.push(c);
      return json(201, c);
    },
    'PUT /rest/api/2/issue/:key/comment/:id': (req, p) => {
      const i = issue(p.key as string);
      const c = i?.comments.find((x) => x.id === p.id);
      if (!i || !c) return json(404, { errorMessages: ['Comment not found'] });
      if (c.author.accountId !== state.me.accountId) {
        return json(403, { errorMessages: ['You do not have the permission to edit this comment.'] });
      }
      c.body = req.json().body;
      return json(200, c);
    },
    'POST /rest/api/2/issue/:key/attachments': (req, p) => {
      if (req.headers['x-atlassian-token'] !== 'no-check') return { status: 403, body: 'XSRF check failed' };
      const i = issue(p.key as string);
      if (!i) return notFound(p.key as string);
      const files = parseMultipart(req.body, req.headers['content-type']).filter((x) => x.name === 'file');
      if (!files.length) return json(400, { errorMessages: ['No file was attached.'] });
      const added = files.map((f) => {
        const a: FakeJiraAttachment = {
          id: String(nextId++),
          filename: f.filename ?? 'file',
          mimeType: f.contentType ?? 'application/octet-stream',
          body: f.data,
          author: state.me,
        };
        i.attachments.push(a);
        return a;
      });
      return json(200, added.map(attachmentJson));
    },
    'DELETE /rest/api/2/attachment/:id': (_req, p) => {
      for (const i of Object.values(state.issues)) {
        const k = i.attachments.findIndex((a) => a.id === p.id);
        if (k >= 0) {
          i.attachments.splice(k, 1);
          return { status: 204 };
        }
      }
      return json(404, { errorMessages: ['The attachment does not exist.'] });
    },
  });
  const server = await startFakeServer((req, params) => {
    const call = `${req.method} ${req.path}`;
    const f = failures.find((x) => x.times > 0 && x.match.test(call));
    if (f) {
      f.times--;
      return json(f.status, { errorMessages: [`fake failure ${f.status}`] }, f.headers);
    }
    if (state.authorization !== undefined && req.headers.authorization !== state.authorization) {
      return json(401, {
        errorMessages: ['You are not authenticated. Authentication required to perform this operation.'],
      });
    }
    return table(req, params);
  });
  return {
    url: server.url,
    state,
    requests: server.requests,
    calls: () => server.requests.map((r) => `${r.method} ${r.path}`),
    failNext: (match, status, times = 1, headers = {}) => {
      failures.push({ match, status, times, headers });
    },
    close: () => server.close(),
  };
}
