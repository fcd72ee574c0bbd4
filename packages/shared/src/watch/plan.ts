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
import { withoutUserInfo } from '../escape.js';
import { eventsOf, histogramQuantile, pool, windowValue } from '../judge/statistic.js';
import { defaultMinEvents } from '../judge/sufficiency.js';
import { type Logger, silentLogger } from '../log.js';
import type { MetricDef } from '../model/metric.js';
import type { WindowData } from '../model/window.js';
import { openSource, type SourceOptions } from '../sources/create.js';
import { oncePerQuery } from '../sources/once.js';
import type { MetricSource } from '../sources/types.js';
import { readStableBaseline } from '../store/baseline.js';
import { isoTime, nowSeconds, parseTime, parseWindow, refuseFuture, type TimeWindow } from '../time.js';
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
}

export interface RulesPlan {
  config: ResolvedConfig;
  service: string;
  environment: string;
  baselineVersion: string;
  baselineWindow: TimeWindow;
  promotedAt: string;
  resolvedFrom: string;
}

async function storedBaseline(options: RulesOptions, service: string, environment: string, logger: Logger) {
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
    ? isoTime(promotedTime(options.promotedAt, now))
    : (stable?.verifiedAt ?? isoTime(now));
  return {
    config,
    service,
    environment,
    baselineVersion,
    baselineWindow,
    promotedAt,
    resolvedFrom: stable && !options.baselineVersion ? `baseline store (verified ${stable.verifiedAt})` : 'input',
  };
}

/**
 * The statistic as the rules compute it: for a histogram, Prometheus' own histogram_quantile (linear inside
 * the bucket) over the pooled buckets, NOT the judge's log-probit estimate (judge/statistic.ts), which reads
 * skewed buckets more truthfully but would sit systematically apart from what the alert expression sees.
 */
function promotedTime(text: string, now: number): number {
  const t = parseTime(text, now, 'Input "promoted-at"');
  refuseFuture(t, now, 'Input "promoted-at"', 'give the time the baseline was promoted (empty: now).');
  return t;
}

export function baselineValue(metric: MetricDef, data: WindowData): number | null {
  if (metric.kind !== 'histogram_quantile') return windowValue(metric, data);
  const bounds = data.components.map((c) => (c === '+Inf' ? Number.POSITIVE_INFINITY : Number(c)));
  return histogramQuantile(metric.quantile, bounds, pool(data.points, data.components.length))?.value ?? null;
}

/** Each metric's baseline statistic over the whole window (pooled buckets, ratio of sums, rates). */
export async function measureBaseline(source: MetricSource, plan: RulesPlan): Promise<WatchBaseline> {
  const target = { service: plan.service, environment: plan.environment, version: plan.baselineVersion };
  const { config } = plan;
  const scrape = await resolveScrapeIntervals(
    source,
    config.metrics,
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
  const values = await mapLimit(config.metrics, 4, async (m) => {
    const data = await collectMetric(shared, m, target, plan.baselineWindow, options);
    // Too few events to judge (judge/sufficiency.ts) is no baseline: no alert compares with it.
    const events = eventsOf(m, data.components, data.points);
    const enough = events === undefined || events >= (m.minEvents ?? defaultMinEvents(m));
    const v = data.points.length && enough ? baselineValue(m, data) : null;
    return [m.id, v !== null && Number.isFinite(v) ? v : null] as const;
  });
  return { version: plan.baselineVersion, promotedAt: plan.promotedAt, values: Object.fromEntries(values) };
}

export function watchLinks(options: RulesOptions, plan: Pick<RulesPlan, 'service' | 'environment'>): WatchLinks {
  const q = new URLSearchParams({ 'var-service': plan.service, 'var-environment': plan.environment });
  // A link goes into every alert: a URL's user-info (credentials) never does, and only http(s) is a link.
  const base = withoutUserInfo(options.grafanaUrl ?? '', 'grafana-url').replace(/\/+$/, '');
  const runbook = options.runbookUrl ? withoutUserInfo(options.runbookUrl, 'runbook-url') : DEFAULT_RUNBOOK;
  return { runbook, dashboard: `${base}/d/${dashboardUid('service')}?${q}` };
}

export interface RunRulesResult extends RulesResult {
  plan: RulesPlan;
  baseline: WatchBaseline;
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
    `Generated by driftgate ${DRIFTGATE_VERSION} (driftgate rules): do not edit, re-generate.\n${plan.service} (${plan.environment}), baseline ${plan.baselineVersion} promoted ${plan.promotedAt}, measured ${isoTime(plan.baselineWindow.start)} .. ${isoTime(plan.baselineWindow.end)}.`,
  );
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
