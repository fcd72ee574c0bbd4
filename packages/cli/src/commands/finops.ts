/**
 * driftgate finops: the nightly FinOps report (PERF-003 §5, docs/finops.md) from a terminal or any CI, with the
 * finops-report action's inputs as --flags: Cost Explorer and the metric store → finops_cost_daily.parquet
 * (locally, and write-once to --s3-uri), cost per 1k requests, day over day, the budget deviation against the
 * forecast, and a Slack message for services over budget.
 */
import { resolve } from 'node:path';
import { checkOutputDir } from '@driftgate/shared';
import { FINOPS_INPUTS, sourceSettings } from '@driftgate/shared/inputs';
import { defineCommand, EXIT } from '../command.js';
import { clock } from '../options.js';

export const finopsCommand = defineCommand({
  name: 'finops',
  summary: 'report a day of cost per service (Cost Explorer) as finops_cost_daily.parquet, with budget alerts',
  inputs: FINOPS_INPUTS,
  notes: `Give one source of request counts: --prometheus-url, --amp-workspace-id or --metrics-file. Cost Explorer is
read with the usual AWS credentials (its API is in us-east-1). --budgets '{"checkout": 3000}' enables the budget
alert; --s3-uri s3://nc-finops/daily/ uploads the file (SSE-KMS, write-once). Exit 1: the Slack message failed.`,
  exits: ['ok', 'fail', 'usage', 'unreachable'],
  async run(v, io) {
    const { parseFinopsSettings, runFinops, finopsMarkdown } = await import('@driftgate/shared/finops');
    const now = clock(v.now).now ?? Date.now() / 1000;
    const settings = parseFinopsSettings(v, sourceSettings(v), now);
    const outputDir = v['output-dir'] ?? 'driftgate-finops';
    // Before Cost Explorer is asked: the report's directory is checked and made now.
    checkOutputDir(outputDir, io.cwd, 'output-dir', { create: true });
    const result = await runFinops(settings, {
      outputDir: resolve(io.cwd, outputDir),
      logger: io.logger,
    });
    if (!v.quiet) {
      io.out(finopsMarkdown(result.report, { file: result.path, ...(result.s3 ? { uri: result.s3.uri } : {}) }));
      io.out(`Report: ${result.path}${result.s3 ? `\n        ${result.s3.uri}` : ''}`);
    }
    if (result.slack && !result.slack.ok) {
      io.err(`driftgate finops: the Slack message failed: ${result.slack.detail ?? ''}`);
      return EXIT.fail;
    }
    return EXIT.ok;
  },
});
