/**
 * The demo's part 4 (docs/finops.md): the nightly FinOps report on recorded Cost Explorer responses and request
 * counts (packages/cli/demo/finops-recording.json, made by packages/shared/test/finops/make-demo-recording.test.ts):
 * finops_cost_daily.parquet written locally, cost per 1k requests, and the budget alert it would raise.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { silentLogger } from '@driftgate/shared';
import type { CliIO } from '../command.js';
import { commandValues } from '../options.js';
import { finopsCommand } from './finops.js';

export const FINOPS_RECORDING = 'finops-recording.json';
const BUDGETS = '{"checkout-api": 2400, "search-api": 900}';

export async function demoFinops(io: CliIO, dir: string, outputDir: string): Promise<void> {
  const {
    finopsMarkdown,
    overBudget,
    parseFinopsSettings,
    recordedCostExplorer,
    recordedSource,
    runFinops,
    findingText,
  } = await import('@driftgate/shared/finops');
  const { sourceSettings } = await import('@driftgate/shared/inputs');
  const file = join(dir, FINOPS_RECORDING);
  const rec = JSON.parse(await readFile(file, 'utf8'));
  const values = commandValues(finopsCommand, ['--date', rec.date, '--budgets', BUDGETS], {
    ...io,
    logger: silentLogger,
  });
  // The recorded day is over: the clock is the day after it.
  const now = Date.parse(`${rec.date}T00:00:00Z`) / 1000 + 2 * 86_400;
  const settings = parseFinopsSettings(values, sourceSettings(values), now);
  const result = await runFinops(settings, {
    outputDir: join(outputDir, 'finops'),
    costExplorer: recordedCostExplorer(rec),
    source: recordedSource(rec, file),
    logger: silentLogger,
  });
  io.out(`Budgets (monthly USD): ${BUDGETS}, alert above +10%.\n`);
  io.out(finopsMarkdown(result.report, { file: result.path }));
  for (const s of overBudget(result.report)) {
    const f = s.findings.find((x) => x.code === 'over-budget');
    if (f)
      io.out(
        `Over budget: ${s.service} (${s.env}): ${findingText(f)}. With jira-url / github-issue and slack-webhook-url it files one ticket for the month and posts one Slack message.`,
      );
  }
  io.out(
    `Query it with DuckDB or Athena (docs/finops.md): SELECT service, max(cost_per_1k_requests) FROM '${result.path}' GROUP BY service`,
  );
}
