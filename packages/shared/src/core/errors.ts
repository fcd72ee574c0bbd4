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

/** A recording asked for a query it does not hold (flags that differ from the ones it was made with): a usage error. */
export function isNotRecorded(e: unknown): boolean {
  for (let x: unknown = e, depth = 0; x instanceof Error && depth < 5; x = x.cause, depth++) {
    if (x instanceof SourceError) return x.details.errorType === 'not_recorded';
  }
  return false;
}

/**
 * A source or service that could not be reached (the CLI's exit 4; a bake that cannot start): a SourceError (but a
 * recording without the asked query: a usage error), a network failure, or a service that answered 5xx after its
 * retries.
 */
export function isUnreachable(e: unknown): boolean {
  for (let x: unknown = e, depth = 0; x instanceof Error && depth < 5; x = x.cause, depth++) {
    if (x instanceof SourceError) return x.details.errorType !== 'not_recorded';
    const code = (x as { code?: unknown }).code;
    if (
      typeof code === 'string' &&
      /^(ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH)$/.test(code)
    )
      return true;
    const status = (x as { status?: unknown }).status;
    if (x.name === 'HttpError' && (typeof status !== 'number' || status === 0 || status >= 500)) return true;
    if (x.name === 'TypeError' && x.message === 'fetch failed') return true;
  }
  return false;
}

export function isConfigurationError(e: unknown): e is ConfigurationError {
  return e instanceof Error && e.name === 'ConfigurationError';
}

export function errorMessage(e: unknown): string {
  if (e instanceof Error) return e.message;
  return String(e);
}

const FS_PROBLEMS: Record<string, string> = {
  EISDIR: 'it is a directory, where a file was expected',
  ENOTDIR: 'a part of the path is a file, where a directory was expected',
  EEXIST: 'it already exists (and is not replaced)',
  EACCES: 'permission denied',
  EPERM: 'the operation is not permitted',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
};

/**
 * A file-system error (EISDIR, EEXIST, EACCES...) as one sentence naming the path and the fix, or undefined:
 * these are the user's setup, not internal errors.
 */
export function fileSystemProblem(e: unknown): string | undefined {
  const err = e as NodeJS.ErrnoException | undefined;
  const what = err?.code ? FS_PROBLEMS[err.code] : undefined;
  if (!what) return undefined;
  const path = err?.path ? ` ${JSON.stringify(err.path)}` : '';
  return `Could not ${err?.syscall ?? 'use'}${path}: ${what} (${err?.code}). Check the path given in the inputs (output-dir, output, summary-file) and the runner's file system.`;
}

/** What to do without AWS credentials, in one place for every path that calls AWS. */
export const AWS_CREDENTIALS_FIX =
  'In GitHub Actions, add an `aws-actions/configure-aws-credentials` step with `role-to-assume` before this one, and ' +
  'give the job `permissions: id-token: write`; elsewhere set AWS_PROFILE, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.';

/**
 * No AWS credentials anywhere in the SDK's chain (its CredentialsProviderError, possibly wrapped by the call that
 * needed them) as one sentence with the fix, or undefined: the user's setup, not an internal error.
 */
export function awsCredentialsProblem(e: unknown): string | undefined {
  for (let x: unknown = e, depth = 0; x instanceof Error && depth < 5; x = x.cause, depth++) {
    if (x.name === 'CredentialsProviderError')
      return `No AWS credentials found (${errorMessage(e)}). ${AWS_CREDENTIALS_FIX}`;
  }
  return undefined;
}
