/**
 * The HTTP layer under every networked metric source (prometheus.ts, amp.ts). One `send()` is one logical
 * request of up to `retries + 1` attempts, each with its own timeout (connection, headers and body):
 * - 429, 5xx, network errors and timeouts are retried (p-retry), after the server's Retry-After (capped at
 *   `maxRetryAfterMs`) or exponential backoff with jitter; every other 4xx is final;
 * - `prepare` runs before every attempt (AMP signs there: a SigV4 signature holds a timestamp);
 * - every attempt is counted (`requestCount()`).
 * Errors are SourceErrors naming the server, the status, what the server said and the query. Header values
 * never reach logs or error messages (they may hold tokens).
 */
import pRetry, { AbortError } from 'p-retry';
import { SourceError } from '../../core/errors.js';
import { type Logger, silentLogger } from '../../core/log.js';
import { proxyFetch } from '../proxy.js';

/** A request as the client sends it; `url` is absolute. */
export interface HttpRequestSpec {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  headers: Record<string, string>;
  /** A FormData body is sent again as is on a retry (fetch serialises it per request). */
  body?: string | FormData;
}

/** Runs before every attempt and returns the request to send (e.g. with SigV4 headers added). */
export type RequestPreparer = (request: HttpRequestSpec) => Promise<HttpRequestSpec>;

export interface HttpResponse {
  status: number;
  headers: Headers;
  /** The response body as text (Prometheus always answers JSON, proxies sometimes don't). */
  text: string;
}

export interface RetryTuning {
  /** First backoff delay (before jitter); doubled after each failed attempt. Default 500 ms. */
  minDelayMs?: number;
  /** Upper bound for one backoff delay. Default 15 s. */
  maxDelayMs?: number;
  /** Upper bound for a server's Retry-After (a misconfigured server may ask for hours). Default 60 s. */
  maxRetryAfterMs?: number;
}

/**
 * How a client words its errors. The defaults speak Prometheus (the query API); other APIs (Jira) pass
 * their own. Both get the HTTP status or the network failure, the request and its context.
 */
export interface ErrorWording {
  /** Message (and optional machine-readable type) for a non-2xx answer. */
  status?(
    status: number,
    body: string,
    where: string,
    context: RequestContext,
  ): { message: string; errorType?: string };
  /** Message for a request that got no answer (`reason` says why: refused, timeout, DNS...). */
  network?(reason: string, where: string, context: RequestContext): string;
}

/**
 * The overall deadline of a run (input `timeout`): no attempt starts after it, no attempt or backoff runs past
 * it, and the error then names it instead of the per-attempt timeout.
 */
export interface Deadline {
  /** Epoch milliseconds. */
  at: number;
  /** How the user set it, for messages: 'Input "timeout" 5m (default)', '--timeout 2s'. */
  label: string;
}

export interface HttpClientOptions extends RetryTuning {
  /** The run's overall deadline; default none. */
  deadline?: Deadline;
  /** Per-attempt timeout. Default 20 s. */
  timeoutMs?: number;
  /** Retries after the first attempt (so `retries + 1` attempts at most). Default 4. */
  retries?: number;
  /** Name of the server in messages: "Prometheus", "Amazon Managed Service for Prometheus", "Jira". */
  serverName?: string;
  logger?: Logger;
  wording?: ErrorWording;
  /** Transport (tests); default fetch through HTTPS_PROXY / HTTP_PROXY unless NO_PROXY (proxy.ts). */
  fetch?: typeof fetch;
}

/** What a request is for, so that error messages can say it. */
export interface RequestContext {
  /** The PromQL query, quoted at the end of every error message. */
  query?: string;
  /** What the request does, for other APIs' messages ("upload an attachment to REL-1"). */
  what?: string;
}

export const DEFAULT_TIMEOUT_MS = 20_000;
export const DEFAULT_RETRIES = 4;
const DEFAULT_MIN_DELAY_MS = 500;
const DEFAULT_MAX_DELAY_MS = 15_000;
const DEFAULT_MAX_RETRY_AFTER_MS = 60_000;
/** Error bodies are quoted in messages up to this many characters. */
const MAX_BODY_IN_MESSAGE = 1_000;
/** ...and kept in `SourceError.details.body` up to this many. */
const MAX_BODY_IN_DETAILS = 64 * 1024;

/** A failed attempt, as p-retry sees it: the SourceError plus how long the server asked us to wait. */
interface AttemptError extends SourceError {
  retryAfterMs?: number;
}

export class HttpClient {
  private readonly timeoutMs: number;
  private readonly retries: number;
  private readonly minDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly maxRetryAfterMs: number;
  private readonly serverName: string;
  private readonly logger: Logger;
  private readonly wording: ErrorWording;
  private readonly fetchFn: typeof fetch;
  private readonly deadline: Deadline | undefined;
  private attempts = 0;

  constructor(options: HttpClientOptions = {}) {
    this.wording = options.wording ?? {};
    this.fetchFn = options.fetch ?? proxyFetch;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.deadline = options.deadline;
    this.retries = options.retries ?? DEFAULT_RETRIES;
    this.minDelayMs = options.minDelayMs ?? DEFAULT_MIN_DELAY_MS;
    this.maxDelayMs = options.maxDelayMs ?? DEFAULT_MAX_DELAY_MS;
    this.maxRetryAfterMs = options.maxRetryAfterMs ?? DEFAULT_MAX_RETRY_AFTER_MS;
    this.serverName = options.serverName ?? 'Prometheus';
    this.logger = options.logger ?? silentLogger;
    if (!(this.timeoutMs > 0)) throw new RangeError(`timeoutMs must be > 0, got ${this.timeoutMs}`);
    if (!Number.isInteger(this.retries) || this.retries < 0) {
      throw new RangeError(`retries must be an integer >= 0, got ${this.retries}`);
    }
  }

  /** HTTP attempts made so far (retries included). */
  requestCount(): number {
    return this.attempts;
  }

  /**
   * Send a request, retrying transient failures. Resolves with any 2xx response; everything else
   * ends in a SourceError (after the retries, for transient failures).
   */
  async send(request: HttpRequestSpec, context: RequestContext = {}, prepare?: RequestPreparer): Promise<HttpResponse> {
    const maxAttempts = this.retries + 1;
    let lastError: AttemptError | undefined;
    let attemptsMade = 0;
    try {
      return await pRetry(
        async (attempt) => {
          attemptsMade = attempt;
          try {
            return await this.attempt(request, context, prepare, attempt, maxAttempts);
          } catch (e) {
            if (e instanceof AbortError) throw e; // final: p-retry rethrows the wrapped error at once
            lastError = e as AttemptError;
            throw e;
          }
        },
        {
          retries: this.retries,
          // p-retry's own delays are switched off (all zero): we wait in onFailedAttempt instead, because
          // only there do we know the failed response and thus its Retry-After header.
          factor: 1,
          minTimeout: 0,
          maxTimeout: 0,
          onFailedAttempt: async (error) => {
            if (error.retriesLeft <= 0) return;
            const e = error as unknown as AttemptError;
            const delay = e.retryAfterMs ?? this.backoffMs(error.attemptNumber);
            if (this.deadline && Date.now() + delay >= this.deadline.at) {
              throw this.deadlineError(redactUrl(request.url), context, e, error.attemptNumber);
            }
            this.logger.info(
              `${e.message} — retrying in ${formatMs(delay)}${e.retryAfterMs !== undefined ? ' (as the server asked with Retry-After)' : ''}, attempt ${error.attemptNumber + 1} of ${maxAttempts}.`,
            );
            await sleep(delay);
          },
        },
      );
    } catch (e) {
      // Retries exhausted: say so, and report the LAST failure (p-retry reports the most frequent one).
      if (e instanceof SourceError && e.details.retryable && lastError && attemptsMade > 1) {
        throw new SourceError(`${lastError.message} (gave up after ${attemptsMade} attempts)`, lastError.details);
      }
      throw e;
    }
  }

  /** One HTTP attempt. Throws a retryable SourceError, or an AbortError wrapping a final one. */
  private async attempt(
    original: HttpRequestSpec,
    context: RequestContext,
    prepare: RequestPreparer | undefined,
    attempt: number,
    maxAttempts: number,
  ): Promise<HttpResponse> {
    let request = original;
    if (prepare) {
      try {
        request = await prepare(original);
      } catch (e) {
        // Signing failures (e.g. no AWS credentials) are configuration problems: never retried.
        throw new AbortError(e as Error);
      }
    }
    const where = redactUrl(request.url);
    const remaining = this.deadline ? this.deadline.at - Date.now() : Number.POSITIVE_INFINITY;
    if (remaining <= 0) throw new AbortError(this.deadlineError(where, context, undefined, attempt - 1));
    const limit = Math.min(this.timeoutMs, remaining);
    this.attempts++;
    this.logger.debug(`${request.method} ${where} (attempt ${attempt} of ${maxAttempts})`);

    let status: number;
    let headers: Headers;
    let text: string;
    try {
      const res = await this.fetchFn(request.url, {
        method: request.method,
        headers: request.headers,
        ...(request.body !== undefined ? { body: request.body } : {}),
        signal: AbortSignal.timeout(limit),
        redirect: 'follow',
      });
      status = res.status;
      headers = res.headers;
      text = await res.text();
    } catch (e) {
      const timedOut = (e as Error)?.name === 'TimeoutError' || (e as Error)?.name === 'AbortError';
      if (timedOut && limit < this.timeoutMs)
        throw new AbortError(this.deadlineError(where, context, undefined, attempt));
      const network = this.networkError(e, where, context);
      throw network.details.retryable ? network : new AbortError(network);
    }

    if (status >= 200 && status < 300) return { status, headers, text };

    const error: AttemptError = this.statusError(status, text, where, context);
    if (!error.details.retryable) throw new AbortError(error);
    const retryAfter = parseRetryAfter(headers.get('retry-after'));
    if (retryAfter !== undefined) error.retryAfterMs = Math.min(retryAfter, this.maxRetryAfterMs);
    throw error;
  }

  /** Exponential backoff with "equal jitter": a random delay in [d/2, d], d = min * 2^(attempt-1), capped. */
  private backoffMs(failedAttempt: number): number {
    const d = Math.min(this.maxDelayMs, this.minDelayMs * 2 ** (failedAttempt - 1));
    return Math.round(d / 2 + Math.random() * (d / 2));
  }

  /** The overall deadline was reached: final (an AbortError for p-retry), naming the deadline and the last failure. */
  private deadlineError(
    where: string,
    context: RequestContext,
    last: SourceError | undefined,
    attempts: number,
  ): SourceError {
    const d = this.deadline as Deadline;
    const lastPart = last ? ` Last failure: ${last.message}` : '';
    return new SourceError(
      `The run's overall deadline (${d.label}) was reached waiting for ${this.serverName} at ${where} ${attempts === 0 ? 'before this query could start' : `after ${attempts} attempt${attempts === 1 ? '' : 's'}`} (each attempt is limited to ${formatMs(this.timeoutMs)}): raise it if the server is slow, or check that it answers.${lastPart}${last ? '' : queryPart(context)}`,
      { query: context.query, errorType: 'deadline', retryable: false },
    );
  }

  private networkError(e: unknown, where: string, context: RequestContext): SourceError {
    const timedOut = (e as Error)?.name === 'TimeoutError' || (e as Error)?.name === 'AbortError';
    const reason = timedOut
      ? `no answer within ${formatMs(this.timeoutMs)} (timeout) for one attempt`
      : networkReason(e);
    return new SourceError(
      this.wording.network?.(reason, where, context) ??
        `Could not get an answer from ${this.serverName} at ${where}: ${reason}.${queryPart(context)}`,
      {
        query: context.query,
        errorType: timedOut ? 'timeout' : 'network',
        retryable: !wrongUrl(e),
        cause: e,
      },
    );
  }

  private statusError(status: number, text: string, where: string, context: RequestContext): SourceError {
    const retryable = status === 429 || status >= 500;
    if (this.wording.status) {
      const own = this.wording.status(status, text, where, context);
      return new SourceError(own.message, {
        status,
        body: text.slice(0, MAX_BODY_IN_DETAILS),
        retryable,
        ...(own.errorType ? { errorType: own.errorType } : {}),
      });
    }
    const server = describeErrorBody(text);
    const details = {
      query: context.query,
      status,
      body: text.slice(0, MAX_BODY_IN_DETAILS),
      retryable,
      errorType: server.errorType,
    };
    if (status === 400 || status === 422) {
      // Prometheus: 400 = the query does not parse or a parameter is wrong, 422 = it cannot be executed.
      return new SourceError(
        `${this.serverName} rejected the query (${status} ${server.errorType ?? 'bad_data'}): ${server.message}.${queryPart(context)}`,
        { ...details, errorType: 'bad_data' },
      );
    }
    const hint = statusHint(status, this.serverName);
    return new SourceError(
      `${this.serverName} answered ${status}${server.errorType ? ` ${server.errorType}` : ''} for ${where}: ${server.message}.${hint}${queryPart(context)}`,
      details,
    );
  }
}

/**
 * Extract what the server said from an error body. Prometheus sends `{status:"error", errorType, error}`;
 * AWS services send `{message}` or `{Message}`; proxies send text or HTML.
 */
export function describeErrorBody(text: string): { message: string; errorType?: string } {
  const trimmed = text.trim();
  if (trimmed === '') return { message: '(empty response body)' };
  try {
    const body = JSON.parse(trimmed) as Record<string, unknown>;
    if (body && typeof body === 'object') {
      const message = body.error ?? body.message ?? body.Message;
      if (typeof message === 'string') {
        return {
          message: truncate(message, MAX_BODY_IN_MESSAGE),
          errorType: typeof body.errorType === 'string' ? body.errorType : undefined,
        };
      }
    }
  } catch {
    // not JSON: quote it as text
  }
  return { message: truncate(trimmed.replace(/\s+/g, ' '), MAX_BODY_IN_MESSAGE) };
}

function statusHint(status: number, serverName: string): string {
  if (status === 401 || status === 403) {
    return ` Check the credentials: the ${serverName} server refused them.`;
  }
  if (status === 404) {
    return ' Check the URL: it must be the base of the Prometheus HTTP API (the part before /api/v1), e.g. "https://prometheus.example.com" or "https://mimir.example.com/prometheus".';
  }
  if (status === 405) return ` The server does not accept POST requests for the query API; is it really ${serverName}?`;
  return '';
}

function queryPart(context: RequestContext): string {
  return context.query === undefined ? '' : ` Query: ${context.query}`;
}

/**
 * Parse a Retry-After header to milliseconds from now: either delay-seconds ("120") or an HTTP date
 * ("Wed, 21 Oct 2015 07:28:00 GMT"). Dates in the past give 0. Unparseable or absent → undefined.
 */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
  if (value === null || value === undefined) return undefined;
  const v = value.trim();
  if (/^\d+(\.\d+)?$/.test(v)) return Math.round(Number(v) * 1000);
  // HTTP dates always name a month ("Wed, 21 Oct 2015 07:28:00 GMT"); Date.parse alone accepts "-5".
  const at = /[A-Za-z]{3}/.test(v) ? Date.parse(v) : Number.NaN;
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}

/**
 * Why a request got no answer, from fetch's error: undici reports "fetch failed" and puts the useful part in
 * `cause` ("ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:9090", "ENOTFOUND: getaddrinfo ENOTFOUND host").
 */
export function networkReason(e: unknown): string {
  const err = e as Error & { cause?: { code?: string; message?: string } };
  const hint =
    err?.cause?.message === 'bad port'
      ? ' (a port fetch refuses to connect to, as browsers do: is the port in the URL right?)'
      : err?.cause?.code === 'ENOTFOUND'
        ? ' (no such host: is the host in the URL right?)'
        : '';
  return `${[err?.cause?.code, err?.cause?.message ?? err?.message].filter(Boolean).join(': ')}${hint}`;
}

/** A port fetch refuses to use, or a host no resolver knows: the URL is wrong, and retrying cannot help. */
export function wrongUrl(e: unknown): boolean {
  const cause = (e as { cause?: { code?: string; message?: string } } | undefined)?.cause;
  return cause?.message === 'bad port' || cause?.code === 'ENOTFOUND';
}

/** A URL fit for logs and messages: no user:password, no query string (either may carry a token). */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    u.username = '';
    u.password = '';
    u.search = '';
    u.hash = '';
    return u.toString();
  } catch {
    return '(invalid URL)';
  }
}

function truncate(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max)}… (${s.length - max} more characters)`;
}

function formatMs(ms: number): string {
  return ms < 1000 ? `${ms}ms` : `${Number((ms / 1000).toFixed(1))}s`;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
