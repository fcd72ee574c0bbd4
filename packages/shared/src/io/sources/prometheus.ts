/**
 * PrometheusSource: a MetricSource for any Prometheus-compatible HTTP API (Prometheus, Thanos, Mimir/Cortex,
 * VictoriaMetrics; Amazon Managed Service for Prometheus through amp.ts, which adds SigV4).
 *
 * POST <base>/api/v1/query_range and /api/v1/query, form-encoded (long PromQL does not fit into a URL);
 * `<base>` may carry a path prefix, and a trailing slash or "/api/v1" is tolerated. Sample values arrive as
 * strings ("NaN", "+Inf") and become numbers here.
 * Also here: `chooseStep` (range queries under the 11,000-points limit) and `parseHeaders` (`prometheus-headers`).
 */
import { ConfigurationError, SourceError } from '../../core/errors.js';
import { type Logger, silentLogger } from '../../core/log.js';
import {
  type Deadline,
  HttpClient,
  type HttpRequestSpec,
  type RequestPreparer,
  type RetryTuning,
  redactUrl,
} from '../http/http-client.js';
import {
  MAX_POINTS_PER_SERIES,
  type MetricSource,
  type QueryResult,
  type RangeQuery,
  type Series,
} from './source-types.js';

export interface PrometheusSourceOptions {
  /** Base URL of the HTTP API, without "/api/v1" (e.g. "http://prometheus:9090", "https://mimir.example/prometheus"). */
  url: string;
  /** Extra headers sent with every request (X-Scope-OrgID, Authorization...). Values are treated as secrets. */
  headers?: Record<string, string>;
  /** Per-attempt timeout; default 20 s. */
  timeoutMs?: number;
  /** Retries for transient failures (429, 5xx, network, timeout); default 4. */
  retries?: number;
  /** Backoff tuning (tests use short delays). */
  retry?: RetryTuning;
  /** The run's overall deadline (input timeout). */
  deadline?: Deadline;
  logger?: Logger;
  /** Hook run before every HTTP attempt, e.g. SigV4 signing (amp.ts). */
  signRequest?: RequestPreparer;
  /** Overrides for sources built on this one (amp.ts). */
  kind?: string;
  description?: string;
  /** Name of the server in error messages; default "Prometheus". */
  serverName?: string;
}

export class PrometheusSource implements MetricSource {
  readonly kind: string;
  readonly description: string;
  /** The normalised base URL (no trailing slash), credentials removed. */
  readonly baseUrl: string;
  private readonly headers: Record<string, string>;
  private readonly http: HttpClient;
  private readonly signRequest: RequestPreparer | undefined;
  private readonly serverName: string;
  private readonly logger: Logger;

  constructor(options: PrometheusSourceOptions) {
    this.logger = options.logger ?? silentLogger;
    this.serverName = options.serverName ?? 'Prometheus';
    const { base, basicAuth } = normaliseBaseUrl(options.url);
    this.baseUrl = base;
    this.headers = { ...(options.headers ?? {}) };
    // fetch() refuses URLs with user:password@, so turn them into the Authorization header they stand for.
    if (basicAuth && !hasHeader(this.headers, 'authorization')) {
      this.headers.Authorization = basicAuth.header;
      registerSecret(this.logger, basicAuth.password);
    }
    for (const value of Object.values(this.headers)) registerSecret(this.logger, value);
    this.signRequest = options.signRequest;
    this.kind = options.kind ?? 'prometheus';
    this.description = options.description ?? redactUrl(base).replace(/\/$/, '');
    this.http = new HttpClient({
      timeoutMs: options.timeoutMs,
      retries: options.retries,
      ...options.retry,
      ...(options.deadline ? { deadline: options.deadline } : {}),
      serverName: this.serverName,
      logger: this.logger,
    });
  }

  requestCount(): number {
    return this.http.requestCount();
  }

  async queryRange(q: RangeQuery): Promise<QueryResult> {
    for (const [name, v] of [
      ['start', q.start],
      ['end', q.end],
      ['step', q.step],
    ] as const) {
      if (!Number.isFinite(v)) throw new RangeError(`queryRange: ${name} must be a finite number, got ${v}`);
    }
    if (!(q.step > 0)) throw new RangeError(`queryRange: step must be > 0, got ${q.step}`);
    if (q.end < q.start) throw new RangeError(`queryRange: end (${q.end}) is before start (${q.start})`);
    const data = await this.post('query_range', q.query, {
      query: q.query,
      start: formatNumber(q.start),
      end: formatNumber(q.end),
      step: formatNumber(q.step),
    });
    return parseQueryData(data, q.query, this.serverName);
  }

  async queryInstant(query: string, time: number): Promise<QueryResult> {
    if (!Number.isFinite(time)) throw new RangeError(`queryInstant: time must be a finite number, got ${time}`);
    const data = await this.post('query', query, { query, time: formatNumber(time) });
    return parseQueryData(data, query, this.serverName);
  }

  /** POST a form to <base>/api/v1/<endpoint>; returns the parsed JSON body of a successful answer. */
  private async post(endpoint: string, query: string, form: Record<string, string>): Promise<PrometheusResponse> {
    const url = new URL(this.baseUrl);
    // Keep any query string of the base URL (some proxies authenticate with ?token=...).
    url.pathname = `${url.pathname.replace(/\/$/, '')}/api/v1/${endpoint}`;
    const request: HttpRequestSpec = {
      method: 'POST',
      url: url.toString(),
      headers: {
        ...this.headers,
        'content-type': 'application/x-www-form-urlencoded',
        accept: 'application/json',
      },
      body: new URLSearchParams(form).toString(),
    };
    const range = form.step ? ` [${form.start}..${form.end} step ${form.step}]` : form.time ? ` @${form.time}` : '';
    this.logger.debug(`${endpoint}: ${query}${range}`);
    const res = await this.http.send(request, { query }, this.signRequest);
    let body: PrometheusResponse;
    try {
      body = JSON.parse(res.text) as PrometheusResponse;
    } catch {
      throw new SourceError(
        `${this.serverName} at ${redactUrl(request.url)} answered ${res.status} with something that is not JSON ` +
          `(${JSON.stringify(res.text.slice(0, 200))}). Is the URL the Prometheus API base, not a UI or a login page? Query: ${query}`,
        { query, status: res.status, body: res.text.slice(0, 64 * 1024) },
      );
    }
    if (body?.status !== 'success') {
      const errorType = typeof body?.errorType === 'string' ? body.errorType : 'unknown';
      const message = typeof body?.error === 'string' ? body.error : JSON.stringify(body).slice(0, 500);
      throw new SourceError(
        `${this.serverName} answered ${res.status} but reported an error (${errorType}): ${message}. Query: ${query}`,
        { query, status: res.status, body: res.text.slice(0, 64 * 1024), errorType },
      );
    }
    return body;
  }
}

/** The parts of a Prometheus API response we read. */
interface PrometheusResponse {
  status?: string;
  errorType?: string;
  error?: string;
  warnings?: unknown;
  infos?: unknown;
  data?: { resultType?: string; result?: unknown };
}

type RawSample = [number, string];
interface RawSeries {
  metric?: Record<string, string>;
  values?: RawSample[];
  value?: RawSample;
  histograms?: unknown[];
  histogram?: unknown;
}

/**
 * Turn a successful response into a QueryResult. Exported for reuse by other Prometheus-shaped sources.
 * `serverName` only shapes error messages.
 */
export function parseQueryData(body: PrometheusResponse, query: string, serverName = 'Prometheus'): QueryResult {
  const warnings: string[] = [];
  if (Array.isArray(body.warnings)) for (const w of body.warnings) warnings.push(String(w));
  const bad = (what: string) =>
    new SourceError(`${serverName} sent a response driftgate cannot read: ${what}. Query: ${query}`, {
      query,
      body: JSON.stringify(body).slice(0, 64 * 1024),
    });
  const resultType = body.data?.resultType;
  const result = body.data?.result;
  const series: Series[] = [];
  let histogramSeries = 0;

  switch (resultType) {
    case 'matrix':
    case 'vector': {
      if (!Array.isArray(result)) throw bad(`data.result is not an array for resultType ${resultType}`);
      for (const raw of result as RawSeries[]) {
        const labels = raw.metric ?? {};
        const rawSamples = resultType === 'matrix' ? (raw.values ?? []) : raw.value ? [raw.value] : [];
        if (!Array.isArray(rawSamples)) throw bad('a series has no sample list');
        if (raw.histograms !== undefined || raw.histogram !== undefined) histogramSeries++;
        series.push({ labels: { ...labels }, samples: rawSamples.map((s) => parseSample(s, bad)) });
      }
      break;
    }
    case 'scalar':
      if (!Array.isArray(result)) throw bad('data.result is not a [time, value] pair for resultType scalar');
      series.push({ labels: {}, samples: [parseSample(result as RawSample, bad)] });
      break;
    case 'string':
      throw bad('the query evaluates to a string, not to numbers');
    default:
      throw bad(`unknown data.resultType ${JSON.stringify(resultType)}`);
  }
  if (histogramSeries > 0) {
    warnings.push(
      `${histogramSeries} series hold native histogram samples, which driftgate ignores; query them with histogram_quantile() or histogram_count() instead.`,
    );
  }
  return { query, series, warnings };
}

function parseSample(raw: unknown, bad: (what: string) => SourceError): { t: number; v: number } {
  if (!Array.isArray(raw) || raw.length !== 2)
    throw bad(`a sample is not a [time, value] pair: ${JSON.stringify(raw)}`);
  const t = Number(raw[0]);
  const v = parseSampleValue(String(raw[1]));
  if (!Number.isFinite(t) || v === undefined) throw bad(`a sample is not a [time, value] pair: ${JSON.stringify(raw)}`);
  return { t, v };
}

/** Prometheus' text form of a float: "1.5", "1e-05", "NaN", "+Inf", "-Inf". Undefined if not a number. */
export function parseSampleValue(s: string): number | undefined {
  switch (s) {
    case 'NaN':
      return Number.NaN;
    case '+Inf':
    case 'Inf':
      return Number.POSITIVE_INFINITY;
    case '-Inf':
      return Number.NEGATIVE_INFINITY;
  }
  if (s.trim() === '') return undefined;
  const v = Number(s);
  // Number() accepts "Infinity" and hex, which Prometheus never sends; NaN here means "not a number at all".
  return Number.isNaN(v) ? undefined : v;
}

/** The inverse of parseSampleValue, as Prometheus writes it (used by recordings). */
export function formatSampleValue(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Number.POSITIVE_INFINITY) return '+Inf';
  if (v === Number.NEGATIVE_INFINITY) return '-Inf';
  return String(v);
}

/** Numbers as form parameters: plain decimal, never exponent notation (which Prometheus would not parse as a time). */
function formatNumber(n: number): string {
  const s = String(n);
  return /e/i.test(s) ? n.toFixed(6).replace(/\.?0+$/, '') : s;
}

/**
 * Pick the step (integer seconds) for a range query over [start, end]: the smallest multiple of
 * `preferredStep` (rounded up to whole seconds, at least 1) for which the query returns at most
 * MAX_POINTS_PER_SERIES (11,000) points per series. Prometheus refuses queries above that limit.
 */
export function chooseStep(start: number, end: number, preferredStep: number): number {
  if (!Number.isFinite(start) || !Number.isFinite(end))
    throw new RangeError('chooseStep: start and end must be finite');
  if (!(preferredStep > 0) || !Number.isFinite(preferredStep)) {
    throw new RangeError(`chooseStep: preferredStep must be a positive number, got ${preferredStep}`);
  }
  const base = Math.max(1, Math.ceil(preferredStep));
  const duration = Math.max(0, end - start);
  // A range query returns floor(duration / step) + 1 points.
  const points = (step: number) => Math.floor(duration / step) + 1;
  let k = Math.max(1, Math.floor(duration / (base * MAX_POINTS_PER_SERIES)));
  while (points(k * base) > MAX_POINTS_PER_SERIES) k++;
  return k * base;
}

const HEADER_NAME_RE = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const HEADERS_FORMAT_HELP =
  'expected a JSON object such as {"X-Scope-OrgID": "tenant-1", "Authorization": "Bearer <token>"} ' +
  'or one header per line such as "X-Scope-OrgID: tenant-1".';

/**
 * Parse the `prometheus-headers` input: a JSON object of strings, or "Name: value" lines (blank lines and
 * lines starting with "#" are ignored). Errors name the input and the line, never a header value.
 */
export function parseHeaders(text: string, inputName = 'prometheus-headers'): Record<string, string> {
  const trimmed = text.trim();
  const headers: Record<string, string> = {};
  const fail = (what: string) => new ConfigurationError(`Input "${inputName}" ${what}: ${HEADERS_FORMAT_HELP}`);
  const add = (name: string, rawValue: string, line?: number) => {
    const where = line === undefined ? '' : ` on line ${line}`;
    const value = rawValue.trim();
    if (!HEADER_NAME_RE.test(name)) throw fail(`has an invalid header name ${JSON.stringify(name)}${where}`);
    if (/[\r\n\0]/.test(value)) throw fail(`has a line break in the value of header "${name}"${where}`);
    if (value === '') throw fail(`has an empty value for header "${name}"${where} (is the secret it comes from set?)`);
    if (/^(bearer|basic)$/i.test(value)) {
      throw fail(
        `has header "${name}" with the scheme "${value}" but no credentials after it${where} (is the secret set?)`,
      );
    }
    if (hasHeader(headers, name)) throw fail(`sets header "${name}" twice`);
    headers[name] = value;
  };
  if (trimmed === '') return headers;

  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(trimmed);
    } catch {
      // JSON.parse's message quotes the text around the error: it could be a secret, so don't show it.
      throw fail('looks like JSON but does not parse');
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw fail('is JSON but not an object');
    for (const [name, value] of Object.entries(parsed as Record<string, unknown>)) {
      if (typeof value !== 'string') throw fail(`has a non-string value for header "${name}"`);
      add(name, value);
    }
    return headers;
  }

  trimmed.split(/\r?\n/).forEach((line, i) => {
    const l = line.trim();
    if (l === '' || l.startsWith('#')) return;
    const colon = l.indexOf(':');
    if (colon <= 0) throw fail(`line ${i + 1} is not of the form "Name: value"`);
    add(l.slice(0, colon).trim(), l.slice(colon + 1), i + 1);
  });
  return headers;
}

/**
 * Validate and normalise a Prometheus base URL: http(s) only, trailing slashes and a trailing
 * "/api/v1" removed, user:password moved out into a Basic Authorization header value.
 * Throws a ConfigurationError naming `inputName`.
 */
export function normaliseBaseUrl(
  url: string,
  inputName = 'prometheus-url',
): { base: string; basicAuth: { header: string; password: string } | undefined } {
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    throw invalidUrl(url, inputName);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw invalidUrl(url, inputName);
  let basicAuth: { header: string; password: string } | undefined;
  if (u.username !== '' || u.password !== '') {
    const user = decodeURIComponent(u.username);
    const password = decodeURIComponent(u.password);
    basicAuth = { header: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`, password };
    u.username = '';
    u.password = '';
  }
  u.hash = '';
  u.pathname = u.pathname.replace(/\/+$/, '').replace(/\/api\/v1(\/[a-z_]*)?$/, '');
  return { base: u.toString().replace(/\/(?=$|\?)/, ''), basicAuth };
}

function invalidUrl(url: string, inputName: string): ConfigurationError {
  // A URL may embed a password: show it with the credentials masked.
  const shown = url.replace(/\/\/[^/@]*@/, '//***@');
  return new ConfigurationError(
    `Input "${inputName}" is ${JSON.stringify(shown)}: expected an http(s) URL of the Prometheus HTTP API, such as "https://prometheus.example.com:9090" or "https://mimir.example.com/prometheus".`,
  );
}

function hasHeader(headers: Record<string, string>, name: string): boolean {
  const lower = name.toLowerCase();
  return Object.keys(headers).some((k) => k.toLowerCase() === lower);
}

/** Mask a header value, and the token inside "Bearer <token>" / "Basic <token>" values on its own. */
function registerSecret(logger: Logger, value: string): void {
  if (value === '') return;
  logger.secret(value);
  const scheme = /^[A-Za-z][\w-]*\s+(\S.*)$/.exec(value);
  if (scheme?.[1] && scheme[1] !== value) logger.secret(scheme[1]);
}
