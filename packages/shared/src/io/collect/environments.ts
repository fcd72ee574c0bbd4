/**
 * When no metric has data for a service in the environment asked for (the default `prod` on a service that
 * runs in `stg`), say which environments do have its series: one instant query over the window, best effort
 * (a recording without it, or a store that refuses it, gives no hint).
 */
import type { Logger } from '../../core/log.js';
import type { LabelNames, MetricDef } from '../../core/model/metric.js';
import { NO_LABEL } from '../../core/model/metric.js';
import { quoteLabelValue, rangeText } from '../../core/promql.js';
import type { TimeWindow } from '../../core/time.js';
import type { MetricSource } from '../sources/source-types.js';
import { seriesNames } from './collect.js';

/** At most this many values are named. */
const MAX_VALUES = 10;

/** The values of the environment label that the service's series carry in `window` (sorted), or null when unknown. */
export async function environmentsOf(
  source: MetricSource,
  metrics: readonly MetricDef[],
  labels: LabelNames,
  service: string,
  window: TimeWindow,
): Promise<string[] | null> {
  if (labels.environment === NO_LABEL || labels.service === NO_LABEL) return null;
  const names = [...new Set(metrics.flatMap(seriesNames))];
  if (names.length === 0) return null;
  const range = rangeText(Math.max(1, window.end - window.start));
  const query = `count by (${labels.environment}) (last_over_time({__name__=~"${names.join('|')}",${labels.service}=${quoteLabelValue(service)}}[${range}]))`;
  try {
    const { series } = await source.queryInstant(query, window.end);
    return [...new Set(series.map((s) => s.labels[labels.environment] ?? '').filter(Boolean))].sort();
  } catch {
    return null;
  }
}

/** The warning for a service with no data in `environment`, naming the environments it has data in. */
export function unknownEnvironmentHint(
  service: string,
  environment: string,
  label: string,
  existing: readonly string[] | null,
): string | undefined {
  if (existing === null || existing.includes(environment)) return undefined;
  if (existing.length === 0)
    return `No series of ${service} in any environment (label ${label}): check the service label value and the config's labels: names.`;
  const shown = existing.slice(0, MAX_VALUES).map((v) => JSON.stringify(v));
  const more = existing.length > MAX_VALUES ? ` and ${existing.length - MAX_VALUES} more` : '';
  return `No data for ${service} in environment ${JSON.stringify(environment)} (label ${label}); it has series in ${shown.join(', ')}${more}. Set environment (--environment) to one of them.`;
}

/**
 * Warn (once, before the verdict) when no metric found a series for the service in its environment, naming the
 * environments that have them. `found`: whether each metric found any series.
 */
export async function warnAboutEnvironment(
  source: MetricSource,
  metrics: readonly MetricDef[],
  labels: LabelNames,
  target: { service: string; environment: string },
  window: TimeWindow,
  found: readonly boolean[],
  logger: Logger,
): Promise<void> {
  if (found.some(Boolean)) return;
  const existing = await environmentsOf(source, metrics, labels, target.service, window);
  const hint = unknownEnvironmentHint(target.service, target.environment, labels.environment, existing);
  if (hint) logger.warning(hint);
}
