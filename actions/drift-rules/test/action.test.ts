/**
 * The bundled drift-rules action (dist/index.js) run as the runner runs it (testkit runAction), measuring the
 * baseline from the demo's recorded Prometheus responses: writes the rule file (promtool-clean), is
 * idempotent, prints the diff on a dry run, and fails closed on a bad input.
 * Build first: npx tsc -b && node scripts/bundle.mjs drift-rules.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT, runAction } from '@driftgate/testkit/run-action';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const RECORDING = join(REPO_ROOT, 'packages', 'cli', 'demo', 'compare-recording.json');

let workspace: string;
beforeEach(() => {
  workspace = mkdtempSync(join(tmpdir(), 'driftgate-rules-ws-'));
});
afterEach(() => rmSync(workspace, { recursive: true, force: true }));

const inputs = (extra: Record<string, string> = {}) => ({
  service: 'checkout-api',
  environment: 'prod',
  'metrics-file': RECORDING,
  'promoted-at': '2026-11-27T09:30:00Z',
  ...extra,
});

describe('drift-rules action', () => {
  it('writes the rule file, sets its outputs, and a re-run is unchanged', async () => {
    const first = await runAction('drift-rules', { inputs: inputs(), cwd: workspace });
    expect(first.code, first.stdout + first.stderr).toBe(0);
    const path = join(workspace, 'ops', 'rules', 'driftgate-checkout-api-prod.yml');
    expect(first.outputs['rules-path']).toBe(path);
    expect(first.outputs.status).toBe('created');
    expect(first.outputs['baseline-version']).toBe('v1.41.0');
    const alerts = JSON.parse(first.outputs.alerts ?? '[]') as Array<{ alert: string }>;
    expect(alerts.map((a) => a.alert)).toEqual(
      expect.arrayContaining(['DriftgateDriftBeyondTolerance', 'DriftgateLatencyRollback', 'DriftgateSLOBreach']),
    );
    expect(first.summary).toContain('driftgate drift-rules: checkout-api (prod)');
    const text = readFileSync(path, 'utf8');
    expect(text).toContain('baseline_promoted_at: 2026-11-27T09:30:00Z');
    const { stdout } = await run('promtool', ['check', 'rules', path]);
    expect(stdout).toMatch(/SUCCESS/);
    await first.cleanup();

    const again = await runAction('drift-rules', { inputs: inputs(), cwd: workspace });
    expect(again.outputs.status).toBe('unchanged');
    await again.cleanup();

    writeFileSync(join(workspace, 'driftgate.yml'), 'tolerance: 20%\n');
    const dry = await runAction('drift-rules', {
      inputs: inputs({ config: 'driftgate.yml', 'dry-run': 'true' }),
      cwd: workspace,
    });
    expect(dry.outputs.status).toBe('dry-run');
    expect(dry.summary).toContain('Diff against what was deployed');
    expect(dry.summary).toMatch(/\+.*&gt; 1\.2 \* scalar/);
    expect(readFileSync(path, 'utf8')).toBe(text);
    await dry.cleanup();
  });

  it('fails closed on a bad input, naming it', async () => {
    const r = await runAction('drift-rules', { inputs: inputs({ publish: 's3' }), cwd: workspace });
    expect(r.code).not.toBe(0);
    expect(r.errors.join('\n')).toContain('Input "publish" is "s3": expected file, amp or ruler.');
    await r.cleanup();
  });
});
