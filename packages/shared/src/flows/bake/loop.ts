/**
 * The bake loop: every `interval` from the bake start, collect, evaluate (evaluate.ts) and let the rules
 * (rules.ts) decide, until a rollback decision or the end of the bake. This is the only part of the bake
 * that waits and queries.
 *
 * ONE code path for replay and live: tick k is evaluated once the clock has passed its time plus the
 * evaluation delay. When the bake started in the past (input bake-start), the ticks already due are
 * evaluated at once, from ONE collection of the elapsed bake, without waiting; the remaining ticks wait for
 * the clock. Tests use a simulated clock (`simulatedClock`) whose sleep just moves time forward.
 *
 * Query count: the baseline is collected once. The candidate's data over [bake start, T] is collected once
 * for all ticks due at the same moment (a replay: once in total), and once per tick while live; each tick
 * slices its interval and window out of it.
 */

import type { BakeSettings } from '../../core/bake/bake-settings.js';
import { type BaselineMetric, evaluateTick, summarizeBaseline } from '../../core/bake/evaluate.js';
import { progressLine } from '../../core/bake/progress.js';
import { BakeRules, type Conclusion, type RuleEvent, type TickEvaluation } from '../../core/bake/rules.js';
import { mapLimit } from '../../core/concurrency.js';
import { ConfigurationError, errorMessage, isUnreachable, SourceError } from '../../core/errors.js';
import type { JudgeOptions } from '../../core/judge/judge.js';
import { releaseBaseline, storedBaselineDrift } from '../../core/judge/release-baseline.js';
import type { Logger } from '../../core/log.js';
import type { ReleaseBaseline } from '../../core/model/baseline.js';
import type { MetricDef } from '../../core/model/metric.js';
import { sliceWindow, type WindowData } from '../../core/model/window.js';
import { fmt } from '../../core/numbers.js';
import { intervalReason, ruleMessage, storedBaselineDiffers } from '../../core/report/prose.js';
import { formatDuration, isoTime, nowSeconds, type TimeWindow } from '../../core/time.js';
import { type CollectOptions, collectMetric } from '../../io/collect/collect.js';
import { warnAboutEnvironment } from '../../io/collect/environments.js';
import { resolveScrapeIntervals, withScrapeIntervals, withScrapeNote } from '../../io/collect/scrape.js';
import type { MetricSource } from '../../io/sources/source-types.js';

/** Time as the bake sees it (unix seconds). */
export interface Clock {
  now(): number;
  /** Resolve at `until` (or at once when it has passed); reject with the signal's reason when aborted. */
  sleep(until: number, signal?: AbortSignal): Promise<void>;
}

/** A live bake prints its progress line (Logger.progress) at most this often (bake clock, seconds). */
export const PROGRESS_EVERY_SECONDS = 60;

/** Longest single timer (ms): far below setTimeout's 2^31-1 ms limit; longer sleeps are taken in chunks. */
export const MAX_SLEEP_CHUNK_MS = 60_000;

/** Sleep until `until` (unix seconds) in chunks of at most MAX_SLEEP_CHUNK_MS, re-reading the clock each time. */
async function sleepUntil(until: number, signal?: AbortSignal): Promise<void> {
  for (;;) {
    const ms = (until - nowSeconds()) * 1000;
    if (ms <= 0) return;
    await sleepChunk(Math.min(ms, MAX_SLEEP_CHUNK_MS), signal);
  }
}

export const systemClock: Clock = {
  now: nowSeconds,
  sleep: sleepUntil,
};

function sleepChunk(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** A clock for tests: `sleep` moves time forward instantly. */
export function simulatedClock(start: number): Clock & { sleeps: number[] } {
  let t = start;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => t,
    sleep: async (until, signal) => {
      if (signal?.aborted) throw signal.reason;
      sleeps.push(until);
      t = Math.max(t, until);
    },
  };
}

export interface BakePlan {
  service: string;
  environment: string;
  baselineVersion: string;
  candidateVersion: string;
  baselineWindow: TimeWindow;
  bakeStart: number;
  settings: BakeSettings;
  metrics: MetricDef[];
  collect: CollectOptions;
  judge: JudgeOptions;
  /** The baseline store record's per-metric baseline (core/judge/release-baseline.ts): used instead of recomputing. */
  stored?: ReleaseBaseline;
  /** The baseline window is the record's verified window, the data `stored` was computed from. */
  storedWindow?: boolean;
}

export interface BakeDeps {
  source: MetricSource;
  clock?: Clock;
  logger: Logger;
  /** Aborted on SIGTERM/SIGINT: the loop stops and the outcome is `cancelled`. */
  signal?: AbortSignal;
  /** Called after every tick (progress reporting, tests). */
  onTick?: (tick: TickEvaluation, events: RuleEvent[]) => void;
}

export interface BakeOutcome {
  baseline: BaselineMetric[];
  ticks: TickEvaluation[];
  events: RuleEvent[];
  conclusion: Conclusion;
  cancelled: boolean;
  /**
   * Why the bake could not start: the metric source could not be reached for the baseline (its error). No tick
   * ran; the verdict is inconclusive, and the evidence says this.
   */
  unreachable?: string;
  /** replay: every tick was already due; live: every tick waited; replay+live: both. */
  mode: 'replay' | 'live' | 'replay+live';
  /** Planned end of the bake. */
  plannedEnd: number;
  /**
   * When the bake ended: the last evaluated tick (or the bake start); for a live bake that was cancelled, or whose
   * source could not be reached, the time it stopped (within the planned bake).
   */
  endedAt: number;
  /** Candidate collections made (each = one query set over the elapsed bake). */
  collections: number;
  /** The candidate's own baseline over the bake (bake start .. endedAt), stored when it is promoted. */
  release?: ReleaseBaseline;
}

async function collectAll(
  source: MetricSource,
  metrics: MetricDef[],
  target: { service: string; environment: string; version: string },
  window: TimeWindow,
  options: CollectOptions,
): Promise<Map<string, WindowData>> {
  const data = await mapLimit(metrics, 4, async (metric) => {
    try {
      return await collectMetric(source, metric, target, window, options);
    } catch (e) {
      if (e instanceof SourceError && e.details.errorType === 'bad_data') {
        throw new ConfigurationError(`metrics.${metric.id}: ${e.message}`, { cause: e });
      }
      // A recording without this query: the inputs differ from the recorded ones; retrying cannot help.
      if (e instanceof SourceError && e.details.errorType === 'not_recorded')
        throw new ConfigurationError(e.message, { cause: e });
      throw e;
    }
  });
  return new Map(metrics.map((m, i) => [m.id, data[i] as WindowData]));
}

export async function runBake(plan: BakePlan, deps: BakeDeps): Promise<BakeOutcome> {
  const s = plan.settings;
  const clock = deps.clock ?? systemClock;
  const rules = new BakeRules(s);
  let start: Awaited<ReturnType<typeof collectBaseline>>;
  try {
    start = await collectBaseline(plan, deps);
  } catch (e) {
    if (!isUnreachable(e)) throw e;
    // No baseline, no tick: an inconclusive outcome that says why, so the evidence is still written.
    const live = clock.now() < plan.bakeStart + s.durationSeconds;
    return {
      baseline: [],
      ticks: [],
      events: [],
      conclusion: rules.conclude(),
      cancelled: false,
      unreachable: errorMessage(e),
      mode: live ? 'live' : 'replay',
      plannedEnd: plan.bakeStart + s.durationSeconds,
      endedAt: live ? stoppedAt(plan, clock, plan.bakeStart) : plan.bakeStart,
      collections: 0,
    };
  }
  const { baseline, collect } = start;
  const baking = `Baking ${plan.candidateVersion} for ${formatDuration(s.durationSeconds)} from ${isoTime(plan.bakeStart)}: a tick every ${formatDuration(s.intervalSeconds)}, judge window ${formatDuration(s.windowSeconds)}.`;
  deps.logger.info(baking);
  deps.logger.progress?.(baking);
  const run = await bakeTicks(plan, deps, rules, baseline, collect);
  const last = run.ticks[run.ticks.length - 1];
  const lastAt = last ? last.at : plan.bakeStart;
  return {
    baseline,
    ticks: run.ticks,
    events: rules.events,
    conclusion: rules.conclude(),
    cancelled: run.cancelled,
    mode: run.waited === 0 ? 'replay' : run.immediate === 0 ? 'live' : 'replay+live',
    plannedEnd: plan.bakeStart + s.durationSeconds,
    // A live bake that was cancelled ended when it was stopped, not at its last tick (none, 75 s into the bake).
    endedAt: run.cancelled && run.waited > 0 ? stoppedAt(plan, clock, lastAt) : lastAt,
    collections: run.collections,
    ...(run.data && last
      ? {
          release: releaseBaseline(plan.metrics, (id) => sliceOf(run.data, id, plan.bakeStart, last.at), {
            trim: plan.judge.trimIncidents ?? true,
          }),
        }
      : {}),
  };
}

/** The clock when a live bake stopped, within the planned bake and not before `after` (its last tick). */
function stoppedAt(plan: BakePlan, clock: Clock, after: number): number {
  return Math.max(after, Math.min(clock.now(), plan.bakeStart + plan.settings.durationSeconds));
}

/**
 * The scrape interval (config or measured on the baseline window), which sets the counter ranges of every
 * tick, and the baseline, collected once.
 */
async function collectBaseline(
  plan: BakePlan,
  deps: BakeDeps,
): Promise<{ baseline: BaselineMetric[]; collect: CollectOptions }> {
  const { source, logger } = deps;
  const target = { service: plan.service, environment: plan.environment, version: plan.baselineVersion };
  const scrape = await resolveScrapeIntervals(
    source,
    plan.metrics,
    plan.collect.labels,
    target,
    plan.baselineWindow,
    plan.collect.scrapeInterval ?? 'auto',
  );
  const collect = withScrapeIntervals(plan.collect, scrape);
  for (const s of scrape.values()) if (s.note) logger.info(`  ${s.metricId}: ${s.note}`);
  const baselineData = await logger.group(
    `Baseline ${plan.baselineVersion}: ${plan.metrics.length} metrics over ${isoTime(plan.baselineWindow.start)} .. ${isoTime(plan.baselineWindow.end)}`,
    () => collectAll(source, plan.metrics, target, plan.baselineWindow, collect),
  );
  const found = plan.metrics.map((m) => baselineData.get(m.id)?.found === true);
  await warnAboutEnvironment(source, plan.metrics, plan.collect.labels, target, plan.baselineWindow, found, logger);
  // The scrape measurement is part of the baseline's evidence: its query and note (perf_verification.json).
  const trim = plan.judge.trimIncidents ?? true;
  const baseline = plan.metrics.map((m) =>
    summarizeBaseline(m, withScrapeNote(baselineData.get(m.id) as WindowData, scrape.get(m.id)), {
      trim,
      ...(plan.stored?.metrics[m.id] ? { stored: plan.stored.metrics[m.id] } : {}),
    }),
  );
  for (const b of baseline) {
    logger.info(
      `  baseline ${b.metric.id}: ${b.value === null ? 'no data' : `${fmt(b.value)} ${b.metric.unit}`}${b.from === 'store' ? ' (baseline store)' : ''}${b.sloMet === false ? ' (violates its SLO)' : ''}`,
    );
  }
  // The drift (ticket) rule judges on this window's data: say where it no longer gives the stored baseline.
  if (plan.stored && plan.storedWindow) {
    const computed = releaseBaseline(plan.metrics, (id) => baselineData.get(id), { trim });
    for (const d of storedBaselineDrift(plan.stored, computed)) logger.warning(storedBaselineDiffers(d, 'bake'));
  }
  return { baseline, collect };
}

interface TickRun {
  ticks: TickEvaluation[];
  cancelled: boolean;
  /** Ticks that waited for the clock, and ticks already due. */
  waited: number;
  immediate: number;
  collections: number;
  /** The last candidate collection. */
  data?: Map<string, WindowData>;
}

const sliceOf = (data: Map<string, WindowData> | undefined, id: string, start: number, end: number) => {
  const d = data?.get(id);
  return d ? sliceWindow(d, start, end) : undefined;
};

/** Tick by tick until the end of the bake, a rollback decision or cancellation. */
async function bakeTicks(
  plan: BakePlan,
  deps: BakeDeps,
  rules: BakeRules,
  baseline: BaselineMetric[],
  collect: CollectOptions,
): Promise<TickRun> {
  const clock = deps.clock ?? systemClock;
  const s = plan.settings;
  const tickCount = Math.floor(s.durationSeconds / s.intervalSeconds + 1e-9);
  const ctx = { settings: s, judge: plan.judge, bakeStart: plan.bakeStart, baseline };
  const run: TickRun = { ticks: [], cancelled: false, waited: 0, immediate: 0, collections: 0 };
  let cache: { end: number; data: Map<string, WindowData> } | undefined;
  let lastProgress = Number.NEGATIVE_INFINITY;
  for (let k = 1; k <= tickCount; k++) {
    const at = plan.bakeStart + k * s.intervalSeconds;
    const due = at + s.evaluationDelaySeconds;
    const live = clock.now() < due;
    if (live) run.waited++;
    else run.immediate++;
    if (!(await waitUntil(clock, live ? due : null, deps.signal))) {
      run.cancelled = true;
      break;
    }
    const notes: string[] = [];
    if (!cache || cache.end < at) {
      // Collect as far as the data is due: every tick already due is evaluated from this one collection.
      const dueTicks = Math.floor((clock.now() - s.evaluationDelaySeconds - plan.bakeStart) / s.intervalSeconds + 1e-9);
      const end = plan.bakeStart + Math.min(tickCount, Math.max(k, dueTicks)) * s.intervalSeconds;
      const collected = await collectCandidate(plan, deps, collect, at, end);
      if ('failed' in collected) notes.push(`collection failed: ${collected.failed}`);
      else {
        run.collections++;
        cache = { end, data: collected.data };
        run.data = collected.data;
      }
    }
    const data = notes.length ? new Map<string, WindowData>() : (cache as { data: Map<string, WindowData> }).data;
    const tick = evaluateTick(ctx, data, at, notes);
    run.ticks.push(tick);
    const events = rules.observe(tick);
    logTick(deps.logger, plan, tick, events);
    if (deps.logger.progress && clock.now() - lastProgress >= PROGRESS_EVERY_SECONDS) {
      deps.logger.progress(progressLine(tick, s, rules.events));
      lastProgress = clock.now();
    }
    deps.onTick?.(tick, events);
    if (rules.rollback) break;
  }
  return run;
}

/** Sleep until `due` (null: the tick is already due); false when the signal aborts. */
async function waitUntil(clock: Clock, due: number | null, signal: AbortSignal | undefined): Promise<boolean> {
  try {
    if (due !== null) await clock.sleep(due, signal);
    if (signal?.aborted) throw signal.reason;
  } catch (e) {
    if (signal?.aborted) return false;
    throw e;
  }
  return true;
}

/** The candidate over [bake start, end]; a failing source makes the tick unknown (never a breach). */
async function collectCandidate(
  plan: BakePlan,
  deps: BakeDeps,
  collect: CollectOptions,
  at: number,
  end: number,
): Promise<{ data: Map<string, WindowData> } | { failed: string }> {
  const target = { service: plan.service, environment: plan.environment, version: plan.candidateVersion };
  try {
    return { data: await collectAll(deps.source, plan.metrics, target, { start: plan.bakeStart, end }, collect) };
  } catch (e) {
    if (e instanceof ConfigurationError) throw e;
    // The next tick tries again.
    deps.logger.warning(
      `tick ${isoTime(at)}: collecting failed (${errorMessage(e)}); the tick counts as having no data.`,
    );
    return { failed: errorMessage(e) };
  }
}

function logTick(logger: Logger, plan: BakePlan, tick: TickEvaluation, events: RuleEvent[]): void {
  const minute = formatDuration(tick.at - plan.bakeStart);
  const watched = tick.metrics.filter((m) => plan.settings.ratio.metrics.includes(m.id) && m.applicable);
  const parts = watched.map((m) =>
    m.sufficient
      ? `${m.id} ${fmt(m.value)}${m.unit} (${fmt(m.ratio)}x)`
      : `${m.id} ? (${m.why ? intervalReason(m.why) : 'no data'})`,
  );
  logger.info(`+${minute} ${isoTime(tick.at)}: ${parts.join(', ') || 'no watched metric'}`);
  for (const e of events) {
    const line = `  ${e.type.toUpperCase()} [${e.rule}] ${ruleMessage(e.finding)}`;
    if (e.type === 'fired') logger.warning(line);
    else logger.info(line);
  }
}
