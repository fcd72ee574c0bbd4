/**
 * A loopback fake of the slice of the GitHub REST API the actions use: sticky comments, the latest release,
 * check runs (GitHub's limits enforced: 50 annotations per request, 65,535 characters per output field),
 * releases with assets and notes (uploads at the release's upload_url, as on uploads.github.com), pull
 * requests by head (workflow_run reporting) and commit messages. State is plain data so tests can seed it and
 * assert it; every request is recorded (server.requests).
 */
import { json, type RecordedRequest, routes, startFakeServer } from './fake-server.js';

export interface FakeComment {
  id: number;
  body: string;
  user: { login: string; type: string };
}

export interface FakeGitHubState {
  comments: Record<number, FakeComment[]>;
  latestRelease?: string;
  /** Login the token belongs to; GITHUB_TOKEN cannot call /user (403) but GraphQL answers "github-actions". */
  tokenKind: 'installation' | 'user';
  userLogin?: string;
  /** Page size the fake uses for listing comments, to exercise pagination. */
  pageSize: number;
  /** A fork pull request's token: every write answers 403. */
  readOnly?: boolean;
  /** Check runs created (POST /check-runs), with every annotation received. */
  checkRuns?: FakeCheckRun[];
  /** Releases, drafts included (a draft is not found by tag, as on GitHub). */
  releases?: FakeRelease[];
  /** Open pull requests, for GET /pulls?head=owner:branch. */
  pulls?: FakePull[];
  /** Commit messages by SHA, for GET /commits/{sha}. */
  commits?: Record<string, string>;
}

export interface FakeCheckRun {
  id: number;
  name: string;
  head_sha: string;
  status: string;
  conclusion?: string;
  details_url?: string;
  external_id?: string;
  output: { title?: string; summary?: string; text?: string };
  annotations: Array<Record<string, unknown>>;
  /** Annotations per request (create, then each PATCH). */
  batches: number[];
}

export interface FakeAsset {
  id: number;
  name: string;
  content_type: string;
  body: Buffer;
}

export interface FakeRelease {
  id: number;
  tag_name: string;
  name?: string;
  body: string;
  draft?: boolean;
  prerelease?: boolean;
  assets: FakeAsset[];
}

export interface FakePull {
  number: number;
  title?: string;
  head: { sha: string; ref: string; repo: { full_name: string }; user?: { login: string } };
}

const forbidden = () => json(403, { message: 'Resource not accessible by integration' });

export async function startFakeGitHub(state: FakeGitHubState) {
  let nextId = 1000;
  const server = await startFakeServer(
    routes({
      'GET /user': () =>
        state.tokenKind === 'user'
          ? json(200, { login: state.userLogin })
          : json(403, { message: 'Resource not accessible by integration' }),
      'POST /graphql': () =>
        json(200, { data: { viewer: { login: state.tokenKind === 'user' ? state.userLogin : 'github-actions' } } }),
      'GET /repos/:owner/:repo/releases/latest': () =>
        state.latestRelease
          ? json(200, { tag_name: state.latestRelease, prerelease: false })
          : json(404, { message: 'Not Found' }),
      'GET /repos/:owner/:repo/issues/:n/comments': (req: RecordedRequest, p) => {
        const all = state.comments[Number(p.n)] ?? [];
        const page = Number(req.url.searchParams.get('page') ?? '1');
        const size = Math.min(state.pageSize, Number(req.url.searchParams.get('per_page') ?? '30'));
        const slice = all.slice((page - 1) * size, page * size);
        const headers: Record<string, string> = {};
        if (page * size < all.length) {
          headers.link = `<${server.url}${req.path}?per_page=${size}&page=${page + 1}>; rel="next"`;
        }
        return json(
          200,
          slice.map((c) => ({ ...c, html_url: `https://github.com/c/${c.id}` })),
          headers,
        );
      },
      'POST /repos/:owner/:repo/issues/:n/comments': (req, p) => {
        if (state.readOnly) return forbidden();
        const c: FakeComment = {
          id: nextId++,
          body: req.json().body,
          user: { login: 'github-actions[bot]', type: 'Bot' },
        };
        state.comments[Number(p.n)] = [...(state.comments[Number(p.n)] ?? []), c];
        return json(201, { ...c, html_url: `https://github.com/c/${c.id}` });
      },
      'PATCH /repos/:owner/:repo/issues/comments/:id': (req, p) => {
        if (state.readOnly) return forbidden();
        for (const list of Object.values(state.comments)) {
          const c = list.find((x) => x.id === Number(p.id));
          if (c) {
            c.body = req.json().body;
            return json(200, { ...c, html_url: `https://github.com/c/${c.id}` });
          }
        }
        return json(404, { message: 'Not Found' });
      },
      'POST /repos/:owner/:repo/check-runs': (req) => {
        if (state.readOnly) return forbidden();
        const body = req.json();
        const problem = checkOutputProblem(body.output);
        if (problem) return json(422, { message: 'Validation Failed', errors: [problem] });
        const run: FakeCheckRun = {
          id: nextId++,
          name: body.name,
          head_sha: body.head_sha,
          status: body.status ?? 'queued',
          ...(body.conclusion ? { conclusion: body.conclusion } : {}),
          ...(body.details_url ? { details_url: body.details_url } : {}),
          ...(body.external_id ? { external_id: body.external_id } : {}),
          output: { title: body.output?.title, summary: body.output?.summary, text: body.output?.text },
          annotations: [...(body.output?.annotations ?? [])],
          batches: [(body.output?.annotations ?? []).length],
        };
        state.checkRuns = [...(state.checkRuns ?? []), run];
        return json(201, checkRunJson(run, req.path));
      },
      'PATCH /repos/:owner/:repo/check-runs/:id': (req, p) => {
        if (state.readOnly) return forbidden();
        const run = state.checkRuns?.find((c) => c.id === Number(p.id));
        if (!run) return json(404, { message: 'Not Found' });
        const body = req.json();
        if (body.output) {
          const problem = checkOutputProblem(body.output);
          if (problem) return json(422, { message: 'Validation Failed', errors: [problem] });
          run.output = {
            title: body.output.title,
            summary: body.output.summary,
            text: body.output.text ?? run.output.text,
          };
          run.annotations.push(...(body.output.annotations ?? []));
          run.batches.push((body.output.annotations ?? []).length);
        }
        if (body.conclusion) run.conclusion = body.conclusion;
        return json(200, checkRunJson(run, req.path.replace(/\/\d+$/, '')));
      },
      'GET /repos/:owner/:repo/releases/tags/:tag': (_req, p) => {
        const r = state.releases?.find((x) => x.tag_name === p.tag && !x.draft);
        return r ? json(200, releaseJson(r, p)) : json(404, { message: 'Not Found' });
      },
      'GET /repos/:owner/:repo/releases': (req, p) => {
        const page = Number(req.url.searchParams.get('page') ?? '1');
        const size = Number(req.url.searchParams.get('per_page') ?? '30');
        const all = [...(state.releases ?? [])].reverse();
        return json(
          200,
          all.slice((page - 1) * size, page * size).map((r) => releaseJson(r, p)),
        );
      },
      'GET /repos/:owner/:repo/releases/:id/assets': (_req, p) => {
        const r = state.releases?.find((x) => x.id === Number(p.id));
        return r
          ? json(
              200,
              r.assets.map((a) => assetJson(a, r, p)),
            )
          : json(404, { message: 'Not Found' });
      },
      'GET /repos/:owner/:repo/releases/:id': (_req, p) => {
        const r = state.releases?.find((x) => x.id === Number(p.id));
        return r ? json(200, releaseJson(r, p)) : json(404, { message: 'Not Found' });
      },
      'PATCH /repos/:owner/:repo/releases/:id': (req, p) => {
        if (state.readOnly) return forbidden();
        const r = state.releases?.find((x) => x.id === Number(p.id));
        if (!r) return json(404, { message: 'Not Found' });
        const body = req.json();
        if (typeof body.body === 'string') {
          if (body.body.length > 125_000)
            return json(422, { message: 'body is too long (maximum is 125000 characters)' });
          r.body = body.body;
        }
        return json(200, releaseJson(r, p));
      },
      'DELETE /repos/:owner/:repo/releases/assets/:id': (_req, p) => {
        if (state.readOnly) return forbidden();
        for (const r of state.releases ?? []) {
          const i = r.assets.findIndex((a) => a.id === Number(p.id));
          if (i >= 0) {
            r.assets.splice(i, 1);
            return { status: 204 };
          }
        }
        return json(404, { message: 'Not Found' });
      },
      'POST /uploads/repos/:owner/:repo/releases/:id/assets': (req, p) => {
        if (state.readOnly) return forbidden();
        const r = state.releases?.find((x) => x.id === Number(p.id));
        if (!r) return json(404, { message: 'Not Found' });
        const name = req.url.searchParams.get('name') ?? '';
        if (!name) return json(422, { message: 'name is required' });
        if (r.assets.some((a) => a.name === name)) {
          return json(422, {
            message: 'Validation Failed',
            errors: [{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }],
          });
        }
        const asset: FakeAsset = {
          id: nextId++,
          name,
          content_type: String(req.headers['content-type'] ?? 'application/octet-stream'),
          body: req.body,
        };
        r.assets.push(asset);
        return json(201, assetJson(asset, r, p));
      },
      'GET /repos/:owner/:repo/pulls': (req) => {
        const head = req.url.searchParams.get('head');
        const list = (state.pulls ?? []).filter((pr) => {
          if (!head) return true;
          const [owner, ref] = head.split(':');
          return pr.head.ref === ref && (pr.head.user?.login ?? pr.head.repo.full_name.split('/')[0]) === owner;
        });
        return json(
          200,
          list.map((pr) => ({ ...pr, state: 'open', html_url: `https://github.com/pull/${pr.number}` })),
        );
      },
      'GET /repos/:owner/:repo/commits/:sha': (_req, p) => {
        const message = state.commits?.[p.sha as string];
        return message === undefined
          ? json(404, { message: 'No commit found for SHA' })
          : json(200, { sha: p.sha, commit: { message } });
      },
    }),
  );
  const base = () => server.url;
  function releaseJson(r: FakeRelease, p: Record<string, string>) {
    return {
      id: r.id,
      tag_name: r.tag_name,
      name: r.name ?? r.tag_name,
      body: r.body,
      draft: !!r.draft,
      prerelease: !!r.prerelease,
      html_url: `https://github.com/${p.owner}/${p.repo}/releases/tag/${r.tag_name}`,
      upload_url: `${base()}/uploads/repos/${p.owner}/${p.repo}/releases/${r.id}/assets{?name,label}`,
      assets: r.assets.map((a) => assetJson(a, r, p)),
    };
  }
  function assetJson(a: FakeAsset, r: FakeRelease, p: Record<string, string>) {
    return {
      id: a.id,
      name: a.name,
      content_type: a.content_type,
      size: a.body.length,
      browser_download_url: `https://github.com/${p.owner}/${p.repo}/releases/download/${r.tag_name}/${a.name}`,
    };
  }
  return server;
}

function checkRunJson(run: FakeCheckRun, path: string) {
  return {
    ...run,
    html_url: `https://github.com${path.replace(/^\/repos/, '')}/${run.id}`.replace('/check-runs/', '/runs/'),
  };
}

/** GitHub's validation of a check run's output: limits on annotations per request and on field sizes. */
function checkOutputProblem(output: any): string | undefined {
  if (!output) return undefined;
  if (!output.title || !output.summary) return 'output.title and output.summary are required';
  if (String(output.summary).length > 65_535) return 'output.summary is longer than 65535 characters';
  if (output.text !== undefined && String(output.text).length > 65_535)
    return 'output.text is longer than 65535 characters';
  const annotations = output.annotations ?? [];
  if (annotations.length > 50) return 'at most 50 annotations per request';
  for (const a of annotations) {
    if (!a.path || !a.start_line || !a.end_line || !a.annotation_level || !a.message) {
      return 'annotations need path, start_line, end_line, annotation_level and message';
    }
  }
  return undefined;
}
