/**
 * driftgate demo (`npm run demo`): the gate on recorded sample data shipped in the repository
 * (packages/cli/demo/), no cloud account and no server. The recording was captured with `driftgate record`
 * from a real Prometheus holding synthetic telemetry (scripts/make-demo-data.mjs): release v1.42.0 of
 * checkout-api made read latency about 30% slower; everything else is unchanged. Part 2 replays a recorded
 * 30-minute post-deploy bake of the release (bench/bake/src/make-demo-recording.ts) that decides a rollback,
 * in dry-run. Part 3 is the production watch; part 4 the nightly FinOps report on recorded Cost Explorer responses.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkOutputDir, formatPercent, silentLogger } from '@driftgate/shared';
import type { VerifyResult } from '@driftgate/shared/bake';
import { type CompareResult, compareSettings, runCompare } from '@driftgate/shared/compare';
import { BUILTIN_CONFIG } from '@driftgate/shared/config';
import { DEMO_INPUTS } from '@driftgate/shared/inputs';
import type { Comparison, ReleaseBaseline } from '@driftgate/shared/model';
import {
  formatChange,
  formatDetectable,
  formatLongerWindows,
  renderText,
  underpowered,
} from '@driftgate/shared/report';
import { BASELINE_SCHEMA, type StableBaseline } from '@driftgate/shared/store';
import { type CliIO, defineCommand, EXIT } from '../command.js';

const RECORDING = 'compare-recording.json';
const BAKE = 'bake-recording.json';

/** packages/cli/demo, found from lib/ or the bundle in dist/. */
export function demoDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  // lib/commands/demo.js (tsc) or dist/*.mjs at the repository root (the bundle). No process.cwd() candidate:
  // the bundler would resolve it at build time and copy the recordings into dist/.
  const candidates = [join(here, '..', '..', 'demo'), join(here, '..', 'packages', 'cli', 'demo')];
  const found = candidates.find((d) => existsSync(join(d, RECORDING)));
  if (!found) throw new Error(`demo data not found (looked in ${candidates.join(', ')})`);
  return found;
}

export const demoCommand = defineCommand({
  name: 'demo',
  summary: 'run the gate on recorded sample data (no cloud account, no server)',
  inputs: DEMO_INPUTS,
  exits: ['ok'],
  async run(v, io) {
    // Every part writes under it: checked and made before part 1 prints a line.
    checkOutputDir(v['output-dir'], io.cwd, 'output-dir', { create: true });
    const outputDir = resolve(io.cwd, v['output-dir']);
    const dir = demoDir();
    const res = await demoCompare(io, dir, outputDir);
    const c = res.comparison;

    // The baseline store record post-deploy-verify wrote when v1.41.0 passed its bake: its one baseline per
    // metric, computed once from its data (the data part 1 judged). Parts 2 and 3 use it, as they would read it
    // from the store.
    const record = demoBaselineRecord(c, res.baseline);
    const read = res.baseline?.metrics.latency_p95_read?.value;
    io.out(
      `\nThe baseline of ${c.baseline.version}, computed once from its data and stored with its baseline store record: latency_p95_read ${read == null ? 'n/a' : `${read.toFixed(3)} s`}; parts 2 and 3 use the same record.`,
    );

    // Part 2: the same release had been deployed anyway; replay its post-deploy bake (rollback dry-run).
    const bake = await demoBake(io, dir, outputDir, record);

    // Part 3: the production watch: the rules Prometheus evaluates after the bake (docs/production-watch.md).
    io.out('\n---\n\ndriftgate demo, part 3: the production watch on the same recording.\n');
    const { demoWatch } = await import('./demo-watch.js');
    await demoWatch(io, { compare: join(dir, RECORDING), bake: join(dir, BAKE) }, outputDir, record, bake);

    // Part 4: the nightly FinOps report on recorded Cost Explorer responses (docs/finops.md).
    io.out('\n---\n\ndriftgate demo, part 4: the nightly FinOps report, on recorded Cost Explorer responses.\n');
    const { demoFinops } = await import('./demo-finops.js');
    await demoFinops(io, dir, outputDir);
    return EXIT.ok;
  },
});

/** Part 1: the pre-deploy comparison on the recording, its table, what it caught and what it could not see. */
async function demoCompare(io: CliIO, dir: string, outputDir: string): Promise<CompareResult> {
  io.out('driftgate demo: pre-deploy comparison of checkout-api v1.42.0 (candidate) against v1.41.0 (last stable),');
  io.out(`from recorded Prometheus responses (${join(dir, RECORDING)}).\n`);
  // Its own configuration always: a repository's .github/driftgate.yml must not change what the demo asks.
  const res = await runCompare(
    compareSettings({ metricsFile: join(dir, RECORDING), config: BUILTIN_CONFIG, outputDir, cwd: io.cwd }),
    { logger: io.logger },
  );
  const c = res.comparison;
  io.out(renderText(c));
  io.out('');
  const caught = c.metrics.filter((m) => m.verdict === 'regression');
  const passed = c.metrics.filter((m) => m.verdict === 'pass');
  for (const m of caught) {
    io.out(
      `Caught: ${m.id} drifted ${formatPercent(m.drift)} (interval ${formatPercent(m.interval?.low)} to ${formatPercent(m.interval?.high)}), beyond the ${formatPercent(m.tolerance, 0)} tolerance.`,
    );
  }
  if (passed.length) {
    io.out(
      `Passed: ${passed.map((m) => `${m.id} (${formatChange(m)})`).join(', ')}: within tolerance, or a change the data cannot tell apart from noise (see each interval).`,
    );
  }
  const blind = underpowered(c.metrics);
  if (blind.length) {
    io.out(
      `Too noisy in this hour to see a ${formatPercent(2 * c.method.tolerance, 0)} regression: ${blind.map((m) => `${m.id} (detects ${formatDetectable(m.detectable as number)}${formatLongerWindows(m)})`).join(', ')}. Their pass rules out only drifts that large; see the "detects" column.`,
    );
  }
  io.out(
    `\nReports: ${res.jsonPath}\n         ${res.markdownPath} (the same Markdown is the job summary and the PR comment)`,
  );
  io.out(
    `The gate's exit status would be ${c.verdict === 'fail' ? '1 (fail: the deploy is blocked)' : '0'}; the demo itself exits 0.`,
  );
  return res;
}

/** Part 2: the release's post-deploy bake replayed from its recording (rollback dry-run), its summary table. */
async function demoBake(io: CliIO, dir: string, outputDir: string, record: StableBaseline): Promise<VerifyResult> {
  io.out(
    '\n---\n\ndriftgate demo, part 2: the post-deploy bake of v1.42.0, replayed from recorded data (rollback: dry-run).\n',
  );
  const { runVerify } = await import('@driftgate/shared/bake');
  const bake = await runVerify(
    {
      metricsFile: join(dir, BAKE),
      config: BUILTIN_CONFIG,
      rollback: 'dry-run',
      failOn: [],
      outputDir: join(outputDir, 'bake'),
      cwd: io.cwd,
    },
    { logger: silentLogger, stableBaseline: record },
  );
  const text = bake.markdown.split('\n');
  const table = text.findIndex((l) => l.startsWith('| at |'));
  io.out(
    text
      .slice(0, table > 0 ? table : 8)
      .join('\n')
      .trim(),
  );
  io.out(`\nEvidence: ${bake.path} (every minute's values, the events and the decision)`);
  return bake;
}

/** The record the baseline store would hold for the demo's baseline version (io/store/baseline-store.ts). */
export function demoBaselineRecord(c: Comparison, baseline: ReleaseBaseline | undefined): StableBaseline {
  return {
    schema: BASELINE_SCHEMA,
    service: c.service,
    environment: c.environment,
    version: c.baseline.version,
    window: { start: Date.parse(c.baseline.window.start) / 1000, end: Date.parse(c.baseline.window.end) / 1000 },
    verifiedAt: c.baseline.window.end,
    ...(baseline ? { baseline } : {}),
  };
}
