/**
 * A loopback fake of the slice of the GitHub REST API the actions use for comments and releases.
 * State is plain data so tests can seed it and assert it.
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
    }),
  );
  return server;
}
