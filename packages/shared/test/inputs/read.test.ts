/** The input reader (shell/inputs/read-inputs.ts) and the comparison's settings (compare-settings.ts): parsed once, typed. */
import { describe, expect, it } from 'vitest';
import { compareSettings, runTimeout } from '../../src/flows/compare/compare-settings.js';
import { type InputSpec, readInputs, referInput } from '../../src/shell/inputs/index.js';

const SPECS = [
  { name: 'service', type: 'line', required: true, description: 'Service.' },
  { name: 'environment', type: 'line', default: 'prod', recorded: true, description: 'Environment.' },
  { name: 'label', type: 'string', default: 'cab-waiver', description: 'Label.' },
  { name: 'comment', type: 'boolean', default: 'true', description: 'Comment.' },
  { name: 'dry-run', type: 'boolean', default: 'false', description: 'Dry run.' },
  { name: 'labels', type: 'list', description: 'Labels.' },
  { name: 'token', type: 'secret', description: 'Token.' },
  { name: 'url', type: 'url', description: 'URL.' },
  { name: 'output-dir', type: 'string', cliDefault: 'out', description: 'Output.' },
] as const satisfies readonly InputSpec[];

function read(raw: Record<string, string | boolean>, cli = false) {
  const secrets: string[] = [];
  const urls: string[] = [];
  const values = readInputs(SPECS, (s) => raw[s.name], {
    refer: referInput,
    secret: (v) => secrets.push(v),
    urlSecrets: (v) => urls.push(v),
    required: (s) => {
      throw new Error(`${s.name} required`);
    },
    cli,
  });
  return { values, secrets, urls };
}

describe('readInputs', () => {
  it('trims, applies static defaults, parses booleans and lists, registers secrets', () => {
    const { values, secrets, urls } = read({
      service: ' checkout ',
      comment: '',
      'dry-run': 'yes',
      labels: 'a, b,,c',
      token: 't0k',
      url: 'http://u:p@h',
    });
    expect(values).toEqual({
      service: 'checkout',
      environment: undefined, // a recording may carry it: the library applies prod after the recording's
      label: 'cab-waiver',
      comment: true,
      'dry-run': true,
      labels: ['a', 'b', 'c'],
      token: 't0k',
      url: 'http://u:p@h',
      'output-dir': undefined,
    });
    expect(secrets).toEqual(['t0k']);
    expect(urls).toEqual(['http://u:p@h']);
  });

  it('the CLI takes its own defaults and booleans as given', () => {
    const { values } = read({ service: 'x', comment: false }, true);
    expect(values['output-dir']).toBe('out');
    expect(values.comment).toBe(false);
  });

  it('one error naming the input, the value and the fix', () => {
    expect(() => read({ service: 'x', comment: 'maybe' })).toThrow(
      'Input "comment" is "maybe": expected true or false.',
    );
    expect(() => read({ service: 'a\nb' })).toThrow(/Input "service" contains the control character/);
    expect(() => read({})).toThrow('service required');
  });
});

describe('compareSettings', () => {
  it('parses tolerance, method, on-inconclusive, waiver and timeout once', () => {
    const s = compareSettings({
      service: 'checkout-api',
      outputDir: 'o',
      tolerance: '15%',
      method: 'mann-whitney',
      onInconclusive: 'pass',
      timeout: '90s',
    });
    expect(s).toMatchObject({ outputDir: 'o', tolerance: 0.15, method: 'mann-whitney', onInconclusive: 'pass' });
    expect(s.timeout).toEqual({ seconds: 90, label: 'Input "timeout" 90s' });
    expect(s.waivers).toBeUndefined();
    expect(runTimeout(undefined)).toEqual({ seconds: 300, label: 'Input "timeout" 5m (default)' });
  });

  it('names the input the way the caller does', () => {
    expect(() => compareSettings({ outputDir: 'o', tolerance: '10' })).toThrow(
      /^Input "tolerance" is "10": a bare number/,
    );
    expect(() => compareSettings({ outputDir: 'o', tolerance: '10' }, (n) => `--${n}`)).toThrow(/^--tolerance is "10"/);
    expect(() => compareSettings({ outputDir: 'o', method: 'bayes' }, (n) => `--${n}`)).toThrow(
      '--method is "bayes": expected one of drift-interval, mean-threshold, mann-whitney, newey-west.',
    );
    expect(() => compareSettings({ outputDir: 'o', timeout: '7h' })).toThrow(/^Input "timeout" is "7h": at most 6h/);
    // The service is given or a recording carries it: neither is refused here, before any query.
    expect(() => compareSettings({ outputDir: 'o' }, (n) => `--${n}`)).toThrow(/^--service is required/);
    expect(compareSettings({ outputDir: 'o', metricsFile: 'rec.json' }).service).toBeUndefined();
  });
});
