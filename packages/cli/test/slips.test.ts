/**
 * The CLI behaves like one on long work and around the repository: progress lines by default and the queries
 * with -v (not one line per HTTP attempt), --no-promote's help says what it does, and what the commands write
 * by default (and the README's examples) stays out of git status.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ACTION_INPUTS, DASHBOARDS_INPUTS, DEMO_INPUTS, RECORDING_OUTPUT } from '@driftgate/shared/inputs';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { consoleLogger } from '../src/main.js';
import { addOptions } from '../src/options.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');

describe('the console logger', () => {
  const lines = (verbose: boolean, debug = false) => {
    const out: string[] = [];
    const logger = consoleLogger(verbose, [], { debug, write: (l) => out.push(l) });
    logger.info('Baseline v1.41.0: 9 metrics');
    logger.debug(
      'query_range: sum(rate(errors_total{service="checkout-api"}[1m15s])) [1795179600..1795183200 step 60]',
    );
    logger.debug('POST http://127.0.0.1:9090/api/v1/query_range (attempt 1 of 5)');
    logger.progress?.('+1m 14:01:00Z  no data for any metric  rules: ratio ok, slo ok, drift ok');
    logger.warning('careful');
    return out;
  };

  it('by default: progress, warnings and errors only', () => {
    expect(lines(false)).toEqual([
      '+1m 14:01:00Z  no data for any metric  rules: ratio ok, slo ok, drift ok',
      'warning: careful',
    ]);
  });

  it('-v: the steps and the queries, not a line per HTTP attempt', () => {
    const out = lines(true);
    expect(out).toContain('Baseline v1.41.0: 9 metrics');
    expect(out.some((l) => l.startsWith('debug: query_range: sum(rate(errors_total'))).toBe(true);
    expect(out.join('\n')).not.toMatch(/debug: POST/);
  });

  it('DRIFTGATE_DEBUG=1 adds every HTTP attempt', () => {
    expect(lines(true, true)).toContain('debug: POST http://127.0.0.1:9090/api/v1/query_range (attempt 1 of 5)');
  });
});

it("--no-promote's help says what turning promotion off does", () => {
  const cmd = new Command();
  addOptions(cmd, ACTION_INPUTS['post-deploy-verify']);
  const help = cmd.helpInformation().replace(/\s+/g, ' ');
  expect(help).toMatch(/--no-promote Do not promote a passing version to the baseline store/);
  expect(help).not.toMatch(/--no-promote On pass, promote/);
});

describe('what the CLI writes by default stays out of git status', () => {
  const ignored = (path: string) => {
    try {
      execFileSync('git', ['check-ignore', '-q', '--no-index', path], { cwd: ROOT });
      return true;
    } catch {
      return false;
    }
  };

  it('every default output of a command is git-ignored (dashboards no longer default to ops/dashboards/)', () => {
    const outputs = [
      ...DASHBOARDS_INPUTS,
      ...DEMO_INPUTS,
      RECORDING_OUTPUT,
      ...ACTION_INPUTS['post-deploy-verify'],
      ...ACTION_INPUTS['perf-baseline-compare'],
    ].filter((s) => 'cliDefault' in s && /^output/.test(s.name));
    expect(outputs.length).toBeGreaterThanOrEqual(5);
    for (const s of outputs) {
      const path = (s as { cliDefault: string }).cliDefault;
      expect(path).not.toMatch(/^ops\//);
      expect(ignored(path.endsWith('.json') ? path : `${path}/x.json`), path).toBe(true);
    }
  });

  it("the README's CLI examples write only into ignored paths", () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const written = [...readme.matchAll(/^node packages\/cli\/dist\/index\.js .*?--output(?:-dir)? (\S+)/gm)].map(
      (m) => m[1] as string,
    );
    expect(written.length).toBeGreaterThan(0);
    for (const path of written) if (path !== 'ops/dashboards') expect(ignored(path), path).toBe(true);
  });
});
