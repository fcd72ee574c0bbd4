import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOG } from '../../src/core/model/catalog.js';
import { DEFAULT_LABELS } from '../../src/core/model/metric.js';
import { metricQueries, quoteLabelValue, selector, validateFilter } from '../../src/core/promql.js';

const target = { service: 'api', environment: 'prod', version: 'v1' };

describe('promql', () => {
  it('escapes label values so they cannot change the query', () => {
    expect(quoteLabelValue('a"b')).toBe('"a\\"b"');
    expect(quoteLabelValue('a\\b')).toBe('"a\\\\b"');
    expect(quoteLabelValue('x"} or vector(1) #')).toBe('"x\\"} or vector(1) #"');
    expect(quoteLabelValue('line\nbreak')).toBe('"line\\nbreak"');
    expect(selector(DEFAULT_LABELS, { ...target, version: 'v"}' })).toBe('service="api",env="prod",version="v\\"}"');
  });

  it('builds one query per count component: counters and extremes over ranges one scrape longer than the step, averages over ranges that partition the samples', () => {
    const q = (id: string) => metricQueries(BUILTIN_CATALOG.find((m) => m.id === id)!, DEFAULT_LABELS, target, 60, 15);
    expect(q('latency_p95_read')).toEqual([
      'sum by (le) (rate(http_request_duration_seconds_bucket{service="api",env="prod",version="v1",method=~"GET|HEAD"}[1m15s]))',
    ]);
    expect(q('error_rate')).toEqual([
      'sum(rate(errors_total{service="api",env="prod",version="v1"}[1m15s]))',
      'sum(rate(requests_total{service="api",env="prod",version="v1"}[1m15s]))',
    ]);
    expect(q('queue_age')).toEqual([
      'max(max_over_time(sqs_approximate_age_of_oldest_message_seconds{service="api",env="prod",version="v1"}[1m15s]))',
    ]);
    // An average partitions its samples: no sample in two sub-windows (a range one scrape longer would add one).
    expect(q('cpu')).toEqual(['avg(avg_over_time(cpu_utilization{service="api",env="prod",version="v1"}[59999ms]))']);
    // A gauge exported every 5 minutes: every sub-window still sees a sample.
    expect(metricQueries(BUILTIN_CATALOG.find((m) => m.id === 'cpu')!, DEFAULT_LABELS, target, 60, 300)).toEqual([
      'avg(avg_over_time(cpu_utilization{service="api",env="prod",version="v1"}[6m]))',
    ]);
    const custom = metricQueries(
      {
        id: 'x',
        title: 'x',
        unit: '',
        worse: 'higher',
        kind: 'promql',
        query: 'sum(rate(x_total{ {{selector}} }[{{range}}]))',
      },
      { service: 'app', environment: 'stage', version: 'image_tag' },
      target,
      120,
    );
    expect(custom).toEqual(['sum(rate(x_total{ app="api",stage="prod",image_tag="v1" }[2m]))']);
  });

  it('validates filters from the config', () => {
    expect(validateFilter('method=~"GET|HEAD", code!="404",', 'f')).toBe('method=~"GET|HEAD", code!="404"');
    expect(() => validateFilter('method=GET', 'metrics.x.filter')).toThrow(
      /metrics\.x\.filter is "method=GET": expected comma-separated label matchers/,
    );
    expect(() => validateFilter('a="b"} or vector(1)', 'f')).toThrow(/expected comma-separated/);
  });
});
