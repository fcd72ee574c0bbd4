/**
 * The README's replay examples run through the harness exactly as the runner runs them: every action.yml
 * default injected (testkit runAction). A recording carries its environment and bake start, so no default may
 * override them: the bake recording made in `stg` replays at once, its bake start from the recording.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ActionRun, REPO_ROOT, runAction } from '@driftgate/testkit/run-action';
import { afterAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';

const runs: ActionRun[] = [];
let scratch: string | undefined;
afterAll(async () => {
  await Promise.all(runs.map((r) => r.cleanup()));
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

/** The YAML examples of the README and the action's README that replay a recording with `action`, as { input: value }. */
async function readmeReplays(action: string): Promise<Record<string, string>[]> {
  const readme = [
    await readFile(join(REPO_ROOT, 'README.md'), 'utf8'),
    await readFile(join(REPO_ROOT, 'actions', action, 'README.md'), 'utf8'),
  ].join('\n');
  const out: Record<string, string>[] = [];
  for (const [, block] of readme.matchAll(/```yaml\n([\s\S]*?)```/g)) {
    const doc = YAML.parse(block as string);
    for (const step of Array.isArray(doc) ? doc : []) {
      if (String(step?.uses ?? '').includes(`/actions/${action}@`) && step.with?.['metrics-file'])
        out.push(Object.fromEntries(Object.entries(step.with).map(([k, v]) => [k, String(v)])));
    }
  }
  return out;
}

/** A recording's inputs with its file path resolved against the repository (the README runs from its root). */
function resolved(inputs: Record<string, string>, file?: string): Record<string, string> {
  return { ...inputs, 'metrics-file': file ?? join(REPO_ROOT, inputs['metrics-file'] as string) };
}

/** The demo bake recording as if it had been made in `stg` (queries and defaults). */
async function stgRecording(): Promise<string> {
  scratch ??= await mkdtemp(join(tmpdir(), 'driftgate-readme-'));
  const text = await readFile(join(REPO_ROOT, 'packages/cli/demo/bake-recording.json'), 'utf8');
  const stg = text
    .replaceAll('env=\\"prod\\"', 'env=\\"stg\\"')
    .replace('"environment": "prod"', '"environment": "stg"');
  expect(stg).not.toMatch(/prod/);
  const file = join(scratch, 'bake-recording-stg.json');
  await writeFile(file, stg);
  return file;
}

describe("the README's post-deploy-verify replay, with the runner's defaults", () => {
  it('is in the README and the action README, the same', async () => {
    const replays = await readmeReplays('post-deploy-verify');
    expect(replays).toHaveLength(2);
    expect(replays[0]).toEqual(replays[1]);
  });

  it('replays the demo bake at once: rollback detected at 14:05, decided at 14:14', async () => {
    const [inputs] = await readmeReplays('post-deploy-verify');
    const started = Date.now();
    const r = await runAction('post-deploy-verify', { inputs: resolved(inputs as Record<string, string>) });
    runs.push(r);
    expect(r.code, r.stdout).toBe(0);
    expect(r.outputs).toMatchObject({ verdict: 'rollback', 'detected-at': '2026-11-20T14:05:00Z' });
    const evidence = JSON.parse(await readFile(r.outputs['verification-path'] as string, 'utf8'));
    expect(evidence).toMatchObject({ environment: 'prod', bake: { mode: 'replay', start: '2026-11-20T14:00:00Z' } });
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  it('replays the same bake recorded in stg: the environment and the bake start come from the recording', async () => {
    const [inputs] = await readmeReplays('post-deploy-verify');
    const r = await runAction('post-deploy-verify', {
      inputs: resolved(inputs as Record<string, string>, await stgRecording()),
    });
    runs.push(r);
    expect(r.code, r.stdout).toBe(0);
    expect(r.outputs).toMatchObject({ verdict: 'rollback', 'detected-at': '2026-11-20T14:05:00Z' });
    const evidence = JSON.parse(await readFile(r.outputs['verification-path'] as string, 'utf8'));
    expect(evidence).toMatchObject({ environment: 'stg', bake: { mode: 'replay' } });
  });
});

describe("perf-baseline-compare's README replay, with the runner's defaults", () => {
  it('judges the demo recording: the read-latency regression fails the gate, the environment from the recording', async () => {
    const replays = await readmeReplays('perf-baseline-compare');
    expect(replays).toHaveLength(1);
    const r = await runAction('perf-baseline-compare', { inputs: resolved(replays[0] as Record<string, string>) });
    runs.push(r);
    expect(r.outputs.verdict, r.stdout).toBe('fail');
    expect(JSON.parse(r.outputs.regressions as string)).toContain('latency_p95_read');
    const report = JSON.parse(await readFile(r.outputs['report-path'] as string, 'utf8'));
    expect(report).toMatchObject({ environment: 'prod' });
  });
});
