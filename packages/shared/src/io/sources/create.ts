/**
 * Metric sources: pick and build the one the user configured.
 *
 * Exactly one backend must be configured:
 *   prometheus-url (+ optional prometheus-headers)  → PrometheusSource (Prometheus, Thanos, Mimir, VictoriaMetrics)
 *   amp-workspace-id or amp-endpoint (+ aws-region) → AmpSource (Amazon Managed Service for Prometheus, SigV4)
 *   metrics-file                                    → FileSource (a recording; offline runs and the demo)
 * The option names below mirror the action inputs; errors name the inputs.
 */
import { resolve } from 'node:path';
import { ConfigurationError } from '../../core/errors.js';
import { type Logger, silentLogger } from '../../core/log.js';
import type { Deadline, RetryTuning } from '../http/http-client.js';
import { AmpSource } from './amp.js';
import { FileSource } from './file.js';
import { normaliseBaseUrl, PrometheusSource, parseHeaders } from './prometheus.js';
import type { MetricSource } from './source-types.js';

export { HttpClient, parseRetryAfter } from '../http/http-client.js';
export { AmpSource, type AmpSourceOptions } from './amp.js';
export {
  decodeResult,
  encodeResult,
  FileSource,
  parseRecording,
  RECORDING_SCHEMA,
  type Recording,
  type RecordingEntry,
  RecordingSource,
  writeRecording,
} from './file.js';
export { chooseStep, PrometheusSource, type PrometheusSourceOptions, parseHeaders } from './prometheus.js';
export * from './source-types.js';

export interface SourceOptions {
  /** Input `prometheus-url`. */
  prometheusUrl?: string;
  /** Input `prometheus-headers`: the raw text (JSON object or "Name: value" lines) or already parsed. */
  prometheusHeaders?: string | Record<string, string>;
  /** Input `amp-workspace-id`. */
  ampWorkspaceId?: string;
  /** Input `amp-endpoint`. */
  ampEndpoint?: string;
  /** Input `aws-region`. */
  awsRegion?: string;
  /** Input `metrics-file`. */
  metricsFile?: string;
  /** Per-attempt timeout in milliseconds (default 20 s). */
  timeoutMs?: number;
  /** The run's overall deadline (input timeout); no query attempt runs past it. */
  deadline?: Deadline;
  /** Retries of transient failures (default 4). */
  retries?: number;
  /** Backoff tuning; tests use short delays. */
  retry?: RetryTuning;
}

const CHOOSE_ONE =
  'set exactly one of "prometheus-url" (Prometheus, Thanos, Mimir, VictoriaMetrics), ' +
  '"amp-workspace-id" or "amp-endpoint" (Amazon Managed Service for Prometheus) and "metrics-file" (a recording).';

/** Build the configured MetricSource. Throws ConfigurationError for missing, conflicting or invalid options. */
export function createSource(options: SourceOptions, logger: Logger = silentLogger): MetricSource {
  // Action inputs arrive as "" when unset: treat blank as not given.
  const given = (v: string | undefined) => (v !== undefined && v.trim() !== '' ? v.trim() : undefined);
  const prometheusUrl = given(options.prometheusUrl);
  const ampWorkspaceId = given(options.ampWorkspaceId);
  const ampEndpoint = given(options.ampEndpoint);
  const metricsFile = given(options.metricsFile);

  const chosen = [
    prometheusUrl && '"prometheus-url"',
    (ampWorkspaceId || ampEndpoint) && (ampWorkspaceId ? '"amp-workspace-id"' : '"amp-endpoint"'),
    metricsFile && '"metrics-file"',
  ].filter(Boolean);
  if (chosen.length === 0) throw new ConfigurationError(`No metric source is configured: ${CHOOSE_ONE}`);
  if (chosen.length > 1)
    throw new ConfigurationError(`Conflicting metric sources ${chosen.join(' and ')}: ${CHOOSE_ONE}`);
  if (ampWorkspaceId && ampEndpoint) {
    throw new ConfigurationError(
      'Both "amp-workspace-id" and "amp-endpoint" are set: give only one (the endpoint is looked up from the workspace ID).',
    );
  }

  if (options.timeoutMs !== undefined && !(Number.isFinite(options.timeoutMs) && options.timeoutMs > 0)) {
    throw new ConfigurationError(
      `The query timeout is ${options.timeoutMs} ms: it must be a positive duration such as "30s".`,
    );
  }
  if (options.retries !== undefined && !(Number.isInteger(options.retries) && options.retries >= 0)) {
    throw new ConfigurationError(
      `The number of retries is ${options.retries}: it must be a whole number >= 0, such as 4.`,
    );
  }

  const headers =
    typeof options.prometheusHeaders === 'string'
      ? parseHeaders(options.prometheusHeaders, 'prometheus-headers')
      : (options.prometheusHeaders ?? {});
  if (!prometheusUrl && Object.keys(headers).length > 0) {
    for (const value of Object.values(headers)) logger.secret(value);
    logger.warning('"prometheus-headers" is ignored: it only applies together with "prometheus-url".');
  }

  const common = {
    timeoutMs: options.timeoutMs,
    retries: options.retries,
    retry: options.retry,
    ...(options.deadline ? { deadline: options.deadline } : {}),
    logger,
  };
  if (prometheusUrl) {
    const { base } = normaliseBaseUrl(prometheusUrl, 'prometheus-url'); // validate, naming the input
    if (/^aps-workspaces(-fips)?\.[a-z0-9-]+\.amazonaws\.com$/.test(new URL(base).hostname)) {
      throw new ConfigurationError(
        `Input "prometheus-url" points at Amazon Managed Service for Prometheus, which needs signed requests: ` +
          `use "amp-endpoint: ${base}" (or "amp-workspace-id") instead of "prometheus-url".`,
      );
    }
    return new PrometheusSource({ url: prometheusUrl, headers, ...common });
  }
  if (ampWorkspaceId || ampEndpoint) {
    return new AmpSource({
      workspaceId: ampWorkspaceId,
      endpoint: ampEndpoint,
      region: given(options.awsRegion),
      ...common,
    });
  }
  return FileSource.fromFile(metricsFile as string, 'metrics-file');
}

/**
 * The source a shell asked for (or the one injected by a test), with a metrics file resolved against `cwd`,
 * and the recording's `defaults` (service, versions, windows) when it is one: what every command opens first.
 */
export function openSource(
  options: SourceOptions,
  cwd: string,
  logger: Logger,
  injected?: MetricSource,
): { source: MetricSource; defaults: Record<string, unknown> } {
  const source =
    injected ??
    createSource(
      { ...options, metricsFile: options.metricsFile ? resolve(cwd, options.metricsFile) : undefined },
      logger,
    );
  return { source, defaults: source instanceof FileSource ? (source.recording.defaults ?? {}) : {} };
}
