/**
 * The detection ceiling (ceiling.ts) of a finished run, from its results file, without re-running anything:
 *   node bench/accuracy/lib/ceiling-report.js bench/accuracy/results/synth-20261127.json [...]
 * Prints, per file, the method's detection next to the oracle's, for all scored regressions and for those of
 * 35% or more (error rate ×3+) alone.
 */
import { readFileSync } from 'node:fs';
import { detectionCeiling, GROUPINGS } from './ceiling.js';
import { ceilingTable } from './report.js';
import { type ScenarioResult, summarize } from './score.js';

const METHOD = 'drift-interval';

for (const file of process.argv.slice(2)) {
  const run = JSON.parse(readFileSync(file, 'utf8')) as { scenarios: ScenarioResult[] };
  const ceilings = GROUPINGS.map((g) => detectionCeiling(run.scenarios, METHOD, g));
  console.log(
    `${file}\n\n${ceilingTable(summarize(METHOD, run.scenarios), ceilings, summarize('newey-west', run.scenarios))}\n`,
  );
}
