/**
 * Replayed bakes against a REAL Prometheus: synthetic telemetry (bench/bake/src/bakes.ts on @driftgate/synth)
 * is backfilled with promtool, then runVerify replays each 30-minute bake at once (bake-start in the past)
 * through the same loop a live bake uses. One bake per PERF-003 behaviour.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeOpenMetrics } from '@driftgate/synth';
import { type PrometheusServer, startPrometheus } from '@driftgate/testkit/prometheus';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BakeScenario,
  generateBake,
  makeBake,
  pastBakeStart,
  TEST_BAKES,
} from '../../../../bench/bake/src/bakes.js';
import { memoryLogger } from '../../src/core/log.js';
import { verificationSchema } from '../../src/core/schemas/verification-schema.js';
import { validate } from '../../src/core/validation.js';
import { runVerify } from '../../src/flows/bake/verify.js';

const SEED = 20261127;
const BAKE_START = pastBakeStart();

describe('replayed bakes against a real Prometheus', () => {
  let prom: PrometheusServer;
  let dir: string;
  const bakes: BakeScenario[] = TEST_BAKES.map((spec, i) => makeBake(spec, BAKE_START, SEED + i));

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'driftgate-bakes-'));
    const files = writeOpenMetrics(
      bakes.map((b, i) => generateBake(b, SEED + i)),
      join(dir, 'om'),
    );
    prom = await startPrometheus({ openMetricsFiles: files.map((f) => f.path) });
  }, 300_000);
  afterAll(async () => {
    await prom?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const run = async (b: BakeScenario) => {
    const logger = memoryLogger();
    const result = await runVerify(
      {
        prometheusUrl: prom.url,
        service: b.service,
        environment: b.environment,
        baselineVersion: b.baselineVersion,
        candidateVersion: b.candidateVersion,
        bakeStart: String(b.bakeStart),
        outputDir: join(dir, 'out', b.id),
        cwd: dir,
        rollback: 'dry-run',
        failOn: [],
      },
      { logger },
    );
    return { result, logger };
  };

  for (const [i, spec] of TEST_BAKES.entries()) {
    it(`${spec.id}: ${spec.expected}`, async () => {
      const b = bakes[i] as BakeScenario;
      const { result, logger } = await run(b);
      const v = result.verification;
      const summary = `${b.id}: ${v.verdict} — ${v.headline}\n${logger.lines.filter((l) => /\+\d|FIRED|DETECTED/.test(l)).join('\n')}`;
      expect(v.verdict, summary).toBe(spec.expected);
      expect(await validate(verificationSchema, v)).toEqual([]);
      expect(v.bake.mode).toBe('replay');
      // One collection for the whole replayed bake: 1 baseline + 1 candidate query set.
      expect(result.outcome.collections).toBe(1);
      if (spec.expected === 'rollback') {
        const decided = Date.parse(v.decided_at as string) / 1000;
        const detected = Date.parse(v.first_detection_at as string) / 1000;
        const onset = b.onset as number;
        expect(detected - onset, summary).toBeLessThan(300);
        if (b.kind === 'latency-step') {
          // 10 minutes of breaching one-minute ticks after the onset, plus the onset's own partial minute.
          const fired = v.events.find((e) => e.type === 'fired' && e.action === 'rollback');
          expect(fired?.rule).toBe('ratio');
          expect(decided - onset, summary).toBeLessThanOrEqual(660);
        }
        expect(v.actions.rollback?.mode).toBe('dry-run');
      }
      if (spec.expected === 'ticket') {
        expect(v.events.some((e) => e.type === 'fired' && e.rule === 'drift')).toBe(true);
        expect(v.events.some((e) => e.action === 'rollback')).toBe(false);
      }
    });
  }
});
