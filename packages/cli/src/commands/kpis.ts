/**
 * driftgate kpis: the PERF-003 §9 KPIs of a month (MTTD, drift events by severity, automation success rate,
 * budget deviation against forecast) from the evidence archive and the FinOps files, as kpis.md and kpis.json.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { ConfigurationError } from '@driftgate/shared';
import { KPI_INPUTS } from '@driftgate/shared/inputs';
import { defineCommand, EXIT } from '../command.js';

export function parseMonth(text: string | undefined, now: Date): string {
  if (text === undefined) {
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
    return d.toISOString().slice(0, 7);
  }
  const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(text);
  if (!m) throw new ConfigurationError(`--month is ${JSON.stringify(text)}: expected a month such as 2026-11.`);
  return text;
}

export const kpisCommand = defineCommand({
  name: 'kpis',
  summary: "a month's KPIs (PERF-003 §9) from the evidence archive and the FinOps files, as Markdown and JSON",
  inputs: KPI_INPUTS,
  notes: 'Give --evidence-uri, --finops-uri or both; a KPI without data is "no data", never met.',
  exits: ['ok', 'usage', 'unreachable'],
  async run(v, io) {
    const month = parseMonth(v.month, new Date());
    if (!v['evidence-uri'] && !v['finops-uri'])
      throw new ConfigurationError(
        'Neither --evidence-uri nor --finops-uri is given: give one or both, such as --evidence-uri s3://nc-perf-results/daily/.',
      );
    const { parseS3Uri, s3Client } = await import('@driftgate/shared/publish');
    const evidence = v['evidence-uri'] ? parseS3Uri(v['evidence-uri'], '--evidence-uri') : undefined;
    const finops = v['finops-uri'] ? parseS3Uri(v['finops-uri'], '--finops-uri') : undefined;
    const { computeKpis, kpiMarkdown, readMonthEvidence, readMonthFinops } = await import('@driftgate/shared/kpis');
    const region = v['aws-region'];
    const s3 = s3Client(region ? { region } : {});
    const bakes = evidence ? await readMonthEvidence(s3, evidence, month) : [];
    const rows = finops ? await readMonthFinops(s3, finops, month) : [];
    const report = computeKpis(month, bakes, rows);
    const markdown = kpiMarkdown(report);
    const dir = resolve(io.cwd, v['output-dir'] ?? 'driftgate-kpis');
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'kpis.json'), `${JSON.stringify(report, null, 2)}\n`);
    await writeFile(join(dir, 'kpis.md'), markdown);
    io.out(markdown);
    return EXIT.ok;
  },
});
