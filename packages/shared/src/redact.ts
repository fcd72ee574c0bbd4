/**
 * The one registry of secrets for a run, and the one function that removes them from text.
 *
 * A secret registered here (a token, a header value, the user and password of a URL) is replaced by `***` in
 * every string passed to `redact`: the action's log lines, its failure message, job summary and report files,
 * and the CLI's stdout and stderr alike. Each value is registered with the forms it can reappear in: the token
 * inside "Bearer <token>" / "Basic <token>", the user and password inside a Basic token, its base64 form (a
 * server that echoes `Authorization: Basic ...`), and its URL-encoded form.
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
  for (const s of [...out]) {
    add(Buffer.from(s, 'utf8').toString('base64'));
    add(encodeURIComponent(s));
  }
  return [...out];
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

/** For tests: forget every secret. */
export function clearSecrets(): void {
  registry.clear();
}
