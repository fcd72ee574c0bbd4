/**
 * `driftgate rules` end to end (the shell around watch/rules.ts): resolve the config, the service and the
 * stable baseline (flags, or the baseline store post-deploy-verify promotes to), measure the baseline's
 * values over its verified window with the gate's own collector and statistics, and build the rule file.
 */
import { resolveBakeSettings } from '../bake/settings.js';
import { collectMetric } from '../collect/collect.js';
import { resolveScrapeIntervals, withScrapeIntervals } from '../collect/scrape.js';
import { mapLimit } from '../concurrency.js';
import { loadConfig, type ResolvedConfig } from '../config/config.js';
import { ConfigurationError } from '../errors.js';
import { metricBaseline, watchBaselineValue } from '../judge/baseline.js';
import { type Logger, silentLogger } from '../log.js';
import type { MetricBaseline, ReleaseBaseline } from '../model/baseline.js';
import type { MetricDef } from '../model/metric.js';
import { fmt } from '../numbers.js';
import { openSource, type SourceOptions } from '../sources/create.js';
import { oncePerQuery } from '../sources/once.js';
import type { MetricSource } from '../sources/types.js';
import { readStableBaseline, type StableBaseline } from '../store/baseline.js';
import { isoTime, nowSeconds, parseTime, parseWindow, type TimeWindow } from '../time.js';
import { DRIFTGATE_VERSION } from '../version.js';
import { dashboardUid } from './dashboard-uid.js';
import { chooseTarget, type PublishResult, publishRules, type TargetOptions } from './publish.js';
import {
  buildRules,
  type RulesResult,
  renderRuleFile,
  ruleGroupName,
  type WatchBaseline,
  type WatchLinks,
} from './rules.js';

export const DEFAULT_RUNBOOK = 'https://github.com/acme/driftgate/blob/v1/docs/production-watch.md';

export interface RulesOptions extends SourceOptions {
  service?: string;
  environment?: string;
  baselineVersion?: string;
  baselineWindow?: string;
  /** When the baseline version was promoted (RFC 3339 / unix seconds); default: the store's, else now. */
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

export interface RulesPlan {
  /** The baseline store record's one baseline per metric (judge/baseline.ts), when it is of the baseline version. */
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
  const service = options.service || d('service');
  if (!service)
    throw new ConfigurationError('Input "service" is required: the value of the service label (e.g. checkout-api).');
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
    ? isoTime(parseTime(options.promotedAt, now, 'Input "promoted-at"'))
    : (stable?.verifiedAt ?? isoTime(now));
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

/** Where one metric's watch baseline came from, and which statistic the rules compare with. */
export interface WatchBaselineSource {
  /** store: the baseline store record's baseline (computed once when promoted); window: computed here. */
  from: 'store' | 'window';
  /** The release's baseline (driftgate's estimate, as the gate and the bake use it); null without data. */
  baseline: number | null;
  /** The statistic the rules compare with, derived from the same data (judge/baseline.ts watchBaselineValue). */
  statistic: 'estimate' | 'histogram_quantile_5m';
  value: number | null;
}

/**
 * Each metric's value for the rules: the release's one baseline (judge/baseline.ts), from the baseline store
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

/** The release's baseline of `metrics` over the baseline's verified window (judge/baseline.ts). */
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
    // Too few events to judge (judge/sufficiency.ts) is no baseline: no alert compares with it.
    return [m.id, metricBaseline(m, data, { trim: config.trimIncidents })] as const;
  });
  return Object.fromEntries(values);
}

export function watchLinks(options: RulesOptions, plan: Pick<RulesPlan, 'service' | 'environment'>): WatchLinks {
  const q = new URLSearchParams({ 'var-service': plan.service, 'var-environment': plan.environment });
  const base = (options.grafanaUrl ?? '').replace(/\/+$/, '');
  return { runbook: options.runbookUrl || DEFAULT_RUNBOOK, dashboard: `${base}/d/${dashboardUid('service')}?${q}` };
}

export interface RunRulesResult extends RulesResult {
  plan: RulesPlan;
  baseline: WatchBaseline & { sources: Record<string, WatchBaselineSource> };
}

export async function runRules(
  options: RulesOptions,
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
    plan.config.file ?? '.github/driftgate.yml',
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
    links: watchLinks(options, plan),
    codedeploy: {
      ...(options.codedeployApplication ? { application: options.codedeployApplication } : {}),
      ...(options.codedeployDeploymentGroup ? { deploymentGroup: options.codedeployDeploymentGroup } : {}),
    },
  });
  return { ...built, plan, baseline };
}

/** The rule file's text, with a header saying what it is and where its baseline came from. */
export function ruleFileText(result: RunRulesResult): string {
  const { plan } = result;
  return renderRuleFile(
    result.file,
    `Generated by driftgate ${DRIFTGATE_VERSION} (driftgate rules): do not edit, re-generate.\n${plan.service} (${plan.environment}), baseline ${plan.baselineVersion} promoted ${plan.promotedAt}, measured ${isoTime(plan.baselineWindow.start)} .. ${isoTime(plan.baselineWindow.end)}${plan.stored ? " (the baseline store record's values)" : ''}.\n${baselineStatistics(result.baseline.sources)}`,
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

/** Publish a generated rule file to the target the options choose (file, AMP, ruler); dry run = diff only. */
export async function publishWatchRules(
  result: RunRulesResult,
  target: Omit<TargetOptions, 'service' | 'environment' | 'group'>,
  options: { dryRun?: boolean; logger?: Logger } = {},
): Promise<PublishResult> {
  const { service, environment } = result.plan;
  const chosen = chooseTarget({ ...target, service, environment, group: ruleGroupName(service, environment) });
  return publishRules(chosen, ruleFileText(result), options);
}
