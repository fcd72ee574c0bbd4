/** `driftgate verify` (packages/cli/src/commands/verify.ts) replaying the demo recording of a bake. */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyCommand } from '../../../cli/src/commands/verify.js';
import { commandValues } from '../../../cli/src/options.js';
import { memoryLogger } from '../../src/core/log.js';

const RECORDING = resolve(import.meta.dirname, '../../../cli/demo/bake-recording.json');

describe('driftgate verify', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'driftgate-verify-cli-'));
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  const run = async (argv: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const io = {
      out: (l: string) => out.push(l),
      err: (l: string) => err.push(l),
      logger: memoryLogger(),
      cwd: dir,
      env: { GITHUB_SHA: 'deadbeef' },
    };
    const code = await verifyCommand.run(commandValues(verifyCommand, argv, io), io);
    return { code, out: out.join('\n'), err: err.join('\n') };
  };

  it('replays the recorded bake: a dry-run rollback decided 10 minutes after the onset', async () => {
    const r = await run(['--metrics-file', RECORDING, '--rollback', 'dry-run', '--output-dir', 'out']);
    expect(r.out).toMatch(/post-deploy-verify: rollback/);
    expect(r.out).toMatch(/checkout-api/);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/verdict rollback \(fail-on: rollback,inconclusive\)/);
    const v = JSON.parse(await readFile(join(dir, 'out', 'perf_verification.json'), 'utf8'));
    expect(v).toMatchObject({
      version: 'v1.42.0',
      baseline: { version: 'v1.41.0' },
      verdict: 'rollback',
      first_detection_at: '2026-11-20T14:05:00Z',
      decided_at: '2026-11-20T14:14:00Z',
    });
    expect(v.actions.rollback).toMatchObject({ mode: 'dry-run', deployment_id: null });
    expect(v.source.kind).toBe('file');
  });

  it('exits 0 with --fail-on none, and 2-style configuration errors name the flag', async () => {
    expect(
      (await run(['--metrics-file', RECORDING, '--rollback', 'dry-run', '--fail-on', 'none', '--quiet'])).code,
    ).toBe(0);
    await expect(run(['--metrics-file', RECORDING, '--rollback', 'sometimes'])).rejects.toThrow(
      /^--rollback is "sometimes": expected auto, dry-run or off/,
    );
    await expect(run(['--metrics-file', RECORDING, '--interval', '45s'])).rejects.toThrow(/--interval is 45s/);
  });
});
