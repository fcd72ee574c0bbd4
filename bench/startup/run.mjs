#!/usr/bin/env node
// Cold start of the offline gate against a bare node: `node -e 0` and the whole pre-deploy gate on the demo's
// recording (packages/cli/demo), run in turn, N times each (default 7, `--runs N`), after one discarded warm-up
// of each. Prints both medians and their ratio. It measures dist/ as it is (the committed bundle; `npm run build`
// first to measure changed sources).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..', '..');
const cli = join(root, 'packages', 'cli', 'dist', 'index.js');
const recording = join(root, 'packages', 'cli', 'demo', 'compare-recording.json');
const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 7;
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a positive integer');
if (!existsSync(cli)) throw new Error(`${cli} is missing: run "npm run build" first`);

const work = mkdtempSync(join(tmpdir(), 'driftgate-startup-'));
const bare = { name: 'node -e 0', args: ['-e', '0'], check: () => {} };
const gate = {
  name: 'offline gate (driftgate compare --metrics-file <demo recording>)',
  args: [cli, 'compare', '--metrics-file', recording, '--config', 'builtin', '--output-dir', join(work, 'out')],
  // The recording holds a real regression: the gate must decide "fail" (exit 1) from it, every time.
  check: (r) => {
    if (r.status !== 1 || !r.stdout.startsWith('FAIL: Regression beyond tolerance'))
      throw new Error(`the gate did not produce its verdict (exit ${r.status}):\n${r.stdout}${r.stderr}`);
  },
};

/** Wall time of one run in seconds. */
function time(cmd) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, cmd.args, { cwd: work, encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  cmd.check(r);
  return seconds;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

try {
  time(bare);
  time(gate);
  const samples = { bare: [], gate: [] };
  for (let i = 0; i < runs; i++) {
    samples.bare.push(time(bare));
    samples.gate.push(time(gate));
  }
  const b = median(samples.bare);
  const g = median(samples.gate);
  const fmt = (xs) => xs.map((x) => x.toFixed(3)).join(' ');
  console.log(`node ${process.version}, ${runs} runs each, taken in turn`);
  console.log(`${bare.name}: median ${b.toFixed(3)} s  (${fmt(samples.bare)})`);
  console.log(`${gate.name}: median ${g.toFixed(3)} s  (${fmt(samples.gate)})`);
  console.log(`ratio: ${(g / b).toFixed(2)}x bare node`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
