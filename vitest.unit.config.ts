/**
 * `npm run test:unit`: the suite without the bundle step. The tests listed in BUNDLED_TESTS run what `npm run
 * bundle` writes (node actions/X/dist/index.js, packages/cli/dist/index.js, dist/licenses.txt) and are left
 * out; everything else runs against the TypeScript sources, as under `npm test`. test/unit-config.test.ts
 * fails when a test that runs a bundle is missing from the list.
 */
import { configDefaults, defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

/** Test files that need dist/ (the bundle), from the repository root. */
export const BUNDLED_TESTS = [
  'actions/cab-waiver-check/test/action.test.ts',
  'actions/cab-waiver-check/test/security.test.ts',
  'actions/drift-rules/test/action.test.ts',
  'actions/finops-report/test/action.test.ts',
  'actions/perf-baseline-compare/test/action.test.ts',
  'actions/perf-baseline-compare/test/release.test.ts',
  'actions/perf-baseline-compare/test/security.test.ts',
  'actions/post-deploy-verify/test/action.test.ts',
  'actions/post-deploy-verify/test/hardening.test.ts',
  'actions/post-deploy-verify/test/live.test.ts',
  'actions/rightsizing/test/action.test.ts',
  'packages/cli/test/careless-user.test.ts',
  'packages/cli/test/cli.test.ts',
  'packages/cli/test/commander.test.ts',
  'packages/cli/test/environments.test.ts',
  'packages/cli/test/hardening.test.ts',
  'packages/cli/test/newcomer-lab.test.ts',
  'packages/cli/test/provenance.test.ts',
  'packages/cli/test/security.test.ts',
  'packages/cli/test/watch.test.ts',
  'test/iam.test.ts',
  'test/licenses.test.ts',
  'test/local-action.test.ts',
  'test/proxy-action.test.ts',
  'test/readme-replay.test.ts',
];

export default mergeConfig(base, defineConfig({ test: { exclude: [...configDefaults.exclude, ...BUNDLED_TESTS] } }));
