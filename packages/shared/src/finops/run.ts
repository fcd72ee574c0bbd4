/**
 * One FinOps report run (the shell of finops-report and `driftgate finops`): read Cost Explorer and the metric
 * store, build the report (report.ts), write finops_cost_daily.parquet and finops_report.json locally first, then
 * upload the Parquet file write-once with SSE-KMS to <s3-uri>YYYYMMDD/, then file a deduplicated ticket and post
 * one Slack message for the services over budget (once per ticket: later nights find the ticket and stay quiet). Every request is bounded (pages, services, retries).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { TicketRecord } from '../bake/evidence.js';
import { postSlack } from '../bake/slack.js';
import type { TicketSink } from '../bake/ticket.js';
import { type Logger, silentLogger } from '../log.js';
import { type PutResult, putWriteOnce, type S3, s3Client } from '../publish/s3.js';
import { createSource } from '../sources/create.js';
import type { MetricSource } from '../sources/types.js';
import { type CostExplorer, costExplorerClient, readEnvironmentCost, readForecast } from './cost-explorer.js';
import { costParquet, PARQUET_FILE } from './parquet.js';
import { overBudgetSlack, overBudgetTicket } from './render.js';
import { buildReport, type EnvironmentInput, type FinopsReport, overBudget } from './report.js';
import { readRequests } from './requests.js';
import type { FinopsSettings } from './settings.js';

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
  let costExplorerRequests = 0;
  const environments: EnvironmentInput[] = [];
  for (const env of settings.environments) {
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
    costExplorerRequests += cost.pages;
    const requests = await readRequests(source, settings.requests, env, settings.dayEnd);
    const services = [...new Set(cost.usage.filter((c) => c.date === settings.day).map((c) => c.keys[0]))]
      .filter((s) => s !== '')
      .sort();
    if (services.length > settings.limits.maxServices)
      logger.warning(
        `${services.length} services in ${env}: forecasting the first ${settings.limits.maxServices} only.`,
      );
    const forecasts = new Map<string, number | null>();
    for (const service of services.slice(0, settings.limits.maxServices)) {
      if (settings.next >= settings.monthEnd) {
        forecasts.set(service, 0); // the month is over: nothing left to forecast
        continue;
      }
      costExplorerRequests++;
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
    environments.push({
      env,
      usage: cost.usage,
      owners: cost.owners,
      costCenters: cost.costCenters,
      requests,
      forecasts,
    });
  }
  logger.info(`Cost Explorer: ${costExplorerRequests} requests (billed per request).`);
  const report = buildReport({
    date: settings.day,
    previous: settings.previous,
    environments,
    budgets: settings.budgets,
    overBudget: settings.overBudget,
  });

  // Evidence first: the local files exist before any upload, ticket or message.
  await mkdir(o.outputDir, { recursive: true });
  const parquet = costParquet(report.rows);
  const path = join(o.outputDir, PARQUET_FILE);
  const jsonPath = join(o.outputDir, REPORT_FILE);
  await writeFile(path, parquet);
  await writeFile(jsonPath, `${JSON.stringify({ schema: 'driftgate.finops-report/v1', ...report }, null, 2)}\n`);

  let s3: PutResult | null = null;
  if (settings.s3) {
    s3 = await putWriteOnce({
      client: o.s3 ?? s3Client({ ...(o.region ? { region: o.region } : {}) }),
      bucket: settings.s3.bucket,
      key: s3Key(settings),
      body: parquet,
      contentType: 'application/vnd.apache.parquet',
      ...(settings.kmsKeyId ? { kmsKeyId: settings.kmsKeyId } : {}),
      logger,
    });
    logger.info(`Uploaded ${s3.uri}${s3.alreadyPresent ? ' (already there)' : ''}.`);
  }

  // One ticket per service and month (found again on later nights); Slack only for a service whose ticket is
  // new this run, or when no ticket system could confirm an existing one: one message per alert, not per night.
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
  return { report, path, jsonPath, s3, tickets, slack, costExplorerRequests };
}
