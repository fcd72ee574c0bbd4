/** @driftgate/shared/http: the HTTP client (timeouts, retries, Retry-After, deadlines, redacted URLs) and the proxy-aware fetch. */
export * from './client.js';
export * from './proxy.js';
