/**
 * GitHub access for every action and the CLI: an Octokit from @actions/github (which honours GITHUB_API_URL, so
 * GitHub Enterprise Server and the tests' loopback fakes work) with @octokit/plugin-retry (5xx and network
 * errors are retried with backoff; 4xx are final) and @octokit/plugin-throttling (primary and secondary rate
 * limits wait for the reset, up to twice, when it is within a minute), and the run context from @actions/github's
 * `context`. Requests go through io/proxy.ts's fetch, the HTTPS_PROXY / HTTP_PROXY / NO_PROXY rules of every other
 * client (@actions/github's own fetch fixes one proxy when it loads, for GITHUB_API_URL alone). A 5xx or network
 * error that still fails after the retries names the call: "GitHub API GET /repos/o/r/releases/latest answered 503
 * after 3 retries: upstream down".
 */
import { context, getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { isConfigurationError } from '../../core/errors.js';
import { parseRepository } from '../../core/repository.js';
import { proxyFetch } from '../proxy.js';

export type Octokit = ReturnType<typeof getOctokit>;

export interface GitHubClientOptions {
  /** Retries of a 5xx or network failure (default 3). */
  retries?: number;
  /** Base of the backoff, ms (default 1000: waits 1 s, 4 s, 9 s). */
  retryBaseMs?: number;
  /** Longest rate-limit wait honoured, seconds (default 60); longer ones fail with the reset time. */
  maxRateLimitWaitSeconds?: number;
  baseUrl?: string;
}

export function githubClient(token: string, o: GitHubClientOptions = {}): Octokit {
  // @actions/github reads GITHUB_API_URL itself; pass it explicitly too so a changed env is honoured.
  const baseUrl = o.baseUrl ?? (process.env.GITHUB_API_URL || 'https://api.github.com');
  const retries = o.retries ?? 3;
  const maxWait = o.maxRateLimitWaitSeconds ?? 60;
  const octokit = getOctokit(
    token,
    {
      baseUrl,
      request: { fetch: proxyFetch },
      retry: { retries, retryAfterBaseValue: o.retryBaseMs ?? 1000 },
      throttle: {
        onRateLimit: (after: number, _options: unknown, _o: unknown, count: number) => after <= maxWait && count < 2,
        onSecondaryRateLimit: (after: number, _options: unknown, _o: unknown, count: number) =>
          after <= maxWait && count < 2,
      },
    },
    retry,
    throttling,
  );
  octokit.hook.wrap('request', async (request, options) => {
    try {
      return await request(options);
    } catch (e) {
      throw nameTheCall(e, `${options.method} ${callPath(octokit, options)}`, retries);
    }
  });
  capPagination(octokit as Octokit);
  return octokit as Octokit;
}

/** Most pages one paginated call reads (100 items each: 10,000 comments, reviews or files). */
export const MAX_PAGES = 100;

/**
 * Bound every `octokit.paginate`: a `Link: rel="next"` that points at a page already read (a loop) or more than
 * MAX_PAGES pages end the call with an error naming it, instead of requesting for ever.
 */
function capPagination(octokit: Octokit): void {
  const iterator = octokit.paginate.iterator;
  const capped = async (route: unknown, parameters?: unknown, mapFn?: unknown): Promise<unknown[]> => {
    if (typeof parameters === 'function') {
      mapFn = parameters;
      parameters = undefined;
    }
    const out: unknown[] = [];
    const seen = new Set<string>();
    let stop = false;
    const done = () => {
      stop = true;
    };
    for await (const response of iterator(route as never, parameters as never) as AsyncIterable<{
      url: string;
      data: unknown;
    }>) {
      if (seen.has(response.url)) {
        throw new Error(
          `GitHub API ${new URL(response.url).pathname}: the next-page link points back at a page already read; stopped after ${seen.size} pages (a proxy or server bug).`,
        );
      }
      seen.add(response.url);
      if (seen.size > MAX_PAGES) {
        throw new Error(
          `GitHub API ${new URL(response.url).pathname}: more than ${MAX_PAGES} pages; stopped (driftgate reads at most ${MAX_PAGES * 100} items).`,
        );
      }
      const items = mapFn ? (mapFn as (r: unknown, d: () => void) => unknown)(response, done) : response.data;
      out.push(...(Array.isArray(items) ? items : [items]));
      if (stop) break;
    }
    return out;
  };
  Object.assign(capped, { iterator });
  (octokit as unknown as { paginate: unknown }).paginate = capped;
}

/** The request's path with its parameters filled in ("/repos/acme/shop/releases/latest"), no query string. */
function callPath(octokit: { request: { endpoint: (o: never) => { url: string } } }, options: unknown): string {
  try {
    return new URL(octokit.request.endpoint(options as never).url).pathname;
  } catch {
    return String((options as { url?: unknown }).url);
  }
}

/** Put the call into the message of a failed request (status, headers and fields stay for the callers). */
function nameTheCall(e: unknown, call: string, retries: number): unknown {
  if (!(e instanceof Error) || e.message.startsWith('GitHub API ')) return e;
  const status = (e as { status?: unknown }).status;
  const headers = (e as { response?: { headers?: Record<string, string | undefined> } }).response?.headers ?? {};
  if ((status === 403 || status === 429) && headers['x-ratelimit-remaining'] === '0') {
    const reset = Number(headers['x-ratelimit-reset']);
    const when = Number.isFinite(reset) && reset > 0 ? new Date(reset * 1000).toISOString() : 'later';
    e.message = `GitHub API ${call}: the rate limit of this token is used up (resets at ${when}, more than a minute away): re-run the job after the reset, or give a token with a higher limit (a GitHub App token).`;
    return e;
  }
  // A 4xx is final and its caller explains it (404 = none, 403 = permission); a 5xx or a network error was
  // retried and is otherwise anonymous ("upstream down").
  if (typeof status === 'number' && status > 0 && status < 500) return e;
  const what = typeof status === 'number' && status > 0 ? `answered ${status}` : 'failed';
  e.message = `GitHub API ${call} ${what} after ${retries} retries: ${e.message}`;
  return e;
}

/** What the library needs of a workflow run, from @actions/github's `context` (runContextOf). */
export interface RunContext {
  repository?: { owner: string; repo: string };
  eventName?: string;
  sha?: string;
  ref?: string;
  runUrl?: string;
  /** GITHUB_RUN_ATTEMPT ("1" on the first run). */
  runAttempt?: string;
  /** The pull request number on pull_request(_target) events. */
  pullRequest?: number;
  /** The webhook payload (GITHUB_EVENT_PATH), or {}. */
  payload: Record<string, any>;
}

/**
 * The run as @actions/github's `context` read it from the runner's environment. A GITHUB_REPOSITORY that is not
 * owner/name ("shop") is refused here, before any work (parseRepository), not read as "no repository".
 */
export function runContextOf(ctx: typeof context = context, env: NodeJS.ProcessEnv = process.env): RunContext {
  const payload = ctx.payload as Record<string, any>;
  const run: RunContext = { payload };
  const repository = repositoryOf(ctx, env);
  if (repository) run.repository = repository;
  if (ctx.eventName) run.eventName = ctx.eventName;
  if (ctx.sha) run.sha = ctx.sha;
  if (ctx.ref) run.ref = ctx.ref;
  if (repository && Number.isFinite(ctx.runId))
    run.runUrl = `${ctx.serverUrl || 'https://github.com'}/${repository.owner}/${repository.repo}/actions/runs/${ctx.runId}`;
  if (Number.isFinite(ctx.runAttempt)) run.runAttempt = String(ctx.runAttempt);
  const pr = payload.pull_request?.number ?? (ctx.eventName?.startsWith('pull_request') ? payload.number : undefined);
  if (typeof pr === 'number') run.pullRequest = pr;
  return run;
}

/**
 * GITHUB_REPOSITORY through the one parser; without it, context.repo (the event payload's repository), which
 * throws when it cannot tell: no repository, then.
 */
function repositoryOf(ctx: typeof context, env: NodeJS.ProcessEnv): { owner: string; repo: string } | undefined {
  const given = env.GITHUB_REPOSITORY?.trim();
  if (given) return parseRepository(given, 'GITHUB_REPOSITORY');
  try {
    const { owner, repo } = ctx.repo;
    return owner && repo ? parseRepository(`${owner}/${repo}`, "The event payload's repository") : undefined;
  } catch (e) {
    if (isConfigurationError(e)) throw e;
    return undefined;
  }
}

/** The head commit SHA of the run: the PR head on pull_request events (GITHUB_SHA is the merge commit there). */
export function headSha(ctx: RunContext): string | undefined {
  return ctx.payload.pull_request?.head?.sha ?? ctx.sha;
}
