/**
 * driftgate kpis: the PERF-003 §9 KPIs of a month (MTTD, drift events by severity, automation success rate,
 * budget deviation against forecast) from the evidence archive and the FinOps files, as kpis.md and kpis.json.
 */
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { checkOutputDir } from '@driftgate/shared';
import { KPI_INPUTS } from '@driftgate/shared/inputs';
import { defineCommand, EXIT } from '../command.js';
import { referFlag } from '../options.js';

export const kpisCommand = defineCommand({
  name: 'kpis',
  summary: "a month's KPIs (PERF-003 §9) from the evidence archive and the FinOps files, as Markdown and JSON",
  inputs: KPI_INPUTS,
  notes: 'Give --evidence-uri, --finops-uri or both; a KPI without data is "no data", never met.',
  exits: ['ok', 'usage', 'unreachable'],
  async run(v, io) {
    const { computeKpis, kpiMarkdown, kpiSettings, readMonthEvidence, readMonthFinops } = await import(
      '@driftgate/shared/kpis'
    );
    const { s3Client } = await import('@driftgate/shared/publish');
    const { month, evidence, finops, region, outputDir } = kpiSettings(v, referFlag(KPI_INPUTS), new Date());
    // Before the archive is read: a directory that cannot be written fails now, not after the S3 reads.
    checkOutputDir(outputDir, io.cwd, 'output-dir', { create: true });
    const s3 = s3Client(region ? { region } : {});
    const bakes = evidence ? await readMonthEvidence(s3, evidence, month) : [];
    const rows = finops ? await readMonthFinops(s3, finops, month) : [];
    const report = computeKpis(month, bakes, rows);
    const markdown = kpiMarkdown(report);
    const dir = resolve(io.cwd, outputDir);
    await writeFile(join(dir, 'kpis.json'), `${JSON.stringify(report, null, 2)}\n`);
    await writeFile(join(dir, 'kpis.md'), markdown);
    io.out(markdown);
    return EXIT.ok;
  },
});
