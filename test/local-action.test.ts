/**
 * Each action's entry runs under @github/local-action: actions/<name>/src/main.ts exports `run` and runs
 * nothing on import (local-action imports the entry, then calls run()). The harness loads the compiled entry
 * (lib/main.js) exactly that way, with the runner's inputs; the README shows the command.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, runAction } from '@driftgate/testkit/run-action';
import { describe, expect, it } from 'vitest';

const ACTIONS = readdirSync(join(REPO_ROOT, 'actions'));

describe.each(ACTIONS)('actions/%s under @github/local-action', (action) => {
  it('src/main.ts exports run(); index.ts (the runner) only calls it', () => {
    expect(readFileSync(join(REPO_ROOT, 'actions', action, 'src', 'main.ts'), 'utf8')).toMatch(
      /^export async function run\(\): Promise<void> \{$/m,
    );
    const index = readFileSync(join(REPO_ROOT, 'actions', action, 'src', 'index.ts'), 'utf8');
    expect(index).toMatch(/^import \{ run \} from '\.\/main\.js';$/m);
    expect(index).toMatch(/^await run\(\);$/m);
  });

  it('is loaded and run as local-action does: a configuration error fails through core.setFailed', async () => {
    // No required input: the action's own error, reported once by run() (an entry that also ran on import
    // would report it twice).
    const r = await runAction(action, { via: 'local-action' });
    await r.cleanup();
    expect(r.stderr).not.toMatch(/does not export a run\(\) function/);
    expect(r.stdout).toMatch(/::debug::local-action: imported, calling run\(\)/);
    expect(r.code, r.stdout + r.stderr).toBe(1);
    expect(r.errors, r.stdout).toHaveLength(1);
  });
});

it("post-deploy-verify's entry replays the README's bake under local-action's loader", async () => {
  const r = await runAction('post-deploy-verify', {
    via: 'local-action',
    inputs: {
      service: 'checkout-api',
      'metrics-file': join(REPO_ROOT, 'packages/cli/demo/bake-recording.json'),
      rollback: 'dry-run',
      'fail-on': 'none',
    },
  });
  await r.cleanup();
  expect(r.code, r.stdout + r.stderr).toBe(0);
  expect(r.outputs).toMatchObject({ verdict: 'rollback', 'detected-at': '2026-11-20T14:05:00Z' });
  expect(r.summary).toMatch(/rollback/i);
});
