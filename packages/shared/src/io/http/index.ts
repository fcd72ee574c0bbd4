/** @driftgate/shared/http: the HTTP client (timeouts, retries, Retry-After, deadlines, redacted URLs). */
export * from './http-client.js';
