/**
 * Time parsing shared by every input that takes a time, a duration or a window.
 *
 * Durations: Prometheus style ("90s", "5m", "1h30m", "2d", "1w"); a bare number means seconds.
 * Times: RFC 3339 ("2026-11-27T08:00:00Z"), unix seconds ("1796112000"), "now", or relative to now
 *        ("-2h", "now-2h", "+10m").
 * Windows: "START..END" with any of the above on each side ("-2h..now", "2026-11-27T06:00:00Z..2026-11-27T08:00:00Z").
 */
import { ConfigurationError } from './errors.js';

export interface TimeWindow {
  /** unix seconds */
  start: number;
  /** unix seconds */
  end: number;
}

const UNIT_SECONDS: Record<string, number> = { ms: 0.001, s: 1, m: 60, h: 3600, d: 86400, w: 604800, y: 31536000 };
const DURATION_RE = /^(\d+(?:\.\d+)?(ms|s|m|h|d|w|y))+$/;

/** Parse a duration to seconds, or return undefined if the text is not a duration. */
export function tryParseDuration(text: string): number | undefined {
  const s = text.trim();
  if (/^\d+(\.\d+)?$/.test(s)) return Number(s);
  if (!DURATION_RE.test(s)) return undefined;
  let total = 0;
  for (const m of s.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h|d|w|y)/g)) {
    total += Number(m[1]) * (UNIT_SECONDS[m[2] as string] as number);
  }
  return total;
}

/** Parse a duration; `what` names the input or key for the error message. */
export function parseDuration(text: string, what: string): number {
  const v = tryParseDuration(text);
  if (v === undefined || !Number.isFinite(v) || v <= 0) {
    throw new ConfigurationError(
      `${what} is ${JSON.stringify(text)}: expected a positive duration such as "90s", "5m", "1h30m" or a number of seconds.`,
    );
  }
  return v;
}

/** Format seconds as a short Prometheus-style duration ("1h30m", "45s"). */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return String(seconds);
  let rest = Math.round(seconds);
  if (rest === 0) return '0s';
  const parts: string[] = [];
  for (const [unit, size] of [
    ['d', 86400],
    ['h', 3600],
    ['m', 60],
    ['s', 1],
  ] as const) {
    if (rest >= size) {
      const n = Math.floor(rest / size);
      parts.push(`${n}${unit}`);
      rest -= n * size;
    }
  }
  return parts.join('');
}

/** Parse one side of a window (or any time input). `now` is unix seconds. */
export function parseTime(text: string, now: number, what: string): number {
  const s = text.trim();
  const fail = () =>
    new ConfigurationError(
      `${what} is ${JSON.stringify(text)}: expected RFC 3339 ("2026-11-27T08:00:00Z"), unix seconds ("1796112000"), now, or a time relative to now ("-2h", "now-30m").`,
    );
  if (s === '') throw fail();
  if (s === 'now') return now;
  const rel = /^(?:now)?\s*([+-])\s*(.+)$/.exec(s);
  if (rel && !/^\d{4}-/.test(s)) {
    const d = tryParseDuration(rel[2] as string);
    if (d === undefined) throw fail();
    return rel[1] === '-' ? now - d : now + d;
  }
  if (/^\d+(\.\d+)?$/.test(s)) {
    const n = Number(s);
    // Accept milliseconds too, since people paste Date.now() values.
    return n > 1e11 ? n / 1000 : n;
  }
  if (/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/i.test(s)) {
    const hasZone = /(Z|[+-]\d{2}:?\d{2})$/i.test(s) || !/[T ]/.test(s);
    refuseImpossibleDate(s, text, what);
    const ms = Date.parse(hasZone ? s : `${s}Z`);
    if (Number.isNaN(ms)) throw fail();
    return ms / 1000;
  }
  throw fail();
}

/** A calendar date that does not exist (2026-02-30, 2026-13-01, 24:00) is refused, never rolled over. */
function refuseImpossibleDate(s: string, text: string, what: string): void {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?/i.exec(s);
  if (!m) return;
  const [y, mo, d, h = '0', mi = '0', sec = '0'] = m.slice(1) as string[];
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  const real =
    date.getUTCFullYear() === Number(y) &&
    date.getUTCMonth() === Number(mo) - 1 &&
    date.getUTCDate() === Number(d) &&
    Number(h) < 24 &&
    Number(mi) < 60 &&
    Number(sec) < 60;
  if (!real) {
    throw new ConfigurationError(
      `${what} is ${JSON.stringify(text)}: no such date or time (${y}-${mo} has no day ${Number(d)}, or the hour, minute or second is out of range); give a real date, e.g. "2026-02-28T08:00:00Z".`,
    );
  }
}

/** Most a time may lie ahead of now and still be taken for clock skew. */
export const MAX_CLOCK_SKEW_SECONDS = 300;

/** Refuse a time in the future (beyond clock skew): data not yet measured, or a forged date. */
export function refuseFuture(t: number, now: number, what: string, fix: string): void {
  if (t > now + MAX_CLOCK_SKEW_SECONDS) {
    throw new ConfigurationError(`${what} is ${isoTime(t)}, in the future (now is ${isoTime(now)}): ${fix}`);
  }
}

/** Parse "START..END". */
export function parseWindow(text: string, now: number, what: string): TimeWindow {
  const parts = text.split('..');
  if (parts.length !== 2) {
    throw new ConfigurationError(
      `${what} is ${JSON.stringify(text)}: expected START..END, for example "-2h..now" or "2026-11-27T06:00:00Z..2026-11-27T08:00:00Z".`,
    );
  }
  const start = parseTime(parts[0] as string, now, `${what} (start)`);
  const end = parseTime(parts[1] as string, now, `${what} (end)`);
  if (!(end > start)) {
    throw new ConfigurationError(
      `${what} is ${JSON.stringify(text)}: the end (${isoTime(end)}) must be after the start (${isoTime(start)}).`,
    );
  }
  if (end - start > MAX_WINDOW_SECONDS) {
    throw new ConfigurationError(
      `${what} is ${JSON.stringify(text)}: it spans ${Math.round((end - start) / 86400)} days (${isoTime(start)} .. ${isoTime(end)}); a window is at most ${MAX_WINDOW_SECONDS / 86400} days: give a shorter window (a typo in a date or a unit is the usual cause).`,
    );
  }
  return { start, end };
}

/** The longest window accepted (31 days): longer ones are typos, and would send huge queries. */
export const MAX_WINDOW_SECONDS = 31 * 86400;

export function isoTime(unixSeconds: number): string {
  return new Date(Math.round(unixSeconds * 1000)).toISOString().replace('.000Z', 'Z');
}

export function formatWindow(w: TimeWindow): string {
  return `${isoTime(w.start)}..${isoTime(w.end)}`;
}

export function nowSeconds(): number {
  return Date.now() / 1000;
}
