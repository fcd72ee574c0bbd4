/**
 * The production watch's Prometheus rules (PURE), fleet-shaped as the Prometheus mixins write them
 * (PERF-003 §2, §4, §5, §9; docs/production-watch.md). Two parts:
 *   fleet     one set for every service: recording rules of each catalog metric over the trailing 5 (and 2)
 *             minutes, aggregated by the identifying labels (service, environment: core/watch/series.ts), and the
 *             alerts, which join the current series with the service's thresholds `on(<identity labels>)` and
 *             take service, environment and baseline_version from the series. Their number does not grow
 *             with services; the same config gives the same text, so every service's run writes the same file.
 *   service   per service only its stable baseline, as labelled constants: `<level>:<id>:baseline` (the
 *             value, with baseline_version and baseline_promoted_at) and the thresholds the alerts compare
 *             with (`<level>:<id>:drift_threshold`, `:rollback_threshold`, `:slo_threshold`,
 *             `<level>:cost_rate:budget_threshold`), so the service's own tolerance, SLO and budget apply, and
 *             a service without a file is not watched. A service's group selects nothing of another's, so any
 *             set of service files, loaded together in any order with the fleet file, evaluates without
 *             error and no service's value reaches another's alert.
 * Alerts: DriftgateDriftBeyondTolerance (the bake's ticket rule: `windows` consecutive 5-minute windows beyond
 * tolerance, i.e. holding for (windows - 1) x 5 min), DriftgateLatencyRollback (ratio rule: worse than 1.5x
 * baseline for 10 min), DriftgateSLOBreach (an SLO violated for 5 min; both on FAST_WINDOW_SECONDS windows),
 * DriftgateCostOverBudget (last hour's cost > budget x 1.10 for 1 h). A window with fewer events than the gate
 * needs (core/judge/sufficiency.ts) never alerts. Thresholds and durations come from the `bake:` section
 * (core/bake/bake-settings.ts), so the watch and the bake agree.
 */

import { stringify } from 'yaml';
import type { BakeSettings } from '../bake/bake-settings.js';
import type { ResolvedConfig } from '../config.js';
import { ConfigurationError } from '../errors.js';
import { promTemplateText } from '../escape.js';
import { defaultMinEvents } from '../judge/sufficiency.js';
import { type LabelNames, type MetricDef, NO_LABEL, type Slo, sloMet } from '../model/metric.js';
import { quoteLabelValue } from '../promql.js';
import { formatDuration } from '../time.js';
import { identityLabels, levelOf, type MetricSeries, metricSeries, resolveExpr } from './series.js';

export const WATCH_WINDOW_SECONDS = 300;
/**
 * The rollback and SLO rules look at the last 2 minutes, not 5: they hold a condition for 10 and 5 minutes
 * (`for`), and over 5-minute windows a 3-minute spike would keep a window breaching for 7 minutes and page.
 * Two minutes is the shortest range that still holds several scrapes of a 30 s target (and two of a 1 m one).
 */
export const FAST_WINDOW_SECONDS = 120;
export const EVALUATION_INTERVAL = '1m';
/** PERF-003 §5: "Cost > 10 % budget". */
export const COST_OVER_BUDGET = 1.1;
export const COST_WINDOW_SECONDS = 3600;
export const COST_FOR_SECONDS = 3600;
/**
 * The rule groups of the fleet part (a split adds `:2`, `:3`, ...). The alerts' group sorts after the
 * recording group, as promtool (which evaluates groups in name order) runs them; in Prometheus groups run
 * concurrently, so an alert may see recorded values one interval old.
 */
export const FLEET_RECORDING_GROUP = 'driftgate:fleet:recording';
export const FLEET_ALERTS_GROUP = 'driftgate:fleet:watch';
export interface WatchBaseline {
  version: string;
  /** RFC 3339: when the version became the stable baseline (the store's verifiedAt). */
  promotedAt: string;
  /** Per metric id, the baseline statistic over its verified window; null = no usable data. */
  values: Record<string, number | null>;
}

export interface WatchLinks {
  /** Runbook page; the alert name's anchor is appended (`#driftgatelatencyrollback`). */
  runbook: string;
  /**
   * The Grafana base URL of the service dashboard (core/watch/dashboards.ts); each alert's link fills the
   * service and environment variables from its own labels. '' = a path (/d/<uid>?...).
   */
  grafanaUrl: string;
  /** The dashboard's uid. */
  dashboardUid: string;
}

export type FleetConfig = Pick<ResolvedConfig, 'labels' | 'metrics'>;
export type FleetBake = Pick<BakeSettings, 'ratio' | 'slo' | 'ticket'>;

export interface FleetRulesInput {
  config: FleetConfig;
  bake: FleetBake;
  links: WatchLinks;
  /** The groups' evaluation interval (default 1m; tests use seconds). */
  interval?: string;
}

export interface ServiceRulesInput {
  service: string;
  environment: string;
  config: Pick<ResolvedConfig, 'labels' | 'tolerance' | 'metrics' | 'budgetPerHour'>;
  bake: FleetBake;
  baseline: WatchBaseline;
  /** The CodeDeploy application and deployment group the rollback alert's subscriber stops (labels). */
  codedeploy?: { application?: string; deploymentGroup?: string };
  interval?: string;
}

export interface RulesInput extends ServiceRulesInput {
  links: WatchLinks;
}

export interface PromRule {
  record?: string;
  alert?: string;
  expr: string;
  for?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
}

export interface RuleGroup {
  name: string;
  interval: string;
  rules: PromRule[];
}

export interface RuleFile {
  groups: RuleGroup[];
}

export type WatchRuleName = 'drift' | 'rollback' | 'slo' | 'cost';

/** One alert the rules define for a service, for reports, tests and replays. */
export interface WatchAlert {
  alert: string;
  rule: WatchRuleName;
  metric: string;
  severity: 'critical' | 'warning';
  forSeconds: number;
  /**
   * The alert's expression for this service with every rule resolved: the fleet's recording rules by their
   * PromQL, the service's thresholds by labelled constants (what the alert evaluates, runnable on history
   * where no rule ran).
   */
  resolved: string;
}

export interface FleetRules {
  file: RuleFile;
  /** Recording rule name -> PromQL (for resolving). */
  records: Map<string, string>;
  /** Every alert rule of the fleet, with the threshold series it joins. */
  alerts: FleetAlert[];
}

export interface FleetAlert {
  alert: string;
  rule: WatchRuleName;
  metric: string;
  severity: 'critical' | 'warning';
  forSeconds: number;
  expr: string;
  /** The per-service series the alert joins (a service without it is not watched by this alert). */
  threshold: string;
}

export interface ServiceRules {
  file: RuleFile;
  /** Per-service recording rule name -> its value as a labelled constant (for resolving). */
  constants: Map<string, string>;
  notes: string[];
}

export interface RulesResult {
  /** The fleet part: the same for every service of one config (flows/watch/watch-plan.ts writes it once). */
  fleet: RuleFile;
  /** This service's baseline and thresholds. */
  service: RuleFile;
  /** The alerts that watch this service (those whose threshold series it has). */
  alerts: WatchAlert[];
  /** Why a rule was left out (no baseline data, no budget), one line each. */
  notes: string[];
}

function violated(slo: Slo): string {
  return { '<=': '>', '<': '>=', '>=': '<', '>': '<=' }[slo.op];
}

/** The rule group of one service's baseline. */
export function serviceGroupName(service: string, environment: string): string {
  return `driftgate:${service}:${environment}:baseline`;
}

/** `<level>:<id>:<kind>`: the name of a per-service constant. */
export function baselineSeries(labels: LabelNames, id: string, kind = 'baseline'): string {
  return `${levelOf(labels)}:${id}:${kind}`;
}

function onIdentity(labels: LabelNames): string {
  return `on(${identityLabels(labels).join(', ')})`;
}

/** `(condition) and on(service, env) (events >= n)`: no alert from a window with too few events to judge. */
function guarded(s: MetricSeries, labels: LabelNames, condition: string): string {
  const min = s.metric.minEvents ?? defaultMinEvents(s.metric);
  if (!s.events || min <= 0) return condition;
  return `(${condition}) and ${onIdentity(labels)} (${s.events} >= ${min})`;
}

/** `current > on(service, env) group_left(labels...) threshold`: the series' labels, the threshold's joined. */
function compare(labels: LabelNames, current: string, op: string, threshold: string, copy: string[]): string {
  return `${current} ${op} ${onIdentity(labels)} group_left(${copy.join(', ')}) ${threshold}`;
}

const WHO = '{{ $labels.metric }} of {{ $labels.SERVICE }}ENV';

function who(labels: LabelNames): string {
  return WHO.replace('SERVICE', labels.service).replace(
    'ENV',
    labels.environment === NO_LABEL ? '' : ` ({{ $labels.${labels.environment} }})`,
  );
}

function dashboardUrl(labels: LabelNames, links: WatchLinks): string {
  const base = promTemplateText(`${links.grafanaUrl.replace(/\/+$/, '')}/d/${encodeURIComponent(links.dashboardUid)}`);
  const env = labels.environment === NO_LABEL ? '' : `&var-environment={{ $labels.${labels.environment} | urlquery }}`;
  return `${base}?var-service={{ $labels.${labels.service} | urlquery }}${env}`;
}

interface FleetCtx {
  input: FleetRulesInput;
  series: Map<string, MetricSeries>;
  fast: Map<string, MetricSeries>;
  records: Map<string, string>;
  alerts: FleetAlert[];
  rules: PromRule[];
}

function addAlert(
  ctx: FleetCtx,
  spec: {
    alert: string;
    rule: WatchRuleName;
    metric: MetricDef;
    expr: string;
    threshold: string;
    forSeconds: number;
    severity: 'critical' | 'warning';
    labels?: Record<string, string>;
    summary: string;
    description: string;
  },
): void {
  const { labels } = ctx.input.config;
  const { links } = ctx.input;
  ctx.rules.push({
    alert: spec.alert,
    expr: spec.expr,
    for: formatDuration(spec.forSeconds),
    // Static labels only; service, environment and baseline_version come from the series.
    labels: Object.fromEntries(
      Object.entries({
        severity: spec.severity,
        metric: spec.metric.id,
        driftgate_rule: spec.rule,
        ...spec.labels,
      }).map(([k, v]) => [k, promTemplateText(v)]),
    ),
    annotations: {
      summary: spec.summary,
      description: spec.description,
      expression: promTemplateText(resolveExpr(spec.expr, ctx.records)),
      runbook_url: promTemplateText(`${links.runbook}#${spec.alert.toLowerCase()}`),
      dashboard_url: dashboardUrl(labels, links),
    },
  });
  ctx.alerts.push({
    alert: spec.alert,
    rule: spec.rule,
    metric: spec.metric.id,
    severity: spec.severity,
    forSeconds: spec.forSeconds,
    expr: spec.expr,
    threshold: spec.threshold,
  });
}

/** Go-template-safe text of a metric's unit. */
function unitText(unit: string): string {
  return unit ? ` ${promTemplateText(unit)}` : '';
}

function driftAlerts(ctx: FleetCtx): void {
  const { ticket } = ctx.input.bake;
  const { labels } = ctx.input.config;
  if (!ticket.enabled) return;
  const forSeconds = (ticket.windows - 1) * WATCH_WINDOW_SECONDS;
  for (const id of ticket.metrics) {
    const s = ctx.series.get(id);
    if (!s) continue;
    const higher = s.metric.worse === 'higher';
    const threshold = baselineSeries(labels, id, 'drift_threshold');
    addAlert(ctx, {
      alert: 'DriftgateDriftBeyondTolerance',
      rule: 'drift',
      metric: s.metric,
      threshold,
      expr: guarded(s, labels, compare(labels, s.value, higher ? '>' : '<', threshold, ['baseline_version'])),
      forSeconds,
      severity: 'warning',
      labels: { action: 'ticket' },
      summary: `${who(labels)} drifted beyond its tolerance for ${ticket.windows} consecutive 5-minute windows`,
      description: `{{ $value | humanize }}${unitText(s.metric.unit)}: every 5-minute window for ${formatDuration(forSeconds + WATCH_WINDOW_SECONDS)} is ${higher ? 'above' : 'below'} the tolerance around the baseline of {{ $labels.baseline_version }} (${threshold}). File a ticket.`,
    });
  }
}

function rollbackAlerts(ctx: FleetCtx): void {
  const { ratio } = ctx.input.bake;
  const { labels } = ctx.input.config;
  if (!ratio.enabled) return;
  for (const id of ratio.metrics) {
    const s = ctx.fast.get(id);
    if (!s) continue;
    const higher = s.metric.worse === 'higher';
    const threshold = baselineSeries(labels, id, 'rollback_threshold');
    addAlert(ctx, {
      alert: 'DriftgateLatencyRollback',
      rule: 'rollback',
      metric: s.metric,
      threshold,
      expr: guarded(
        s,
        labels,
        compare(labels, s.value, higher ? '>' : '<', threshold, [
          'baseline_version',
          'codedeploy_application',
          'codedeploy_deployment_group',
        ]),
      ),
      forSeconds: ratio.forSeconds,
      severity: 'critical',
      labels: { action: 'rollback', rollback_path: 'codedeploy' },
      summary: `${who(labels)} is ${ratio.threshold}x worse than the last stable release for ${formatDuration(ratio.forSeconds)}: roll back`,
      description: `{{ $value | humanize }}${unitText(s.metric.unit)} over the last 2 minutes, beyond ${ratio.threshold}x the baseline of {{ $labels.baseline_version }} (${threshold}). Roll the CodeDeploy deployment back (docs/post-deploy-verify.md, rollback paths).`,
    });
  }
}

function sloAlerts(ctx: FleetCtx): void {
  const { slo } = ctx.input.bake;
  const { labels } = ctx.input.config;
  if (!slo.enabled) return;
  // The budget is DriftgateCostOverBudget's (over an hour): charges move in steps, a 2-minute cost rate is noise.
  for (const id of slo.metrics.filter((m) => m !== 'cost_rate')) {
    const s = ctx.fast.get(id);
    const objective = s?.metric.slo;
    if (!s || !objective) continue;
    const threshold = baselineSeries(labels, id, 'slo_threshold');
    // The bake rolls back only when the baseline met the SLO; otherwise it reports (baseline_breached).
    const split = slo.baselineBreached === 'report';
    const variants: Array<{ severity: 'critical' | 'warning'; selector: string }> = split
      ? [
          { severity: 'critical', selector: '{baseline_met!="false"}' },
          { severity: 'warning', selector: '{baseline_met="false"}' },
        ]
      : [{ severity: 'critical', selector: '' }];
    for (const v of variants) {
      addAlert(ctx, {
        alert: 'DriftgateSLOBreach',
        rule: 'slo',
        metric: s.metric,
        threshold,
        expr: guarded(
          s,
          labels,
          compare(labels, s.value, violated(objective), `${threshold}${v.selector}`, [
            'slo',
            'baseline_met',
            'baseline_version',
          ]),
        ),
        forSeconds: slo.forSeconds,
        severity: v.severity,
        summary: `${who(labels)} breaches its SLO {{ $labels.slo }}${unitText(s.metric.unit)} for ${formatDuration(slo.forSeconds)}`,
        description: `{{ $value | humanize }}${unitText(s.metric.unit)} over the last 2 minutes; the SLO is {{ $labels.slo }}${unitText(s.metric.unit)} (baseline {{ $labels.baseline_version }} met it: {{ $labels.baseline_met }}).`,
      });
    }
  }
}

function costAlert(ctx: FleetCtx): void {
  const { config } = ctx.input;
  const cost = config.metrics.find((m) => m.id === 'cost_rate');
  if (cost?.kind !== 'rate') return;
  const hourly = metricSeries(cost, config.labels, undefined, COST_WINDOW_SECONDS);
  for (const r of hourly.rules) {
    ctx.rules.push(r);
    ctx.records.set(r.record, r.expr);
  }
  const threshold = baselineSeries(config.labels, 'cost_rate', 'budget_threshold');
  addAlert(ctx, {
    alert: 'DriftgateCostOverBudget',
    rule: 'cost',
    metric: cost,
    threshold,
    expr: compare(config.labels, hourly.value, '>', threshold, ['budget_per_hour']),
    forSeconds: COST_FOR_SECONDS,
    severity: 'warning',
    labels: { action: 'finops-ticket' },
    summary: `${who(config.labels)}: cost rate above the budget + 10% for ${formatDuration(COST_FOR_SECONDS)}`,
    description: `{{ $value | humanize }} USD/h over the last hour; the budget is {{ $labels.budget_per_hour }} USD/h (alert above ${COST_OVER_BUDGET} x budget). Post a FinOps ticket (PERF-003 §5).`,
  });
}

/** Metrics the fast (2-minute) rules need: the rollback and SLO rules' metrics, not the cost. */
function fastIds(bake: FleetBake): Set<string> {
  const ids = new Set([
    ...(bake.ratio.enabled ? bake.ratio.metrics : []),
    ...(bake.slo.enabled ? bake.slo.metrics : []),
  ]);
  ids.delete('cost_rate');
  return ids;
}

/**
 * The fleet part: recording rules once for every service (aggregated by the identifying labels) and the
 * alerts. Depends only on the config's labels and metrics, the bake rules and the links: every service of one
 * config produces the same text.
 */
export function buildFleetRules(input: FleetRulesInput): FleetRules {
  const { config } = input;
  const interval = input.interval ?? EVALUATION_INTERVAL;
  const recording: PromRule[] = [];
  const ctx: FleetCtx = { input, series: new Map(), fast: new Map(), records: new Map(), alerts: [], rules: [] };
  const add = (r: { record: string; expr: string }) => {
    recording.push(r);
    ctx.records.set(r.record, r.expr);
  };
  for (const metric of config.metrics) {
    const s = metricSeries(metric, config.labels, undefined, WATCH_WINDOW_SECONDS);
    ctx.series.set(metric.id, s);
    for (const r of s.rules) add(r);
  }
  const fast = fastIds(input.bake);
  for (const metric of config.metrics.filter((m) => fast.has(m.id))) {
    const s = metricSeries(metric, config.labels, undefined, FAST_WINDOW_SECONDS);
    ctx.fast.set(metric.id, s);
    for (const r of s.rules) add(r);
  }
  driftAlerts(ctx);
  rollbackAlerts(ctx);
  sloAlerts(ctx);
  costAlert(ctx);
  // costAlert put its hourly recording rules among the alerts: move them to the recording group.
  const alerts = ctx.rules.filter((r) => r.alert);
  for (const r of ctx.rules.filter((x) => x.record)) recording.push(r);
  return {
    file: {
      groups: [
        { name: FLEET_RECORDING_GROUP, interval, rules: recording },
        { name: FLEET_ALERTS_GROUP, interval, rules: alerts },
      ],
    },
    records: ctx.records,
    alerts: ctx.alerts,
  };
}

/** A number as PromQL (and YAML) text: finite, shortest round-trip form. */
function constant(v: number): string {
  return String(Number(v.toPrecision(12)));
}

/** `label_replace(vector(v), ...)`: the labelled constant as one expression (for resolving, no rule needed). */
function labelledVector(value: string, labels: Record<string, string>): string {
  let e = `vector(${value})`;
  for (const [k, v] of Object.entries(labels)) e = `label_replace(${e}, "${k}", ${quoteLabelValue(v)}, "", "")`;
  return e;
}

/** The per-service rules as they are written: each constant once as a rule and once as resolvable PromQL. */
interface ServiceConstants {
  input: ServiceRulesInput;
  rules: PromRule[];
  constants: Map<string, string>;
  notes: string[];
  /** Record a labelled constant (the service's identity labels, then `extra`). */
  add: (record: string, value: number, extra: Record<string, string>) => void;
  /** The config's metric `id`. */
  metric: (id: string) => MetricDef | undefined;
  /** The baseline's finite value of `id`, if any. */
  base: (id: string) => number | undefined;
  /** The baseline version label every baseline-derived constant carries. */
  version: { baseline_version: string };
}

/**
 * WHERE THE WATCH'S NUMBERS BECOME SERIES: the per-service part, the service's stable baseline
 * (`values`, measured by flows/watch/watch-plan.ts measureBaseline) as labelled constants, and its thresholds.
 */
export function buildServiceRules(input: ServiceRulesInput): ServiceRules {
  const { service, environment } = input;
  const c = serviceConstants(input);
  baselineConstants(c);
  if (input.bake.ticket.enabled) driftThresholds(c);
  if (input.bake.ratio.enabled) rollbackThresholds(c);
  if (input.bake.slo.enabled) sloThresholds(c);
  if (c.metric('cost_rate')?.kind === 'rate') budgetThreshold(c);
  return {
    file: {
      groups: [
        {
          name: serviceGroupName(service, environment),
          interval: input.interval ?? EVALUATION_INTERVAL,
          rules: c.rules,
        },
      ],
    },
    constants: c.constants,
    notes: c.notes,
  };
}

function serviceConstants(input: ServiceRulesInput): ServiceConstants {
  const { config, service, environment, baseline } = input;
  const { labels } = config;
  const identity: Record<string, string> = {
    [labels.service]: service,
    ...(labels.environment === NO_LABEL ? {} : { [labels.environment]: environment }),
  };
  const rules: PromRule[] = [];
  const constants = new Map<string, string>();
  return {
    input,
    rules,
    constants,
    notes: [],
    add: (record, value, extra) => {
      const all = { ...identity, ...extra };
      rules.push({ record, expr: `vector(${constant(value)})`, labels: all });
      constants.set(record, labelledVector(constant(value), all));
    },
    metric: (id) => config.metrics.find((m) => m.id === id),
    base: (id) => {
      const v = baseline.values[id];
      return v === null || v === undefined || !Number.isFinite(v) ? undefined : v;
    },
    version: { baseline_version: baseline.version },
  };
}

/** Each metric's baseline value (a metric without one gets no drift or rollback alert: noted). */
function baselineConstants(c: ServiceConstants): void {
  const { config, baseline } = c.input;
  for (const m of config.metrics) {
    const v = c.base(m.id);
    if (v === undefined) {
      c.notes.push(
        `${m.id}: no baseline value (no data, or too few events, for ${baseline.version} in its window), so no drift or rollback alert.`,
      );
      continue;
    }
    c.add(baselineSeries(config.labels, m.id), v, { ...c.version, baseline_promoted_at: baseline.promotedAt });
  }
}

/** The ticket rule's metrics: the baseline moved by the tolerance in the worse direction. */
function driftThresholds(c: ServiceConstants): void {
  const { config, bake } = c.input;
  for (const id of bake.ticket.metrics) {
    const m = c.metric(id);
    const v = c.base(id);
    if (!m || v === undefined) continue;
    const tol = m.tolerance ?? config.tolerance;
    c.add(
      baselineSeries(config.labels, id, 'drift_threshold'),
      v * (m.worse === 'higher' ? 1 + tol : 1 - tol),
      c.version,
    );
  }
}

/** The ratio rule's metrics: threshold x baseline, labelled with the CodeDeploy target to roll back. */
function rollbackThresholds(c: ServiceConstants): void {
  const { config, bake } = c.input;
  const codedeploy = {
    ...(c.input.codedeploy?.application ? { codedeploy_application: c.input.codedeploy.application } : {}),
    ...(c.input.codedeploy?.deploymentGroup ? { codedeploy_deployment_group: c.input.codedeploy.deploymentGroup } : {}),
  };
  for (const id of bake.ratio.metrics) {
    const m = c.metric(id);
    const v = c.base(id);
    if (!m || v === undefined || id === 'cost_rate') continue;
    const t = bake.ratio.threshold;
    c.add(baselineSeries(config.labels, id, 'rollback_threshold'), m.worse === 'higher' ? v * t : v / t, {
      ...c.version,
      ...codedeploy,
    });
  }
}

/** The SLO rule's metrics: the objective, and whether the baseline met it. */
function sloThresholds(c: ServiceConstants): void {
  const { config, bake } = c.input;
  for (const id of bake.slo.metrics.filter((x) => x !== 'cost_rate')) {
    const m = c.metric(id);
    if (!m?.slo) continue;
    const v = c.base(id);
    c.add(baselineSeries(config.labels, id, 'slo_threshold'), m.slo.value, {
      slo: `${m.slo.op} ${m.slo.value}`,
      baseline_met: v === undefined ? 'unknown' : String(sloMet(m.slo, v)),
      ...(v === undefined ? {} : c.version),
    });
  }
}

/** The cost alert's threshold: budget_per_hour x COST_OVER_BUDGET (none without a budget: noted). */
function budgetThreshold(c: ServiceConstants): void {
  const { config } = c.input;
  if (config.budgetPerHour === undefined) {
    c.notes.push('DriftgateCostOverBudget: no budget_per_hour in the config, so no cost alert.');
    return;
  }
  c.add(baselineSeries(config.labels, 'cost_rate', 'budget_threshold'), config.budgetPerHour * COST_OVER_BUDGET, {
    budget_per_hour: constant(config.budgetPerHour),
  });
}

/** The alerts that watch one service: those whose threshold series the service has, resolved for it. */
export function serviceAlerts(fleet: FleetRules, service: ServiceRules): WatchAlert[] {
  const all = new Map([...fleet.records, ...service.constants]);
  const out: WatchAlert[] = [];
  for (const a of fleet.alerts) {
    const constant = service.constants.get(a.threshold);
    if (!constant) continue;
    // Of the two SLO rules (the baseline met the SLO or not), the one whose selector picks this service's series.
    const selector = new RegExp(`${a.threshold}(\\{[^}]*\\})`).exec(a.expr)?.[1];
    if (selector) {
      const met = /baseline_met="([a-z]+)"/.exec(constant)?.[1];
      const wanted = /baseline_met="false"/.test(selector);
      if ((met === 'false') !== wanted) continue;
    }
    out.push({
      alert: a.alert,
      rule: a.rule,
      metric: a.metric,
      severity: a.severity,
      forSeconds: a.forSeconds,
      resolved: resolveExpr(selector ? a.expr.replace(`${a.threshold}${selector}`, a.threshold) : a.expr, all),
    });
  }
  return out;
}

/** The fleet part, this service's part and the alerts that watch it. */
export function buildRules(input: RulesInput): RulesResult {
  const fleet = buildFleetRules({
    config: input.config,
    bake: input.bake,
    links: input.links,
    ...(input.interval ? { interval: input.interval } : {}),
  });
  const service = buildServiceRules(input);
  return { fleet: fleet.file, service: service.file, alerts: serviceAlerts(fleet, service), notes: service.notes };
}

/** Both parts in one file (one service alone, the demo's replay, promtool tests). */
export function combinedFile(result: Pick<RulesResult, 'fleet' | 'service'>): RuleFile {
  return { groups: [...result.fleet.groups, ...result.service.groups] };
}

/**
 * Split groups of more than `max` rules into `name`, `name:2`, ... of at most `max` each (a ruler's limit per
 * group), never separating a recording rule from the earlier rules of the same group it refers to (rules of
 * a group run in order; across groups a reference would lag one interval). 0 = no limit.
 */
export function splitGroups(file: RuleFile, max: number): RuleFile {
  if (!max || max <= 0) return file;
  const groups: RuleGroup[] = [];
  for (const g of file.groups) {
    if (g.rules.length <= max) {
      groups.push(g);
      continue;
    }
    // Units: runs of rules where each refers to a record of the run so far.
    const units: PromRule[][] = [];
    for (const r of g.rules) {
      const last = units[units.length - 1];
      const refers = last?.some(
        (x) => x.record && new RegExp(`(^|[^a-zA-Z0-9_:])${x.record}($|[^a-zA-Z0-9_:])`).test(r.expr),
      );
      if (last && refers) last.push(r);
      else units.push([r]);
    }
    const chunks: PromRule[][] = [];
    for (const u of units) {
      if (u.length > max) {
        throw new ConfigurationError(
          `Input "max-rules-per-group" is ${max}: below the ${u.length} recording rules of group ${g.name} that must stay together (${u.map((x) => x.record).join(', ')}); give at least ${u.length}.`,
        );
      }
      const last = chunks[chunks.length - 1];
      if (last && last.length + u.length <= max) last.push(...u);
      else chunks.push([...u]);
    }
    chunks.forEach((rules, i) => {
      groups.push({ name: i === 0 ? g.name : `${g.name}:${i + 1}`, interval: g.interval, rules });
    });
  }
  return { groups };
}

/** How many rules a file holds. */
export function ruleCount(file: RuleFile): number {
  return file.groups.reduce((n, g) => n + g.rules.length, 0);
}

/** The rule file as YAML (what `promtool check rules`, Prometheus, Mimir and AMP read). */
export function renderRuleFile(file: RuleFile, header = ''): string {
  const body = stringify(file, { lineWidth: 0, indent: 2 });
  return `${
    header
      ? `${header
          .split(/\r\n|[\r\n\u0085\u2028\u2029]/)
          .map((l) => `# ${l}`)
          .join('\n')}\n`
      : ''
  }${body}`;
}
