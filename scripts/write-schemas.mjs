#!/usr/bin/env node
// Write packages/shared/schemas/*.schema.json from the TypeScript schema objects (the source of truth).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const { SCHEMAS } = await import(join(root, 'packages/shared/lib/core/schemas/index.js'));
mkdirSync(join(root, 'packages/shared/schemas'), { recursive: true });
for (const [name, schema] of Object.entries(SCHEMAS)) {
  const file = join(root, 'packages/shared/schemas', `${name}.schema.json`);
  writeFileSync(file, `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote ${file.slice(root.length + 1)}`);
}
