/**
 * driftgate accuracy benchmark: `npm run bench:accuracy [-- --seed N --scenarios small|full]`.
 *
 * 1. builds the labelled scenarios of a seed (packages/synth) and simulates their telemetry;
 * 2. writes OpenMetrics (one file per 2h block), backfills it with promtool and starts Prometheus;
 * 3. runs the gate for every scenario the way users run it (the CLI, against Prometheus, recording its
 *    queries), then judges the same recording in-process with the reference methods;
 * 4. scores the verdicts against the ground truth and writes results/<seed>.json and .md.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  buildScenarios,
  defaultEnd,
  type GroundTruth,
  generateScenario,
  type MetricId,
  type Scenario,
  type ScenarioSetSize,
  writeOpenMetrics,
} from '@driftgate/synth';
import { type PrometheusServer, startPrometheus } from '@driftgate/testkit/prometheus';
import { modelBound } from './bound.js';
import { detectionCeiling, GROUPINGS } from './ceiling.js';
import { boundSentence, renderMarkdown } from './report.js';
import { naiveDrifts, sanityReport } from './sanity.js';
import { fromComparison, type RunResult, type ScenarioResult, summarize, verdictOfExitCode } from './score.js';

/** The held-out seed: never used while developing the judge. */
export const HELD_OUT_SEED = 20261127;
export const CLI_METHOD = 'drift-interval';
export const REFERENCE_METHODS = ['mean-threshold', 'mann-whitney'] as const;

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..', '..');
const benchDir = resolve(here, '..');

const t0 = Date.now();
function log(msg: string): void {
  process.stderr.write(`[${((Date.now() - t0) / 1000).toFixed(1).padStart(6)}s] ${msg}\n`);
}

interface Args {
  seed: number;
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
        `  --seed N              scenario seed (default ${HELD_OUT_SEED}, the held-out seed)`,
        '  --scenarios small|full  scenario set (default full)',
        '  --concurrency N       gate runs in parallel (default 2)',
        '  --scrape-interval S   seconds between samples (default 15)',
        '  --window-minutes N    length of the baseline and candidate windows (default 60)',
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
  return {
    seed: int(values.seed, HELD_OUT_SEED, 'seed'),
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
  // A variable specifier: the library is compiled separately and may not exist yet while it is written.
  const spec = '@driftgate/shared/compare';
  try {
    const mod = (await import(spec)) as { runCompare?: RunCompare };
    return typeof mod.runCompare === 'function' ? mod.runCompare : `${spec} does not export runCompare`;
  } catch (e) {
    return `cannot load ${spec}: ${(e as Error).message}`;
  }
}

function windowArg(w: { start: number; end: number }): string {
  return `${w.start}..${w.end}`;
}

function runCli(args: Args, t: GroundTruth, url: string, dir: string, cwd: string): Promise<RunResult> {
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
  t: GroundTruth,
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

function counts(scenarios: Scenario[]): Record<string, number> {
  const c: Record<string, number> = {};
  for (const s of scenarios) c[s.truth.category] = (c[s.truth.category] ?? 0) + 1;
  return c;
}

async function main(): Promise<number> {
  const args = parse();
  const name = `${args.seed}${args.set === 'full' ? '' : `-${args.set}`}${args.windowMinutes === 60 ? '' : `-${args.windowMinutes}m`}`;
  const work = join(benchDir, '.work', name);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const timings: Record<string, number> = {};

  let scenarios = buildScenarios({
    seed: args.seed,
    end: args.end,
    size: args.set,
    windowSeconds: args.windowMinutes * 60,
  });
  if (args.limit !== undefined) scenarios = scenarios.slice(0, args.limit);
  log(
    `seed ${args.seed}, ${args.set} set: ${scenarios.length} scenarios ${JSON.stringify(counts(scenarios))}, data ends ${new Date(args.end * 1000).toISOString()}`,
  );
  const bound = modelBound(scenarios);
  log(`model bound: the best possible method detects ${boundSentence(bound)}`);

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

  let t = Date.now();
  const telemetry = scenarios.map((s) => generateScenario(s, args.seed, args.scrapeInterval));
  timings.generateMs = Date.now() - t;
  t = Date.now();
  const files = writeOpenMetrics(telemetry, join(work, 'openmetrics'), { prefix: `bench-${args.seed}` });
  timings.writeMs = Date.now() - t;
  telemetry.length = 0;
  const bytes = files.reduce((a, f) => a + f.bytes, 0);
  log(
    `generated in ${(timings.generateMs / 1000).toFixed(1)}s, wrote ${files.length} OpenMetrics files (${(bytes / 1e9).toFixed(2)} GB) in ${(timings.writeMs / 1000).toFixed(1)}s`,
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
    log(`backfilled with promtool and started Prometheus at ${prom.url} in ${(timings.backfillMs / 1000).toFixed(1)}s`);
    if (!args.keep) rmSync(join(work, 'openmetrics'), { recursive: true, force: true });

    if (args.dataOnly) {
      t = Date.now();
      const rows: Array<{ truth: GroundTruth; drifts: Record<MetricId, number | null> }> = [];
      const url = prom.url;
      await pool(scenarios, args.concurrency, async (s) => {
        rows.push({ truth: s.truth, drifts: await naiveDrifts(url, s.truth) });
      });
      timings.sanityMs = Date.now() - t;
      const md = sanityReport(rows);
      const resultsDir = join(benchDir, 'results');
      mkdirSync(resultsDir, { recursive: true });
      writeFileSync(join(resultsDir, `${name}-data.md`), `# Data sanity, seed ${args.seed} (${args.set})\n\n${md}\n`);
      writeFileSync(
        join(resultsDir, `${name}-data.json`),
        `${JSON.stringify({ seed: args.seed, set: args.set, end: args.end, timings, rows }, null, 1)}\n`,
      );
      process.stdout.write(`${md}\n`);
      log(`sanity queries in ${(timings.sanityMs / 1000).toFixed(1)}s; results/${name}-data.md`);
      return 0;
    }

    // Gate runs.
    t = Date.now();
    const results: ScenarioResult[] = scenarios.map((s) => ({ truth: s.truth, results: {} }));
    const cwd = join(work, 'cwd'); // no .github/driftgate.yml here: the default catalog applies
    mkdirSync(cwd, { recursive: true });
    const url = prom.url;
    let done = 0;
    await pool(scenarios, args.concurrency, async (s, i) => {
      const dir = join(work, 'runs', s.truth.service);
      mkdirSync(dir, { recursive: true });
      const cli = await runCli(args, s.truth, url, dir, cwd);
      results[i]!.results[CLI_METHOD] = cli;
      const recording = join(dir, 'recording.json');
      if (typeof runCompare === 'function') {
        for (const method of REFERENCE_METHODS) {
          const r = existsSync(recording)
            ? await runReference(runCompare, method, s.truth, recording, join(dir, method), cwd)
            : { verdict: 'error' as const, regressions: [], metrics: [], error: 'the CLI wrote no recording' };
          results[i]!.results[method] = r;
        }
      }
      done++;
      if (done % 25 === 0 || done === scenarios.length) {
        const el = (Date.now() - t) / 1000;
        log(
          `${done}/${scenarios.length} scenarios judged (${el.toFixed(0)}s, ~${((el / done) * (scenarios.length - done)).toFixed(0)}s left)`,
        );
      }
    });
    timings.gateMs = Date.now() - t;
    timings.totalMs = Date.now() - t0;

    const methods = [CLI_METHOD, ...(typeof runCompare === 'function' ? REFERENCE_METHODS : [])];
    const summaries = methods.map((m) => summarize(m, results));
    let mismatches = 0;
    for (const r of results) {
      const c = r.results[CLI_METHOD]!;
      if (c.verdict === 'error') continue;
      const implied = verdictOfExitCode(c.exitCode ?? null);
      if (!(implied === c.verdict || (implied === 'pass|waived' && (c.verdict === 'pass' || c.verdict === 'waived'))))
        mismatches++;
    }
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
    const meta = {
      seed: args.seed,
      set: args.set,
      scenarios: scenarios.length,
      counts: counts(scenarios),
      end: args.end,
      scrapeInterval: args.scrapeInterval,
      windowMinutes: args.windowMinutes,
      timings,
      data: { files: files.length, bytes },
      exitCodeMismatches: mismatches,
      notes,
    };
    const ceilings = GROUPINGS.map((g) => detectionCeiling(results, CLI_METHOD, g));
    const md = renderMarkdown(meta, summaries, ceilings, bound);
    const resultsDir = join(benchDir, 'results');
    mkdirSync(resultsDir, { recursive: true });
    writeFileSync(join(resultsDir, `${name}.md`), md);
    writeFileSync(
      join(resultsDir, `${name}.json`),
      `${JSON.stringify({ ...meta, generatedAt: new Date().toISOString(), summaries, ceilings, bound, scenarios: results }, null, 1)}\n`,
    );
    process.stdout.write(`${md}\n`);
    log(
      `wrote ${join('bench/accuracy/results', `${name}.md`)} and .json in ${((Date.now() - t0) / 1000).toFixed(0)}s total`,
    );
    if (!args.keep) rmSync(join(work, 'runs'), { recursive: true, force: true });
    return errors.length === results.length * methods.length ? 1 : 0;
  } finally {
    await stop();
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    if (!args.keep && existsSync(work) && statSync(work).isDirectory())
      rmSync(join(work, 'openmetrics'), { recursive: true, force: true });
  }
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
