/**
 * perf-comparison.json read back from a file: by cab-waiver-check (input comparison) and by
 * perf-baseline-compare's report mode (input comparison: publish a comparison made elsewhere, e.g. the artifact
 * of a fork pull request's run, from a `workflow_run` workflow that has a write token).
 *
 * The file is validated against the schema; in report mode the Markdown is rendered again from the JSON
 * (the .md next to it is not trusted) and both are written to output-dir, so everything published comes from
 * one validated document.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigurationError } from '../../core/errors.js';
import { schemaForMessage } from '../../core/escape.js';
import { summarizeMetrics } from '../../core/judge/verdict.js';
import { COMPARISON_SCHEMA, type Comparison } from '../../core/model/comparison.js';
import { comparisonSchema } from '../../core/schemas/comparison-schema.js';
import { formatProblems, validate } from '../../core/validation.js';
import { writeComparison } from './write-report.js';

export async function readComparisonFile(path: string, cwd: string): Promise<{ comparison: Comparison; full: string }> {
  const full = resolve(cwd, path);
  let text: string;
  try {
    text = readFileSync(full, 'utf8');
  } catch {
    throw new ConfigurationError(
      `Input "comparison" is ${JSON.stringify(path)}: cannot read it (relative paths are resolved from ${cwd}); pass the report-path output of perf-baseline-compare.`,
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ConfigurationError(
      `Input "comparison" is ${JSON.stringify(path)}: not JSON; pass perf-comparison.json written by perf-baseline-compare.`,
    );
  }
  if ((data as { schema?: unknown })?.schema !== COMPARISON_SCHEMA) {
    throw new ConfigurationError(
      `Input "comparison" is ${JSON.stringify(path)}: its "schema" is ${schemaForMessage((data as { schema?: unknown })?.schema)}, not ${JSON.stringify(COMPARISON_SCHEMA)}; pass perf-comparison.json written by perf-baseline-compare.`,
    );
  }
  const problems = await validate(comparisonSchema, data);
  if (problems.length) {
    throw new ConfigurationError(
      `Input "comparison" is not a valid ${COMPARISON_SCHEMA} document:\n${formatProblems(path, problems.slice(0, 10))}`,
    );
  }
  const comparison = data as Comparison;
  refuseContradiction(comparison, path);
  return { comparison, full };
}

/**
 * The overall verdict and the regression list must follow from the metrics (core/judge/verdict.ts): a file edited to
 * say "pass" over a regressed metric, or to drop a metric from `regressions`, is refused, not published.
 */
function refuseContradiction(c: Comparison, path: string): void {
  const derived = summarizeMetrics(c.metrics);
  const same = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));
  if (derived.verdict !== c.verdict || !same(derived.regressions, c.regressions)) {
    throw new ConfigurationError(
      `Input "comparison" is ${JSON.stringify(path)}: its overall verdict ${JSON.stringify(c.verdict)} (regressions ${JSON.stringify(c.regressions)}) contradicts its metrics, which make it ${JSON.stringify(derived.verdict)} (regressions ${JSON.stringify(derived.regressions)}); the file was edited or is damaged: pass the perf-comparison.json written by perf-baseline-compare (or cab-waiver-check) unchanged.`,
    );
  }
}

export interface ComparisonReportOptions {
  /** Input comparison. */
  path: string;
  /** Input service: must be the comparison's (the sticky comment and the check run are per service). */
  service: string;
  outputDir: string;
  cwd: string;
  /** Source inputs that must be empty in report mode, by input name. */
  sources?: Record<string, string | undefined>;
}

/** Report mode: the validated comparison, re-rendered and written to output-dir. */
export async function loadComparisonReport(o: ComparisonReportOptions) {
  const given = Object.entries(o.sources ?? {}).filter(([, v]) => v !== undefined && v !== '');
  if (given.length) {
    throw new ConfigurationError(
      `Inputs "comparison" and "${given[0]?.[0]}" are both set: comparison publishes a finished perf-comparison.json without querying anything; leave ${given.map(([k]) => k).join(', ')} empty, or drop comparison to compare.`,
    );
  }
  const { comparison } = await readComparisonFile(o.path, o.cwd);
  if (comparison.service !== o.service) {
    throw new ConfigurationError(
      `Input "service" is ${JSON.stringify(o.service)} but the comparison (input "comparison": ${JSON.stringify(o.path)}) is for ${JSON.stringify(comparison.service)}: pass the comparison of this service, or set service to ${JSON.stringify(comparison.service)}.`,
    );
  }
  const written = await writeComparison(comparison, resolve(o.cwd, o.outputDir));
  return { comparison, ...written };
}
