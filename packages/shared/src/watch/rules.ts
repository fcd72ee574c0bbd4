/**
 * The production watch's Prometheus rule file (PURE): one rule group per service and environment, from the
 * catalog, the config and the stable baseline (PERF-003 §4, §5, §9; docs/production-watch.md).
 *   recording  each catalog metric over the trailing 5 minutes (watch/promql.ts), and the last stable
 *              release's baseline as a constant labelled with its version and promotion time
 *              (`<level>:<id>:baseline`), so alerts compare with that release, not a moving average;
 *   alerts     DriftgateDriftBeyondTolerance (the bake's ticket rule: `windows` consecutive 5-minute windows
 *              beyond tolerance, i.e. holding for (windows - 1) x 5 min), DriftgateLatencyRollback (ratio rule:
 *              worse than 1.5x baseline for 10 min), DriftgateSLOBreach (an SLO violated for 5 min; both on
 *              FAST_WINDOW_SECONDS windows), DriftgateCostOverBudget (last hour's cost > budget x 1.10 for 1 h).
 * A window with fewer events than the gate needs (judge/sufficiency.ts) never alerts. Thresholds and durations
 * come from the `bake:` section (bake/settings.ts), so the watch and the bake agree.
 */

import { stringify } from 'yaml';
import type { BakeSettings } from '../bake/settings.js';
import type { ResolvedConfig } from '../config/config.js';
import { promTemplateText } from '../escape.js';
import { defaultMinEvents } from '../judge/sufficiency.js';
import { type MetricDef, type Slo, sloMet } from '../model/metric.js';
import { formatDuration } from '../time.js';
import { levelOf, type MetricSeries, metricSeries, type Recorded, resolveExpr } from './promql.js';

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
  /** The Grafana dashboard of the service (watch/dashboards.ts), variables filled in. */
  dashboard: string;
}

export interface RulesInput {
  service: string;
  environment: string;
  config: Pick<ResolvedConfig, 'labels' | 'tolerance' | 'metrics' | 'budgetPerHour'>;
  bake: Pick<BakeSettings, 'ratio' | 'slo' | 'ticket'>;
  baseline: WatchBaseline;
  links: WatchLinks;
  /** The CodeDeploy application and deployment group the rollback alert's subscriber stops (labels). */
  codedeploy?: { application?: string; deploymentGroup?: string };
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

/** One alert the file defines, for reports and tests. */
export interface WatchAlert {
  alert: string;
  rule: WatchRuleName;
  metric: string;
  severity: 'critical' | 'warning';
  forSeconds: number;
  /** The alert's expression with every recording rule resolved (what the `expression` annotation shows). */
  resolved: string;
}

export interface RulesResult {
  file: RuleFile;
  alerts: WatchAlert[];
  /** Why a rule was left out (no baseline data, no budget), one line each. */
  notes: string[];
}

function templateLabels(labels: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(labels).map(([k, v]) => [k, promTemplateText(v)]));
}

/** Go-template text: `{{` in a literal (a PromQL label value could hold one) must not start an action. */
function templateLiteral(text: string): string {
  return text.replace(/\{\{/g, '{{ "{{" }}');
}

function violated(slo: Slo): string {
  return { '<=': '>', '<': '>=', '>=': '<', '>': '<=' }[slo.op];
}

export function ruleGroupName(service: string, environment: string): string {
  return `driftgate:${service}:${environment}`;
}

interface Ctx {
  input: RulesInput;
  series: Map<string, MetricSeries>;
  /** The same metrics over FAST_WINDOW_SECONDS, for the rollback and SLO rules. */
  fast: Map<string, MetricSeries>;
  records: Map<string, string>;
  rules: PromRule[];
  alerts: WatchAlert[];
  notes: string[];
}

function baselineName(ctx: Ctx, id: string): string {
  return `${levelOf(ctx.input.config.labels)}:${id}:baseline`;
}

/** `(value) and on() (events >= n)`: no alert from a window with too few events to judge. */
function guarded(s: MetricSeries, condition: string): string {
  const min = s.metric.minEvents ?? defaultMinEvents(s.metric);
  if (!s.events || min <= 0) return condition;
  return `(${condition}) and on() (${s.events} >= ${min})`;
}

function addAlert(
  ctx: Ctx,
  spec: {
    alert: string;
    rule: WatchRuleName;
    metric: MetricDef;
    expr: string;
    forSeconds: number;
    severity: 'critical' | 'warning';
    labels?: Record<string, string>;
    summary: string;
    description: string;
  },
): void {
  const { labels, baseline, links } = { ...ctx.input.config, ...ctx.input };
  const resolved = resolveExpr(spec.expr, ctx.records);
  ctx.rules.push({
    alert: spec.alert,
    expr: spec.expr,
    for: formatDuration(spec.forSeconds),
    // Prometheus expands alert labels as templates too: every value is template-escaped (escape.ts).
    labels: templateLabels({
      severity: spec.severity,
      [labels.service]: ctx.input.service,
      [labels.environment]: ctx.input.environment,
      metric: spec.metric.id,
      baseline_version: baseline.version,
      driftgate_rule: spec.rule,
      ...spec.labels,
    }),
    annotations: {
      summary: spec.summary,
      description: spec.description,
      expression: templateLiteral(resolved),
      runbook_url: templateLiteral(`${links.runbook}#${spec.alert.toLowerCase()}`),
      dashboard_url: templateLiteral(links.dashboard),
    },
  });
  ctx.alerts.push({
    alert: spec.alert,
    rule: spec.rule,
    metric: spec.metric.id,
    severity: spec.severity,
    forSeconds: spec.forSeconds,
    resolved,
  });
}

const WHO = '{{ $labels.metric }} of {{ $labels.SERVICE }} ({{ $labels.ENV }})';

function who(ctx: Ctx): string {
  const l = ctx.input.config.labels;
  return WHO.replace('SERVICE', l.service).replace('ENV', l.environment);
}

/** A number as Go-template-safe text with the metric's unit. */
function num(v: number, unit: string): string {
  return `${Number(v.toPrecision(4))}${unit ? ` ${unit}` : ''}`;
}

function driftAlerts(ctx: Ctx): void {
  const { ticket } = ctx.input.bake;
  if (!ticket.enabled) return;
  const forSeconds = (ticket.windows - 1) * WATCH_WINDOW_SECONDS;
  for (const id of ticket.metrics) {
    const s = ctx.series.get(id);
    const base = ctx.input.baseline.values[id];
    if (!s || base === null || base === undefined) continue;
    const tol = s.metric.tolerance ?? ctx.input.config.tolerance;
    const higher = s.metric.worse === 'higher';
    const factor = Number((higher ? 1 + tol : 1 - tol).toFixed(6));
    const expr = guarded(s, `${s.value} ${higher ? '>' : '<'} ${factor} * scalar(${baselineName(ctx, id)})`);
    addAlert(ctx, {
      alert: 'DriftgateDriftBeyondTolerance',
      rule: 'drift',
      metric: s.metric,
      expr,
      forSeconds,
      severity: 'warning',
      labels: { action: 'ticket' },
      summary: `${who(ctx)} drifted beyond its ${Math.round(tol * 1000) / 10}% tolerance for ${ticket.windows} consecutive 5-minute windows`,
      description: `{{ $value | humanize }} ${s.metric.unit} against the baseline ${num(base, s.metric.unit)} of {{ $labels.baseline_version }}: every 5-minute window for ${formatDuration(forSeconds + WATCH_WINDOW_SECONDS)} is ${higher ? 'above' : 'below'} ${factor} x baseline. File a ticket.`,
    });
  }
}

function rollbackAlerts(ctx: Ctx): void {
  const { ratio } = ctx.input.bake;
  if (!ratio.enabled) return;
  for (const id of ratio.metrics) {
    const s = ctx.fast.get(id);
    const base = ctx.input.baseline.values[id];
    if (!s || base === null || base === undefined) continue;
    const higher = s.metric.worse === 'higher';
    const cond = higher
      ? `${s.value} > ${ratio.threshold} * scalar(${baselineName(ctx, id)})`
      : `${s.value} < scalar(${baselineName(ctx, id)}) / ${ratio.threshold}`;
    addAlert(ctx, {
      alert: 'DriftgateLatencyRollback',
      rule: 'rollback',
      metric: s.metric,
      expr: guarded(s, cond),
      forSeconds: ratio.forSeconds,
      severity: 'critical',
      labels: {
        action: 'rollback',
        rollback_path: 'codedeploy',
        ...(ctx.input.codedeploy?.application ? { codedeploy_application: ctx.input.codedeploy.application } : {}),
        ...(ctx.input.codedeploy?.deploymentGroup
          ? { codedeploy_deployment_group: ctx.input.codedeploy.deploymentGroup }
          : {}),
      },
      summary: `${who(ctx)} is ${ratio.threshold}x worse than the last stable release for ${formatDuration(ratio.forSeconds)}: roll back`,
      description: `{{ $value | humanize }} ${s.metric.unit} against the baseline ${num(base, s.metric.unit)} of {{ $labels.baseline_version }} (threshold ${num(higher ? base * ratio.threshold : base / ratio.threshold, s.metric.unit)}). Roll the CodeDeploy deployment back (docs/post-deploy-verify.md, rollback paths).`,
    });
  }
}

function sloAlerts(ctx: Ctx): void {
  const { slo } = ctx.input.bake;
  if (!slo.enabled) return;
  // The budget is DriftgateCostOverBudget's (over an hour): charges move in steps, a 2-minute cost rate is noise.
  for (const id of slo.metrics.filter((m) => m !== 'cost_rate')) {
    const s = ctx.fast.get(id);
    const objective = s?.metric.slo;
    if (!s || !objective) continue;
    const base = ctx.input.baseline.values[id];
    const baselineMet = base === null || base === undefined ? undefined : sloMet(objective, base);
    addAlert(ctx, {
      alert: 'DriftgateSLOBreach',
      rule: 'slo',
      metric: s.metric,
      expr: guarded(s, `${s.value} ${violated(objective)} ${objective.value}`),
      forSeconds: slo.forSeconds,
      // The bake rolls back only when the baseline met the SLO; otherwise it reports (baseline_breached).
      severity: baselineMet === false && slo.baselineBreached === 'report' ? 'warning' : 'critical',
      labels: {
        slo: `${objective.op} ${objective.value}`,
        baseline_met: baselineMet === undefined ? 'unknown' : String(baselineMet),
      },
      summary: `${who(ctx)} breaches its SLO ${objective.op} ${objective.value} ${s.metric.unit} for ${formatDuration(slo.forSeconds)}`,
      description: `{{ $value | humanize }} ${s.metric.unit} over the last 2 minutes; the SLO is ${objective.op} ${objective.value} ${s.metric.unit}${base === null || base === undefined ? '' : ` (baseline {{ $labels.baseline_version }}: ${num(base, s.metric.unit)})`}.`,
    });
  }
}

function costAlert(ctx: Ctx): void {
  const budget = ctx.input.config.budgetPerHour;
  const cost = ctx.input.config.metrics.find((m) => m.id === 'cost_rate');
  if (cost?.kind !== 'rate') return;
  if (budget === undefined) {
    ctx.notes.push('DriftgateCostOverBudget: no budget_per_hour in the config, so no cost alert.');
    return;
  }
  const { config, service, environment } = ctx.input;
  const hourly = metricSeries(cost, config.labels, { service, environment }, COST_WINDOW_SECONDS);
  for (const r of hourly.rules) {
    ctx.rules.push(r);
    ctx.records.set(r.record, r.expr);
  }
  const limit = Number((budget * COST_OVER_BUDGET).toPrecision(10));
  addAlert(ctx, {
    alert: 'DriftgateCostOverBudget',
    rule: 'cost',
    metric: cost,
    expr: `${hourly.value} > ${limit}`,
    forSeconds: COST_FOR_SECONDS,
    severity: 'warning',
    labels: { action: 'finops-ticket', budget_per_hour: String(budget) },
    summary: `${who(ctx)}: cost rate above the budget + 10% for ${formatDuration(COST_FOR_SECONDS)}`,
    description: `{{ $value | humanize }} USD/h over the last hour; the budget is ${budget} USD/h (alert above ${limit}). Post a FinOps ticket (PERF-003 §5).`,
  });
}

/** The rule file for one service and environment. */
export function buildRules(input: RulesInput): RulesResult {
  const { config, service, environment, baseline } = input;
  const ctx: Ctx = { input, series: new Map(), fast: new Map(), records: new Map(), rules: [], alerts: [], notes: [] };
  const add = (r: Recorded & { labels?: Record<string, string> }) => {
    ctx.rules.push(r);
    ctx.records.set(r.record, r.expr);
  };
  for (const metric of config.metrics) {
    const s = metricSeries(metric, config.labels, { service, environment }, WATCH_WINDOW_SECONDS);
    ctx.series.set(metric.id, s);
    for (const r of s.rules) add(r);
  }
  const fastIds = new Set([
    ...(input.bake.ratio.enabled ? input.bake.ratio.metrics : []),
    ...(input.bake.slo.enabled ? input.bake.slo.metrics : []),
  ]);
  fastIds.delete('cost_rate');
  for (const metric of config.metrics.filter((m) => fastIds.has(m.id))) {
    const s = metricSeries(metric, config.labels, { service, environment }, FAST_WINDOW_SECONDS);
    ctx.fast.set(metric.id, s);
    for (const r of s.rules) add(r);
  }
  for (const metric of config.metrics) {
    const v = baseline.values[metric.id];
    if (v === null || v === undefined || !Number.isFinite(v)) {
      ctx.notes.push(
        `${metric.id}: no baseline value (no data, or too few events, for ${baseline.version} in its window), so no drift or rollback alert.`,
      );
      continue;
    }
    add({
      record: baselineName(ctx, metric.id),
      expr: `vector(${v})`,
      labels: {
        [config.labels.service]: service,
        [config.labels.environment]: environment,
        baseline_version: baseline.version,
        baseline_promoted_at: baseline.promotedAt,
      },
    });
  }
  driftAlerts(ctx);
  rollbackAlerts(ctx);
  sloAlerts(ctx);
  costAlert(ctx);
  return {
    file: { groups: [{ name: ruleGroupName(service, environment), interval: EVALUATION_INTERVAL, rules: ctx.rules }] },
    alerts: ctx.alerts,
    notes: ctx.notes,
  };
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
