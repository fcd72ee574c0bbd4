#!/usr/bin/env node
// Cold start of the offline gate against a bare node: `node -e 0` and the whole pre-deploy gate on the demo's
// recording (packages/cli/demo), run in turn, N times each (default 7, `--runs N`), after one discarded warm-up
// of each. Prints both medians and their ratio. It measures dist/ as it is (the committed bundle; `npm run build`
// first to measure changed sources). On Node 22.1+ the bundle's stubs cache V8's compiled code on disk
// (module.enableCompileCache), which the warm-up fills; the gate is then timed a third way, with the cache
// off (NODE_DISABLE_COMPILE_CACHE=1), as on a fresh runner's first run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import module from 'node:module';
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

const uncached = { ...gate, name: 'offline gate, compile cache off', env: { NODE_DISABLE_COMPILE_CACHE: '1' } };
const cmds = typeof module.enableCompileCache === 'function' ? [bare, gate, uncached] : [bare, gate];

/** Wall time of one run in seconds. */
function time(cmd) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, cmd.args, { cwd: work, encoding: 'utf8', env: { ...process.env, ...cmd.env } });
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
  for (const cmd of cmds) time(cmd);
  const samples = cmds.map(() => []);
  for (let i = 0; i < runs; i++) {
    for (const [j, cmd] of cmds.entries()) samples[j].push(time(cmd));
  }
  const medians = samples.map(median);
  const fmt = (xs) => xs.map((x) => x.toFixed(3)).join(' ');
  console.log(`node ${process.version}, ${runs} runs each, taken in turn`);
  for (const [j, cmd] of cmds.entries())
    console.log(`${cmd.name}: median ${medians[j].toFixed(3)} s  (${fmt(samples[j])})`);
  console.log(`ratio: ${(medians[1] / medians[0]).toFixed(2)}x bare node`);
  if (cmds.length > 2) console.log(`ratio, compile cache off: ${(medians[2] / medians[0]).toFixed(2)}x bare node`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
