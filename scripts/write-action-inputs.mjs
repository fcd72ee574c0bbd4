#!/usr/bin/env node
// Write the `inputs:` section of each actions/*/action.yml from its input spec (packages/shared/src/inputs/, the
// source of truth); the rest of the file is kept. packages/shared/test/inputs/action-yml.test.ts fails when they
// disagree. Run `npm run action-inputs` (or `npm run schemas`) after changing a spec.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stringify } from 'yaml';

const root = resolve(import.meta.dirname, '..');
const { ACTION_INPUTS, actionInputs } = await import(join(root, 'packages/shared/lib/inputs/index.js'));
const WIDTH = 112;

/** `key: value` at `indent`, a folded block (>-) when it is long. */
function field(indent, key, text) {
  const quoted = stringify(text, { lineWidth: 0 }).trimEnd();
  const line = `${indent}${key}: ${quoted}`;
  if (line.length <= WIDTH || /\s\s|\n|^\s|\s$/.test(text)) return [line];
  const lines = [];
  let current = '';
  for (const word of text.split(' ')) {
    if (current && indent.length + 2 + current.length + 1 + word.length > WIDTH) {
      lines.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  lines.push(current);
  return [`${indent}${key}: >-`, ...lines.map((l) => `${indent}  ${l}`)];
}

/**
 * action.yml's `default:`: the runner injects it whether the workflow gives the input or not, so a default a
 * recording can carry (environment, bake-start) is empty there and applied in code after the recording's.
 */
function yamlDefault(spec) {
  return spec.recorded ? '' : (spec.default ?? '');
}

function inputsSection(specs) {
  const out = ['inputs:'];
  for (const s of actionInputs(specs)) {
    out.push(`  ${s.name}:`, ...field('    ', 'description', s.description));
    out.push(`    required: ${s.required ? 'true' : 'false'}`);
    if (!s.required) out.push(`    default: ${stringify(yamlDefault(s), { lineWidth: 0 }).trimEnd()}`);
  }
  return out.join('\n');
}

for (const [action, specs] of Object.entries(ACTION_INPUTS)) {
  const file = join(root, 'actions', action, 'action.yml');
  const text = readFileSync(file, 'utf8');
  const start = text.indexOf('\ninputs:\n');
  const end = text.indexOf('\noutputs:\n');
  if (start < 0 || end < start) throw new Error(`${file}: no inputs: section followed by outputs:`);
  const next = `${text.slice(0, start + 1)}${inputsSection(specs)}${text.slice(end)}`;
  if (next !== text) writeFileSync(file, next);
  console.log(`${next === text ? 'unchanged' : 'wrote'} ${file.slice(root.length + 1)} inputs`);
}
