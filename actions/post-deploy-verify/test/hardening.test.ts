/**
 * Issue 23, as the runner runs the bundled action (node actions/post-deploy-verify/dist/index.js) on the demo
 * recording: every secret form is masked by the runner (::add-mask::) AND removed by driftgate itself from
 * stdout, the job summary and perf_verification.json, even when Slack and Grafana echo them back; the
 * evidence is written before any action. Build first: `npx tsc -b && node scripts/bundle.mjs`.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type FakeServer, type RecordedRequest, routes, startFakeServer } from '@driftgate/testkit/fake-server';
import { type ActionRun, runAction } from '@driftgate/testkit/run-action';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const REPO = join(import.meta.dirname, '..', '..', '..');
const RECORDING = join(REPO, 'packages/cli/demo/bake-recording.json');
const SLACK_PATH = '/services/T0001/B0002/XyZsecretPath42';
const GRAFANA_TOKEN = 'glsa_0123456789abcdefABCDEF_0a1b2c3d';

describe('post-deploy-verify: secrets never leave the run (bundled action)', () => {
  let server: FakeServer;
  const runs: ActionRun[] = [];
  beforeAll(async () => {
    // Slack and Grafana that refuse the request and echo what they got: the path, the Authorization header.
    const echo = (req: RecordedRequest) => ({
      status: 403,
      headers: { 'content-type': 'text/html' },
      body: `<p>denied ${req.path} for "${req.headers.authorization ?? ''}"</p>`,
    });
    server = await startFakeServer(routes({ [`POST ${SLACK_PATH}`]: echo, 'POST /api/annotations': echo }));
  });
  afterAll(async () => {
    await server?.close();
    for (const r of runs) await r.cleanup();
  });

  it('masks every form with ::add-mask:: and removes each from stdout, the summary and the evidence', async () => {
    const r = await runAction('post-deploy-verify', {
      inputs: {
        'metrics-file': RECORDING,
        service: 'checkout-api',
        rollback: 'dry-run',
        'fail-on': 'none',
        'slack-webhook-url': `${server.url}${SLACK_PATH}`,
        'grafana-url': `http://admin:grafana-pass-1@127.0.0.1:${server.port}`,
        'grafana-token': GRAFANA_TOKEN,
      },
    });
    runs.push(r);
    expect(r.code, r.stdout).toBe(0);
    const masks = r.stdout.split('\n').filter((l) => l.startsWith('::add-mask::'));
    for (const form of [SLACK_PATH, GRAFANA_TOKEN, 'grafana-pass-1', JSON.stringify(GRAFANA_TOKEN).slice(1, -1)]) {
      expect(masks).toContain(`::add-mask::${form}`);
    }
    const evidence = await readFile(r.outputs['verification-path'] as string, 'utf8');
    const unmasked = r.stdout
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n');
    for (const text of [unmasked, r.summary, evidence, r.stderr]) {
      expect(text).not.toContain('XyZsecretPath42');
      expect(text).not.toContain('glsa_0123456789');
      expect(text).not.toContain('grafana-pass-1');
    }
    // The failures are still reported, redacted.
    expect(JSON.parse(evidence).actions.notifications.map((n: { ok: boolean }) => n.ok)).toEqual([false, false, false]);
    expect(unmasked).toMatch(/Slack message failed: HTTP 403 <p>denied \*\*\*/);
    // The evidence was on disk before acting on the verdict.
    expect(unmasked.indexOf('before acting on the verdict')).toBeLessThan(unmasked.indexOf('Slack message failed'));
  });

  it('refuses a kms-key-id with a line break and a codedeploy-application with a bidi override, before any work', async () => {
    for (const [name, value] of [
      ['kms-key-id', 'alias/perf\n::notice::x'],
      ['codedeploy-application', 'shop\u202Eppa'],
    ] as const) {
      const r = await runAction('post-deploy-verify', {
        inputs: { 'metrics-file': RECORDING, service: 'checkout-api', rollback: 'dry-run', [name]: value },
      });
      runs.push(r);
      expect(r.code).toBe(1);
      expect(r.errors.join('\n')).toMatch(new RegExp(`Input "${name}" contains the control character`));
      expect(r.stdout).not.toMatch(/^::notice::x/m);
      expect(r.outputs.verdict ?? '').toBe('');
    }
  });

  it('a directory as GITHUB_STEP_SUMMARY is a warning: the run keeps its verdict', async () => {
    const summaryDir = await mkdtemp(join(tmpdir(), 'driftgate-summary-dir-'));
    const r = await runAction('post-deploy-verify', {
      inputs: { 'metrics-file': RECORDING, service: 'checkout-api', rollback: 'dry-run', 'fail-on': 'none' },
      env: { GITHUB_STEP_SUMMARY: summaryDir },
    });
    runs.push(r);
    await rm(summaryDir, { recursive: true, force: true });
    expect(r.code, r.stdout).toBe(0);
    expect(r.outputs.verdict).toBe('rollback');
    expect(r.warnings.join('\n')).toMatch(/The job summary was not written: Could not .* it is a directory/);
  });
});
