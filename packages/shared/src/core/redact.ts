/**
 * The one registry of secrets for a run, and the one function that removes them from text.
 *
 * A secret registered here (a token, a header value, the user and password of a URL) is replaced by `***` in
 * every string passed to `redact`: the action's log lines, its failure message, job summary and report files,
 * and the CLI's stdout and stderr alike. Each value is registered with the forms it can reappear in: the token
 * inside "Bearer <token>" / "Basic <token>", the user and password inside a Basic token, its base64 form (a
 * server that echoes `Authorization: Basic ...`), its URL-encoded form, and the escaped forms a server or a
 * serializer writes it in (JSON `k\"ey`, Markdown `k\|ey`, HTML `k&quot;ey`). A value that is a header block
 * (`prometheus-headers`, `ruler-headers`: JSON or "Name: value" lines) registers each header value; a URL that
 * is a secret (a Slack webhook) registers its path and query values; a URL input registers its user-info and
 * query-string values (`?token=`). `redactDeep` applies `redact` to every string of a JSON value (evidence,
 * rule files, configs).
 */

const registry = new Set<string>();

/** Values shorter than this are not redacted on their own: masking "a" would destroy every message. */
const MIN_LENGTH = 3;

/** Every form a secret can reappear in. */
export function secretForms(value: string): string[] {
  const out = new Set<string>();
  const add = (s: string | undefined) => {
    if (s !== undefined && s.trim().length >= MIN_LENGTH) out.add(s);
  };
  const v = value.trim();
  add(v);
  const scheme = /^([A-Za-z][\w-]*)\s+(\S.*)$/.exec(v);
  const token = scheme?.[2];
  add(token);
  if (scheme && /^basic$/i.test(scheme[1] as string) && token) {
    const decoded = Buffer.from(token, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon > 0 && Buffer.from(decoded, 'utf8').toString('base64') === token) {
      add(decoded);
      add(decoded.slice(0, colon));
      add(decoded.slice(colon + 1));
    }
  }
  for (const header of headerValues(v)) for (const f of secretForms(header)) add(f);
  for (const part of urlSecretParts(v, true)) add(part);
  for (const s of [...out]) {
    add(Buffer.from(s, 'utf8').toString('base64'));
    add(encodeURIComponent(s));
    for (const escaped of escapedForms(s)) add(escaped);
  }
  return [...out];
}

/** The forms a serializer or a server's error page writes a string in: JSON, Markdown, HTML, one more JSON. */
function escapedForms(s: string): string[] {
  const json = JSON.stringify(s).slice(1, -1);
  const html = s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const md = s.replace(/[\\`[\]!|<>~&$]/g, (c) => `\\${c}`);
  return [json, JSON.stringify(json).slice(1, -1), html, html.replace(/'/g, '&#39;'), md, s.replace(/"/g, '\\"')];
}

/** The values of a header block (a JSON object of strings, or "Name: value" lines); [] for anything else. */
function headerValues(text: string): string[] {
  const t = text.trim();
  if (t.startsWith('{')) {
    try {
      const o = JSON.parse(t) as unknown;
      if (o && typeof o === 'object' && !Array.isArray(o))
        return Object.values(o).filter((x): x is string => typeof x === 'string');
    } catch {
      return [];
    }
    return [];
  }
  const lines = t.split(/\r?\n/).filter((l) => l.trim() !== '' && !l.trim().startsWith('#'));
  const pairs = lines.map((l) => /^\s*[A-Za-z0-9!#$%&'*+.^_`|~-]+\s*:\s*(\S.*)$/.exec(l));
  if (pairs.length === 0 || pairs.some((m) => !m)) return [];
  // "Bearer abc" alone also matches no pair (no colon); "https://..." is a URL, not a header.
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(t)) return [];
  return pairs.map((m) => (m?.[1] ?? '').trim());
}

/**
 * The secret parts of a URL: its user-info and every query-string value; with `whole` (the URL itself is a
 * secret, as a Slack webhook is) also its path.
 */
function urlSecretParts(text: string, whole: boolean): string[] {
  if (!/^[a-z][a-z0-9+.-]*:\/\/\S+$/i.test(text)) return [];
  let u: URL;
  try {
    u = new URL(text);
  } catch {
    return [];
  }
  const out: string[] = [];
  const user = safeDecode(u.username);
  const password = safeDecode(u.password);
  if (user) out.push(user, u.username);
  if (password) out.push(password, u.password);
  for (const [, value] of u.searchParams) out.push(value);
  if (u.search.length > 1) out.push(u.search.slice(1));
  if (whole && u.pathname.length > 1) out.push(u.pathname, u.pathname.replace(/^\/+/, ''));
  return out.filter((x) => x.trim().length >= MIN_LENGTH);
}

/** Register a secret (and its derived forms); returns the forms, for a shell that also masks them itself. */
export function addSecret(value: string | undefined): string[] {
  if (!value) return [];
  const forms = secretForms(value);
  for (const f of forms) registry.add(f);
  return forms;
}

/** Register a URL's user-info (user and password), if it has any. */
export function addUrlSecrets(url: string | undefined): string[] {
  if (!url) return [];
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return [];
  }
  const forms: string[] = [];
  const user = safeDecode(u.username);
  const password = safeDecode(u.password);
  if (user || password) forms.push(...addSecret(`Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`));
  if (user) forms.push(...addSecret(user));
  if (password) forms.push(...addSecret(password));
  for (const [, value] of u.searchParams) forms.push(...addSecret(value));
  return forms;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The text with every registered secret replaced by ***; longest first, so a token inside a header goes too. */
export function redact(text: string): string {
  if (registry.size === 0 || text === '') return text;
  let out = text;
  for (const s of [...registry].sort((a, b) => b.length - a.length)) {
    if (out.includes(s)) out = out.split(s).join('***');
  }
  // user:password@ in any URL, registered or not.
  return out.replace(/(\b[a-z][a-z0-9+.-]*:\/\/)[^/\s@:]*:[^/\s@]*@/gi, '$1***@');
}

/** Every string of a JSON value (evidence, a rule group, a config) redacted; keys too. Other values as they are. */
export function redactDeep<T>(value: T): T {
  if (registry.size === 0) return value;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return redact(v);
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [redact(k), walk(x)]));
    }
    return v;
  };
  return walk(value) as T;
}

/** Whether a registered secret (any form) occurs in the text (tests, and a last check before writing). */
export function holdsSecret(text: string): boolean {
  for (const s of registry) if (text.includes(s)) return true;
  return false;
}

/** For tests: forget every secret. */
export function clearSecrets(): void {
  registry.clear();
}
