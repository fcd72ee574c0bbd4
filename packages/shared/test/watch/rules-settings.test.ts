/**
 * The production watch's settings (flows/watch/rules-settings.ts): the drift-rules inputs, read through their spec as
 * the action and the CLI read them, parsed once into typed settings, with every mistake named the caller's way.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type RulesValues, rulesSettings, runRules, watchRulesOutput } from '../../src/flows/watch/index.js';
import { cliOptions, RULES_INPUTS, readInputs, referInput } from '../../src/shell/inputs/index.js';

const cwd = mkdtempSync(join(tmpdir(), 'driftgate-rules-settings-'));
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

const flag = (name: string) => `--${name}`;

/** The values as read.ts yields them from the raw inputs (the CLI's flags: cli = true). */
function values(raw: Record<string, string | boolean>, cli = false): RulesValues {
  return readInputs(cli ? cliOptions(RULES_INPUTS) : RULES_INPUTS.filter((s) => !('only' in s)), (s) => raw[s.name], {
    refer: cli ? flag : referInput,
    secret: () => {},
    urlSecrets: () => {},
    // The action requires service (the runner's reader); the CLI can take it from a recording.
    ...(cli
      ? {}
      : {
          required: (s: { name: string }) => {
            throw new Error(`${s.name} required`);
          },
        }),
    cli,
  }) as RulesValues;
}

describe('rulesSettings', () => {
  it('types the inputs once: publish a choice, max-rules-per-group a number, headers a map, now seconds', () => {
    const s = rulesSettings(
      values(
        {
          service: 'checkout-api',
          'prometheus-url': 'http://127.0.0.1:9090',
          'baseline-version': 'v1',
          'baseline-window': '-2h..-1h',
          publish: 'ruler',
          'ruler-url': 'http://127.0.0.1:8080',
          'ruler-headers': 'X-Scope-OrgID: platform',
          'max-rules-per-group': '7',
          now: '1764000000',
          'dry-run': 'true',
        },
        true,
      ),
      flag,
      { cwd, awsRegion: 'eu-west-1' },
    );
    expect(s.rules).toMatchObject({
      service: 'checkout-api',
      prometheusUrl: 'http://127.0.0.1:9090',
      baselineVersion: 'v1',
      baselineWindow: '-2h..-1h',
      awsRegion: 'eu-west-1',
      now: 1764000000,
      cwd,
    });
    expect(s.publish).toMatchObject({
      publish: 'ruler',
      rulerUrl: 'http://127.0.0.1:8080',
      rulerHeaders: { 'X-Scope-OrgID': 'platform' },
      maxRulesPerGroup: 7,
      awsRegion: 'eu-west-1',
      cwd,
    });
    expect(s.publish.defaultOutput).toBeUndefined();
    expect(s.dryRun).toBe(true);
  });

  it('the service is given, or a recording carries it; neither fails at the boundary, naming the input', () => {
    const recorded = rulesSettings(values({ 'metrics-file': 'rec.json' }, true), flag, { cwd });
    expect(recorded.rules).toMatchObject({ metricsFile: 'rec.json' });
    expect(recorded.rules.service).toBeUndefined();
    expect(() => rulesSettings(values({ 'prometheus-url': 'http://h:9090' }, true), flag, { cwd })).toThrow(
      /^--service is required: the value of the service label \(e\.g\. checkout-api\)/,
    );
  });

  it.each([
    [{ publish: 'ftp' }, /^Input "publish" is "ftp": expected file, amp or ruler\.$/, /^--publish is "ftp"/],
    [
      { 'max-rules-per-group': '-1' },
      /^Input "max-rules-per-group" is "-1": expected a whole number of rules/,
      /^--max-rules-per-group is "-1"/,
    ],
    [{ 'max-rules-per-group': '2.5' }, /^Input "max-rules-per-group" is "2.5"/, /^--max-rules-per-group is "2.5"/],
    [{ 'promoted-at': 'yesterday-ish' }, /^Input "promoted-at"/, /^--promoted-at/],
    [{ 'promoted-at': '+2h' }, /^Input "promoted-at".*in the future/, /^--promoted-at.*in the future/],
    [{ 'ruler-headers': 'no colon here' }, /^Input "ruler-headers"/, /^Input "ruler-headers"/],
    [
      { output: 'rec.json', 'metrics-file': 'rec.json' },
      /^Input "output" is "rec.json", the same file as input "metrics-file"/,
      /^Input "output"/,
    ],
  ] as Array<[Record<string, string>, RegExp, RegExp]>)(
    'refuses %j before any work, naming the input',
    (raw, action, cli) => {
      const given = { service: 'x', 'metrics-file': 'r.json', ...raw };
      expect(() => rulesSettings(values(given), referInput, { cwd, defaultOutput: true })).toThrow(action);
      expect(() => rulesSettings(values(given, true), flag, { cwd })).toThrow(cli);
    },
  );

  it("the action's default output is ops/rules/driftgate-<service>-<environment>.yml; the CLI asks for --output", () => {
    const action = rulesSettings(values({ service: 'checkout-api', 'metrics-file': 'r.json' }), referInput, {
      cwd,
      defaultOutput: true,
    });
    expect(watchRulesOutput(action.publish, 'checkout-api', 'prod')).toBe(
      join('ops', 'rules', 'driftgate-checkout-api-prod.yml'),
    );
    expect(watchRulesOutput({ ...action.publish, publish: 'amp' }, 'checkout-api', 'prod')).toBeUndefined();
    const cli = rulesSettings(values({ service: 'checkout-api', 'metrics-file': 'r.json' }, true), flag, { cwd });
    expect(watchRulesOutput(cli.publish, 'checkout-api', 'prod')).toBeUndefined();
    expect(watchRulesOutput({ ...cli.publish, output: 'r.yml' }, 'checkout-api', 'prod')).toBe('r.yml');
  });

  it('a recording that names no service fails naming the input and the recording, before any query', async () => {
    const demo = new URL('../../../cli/demo/compare-recording.json', import.meta.url);
    const recording = JSON.parse(readFileSync(demo, 'utf8')) as { defaults: Record<string, unknown> };
    delete recording.defaults.service;
    writeFileSync(join(cwd, 'noservice.json'), JSON.stringify(recording));
    const s = rulesSettings(values({ 'metrics-file': 'noservice.json' }, true), flag, { cwd });
    await expect(runRules(s.rules)).rejects.toThrow(
      'Input "service" is empty and the recording "noservice.json" names no service: give the value of the service label (e.g. checkout-api).',
    );
  });
});
