/**
 * A LIVE bake of a few seconds through the bundled action: a tiny exporter on loopback, a real Prometheus
 * scraping it every second, and a bake that starts now, waits for each tick and decides from fresh data.
 * The candidate (v2) is about three times slower than the baseline (v1) and above the p95 SLO: it is rolled
 * back (dry-run) a few ticks in.
 */

import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type PrometheusServer, startPrometheus } from '@driftgate/testkit/prometheus';
import { runAction } from '@driftgate/testkit/run-action';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** Cumulative share of requests at or below each bound, per version (v2 is ~3x slower). */
const SHAPES: Record<string, Array<[string, number]>> = {
  v1: [
    ['0.05', 0.5],
    ['0.1', 0.9],
    ['0.25', 0.99],
    ['0.5', 1],
    ['+Inf', 1],
  ],
  v2: [
    ['0.05', 0.1],
    ['0.1', 0.3],
    ['0.25', 0.7],
    ['0.5', 0.97],
    ['+Inf', 1],
  ],
};
const RATE = 400; // requests per second per method class and version

function exposition(elapsed: number): string {
  const lines = [
    '# TYPE http_request_duration_seconds histogram',
    '# TYPE requests_total counter',
    '# TYPE errors_total counter',
  ];
  for (const version of ['v1', 'v2']) {
    const base = `service="live",env="prod",version="${version}"`;
    for (const method of ['GET', 'POST']) {
      const n = Math.floor(RATE * elapsed);
      for (const [le, share] of SHAPES[version] as Array<[string, number]>) {
        lines.push(
          `http_request_duration_seconds_bucket{${base},method="${method}",le="${le}"} ${Math.floor(n * share)}`,
        );
      }
      lines.push(`http_request_duration_seconds_count{${base},method="${method}"} ${n}`);
    }
    lines.push(`requests_total{${base}} ${Math.floor(2 * RATE * elapsed)}`);
    lines.push(`errors_total{${base}} ${Math.floor(0.0005 * 2 * RATE * elapsed)}`);
  }
  return `${lines.join('\n')}\n`;
}

describe('a live bake against a Prometheus scraping an exporter', () => {
  let exporter: Server;
  let prom: PrometheusServer;
  const started = Date.now() / 1000;

  beforeAll(async () => {
    exporter = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' });
      res.end(exposition(Date.now() / 1000 - started));
    });
    await new Promise<void>((r) => exporter.listen(0, '127.0.0.1', r));
    const port = (exporter.address() as AddressInfo).port;
    prom = await startPrometheus({ scrapeTargets: [`127.0.0.1:${port}`], scrapeInterval: '1s' });
    // Let the baseline accumulate some history.
    await new Promise((r) => setTimeout(r, 14_000));
  }, 60_000);
  afterAll(async () => {
    await prom?.stop();
    await new Promise((r) => exporter?.close(r));
  });

  it('evaluates each tick as it comes and decides a rollback', async () => {
    const config = [
      'resolution: 3s',
      'scrape_interval: 1s',
      'bake:',
      '  duration: 24s',
      '  interval: 3s',
      '  window: 6s',
      '  evaluation_delay: 2s',
      '  max_gap: 3s',
      '  ratio:',
      '    for: 9s',
      '  slo:',
      '    for: 6s',
      '',
    ].join('\n');
    const cwd = await mkdtemp(join(tmpdir(), 'driftgate-live-'));
    await writeFile(join(cwd, 'driftgate.yml'), config);
    const t0 = Date.now();
    const r = await runAction('post-deploy-verify', {
      cwd,
      inputs: {
        'prometheus-url': prom.url,
        service: 'live',
        'baseline-version': 'v1',
        'candidate-version': 'v2',
        'baseline-window': '-12s..now',
        config: 'driftgate.yml',
        rollback: 'dry-run',
        'fail-on': 'none',
        'output-dir': 'out',
      },
      timeoutMs: 90_000,
    });
    const seconds = (Date.now() - t0) / 1000;
    expect(r.code, `${r.stdout}\n${r.stderr}`).toBe(0);
    expect(r.outputs.verdict, r.stdout).toBe('rollback');
    const v = JSON.parse(await readFile(r.outputs['verification-path'] as string, 'utf8'));
    expect(v.bake.mode).toBe('live');
    // v2's p95 (~0.44 s) is ~3x v1's and above the 0.3 s SLO: the SLO rule (6 s) decides before the ratio rule (9 s).
    expect(v.events.find((e: { type: string }) => e.type === 'fired')).toMatchObject({
      rule: 'slo',
      metric: 'latency_p95_read',
      action: 'rollback',
    });
    expect(v.events.some((e: { type: string; rule: string }) => e.type === 'detected' && e.rule === 'ratio')).toBe(
      true,
    );
    // It waited for its ticks (two 3 s ticks + the 2 s evaluation delay) and stopped at the decision, before 24 s.
    expect(seconds).toBeGreaterThan(7);
    expect(v.bake.ticks).toBeLessThan(8);
    expect(v.actions.rollback).toMatchObject({ mode: 'dry-run', action: 'none' });
    await r.cleanup();
    await rm(cwd, { recursive: true, force: true });
  }, 120_000);
});
