/**
 * Writes packages/cli/demo/bake-recording.json: a recorded 30-minute bake for `driftgate verify` demos.
 * Synthetic telemetry (@driftgate/synth) of checkout-api: v1.41.0 stable, v1.42.0 deployed at 14:00 UTC
 * and 1.8x slower (p95, reads and writes) from minute 4. It is backfilled into a real Prometheus, baked
 * through runVerify with a RecordingSource (the `record` option), and checked by replaying the file.
 *
 *   npx tsc -b && npx tsc -b bench/bake && node bench/bake/lib/make-demo-recording.js
 * Replay:
 *   node packages/cli/dist/index.js verify --metrics-file packages/cli/demo/bake-recording.json --rollback dry-run
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runVerify } from '@driftgate/shared/bake';
import { writeOpenMetrics } from '@driftgate/synth';
import { startPrometheus } from '@driftgate/testkit/prometheus';
import { generateBake, makeBake } from './bakes.js';

const BAKE_START = Date.parse('2026-11-20T14:00:00Z') / 1000;
const SEED = Number(process.env.DEMO_SEED ?? 1145);
const out = resolve(import.meta.dirname, '..', '..', '..', 'packages', 'cli', 'demo', 'bake-recording.json');

const bake = makeBake(
  { id: 'demo', kind: 'latency-step', factor: 1.8, onsetAfter: 240, noise: 'typical', rps: 60, expected: 'rollback' },
  BAKE_START,
  SEED,
);
const scenario = { ...bake, service: 'checkout-api', baselineVersion: 'v1.41.0', candidateVersion: 'v1.42.0' };
scenario.profile = { ...scenario.profile, service: 'checkout-api' };
scenario.deployment = scenario.deployment.map((d) => ({ ...d, version: d.version === 'v1' ? 'v1.41.0' : 'v1.42.0' }));
const dir = await mkdtemp(join(tmpdir(), 'driftgate-demo-bake-'));
const files = writeOpenMetrics([generateBake(scenario, SEED)], join(dir, 'om'));
const prom = await startPrometheus({ openMetricsFiles: files.map((f) => f.path) });
try {
  const common = {
    service: 'checkout-api',
    baselineVersion: 'v1.41.0',
    candidateVersion: 'v1.42.0',
    bakeStart: String(BAKE_START),
    rollback: 'dry-run' as const,
    failOn: [],
    cwd: dir,
  };
  const live = await runVerify({ ...common, prometheusUrl: prom.url, outputDir: join(dir, 'live'), record: out });
  console.log(`recorded ${out} (seed ${SEED}): ${live.verification.verdict} — ${live.verification.headline}`);
  const gaps = live.verification.windows.filter((w) => !w.metrics.latency_p95_read?.sufficient).map((w) => w.at);
  console.log(`ticks without enough p95 data: ${gaps.length ? gaps.join(', ') : 'none'}`);
  const replay = await runVerify({
    metricsFile: out,
    rollback: 'dry-run' as const,
    failOn: [],
    cwd: dir,
    outputDir: join(dir, 'replay'),
  });
  if (
    replay.verification.verdict !== live.verification.verdict ||
    replay.verification.decided_at !== live.verification.decided_at
  ) {
    throw new Error(
      `the replay decided ${replay.verification.verdict} at ${replay.verification.decided_at}, the recording ${live.verification.verdict} at ${live.verification.decided_at}`,
    );
  }
  console.log(
    `replayed: ${replay.verification.verdict}, detected ${replay.verification.first_detection_at}, decided ${replay.verification.decided_at}`,
  );
} finally {
  await prom.stop();
  await rm(dir, { recursive: true, force: true });
}
