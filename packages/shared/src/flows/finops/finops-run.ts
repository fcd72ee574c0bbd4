/**
 * One FinOps report run (the shell of finops-report and `driftgate finops`): read Cost Explorer and the metric
 * store, build the report (report.ts), write finops_cost_daily.parquet and finops_report.json locally first, then
 * upload the Parquet file write-once with SSE-KMS to <s3-uri>YYYYMMDD/, then file a deduplicated ticket and post
 * one Slack message for the services over budget (once per ticket: later nights find the ticket and stay quiet). Every request is bounded (pages, services, retries).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildReport, type EnvironmentInput, type FinopsReport, overBudget } from '../../core/finops/cost-report.js';
import { type Logger, silentLogger } from '../../core/log.js';
import { type CostExplorer, costExplorerClient, readEnvironmentCost, readForecast } from '../../io/cost-explorer.js';
import { costParquet, PARQUET_FILE } from '../../io/parquet.js';
import { type PutResult, putWriteOnce, type S3, s3Client } from '../../io/publish/s3.js';
import { createSource } from '../../io/sources/create.js';
import type { MetricSource } from '../../io/sources/source-types.js';
import type { TicketSink } from '../bake/bake-ticket.js';
import type { TicketRecord } from '../bake/evidence.js';
import { postSlack } from '../bake/slack.js';
import { overBudgetSlack, overBudgetTicket } from './finops-render.js';
import type { FinopsSettings } from './finops-settings.js';
import { readRequests } from './requests.js';

export const REPORT_FILE = 'finops_report.json';

export interface FinopsRunOptions {
  outputDir: string;
  logger?: Logger;
  sinks?: TicketSink[];
  /** Given clients (tests); else made from the environment. */
  costExplorer?: CostExplorer;
  s3?: S3;
  source?: MetricSource;
  fetch?: typeof fetch;
  region?: string;
}

export interface FinopsRunResult {
  report: FinopsReport;
  path: string;
  jsonPath: string;
  s3: PutResult | null;
  tickets: TicketRecord[];
  slack: { ok: boolean; detail?: string } | null;
  /** Requests made to Cost Explorer (pages and forecasts). */
  costExplorerRequests: number;
}

export function s3Key(settings: FinopsSettings): string {
  return `${settings.s3?.prefix ?? ''}${settings.day.replace(/-/g, '')}/${PARQUET_FILE}`;
}

export async function runFinops(settings: FinopsSettings, o: FinopsRunOptions): Promise<FinopsRunResult> {
  const logger = o.logger ?? silentLogger;
  const ce = o.costExplorer ?? costExplorerClient();
  const source = o.source ?? createSource(settings.source, logger);
  const counter = { requests: 0 };
  const environments: EnvironmentInput[] = [];
  for (const env of settings.environments)
    environments.push(await readEnvironment(settings, env, ce, source, counter, logger));
  const costExplorerRequests = counter.requests;
  logger.info(`Cost Explorer: ${costExplorerRequests} requests (billed per request).`);
  const report = buildReport({
    date: settings.day,
    previous: settings.previous,
    environments,
    budgets: settings.budgets,
    overBudget: settings.overBudget,
  });

  // Evidence first: the local files exist before any upload, ticket or message.
  const { parquet, path, jsonPath } = await writeEvidence(report, o.outputDir);
  const s3 = await uploadParquet(settings, o, parquet, logger);
  const { tickets, slack } = await alertOverBudget(settings, o, report, s3, logger);
  return { report, path, jsonPath, s3, tickets, slack, costExplorerRequests };
}

/** One environment's cost (Cost Explorer), requests (the metric store) and month-end forecast per service. */
async function readEnvironment(
  settings: FinopsSettings,
  env: string,
  ce: CostExplorer,
  source: MetricSource,
  counter: { requests: number },
  logger: Logger,
): Promise<EnvironmentInput> {
  const cost = await logger.group(`Cost Explorer: ${env} ${settings.from}..${settings.day}`, () =>
    readEnvironmentCost(ce, {
      env,
      tags: settings.tags,
      day: settings.day,
      from: settings.from,
      to: settings.next,
      metric: settings.metric,
      limits: settings.limits,
    }),
  );
  counter.requests += cost.pages;
  const requests = await readRequests(source, settings.requests, env, settings.dayEnd);
  const services = [...new Set(cost.usage.filter((c) => c.date === settings.day).map((c) => c.keys[0]))]
    .filter((s) => s !== '')
    .sort();
  if (services.length > settings.limits.maxServices)
    logger.warning(`${services.length} services in ${env}: forecasting the first ${settings.limits.maxServices} only.`);
  const forecasts = await readForecasts(settings, env, services.slice(0, settings.limits.maxServices), ce, counter);
  return { env, usage: cost.usage, owners: cost.owners, costCenters: cost.costCenters, requests, forecasts };
}

/** Each service's forecast to the end of the month (0 once the month is over: nothing left to forecast). */
async function readForecasts(
  settings: FinopsSettings,
  env: string,
  services: string[],
  ce: CostExplorer,
  counter: { requests: number },
): Promise<Map<string, number | null>> {
  const forecasts = new Map<string, number | null>();
  for (const service of services) {
    if (settings.next >= settings.monthEnd) {
      forecasts.set(service, 0); // the month is over: nothing left to forecast
      continue;
    }
    counter.requests++;
    forecasts.set(
      service,
      await readForecast(ce, {
        service,
        env,
        tags: settings.tags,
        start: settings.next,
        end: settings.monthEnd,
        metric: settings.metric,
      }),
    );
  }
  return forecasts;
}

/** finops_cost_daily.parquet and finops_report.json, written locally. */
async function writeEvidence(
  report: FinopsReport,
  outputDir: string,
): Promise<{ parquet: Uint8Array; path: string; jsonPath: string }> {
  await mkdir(outputDir, { recursive: true });
  const parquet = costParquet(report.rows);
  const path = join(outputDir, PARQUET_FILE);
  const jsonPath = join(outputDir, REPORT_FILE);
  await writeFile(path, parquet);
  await writeFile(jsonPath, `${JSON.stringify({ schema: 'driftgate.finops-report/v1', ...report }, null, 2)}\n`);
  return { parquet, path, jsonPath };
}

/** The Parquet file uploaded write-once (with SSE-KMS when a key is given), when an S3 URI is set. */
async function uploadParquet(
  settings: FinopsSettings,
  o: FinopsRunOptions,
  parquet: Uint8Array,
  logger: Logger,
): Promise<PutResult | null> {
  if (!settings.s3) return null;
  const s3 = await putWriteOnce({
    client: o.s3 ?? s3Client({ ...(o.region ? { region: o.region } : {}) }),
    bucket: settings.s3.bucket,
    key: s3Key(settings),
    body: parquet,
    contentType: 'application/vnd.apache.parquet',
    ...(settings.kmsKeyId ? { kmsKeyId: settings.kmsKeyId } : {}),
    logger,
  });
  logger.info(`Uploaded ${s3.uri}${s3.alreadyPresent ? ' (already there)' : ''}.`);
  return s3;
}

/**
 * One ticket per service and month (found again on later nights); Slack only for a service whose ticket is
 * new this run, or when no ticket system could confirm an existing one: one message per alert, not per night.
 */
async function alertOverBudget(
  settings: FinopsSettings,
  o: FinopsRunOptions,
  report: FinopsReport,
  s3: PutResult | null,
  logger: Logger,
): Promise<Pick<FinopsRunResult, 'tickets' | 'slack'>> {
  const over = overBudget(report);
  const tickets: TicketRecord[] = [];
  const fresh: typeof over = [];
  for (const s of over) {
    const content = overBudgetTicket(s, s3 ? { report: s3.uri } : {});
    const records: TicketRecord[] = [];
    for (const sink of o.sinks ?? []) records.push(await sink.file(content));
    tickets.push(...records);
    if (records.length === 0 || !records.every((r) => !r.created && !r.error)) fresh.push(s);
  }
  if (over.length && !(o.sinks ?? []).length)
    logger.warning(`${over.length} service(s) over budget but no ticket system is configured: nothing filed.`);
  let slack: FinopsRunResult['slack'] = null;
  if (fresh.length && settings.slackWebhook) {
    slack = await postSlack(
      settings.slackWebhook,
      overBudgetSlack(fresh, { date: report.date, ...(s3 ? { uri: s3.uri } : {}) }),
      o.fetch,
    );
    if (!slack.ok) logger.warning(`Slack message failed: ${slack.detail ?? ''}`);
  }
  return { tickets, slack };
}
