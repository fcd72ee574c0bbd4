/**
 * Issue 13: cab-waiver-check as a careless or hostile workflow author runs it (bundled, as the runner runs it,
 * against a loopback fake of GitHub): a backdated `now` never revives an expired waiver; the override is recorded
 * in the evidence; label values with control characters are refused; waiver text cannot inject Markdown.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Comparison } from '@driftgate/shared/model';
import { startFakeServer } from '@driftgate/testkit/fake-server';
import { runAction } from '@driftgate/testkit/run-action';
import { afterEach, describe, expect, it } from 'vitest';
import {
  approvedFile,
  comparisonFixture,
  defaultState,
  type FakeGitHub,
  startFakeGitHub,
  waiverYaml,
  writeTree,
} from '../../../packages/shared/test/waiver/fixtures.js';

const P1 = '.github/perf-waivers/CAB-1234.yml';
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const open: Array<{ close(): Promise<void> } | { cleanup(): Promise<void> }> = [];
afterEach(async () => {
  for (const o of open.splice(0)) await ('close' in o ? o.close() : o.cleanup());
});

async function repoWith(files: Record<string, string>): Promise<{ ws: string; gh: FakeGitHub }> {
  const ws = mkdtempSync(join(tmpdir(), 'driftgate-ws-'));
  open.push({ cleanup: async () => rmSync(ws, { recursive: true, force: true }) });
  writeTree(ws, files);
  const state = defaultState();
  let pr = 12;
  for (const [path, text] of Object.entries(files)) {
    if (path.startsWith('.github/perf-waivers/'))
      approvedFile(state, path, text, { pr: pr++, commit: `${pr}`.padStart(40, 'c') });
  }
  const gh = await startFakeGitHub(state);
  open.push(gh);
  return { ws, gh };
}

async function act(ws: string, gh: FakeGitHub, inputs: Record<string, string>) {
  const run = await runAction('cab-waiver-check', {
    cwd: ws,
    inputs: { 'github-token': 'ghs_actionToken0123456789', 'cab-team': 'acme/cab', ...inputs },
    env: { GITHUB_API_URL: gh.url },
  });
  open.push(run);
  return run;
}

describe('a clock override (input now) is for replays and tests (issue 13, item 4)', () => {
  it('a backdated now does not apply a waiver that has expired by the clock; the override is in the evidence', async () => {
    const expired = iso(Date.now() - 3600_000); // an hour ago
    const backdated = iso(Date.now() - 3 * 86400_000); // before it expired
    const { ws, gh } = await repoWith({ [P1]: waiverYaml({ expires: expired, max_drift: '35%' }) });
    const r = await act(ws, gh, {
      service: 'checkout-api',
      'candidate-version': 'v2.4.0',
      regressions: '["latency_p95_read"]',
      'max-drift': '20.5',
      now: backdated,
    });
    expect(r.code).toBe(1);
    expect(r.outputs.waived).toBe('false');
    expect(r.outputs.waiver).toBe('[]');
    expect(r.outputs.reason).toContain(`CAB-1234: expired (expired at ${expired})`);
    expect(r.summary).toMatch(/a waiver expired by the clock stays expired/);
    expect(r.warnings.join('\n')).toMatch(/A waiver that has expired by the clock .* stays expired/);
  });

  it('a comparison waived under a clock override records it in the waived metrics', async () => {
    const backdated = iso(Date.now() - 86400_000);
    const { ws, gh } = await repoWith({
      [P1]: waiverYaml({ max_drift: '35%' }),
      '.github/perf-waivers/CAB-77.yml': waiverYaml({ id: 'CAB-77', metrics: ['error_rate'], max_drift: '15%' }),
      'perf/perf-comparison.json': JSON.stringify(comparisonFixture()),
    });
    const r = await act(ws, gh, { comparison: 'perf/perf-comparison.json', now: backdated });
    expect(r.code, r.stdout).toBe(0);
    const updated = JSON.parse(readFileSync(r.outputs['comparison-path'] as string, 'utf8')) as Comparison;
    for (const id of ['latency_p95_read', 'error_rate']) {
      expect(updated.metrics.find((m) => m.id === id)?.notes.join('\n')).toMatch(
        /Waiver expiry is judged at .* \(input "now"\), not the clock/,
      );
    }
  });
});

describe('hostile values (issue 13, items 6 and 7)', () => {
  it('refuses a service with a line break and a workflow command, printing nothing of it as a command', async () => {
    const { ws, gh } = await repoWith({ [P1]: waiverYaml() });
    const r = await act(ws, gh, {
      service: 'checkout-api\n::notice title=x::pwned',
      regressions: '["latency_p95_read"]',
      'max-drift': '20',
      'candidate-version': 'v2.4.0',
    });
    expect(r.code).toBe(1);
    expect(r.errors.join('\n')).toMatch(
      /Input %22service%22 contains the control character|Input "service" contains the control character/,
    );
    expect(r.stdout.split('\n').some((l) => l.trimStart().startsWith('::notice'))).toBe(false);
  });

  it('a waiver reason, id or metric cannot inject Markdown into the summary', async () => {
    const { ws, gh } = await repoWith({
      [P1]: waiverYaml({ id: 'CAB-1`![i](https://evil.example/i.png)', metrics: ['x`<img src=y>'] }),
    });
    const r = await act(ws, gh, {
      service: 'checkout-api',
      'candidate-version': 'v2.4.0',
      regressions: '["latency_p95_read"]',
      'max-drift': '20',
    });
    const withoutCode = r.summary.replace(/(`+)[\s\S]*?\1/g, '');
    expect(withoutCode).not.toMatch(/!\[i\]\(/);
    expect(withoutCode).not.toMatch(/<img/);
  });
});

describe('GitHub failures (issue 13)', () => {
  it('a transient 503 from GitHub is retried and the waiver is still proven', async () => {
    const { ws, gh } = await repoWith({ [P1]: waiverYaml() });
    // A proxy in front of the fake GitHub that fails the first membership lookup with 503.
    let failed = 0;
    const proxy = await startFakeServer(async (req) => {
      if (req.path.includes('/memberships/') && failed++ === 0) return { status: 503, body: 'upstream down' };
      const res = await fetch(`${gh.url}${req.url.pathname}${req.url.search}`, {
        method: req.method,
        headers: { authorization: String(req.headers.authorization ?? '') },
      });
      const headers: Record<string, string> = {};
      res.headers.forEach((v, k) => {
        if (k === 'content-type' || k === 'link') headers[k] = v.replaceAll(gh.url, proxyUrl());
      });
      return { status: res.status, headers, body: await res.text() };
    });
    open.push(proxy);
    const proxyUrl = () => proxy.url;
    const run = await runAction('cab-waiver-check', {
      cwd: ws,
      inputs: {
        'github-token': 'ghs_actionToken0123456789',
        'cab-team': 'acme/cab',
        service: 'checkout-api',
        'candidate-version': 'v2.4.0',
        regressions: '["latency_p95_read"]',
        'max-drift': '20',
      },
      env: { GITHUB_API_URL: proxy.url },
    });
    open.push(run);
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs.waived).toBe('true');
    expect(proxy.requests.filter((r) => r.path.includes('/memberships/alice'))).toHaveLength(2);
  });
});
