/**
 * `driftgate waiver` (packages/cli/src/commands/waiver.ts): same behaviour as the action, flags named like the
 * inputs, GitHub context from flags or the CI environment, exit codes.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CliIO } from '../../../cli/src/command.js';
import { waiverCommand } from '../../../cli/src/commands/waiver.js';
import { commandValues } from '../../../cli/src/options.js';
import { memoryLogger } from '../../src/core/log.js';
import {
  approvedFile,
  defaultState,
  type FakeGitHub,
  NOW,
  PAST,
  RUN_SHA,
  startFakeGitHub,
  waiverYaml,
  writeTree,
} from './fixtures.js';

const P1 = '.github/perf-waivers/CAB-1234.yml';
let root: string;
let gh: FakeGitHub | undefined;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'driftgate-cli-'));
});
afterEach(async () => {
  await gh?.close();
  gh = undefined;
  rmSync(root, { recursive: true, force: true });
});

function io(
  env: NodeJS.ProcessEnv = {},
): CliIO & { lines: string[]; errors: string[]; logger: ReturnType<typeof memoryLogger> } {
  const lines: string[] = [];
  const errors: string[] = [];
  return {
    lines,
    errors,
    out: (l) => lines.push(l),
    err: (l) => errors.push(l),
    logger: memoryLogger(),
    cwd: root,
    env,
  };
}

async function repo(text: string) {
  writeTree(root, { [P1]: text });
  const state = defaultState();
  approvedFile(state, P1, text);
  gh = await startFakeGitHub(state);
  return gh;
}

const ARGS = [
  '--service',
  'checkout-api',
  '--candidate-version',
  'v2.4.0',
  '--regressions',
  '["latency_p95_read"]',
  '--max-drift',
  '20',
  '--now',
  NOW,
];

/** The command as the CLI runs it: its flags parsed by commander from the input spec, then run. */
const runWaiver = async (argv: string[], c: CliIO) => waiverCommand.run(commandValues(waiverCommand, argv, c), c);

describe('driftgate waiver', () => {
  it('waived: exit 0, JSON output with the waiver for `driftgate compare --waiver`; token from $GITHUB_TOKEN', async () => {
    const fake = await repo(waiverYaml());
    const c = io({
      GITHUB_TOKEN: 'tok-env',
      GITHUB_API_URL: fake.url,
      GITHUB_REPOSITORY: 'acme/shop',
      GITHUB_SHA: RUN_SHA,
    });
    const code = await runWaiver([...ARGS, '--cab-team', 'acme/cab', '--json', '--summary-file', 'waiver.md'], c);
    expect(code).toBe(0);
    const out = JSON.parse(c.lines.join('\n'));
    expect(out).toMatchObject({ waived: true, verdict: 'waived', reason: '', comparisonPath: null });
    expect(out.waiver[0]).toMatchObject({ id: 'CAB-1234', approved_by: ['alice'], max_drift: 0.25 });
    expect(fake.requests[0]?.headers.authorization).toBe('token tok-env');
    expect(fake.calls()[0]).toBe(`GET /repos/acme/shop/contents/${P1}?ref=${RUN_SHA}`);
    expect(c.logger.secrets).toContain('tok-env');
    expect(readFileSync(join(root, 'waiver.md'), 'utf8')).toContain('driftgate cab-waiver-check');
  });

  it('--repository, --ref and --pull-request override the environment', async () => {
    const fake = await repo(waiverYaml());
    fake.state.prFiles[7] = [{ filename: 'x.ts', status: 'modified' }];
    const c = io({ GITHUB_API_URL: fake.url });
    const code = await runWaiver(
      [
        ...ARGS,
        '--cab-team',
        'acme/cab',
        '--github-token',
        'tok-flag',
        '--repository',
        'acme/shop',
        '--ref',
        'main',
        '--pull-request',
        '7',
      ],
      c,
    );
    expect(code).toBe(0);
    expect(fake.calls()).toContain(`GET /repos/acme/shop/contents/${P1}?ref=main`);
    expect(fake.calls()).toContain('GET /repos/acme/shop/pulls/7/files?per_page=100');
    expect(c.lines.join('\n')).toMatch(/^WAIVED: every regression of checkout-api \(prod\) v2\.4\.0/);
  });

  it('not waived: exit 1 and the reason per metric', async () => {
    await repo(waiverYaml({ expires: PAST }));
    const c = io({ GITHUB_TOKEN: 't', GITHUB_API_URL: gh?.url, GITHUB_REPOSITORY: 'acme/shop' });
    expect(await runWaiver([...ARGS, '--cab-team', 'acme/cab'], c)).toBe(1);
    expect(c.lines.join('\n')).toContain(
      `Why not waived:\nlatency_p95_read (+20.0%): CAB-1234: expired (expired at ${PAST})`,
    );
  });

  it('nothing to waive: exit 0', async () => {
    const c = io();
    expect(await runWaiver(['--service', 'a', '--candidate-version', 'v1', '--regressions', '[]'], c)).toBe(0);
    expect(c.lines[0]).toMatch(/^Nothing to waive/);
  });

  it('flag mistakes are configuration errors (the CLI prints them with exit 2)', async () => {
    await expect(runWaiver(['--bogus'], io())).rejects.toThrow(/unknown option '--bogus'/i);
    await expect(runWaiver([...ARGS, '--repository', 'acme'], io())).rejects.toThrow(
      // The one owner/name parser (repository.ts); the CLI prints `Input "repository"` as --repository.
      /(--repository|Input "repository") is "acme": it has no owner\. Expected owner\/name/,
    );
    await expect(runWaiver([...ARGS, '--pull-request', 'x'], io())).rejects.toThrow(/--pull-request is "x"/);
    await expect(runWaiver([...ARGS, '--cab-team', 'acme/cab', '--github-token', 't'], io())).rejects.toThrow(
      /--cab-team needs --repository/,
    );
  });
});
