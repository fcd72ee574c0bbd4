/**
 * The demo's part 3 (docs/production-watch.md): the production watch's rules generated from the same
 * recording (baseline v1.41.0), then the recorded hour of v1.42.0 run through Prometheus' own rule engine
 * (`promtool test rules`, when promtool is installed): at which minute each alert starts firing. promtool
 * answers one question per run (is the alert firing at minute m?), so the first firing minute is found by
 * bisection over the hour, and checked against the minute before.
 */
import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { silentLogger } from '@driftgate/shared';
import type { VerifyResult } from '@driftgate/shared/bake';
import { BUILTIN_CONFIG } from '@driftgate/shared/config';
import { histogramQuantile } from '@driftgate/shared/judge';
import type { Recording } from '@driftgate/shared/sources';
import type { StableBaseline } from '@driftgate/shared/store';
import {
  firingTest,
  groupEvalOrder,
  histogramInputSeries,
  type InputSeries,
  publishWatchRules,
  type RunRulesResult,
  runRules,
} from '@driftgate/shared/watch';
import { stringify } from 'yaml';
import type { CliIO } from '../command.js';

const run = promisify(execFile);
/** The two files driftgate rules writes: the fleet's rules and the service's baseline. */
const RULE_FILES = ['driftgate-fleet.yml', 'rules.yml'];
const WATCHED = [
  ['DriftgateDriftBeyondTolerance', 'latency_p95_read'],
  ['DriftgateLatencyRollback', 'latency_p95_read'],
  ['DriftgateSLOBreach', 'latency_p95_read'],
] as const;

async function hasPromtool(): Promise<boolean> {
  try {
    await run('promtool', ['--version']);
    return true;
  } catch {
    return false;
  }
}

/** First minute in [1, minutes] at which the alert fires (it keeps firing once it does), or null. */
async function firstFiring(
  dir: string,
  series: InputSeries[],
  alert: string,
  metric: string,
  minutes: number,
  order: string[],
) {
  const fires = async (m: number) => {
    const file = join(dir, `test-${alert}-${m}.yml`);
    await writeFile(file, stringify(firingTest(RULE_FILES, series, alert, metric, m, order), { lineWidth: 0 }));
    return run('promtool', ['test', 'rules', file]).then(
      () => true,
      () => false,
    );
  };
  if (!(await fires(minutes))) return null;
  let lo = 0;
  let hi = minutes;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (await fires(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** The recorded half hour the bake judged, as its recording's defaults give it. */
function bakeWindow(recording: Recording): { start: number; end: number } {
  const d = recording.defaults as Record<string, string | number>;
  const start = Number(d.bakeStart);
  const duration = String(d.bakeDuration ?? '30m');
  const minutes = Number(duration.replace(/m$/, ''));
  return { start, end: start + 60 * (Number.isFinite(minutes) ? minutes : 30) };
}

/**
 * What the watch's rollback rule saw, minute by minute: the candidate's 5-minute histogram_quantile (the alert
 * expression's statistic) against the rule's baseline constant, from the same recorded series promtool replays.
 */
function watchRatios(series: InputSeries[], metricName: string, quantile: number, baseline: number): number[] {
  const buckets = series
    .filter((s) => s.series.startsWith(`${metricName}_bucket{`))
    .map((s) => {
      const le = /le="([^"]*)"/.exec(s.series)?.[1] ?? '+Inf';
      return { le: le === '+Inf' ? Number.POSITIVE_INFINITY : Number(le), values: s.values.split(' ').map(Number) };
    })
    .sort((a, b) => a.le - b.le);
  const minutes = (buckets[0]?.values.length ?? 1) - 1;
  const out: number[] = [];
  for (let m = 5; m <= minutes; m++) {
    const cumulative = buckets.map((b) => (b.values[m] as number) - (b.values[m - 5] as number));
    const q = histogramQuantile(
      quantile,
      buckets.map((b) => b.le),
      cumulative,
    )?.value;
    if (q !== undefined && Number.isFinite(q) && baseline > 0) out.push(q / baseline);
  }
  return out;
}

export async function demoWatch(
  io: CliIO,
  paths: { compare: string; bake: string },
  outputDir: string,
  record: StableBaseline,
  bake: VerifyResult,
): Promise<void> {
  const recording = JSON.parse(await readFile(paths.bake, 'utf8')) as Recording;
  const d = recording.defaults as Record<string, string>;
  const result: RunRulesResult = await runRules(
    // The demo always uses its own configuration (the built-in catalog), never the repository's; the baseline is
    // the store record's (part 1's data), so no query is needed for it.
    {
      metricsFile: paths.compare,
      promotedAt: record.verifiedAt,
      cwd: io.cwd,
      config: d.config ?? BUILTIN_CONFIG,
      stableBaseline: record,
    },
    { logger: silentLogger },
  );
  const dir = join(outputDir, 'watch');
  await mkdir(dir, { recursive: true });
  await publishWatchRules(result, { publish: 'file', output: join(dir, 'rules.yml'), cwd: io.cwd });
  const read = result.baseline.sources.latency_p95_read;
  io.out(
    `driftgate rules wrote ${join(dir, 'driftgate-fleet.yml')} (the fleet's rules) and ${join(dir, 'rules.yml')} (the baseline of ${result.plan.service}): ${result.alerts.length} alerts against baseline ${result.plan.baselineVersion} (p95 read ${read?.baseline?.toFixed(3)} s, the same record as parts 1 and 2), for Prometheus, Mimir or AMP to evaluate every minute.`,
  );
  if (read?.statistic === 'histogram_quantile_5m' && read.value !== null) {
    io.out(
      `Its alert expressions evaluate histogram_quantile over 5 minutes, so they compare with the same data's median 5-minute histogram_quantile: ${read.value.toFixed(3)} s.`,
    );
  }
  if (!(await hasPromtool())) {
    io.out('promtool is not installed (apt-get install -y prometheus): skipping the replay through the rule engine.');
    return;
  }
  const target = {
    service: d.service as string,
    environment: d.environment as string,
    version: d.candidateVersion as string,
  };
  const { series, minutes } = histogramInputSeries(
    recording,
    result.plan.config.metrics,
    result.plan.config.labels,
    target,
    bakeWindow(recording),
  );
  io.out(
    `Replaying the ${minutes} minutes of ${target.version} the bake judged through promtool test rules (1-minute evaluation):`,
  );
  const order = groupEvalOrder([result.fleet, result.service]);
  let rollbackAt: number | null | undefined;
  for (const [alert, metric] of WATCHED) {
    const a = result.alerts.find((x) => x.alert === alert && x.metric === metric);
    if (!a) continue;
    const at = await firstFiring(dir, series, alert, metric, minutes, order);
    if (alert === 'DriftgateLatencyRollback') rollbackAt = at;
    io.out(
      `  ${alert} (${metric}, for ${a.forSeconds / 60}m): ${at === null ? `does not fire in ${minutes} minutes` : `fires at minute ${at} after the deploy`}`,
    );
  }
  io.out(storyLine(bake, rollbackAt, result, series));
}

/** One line: whether the bake's decision and the watch's replay of the same minutes tell the same story, or why not. */
function storyLine(
  bake: VerifyResult,
  rollbackAt: number | null | undefined,
  result: RunRulesResult,
  series: InputSeries[],
): string {
  const v = bake.verification;
  const decided = v.decided_at ? Math.round((Date.parse(v.decided_at) - Date.parse(v.bake.start)) / 60000) : null;
  const rolledBack = v.verdict === 'rollback';
  const metric = result.plan.config.metrics.find((m) => m.id === 'latency_p95_read');
  const base = result.baseline.sources.latency_p95_read?.value ?? null;
  if (rolledBack === (rollbackAt !== null && rollbackAt !== undefined)) {
    return rolledBack
      ? `Same story: the bake decided a rollback at minute ${decided}; the watch's rollback alert fires at minute ${rollbackAt} on the same minutes (its 5-minute window and for: 10m start later than the bake's 1-minute ticks).`
      : `Same story: neither the bake (verdict ${v.verdict}) nor the watch's rollback alert rolls back on these minutes.`;
  }
  const ratios =
    metric?.kind === 'histogram_quantile' && base !== null
      ? watchRatios(series, metric.metric, metric.quantile, base)
      : [];
  const seen = ratios.length
    ? ` (its 5-minute histogram_quantile reached at most ${Math.max(...ratios).toFixed(2)}x its baseline reading)`
    : '';
  const fired = v.events.find((e) => e.type === 'fired' && e.metric === 'latency_p95_read' && e.ratio != null);
  const bakeSaw = fired?.ratio != null ? ` at ${fired.ratio.toFixed(2)}x the baseline` : '';
  return `They differ, by the estimator: the bake's verdict is ${v.verdict}${decided !== null ? ` (decided at minute ${decided}${bakeSaw}, driftgate's estimate)` : ''}, the watch's rollback alert ${rollbackAt === null || rollbackAt === undefined ? 'does not fire' : `fires at minute ${rollbackAt}`}${seen}: Prometheus' histogram_quantile interpolates linearly inside a bucket, which compresses a shift within one wide bucket.`;
}
