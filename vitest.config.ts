import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (pkg: string) => fileURLToPath(new URL(`./packages/${pkg}/src`, import.meta.url));

/** @driftgate/shared/<entry> -> its index.ts under src/, read from package.json's exports (lib/x/index.js). */
const sharedExports = JSON.parse(readFileSync(new URL('./packages/shared/package.json', import.meta.url), 'utf8'))
  .exports as Record<string, { default?: string }>;
const sharedEntries = Object.entries(sharedExports)
  .filter(([key, value]) => key !== '.' && !key.includes('*') && value.default)
  .map(([key, value]) => ({
    find: new RegExp(`^@driftgate/shared/${key.slice(2)}$`),
    replacement: `${src('shared')}/${(value.default as string).replace(/^\.\/lib\//, '').replace(/\.js$/, '.ts')}`,
  }));

export default defineConfig({
  resolve: {
    // Tests run against TypeScript sources; the bundled actions are tested through their dist/ (testkit runAction).
    alias: [
      { find: /^@driftgate\/(shared|synth|testkit)$/, replacement: `${src('$1')}/index.ts` },
      {
        find: /^@driftgate\/(shared|synth|testkit)\/schemas\/(.*)$/,
        replacement: fileURLToPath(new URL('./packages/$1/schemas/$2', import.meta.url)),
      },
      // @driftgate/shared/<entry> is an entry point (package.json exports); synth and testkit map per file.
      ...sharedEntries,
      { find: /^@driftgate\/(synth|testkit)\/(.*)$/, replacement: `${src('$1')}/$2.ts` },
    ],
  },
  test: {
    include: [
      'packages/*/src/**/*.test.ts',
      'packages/*/test/**/*.test.ts',
      'actions/*/src/**/*.test.ts',
      'actions/*/test/**/*.test.ts',
      'bench/**/*.test.ts',
      'test/**/*.test.ts',
    ],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
