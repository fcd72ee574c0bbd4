/**
 * The pre-deploy comparison, end to end, as one function shared by the perf-baseline-compare action and the
 * `driftgate compare` CLI: resolve config, windows and versions; collect both windows; judge; apply
 * waivers; write perf-comparison.json and perf-comparison.md locally. GitHub-specific publishing (summary,
 * PR comment, artifact) stays in the action.
 */
import { resolve } from 'node:path';
import { mapLimit } from '../../core/concurrency.js';
import { BUILTIN_CONFIG, type ResolvedConfig, wideTolerances } from '../../core/config.js';
import { ConfigurationError, SourceError } from '../../core/errors.js';
import { refuseControlCharacters } from '../../core/escape.js';
import { type Refer, referInput } from '../../core/inputs/input-spec.js';
import { judge } from '../../core/judge/judge.js';
import { releaseBaseline, storedBaselineDrift } from '../../core/judge/release-baseline.js';
import type { SloMode } from '../../core/judge/slo-check.js';
import { type Logger, silentLogger } from '../../core/log.js';
import type { ReleaseBaseline } from '../../core/model/baseline.js';
import {
  COMPARISON_SCHEMA,
  type Comparison,
  gateFailed,
  type MethodName,
  type MetricComparison,
} from '../../core/model/comparison.js';
import { type LabelNames, type MetricDef, NO_LABEL } from '../../core/model/metric.js';
import type { Waiver } from '../../core/model/waiver.js';
import type { WindowData } from '../../core/model/window.js';
import { describeSelector } from '../../core/promql.js';
import {
  METHOD_DESCRIPTIONS,
  storedBaselineDiffers,
  summaryInWords,
  withNotes,
  withWaiverNotes,
} from '../../core/report/prose.js';
import { isoTime, nowSeconds, parseWindow, refuseFuture, type TimeWindow } from '../../core/time.js';
import { DRIFTGATE_VERSION } from '../../core/version.js';
import { applyWaiverOutcomes, type WaiverOutcome, waiverRecord } from '../../core/waiver/apply.js';
import { decideWaivers, toOutcomes } from '../../core/waiver/decide.js';
import { type CollectOptions, collectHistory, collectMetric, diagnoseMissing } from '../../io/collect/collect.js';
import { warnAboutEnvironment } from '../../io/collect/environments.js';
import { resolveScrapeIntervals, withScrapeIntervals, withScrapeNote } from '../../io/collect/scrape.js';
import { loadConfig } from '../../io/config/config-file.js';
import type { Deadline } from '../../io/http/http-client.js';
import { checkOutputDir, checkOutputFile } from '../../io/paths.js';
import { writeComparison } from '../../io/report/write-report.js';
import { openSource } from '../../io/sources/create.js';
import { RecordingSource } from '../../io/sources/file.js';
import { oncePerQuery } from '../../io/sources/once.js';
import type { MetricSource } from '../../io/sources/source-types.js';
import { readCheckedBaseline } from '../../io/store/baseline-store.js';
import { UNPROVABLE_WAIVER, type WaiverProver } from '../waiver/prove.js';
import { type CompareSettings, type RunTimeout, runTimeout } from './compare-settings.js';

export const DEFAULT_CANDIDATE_WINDOW = '-1h..now';
/** The version shown for a side compared by window alone when no name was given. */
export const BASELINE_BY_WINDOW = 'baseline-window';
export const CANDIDATE_BY_WINDOW = 'candidate-window';

export interface CompareDeps {
  logger?: Logger;
  /** A ready source (tests, benchmarks); otherwise built from the options. */
  source?: MetricSource;
  /** Resolves the baseline when none is given (the action: latest GitHub release; later: the baseline store). */
  resolveBaseline?: () => Promise<{ version: string; resolvedFrom: string; window?: TimeWindow } | undefined>;
  /**
   * Proves the `waiver` input (flows/waiver/prove.ts: re-read from its source, approval re-checked). Without it a
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
  /**
   * The baseline version's one baseline per metric (core/judge/release-baseline.ts), computed from the data this comparison
   * judged: the values the table's baseline column shows, and what a baseline store record holds for it.
   */
  baseline?: ReleaseBaseline;
}

export async function collectBoth(
  source: MetricSource,
  metrics: MetricDef[],
  target: { service: string; environment: string },
  versions: { baseline: string; candidate: string },
  windows: { baseline: TimeWindow; candidate: TimeWindow },
  options: CollectOptions,
  history = 0,
): Promise<Array<{ metric: MetricDef; baseline: WindowData; candidate: WindowData; history?: WindowData }>> {
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
  const pairs = metrics.map((metric, i) => ({
    metric,
    baseline: results[2 * i] as WindowData,
    candidate: results[2 * i + 1] as WindowData,
  }));
  // A metric the config names must have data: say what exists instead (core/judge/sufficiency.ts makes it inconclusive).
  for (const p of pairs) {
    if (!p.metric.configured || p.baseline.found || p.candidate.found) continue;
    const target = { ...p.baseline.target };
    p.baseline = {
      ...p.baseline,
      hints: await diagnoseMissing(shared, p.metric, options.labels, target, windows.baseline),
    };
  }
  if (
    !(history > 0) ||
    windows.candidate.start - windows.baseline.start < windows.baseline.end - windows.baseline.start
  ) {
    return pairs;
  }
  return mapLimit(pairs, 4, async (p) => ({
    ...p,
    ...(await historyOf(shared, p.metric, p.baseline, history, options)),
  }));
}

/**
 * The baseline's history for the between-window calibration. It refines a prior, so a history that cannot be
 * read (a recording made without it, a server that refuses the range) leaves the prior in place, said in a
 * note; only a metric with baseline data has one.
 */
async function historyOf(
  source: MetricSource,
  metric: MetricDef,
  baseline: WindowData,
  lookback: number,
  options: CollectOptions,
): Promise<{ history?: WindowData; baseline: WindowData }> {
  if (baseline.points.length === 0) return { baseline };
  try {
    return { history: await collectHistory(source, metric, baseline, lookback, options), baseline };
  } catch (e) {
    if (!(e instanceof SourceError)) throw e;
    const why = e.details.errorType === 'not_recorded' ? 'not in the recording' : e.message;
    return {
      baseline: {
        ...baseline,
        notes: [...baseline.notes, `history for the between-window term not read (${why}): the prior is used`],
      },
    };
  }
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
  /** What a new SLO breach the data show does (core/judge/slo-check.ts). */
  slo: SloMode;
  /** The baseline store record's one baseline per metric, when the baseline and its window came from it. */
  stored?: ReleaseBaseline;
  waivers: Waiver[];
}

export async function planCompare(
  options: CompareSettings,
  defaults: Record<string, unknown>,
  deps: CompareDeps,
): Promise<ComparePlan> {
  const cwd = options.cwd ?? process.cwd();
  checkOutputDir(options.outputDir, cwd);
  checkOutputFile(options.record, cwd, { config: options.config, 'metrics-file': options.metricsFile }, 'record');
  const d = (k: string) =>
    typeof defaults[k] === 'string' && defaults[k] !== '' ? (defaults[k] as string) : undefined;
  // A recording made with the built-in catalog says so: a repository's own config must not replace it.
  const config = await loadConfig(options.config || d('config'), cwd);
  const now = options.now ?? nowSeconds();
  const refer = options.refer ?? referInput;
  // The settings give the service or a recording; only a recording can lack it.
  const service = options.service || d('service');
  if (!service) {
    throw new ConfigurationError(
      `${refer('service')} is empty and the recording ${JSON.stringify(options.metricsFile ?? '')} names no service: give the value of the service label (e.g. checkout-api).`,
    );
  }
  const environment = options.environment || d('environment') || 'prod';
  const candidateGiven = options.candidateVersion || d('candidateVersion');
  const baselineGiven = options.baselineVersion || d('baselineVersion');
  const candidateWindowText = options.candidateWindow || d('candidateWindow');
  const baselineWindowText = options.baselineWindow || d('baselineWindow');
  // No version at all but both windows: the releases are told apart by time (before/after the deploy).
  if (!candidateGiven && !baselineGiven && candidateWindowText && baselineWindowText && !config.labels.versionFrom) {
    config.labels = { ...config.labels, version: NO_LABEL };
  }
  const byWindow = config.labels.version === NO_LABEL;
  const candidateVersion = candidateGiven || (byWindow ? CANDIDATE_BY_WINDOW : undefined);
  if (!candidateVersion)
    throw new ConfigurationError(
      'Input "candidate-version" is empty: pass the version label value of the release under test (default: the commit SHA), or leave both versions empty and give both windows to compare by window alone.',
    );
  const candidateWindow = parseWindow(candidateWindowText || DEFAULT_CANDIDATE_WINDOW, now, 'Input "candidate-window"');
  const baseline = await resolveBaselineVersion(options, deps, { service, environment }, baselineGiven, byWindow);
  const baselineVersion = baseline.version;
  // Label values end up in PromQL, file names and log lines: no control characters (forged log lines, workflow
  // commands).
  refuseControlCharacters(service, refer('service'));
  refuseControlCharacters(environment, 'Input "environment"');
  refuseControlCharacters(candidateVersion, 'Input "candidate-version"');
  refuseControlCharacters(
    baselineVersion,
    baseline.resolvedFrom === 'input'
      ? 'Input "baseline-version"'
      : `The baseline version (from ${baseline.resolvedFrom})`,
  );
  const baselineWindow = baselineWindowText
    ? parseWindow(baselineWindowText, now, 'Input "baseline-window"')
    : (baseline.window ?? candidateWindow);
  assertSomethingToCompare(baselineWindow, candidateWindow, byWindow, baselineVersion, candidateVersion);
  refuseRecordingMismatch(options, d, { baselineWindow, candidateWindow, byWindow, labels: config.labels }, now, refer);
  // The baseline is always measured already (a bake plans its candidate window ahead, so only the gate checks it).
  refuseFuture(baselineWindow.end, now, 'Input "baseline-window" ends at', FUTURE_FIX);
  const policy = judgingPolicy(options, config, deps);
  return {
    config,
    service,
    environment,
    baselineVersion,
    baselineResolvedFrom: baseline.resolvedFrom,
    // The record's baseline applies to its own window only.
    ...(baseline.stored && !baselineWindowText ? { stored: baseline.stored } : {}),
    candidateVersion,
    baselineWindow,
    candidateWindow,
    ...policy,
  };
}

/**
 * How the comparison judges: the tolerance (a warning when one is above 100%), the method, what an
 * inconclusive metric and a new SLO breach do, and the waivers, which need a way to prove them.
 */
function judgingPolicy(
  options: CompareSettings,
  config: ComparePlan['config'],
  deps: CompareDeps,
): Pick<ComparePlan, 'method' | 'onInconclusive' | 'slo' | 'waivers'> {
  if (options.tolerance !== undefined) config.tolerance = options.tolerance;
  const wide = wideTolerances(config);
  if (wide.length) {
    deps.logger?.warning(
      `${wide.join(', ')}: above 100%, a metric can more than double and still pass. Is that meant? (write "10%" for ten percent)`,
    );
  }
  const waivers = options.waivers ?? [];
  if (waivers.length > 0 && !deps.proveWaivers) throw new ConfigurationError(UNPROVABLE_WAIVER);
  return {
    method: options.method ?? config.method,
    onInconclusive: options.onInconclusive ?? config.onInconclusive ?? 'fail',
    slo: options.slo ?? config.slo ?? 'fail',
    waivers,
  };
}

/**
 * The baseline version: the input (or recording), else the baseline store, else deps.resolveBaseline (the
 * latest GitHub release; not when comparing by window, where a tag names no data), else by window.
 */
async function resolveBaselineVersion(
  options: CompareSettings,
  deps: CompareDeps,
  target: { service: string; environment: string },
  given: string | undefined,
  byWindow: boolean,
): Promise<{ version: string; resolvedFrom: string; window?: TimeWindow; stored?: ReleaseBaseline }> {
  if (given) return { version: given, resolvedFrom: options.baselineVersion ? 'input' : 'recording' };
  if (options.baselineStore) {
    const checked = await readCheckedBaseline(options.baselineStore, target.service, target.environment, {
      ...(options.awsRegion ? { region: options.awsRegion } : {}),
      ...(deps.logger ? { logger: deps.logger } : {}),
    });
    if (checked) {
      if (!checked.evidenceChecked) deps.logger?.warning(`The baseline comes from ${checked.trust}.`);
      const stable = checked.record;
      return {
        version: stable.version,
        resolvedFrom: checked.trust,
        window: stable.window,
        ...(stable.baseline ? { stored: stable.baseline } : {}),
      };
    }
    deps.logger?.info(
      `The baseline store ${options.baselineStore} has no stable record for ${target.service} (${target.environment}) yet.`,
    );
  }
  if (deps.resolveBaseline && !byWindow) {
    const r = await deps.resolveBaseline();
    if (r) return { version: r.version, resolvedFrom: r.resolvedFrom, ...(r.window ? { window: r.window } : {}) };
  }
  if (byWindow) return { version: BASELINE_BY_WINDOW, resolvedFrom: 'by window (no version label)' };
  throw new ConfigurationError(
    'Input "baseline-version" is empty and no last stable release was found (no non-prerelease GitHub release, no baseline store record): set baseline-version to the version label of the last stable release, or compare by window alone (config labels.version: none, or both windows and no versions).',
  );
}

const FUTURE_FIX = 'a window that has not happened yet holds no data: end it at "now" or earlier.';

/** Two sides that select the same data (same window, and no version or the same one) compare nothing. */
/**
 * A recording answers only the queries it was made with: a flag naming another service, environment, version or
 * window than the recording's own would ask it for data it does not hold. Said before any query, with both values.
 */
function refuseRecordingMismatch(
  options: CompareSettings,
  recorded: (k: string) => string | undefined,
  windows: { baselineWindow: TimeWindow; candidateWindow: TimeWindow; byWindow: boolean; labels: LabelNames },
  now: number,
  refer: Refer,
): void {
  const file = JSON.stringify(options.metricsFile ?? '');
  const fix = (input: string) => `drop ${refer(input)} to use the recording's, or record again with it`;
  // Only values the queries select on: no environment label, or versions told apart by the window, select none.
  const labels: [string, string | undefined, string][] = [
    ['service', options.service, 'service'],
    ...(windows.labels.environment === NO_LABEL
      ? []
      : ([['environment', options.environment, 'environment']] as [string, string | undefined, string][])),
    ...(windows.byWindow
      ? []
      : ([
          ['baseline-version', options.baselineVersion, 'baselineVersion'],
          ['candidate-version', options.candidateVersion, 'candidateVersion'],
        ] as [string, string | undefined, string][])),
  ];
  for (const [input, given, key] of labels) {
    const was = recorded(key);
    if (given && was !== undefined && given !== was)
      throw new ConfigurationError(
        `${refer(input)} is ${JSON.stringify(given)}, but the recording ${file} was made for ${JSON.stringify(was)}: ${fix(input)}.`,
      );
  }
  const spans: [string, string | undefined, string, TimeWindow][] = [
    ['baseline-window', options.baselineWindow, 'baselineWindow', windows.baselineWindow],
    ['candidate-window', options.candidateWindow, 'candidateWindow', windows.candidateWindow],
  ];
  for (const [input, given, key, window] of spans) {
    const was = recorded(key);
    if (!given || was === undefined) continue;
    const w = parseWindow(was, now, `The recording's ${key}`);
    if (w.start !== window.start || w.end !== window.end)
      throw new ConfigurationError(
        `${refer(input)} is ${JSON.stringify(given)} (${isoTime(window.start)} .. ${isoTime(window.end)}), but the recording ${file} holds ${isoTime(w.start)} .. ${isoTime(w.end)}: ${fix(input)}.`,
      );
  }
}

function assertSomethingToCompare(
  baselineWindow: TimeWindow,
  candidateWindow: TimeWindow,
  byWindow: boolean,
  baselineVersion: string,
  candidateVersion: string,
): void {
  const sameWindows = baselineWindow.start === candidateWindow.start && baselineWindow.end === candidateWindow.end;
  const overlap = baselineWindow.start < candidateWindow.end && candidateWindow.start < baselineWindow.end;
  if (byWindow && overlap && !sameWindows) {
    // By window, the two sides are told apart by time alone: shared data would be judged as both releases and
    // hide a regression (T-2h..T against T-1h..T shares the whole candidate hour).
    throw new ConfigurationError(
      `Inputs "baseline-window" (${isoTime(baselineWindow.start)}..${isoTime(baselineWindow.end)}) and "candidate-window" (${isoTime(candidateWindow.start)}..${isoTime(candidateWindow.end)}) overlap, and no version label tells the releases apart (compared by window): end the baseline window where the candidate window starts, e.g. "-2h..-1h" against "-1h..now".`,
    );
  }
  if (!sameWindows || (!byWindow && baselineVersion !== candidateVersion)) return;
  throw new ConfigurationError(
    byWindow
      ? `Inputs "baseline-window" and "candidate-window" are both ${isoTime(candidateWindow.start)}..${isoTime(candidateWindow.end)} and no version label tells the releases apart (compared by window): give the baseline its own window, such as the hour before the deploy.`
      : `Inputs "baseline-version" and "candidate-version" are both ${JSON.stringify(candidateVersion)} over the same window: compare two different versions, or the same version over two different windows (an A/A run).`,
  );
}

/** The run's overall deadline, from now. */
function runDeadline(timeout: RunTimeout, now: number = Date.now()): Deadline {
  return { at: now + timeout.seconds * 1000, label: timeout.label };
}

export async function runCompare(options: CompareSettings, deps: CompareDeps = {}): Promise<CompareResult> {
  const logger = deps.logger ?? silentLogger;
  const cwd = options.cwd ?? process.cwd();
  const deadline = runDeadline(options.timeout ?? runTimeout(undefined, options.refer));
  const opened = openSource({ ...options, deadline }, cwd, logger, deps.source);
  let source = opened.source;
  const defaults = opened.defaults;
  const plan = await planCompare(options, defaults, deps);
  refuseFuture(plan.candidateWindow.end, options.now ?? nowSeconds(), 'Input "candidate-window" ends at', FUTURE_FIX);
  // The plan is sound: the report's directory is made now, before the first query, not after the verdict.
  checkOutputDir(options.outputDir, cwd, 'output-dir', { create: true });
  const recorder = options.record ? new RecordingSource(source, { defaults: recordingDefaults(plan) }) : undefined;
  if (recorder) source = recorder;

  logger.info(
    `Comparing ${plan.service} (${plan.environment}): baseline ${plan.baselineVersion} [${isoTime(plan.baselineWindow.start)} .. ${isoTime(plan.baselineWindow.end)}] vs candidate ${plan.candidateVersion} [${isoTime(plan.candidateWindow.start)} .. ${isoTime(plan.candidateWindow.end)}] from ${source.description}`,
  );
  const collected = await collectPlan(source, plan, logger);
  if (recorder && options.record) await recorder.save(resolve(cwd, options.record));

  const judged = judgeCollected(plan, collected);
  const outcomes = await proveAndMatchWaivers(plan, judged, options.now ?? nowSeconds(), deps, logger);
  const metrics = applyWaiverOutcomes(judged, outcomes).map(withWaiverNotes);
  const comparison = comparisonDocument(options, plan, source, metrics, outcomes);
  const written = await writeComparison(comparison, resolve(cwd, options.outputDir));
  const baseline = releaseBaseline(plan.config.metrics, (id) => collected.find((c) => c.metric.id === id)?.baseline, {
    trim: plan.config.trimIncidents,
  });
  // One baseline: the store record's values were computed from this same window; say where they do not agree.
  for (const d of storedBaselineDrift(plan.stored, baseline)) logger.warning(storedBaselineDiffers(d));
  return { comparison, ...written, failed: gateFailed(comparison), configFile: plan.config.file, baseline };
}

/** Both windows of every metric, as collectPlan returns them. */
type Collected = Awaited<ReturnType<typeof collectPlan>>;

/** The judge returns findings; they are said in each metric's notes before waivers and reports read them. */
function judgeCollected(plan: ComparePlan, collected: Collected): MetricComparison[] {
  return withInformationalNotes(
    judge(collected, {
      method: plan.method,
      tolerance: plan.config.tolerance,
      confidence: plan.config.confidence,
      systematic: plan.config.systematic,
      trimIncidents: plan.config.trimIncidents,
      slo: plan.slo,
    }).map(withNotes),
    collected,
  );
}

/** perf-comparison.json: what was compared with what, how, the judged metrics after waivers, and the verdict. */
function comparisonDocument(
  options: CompareSettings,
  plan: ComparePlan,
  source: MetricSource,
  metrics: MetricComparison[],
  outcomes: WaiverOutcome[],
): Comparison {
  const summary = summaryInWords(metrics);
  const usedWaivers = [...new Set(outcomes.map((o) => o.waiver).filter((w): w is Waiver => w !== null))];
  return {
    schema: COMPARISON_SCHEMA,
    tool: { name: 'driftgate', version: DRIFTGATE_VERSION },
    generatedAt: isoTime(options.now ?? nowSeconds()),
    service: plan.service,
    environment: plan.environment,
    baseline: {
      version: plan.baselineVersion,
      window: { start: isoTime(plan.baselineWindow.start), end: isoTime(plan.baselineWindow.end) },
      resolvedFrom: plan.baselineResolvedFrom,
      selector: describeSelector(plan.config.labels, {
        service: plan.service,
        environment: plan.environment,
        version: plan.baselineVersion,
      }),
    },
    candidate: {
      version: plan.candidateVersion,
      window: { start: isoTime(plan.candidateWindow.start), end: isoTime(plan.candidateWindow.end) },
      selector: describeSelector(plan.config.labels, {
        service: plan.service,
        environment: plan.environment,
        version: plan.candidateVersion,
      }),
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
    slo: plan.slo,
  };
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
    ...(plan.config.file === null ? { config: BUILTIN_CONFIG } : {}),
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
      plan.config.history,
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
    const found = data.map((d) => d.baseline.found || d.candidate.found);
    await warnAboutEnvironment(
      source,
      plan.config.metrics,
      plan.config.labels,
      target,
      plan.baselineWindow,
      found,
      logger,
    );
    return data;
  });
}

/**
 * `driftgate record`: run the same queries compare would, through a RecordingSource, and save them.
 * The file's `defaults` let `compare --metrics-file FILE` run without repeating service, versions and windows.
 */
export async function recordComparisonData(
  options: CompareSettings,
  path: string,
  deps: CompareDeps = {},
): Promise<{ path: string; queries: number; requests: number }> {
  const logger = deps.logger ?? silentLogger;
  const cwd = options.cwd ?? process.cwd();
  // The recording is the only output: checked before the source is even built.
  checkOutputFile(path, cwd, { config: options.config }, 'output');
  // From a recording (a subset, another file), its own service, versions and windows are the defaults, as compare's.
  const { source: inner, defaults } = openSource(options, cwd, logger, deps.source);
  const plan = await planCompare(options, defaults, deps);
  const recorder = new RecordingSource(inner, { defaults: recordingDefaults(plan) });
  await collectPlan(recorder, plan, logger);
  const full = resolve(cwd, path);
  await recorder.save(full);
  return { path: full, queries: recorder.size, requests: inner.requestCount() };
}
