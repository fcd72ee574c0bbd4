/**
 * Replaying a recording through Prometheus' own rule engine (PURE parts): a `driftgate record` file holds,
 * per histogram metric, the per-minute bucket rates the gate read for a version. Multiplied by the step they
 * are per-minute counts; summed, the cumulative counters a target would have exposed. As `promtool test
 * rules` input series (one sample a minute from the window start = 0m) they let the generated rules run
 * over the recorded release (the demo's part 3), with the label values of the recording.
 */

import type { LabelNames, MetricDef } from '../../core/model/metric.js';
import type { Target } from '../../core/model/window.js';
import { quoteLabelValue, selector } from '../../core/promql.js';
import type { RuleFile } from '../../core/watch/prometheus-rules.js';
import type { Recording } from '../../io/sources/file.js';

export interface InputSeries {
  series: string;
  values: string;
}

/** The first value of an equality or alternation filter on one label (`method=~"GET|HEAD"` -> method="GET"). */
function filterLabels(filter: string | undefined): string[] {
  if (!filter) return [];
  return [...filter.matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)\s*=~?\s*"([^"|\\]*)/g)].map(
    (m) => `${m[1]}=${quoteLabelValue(m[2] as string)}`,
  );
}

/**
 * Input series for every histogram metric of `metrics` recorded for `target` in `window` (range queries with
 * a 60 s step), or [] when the recording has none. `minutes` = how many minutes the series cover.
 */
export function histogramInputSeries(
  recording: Recording,
  metrics: MetricDef[],
  labels: LabelNames,
  target: Target,
  window: { start: number; end: number },
): { series: InputSeries[]; minutes: number } {
  const out: InputSeries[] = [];
  let minutes = 0;
  for (const m of metrics) {
    if (m.kind !== 'histogram_quantile') continue;
    const needle = `${m.metric}_bucket{${selector(labels, target, m.filter)}}`;
    const entry = recording.entries.find(
      (e) => e.type === 'range' && e.step === 60 && e.start >= window.start - 60 && e.query.includes(needle),
    );
    if (entry?.type !== 'range') continue;
    const times = [...new Set(entry.result.series.flatMap((s) => s.samples.map(([t]) => t)))].sort((a, b) => a - b);
    minutes = Math.max(minutes, times.length);
    const base = [
      `${labels.service}=${quoteLabelValue(target.service)}`,
      `${labels.environment}=${quoteLabelValue(target.environment)}`,
      `${labels.version}=${quoteLabelValue(target.version)}`,
      ...filterLabels(m.filter),
    ];
    for (const s of entry.result.series) {
      const le = s.labels.le;
      if (le === undefined) continue;
      const byTime = new Map(s.samples.map(([t, v]) => [t, Number(v) * entry.step]));
      let sum = 0;
      const values = [0, ...times.map((t) => (sum += byTime.get(t) ?? 0))];
      const sel = [...base, `le=${quoteLabelValue(le)}`].join(',');
      out.push({ series: `${m.metric}_bucket{${sel}}`, values: values.map((v) => Number(v.toFixed(3))).join(' ') });
      if (le === '+Inf')
        out.push({
          series: `${m.metric}_count{${base.join(',')}}`,
          values: values.map((v) => Number(v.toFixed(3))).join(' '),
        });
    }
  }
  return { series: out, minutes };
}

/**
 * promtool's `group_eval_order` for these files: the groups of recording rules and constants first, then the
 * groups with alerts, so each alert sees the values recorded at the same minute. Without it promtool evaluates
 * the groups in a random order (a Go map), and an alert may fire one minute later from one run to the next.
 */
export function groupEvalOrder(files: RuleFile[]): string[] {
  const groups = files.flatMap((f) => f.groups);
  const alerting = (g: RuleFile['groups'][number]) => g.rules.some((r) => r.alert !== undefined);
  return [...groups.filter((g) => !alerting(g)), ...groups.filter(alerting)].map((g) => g.name);
}

/** A `promtool test rules` file asking whether `alert` (for `metric`) is firing at `minute`. */
export function firingTest(
  ruleFiles: string | string[],
  series: InputSeries[],
  alert: string,
  metric: string,
  minute: number,
  groupOrder: string[] = [],
) {
  return {
    rule_files: Array.isArray(ruleFiles) ? ruleFiles : [ruleFiles],
    ...(groupOrder.length ? { group_eval_order: groupOrder } : {}),
    evaluation_interval: '1m',
    tests: [
      {
        interval: '1m',
        input_series: series,
        promql_expr_test: [
          {
            expr: `count(ALERTS{alertname=${quoteLabelValue(alert)},metric=${quoteLabelValue(metric)},alertstate="firing"})`,
            eval_time: `${minute}m`,
            exp_samples: [{ labels: '{}', value: 1 }],
          },
        ],
      },
    ],
  };
}

/** The same series as OpenMetrics with timestamps (sample i at `start + 60 i`), for promtool backfill. */
export function inputSeriesOpenMetrics(series: InputSeries[], start: number): string {
  const lines: string[] = [];
  const families = new Map<string, InputSeries[]>();
  for (const s of series) {
    const name = s.series.slice(0, s.series.indexOf('{'));
    families.set(name, [...(families.get(name) ?? []), s]);
  }
  for (const [name, members] of families) {
    lines.push(`# TYPE ${name} unknown`);
    for (const s of members) {
      s.values.split(' ').forEach((v, i) => {
        lines.push(`${s.series} ${v} ${start + 60 * i}`);
      });
    }
  }
  return `${lines.join('\n')}\n# EOF\n`;
}
