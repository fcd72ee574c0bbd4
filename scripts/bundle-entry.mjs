// The entry of the suite's one bundle (scripts/bundle.mjs builds it with ncc into dist/ at the repository root).
// Each target, an action or the CLI, is a chunk loaded on demand, so a run loads only its own code. Its stub,
// <target>/dist/index.js (the action's runs.main, the CLI's bin), calls run('<target>').
export const TARGETS = {
  'actions/cab-waiver-check': () => import('../actions/cab-waiver-check/lib/index.js'),
  'actions/drift-rules': () => import('../actions/drift-rules/lib/index.js'),
  'actions/finops-report': () => import('../actions/finops-report/lib/index.js'),
  'actions/perf-baseline-compare': () => import('../actions/perf-baseline-compare/lib/index.js'),
  'actions/post-deploy-verify': () => import('../actions/post-deploy-verify/lib/index.js'),
  'actions/rightsizing': () => import('../actions/rightsizing/lib/index.js'),
  'packages/cli': () => import('../packages/cli/lib/index.js'),
};

/** Run a target: importing its module runs it (the action's runAction, the CLI's exit status). */
export async function run(target) {
  const load = TARGETS[target];
  if (!load) throw new Error(`no target ${JSON.stringify(target)} in the driftgate bundle`);
  await load();
}
