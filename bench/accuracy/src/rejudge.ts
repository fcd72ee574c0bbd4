/**
 * Re-judge kept recordings with the current library, in-process and without Prometheus:
 *   npm run bench:accuracy -- --world ar1 --seed 1 --keep   # once: data, CLI runs, recordings under .work/ar1-1/
 *   node bench/accuracy/lib/rejudge.js --world ar1 --seed 1 [--small] [--method drift-interval] [--dump file.json]
 * Judging 478 recordings takes seconds, so a change to the judge can be scored on the tuning seeds at once.
 * The held-out seed is only ever judged by the real benchmark (`npm run bench:accuracy`).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { compareSettings, runCompare } from '@driftgate/shared/compare';
import { detectionCeiling, GROUPINGS } from './ceiling.js';
import { referenceAtMatchedFalseAlarms } from './matched.js';
import { nullCalibration, nullCalibrationTable } from './null-calibration.js';
import { ceilingTable, detectableTable, headlineTable } from './report.js';
import { fromComparison, type ScenarioResult, summarize } from './score.js';

const benchDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const { values } = parseArgs({
  options: {
    world: { type: 'string' },
    seed: { type: 'string', multiple: true },
    small: { type: 'boolean' },
    method: { type: 'string', multiple: true },
    dump: { type: 'string' },
  },
});
const world = values.world ?? 'synth';
const seeds = values.seed ?? ['1'];
const methods = values.method ?? ['drift-interval', 'mean-threshold', 'mann-whitney', 'newey-west'];
const out = mkdtempSync(join(tmpdir(), 'dg-rejudge-'));
const dump: unknown[] = [];
const all: ScenarioResult[] = [];
let missing = 0;
for (const seed of seeds) {
  const name = `${world}-${seed}${values.small ? '-small' : ''}`;
  const file = join(benchDir, 'results', `${name}.json`);
  const work = join(benchDir, '.work', name);
  const runs = join(work, 'runs');
  if (!existsSync(file) || !existsSync(runs))
    throw new Error(
      `run "npm run bench:accuracy -- --world ${world} --seed ${seed}${values.small ? ' --scenarios small' : ''} --keep" first`,
    );
  const { scenarios } = JSON.parse(readFileSync(file, 'utf8')) as { scenarios: ScenarioResult[] };
  for (const s of scenarios) {
    const rec = join(runs, s.truth.service, 'recording.json');
    // A run that was interrupted leaves scenarios without a recording: they are counted and left out.
    if (!existsSync(rec)) {
      missing++;
      continue;
    }
    const row: ScenarioResult = { truth: s.truth, results: {} };
    // The world's config file (nab), as the CLI ran with it; none: the built-in catalog.
    const cwd = s.truth.config ? join(work, `cwd-${s.truth.config}`) : out;
    for (const method of methods) {
      const { comparison } = await runCompare(compareSettings({ metricsFile: rec, method, outputDir: out, cwd }));
      row.results[method] = fromComparison(comparison);
      if (values.dump) {
        dump.push({
          seed,
          method,
          truth: s.truth,
          verdict: comparison.verdict,
          metrics: comparison.metrics.map((m) => ({
            id: m.id,
            verdict: m.verdict,
            drift: m.drift,
            interval: m.interval,
            evidence: m.evidence,
            b: { ...m.baseline, series: undefined },
            c: { ...m.candidate, series: undefined },
            notes: m.notes,
          })),
        });
      }
    }
    all.push(row);
  }
}
rmSync(out, { recursive: true, force: true });
if (missing) process.stderr.write(`${missing} scenarios have no kept recording and are left out\n`);
const summaries = methods.map((m) => summarize(m, all));
process.stdout.write(`${headlineTable(summaries)}\n\n`);
const matched = referenceAtMatchedFalseAlarms(all, methods[0]!, 'newey-west');
if (matched)
  process.stdout.write(
    `\`newey-west\` at the false alarms of \`${methods[0]}\` (level ${matched.level.toPrecision(2)}): false alarms ${matched.falseAlarms.k}/${matched.falseAlarms.n}, detected ${matched.detection.k}/${matched.detection.n}, ≥ 35% / error ×3+ ${matched.detection35.k}/${matched.detection35.n}\n\n`,
  );
const ceilings = GROUPINGS.map((g) => detectionCeiling(all, methods[0]!, g));
process.stdout.write(
  `${ceilingTable(
    summaries[0]!,
    ceilings,
    summaries.find((x) => x.method === 'newey-west'),
  )}\n\n${detectableTable(summaries[0]!) ?? ''}\n`,
);
const nullTable = nullCalibrationTable(nullCalibration(all, methods));
if (nullTable)
  process.stdout.write(
    `Null calibration (unchanged releases: no change excluded by the judge's own bounds):\n\n${nullTable}\n`,
  );
if (values.dump) writeFileSync(values.dump, JSON.stringify(dump));
