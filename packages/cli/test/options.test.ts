/** The CLI's options from the input specs (options.ts) and the exit status of an unreachable source (main.ts). */
import { isUnreachable, SourceError } from '@driftgate/shared';
import { COMPARE_INPUTS, VERIFY_INPUTS } from '@driftgate/shared/inputs';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { addOptions, optionValues, renderInputs } from '../src/options.js';

describe('renderInputs', () => {
  it('names this command’s inputs as flags, never a value', () => {
    expect(renderInputs('Input "candidate-window" is "yesterday": expected START..END', COMPARE_INPUTS)).toBe(
      '--candidate-window is "yesterday": expected START..END',
    );
    expect(
      renderInputs(
        'Inputs "baseline-version" and "candidate-version" are both "v1-twin" over the same window',
        COMPARE_INPUTS,
      ),
    ).toBe('--baseline-version and --candidate-version are both "v1-twin" over the same window');
    expect(renderInputs('no series for {service="checkout-api",env="prod"}', COMPARE_INPUTS)).toBe(
      'no series for {service="checkout-api",env="prod"}',
    );
    expect(renderInputs('Input "service" is "environment": a value, not a flag', COMPARE_INPUTS)).toBe(
      '--service is "environment": a value, not a flag',
    );
    expect(renderInputs('Input "promote" is "x"', VERIFY_INPUTS)).toBe('--no-promote is "x"');
  });
});

describe('options from the spec', () => {
  it('every CLI entry is an option; --no-promote is the input promote; values beginning with "-" are values', () => {
    const cmd = new Command('verify').exitOverride();
    addOptions(cmd, VERIFY_INPUTS);
    cmd.parse(['--no-promote', '--baseline-window', '-1h..now', '--fail-on', 'none'], { from: 'user' });
    expect(optionValues(cmd, VERIFY_INPUTS)).toEqual({
      promote: false,
      'baseline-window': '-1h..now',
      'fail-on': 'none',
    });
    expect(cmd.options.map((o) => o.long)).not.toContain('--jira-token'); // action-only
  });
});

describe('isUnreachable', () => {
  it('a SourceError or a network failure is 4; a recording without the query is a usage error', () => {
    expect(isUnreachable(new SourceError('down'))).toBe(true);
    expect(isUnreachable(new SourceError('not in the file', { errorType: 'not_recorded' }))).toBe(false);
    expect(isUnreachable(new Error('x', { cause: Object.assign(new Error('c'), { code: 'ECONNREFUSED' }) }))).toBe(
      true,
    );
    expect(
      isUnreachable(Object.assign(new Error('GitHub API GET /x answered 503'), { name: 'HttpError', status: 503 })),
    ).toBe(true);
    expect(isUnreachable(Object.assign(new Error('Not Found'), { name: 'HttpError', status: 404 }))).toBe(false);
    expect(isUnreachable(new Error('bug'))).toBe(false);
  });
});
