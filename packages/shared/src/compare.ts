/**
 * The pre-deploy comparison, end to end, as one function shared by the perf-baseline-compare action and the
 * `driftgate compare` CLI: resolve config, windows and versions; collect both windows; judge; apply
 * waivers; write perf-comparison.json and perf-comparison.md locally. GitHub-specific publishing (summary,
 * PR comment, artifact) stays in the action.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { readStableBaseline } from './bake/store.js';
import { type CollectOptions, collectMetric, type WindowData } from './collect.js';
import { mapLimit } from './concurrency.js';
import { loadConfig, parsePercent, type ResolvedConfig, wideTolerances } from './config.js';
import { ConfigurationError, SourceError } from './errors.js';
import { refuseControlCharacters } from './escape.js';
import { judge, METHOD_DESCRIPTIONS, METHODS } from './judge/index.js';
import { summarizeMetrics } from './judge/verdict.js';
import { type Logger, silentLogger } from './log.js';
import type { MetricDef } from './metrics.js';
import { checkOutputDir } from './paths.js';
import { redact } from './redact.js';
import { renderMarkdown } from './report/markdown.js';
import { COMPARISON_SCHEMA, type Comparison, type MethodName, type MetricComparison } from './report/types.js';
import { resolveScrapeIntervals, withScrapeIntervals, withScrapeNote } from './scrape.js';
import { RecordingSource } from './sources/file.js';
import type { Deadline } from './sources/http.js';
import { createSource, openSource, type SourceOptions } from './sources/index.js';
import type { MetricSource, QueryResult } from './sources/types.js';
import { isoTime, nowSeconds, parseDuration, parseWindow, type TimeWindow } from './time.js';
import { DRIFTGATE_VERSION } from './version.js';
import { applyWaiverOutcomes, parseWaiverInput, type WaiverOutcome, waiverRecord } from './waiver/apply.js';
import { UNPROVABLE_WAIVER, type WaiverProver } from './waiver/prove.js';
import type { Waiver } from './waiver/types.js';
import { decideWaivers, toOutcomes } from './waiver/verify.js';

export const DEFAULT_CANDIDATE_WINDOW = '-1h..now';

export interface CompareOptions extends SourceOptions {
  service?: string;
  environment?: string;
  baselineVersion?: string;
  candidateVersion?: string;
  /** "START..END"; default: the candidate window. */
  baselineWindow?: string;
  /** "START..END"; default -1h..now. */
  candidateWindow?: string;
  /** Overrides the config's tolerance ("10%" or 0.1). */
  tolerance?: string;
  method?: string;
  onInconclusive?: string;
  /** Path of the config file (default .github/driftgate.yml, optional). */
  config?: string;
  /** Directory for config lookup and relative paths (default process.cwd()). */
  cwd?: string;
  /** JSON of waiver(s) from cab-waiver-check. */
  waiver?: string;
  /**
   * s3:// URI of the baseline store written by post-deploy-verify: when baseline-version is empty, the last
   * version that passed its bake is the baseline, and its verified bake window the baseline window.
   */
  baselineStore?: string;
  /** Where perf-comparison.json/.md are written. */
  outputDir: string;
  /** Overall deadline of the run's queries ("5m" by default; at most 6h): input `timeout`. */
  timeout?: string;
  /** Also record every query response to this file (driftgate.recording/v1). */
  record?: string;
  /** Clock, unix seconds (tests, audits). */
  now?: number;
  run?: Comparison['run'];
}

export interface CompareDeps {
  logger?: Logger;
  /** A ready source (tests, benchmarks); otherwise built from the options. */
  source?: MetricSource;
  /** Resolves the baseline when none is given (the action: latest GitHub release; later: the baseline store). */
  resolveBaseline?: () => Promise<{ version: string; resolvedFrom: string; window?: TimeWindow } | undefined>;
  /**
   * Proves the `waiver` input (waiver/prove.ts: re-read from its source, approval re-checked). Without it a
   * `waiver` input is refused before any query: an unproven waiver is never applied.
   */
  proveWaivers?: WaiverProver;
}

export interface CompareResult {
  comparison: Comparison;
  jsonPath: string;
  markdownPath: string;
  markdown: string;
  /** Exit status a shell should use: the gate's decision after on-inconclusive. */
  failed: boolean;
  /** The config file read (as given, relative to cwd), or null for the built-in catalog. */
  configFile: string | null;
}

function pick<T extends string>(value: string | undefined, choices: readonly T[], what: string): T | undefined {
  if (value === undefined || value === '') return undefined;
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new ConfigurationError(`${what} is ${JSON.stringify(value)}: expected one of ${choices.join(', ')}.`);
}

/**
 * Identical queries are sent once per run: cost_rate and cost_per_1k_requests share the charges query,
 * error_rate and cost_per_1k_requests the requests query.
 */
export function oncePerQuery(source: MetricSource): MetricSource {
  const seen = new Map<string, Promise<QueryResult>>();
  const once = (key: string, run: () => Promise<QueryResult>) => {
    let p = seen.get(key);
    if (!p) {
      p = run();
      seen.set(key, p);
      p.catch(() => seen.delete(key));
    }
    return p;
  };
  return {
    kind: source.kind,
    description: source.description,
    requestCount: () => source.requestCount(),
    queryRange: (q) => once(`range|${q.query}|${q.start}|${q.end}|${q.step}`, () => source.queryRange(q)),
    queryInstant: (query, time) => once(`instant|${query}|${time}`, () => source.queryInstant(query, time)),
  };
}

export async function collectBoth(
  source: MetricSource,
  metrics: MetricDef[],
  target: { service: string; environment: string },
  versions: { baseline: string; candidate: string },
  windows: { baseline: TimeWindow; candidate: TimeWindow },
  options: CollectOptions,
): Promise<Array<{ metric: MetricDef; baseline: WindowData; candidate: WindowData }>> {
  const jobs = metrics.flatMap((metric) => (['baseline', 'candidate'] as const).map((side) => ({ metric, side })));
  const shared = oncePerQuery(source);
  const results = await mapLimit(jobs, 4, async ({ metric, side }) => {
    try {
      return await collectMetric(shared, metric, { ...target, version: versions[side] }, windows[side], options);
    } catch (e) {
      if (e instanceof SourceError && e.details.errorType === 'bad_data') {
        throw new ConfigurationError(`metrics.${metric.id}: ${e.message}`, { cause: e });
      }
      throw e;
    }
  });
  return metrics.map((metric, i) => ({
    metric,
    baseline: results[2 * i] as WindowData,
    candidate: results[2 * i + 1] as WindowData,
  }));
}

/** Everything decided before any query is sent: config, versions, windows, method. Throws ConfigurationError. */
export interface ComparePlan {
  config: ResolvedConfig;
  service: string;
  environment: string;
  baselineVersion: string;
  baselineResolvedFrom: string;
  candidateVersion: string;
  baselineWindow: TimeWindow;
  candidateWindow: TimeWindow;
  method: MethodName;
  onInconclusive: 'fail' | 'pass';
  waivers: Waiver[];
}

export async function planCompare(
  options: CompareOptions,
  defaults: Record<string, unknown>,
  deps: CompareDeps,
): Promise<ComparePlan> {
  const cwd = options.cwd ?? process.cwd();
  checkOutputDir(options.outputDir, cwd);
  const config = loadConfig(options.config, cwd);
  const d = (k: string) =>
    typeof defaults[k] === 'string' && defaults[k] !== '' ? (defaults[k] as string) : undefined;
  const now = options.now ?? nowSeconds();
  const service = options.service || d('service');
  if (!service)
    throw new ConfigurationError('Input "service" is required: the value of the service label (e.g. checkout-api).');
  const environment = options.environment || d('environment') || 'prod';
  const candidateVersion = options.candidateVersion || d('candidateVersion');
  if (!candidateVersion)
    throw new ConfigurationError(
      'Input "candidate-version" is empty: pass the version label value of the release under test (default: the commit SHA).',
    );
  const candidateWindow = parseWindow(
    options.candidateWindow || d('candidateWindow') || DEFAULT_CANDIDATE_WINDOW,
    now,
    'Input "candidate-window"',
  );
  let baselineVersion = options.baselineVersion || d('baselineVersion');
  let resolvedFrom = options.baselineVersion ? 'input' : baselineVersion ? 'recording' : '';
  let storedWindow: TimeWindow | undefined;
  if (!baselineVersion && options.baselineStore) {
    const stable = await readStableBaseline(options.baselineStore, service, environment, {
      ...(options.awsRegion ? { region: options.awsRegion } : {}),
      ...(deps.logger ? { logger: deps.logger } : {}),
    });
    if (stable) {
      baselineVersion = stable.version;
      resolvedFrom = `baseline store (passed its bake, verified ${stable.verifiedAt})`;
      storedWindow = stable.window;
    } else {
      deps.logger?.info(
        `The baseline store ${options.baselineStore} has no stable record for ${service} (${environment}) yet.`,
      );
    }
  }
  if (!baselineVersion && deps.resolveBaseline) {
    const r = await deps.resolveBaseline();
    if (r) {
      baselineVersion = r.version;
      resolvedFrom = r.resolvedFrom;
      storedWindow = r.window;
    }
  }
  if (!baselineVersion) {
    throw new ConfigurationError(
      'Input "baseline-version" is empty and no last stable release was found (no non-prerelease GitHub release, no baseline store record): set baseline-version to the version label of the last stable release.',
    );
  }
  // Label values end up in PromQL, file names and log lines: no control characters (forged log lines, workflow
  // commands).
  refuseControlCharacters(service, 'Input "service"');
  refuseControlCharacters(environment, 'Input "environment"');
  refuseControlCharacters(candidateVersion, 'Input "candidate-version"');
  refuseControlCharacters(baselineVersion, 'Input "baseline-version"');
  if (baselineVersion === candidateVersion) {
    throw new ConfigurationError(
      `Inputs "baseline-version" and "candidate-version" are both ${JSON.stringify(candidateVersion)}: compare two different versions.`,
    );
  }
  const baselineWindowText = options.baselineWindow || d('baselineWindow');
  const baselineWindow = baselineWindowText
    ? parseWindow(baselineWindowText, now, 'Input "baseline-window"')
    : (storedWindow ?? candidateWindow);
  if (options.tolerance) config.tolerance = parsePercent(options.tolerance, 'Input "tolerance"');
  const wide = wideTolerances(config);
  if (wide.length) {
    deps.logger?.warning(
      `${wide.join(', ')}: above 100%, a metric can more than double and still pass. Is that meant? (write "10%" for ten percent)`,
    );
  }
  const method = pick(options.method, METHODS, 'Input "method"') ?? config.method;
  const onInconclusive =
    pick(options.onInconclusive, ['fail', 'pass'] as const, 'Input "on-inconclusive"') ??
    config.onInconclusive ??
    'fail';
  const waivers = parseWaiverInput(options.waiver);
  if (waivers.length > 0 && !deps.proveWaivers) throw new ConfigurationError(UNPROVABLE_WAIVER);
  return {
    config,
    service,
    environment,
    baselineVersion,
    baselineResolvedFrom: resolvedFrom,
    candidateVersion,
    baselineWindow,
    candidateWindow,
    method,
    onInconclusive,
    waivers,
  };
}

export const DEFAULT_RUN_TIMEOUT = '5m';
const MAX_RUN_TIMEOUT_SECONDS = 6 * 3600;

/** The run's overall deadline from input `timeout` (default 5 minutes from now). */
export function runDeadline(text: string | undefined, now: number = Date.now()): Deadline {
  const given = text !== undefined && text.trim() !== '';
  const seconds = parseDuration(given ? text : DEFAULT_RUN_TIMEOUT, 'Input "timeout"');
  if (seconds > MAX_RUN_TIMEOUT_SECONDS) {
    throw new ConfigurationError(
      `Input "timeout" is ${JSON.stringify(text)}: at most 6h (a GitHub job's own limit); the default is ${DEFAULT_RUN_TIMEOUT}.`,
    );
  }
  return {
    at: now + seconds * 1000,
    label: `input "timeout" ${given ? (text as string).trim() : `${DEFAULT_RUN_TIMEOUT} (default)`}`,
  };
}

export async function runCompare(options: CompareOptions, deps: CompareDeps = {}): Promise<CompareResult> {
  const logger = deps.logger ?? silentLogger;
  const cwd = options.cwd ?? process.cwd();
  const deadline = runDeadline(options.timeout);
  const opened = openSource({ ...options, deadline }, cwd, logger, deps.source);
  let source = opened.source;
  const defaults = opened.defaults;
  const plan = await planCompare(options, defaults, deps);
  const recorder = options.record ? new RecordingSource(source, { defaults: recordingDefaults(plan) }) : undefined;
  if (recorder) source = recorder;

  logger.info(
    `Comparing ${plan.service} (${plan.environment}): baseline ${plan.baselineVersion} [${isoTime(plan.baselineWindow.start)} .. ${isoTime(plan.baselineWindow.end)}] vs candidate ${plan.candidateVersion} [${isoTime(plan.candidateWindow.start)} .. ${isoTime(plan.candidateWindow.end)}] from ${source.description}`,
  );
  const collected = await collectPlan(source, plan, logger);
  if (recorder && options.record) await recorder.save(resolve(cwd, options.record));

  const judged = withInformationalNotes(
    judge(collected, {
      method: plan.method,
      tolerance: plan.config.tolerance,
      confidence: plan.config.confidence,
    }),
    collected,
  );
  const outcomes = await proveAndMatchWaivers(plan, judged, options.now ?? nowSeconds(), deps, logger);
  const metrics = applyWaiverOutcomes(judged, outcomes);
  const summary = summarizeMetrics(metrics);
  const usedWaivers = [...new Set(outcomes.map((o) => o.waiver).filter((w): w is Waiver => w !== null))];
  const comparison: Comparison = {
    schema: COMPARISON_SCHEMA,
    tool: { name: 'driftgate', version: DRIFTGATE_VERSION },
    generatedAt: isoTime(options.now ?? nowSeconds()),
    service: plan.service,
    environment: plan.environment,
    baseline: {
      version: plan.baselineVersion,
      window: { start: isoTime(plan.baselineWindow.start), end: isoTime(plan.baselineWindow.end) },
      resolvedFrom: plan.baselineResolvedFrom,
    },
    candidate: {
      version: plan.candidateVersion,
      window: { start: isoTime(plan.candidateWindow.start), end: isoTime(plan.candidateWindow.end) },
    },
    source: { kind: source.kind, description: source.description, requests: source.requestCount() },
    method: {
      name: plan.method,
      tolerance: plan.config.tolerance,
      confidence: plan.config.confidence,
      resolutionSeconds: plan.config.resolution,
      description: METHOD_DESCRIPTIONS[plan.method],
    },
    ...summary,
    metrics,
    waivers: usedWaivers.map(waiverRecord),
    ...(options.run ? { run: options.run } : {}),
    onInconclusive: plan.onInconclusive,
  };
  const written = await writeComparison(comparison, resolve(cwd, options.outputDir));
  return { comparison, ...written, failed: gateFailed(comparison), configFile: plan.config.file };
}

/** Informational notes (the measured scrape interval) after the judge's reasons, on the same metric. */
function withInformationalNotes(
  judged: MetricComparison[],
  collected: Array<{ metric: MetricDef; infoNotes?: string[] }>,
): MetricComparison[] {
  return judged.map((m) => {
    const extra = collected.find((c) => c.metric.id === m.id)?.infoNotes ?? [];
    return extra.length ? { ...m, notes: [...m.notes, ...extra.filter((n) => !m.notes.includes(n))] } : m;
  });
}

/** The `waiver` input, proven in this run (deps.proveWaivers), decided per regressed metric like cab-waiver-check. */
async function proveAndMatchWaivers(
  plan: ComparePlan,
  judged: MetricComparison[],
  nowSec: number,
  deps: CompareDeps,
  logger: Logger,
): Promise<WaiverOutcome[]> {
  const regressions = judged.filter((m) => m.verdict === 'regression').map((m) => ({ metric: m.id, drift: m.drift }));
  if (plan.waivers.length === 0 || regressions.length === 0 || !deps.proveWaivers) return [];
  const prove = deps.proveWaivers;
  const candidates = await logger.group('Proving the waiver input (the same proof as cab-waiver-check)', () =>
    prove(plan.waivers),
  );
  for (const c of candidates) {
    const p = c.proof;
    logger.info(
      `${c.waiver?.id ?? c.source.ref}: ${p?.verified ? 'approved' : (p?.reason ?? 'invalid')} — ${p?.detail ?? (c.problems ?? []).join('; ')}`,
    );
  }
  const decision = decideWaivers(
    {
      service: plan.service,
      environment: plan.environment,
      candidateVersion: plan.candidateVersion,
      now: new Date(Math.max(nowSec, nowSeconds()) * 1000),
      regressions,
    },
    candidates,
  );
  return toOutcomes(decision);
}

function recordingDefaults(plan: ComparePlan): Record<string, unknown> {
  return {
    service: plan.service,
    environment: plan.environment,
    baselineVersion: plan.baselineVersion,
    candidateVersion: plan.candidateVersion,
    baselineWindow: `${plan.baselineWindow.start}..${plan.baselineWindow.end}`,
    candidateWindow: `${plan.candidateWindow.start}..${plan.candidateWindow.end}`,
  };
}

async function collectPlan(source: MetricSource, plan: ComparePlan, logger: Logger) {
  return logger.group(`Querying ${plan.config.metrics.length} metrics x 2 windows`, async () => {
    const target = { service: plan.service, environment: plan.environment };
    const scrape = await resolveScrapeIntervals(
      source,
      plan.config.metrics,
      plan.config.labels,
      { ...target, version: plan.baselineVersion },
      plan.baselineWindow,
      plan.config.scrapeInterval,
    );
    const collected = await collectBoth(
      source,
      plan.config.metrics,
      target,
      { baseline: plan.baselineVersion, candidate: plan.candidateVersion },
      { baseline: plan.baselineWindow, candidate: plan.candidateWindow },
      withScrapeIntervals(
        { labels: plan.config.labels, resolution: plan.config.resolution, scrapeInterval: plan.config.scrapeInterval },
        scrape,
      ),
    );
    // The scrape-interval note is information, not a reason: it is added after the judge's own notes
    // (withInformationalNotes), so "not enough data" headlines name the real cause.
    const data = collected.map((d) => {
      const s = scrape.get(d.metric.id);
      const { note, ...queriesOnly } = s ?? {};
      return {
        ...d,
        baseline: withScrapeNote(d.baseline, s ? (queriesOnly as typeof s) : undefined),
        ...(note ? { infoNotes: [`baseline: ${note}`] } : {}),
      };
    });
    for (const d of data) {
      for (const q of d.candidate.queries) logger.debug(`${d.metric.id}: ${q}`);
    }
    return data;
  });
}

/**
 * `driftgate record`: run the same queries compare would, through a RecordingSource, and save them.
 * The file's `defaults` let `compare --metrics-file FILE` run without repeating service, versions and windows.
 */
export async function recordComparisonData(
  options: CompareOptions,
  path: string,
  deps: CompareDeps = {},
): Promise<{ path: string; queries: number; requests: number }> {
  const logger = deps.logger ?? silentLogger;
  const cwd = options.cwd ?? process.cwd();
  const inner = deps.source ?? createSource(options, logger);
  const plan = await planCompare(options, {}, deps);
  const recorder = new RecordingSource(inner, { defaults: recordingDefaults(plan) });
  await collectPlan(recorder, plan, logger);
  const full = resolve(cwd, path);
  await recorder.save(full);
  return { path: full, queries: recorder.size, requests: inner.requestCount() };
}

/** The gate's decision: fail, or inconclusive when on-inconclusive is fail. */
export function gateFailed(c: Pick<Comparison, 'verdict' | 'onInconclusive'>): boolean {
  return c.verdict === 'fail' || (c.verdict === 'inconclusive' && c.onInconclusive === 'fail');
}

/** Write perf-comparison.json and perf-comparison.md (evidence is always written locally first). */
export async function writeComparison(
  comparison: Comparison,
  dir: string,
): Promise<{ jsonPath: string; markdownPath: string; markdown: string }> {
  await mkdir(dir, { recursive: true });
  const jsonPath = join(dir, 'perf-comparison.json');
  const markdownPath = join(dir, 'perf-comparison.md');
  // No secret in any report: a server that echoed a header into an error note is redacted here too.
  const markdown = redact(renderMarkdown(comparison, { title: 'driftgate perf-baseline-compare' }));
  await writeFile(jsonPath, redact(`${JSON.stringify(comparison, null, 2)}\n`));
  await writeFile(markdownPath, markdown);
  return { jsonPath, markdownPath, markdown };
}
