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
import { json, routes, startFakeServer } from '@driftgate/testkit/fake-server';
import { REPO_ROOT, runAction } from '@driftgate/testkit/run-action';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

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
    const fleet = join(workspace, 'ops', 'rules', 'driftgate-fleet.yml');
    expect(first.outputs['fleet-target']).toBe(fleet);
    expect(first.outputs['fleet-status']).toBe('created');
    const text = readFileSync(path, 'utf8');
    expect(text).toContain('baseline_promoted_at: 2026-11-27T09:30:00Z');
    expect(readFileSync(fleet, 'utf8')).toContain('alert: DriftgateLatencyRollback');
    const { stdout } = await run('promtool', ['check', 'rules', fleet, path]);
    expect(stdout).toMatch(/SUCCESS/);
    await first.cleanup();

    const again = await runAction('drift-rules', { inputs: inputs(), cwd: workspace });
    expect(again.outputs.status).toBe('unchanged');
    expect(again.outputs['fleet-status']).toBe('unchanged');
    await again.cleanup();

    writeFileSync(join(workspace, 'driftgate.yml'), 'tolerance: 20%\n');
    const dry = await runAction('drift-rules', {
      inputs: inputs({ config: 'driftgate.yml', 'dry-run': 'true' }),
      cwd: workspace,
    });
    expect(dry.outputs.status).toBe('dry-run');
    expect(dry.summary).toContain('Diff against what was deployed');
    // Tolerance 20%: the drift threshold (a per-service constant) moves from 1.1x to 1.2x the baseline.
    const moved = /drift_threshold\n-\s+expr: vector\(([\d.]+)\)\n\+\s+expr: vector\(([\d.]+)\)/.exec(dry.summary);
    expect(moved, 'the drift threshold in the diff').not.toBeNull();
    expect(Number(moved?.[2]) / Number(moved?.[1])).toBeCloseTo(1.2 / 1.1, 6);
    expect(dry.outputs['fleet-status']).toBe('dry-run');
    expect(readFileSync(path, 'utf8')).toBe(text);
    await dry.cleanup();
  });

  it('fails closed on a bad input, naming it', async () => {
    const r = await runAction('drift-rules', { inputs: inputs({ publish: 's3' }), cwd: workspace });
    expect(r.code).not.toBe(0);
    expect(r.errors.join('\n')).toContain('Input "publish" is "s3": expected file, amp or ruler.');
    await r.cleanup();
  });

  it('publish amp: the bundled action creates the rule groups namespace over SigV4 (aps) and waits for ACTIVE', async () => {
    const ws = 'ws-0a1b2c3d-4e5f-6789-abcd-ef0123456789';
    const namespaces = new Map<string, { data: string; status: string }>();
    const fake = await startFakeServer(
      routes({
        'GET /workspaces/:ws/rulegroupsnamespaces/:name': (_req, { name }) => {
          const ns = namespaces.get(name);
          if (!ns) return json(404, { message: 'not found' }, { 'x-amzn-errortype': 'ResourceNotFoundException' });
          const status = ns.status;
          ns.status = 'ACTIVE';
          return json(200, {
            ruleGroupsNamespace: {
              arn: 'arn',
              name,
              data: Buffer.from(ns.data).toString('base64'),
              status: { statusCode: status },
            },
          });
        },
        'POST /workspaces/:ws/rulegroupsnamespaces': (req) => {
          const body = req.json<{ name: string; data: string }>();
          namespaces.set(body.name, { data: Buffer.from(body.data, 'base64').toString('utf8'), status: 'CREATING' });
          return json(202, { arn: 'arn', name: body.name, status: { statusCode: 'CREATING' } });
        },
      }),
    );
    try {
      const r = await runAction('drift-rules', {
        inputs: inputs({ publish: 'amp', 'rules-workspace-id': ws, 'aws-region': 'us-west-2' }),
        cwd: workspace,
        env: {
          AWS_ACCESS_KEY_ID: 'AKIDACTIONTEST',
          AWS_SECRET_ACCESS_KEY: 'action/SeCrEt+KeY/0123456789abcdefghij',
          AWS_ENDPOINT_URL_AMP: fake.url,
        },
      });
      expect(r.code, r.stdout + r.stderr).toBe(0);
      expect(r.outputs.status).toBe('created');
      expect(r.outputs.target).toBe(`AMP workspace ${ws} rule groups namespace driftgate-checkout-api-prod`);
      expect(r.outputs['fleet-target']).toBe(`AMP workspace ${ws} rule groups namespace driftgate-fleet`);
      expect(namespaces.get('driftgate-fleet')?.data).toContain('alert: DriftgateLatencyRollback');
      expect(namespaces.get('driftgate-checkout-api-prod')?.data).toContain(
        'record: service_env:latency_p95_read:rollback_threshold',
      );
      // Split to the default 20 rules per group (amp, ruler).
      const groups = (parse(namespaces.get('driftgate-fleet')?.data ?? '') as { groups: Array<{ rules: unknown[] }> })
        .groups;
      expect(groups.length).toBeGreaterThan(2);
      expect(groups.every((g) => g.rules.length <= 20)).toBe(true);
      for (const q of fake.requests) {
        expect(String(q.headers.authorization)).toMatch(
          /^AWS4-HMAC-SHA256 Credential=AKIDACTIONTEST\/\d{8}\/us-west-2\/aps\/aws4_request, /,
        );
      }
      expect(r.stdout).not.toContain('action/SeCrEt');
      await r.cleanup();
    } finally {
      await fake.close();
    }
  });
});
