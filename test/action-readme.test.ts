/**
 * Each action has a README (actions/<name>/README.md) whose inputs and outputs tables are generated from its
 * input spec and action.yml, as action.yml's inputs are (scripts/write-action-inputs.mjs, npm run
 * action-inputs): this fails when they disagree. Its examples use only declared inputs, and every required one.
 * The Marketplace description (action.yml) stays under 125 characters; the long form is the README's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ACTION_INPUTS } from '@driftgate/shared/inputs';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
// @ts-expect-error a plain ESM script without types
import { committedSection, readmeSection } from '../scripts/action-docs.mjs';

const ROOT = join(import.meta.dirname, '..');

describe.each(Object.keys(ACTION_INPUTS))('actions/%s', (action) => {
  const yml = YAML.parse(readFileSync(join(ROOT, 'actions', action, 'action.yml'), 'utf8')) as {
    description: string;
    inputs: Record<string, { required?: boolean }>;
    outputs: Record<string, { description: string }>;
  };
  const readme = readFileSync(join(ROOT, 'actions', action, 'README.md'), 'utf8');

  it('action.yml has a Marketplace description under 125 characters', () => {
    expect(yml.description.length).toBeLessThan(125);
    expect(yml.description.length).toBeGreaterThan(40);
  });

  it("README's inputs and outputs tables are what the spec and action.yml generate", () => {
    const specs = ACTION_INPUTS[action as keyof typeof ACTION_INPUTS];
    expect(committedSection(readme), 'run npm run action-inputs').toBe(readmeSection(specs, yml.outputs));
    for (const name of Object.keys(yml.inputs)) expect(readme).toMatch(new RegExp(`^\\| \`${name}\` +\\|`, 'm'));
    for (const name of Object.keys(yml.outputs)) expect(readme).toMatch(new RegExp(`^\\| \`${name}\` +\\|`, 'm'));
  });

  it("README's examples use declared inputs and every required one", () => {
    const steps = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].flatMap(([, block]) => {
      const doc = YAML.parse(block as string);
      const list = Array.isArray(doc) ? doc : (doc?.steps ?? []);
      return (list as Array<{ uses?: string; with?: Record<string, unknown> }>).filter((s) =>
        String(s.uses ?? '').startsWith(`acme/driftgate/actions/${action}@`),
      );
    });
    expect(steps.length).toBeGreaterThan(0);
    for (const step of steps) {
      const given = Object.keys(step.with ?? {});
      for (const k of given) expect(Object.keys(yml.inputs), `input ${k}`).toContain(k);
      for (const [k, v] of Object.entries(yml.inputs)) if (v.required) expect(given, `required ${k}`).toContain(k);
    }
  });
});
