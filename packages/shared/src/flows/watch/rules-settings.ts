/**
 * The production watch's settings, parsed once at the boundary (the drift-rules action and `driftgate rules`) from
 * the values read through its input spec (core/inputs/drift-rules.ts): publish becomes a choice, max-rules-per-group a
 * number, ruler-headers a header map, now a clock in seconds, and every mistake one ConfigurationError naming the
 * input the way the caller names it (`refer`: Input "x" in an action, --x on the command line), the value and the
 * fix, before any query. runRules takes `rules`, publishWatchRules `publish`. The baseline window and promoted-at
 * stay text (checked here): a recording's own values fill the window in, and both resolve against the clock.
 */
import { ConfigurationError } from '../../core/errors.js';
import type { RULES_INPUTS } from '../../core/inputs/drift-rules.js';
import type { InputValues, Refer } from '../../core/inputs/input-spec.js';
import { nowSeconds, parseTime } from '../../core/time.js';
import { checkOutputFile } from '../../io/paths.js';
import { PUBLISH_TARGETS, type PublishTarget } from '../../io/publish/rules-publish.js';
import { parseHeaders } from '../../io/sources/prometheus.js';
import { sourceSettings } from '../../io/sources/source-input.js';
import { promotedTime, type WatchPublishTarget, type WatchRulesSettings } from './watch-plan.js';

/** The values of RULES_INPUTS as read.ts yields them (the action has no --now). */
export type RulesValues = Omit<InputValues<typeof RULES_INPUTS>, 'now'> & { now?: string | undefined };

/** What the shell knows besides the inputs. */
export interface RulesContext {
  /** The region when aws-region is empty (the action: AWS_REGION). */
  awsRegion?: string | undefined;
  cwd: string;
  /**
   * With publish file and no output, write ops/rules/driftgate-<service>-<environment>.yml (the action); without
   * it output is required there (the CLI).
   */
  defaultOutput?: boolean;
}

export interface RulesSettings {
  /** What runRules measures and builds. */
  rules: WatchRulesSettings;
  /** Where publishWatchRules publishes. */
  publish: WatchPublishTarget;
  /** Only diff against what is deployed. */
  dryRun: boolean;
}

export function rulesSettings(v: RulesValues, refer: Refer, ctx: RulesContext): RulesSettings {
  const service = v.service;
  const metricsFile = v['metrics-file'];
  if (!service && !metricsFile) {
    throw new ConfigurationError(
      `${refer('service')} is required: the value of the service label (e.g. checkout-api), or a recording (metrics-file) that carries it.`,
    );
  }
  const publish = publishTarget(v.publish, refer);
  const maxRulesPerGroup = parseMaxRulesPerGroup(v['max-rules-per-group'], refer);
  const rulerHeaders = v['ruler-headers'] ? parseHeaders(v['ruler-headers'], 'ruler-headers') : undefined;
  // A dry run only reads them (the diff): their directories need not be writable.
  const readOnly = { readOnly: v['dry-run'] };
  checkOutputFile(v.output, ctx.cwd, { config: v.config, 'metrics-file': metricsFile }, 'output', readOnly);
  checkOutputFile(
    v['fleet-output'],
    ctx.cwd,
    { config: v.config, 'metrics-file': metricsFile, output: v.output },
    'fleet-output',
    readOnly,
  );
  const now = v.now ? parseTime(v.now, nowSeconds(), refer('now')) : undefined;
  if (v['promoted-at']) promotedTime(v['promoted-at'], now ?? nowSeconds(), refer('promoted-at'));
  const source = sourceSettings(v, ctx.awsRegion);
  const target = {
    ...source,
    environment: v.environment,
    baselineVersion: v['baseline-version'],
    baselineWindow: v['baseline-window'],
    baselineStore: v['baseline-store'],
    promotedAt: v['promoted-at'],
    config: v.config,
    runbookUrl: v['runbook-url'],
    grafanaUrl: v['grafana-url'],
    codedeployApplication: v['codedeploy-application'],
    codedeployDeploymentGroup: v['codedeploy-deployment-group'],
    cwd: ctx.cwd,
    ...(now !== undefined ? { now } : {}),
  };
  return {
    rules: service ? { ...target, service } : { ...target, metricsFile: metricsFile as string },
    publish: {
      publish,
      ...(v.output ? { output: v.output } : {}),
      ...(ctx.defaultOutput ? { defaultOutput: true } : {}),
      rulesWorkspaceId: v['rules-workspace-id'],
      ampWorkspaceId: source.ampWorkspaceId,
      awsRegion: source.awsRegion,
      rulerUrl: v['ruler-url'],
      ...(rulerHeaders ? { rulerHeaders } : {}),
      namespace: v.namespace,
      fleetOutput: v['fleet-output'],
      fleetNamespace: v['fleet-namespace'],
      ...(maxRulesPerGroup !== undefined ? { maxRulesPerGroup } : {}),
      cwd: ctx.cwd,
      refer,
    },
    dryRun: v['dry-run'],
  };
}

/** Input `publish`: file, amp or ruler. */
export function publishTarget(text: string, refer: Refer): PublishTarget {
  if ((PUBLISH_TARGETS as readonly string[]).includes(text)) return text as PublishTarget;
  throw new ConfigurationError(`${refer('publish')} is ${JSON.stringify(text)}: expected file, amp or ruler.`);
}

/** Input `max-rules-per-group`: a whole number >= 0, or undefined (the target's default). */
export function parseMaxRulesPerGroup(text: string | undefined, refer: Refer): number | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0) {
    throw new ConfigurationError(
      `${refer('max-rules-per-group')} is ${JSON.stringify(text)}: expected a whole number of rules (e.g. 20, your ruler's limit per group), or 0 for no limit.`,
    );
  }
  return n;
}
