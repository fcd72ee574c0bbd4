/**
 * `driftgate kpis`' settings, parsed once at the boundary from the values read through its input spec
 * (core/inputs/kpis-inputs.ts): the month checked, the archives as locations, and every mistake one ConfigurationError naming
 * the input the way the caller names it (`refer`), the value and the fix, before any request.
 */
import { ConfigurationError } from '../../core/errors.js';
import type { InputValues, Refer } from '../../core/inputs/input-spec.js';
import type { KPI_INPUTS } from '../../core/inputs/kpis-inputs.js';
import { parseS3Uri, type S3Location } from '../publish/s3.js';

export type KpiValues = InputValues<typeof KPI_INPUTS>;

export interface KpiSettings {
  /** YYYY-MM (UTC). */
  month: string;
  /** post-deploy-verify's evidence archive. */
  evidence?: S3Location;
  /** finops-report's files. */
  finops?: S3Location;
  region?: string;
  /** Where kpis.json and kpis.md are written (relative to the working directory). */
  outputDir: string;
}

export function kpiSettings(v: KpiValues, refer: Refer, now: Date): KpiSettings {
  const month = kpiMonth(v.month, now, refer);
  if (!v['evidence-uri'] && !v['finops-uri'])
    throw new ConfigurationError(
      `Neither ${refer('evidence-uri')} nor ${refer('finops-uri')} is given: give one or both, such as ${refer('evidence-uri')} s3://nc-perf-results/daily/.`,
    );
  const evidence = v['evidence-uri'] ? parseS3Uri(v['evidence-uri'], refer('evidence-uri')) : undefined;
  const finops = v['finops-uri'] ? parseS3Uri(v['finops-uri'], refer('finops-uri')) : undefined;
  const region = v['aws-region'];
  return {
    month,
    ...(evidence ? { evidence } : {}),
    ...(finops ? { finops } : {}),
    ...(region ? { region } : {}),
    outputDir: v['output-dir'] ?? 'driftgate-kpis',
  };
}

/** Input `month`: YYYY-MM; default the month before `now` (UTC). */
export function kpiMonth(text: string | undefined, now: Date, refer: Refer): string {
  if (text === undefined) {
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
    return d.toISOString().slice(0, 7);
  }
  if (!/^(\d{4})-(0[1-9]|1[0-2])$/.test(text))
    throw new ConfigurationError(`${refer('month')} is ${JSON.stringify(text)}: expected a month such as 2026-11.`);
  return text;
}
