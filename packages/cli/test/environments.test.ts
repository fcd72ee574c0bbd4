/**
 * An environment with no data for the service (the default prod on a service that runs in stg) is answered
 * with the environments that exist for it, from a real Prometheus: compare (the CLI, bundled) and the bake.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unknownEnvironmentHint } from '@driftgate/shared/collect';
import {
  fixturesOpenMetrics,
  type PrometheusServer,
  REPO_ROOT,
  releaseFixture,
  startPrometheus,
} from '@driftgate/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const stg = releaseFixture({ service: 'orders', environment: 'stg' });
const dev = releaseFixture({ service: 'orders', environment: 'dev', seed: 7 });
let prom: PrometheusServer;
beforeAll(async () => {
  prom = await startPrometheus({ openMetrics: fixturesOpenMetrics([stg, dev]) });
});
afterAll(async () => prom?.stop());

function driftgate(args: string[]) {
  const r = spawnSync(process.execPath, [join(REPO_ROOT, 'packages/cli/dist/index.js'), ...args], {
    cwd: mkdtempSync(join(tmpdir(), 'dg-env-')),
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const release = [
  '--service',
  stg.service,
  '--baseline-version',
  stg.baselineVersion,
  '--candidate-version',
  stg.candidateVersion,
  '--baseline-window',
  stg.baselineWindow,
  '--candidate-window',
  stg.candidateWindow,
];

describe('an environment without data names the ones that exist', () => {
  it('compare with the default environment (prod) on a service in stg and dev: inconclusive, and says where it runs', () => {
    const r = driftgate(['compare', '--prometheus-url', prom.url, ...release]);
    expect(r.code, r.stderr).toBe(3);
    expect(r.stderr).toMatch(
      /warning: No data for orders in environment "prod" \(label env\); it has series in "dev", "stg"\. Set environment \(--environment\) to one of them\./,
    );
  });

  it('no warning when the environment has data', () => {
    const r = driftgate(['compare', '--prometheus-url', prom.url, ...release, '--environment', 'stg']);
    expect(r.stderr).not.toMatch(/No data for orders/);
  });

  it('the hint: none when the environment exists or nothing is known; the service itself when nothing has data', () => {
    expect(unknownEnvironmentHint('a', 'stg', 'env', ['stg'])).toBeUndefined();
    expect(unknownEnvironmentHint('a', 'prod', 'env', null)).toBeUndefined();
    expect(unknownEnvironmentHint('a', 'prod', 'env', [])).toMatch(/No series of a in any environment/);
  });
});
