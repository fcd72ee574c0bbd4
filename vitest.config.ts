import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (pkg: string) => fileURLToPath(new URL(`./packages/${pkg}/src`, import.meta.url));

export default defineConfig({
  resolve: {
    // Tests run against TypeScript sources; the bundled actions are tested through their dist/ (testkit runAction).
    alias: [
      { find: /^@driftgate\/(shared|synth|testkit)$/, replacement: `${src('$1')}/index.ts` },
      {
        find: /^@driftgate\/(shared|synth|testkit)\/schemas\/(.*)$/,
        replacement: fileURLToPath(new URL('./packages/$1/schemas/$2', import.meta.url)),
      },
      // @driftgate/shared/<area> is an area's entry point (package.json exports); synth and testkit map per file.
      { find: /^@driftgate\/shared\/(.*)$/, replacement: `${src('shared')}/$1/index.ts` },
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
