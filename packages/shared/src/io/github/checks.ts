/**
 * A PR status check per service: one completed check run named `driftgate / <service>` on the head commit,
 * with the report as its output and one annotation per failing metric. Needs `checks: write`.
 *
 * GitHub's limits: output.summary and output.text at most 65,535 characters each (cut at a line boundary with
 * a note), at most 50 annotations per request (the first 50 go with the create, further ones in batches of
 * 50 with PATCH updates, which append). Annotations need a file path in the repository: the config file (the
 * metric's line in it when it is there), else .github/driftgate.yml.
 *
 * Conclusion: the comparison's decision, whatever the step does with it (fail-on-regression only decides the
 * step): success = pass; failure = the gate fails (a regression, or inconclusive with on-inconclusive: fail);
 * neutral = waived, or inconclusive with on-inconclusive: pass. Branch protection treats neutral as passing,
 * and the check still says why.
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { Logger } from '../../core/log.js';
import type { Comparison } from '../../core/model/comparison.js';
import { gateFailed } from '../../core/model/comparison.js';
import { formatPercent } from '../../core/numbers.js';
import { formatSide } from '../../core/report/format.js';
import { renderMarkdown } from '../../core/report/markdown.js';
import type { Octokit } from './github-client.js';

export const CHECK_OUTPUT_LIMIT = 65_535;
export const ANNOTATIONS_PER_REQUEST = 50;
export const DEFAULT_ANNOTATION_PATH = '.github/driftgate.yml';

export type CheckConclusion = 'success' | 'failure' | 'neutral';

export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  title: string;
  message: string;
}

export interface CheckRunSpec {
  name: string;
  headSha: string;
  conclusion: CheckConclusion;
  title: string;
  summary: string;
  text?: string;
  annotations: CheckAnnotation[];
  detailsUrl?: string;
  externalId?: string;
}

export interface CheckRunResult {
  id: number;
  url: string;
  annotations: number;
  /** API requests made: 1 create + the PATCH batches. */
  requests: number;
}

/** Cut `text` to `limit` characters at a line boundary, with a note saying where the rest is. */
export function fitCheckText(text: string, limit = CHECK_OUTPUT_LIMIT, where = 'the job summary'): string {
  if (text.length <= limit) return text;
  const note = `\n\n…(truncated to GitHub's ${limit}-character limit: the full report is in ${where} and the perf-comparison artifact)\n`;
  const room = limit - note.length;
  const cut = text.lastIndexOf('\n', room);
  return `${text.slice(0, cut > room / 2 ? cut : room)}${note}`;
}

/** Create the check run; annotations beyond the first 50 are added with PATCH updates of 50 each. */
export async function createCheckRun(
  octokit: Octokit,
  repo: { owner: string; repo: string },
  spec: CheckRunSpec,
): Promise<CheckRunResult> {
  const title = spec.title.length > 255 ? `${spec.title.slice(0, 254)}…` : spec.title;
  const summary = fitCheckText(spec.summary);
  const text = spec.text === undefined ? undefined : fitCheckText(spec.text);
  const batches: CheckAnnotation[][] = [];
  for (let i = 0; i < spec.annotations.length; i += ANNOTATIONS_PER_REQUEST) {
    batches.push(spec.annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
  }
  const output = (annotations: CheckAnnotation[] | undefined) => ({
    title,
    summary,
    ...(text !== undefined ? { text } : {}),
    ...(annotations?.length ? { annotations } : {}),
  });
  const created = await octokit.rest.checks.create({
    ...repo,
    name: spec.name,
    head_sha: spec.headSha,
    status: 'completed',
    conclusion: spec.conclusion,
    completed_at: new Date().toISOString(),
    ...(spec.detailsUrl ? { details_url: spec.detailsUrl } : {}),
    ...(spec.externalId ? { external_id: spec.externalId } : {}),
    output: output(batches[0]),
  });
  const id = created.data.id;
  for (const batch of batches.slice(1)) {
    await octokit.rest.checks.update({ ...repo, check_run_id: id, output: output(batch) });
  }
  return {
    id,
    url: created.data.html_url ?? '',
    annotations: spec.annotations.length,
    requests: Math.max(1, batches.length),
  };
}

/** The 1-based line of `metrics:\n  <id>:` in the config text, else of `metrics:`, else 1. */
export function metricLine(configText: string | undefined, id: string): number {
  if (!configText) return 1;
  const lines = configText.split(/\r?\n/);
  const top = lines.findIndex((l) => /^metrics\s*:/.test(l));
  if (top < 0) return 1;
  const re = new RegExp(`^\\s+["']?${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?\\s*:`);
  for (let i = top + 1; i < lines.length; i++) {
    const l = lines[i] as string;
    if (/^\S/.test(l) && !l.startsWith('#')) break; // the next top-level key
    if (re.test(l)) return i + 1;
  }
  return top + 1;
}

export interface ComparisonCheckOptions {
  headSha: string;
  /** Repository-relative path of the config file, or undefined for the built-in catalog. */
  configPath?: string;
  configText?: string;
  /** The full report Markdown (output.text). */
  markdown: string;
  detailsUrl?: string;
}

export function checkConclusion(c: Pick<Comparison, 'verdict' | 'onInconclusive'>): CheckConclusion {
  if (gateFailed(c)) return 'failure';
  return c.verdict === 'pass' ? 'success' : 'neutral';
}

/** The check run of a comparison: name `driftgate / <service>`, the report, an annotation per failing metric. */
export function comparisonCheckRun(c: Comparison, o: ComparisonCheckOptions): CheckRunSpec {
  const path = o.configPath ?? DEFAULT_ANNOTATION_PATH;
  const conclusion = checkConclusion(c);
  const annotations: CheckAnnotation[] = [];
  for (const m of c.metrics) {
    const failing = m.verdict === 'regression';
    const undecided = m.verdict === 'inconclusive' && c.onInconclusive === 'fail';
    if (!failing && !undecided) continue;
    const line = metricLine(o.configPath ? o.configText : undefined, m.id);
    const interval = m.interval
      ? `, interval ${formatPercent(m.interval.low)} … ${formatPercent(m.interval.high)}`
      : '';
    annotations.push({
      path,
      start_line: line,
      end_line: line,
      annotation_level: failing ? 'failure' : 'warning',
      title: failing
        ? `${m.id} regressed ${formatPercent(m.drift)} (tolerance ${formatPercent(m.tolerance, 0)})`
        : `${m.id} is inconclusive`,
      message: failing
        ? `${m.title}: ${formatSide(m.baseline, m.unit)} (baseline ${c.baseline.version}) → ${formatSide(m.candidate, m.unit)} (candidate ${c.candidate.version}), drift ${formatPercent(m.drift)}${interval}, beyond the ${formatPercent(m.tolerance, 0)} tolerance in ${c.environment}.`
        : `${m.title}: not enough data to decide (${m.notes.join('; ') || 'see the report'}); on-inconclusive is fail.`,
    });
  }
  const summary = renderMarkdown(c, {
    title: 'driftgate perf-baseline-compare',
    includeCharts: false,
    includeQueries: false,
  });
  return {
    name: `driftgate / ${c.service}`,
    headSha: o.headSha,
    conclusion,
    title: `${c.verdict}: ${c.headline}`,
    summary,
    text: o.markdown,
    annotations,
    ...(o.detailsUrl ? { detailsUrl: o.detailsUrl } : {}),
    externalId: `driftgate:${c.service}:${c.environment}:${c.candidate.version}`,
  };
}

/** The config file as a repository-relative path (annotations need one) and its text, when it is in the workspace. */
export function annotationConfig(
  configFile: string | null | undefined,
  workspace: string,
): { path?: string; text?: string } {
  if (!configFile) return {};
  const full = isAbsolute(configFile) ? configFile : resolve(workspace, configFile);
  const rel = relative(workspace, full).split(sep).join('/');
  if (!rel || rel.startsWith('../../') || isAbsolute(rel)) return {};
  try {
    return { path: rel, text: readFileSync(full, 'utf8') };
  } catch {
    return { path: rel };
  }
}

export interface PublishCheckOptions extends Omit<ComparisonCheckOptions, 'configPath' | 'configText'> {
  configFile: string | null | undefined;
  workspace: string;
}

/**
 * Create the comparison's check run, or warn why not (no token, or a read-only token: fork pull requests get
 * one; use the workflow_run pattern). Never throws for API errors: the verdict is already decided.
 */
export async function publishComparisonCheck(
  c: Comparison,
  options: PublishCheckOptions,
  deps: { octokit?: Octokit; repository?: { owner: string; repo: string }; logger: Logger },
): Promise<CheckRunResult | undefined> {
  const { logger } = deps;
  if (!deps.octokit || !deps.repository || !options.headSha) {
    logger.warning(
      'check-run is true but there is no github-token, GITHUB_REPOSITORY or head commit: no check run was created.',
    );
    return undefined;
  }
  const cfg = annotationConfig(options.configFile, options.workspace);
  const spec = comparisonCheckRun(c, {
    ...options,
    ...(cfg.path ? { configPath: cfg.path } : {}),
    ...(cfg.text !== undefined ? { configText: cfg.text } : {}),
  });
  try {
    const r = await createCheckRun(deps.octokit, deps.repository, spec);
    logger.info(
      `Check run "${spec.name}" (${spec.conclusion}) with ${r.annotations} annotation(s) on ${spec.headSha}: ${r.url}`,
    );
    return r;
  } catch (e) {
    const status = (e as { status?: number }).status;
    const hint =
      status === 403
        ? ' The token cannot create check runs: grant checks: write; fork pull requests get a read-only token, so report from a workflow_run workflow instead (examples/workflows/pr-gate-report.yml).'
        : '';
    logger.warning(`Could not create the check run "${spec.name}": ${(e as Error).message}.${hint}`);
    return undefined;
  }
}
