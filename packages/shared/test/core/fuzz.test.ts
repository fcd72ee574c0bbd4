/**
 * Fuzz tests of the input and config parsers and of the escaping and redaction functions (issue 13), with
 * fast-check: a fixed seed and a bounded number of runs, so they are part of the normal, deterministic suite.
 *
 * Properties: every parser either returns a value or throws a ConfigurationError (never a TypeError, a
 * ReferenceError or a hang); errors never quote a registered secret; escaped Markdown never opens a link, an
 * image, HTML or a new line; safe log text never starts a workflow command; redacted text never holds a secret.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePercent, resolveConfig } from '../../src/core/config.js';
import { isConfigurationError } from '../../src/core/errors.js';
import { controlCharacter, mdCode, mdText, safeLogText } from '../../src/core/escape.js';
import { addSecret, redact } from '../../src/core/redact.js';
import { parseTime, parseWindow } from '../../src/core/time.js';
import { parseWaiverInput } from '../../src/core/waiver/apply.js';
import { loadConfig } from '../../src/io/config/config-file.js';
import { parseHeaders } from '../../src/io/sources/prometheus.js';
import { parseWaiverYaml } from '../../src/io/waiver/waiver-files.js';

const PARAMS = { seed: 13, numRuns: 300 } as const;
const NOW = 1_796_000_000;

/** Returns normally or throws a ConfigurationError: anything else is a crash the user cannot act on. */
function parsesOrRefuses(fn: () => unknown): void {
  try {
    fn();
  } catch (e) {
    if (!isConfigurationError(e)) throw e;
  }
}

async function parsesOrRefusesAsync(fn: () => Promise<unknown>): Promise<void> {
  try {
    await fn();
  } catch (e) {
    if (!isConfigurationError(e)) throw e;
  }
}

/** Strings biased towards the syntax the parsers care about. */
const tricky = fc.oneof(
  fc.string(),
  fc.stringMatching(/^-?\d{1,4}(\.\d{1,3})?%?$/),
  fc.stringMatching(/^(now)?[+-]?\d{1,5}[smhdw]?(\.\.(now|-?\d{1,5}[smhdw]?))?$/),
  fc.constantFrom(
    '10',
    '10%',
    '0.1',
    '1e3',
    'NaN',
    'Infinity',
    '-5%',
    '',
    ' ',
    '%',
    '1000%',
    '1001%',
    '..',
    'now..now',
  ),
);

describe('parsers never crash (fast-check, seed 13)', () => {
  it('parsePercent: a fraction in (0, 10], or a ConfigurationError; bare numbers >= 1 always refused', async () => {
    fc.assert(
      fc.property(fc.oneof(tricky, fc.double(), fc.integer()), (v) => {
        try {
          const r = parsePercent(v, 'x');
          expect(r > 0 && r <= 10).toBe(true);
          if (typeof v === 'number') expect(v).toBeLessThan(1);
          if (typeof v === 'string' && !v.includes('%')) expect(Number(v)).toBeLessThan(1);
        } catch (e) {
          if (!isConfigurationError(e)) throw e;
        }
      }),
      PARAMS,
    );
  });

  it('parseTime / parseWindow: a time, a window of at most 31 days, or a ConfigurationError', async () => {
    fc.assert(
      fc.property(tricky, tricky, (a, b) => {
        parsesOrRefuses(() => parseTime(a, NOW, 'Input "now"'));
        try {
          const w = parseWindow(`${a}..${b}`, NOW, 'Input "candidate-window"');
          expect(w.end).toBeGreaterThan(w.start);
          expect(w.end - w.start).toBeLessThanOrEqual(31 * 86400);
        } catch (e) {
          if (!isConfigurationError(e)) throw e;
        }
      }),
      PARAMS,
    );
  });

  it('parseHeaders: header values never appear in its error messages', async () => {
    const value = fc.stringMatching(/^[A-Za-z0-9+/=._-]{8,24}$/);
    fc.assert(
      fc.property(fc.string(), value, fc.constantFrom('json', 'lines'), (name, v, form) => {
        const text = form === 'json' ? `{"${name}": "${v}", "X": "${v}"}` : `${name}: ${v}\nX-Other: ${v}`;
        try {
          parseHeaders(text);
        } catch (e) {
          if (!isConfigurationError(e)) throw e;
          expect(e.message).not.toContain(v);
        }
      }),
      PARAMS,
    );
  });

  it('parseWaiverInput: waivers or a ConfigurationError, for any JSON', async () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.string()), (text) => parsesOrRefuses(() => parseWaiverInput(text))),
      PARAMS,
    );
  });

  it('config: resolveConfig of any JSON value, and loadConfig of any YAML text, never crash', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dg-fuzz-'));
    const yamlish = fc.oneof(
      fc.string(),
      fc
        .array(fc.tuple(fc.constantFrom('tolerance', 'method', 'metrics', 'labels', 'a', '&x a', 'b'), fc.string()))
        .map((kv) => kv.map(([k, v]) => `${k}: ${v}`).join('\n')),
      fc.constant('a: &a [x, x]\nb: [*a, *a, *a]\nc: *b'),
    );
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), (v) => parsesOrRefusesAsync(() => resolveConfig(v as never, 'fuzz.yml'))),
      PARAMS,
    );
    await fc.assert(
      fc.asyncProperty(yamlish, async (text) => {
        writeFileSync(join(dir, 'fuzz.yml'), text);
        await parsesOrRefusesAsync(() => loadConfig('fuzz.yml', dir));
      }),
      PARAMS,
    );
  });

  it('waiver YAML: a waiver or problems, never a throw', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string(), async (text) => {
        const r = await parseWaiverYaml(text, 'fuzz.yml');
        expect(r.waiver !== undefined || (r.problems?.length ?? 0) > 0).toBe(true);
      }),
      PARAMS,
    );
  });
});

describe('escaping and redaction hold for any string (fast-check, seed 13)', () => {
  const hostile = fc.oneof(
    fc.string(),
    fc.string({ unit: fc.constantFrom('`', '[', ']', '(', ')', '!', '<', '>', '|', '\n', '\r', ':', '#', 'a', ' ') }),
  );

  it('mdText: one line, and no unescaped backtick, bracket, bang, pipe or angle bracket', async () => {
    fc.assert(
      fc.property(hostile, (s) => {
        const out = mdText(s);
        expect(out).not.toMatch(/[\r\n]/);
        expect(out.replace(/\\[\\`[\]!|~$]/g, '')).not.toMatch(/[`[\]!|<>]/);
      }),
      PARAMS,
    );
  });

  it('mdCode: one code span whose fence is longer than any backtick run inside', async () => {
    fc.assert(
      fc.property(hostile, (s) => {
        const out = mdCode(s);
        expect(out).not.toMatch(/[\r\n]/);
        const fence = /^`+/.exec(out)?.[0] as string;
        expect(out.endsWith(fence)).toBe(true);
        const inner = out.slice(fence.length, out.length - fence.length);
        const runs = [...inner.matchAll(/`+/g)].map((m) => m[0].length);
        expect(runs.every((n) => n !== fence.length)).toBe(true);
      }),
      PARAMS,
    );
  });

  it('safeLogText: no line starts a workflow command, and no control character but tab and newline', async () => {
    fc.assert(
      fc.property(hostile, (s) => {
        const out = safeLogText(s);
        for (const line of out.split('\n')) expect(line.trimStart()).not.toMatch(/^(::|##\[)/);
        expect(controlCharacter(out.replace(/\n/g, ''))).toBeUndefined();
      }),
      PARAMS,
    );
  });

  it('redact: a registered secret, its Bearer token and its base64 form never survive', async () => {
    const secret = fc.stringMatching(/^[A-Za-z0-9_-]{6,20}$/);
    fc.assert(
      fc.property(secret, fc.string(), fc.string(), (s, before, after) => {
        addSecret(`Bearer ${s}`);
        const b64 = Buffer.from(s).toString('base64');
        const out = redact(`${before}${s}${after} Authorization: Bearer ${s} ${b64}`);
        expect(out).not.toContain(s);
        expect(out).not.toContain(b64);
      }),
      { ...PARAMS, numRuns: 100 },
    );
  });
});
