/**
 * driftgate accuracy benchmark: `npm run bench:accuracy [-- --world synth|ar1|nab|wide --seed N --scenarios small|full]`.
 *
 * For each world (synth, ar1, nab; all three by default, each on its held-out seed):
 * 1. builds the world's labelled scenarios (ground truth, windows, versions, config file) and writes their
 *    telemetry as OpenMetrics (one file per 2h block);
 * 2. backfills it with promtool and starts Prometheus;
 * 3. runs the gate for every scenario the way users run it (the CLI, against Prometheus, recording its
 *    queries), then judges the same recording in-process with the reference methods;
 * 4. scores the verdicts against the ground truth and writes results/<world>-<seed>.json and .md.
 * Then prints one line per world next to the targets (results/summary.md).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { defaultEnd, type GroundTruth, type MetricId, type ScenarioSetSize } from '@driftgate/synth';
import { type PrometheusServer, startPrometheus } from '@driftgate/testkit/prometheus';
import { detectionCeiling, GROUPINGS } from './ceiling.js';
import { referenceAtMatchedFalseAlarms } from './matched.js';
import { nullCalibration } from './null-calibration.js';
import { boundSentence, renderMarkdown, type WorldLine, worldTable } from './report.js';
import { naiveDrifts, sanityReport } from './sanity.js';
import { fromComparison, type RunResult, type ScenarioResult, summarize, verdictOfExitCode } from './score.js';
import type { BenchTruth } from './truth.js';
import { ar1World } from './worlds/ar1-world.js';
import { nabWorld } from './worlds/nab-world.js';
import { type SynthBuild, synthWorld } from './worlds/synth-world.js';
import { wideWorld } from './worlds/wide-world.js';
import { WORLD_NAMES, type World, type WorldBuild, type WorldName } from './worlds/world.js';

export const WORLDS: Record<WorldName, World> = { synth: synthWorld, ar1: ar1World, nab: nabWorld, wide: wideWorld };
/** synth's held-out seed (each world has its own: WORLDS[w].heldOutSeed). */
export const HELD_OUT_SEED = synthWorld.heldOutSeed;
export const CLI_METHOD = 'drift-interval';
export const REFERENCE_METHODS = ['mean-threshold', 'mann-whitney', 'newey-west'] as const;

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..', '..');
const benchDir = resolve(here, '..');

const t0 = Date.now();
function log(msg: string): void {
  process.stderr.write(`[${((Date.now() - t0) / 1000).toFixed(1).padStart(6)}s] ${msg}\n`);
}

interface Args {
  worlds: WorldName[];
  /** undefined: each world's held-out seed. */
  seed?: number;
  set: ScenarioSetSize;
  concurrency: number;
  scrapeInterval: number;
  windowMinutes: number;
  end: number;
  limit?: number;
  dataOnly: boolean;
  keep: boolean;
  cli: string;
  timeoutMs: number;
}

function parse(): Args {
  const { values } = parseArgs({
    options: {
      world: { type: 'string' },
      seed: { type: 'string' },
      scenarios: { type: 'string' },
      concurrency: { type: 'string' },
      'scrape-interval': { type: 'string' },
      'window-minutes': { type: 'string' },
      end: { type: 'string' },
      limit: { type: 'string' },
      'data-only': { type: 'boolean' },
      keep: { type: 'boolean' },
      cli: { type: 'string' },
      timeout: { type: 'string' },
      help: { type: 'boolean' },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(
      [
        'npm run bench:accuracy -- [options]',
        '  --world W             synth, ar1, nab or wide (default: all four, one after the other)',
        `  --seed N              scenario seed (default: each world's held-out seed: ${WORLD_NAMES.map((w) => `${w} ${WORLDS[w].heldOutSeed}`).join(', ')})`,
        '  --scenarios small|full  scenario set (default full)',
        '  --concurrency N       gate runs in parallel (default 2)',
        '  --scrape-interval S   synth: seconds between samples (default 15; ar1 is 30 s, nab 5 min)',
        '  --window-minutes N    synth: length of the baseline and candidate windows (default 60)',
        '  --end UNIX            end of the data (default: last full hour minus one hour)',
        '  --limit N             only the first N scenarios (debugging)',
        '  --data-only           generate, backfill and run sanity queries; no gate runs',
        '  --keep                keep the OpenMetrics files and per-run outputs',
        '  --cli PATH            the CLI to run (default packages/cli/dist/index.js)',
        '  --timeout S           per gate run (default 180)',
        '',
      ].join('\n'),
    );
    process.exit(0);
  }
  const int = (v: string | undefined, d: number, what: string) => {
    if (v === undefined) return d;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0) throw new Error(`--${what} must be a non-negative integer, got ${v}`);
    return n;
  };
  const set = (values.scenarios ?? 'full') as ScenarioSetSize;
  if (set !== 'small' && set !== 'full') throw new Error(`--scenarios must be small or full, got ${values.scenarios}`);
  const world = values.world as WorldName | undefined;
  if (world !== undefined && !WORLD_NAMES.includes(world))
    throw new Error(`--world must be one of ${WORLD_NAMES.join(', ')}, got ${values.world}`);
  return {
    worlds: world ? [world] : [...WORLD_NAMES],
    ...(values.seed !== undefined ? { seed: int(values.seed, 0, 'seed') } : {}),
    set,
    concurrency: Math.max(1, int(values.concurrency, 2, 'concurrency')),
    scrapeInterval: Math.max(1, int(values['scrape-interval'], 15, 'scrape-interval')),
    windowMinutes: Math.max(10, int(values['window-minutes'], 60, 'window-minutes')),
    end: int(values.end, defaultEnd(), 'end'),
    ...(values.limit !== undefined ? { limit: int(values.limit, 0, 'limit') } : {}),
    dataOnly: !!values['data-only'],
    keep: !!values.keep,
    cli: resolve(root, values.cli ?? 'packages/cli/dist/index.js'),
    timeoutMs: int(values.timeout, 180, 'timeout') * 1000,
  };
}

type RunCompare = (options: Record<string, unknown>) => Promise<{ comparison: unknown }>;

async function loadRunCompare(): Promise<RunCompare | string> {
  // Variable specifiers: the library is compiled separately and may not exist yet while it is written.
  const spec = '@driftgate/shared/compare';
  const settingsSpec = '@driftgate/shared/compare';
  try {
    const mod = (await import(spec)) as { runCompare?: RunCompare };
    const settings = (await import(settingsSpec)) as { compareSettings?: (o: Record<string, unknown>) => unknown };
    const { runCompare, compareSettings } = { ...mod, ...settings };
    if (typeof runCompare !== 'function') return `${spec} does not export runCompare`;
    if (typeof compareSettings !== 'function') return `${settingsSpec} does not export compareSettings`;
    // The inputs' text is parsed into typed settings first, as the action and the CLI do.
    return (options) => runCompare(compareSettings(options) as Record<string, unknown>);
  } catch (e) {
    return `cannot load ${spec}: ${(e as Error).message}`;
  }
}

function windowArg(w: { start: number; end: number }): string {
  return `${w.start}..${w.end}`;
}

function runCli(args: Args, t: BenchTruth, url: string, dir: string, cwd: string): Promise<RunResult> {
  const argv = [
    args.cli,
    'compare',
    '--prometheus-url',
    url,
    '--service',
    t.service,
    '--environment',
    t.environment,
    '--baseline-version',
    t.baselineVersion,
    '--candidate-version',
    t.candidateVersion,
    '--baseline-window',
    windowArg(t.baselineWindow),
    '--candidate-window',
    windowArg(t.candidateWindow),
    '--output-dir',
    dir,
    '--record',
    join(dir, 'recording.json'),
    '--quiet',
  ];
  return new Promise((res) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, argv, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const keep = (d: Buffer) => {
      out = (out + d.toString()).slice(-4000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, args.timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
      const file = join(dir, 'perf-comparison.json');
      const base = { wallMs, exitCode: code ?? -1 };
      if (timedOut)
        return res({
          verdict: 'error',
          regressions: [],
          metrics: [],
          ...base,
          error: `timed out after ${args.timeoutMs / 1000}s`,
        });
      if (!existsSync(file))
        return res({
          verdict: 'error',
          regressions: [],
          metrics: [],
          ...base,
          error: `exit ${code}, no perf-comparison.json: ${out.trim().slice(-1500)}`,
        });
      try {
        res(fromComparison(JSON.parse(readFileSync(file, 'utf8')), base));
      } catch (e) {
        res({
          verdict: 'error',
          regressions: [],
          metrics: [],
          ...base,
          error: `unreadable perf-comparison.json: ${(e as Error).message}`,
        });
      }
    });
  });
}

async function runReference(
  runCompare: RunCompare,
  method: string,
  t: BenchTruth,
  recording: string,
  dir: string,
  cwd: string,
): Promise<RunResult> {
  const started = process.hrtime.bigint();
  try {
    const { comparison } = await runCompare({
      metricsFile: recording,
      method,
      service: t.service,
      environment: t.environment,
      baselineVersion: t.baselineVersion,
      candidateVersion: t.candidateVersion,
      baselineWindow: windowArg(t.baselineWindow),
      candidateWindow: windowArg(t.candidateWindow),
      outputDir: dir,
      cwd,
    });
    return fromComparison(comparison, { wallMs: Number(process.hrtime.bigint() - started) / 1e6 });
  } catch (e) {
    return { verdict: 'error', regressions: [], metrics: [], error: (e as Error).message.slice(0, 1500) };
  }
}

async function pool<T>(items: T[], concurrency: number, fn: (item: T, i: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    for (;;) {
      const i = next++;
      if (i >= items.length) return;
      await fn(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
}

function counts(scenarios: BenchTruth[]): Record<string, number> {
  const c: Record<string, number> = {};
  for (const s of scenarios) c[s.category] = (c[s.category] ?? 0) + 1;
  return c;
}

/** Working directories of the gate runs: one without a config file, one per config of the world. */
function workingDirs(work: string, build: WorldBuild): Record<string, string> {
  const dirs: Record<string, string> = { '': join(work, 'cwd') }; // no .github/driftgate.yml: the default catalog
  mkdirSync(dirs['']!, { recursive: true });
  for (const [name, text] of Object.entries(build.configs)) {
    const dir = join(work, `cwd-${name}`);
    mkdirSync(join(dir, '.github'), { recursive: true });
    writeFileSync(join(dir, '.github', 'driftgate.yml'), text);
    dirs[name] = dir;
  }
  return dirs;
}

/** The data-only mode: synth runs its sanity queries, the other worlds only show that the data loads. */
async function dataOnly(build: WorldBuild, url: string, args: Args, name: string, timings: Record<string, number>) {
  if (build.world !== 'synth') {
    log(`${build.world}: data backfilled; no sanity queries for this world`);
    return;
  }
  const t = Date.now();
  const rows: Array<{ truth: GroundTruth; drifts: Record<MetricId, number | null> }> = [];
  await pool((build as SynthBuild).synthScenarios, args.concurrency, async (s) => {
    rows.push({ truth: s.truth, drifts: await naiveDrifts(url, s.truth) });
  });
  timings.sanityMs = Date.now() - t;
  const md = sanityReport(rows);
  const resultsDir = join(benchDir, 'results');
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(join(resultsDir, `${name}-data.md`), `# Data sanity, ${name}\n\n${md}\n`);
  writeFileSync(
    join(resultsDir, `${name}-data.json`),
    `${JSON.stringify({ name, end: args.end, timings, rows }, null, 1)}\n`,
  );
  process.stdout.write(`${md}\n`);
  log(`sanity queries in ${(timings.sanityMs / 1000).toFixed(1)}s; results/${name}-data.md`);
}

/** Every scenario through the CLI (and the reference methods on its recording), `concurrency` at a time. */
async function judgeAll(
  build: WorldBuild,
  args: Args,
  url: string,
  work: string,
  runCompare: RunCompare | string,
): Promise<ScenarioResult[]> {
  const t = Date.now();
  const scenarios = build.scenarios;
  const results: ScenarioResult[] = scenarios.map((truth) => ({ truth, results: {} }));
  const cwds = workingDirs(work, build);
  let done = 0;
  await pool(scenarios, args.concurrency, async (truth, i) => {
    const dir = join(work, 'runs', truth.service);
    mkdirSync(dir, { recursive: true });
    const cwd = cwds[truth.config ?? '']!;
    results[i]!.results[CLI_METHOD] = await runCli(args, truth, url, dir, cwd);
    const recording = join(dir, 'recording.json');
    if (typeof runCompare === 'function') {
      for (const method of REFERENCE_METHODS) {
        results[i]!.results[method] = existsSync(recording)
          ? await runReference(runCompare, method, truth, recording, join(dir, method), cwd)
          : { verdict: 'error' as const, regressions: [], metrics: [], error: 'the CLI wrote no recording' };
      }
    }
    done++;
    if (done % 25 === 0 || done === scenarios.length) {
      const el = (Date.now() - t) / 1000;
      log(
        `${build.world}: ${done}/${scenarios.length} scenarios judged (${el.toFixed(0)}s, ~${((el / done) * (scenarios.length - done)).toFixed(0)}s left)`,
      );
    }
  });
  return results;
}

/** CLI runs whose exit code does not match their verdict. */
function exitCodeMismatches(results: ScenarioResult[]): number {
  let mismatches = 0;
  for (const r of results) {
    const c = r.results[CLI_METHOD]!;
    if (c.verdict === 'error') continue;
    const implied = verdictOfExitCode(c.exitCode ?? null);
    if (!(implied === c.verdict || (implied === 'pass|waived' && (c.verdict === 'pass' || c.verdict === 'waived'))))
      mismatches++;
  }
  return mismatches;
}

function runNotes(results: ScenarioResult[], runCompare: RunCompare | string): { notes: string[]; errors: string[] } {
  const errors = results.flatMap((r) =>
    Object.entries(r.results)
      .filter(([, x]) => x.verdict === 'error')
      .map(([m, x]) => `${r.truth.service} ${m}: ${x.error}`),
  );
  const notes: string[] = [];
  const cliMethods = [...new Set(results.map((r) => r.results[CLI_METHOD]?.method).filter((m) => m))];
  if (cliMethods.some((m) => m !== CLI_METHOD))
    notes.push(
      `⚠ The CLI reported method(s) ${cliMethods.join(', ')}, not ${CLI_METHOD}: its column is labelled ${CLI_METHOD}.`,
    );
  if (typeof runCompare === 'string') notes.push(`Reference methods not run: ${runCompare}`);
  if (errors.length)
    notes.push(
      `First errors:\n\n${errors
        .slice(0, 5)
        .map((e) => `    ${e.replace(/\n/g, ' ').slice(0, 300)}`)
        .join('\n')}`,
    );
  return { notes, errors };
}

function resultName(world: WorldName, seed: number, args: Args): string {
  const small = args.set === 'full' ? '' : `-${args.set}`;
  const window = world === 'synth' && args.windowMinutes !== 60 ? `-${args.windowMinutes}m` : '';
  return `${world}-${seed}${small}${window}`;
}

/** Scores, renders and writes one world's results; returns its line of the summary table. */
function report(
  build: WorldBuild,
  seed: number,
  name: string,
  args: Args,
  results: ScenarioResult[],
  runCompare: RunCompare | string,
  timings: Record<string, number>,
  data: { files: number; bytes: number },
): { line: WorldLine; errors: number; runs: number } {
  const methods = [CLI_METHOD, ...(typeof runCompare === 'function' ? REFERENCE_METHODS : [])];
  const summaries = methods.map((m) => summarize(m, results));
  const matched = referenceAtMatchedFalseAlarms(results, CLI_METHOD, 'newey-west');
  const { notes, errors } = runNotes(results, runCompare);
  const meta = {
    world: build.world,
    description: build.description,
    seed,
    set: args.set,
    scenarios: results.length,
    counts: counts(build.scenarios),
    end: args.end,
    scrapeInterval: build.sampleInterval,
    windowMinutes: args.windowMinutes,
    timings,
    data,
    exitCodeMismatches: exitCodeMismatches(results),
    notes: [...build.notes, ...notes],
  };
  const ceilings = GROUPINGS.map((g) => detectionCeiling(results, CLI_METHOD, g));
  const bound = build.world === 'synth' ? (build as SynthBuild).bound : undefined;
  const md = renderMarkdown(meta, summaries, ceilings, bound, nullCalibration(results, methods));
  const resultsDir = join(benchDir, 'results');
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(join(resultsDir, `${name}.md`), md);
  writeFileSync(
    join(resultsDir, `${name}.json`),
    `${JSON.stringify({ ...meta, generatedAt: new Date().toISOString(), summaries, ceilings, bound, scenarios: results }, null, 1)}\n`,
  );
  log(`${build.world}: wrote bench/accuracy/results/${name}.md and .json`);
  return {
    line: {
      world: build.world,
      seed,
      description: build.description,
      summary: summaries[0]!,
      ...(summaries.find((x) => x.method === 'newey-west')
        ? { reference: summaries.find((x) => x.method === 'newey-west')! }
        : {}),
      ...(matched ? { matched } : {}),
    },
    errors: errors.length,
    runs: results.length * methods.length,
  };
}

/** One world end to end: data, Prometheus, gate runs, scoring. Returns its summary line (none with --data-only). */
async function runWorld(world: World, args: Args, runCompare: RunCompare | string) {
  const seed = args.seed ?? world.heldOutSeed;
  const name = resultName(world.name, seed, args);
  const work = join(benchDir, '.work', name);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const timings: Record<string, number> = {};
  const wt0 = Date.now();
  let t = Date.now();
  const build = world.build({ ...args, seed, ...(args.limit !== undefined ? { limit: args.limit } : {}) });
  log(
    `${world.name} world, seed ${seed}${seed === world.heldOutSeed ? ' (held out)' : ''}, ${args.set} set: ${build.scenarios.length} scenarios ${JSON.stringify(counts(build.scenarios))}, data ends ${new Date(args.end * 1000).toISOString()}`,
  );
  if (build.world === 'synth')
    log(`model bound: the best possible method detects ${boundSentence((build as SynthBuild).bound)}`);
  const files = build.write(join(work, 'openmetrics'));
  timings.writeMs = Date.now() - t;
  const bytes = files.reduce((a, f) => a + f.bytes, 0);
  log(
    `${world.name}: wrote ${files.length} OpenMetrics files (${(bytes / 1e9).toFixed(2)} GB) in ${(timings.writeMs / 1000).toFixed(1)}s`,
  );

  t = Date.now();
  let prom: PrometheusServer | undefined;
  const stop = async () => {
    const p = prom;
    prom = undefined;
    await p?.stop();
  };
  const onSignal = () => {
    void stop().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    prom = await startPrometheus({ openMetricsFiles: files.map((f) => f.path) });
    timings.backfillMs = Date.now() - t;
    log(
      `${world.name}: backfilled with promtool and started Prometheus at ${prom.url} in ${(timings.backfillMs / 1000).toFixed(1)}s`,
    );
    if (!args.keep) rmSync(join(work, 'openmetrics'), { recursive: true, force: true });
    if (args.dataOnly) {
      await dataOnly(build, prom.url, args, name, timings);
      return undefined;
    }
    t = Date.now();
    const results = await judgeAll(build, args, prom.url, work, runCompare);
    timings.gateMs = Date.now() - t;
    timings.totalMs = Date.now() - wt0;
    const out = report(build, seed, name, args, results, runCompare, timings, { files: files.length, bytes });
    if (!args.keep) rmSync(join(work, 'runs'), { recursive: true, force: true });
    return out;
  } finally {
    await stop();
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    if (!args.keep && existsSync(work) && statSync(work).isDirectory())
      rmSync(join(work, 'openmetrics'), { recursive: true, force: true });
  }
}

async function main(): Promise<number> {
  const args = parse();
  // Fail early (before minutes of data generation) when the gate is not built.
  let runCompare: RunCompare | string = 'not loaded';
  if (!args.dataOnly) {
    if (!existsSync(args.cli)) {
      log(
        `the CLI is not built: ${args.cli} is missing (it is committed; rebuild it with "npm run build"), or use --data-only.`,
      );
      return 2;
    }
    runCompare = await loadRunCompare();
    if (typeof runCompare === 'string') log(`reference methods unavailable (${runCompare}); scoring the CLI only`);
  }
  const lines: WorldLine[] = [];
  let failedAll = false;
  for (const w of args.worlds) {
    const r = await runWorld(WORLDS[w], args, runCompare);
    if (!r) continue;
    lines.push(r.line);
    if (r.errors === r.runs) failedAll = true;
  }
  if (args.dataOnly) return 0;
  const md = [
    '# driftgate accuracy benchmark: the worlds',
    '',
    `The gate as users run it (the bundled CLI against Prometheus, default method \`${CLI_METHOD}\`), one line per world; ` +
      `${args.seed === undefined ? "each world's held-out seed" : `seed ${args.seed}`}, ${args.set} set. ` +
      'Detection counts a `fail` naming the injected metric. Targets (issue 11) in the last line.',
    '',
    worldTable(lines),
    '',
    ...lines.map((l) => `- **${l.world}**: ${l.description}.`),
    '',
    `Total ${((Date.now() - t0) / 1000).toFixed(0)} s. Per-world tables: ${lines.map((l) => `results/${resultName(l.world as WorldName, l.seed, args)}.md`).join(', ')}.`,
    '',
  ].join('\n');
  const resultsDir = join(benchDir, 'results');
  mkdirSync(resultsDir, { recursive: true });
  const summaryName = `summary${args.worlds.length === 1 ? `-${args.worlds[0]}` : ''}${args.seed === undefined ? '' : `-${args.seed}`}${args.set === 'full' ? '' : `-${args.set}`}`;
  writeFileSync(join(resultsDir, `${summaryName}.md`), md);
  for (const l of lines) {
    const file = join(resultsDir, `${resultName(l.world as WorldName, l.seed, args)}.md`);
    process.stdout.write(`${readFileSync(file, 'utf8')}\n`);
  }
  process.stdout.write(`${md}\n`);
  log(`wrote bench/accuracy/results/${summaryName}.md in ${((Date.now() - t0) / 1000).toFixed(0)}s total`);
  return failedAll ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    log(`failed: ${(e as Error).stack ?? e}`);
    process.exitCode = 1;
  },
);
