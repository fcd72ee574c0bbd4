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
import { BUILTIN_CONFIG } from '@driftgate/shared/config';
import type { Recording } from '@driftgate/shared/sources';
import {
  firingTest,
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
async function firstFiring(dir: string, series: InputSeries[], alert: string, metric: string, minutes: number) {
  const fires = async (m: number) => {
    const file = join(dir, `test-${alert}-${m}.yml`);
    await writeFile(file, stringify(firingTest(RULE_FILES, series, alert, metric, m), { lineWidth: 0 }));
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

export async function demoWatch(io: CliIO, recordingPath: string, outputDir: string): Promise<void> {
  const recording = JSON.parse(await readFile(recordingPath, 'utf8')) as Recording;
  const d = recording.defaults as Record<string, string>;
  const [start, end] = (d.candidateWindow as string).split('..').map(Number) as [number, number];
  const result: RunRulesResult = await runRules(
    // The demo always uses its own configuration: the recording's (the built-in catalog), never the repository's.
    { metricsFile: recordingPath, promotedAt: String(start), cwd: io.cwd, config: d.config ?? BUILTIN_CONFIG },
    { logger: silentLogger },
  );
  const dir = join(outputDir, 'watch');
  await mkdir(dir, { recursive: true });
  await publishWatchRules(result, { publish: 'file', output: join(dir, 'rules.yml'), cwd: io.cwd });
  io.out(
    `driftgate rules wrote ${join(dir, 'driftgate-fleet.yml')} (the fleet's rules) and ${join(dir, 'rules.yml')} (the baseline of ${result.plan.service}): ${result.alerts.length} alerts against baseline ${result.plan.baselineVersion} (p95 read ${result.baseline.values.latency_p95_read?.toFixed(3)} s), for Prometheus, Mimir or AMP to evaluate every minute.`,
  );
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
    { start, end },
  );
  io.out(`Replaying the recorded hour of ${target.version} through promtool test rules (1-minute evaluation):`);
  for (const [alert, metric] of WATCHED) {
    const a = result.alerts.find((x) => x.alert === alert && x.metric === metric);
    if (!a) continue;
    const at = await firstFiring(dir, series, alert, metric, minutes);
    io.out(
      `  ${alert} (${metric}, for ${a.forSeconds / 60}m): ${at === null ? `does not fire in ${minutes} minutes` : `fires at minute ${at} after the deploy`}`,
    );
  }
}
