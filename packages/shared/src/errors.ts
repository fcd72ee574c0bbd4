/**
 * Error taxonomy.
 *
 * - ConfigurationError: the user gave us something we cannot use (an input, a flag, a config key, a
 *   waiver file). The message names the thing, the value and the fix. Actions and the CLI print it
 *   as-is (CLI exit code 2) without a stack trace.
 * - SourceError: a metric source failed (network, HTTP status, bad response). Carries the query and
 *   the server's error body so the user sees what the server said.
 * Anything else is an internal error and is reported with its stack.
 */
export class ConfigurationError extends Error {
  override readonly name = 'ConfigurationError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** Build the standard "input X has value Y: fix" message. */
export function invalidValue(what: string, value: unknown, fix: string): ConfigurationError {
  const shown = typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value ?? null);
  return new ConfigurationError(`${what} is ${shown}: ${fix}`);
}

export class SourceError extends Error {
  override readonly name = 'SourceError';
  constructor(
    message: string,
    readonly details: {
      query?: string;
      status?: number;
      body?: string;
      /** 'bad_data' (400/422: the query is wrong) errors are the user's; others are transient or server-side. */
      errorType?: string;
      retryable?: boolean;
      cause?: unknown;
    } = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
  }
}

export function isConfigurationError(e: unknown): e is ConfigurationError {
  return e instanceof Error && e.name === 'ConfigurationError';
}

export function errorMessage(e: unknown): string {
  if (e instanceof Error) return e.message;
  return String(e);
}
