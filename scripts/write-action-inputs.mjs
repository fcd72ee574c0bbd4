#!/usr/bin/env node
// Write, from each action's input spec (packages/shared/src/inputs/, the source of truth) and its action.yml:
//   - the `inputs:` section of actions/*/action.yml (the rest of the file is kept);
//   - the generated section of actions/*/README.md: the inputs and outputs tables (the rest is kept; a README
//     without one gets it appended, a missing README is started from action.yml's name and description).
// The functions are in scripts/action-docs.mjs; packages/shared/test/inputs/action-yml.test.ts and
// test/action-readme.test.ts fail when the files disagree with them. Run `npm run action-inputs` (or
// `npm run schemas`) after changing a spec or an output.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { inputsSection, readmeSection, withReadmeSection } from './action-docs.mjs';

const root = resolve(import.meta.dirname, '..');
const { ACTION_INPUTS } = await import(join(root, 'packages/shared/lib/shell/inputs/index.js'));

function write(file, next, previous, what) {
  if (next !== previous) writeFileSync(file, next);
  console.log(`${next === previous ? 'unchanged' : 'wrote'} ${file.slice(root.length + 1)} ${what}`);
}

for (const [action, specs] of Object.entries(ACTION_INPUTS)) {
  const file = join(root, 'actions', action, 'action.yml');
  const text = readFileSync(file, 'utf8');
  const start = text.indexOf('\ninputs:\n');
  const end = text.indexOf('\noutputs:\n');
  if (start < 0 || end < start) throw new Error(`${file}: no inputs: section followed by outputs:`);
  const next = `${text.slice(0, start + 1)}${inputsSection(specs)}${text.slice(end)}`;
  write(file, next, text, 'inputs');

  const yml = parse(next);
  const readme = join(root, 'actions', action, 'README.md');
  const current = existsSync(readme) ? readFileSync(readme, 'utf8') : `# ${yml.name}\n\n${yml.description}\n`;
  write(
    readme,
    withReadmeSection(current, readmeSection(specs, yml.outputs)),
    existsSync(readme) ? current : '',
    'tables',
  );
}
