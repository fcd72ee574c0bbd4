/**
 * The comparison's boundary and decision: compareInputSettings (the one mapping of the perf-baseline-compare
 * inputs, for the action and `driftgate compare`) and compareDecision (the gate's pass/fail, pure).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gateFailed } from '../../src/core/model/comparison.js';
import {
  type CompareValues,
  compareDecision,
  compareInputSettings,
  compareSettings,
  runCompare,
} from '../../src/flows/compare/index.js';

const flag = (name: string) => `--${name}`;
const ctx = { commit: 'abc123', outputDir: 'out', cwd: '/ws' };

function values(v: Partial<CompareValues>): CompareValues {
  return { environment: undefined, ...v } as CompareValues;
}

describe('compareInputSettings', () => {
  it('maps the inputs once: typed choices, the source, the clock, the run', () => {
    const s = compareInputSettings(
      values({
        service: 'checkout-api',
        'prometheus-url': 'http://127.0.0.1:9090',
        'baseline-version': 'v1',
        tolerance: '15%',
        method: 'mann-whitney',
        'on-inconclusive': 'pass',
        slo: 'warn',
        timeout: '90s',
        now: '1764000000',
        record: 'rec.json',
      }),
      flag,
      { ...ctx, awsRegion: 'eu-west-1', run: { url: 'https://run' } },
    );
    expect(s).toMatchObject({
      service: 'checkout-api',
      prometheusUrl: 'http://127.0.0.1:9090',
      awsRegion: 'eu-west-1',
      baselineVersion: 'v1',
      candidateVersion: 'abc123',
      tolerance: 0.15,
      method: 'mann-whitney',
      onInconclusive: 'pass',
      slo: 'warn',
      timeout: { seconds: 90 },
      now: 1764000000,
      record: 'rec.json',
      outputDir: 'out',
      cwd: '/ws',
      run: { url: 'https://run' },
    });
  });

  it('the commit is the candidate only for live data: not with a recording, nor by window', () => {
    const live = compareInputSettings(values({ service: 's', 'prometheus-url': 'http://h:9090' }), flag, ctx);
    expect(live.candidateVersion).toBe('abc123');
    const recorded = compareInputSettings(values({ 'metrics-file': 'rec.json' }), flag, ctx);
    expect(recorded.candidateVersion).toBeUndefined();
    expect(recorded.service).toBeUndefined();
    const byWindow = compareInputSettings(
      values({
        service: 's',
        'prometheus-url': 'http://h:9090',
        'candidate-window': '-1h..now',
        'baseline-window': '-25h..-24h',
      }),
      flag,
      ctx,
    );
    expect(byWindow.candidateVersion).toBeUndefined();
    const given = compareInputSettings(values({ service: 's', 'candidate-version': 'v2' }), flag, ctx);
    expect(given.candidateVersion).toBe('v2');
  });

  it('refuses no service and no recording at the boundary, naming the input the way the caller does', () => {
    expect(() => compareInputSettings(values({ 'prometheus-url': 'http://h:9090' }), flag, ctx)).toThrow(
      /^--service is required: the value of the service label \(e\.g\. checkout-api\), or a recording/,
    );
    expect(() =>
      compareInputSettings(values({ 'prometheus-url': 'http://h:9090' }), (n) => `Input "${n}"`, ctx),
    ).toThrow(/^Input "service" is required/);
    expect(() => compareInputSettings(values({ service: 's', now: 'soon' }), flag, ctx)).toThrow(/^--now/);
  });
});

describe('a recording that names no service', () => {
  it('fails naming the service input and the recording, before any query', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'driftgate-noservice-'));
    try {
      const demo = new URL('../../../cli/demo/compare-recording.json', import.meta.url);
      const recording = JSON.parse(readFileSync(demo, 'utf8')) as { defaults: Record<string, unknown> };
      delete recording.defaults.service;
      writeFileSync(join(dir, 'rec.json'), JSON.stringify(recording));
      const settings = compareSettings({ metricsFile: 'rec.json', outputDir: 'out', cwd: dir });
      await expect(runCompare(settings)).rejects.toThrow(
        'Input "service" is empty and the recording "rec.json" names no service: give the value of the service label (e.g. checkout-api).',
      );
      const flags = compareSettings({ metricsFile: 'rec.json', outputDir: 'out', cwd: dir }, flag);
      await expect(runCompare(flags)).rejects.toThrow(/^--service is empty and the recording "rec.json"/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('compareDecision', () => {
  const c = (verdict: 'pass' | 'fail' | 'inconclusive', onInconclusive: 'fail' | 'pass' = 'fail') => ({
    verdict,
    onInconclusive,
    headline: `headline ${verdict}`,
  });

  it.each([
    [c('pass'), {}, false, 'pass'],
    [c('fail'), {}, true, 'regression'],
    [c('fail'), { failOnRegression: true }, true, 'regression'],
    [c('fail'), { failOnRegression: false }, false, 'regression-reported'],
    [c('inconclusive'), {}, true, 'inconclusive'],
    [c('inconclusive', 'pass'), {}, false, 'inconclusive-passed'],
    [c('inconclusive'), { passInconclusive: true }, false, 'inconclusive-passed'],
    [c('inconclusive', 'pass'), { failOnRegression: false }, false, 'inconclusive-passed'],
  ] as const)('%j with %j: failed %s (%s)', (comparison, policy, failed, reason) => {
    const d = compareDecision(comparison, policy);
    expect(d).toEqual({ failed, reason, headline: comparison.headline });
  });

  it("agrees with the check run's gateFailed under the default policy", () => {
    for (const comparison of [c('pass'), c('fail'), c('inconclusive'), c('inconclusive', 'pass')]) {
      expect(compareDecision(comparison).failed).toBe(gateFailed(comparison));
    }
  });
});
