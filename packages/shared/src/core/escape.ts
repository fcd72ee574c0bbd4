/**
 * Escaping of user-supplied text, in one place: mdText / mdCode for all Markdown driftgate writes (after
 * escaping, a value is shown as text and never becomes a link, image, HTML or a new table row); safeLogText for
 * stdout, where the runner reads "::" lines as workflow commands; controlCharacter for refusing label values.
 */
import { markdownTable } from 'markdown-table';
import { ConfigurationError } from './errors.js';

/**
 * Punctuation that can start a link, an image, HTML, a code span, a table cell, math or strikethrough. Emphasis
 * (`_`, `*`) is left alone: it cannot hide or add content, and metric ids are full of underscores.
 */
const MD_SPECIAL = /[\\`[\]!|<>~&$]/g;

/** Text shown literally in Markdown (also inside a GFM table cell): no link, image, HTML or new line. */
export function mdText(s: string): string {
  return oneLine(s).replace(MD_SPECIAL, (c) =>
    c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : `\\${c}`,
  );
}

/**
 * A code span that holds any text: the fence is one backtick longer than the longest run inside, padded with a
 * space when the text starts or ends with a backtick (CommonMark 6.1). Pipes are escaped for GFM tables.
 */
export function mdCode(s: string): string {
  const text = oneLine(s).replace(/\|/g, '\\|');
  if (text === '') return '` `';
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') || (text.startsWith(' ') && text.endsWith(' ')) ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/**
 * Characters that can forge or hide text: C0 controls, DEL, C1 controls (U+0085 NEL included), the line and
 * paragraph separators U+2028/U+2029, and the bidirectional marks, embeddings, overrides and isolates (U+061C,
 * U+200E/F, U+202A-E, U+2066-9) that reorder what a reader sees. `keep` lists the ones a caller allows.
 */
function isControl(code: number, keep: readonly number[] = []): boolean {
  const bad =
    code < 0x20 ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x061c ||
    code === 0x200e ||
    code === 0x200f ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069);
  return bad && !keep.includes(code);
}

function hex(code: number): string {
  return `\\u${code.toString(16).padStart(4, '0')}`;
}

/** Map every control character (except `keep`) through `to`. */
function mapControls(s: string, to: (code: number) => string, keep: readonly number[] = []): string {
  let out = '';
  for (const ch of s) {
    const code = ch.codePointAt(0) as number;
    out += isControl(code, keep) ? to(code) : ch;
  }
  return out;
}

function oneLine(s: string): string {
  return mapControls(String(s).replace(/(\r\n|[\r\n\u2028\u2029])+/g, ' '), () => '\uFFFD', [0x09]);
}

/** The first control character (other than tab) in a value, as "\uXXXX", or undefined. */
export function controlCharacter(s: string): string | undefined {
  for (const ch of s) {
    const code = ch.codePointAt(0) as number;
    if (isControl(code, [0x09])) return hex(code);
  }
  return undefined;
}

/**
 * Text for a Prometheus alerting rule's label or annotation value, which Prometheus expands as a Go template
 * every time the alert fires: `{{` is written as the template `{{ "{{" }}`, so a value holding one (a service
 * `checkout{{`, a version `v1.{{ .Patch }}`, `{{ with query ... }}`) stays text and never runs.
 */
export function promTemplateText(text: string): string {
  return text.replace(/\{\{/g, '{{ "{{" }}');
}

/** Text safe to print on stdout where the GitHub runner reads workflow commands. */
export function safeLogText(text: string): string {
  return mapControls(String(text).replace(/\r\n?/g, '\n'), hex, [0x09, 0x0a])
    .split('\n')
    .map((line) => (/^\s*(::|##\[)/.test(line) ? line.replace(/^(\s*)/, '$1\\') : line))
    .join('\n');
}

/** Throw a ConfigurationError naming `what` when a one-line value holds a control character. */
export function refuseControlCharacters(value: string | undefined, what: string): void {
  const bad = value === undefined ? undefined : controlCharacter(value);
  if (bad) {
    throw new ConfigurationError(
      `${what} contains the control character ${bad} (a line break, terminal escape or bidirectional override, which could forge log lines, workflow commands or generated files, or hide text): give a single-line value without control characters.`,
    );
  }
}

/** A fenced code block that its content cannot close: the fence is longer than any backtick run inside. */
export function mdFence(lang: string, content: string): string {
  const longest = Math.max(2, ...[...content.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${lang}\n${content}\n${fence}`;
}

/** Column alignment of an mdTable: left as is (''), left, right (numbers) or centre. */
export type MdAlign = '' | 'l' | 'r' | 'c';

/**
 * A GFM table, one line per row (cells not padded to a common width). Does not escape: every cell must already
 * be mdText / mdCode output or text driftgate made.
 */
export function mdTable(header: readonly string[], rows: ReadonlyArray<readonly string[]>, align?: MdAlign[]): string {
  return markdownTable([header, ...rows], { alignDelimiters: false, align: align ?? null });
}

/** A link target: only http(s) URLs, with the characters that could end the Markdown link encoded; else undefined. */
export function mdUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return undefined;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return undefined;
  return u.href.replace(/[()<>\s"'`|[\]]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/**
 * A URL that is copied into generated files (alert links, configs): http(s) only (a `javascript:` runbook is
 * refused), without user-info (credentials are never copied). '' stays ''. Throws naming `input`.
 */
export function withoutUserInfo(url: string, input: string): string {
  if (url.trim() === '') return '';
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    u = new URL('invalid:');
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') {
    throw new ConfigurationError(
      `Input "${input}" is not an http(s) URL (scheme ${JSON.stringify(u.protocol.replace(/:$/, ''))}): give a link such as https://grafana.example.com; it is copied into every alert.`,
    );
  }
  if (u.username === '' && u.password === '') return url.trim();
  u.username = '';
  u.password = '';
  return u.href.replace(/\/$/, url.trim().endsWith('/') ? '/' : '');
}

/**
 * JSON for a file driftgate writes (evidence, reports): JSON.stringify, with the characters it leaves raw that
 * can forge or hide text when the file is shown (DEL and C1 controls, U+2028/U+2029, bidirectional overrides)
 * written as \uXXXX escapes. The result is the same JSON value.
 */
export function jsonText(value: unknown, indent = 2): string {
  return JSON.stringify(value, null, indent).replace(
    /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (c) => hex(c.charCodeAt(0)),
  );
}

/**
 * A JSON file's "schema" value for a message: quoted only when it is a driftgate schema name (driftgate.x/vN, which
 * says which version was given); anything else is the file's content, described and never quoted (a wrong path can
 * be any file).
 */
export function schemaForMessage(value: unknown): string {
  if (typeof value === 'string' && /^driftgate\.[a-z][a-z-]*\/v\d+$/.test(value)) return JSON.stringify(value);
  if (value === undefined || value === null) return 'missing';
  const what =
    typeof value === 'string'
      ? `a ${value.length}-character string`
      : Array.isArray(value)
        ? 'a list'
        : `a ${typeof value}`;
  return `not a driftgate schema (${what}, not quoted)`;
}
