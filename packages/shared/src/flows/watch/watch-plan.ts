/**
 * `driftgate rules` end to end (the shell around core/watch/prometheus-rules.ts): resolve the config, the service and the
 * stable baseline (flags, or the baseline store post-deploy-verify promotes to), measure the baseline's
 * values over its verified window with the gate's own collector and statistics, and build the rule file.
 */

import { dirname, join } from 'node:path';
import { resolveBakeSettings } from '../../core/bake/bake-settings.js';
import { mapLimit } from '../../core/concurrency.js';
import type { ResolvedConfig } from '../../core/config.js';
import { ConfigurationError } from '../../core/errors.js';
import { withoutUserInfo } from '../../core/escape.js';
import { metricBaseline, watchBaselineValue } from '../../core/judge/release-baseline.js';
import { type Logger, silentLogger } from '../../core/log.js';
import type { MetricBaseline, ReleaseBaseline } from '../../core/model/baseline.js';
import type { MetricDef } from '../../core/model/metric.js';
import { fmt } from '../../core/numbers.js';
import { isoTime, nowSeconds, parseTime, parseWindow, refuseFuture, type TimeWindow } from '../../core/time.js';
import { DRIFTGATE_VERSION } from '../../core/version.js';
import { dashboardUid } from '../../core/watch/dashboard-uid.js';
import {
  buildRules,
  type RuleFile,
  type RulesResult,
  renderRuleFile,
  splitGroups,
  type WatchBaseline,
  type WatchLinks,
} from '../../core/watch/prometheus-rules.js';
import { collectMetric } from '../../io/collect/collect.js';
import { resolveScrapeIntervals, withScrapeIntervals } from '../../io/collect/scrape.js';
import { loadConfig } from '../../io/config/config-file.js';
import {
  chooseTarget,
  defaultNamespace,
  FLEET_NAMESPACE,
  publishRules,
  type RulesPublishResult,
  type RulesTarget,
  type TargetOptions,
} from '../../io/publish/rules-publish.js';
import { openSource, type SourceOptions } from '../../io/sources/create.js';
import { oncePerQuery } from '../../io/sources/once.js';
import type { MetricSource } from '../../io/sources/source-types.js';
import { readStableBaseline, type StableBaseline } from '../../io/store/baseline-store.js';

export const DEFAULT_RUNBOOK = 'https://github.com/acme/driftgate/blob/v1/docs/production-watch.md';

export interface RulesOptions extends SourceOptions {
  service?: string;
  environment?: string;
  baselineVersion?: string;
  baselineWindow?: string;
  /**
   * When the baseline version was promoted (RFC 3339 / unix seconds); default: the store's verifiedAt, else
   * the end of the baseline window (never now: a re-run on the same baseline must write the same rules).
   */
  promotedAt?: string;
  baselineStore?: string;
  config?: string;
  cwd?: string;
  runbookUrl?: string;
  /** Grafana base URL for the dashboard link; without it the link is a path (/d/<uid>?...). */
  grafanaUrl?: string;
  /** Labels of the rollback alert: which CodeDeploy deployment group to roll back. */
  codedeployApplication?: string;
  codedeployDeploymentGroup?: string;
  now?: number;
  /** A baseline store record given in-process (the demo, tests) instead of reading the store. */
  stableBaseline?: StableBaseline;
}

/**
 * What runRules runs with, typed (rules-settings.ts parses the inputs into it at the boundary). The service is
 * given, or a recording (metricsFile) carries it.
 */
export type WatchRulesSettings = RulesOptions & ({ service: string } | { service?: undefined; metricsFile: string });

export interface RulesPlan {
  /** The baseline store record's one baseline per metric (core/judge/release-baseline.ts), when it is of the baseline version. */
  stored?: ReleaseBaseline;
  config: ResolvedConfig;
  service: string;
  environment: string;
  baselineVersion: string;
  baselineWindow: TimeWindow;
  promotedAt: string;
  resolvedFrom: string;
}

async function storedBaseline(options: RulesOptions, service: string, environment: string, logger: Logger) {
  if (options.stableBaseline) return options.stableBaseline;
  if (!options.baselineStore || options.baselineVersion) return undefined;
  const stable = await readStableBaseline(options.baselineStore, service, environment, {
    ...(options.awsRegion ? { region: options.awsRegion } : {}),
    logger,
  });
  if (!stable) {
    throw new ConfigurationError(
      `Input "baseline-store" ${options.baselineStore} has no stable baseline for ${service} (${environment}) yet: promote one with post-deploy-verify, or give "baseline-version" and "baseline-window".`,
    );
  }
  return stable;
}

/** Everything decided before a query is sent. Throws ConfigurationError naming the input. */
export async function planRules(
  options: RulesOptions,
  defaults: Record<string, unknown>,
  logger: Logger = silentLogger,
): Promise<RulesPlan> {
  const config = await loadConfig(options.config, options.cwd ?? process.cwd());
  const d = (k: string) =>
    typeof defaults[k] === 'string' && defaults[k] !== '' ? (defaults[k] as string) : undefined;
  const now = options.now ?? nowSeconds();
  // The settings give the service or a recording (rules-settings.ts); only a recording can lack it.
  const service = options.service || d('service');
  if (!service) {
    throw new ConfigurationError(
      `Input "service" is empty and the recording ${JSON.stringify(options.metricsFile ?? '')} names no service: give the value of the service label (e.g. checkout-api).`,
    );
  }
  const environment = options.environment || d('environment') || 'prod';
  const stable = await storedBaseline(options, service, environment, logger);
  const baselineVersion = options.baselineVersion || stable?.version || d('baselineVersion');
  if (!baselineVersion) {
    throw new ConfigurationError(
      'Input "baseline-version" is empty and no "baseline-store" was given: pass the version label of the last stable release, or the store post-deploy-verify promotes to.',
    );
  }
  const windowText = options.baselineWindow || (stable ? undefined : d('baselineWindow'));
  if (!windowText && !stable) {
    throw new ConfigurationError(
      'Input "baseline-window" is empty: give the window the baseline version served in (START..END, e.g. -25h..-24h), or use "baseline-store".',
    );
  }
  const baselineWindow = windowText
    ? parseWindow(windowText, now, 'Input "baseline-window"')
    : (stable?.window as TimeWindow);
  const promotedAt = options.promotedAt
    ? isoTime(promotedTime(options.promotedAt, now))
    : (stable?.verifiedAt ?? isoTime(baselineWindow.end));
  return {
    ...(stable?.baseline && stable.version === baselineVersion ? { stored: stable.baseline } : {}),
    config,
    service,
    environment,
    baselineVersion,
    baselineWindow,
    promotedAt,
    resolvedFrom: stable && !options.baselineVersion ? `baseline store (verified ${stable.verifiedAt})` : 'input',
  };
}

/** Input promoted-at: a time not in the future (a forged future promotion would outrank every later one). */
export function promotedTime(text: string, now: number, what = 'Input "promoted-at"'): number {
  const t = parseTime(text, now, what);
  refuseFuture(
    t,
    now,
    what,
    'give the time the baseline was promoted (empty: the store record, else the end of the baseline window).',
  );
  return t;
}

/** Where one metric's watch baseline came from, and which statistic the rules compare with. */
export interface WatchBaselineSource {
  /** store: the baseline store record's baseline (computed once when promoted); window: computed here. */
  from: 'store' | 'window';
  /** The release's baseline (driftgate's estimate, as the gate and the bake use it); null without data. */
  baseline: number | null;
  /** The statistic the rules compare with, derived from the same data (core/judge/release-baseline.ts watchBaselineValue). */
  statistic: 'estimate' | 'histogram_quantile_5m';
  value: number | null;
}

/**
 * THE ONE PLACE THE WATCH'S BASELINE VALUES ARE DECIDED (core/watch/prometheus-rules.ts buildServiceRules turns them into the
 * labelled series the alerts compare with). Each metric's value for the rules: the release's one baseline (core/judge/release-baseline.ts), from the baseline store
 * record when it has it, else computed from the baseline's verified window with the gate's estimator; for a
 * histogram quantile the rules' own statistic (the median 5-minute histogram_quantile) derived from the same
 * data. The values go into WatchBaseline.values; `sources` says which statistic each one is.
 */
export async function measureBaseline(
  source: MetricSource,
  plan: RulesPlan,
): Promise<WatchBaseline & { sources: Record<string, WatchBaselineSource> }> {
  const { config } = plan;
  const stored = plan.stored;
  const missing = config.metrics.filter((m) => !stored?.metrics[m.id]);
  const computed = missing.length ? await computeBaselines(source, plan, missing) : {};
  const sources: Record<string, WatchBaselineSource> = {};
  for (const m of config.metrics) {
    const b = stored?.metrics[m.id] ?? computed[m.id];
    const w = watchBaselineValue(m, b);
    sources[m.id] = { from: stored?.metrics[m.id] ? 'store' : 'window', baseline: b?.value ?? null, ...w };
  }
  return {
    version: plan.baselineVersion,
    promotedAt: plan.promotedAt,
    values: Object.fromEntries(Object.entries(sources).map(([id, s]) => [id, s.value])),
    sources,
  };
}

/** The release's baseline of `metrics` over the baseline's verified window (core/judge/release-baseline.ts). */
async function computeBaselines(
  source: MetricSource,
  plan: RulesPlan,
  metrics: MetricDef[],
): Promise<Record<string, MetricBaseline>> {
  const target = { service: plan.service, environment: plan.environment, version: plan.baselineVersion };
  const { config } = plan;
  const scrape = await resolveScrapeIntervals(
    source,
    metrics,
    config.labels,
    target,
    plan.baselineWindow,
    config.scrapeInterval,
  );
  const options = withScrapeIntervals(
    { labels: config.labels, resolution: config.resolution, scrapeInterval: config.scrapeInterval },
    scrape,
  );
  const shared = oncePerQuery(source);
  const values = await mapLimit(metrics, 4, async (m) => {
    const data = await collectMetric(shared, m, target, plan.baselineWindow, options);
    // Too few events to judge (core/judge/sufficiency.ts) is no baseline: no alert compares with it.
    return [m.id, metricBaseline(m, data, { trim: config.trimIncidents })] as const;
  });
  return Object.fromEntries(values);
}

export function watchLinks(options: Pick<RulesOptions, 'runbookUrl' | 'grafanaUrl'>): WatchLinks {
  // A link goes into every alert: a URL's user-info (credentials) never does, and only http(s) is a link.
  return {
    runbook: options.runbookUrl ? withoutUserInfo(options.runbookUrl, 'runbook-url') : DEFAULT_RUNBOOK,
    grafanaUrl: withoutUserInfo(options.grafanaUrl ?? '', 'grafana-url').replace(/\/+$/, ''),
    dashboardUid: dashboardUid('service'),
  };
}

export interface RunRulesResult extends RulesResult {
  plan: RulesPlan;
  baseline: WatchBaseline & { sources: Record<string, WatchBaselineSource> };
}

export async function runRules(
  options: WatchRulesSettings,
  deps: { logger?: Logger; source?: MetricSource } = {},
): Promise<RunRulesResult> {
  const logger = deps.logger ?? silentLogger;
  const { source, defaults } = openSource(options, options.cwd ?? process.cwd(), logger, deps.source);
  const plan = await planRules(options, defaults, logger);
  const bake = resolveBakeSettings(
    plan.config.bake,
    {},
    plan.config.metrics,
    plan.config.resolution,
    plan.config.file ?? null,
  );
  logger.info(
    `Baseline ${plan.baselineVersion} of ${plan.service} (${plan.environment}) [${isoTime(plan.baselineWindow.start)} .. ${isoTime(plan.baselineWindow.end)}] from ${source.description}`,
  );
  const baseline = await measureBaseline(source, plan);
  const built = buildRules({
    service: plan.service,
    environment: plan.environment,
    config: plan.config,
    bake,
    baseline,
    links: watchLinks(options),
    codedeploy: {
      ...(options.codedeployApplication ? { application: options.codedeployApplication } : {}),
      ...(options.codedeployDeploymentGroup ? { deploymentGroup: options.codedeployDeploymentGroup } : {}),
    },
  });
  return { ...built, plan, baseline };
}

/** The service part's text, with a header saying what it is and where its baseline came from. */
export function ruleFileText(result: RunRulesResult, file: RuleFile = result.service): string {
  const { plan } = result;
  return renderRuleFile(
    file,
    `Generated by driftgate ${DRIFTGATE_VERSION} (driftgate rules): do not edit, re-generate.\n${plan.service} (${plan.environment}): its stable baseline ${plan.baselineVersion} promoted ${plan.promotedAt}, measured ${isoTime(plan.baselineWindow.start)} .. ${isoTime(plan.baselineWindow.end)}${plan.stored ? " (the baseline store record's values)" : ''}, and its thresholds.\n${baselineStatistics(result.baseline.sources)}\nThe fleet's recording rules and alerts are in the fleet file (${FLEET_FILE}), the same for every service.`,
  );
}

/**
 * One comment line per metric whose rule constant is another statistic than the release's baseline (a histogram
 * quantile's median 5-minute histogram_quantile), both values side by side.
 */
export function baselineStatistics(sources: Record<string, WatchBaselineSource>): string {
  const derived = Object.entries(sources).filter(([, s]) => s.statistic !== 'estimate' && s.value !== null);
  if (!derived.length)
    return "Baselines: the release's baseline (driftgate's estimate), as the gate and the bake use it.";
  return [
    "Baselines: the release's baseline (driftgate's estimate), as the gate and the bake use it; histogram quantiles are",
    'compared as their median 5-minute histogram_quantile over the same data (the alert expressions evaluate that):',
    ...derived.map(
      ([id, s]) => `  ${id}: ${fmt(s.value, 4)} (5-minute histogram_quantile; baseline ${fmt(s.baseline, 4)})`,
    ),
  ].join('\n');
}

/** The fleet part's text (the same for every service of one config). */
export function fleetFileText(file: RuleFile): string {
  return renderRuleFile(
    file,
    `Generated by driftgate ${DRIFTGATE_VERSION} (driftgate rules): do not edit, re-generate.\nThe production watch for every service: recording rules aggregated by service and environment, and the alerts.\nLoad it once, with one baseline file per service (driftgate-<service>-<environment>.yml).`,
  );
}

/** The fleet file's name next to the service files (publish file). */
export const FLEET_FILE = 'driftgate-fleet.yml';

/** Rules per group with publish amp or ruler when max-rules-per-group is not given (Mimir's default limit). */
export const DEFAULT_MAX_RULES_PER_GROUP = 20;

export interface WatchPublishTarget extends Omit<TargetOptions, 'service' | 'environment' | 'namespace'> {
  /** The service part's namespace (amp, ruler); default driftgate-<service>-<environment>. */
  namespace?: string;
  /** The fleet part's file (publish file; default driftgate-fleet.yml next to output) or namespace. */
  fleetOutput?: string;
  fleetNamespace?: string;
  /** The most rules in one group (0 = no limit); default 20 with amp and ruler, none with file. */
  maxRulesPerGroup?: number;
  /** With publish file and no output: ops/rules/driftgate-<service>-<environment>.yml (the action's default). */
  defaultOutput?: boolean;
}

export interface WatchPublishResult extends RulesPublishResult {
  /** The fleet part and the service part, each as published. */
  parts: { fleet: RulesPublishResult; service: RulesPublishResult };
  /** The service's rule file written (publish file, or amp / ruler with output), relative to cwd as given. */
  output?: string;
}

/** The service's rule file: output, else with defaultOutput (publish file) ops/rules/<default namespace>.yml. */
export function watchRulesOutput(
  target: Pick<WatchPublishTarget, 'publish' | 'output' | 'defaultOutput'>,
  service: string,
  environment: string,
): string | undefined {
  if (target.output) return target.output;
  const publish = target.publish || 'file';
  return publish === 'file' && target.defaultOutput
    ? join('ops', 'rules', `${defaultNamespace(service, environment)}.yml`)
    : undefined;
}

function combinedStatus(a: RulesPublishResult, b: RulesPublishResult): RulesPublishResult['status'] {
  const all = [a.status, b.status];
  if (all.includes('dry-run')) return 'dry-run';
  if (all.every((s) => s === 'unchanged')) return 'unchanged';
  if (all.includes('updated')) return 'updated';
  return all.includes('created') ? 'created' : 'unchanged';
}

/**
 * Publish the two parts to the target the options choose (file, AMP, ruler): the fleet part (the same for
 * every service: unchanged after the first) and the service's baseline; groups split to maxRulesPerGroup.
 * A dry run only diffs. Re-publishing over an old single-file (per-service) rule file replaces it: its diff
 * shows the old group removed.
 */
export async function publishWatchRules(
  result: RunRulesResult,
  target: WatchPublishTarget,
  options: { dryRun?: boolean; logger?: Logger } = {},
): Promise<WatchPublishResult> {
  const { service, environment } = result.plan;
  const publish = target.publish || 'file';
  const max = target.maxRulesPerGroup ?? (publish === 'file' ? 0 : DEFAULT_MAX_RULES_PER_GROUP);
  const fleetFile = splitGroups(result.fleet, max);
  const serviceFile = splitGroups(result.service, max);
  const { defaultOutput: _, ...given } = target;
  const output = watchRulesOutput(target, service, environment);
  const base = { ...given, ...(output ? { output } : {}), service, environment };
  const serviceTarget: RulesTarget = chooseTarget(base);
  const fleetTarget: RulesTarget = chooseTarget({
    ...base,
    ...(publish === 'file' && output ? { output: target.fleetOutput ?? join(dirname(output), FLEET_FILE) } : {}),
    namespace: target.fleetNamespace || FLEET_NAMESPACE,
  });
  const fleet = await publishRules(fleetTarget, fleetFileText(fleetFile), options);
  const svc = await publishRules(serviceTarget, ruleFileText(result, serviceFile), options);
  return {
    target: svc.target,
    status: combinedStatus(fleet, svc),
    diff: [fleet.diff, svc.diff].filter(Boolean).join('\n'),
    parts: { fleet, service: svc },
    ...(output ? { output } : {}),
  };
}
