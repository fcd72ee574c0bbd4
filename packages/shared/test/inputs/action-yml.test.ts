/**
 * Each action.yml's inputs: agree with its input spec (packages/shared/src/inputs/): names in order,
 * descriptions, required and defaults. `npm run action-inputs` rewrites them from the spec.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  ACTION_INPUTS,
  actionInputs,
  cliOptions,
  flagName,
  type InputSpec,
  staticDefault,
} from '../../src/shell/inputs/index.js';

const ROOT = join(import.meta.dirname, '..', '..', '..', '..');

interface YamlInput {
  description?: string;
  required?: boolean;
  default?: string;
}

describe.each(Object.entries(ACTION_INPUTS))('%s/action.yml inputs', (action, specs) => {
  const yml = parse(readFileSync(join(ROOT, 'actions', action, 'action.yml'), 'utf8')) as {
    inputs: Record<string, YamlInput>;
  };
  const inputs = actionInputs(specs);

  it('has the spec inputs, in the spec order', () => {
    expect(Object.keys(yml.inputs)).toEqual(inputs.map((s) => s.name));
  });

  it.each(inputs.map((s) => [s.name, s] as [string, InputSpec]))('%s: description, required, default', (name, s) => {
    const y = yml.inputs[name] as YamlInput;
    expect(y.description).toBe(s.description);
    expect(y.required ?? false).toBe(s.required ?? false);
    expect(y.default).toBe(s.required ? undefined : s.recorded ? '' : (s.default ?? ''));
  });

  // The runner injects every default whether the workflow gives the input or not: a default must be the value
  // the code applies to an empty input anyway, never one that overrides a recording, the store or the clock.
  it.each(inputs.filter((s) => !s.required).map((s) => [s.name, s] as [string, InputSpec]))(
    '%s: its action.yml default is what an empty input means',
    (name, s) => {
      const y = yml.inputs[name] as YamlInput;
      if (y.default === '' || y.default === undefined) return;
      if (y.default.includes('${{')) expect(y.default).toBe(s.default);
      else expect(staticDefault(s)).toBe(y.default);
      expect(s.recorded ?? false).toBe(false);
    },
  );
});

describe('input specs', () => {
  it.each(Object.entries(ACTION_INPUTS))('%s: unique names and flags, choices only on choice inputs', (_a, specs) => {
    const names = specs.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
    const flags = cliOptions(specs).map(flagName);
    expect(new Set(flags).size).toBe(flags.length);
    for (const s of specs) expect(s.choices === undefined || s.type === 'choice').toBe(true);
    for (const s of specs) expect(s.description.trim()).toBe(s.description);
  });

  it('a boolean flag that defaults to true is --no-<name> on the command line', () => {
    for (const s of Object.values(ACTION_INPUTS).flat()) {
      if (s.type === 'boolean' && s.default === 'true' && s.only !== 'action') expect(flagName(s)).toBe(`no-${s.name}`);
    }
  });
});

describe('README input table', () => {
  it('names only inputs of perf-baseline-compare, with the static defaults the spec has', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const start = readme.indexOf('| input ');
    const table = readme.slice(start, readme.indexOf('\n\n', start)).split('\n').slice(2);
    const specs = ACTION_INPUTS['perf-baseline-compare'] as readonly InputSpec[];
    for (const row of table) {
      const [names, dflt] = row
        .split('|')
        .slice(1, 3)
        .map((c) => c.trim()) as [string, string];
      for (const name of [...names.matchAll(/`([a-z-]+)`/g)].map((m) => m[1] as string)) {
        const spec = specs.find((s) => s.name === name);
        expect(spec, `README names ${name}`).toBeDefined();
        if (spec?.default && !spec.recorded && names === `\`${name}\``) expect(dflt).toBe(`\`${spec.default}\``);
      }
    }
  });
});
