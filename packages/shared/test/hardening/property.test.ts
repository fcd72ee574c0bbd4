/**
 * Issue 23, the property (fast-check, fixed seed, bounded runs): no string that reaches stdout, a job summary,
 * a rule file, an Alertmanager config on stdout or an evidence file holds a registered secret (in any form it can take:
 * raw, JSON-, HTML-, Markdown- or URL-escaped, Base64, inside a header block or a URL) or an unescaped control
 * character (C0 but newline and tab, DEL, C1, U+2028/U+2029, bidirectional overrides).
 *
 * Each channel is exercised through the function that writes it: shell/action/logger.ts safeInfo (stdout), redact of
 * mdText Markdown (summaries), core/watch/prometheus-rules.ts + publishRules' redaction (rule files), the CLI stdout's
 * redaction of renderAlertmanagerConfig (a configuration holding a secret input is only written to --output, 0600),
 * flows/bake/evidence.ts serializeVerification (perf_verification.json).
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { resolveBakeSettings } from '../../src/core/bake/bake-settings.js';
import { defaultConfig } from '../../src/core/config.js';
import { controlCharacter, mdText } from '../../src/core/escape.js';
import { addSecret, addUrlSecrets, clearSecrets, holdsSecret, redact } from '../../src/core/redact.js';
import { buildAlertmanagerConfig, renderAlertmanagerConfig } from '../../src/core/watch/alertmanager.js';
import { buildRules, combinedFile, renderRuleFile } from '../../src/core/watch/prometheus-rules.js';
import { serializeVerification, type Verification } from '../../src/flows/bake/evidence.js';
import { safeInfo } from '../../src/shell/action/logger.js';

const PARAMS = { seed: 23, numRuns: 150 } as const;

/** Secrets as users have them: tokens, with the punctuation that escaping changes (" \ / + = < | `). */
const secret = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_"\\/+=<>|`&.-]{9,31}$/);

/** Every way a secret is registered (which input it came from). */
const registration = fc.constantFrom<
  'token' | 'header' | 'bearer' | 'basic' | 'url-query' | 'url-userinfo' | 'webhook'
>('token', 'header', 'bearer', 'basic', 'url-query', 'url-userinfo', 'webhook');

/** Hostile text around it: control characters, line breaks, workflow commands, template actions. */
const hostile = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom(
    '\n::notice::x',
    '\r\n::error::y',
    '\u2028',
    '\u202E',
    '\u0085',
    '\u001b[31m',
    '{{ .Value }}',
    '##[group]',
  ),
);

/** The form a server or a serializer writes the secret back in. */
const echo = fc.constantFrom<(s: string) => string>(
  (s) => s,
  (s) => JSON.stringify(s).slice(1, -1),
  (s) => JSON.stringify(JSON.stringify(s)).slice(1, -1),
  (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'),
  (s) => encodeURIComponent(s),
  (s) => Buffer.from(s).toString('base64'),
  (s) => `Bearer ${s}`,
);

function register(kind: string, s: string): void {
  const q = encodeURIComponent(s);
  switch (kind) {
    case 'token':
      addSecret(s);
      break;
    case 'header':
      addSecret(`X-Scope-OrgID: tenant-1\nAuthorization: ${s}`);
      break;
    case 'bearer':
      addSecret(`Bearer ${s}`);
      break;
    case 'basic':
      addSecret(`Basic ${Buffer.from(`bot:${s}`).toString('base64')}`);
      break;
    case 'url-query':
      addUrlSecrets(`https://prom.example.com/api/v1?token=${q}`);
      break;
    case 'url-userinfo':
      addUrlSecrets(`https://bot:${q}@prom.example.com/`);
      break;
    case 'webhook':
      addSecret(`https://hooks.slack.com/services/${q}`);
      break;
  }
}

/** The message a hostile server or user puts together: text, the echoed secret, text. */
const message = fc.tuple(hostile, echo, hostile).map(
  ([a, e, b]) =>
    (s: string) =>
      `${a} said ${e(s)} ${b}`,
);

/** Control characters other than newline and tab, outside escapes. */
function rawControl(text: string): string | undefined {
  return controlCharacter(text.replace(/[\n\t]/g, ' '));
}

afterEach(() => clearSecrets());

describe('no output holds a registered secret or an unescaped control character (fast-check, seed 23)', () => {
  it('stdout (action logger) and job summaries (Markdown)', () => {
    fc.assert(
      fc.property(secret, registration, message, (s, kind, say) => {
        clearSecrets();
        register(kind, s);
        const text = say(s);
        const stdout = safeInfo(text);
        expect(holdsSecret(stdout), stdout).toBe(false);
        expect(rawControl(stdout), stdout).toBeUndefined();
        for (const line of stdout.split('\n')) expect(line).not.toMatch(/^\s*(::|##\[)/);
        const summary = redact(mdText(text));
        expect(holdsSecret(summary), summary).toBe(false);
        expect(rawControl(summary), summary).toBeUndefined();
      }),
      PARAMS,
    );
  });

  it('evidence files (perf_verification.json)', () => {
    fc.assert(
      fc.property(secret, registration, message, (s, kind, say) => {
        clearSecrets();
        register(kind, s);
        const text = say(s);
        const v = {
          schema: 'driftgate.verification/v2',
          service: 'checkout-api',
          headline: text,
          actions: { notifications: [{ kind: 'slack', what: 'verdict', ok: false, detail: text }], tickets: [] },
          run: { url: `https://github.com/acme/shop/actions/runs/1?x=${encodeURIComponent(text)}` },
        } as unknown as Verification;
        const file = serializeVerification(v);
        expect(holdsSecret(file), file).toBe(false);
        expect(rawControl(file), file).toBeUndefined();
        expect(typeof JSON.parse(file).headline).toBe('string');
      }),
      PARAMS,
    );
  });

  it('rule files and Alertmanager configs', () => {
    const config = { ...defaultConfig(), budgetPerHour: 10 };
    const bake = resolveBakeSettings({}, {}, config.metrics, config.resolution);
    fc.assert(
      fc.property(
        secret,
        registration,
        message,
        fc.string({ minLength: 1, maxLength: 16 }).filter((x) => controlCharacter(x) === undefined),
        (s, kind, say, service) => {
          clearSecrets();
          register(kind, s);
          // Identifiers with control characters are refused at the input; any other text reaches the rules.
          const version = say(s).replace(/[\s\S]/g, (c) => (controlCharacter(c) ? '_' : c));
          const rules = buildRules({
            service,
            environment: 'prod',
            config,
            bake,
            baseline: { version, promotedAt: '2026-11-27T09:00:00Z', values: { latency_p95_read: 0.2 } },
            links: {
              runbook: 'https://example.com/runbook',
              grafanaUrl: 'https://grafana.example.com',
              dashboardUid: 'x',
            },
            codedeploy: { application: `{{ ${service}`, deploymentGroup: 'prod' },
          });
          // publishRules redacts the text before it goes anywhere (io/publish/rules-publish.ts).
          const file = redact(renderRuleFile(combinedFile(rules), `rules for ${service}`));
          expect(holdsSecret(file)).toBe(false);
          expect(rawControl(file)).toBeUndefined();
          // Alerting rules' labels and annotations are Go templates (recording rules' labels are not).
          type Rule = { alert?: string; labels?: Record<string, string> };
          for (const r of (parse(file).groups as Array<{ rules: Rule[] }>).flatMap((g) => g.rules)) {
            if (!r.alert) continue;
            for (const value of Object.values(r.labels ?? {})) {
              expect(String(value).replace(/\{\{ "\{\{" \}\}/g, '')).not.toContain('{{');
            }
          }
          const am = redact(
            renderAlertmanagerConfig(
              buildAlertmanagerConfig({
                labels: config.labels,
                topics: {
                  critical: 'arn:aws:sns:us-east-1:123456789012:critical',
                  warning: 'arn:aws:sns:us-east-1:123456789012:warning',
                },
                snsApiUrl: `https://sns.example.com/?token=${encodeURIComponent(s)}`,
              }),
            ),
          );
          expect(holdsSecret(am)).toBe(false);
          expect(rawControl(am)).toBeUndefined();
        },
      ),
      { ...PARAMS, numRuns: 60 },
    );
  });
});
