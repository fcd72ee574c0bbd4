/**
 * The FinOps report's inputs, parsed once at the boundary into typed settings. Every error is one
 * ConfigurationError naming the input, the value and the fix, before any request.
 */
import { parsePercent } from '../../core/config.js';
import { ConfigurationError } from '../../core/errors.js';
import { parseJsonObject } from '../../core/validation.js';
import type { ReadLimits, TagKeys } from '../../io/cost-explorer.js';
import { parseS3Uri, type S3Location } from '../../io/publish/s3.js';
import type { SourceOptions } from '../../io/sources/create.js';
import { checkRequestsQuery, type RequestsQuery } from './requests.js';

export interface FinopsValues {
  date?: string | undefined;
  environments: string[];
  'service-tag': string;
  'env-tag': string;
  'owner-tag': string;
  'cost-center-tag': string;
  'cost-metric': string;
  budgets?: string | undefined;
  'over-budget': string;
  'requests-metric': string;
  'service-label': string;
  'environment-label': string;
  's3-uri'?: string | undefined;
  'kms-key-id'?: string | undefined;
  'max-pages': string;
  'slack-webhook-url'?: string | undefined;
}

export interface FinopsSettings {
  /** The report day, YYYY-MM-DD, and the days around it. */
  day: string;
  previous: string;
  /** The first day of the Cost Explorer read: the month's first, or the day before if earlier. */
  from: string;
  /** The day after (Cost Explorer's exclusive end). */
  next: string;
  /** The first of the next month (the forecast's end). */
  monthEnd: string;
  /** Unix seconds at the end of the report day (the request count's evaluation time). */
  dayEnd: number;
  environments: string[];
  tags: TagKeys;
  metric: 'UnblendedCost' | 'AmortizedCost';
  budgets: Map<string, number>;
  overBudget: number;
  requests: RequestsQuery;
  source: SourceOptions;
  s3?: S3Location;
  kmsKeyId?: string;
  limits: ReadLimits;
  slackWebhook?: string;
}

const DAY = 86_400;
const iso = (unix: number) => new Date(unix * 1000).toISOString().slice(0, 10);

function parseDay(text: string | undefined, now: number): number {
  if (text === undefined) return Math.floor(now / DAY) * DAY - DAY;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const t = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 1000 : Number.NaN;
  if (!m || !Number.isFinite(t) || iso(t) !== text)
    throw new ConfigurationError(`Input "date" is ${JSON.stringify(text)}: expected a day such as 2026-12-06 (UTC).`);
  if (t + DAY > now)
    throw new ConfigurationError(
      `Input "date" is ${JSON.stringify(text)}: that day is not over yet; report a past day (default: yesterday).`,
    );
  return t;
}

export function parseBudgets(text: string | undefined): Map<string, number> {
  const out = new Map<string, number>();
  if (text === undefined) return out;
  const parsed = parseJsonObject(text);
  if (!parsed)
    throw new ConfigurationError(
      `Input "budgets" is not a JSON object: write monthly USD per service, such as {"checkout": 3000, "search/stg": 200}.`,
    );
  for (const [k, v] of Object.entries(parsed)) {
    if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0)
      throw new ConfigurationError(
        `Input "budgets" gives ${JSON.stringify(k)} the budget ${JSON.stringify(v)}: expected a positive number of USD per month, such as 3000.`,
      );
    out.set(k, v);
  }
  return out;
}

export function parseFinopsSettings(v: FinopsValues, source: SourceOptions, now: number): FinopsSettings {
  const start = parseDay(v.date, now);
  const d = new Date(start * 1000);
  const monthStart = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) / 1000;
  const nextMonth = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) / 1000;
  if (v.environments.length === 0)
    throw new ConfigurationError(
      'Input "environments" is empty: give at least one environment tag value, such as prod.',
    );
  if (v['cost-metric'] !== 'UnblendedCost' && v['cost-metric'] !== 'AmortizedCost')
    throw new ConfigurationError(
      `Input "cost-metric" is ${JSON.stringify(v['cost-metric'])}: expected UnblendedCost or AmortizedCost.`,
    );
  const maxPages = Number(v['max-pages']);
  if (!Number.isInteger(maxPages) || maxPages < 1 || maxPages > 1000)
    throw new ConfigurationError(
      `Input "max-pages" is ${JSON.stringify(v['max-pages'])}: expected a whole number from 1 to 1000, such as 50.`,
    );
  const requests = {
    metric: v['requests-metric'],
    serviceLabel: v['service-label'],
    environmentLabel: v['environment-label'],
  };
  checkRequestsQuery(requests);
  return {
    day: iso(start),
    previous: iso(start - DAY),
    from: iso(Math.min(monthStart, start - DAY)),
    next: iso(start + DAY),
    monthEnd: iso(nextMonth),
    dayEnd: start + DAY,
    environments: v.environments,
    tags: { service: v['service-tag'], env: v['env-tag'], owner: v['owner-tag'], costCenter: v['cost-center-tag'] },
    metric: v['cost-metric'],
    budgets: parseBudgets(v.budgets),
    overBudget: parsePercent(v['over-budget'], 'Input "over-budget"'),
    requests,
    source,
    ...(v['s3-uri'] ? { s3: parseS3Uri(v['s3-uri'], 'Input "s3-uri"') } : {}),
    ...(v['kms-key-id'] ? { kmsKeyId: v['kms-key-id'] } : {}),
    limits: { maxPages, maxServices: 200 },
    ...(v['slack-webhook-url'] ? { slackWebhook: v['slack-webhook-url'] } : {}),
  };
}
