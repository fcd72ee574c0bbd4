#!/usr/bin/env node
// Regenerate packages/cli/demo/compare-recording.json: synthetic telemetry for checkout-api (v1.41.0 for an
// hour, then v1.42.0 with reads ~30% slower) backfilled into a real Prometheus, and recorded with the same
// code path as `driftgate record`. Needs prometheus + promtool and a build (npm run build). Deterministic
// except for the absolute times: the data is placed in the recent past, or ends at DEMO_END (unix seconds;
// the committed file: DEMO_END=1795773600, which the tests' expected times assume).
import { join, resolve } from 'node:path';
import { recordComparisonData } from '@driftgate/shared/compare';
import { fixturesOpenMetrics, releaseFixture, startPrometheus } from '../packages/testkit/lib/index.js';

const root = resolve(import.meta.dirname, '..');
const demo = releaseFixture({
  service: 'checkout-api',
  baselineVersion: 'v1.41.0',
  candidateVersion: 'v1.42.0',
  effect: { latency: { read: 1.3 } },
  seed: 20261127,
  quiet: false,
  ...(process.env.DEMO_END ? { end: Number(process.env.DEMO_END) } : {}),
});
const prom = await startPrometheus({ openMetrics: fixturesOpenMetrics([demo]) });
try {
  const res = await recordComparisonData(
    {
      prometheusUrl: prom.url,
      service: demo.service,
      environment: demo.environment,
      baselineVersion: demo.baselineVersion,
      candidateVersion: demo.candidateVersion,
      baselineWindow: demo.baselineWindow,
      candidateWindow: demo.candidateWindow,
      outputDir: '.',
    },
    join(root, 'packages/cli/demo/compare-recording.json'),
  );
  console.log(`recorded ${res.queries} queries to ${res.path}`);
} finally {
  await prom.stop();
}
