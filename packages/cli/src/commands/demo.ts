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
import { formatPercent, silentLogger } from '@driftgate/shared';
import { compareSettings, runCompare } from '@driftgate/shared/compare';
import { BUILTIN_CONFIG } from '@driftgate/shared/config';
import { DEMO_INPUTS } from '@driftgate/shared/inputs';
import {
  formatChange,
  formatDetectable,
  formatLongerWindows,
  renderText,
  underpowered,
} from '@driftgate/shared/report';
import { type CliIO, defineCommand, EXIT } from '../command.js';
import { commandValues } from '../options.js';
import { verifyCommand } from './verify.js';

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
    const outputDir = resolve(io.cwd, v['output-dir'] as string);
    const dir = demoDir();
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

    // Part 2: the same release had been deployed anyway; replay its post-deploy bake (rollback dry-run).
    io.out(
      '\n---\n\ndriftgate demo, part 2: the post-deploy bake of v1.42.0, replayed from recorded data (rollback: dry-run).\n',
    );
    const lines: string[] = [];
    const bakeIO: CliIO = { ...io, out: (l) => lines.push(l), logger: silentLogger };
    await verifyCommand.run(
      commandValues(
        verifyCommand,
        [
          '--metrics-file',
          join(dir, BAKE),
          '--config',
          BUILTIN_CONFIG,
          '--rollback',
          'dry-run',
          '--fail-on',
          'none',
          '--output-dir',
          join(outputDir, 'bake'),
        ],
        bakeIO,
      ),
      bakeIO,
    );
    const text = lines.join('\n').split('\n');
    const table = text.findIndex((l) => l.startsWith('| at |'));
    io.out(
      text
        .slice(0, table > 0 ? table : 8)
        .join('\n')
        .trim(),
    );
    const evidence = text.find((l) => l.startsWith('Evidence:'));
    if (evidence) io.out(`\n${evidence} (every minute's values, the events and the decision)`);

    // Part 3: the production watch: the rules Prometheus evaluates after the bake (docs/production-watch.md).
    io.out('\n---\n\ndriftgate demo, part 3: the production watch on the same recording.\n');
    const { demoWatch } = await import('./demo-watch.js');
    await demoWatch(io, join(dir, RECORDING), outputDir);

    // Part 4: the nightly FinOps report on recorded Cost Explorer responses (docs/finops.md).
    io.out('\n---\n\ndriftgate demo, part 4: the nightly FinOps report, on recorded Cost Explorer responses.\n');
    const { demoFinops } = await import('./demo-finops.js');
    await demoFinops(io, dir, outputDir);
    return EXIT.ok;
  },
});
