/**
 * The built-in PERF-003 metric catalog (§4 "Metric Groups"). Applies when there is no config file, and is
 * the base a config file overrides or extends. Label names (service/env/version) come from the config.
 */
import type { MetricDef } from './metric.js';

export const BUILTIN_CATALOG: readonly MetricDef[] = [
  {
    id: 'latency_p95_read',
    title: 'p95 latency (reads)',
    unit: 's',
    kind: 'histogram_quantile',
    metric: 'http_request_duration_seconds',
    quantile: 0.95,
    filter: 'method=~"GET|HEAD"',
    worse: 'higher',
    slo: { op: '<=', value: 0.3 },
  },
  {
    id: 'latency_p95_write',
    title: 'p95 latency (writes)',
    unit: 's',
    kind: 'histogram_quantile',
    metric: 'http_request_duration_seconds',
    quantile: 0.95,
    filter: 'method=~"POST|PUT|PATCH|DELETE"',
    worse: 'higher',
    slo: { op: '<=', value: 0.6 },
  },
  {
    id: 'throughput',
    title: 'Ingest throughput',
    unit: '/min',
    kind: 'rate',
    metric: 'ingest_events_total',
    per: 'minute',
    worse: 'lower',
    slo: { op: '>=', value: 10000 },
  },
  {
    id: 'queue_age',
    title: 'Oldest message age (SQS)',
    unit: 's',
    kind: 'gauge',
    metric: 'sqs_approximate_age_of_oldest_message_seconds',
    aggregate: 'max',
    worse: 'higher',
    slo: { op: '<=', value: 120 },
  },
  {
    id: 'cpu',
    title: 'CPU utilization',
    unit: '%',
    kind: 'gauge',
    metric: 'cpu_utilization',
    aggregate: 'avg',
    worse: 'higher',
    slo: { op: '<', value: 80 },
  },
  {
    id: 'memory',
    title: 'Memory utilization',
    unit: '%',
    kind: 'gauge',
    metric: 'memory_utilization',
    aggregate: 'avg',
    worse: 'higher',
    slo: { op: '<', value: 75 },
  },
  {
    id: 'error_rate',
    title: 'Error rate',
    unit: 'ratio',
    kind: 'ratio',
    numerator: 'errors_total',
    denominator: 'requests_total',
    worse: 'higher',
    slo: { op: '<', value: 0.005 },
  },
  {
    id: 'cost_rate',
    title: 'Cost rate',
    unit: 'USD/h',
    kind: 'rate',
    metric: 'aws_billing_estimated_charges',
    per: 'hour',
    events: false,
    worse: 'higher',
    // SLO: `budget_per_hour` in the config file, when set.
  },
  {
    id: 'cost_per_1k_requests',
    title: 'Cost per 1k requests',
    unit: 'USD',
    kind: 'ratio',
    numerator: 'aws_billing_estimated_charges',
    denominator: 'requests_total',
    scale: 1000,
    events: false,
    worse: 'higher',
  },
];

export const BUILTIN_IDS = BUILTIN_CATALOG.map((m) => m.id);
