/**
 * cab-waiver-check end to end, shared by the action and `driftgate waiver`: read the regressions (a
 * perf-comparison.json, or the compare action's `regressions` + `max-drift` outputs), gather candidate waivers
 * (files, the PR label, Jira), prove their approvals, decide (verify.ts), and when a comparison was given and
 * everything is waived, write the updated comparison (verdict `waived`) with writeComparison.
 */
import { dirname, join, resolve } from 'node:path';
import { ConfigurationError } from '../errors.js';
import { refuseControlCharacters } from '../escape.js';
import type { Octokit } from '../github/client.js';
import { type Logger, silentLogger } from '../log.js';
import type { Comparison, MetricComparison, OverallVerdict } from '../model/comparison.js';
import { checkOutputDir } from '../paths.js';
import { readComparisonFile } from '../report/comparison-file.js';
import { summaryInWords, waiverReason, withWaiverNotes } from '../report/prose.js';
import { writeComparison } from '../report/write.js';
import { isoTime, nowSeconds, parseTime } from '../time.js';
import { applyWaiverOutcomes, checkScope, waiverRecord } from './apply.js';
import {
  type DecisionContext,
  decideWaivers,
  type Regression,
  toOutcomes,
  type WaiverCandidate,
  type WaiverDecision,
} from './decide.js';
import { DEFAULT_WAIVERS_PATH, loadWaiverFiles } from './files.js';
import { DEFAULT_WAIVER_LABEL, GitHubVerifier, parseCabTeam } from './github.js';
import { type JiraClient, JiraRestClient, loadJiraWaivers, parseJiraFields } from './jira.js';
import { renderWaiverSummary, renderWaiverText, type SummaryContext } from './summary.js';

export interface WaiverCheckOptions {
  service?: string;
  environment?: string;
  candidateVersion?: string;
  /** Used when neither candidateVersion nor the comparison names one (the action: the head commit SHA). */
  defaultCandidateVersion?: string;
  /** Path of perf-comparison.json. */
  comparison?: string;
  /** JSON array of regressed metric ids (the compare action's `regressions` output)... */
  regressions?: string;
  /** ...with the largest drift in percent ("31.4" or "31.4%"; the compare action's `max-drift` output). */
  maxDrift?: string;
  /** Folder (or file) of waiver YAML files; default .github/perf-waivers. */
  waiversPath?: string;
  /** Where the updated comparison is written; default a `waived` folder next to the comparison. */
  outputDir?: string;
  /** "org/team-slug" whose active members approve waivers. */
  cabTeam?: string;
  /** Label of label waivers (default cab-waiver). */
  label?: string;
  github?: { octokit: Octokit; owner: string; repo: string; ref?: string; pullRequest?: number };
  jira?: { url: string; user?: string; token?: string; jql?: string; fields?: string; approvedStatus?: string };
  /** Time the expiries are judged at (RFC 3339, unix seconds, relative); default the clock. */
  now?: string;
  /** Directory relative paths are resolved from, and the repository root (default process.cwd()). */
  cwd?: string;
}

export interface WaiverCheckDeps {
  logger?: Logger;
  /** A ready Jira client (tests); otherwise built from options.jira. */
  jira?: JiraClient;
  /** Unix seconds (tests). */
  clock?: () => number;
}

export interface WaiverCheckResult {
  decision: WaiverDecision;
  waived: boolean;
  /** Overall verdict after waivers: pass (nothing regressed), waived, fail, or inconclusive (from the comparison). */
  verdict: OverallVerdict;
  /** JSON array of the applied waivers: the `waiver` input of perf-baseline-compare. '[]' when not waived. */
  waiver: string;
  /** Why not waived, one line per metric; '' when waived or nothing to waive. */
  reason: string;
  /** Job summary (Markdown) and CLI text. */
  markdown: string;
  text: string;
  context: SummaryContext;
  /** The updated comparison, when a comparison was given and every regression was waived. */
  comparison?: Comparison;
  comparisonPath?: string;
  markdownPath?: string;
}

function parseRegressions(text: string, maxDrift: string | undefined): Regression[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    data = undefined;
  }
  if (!Array.isArray(data) || data.some((x) => typeof x !== 'string' || x === '')) {
    throw new ConfigurationError(
      `Input "regressions" is ${JSON.stringify(text)}: expected a JSON array of metric ids such as ["latency_p95_read"] (the regressions output of perf-baseline-compare).`,
    );
  }
  const ids = [...new Set(data as string[])];
  if (ids.length === 0) return [];
  const m = maxDrift === undefined ? null : /^\s*(-?\d+(?:\.\d+)?)\s*%?\s*$/.exec(maxDrift);
  if (!m) {
    throw new ConfigurationError(
      `Input "max-drift" is ${JSON.stringify(maxDrift ?? '')}: expected the largest drift in percent such as "31.4" (the max-drift output of perf-baseline-compare); without it no waiver's max_drift can be checked. Or pass comparison instead.`,
    );
  }
  // The compare action's largest drift over all metrics: an upper bound for each regressed metric.
  const drift = Number(m[1]) / 100;
  return ids.map((metric) => ({ metric, drift }));
}

function agree(what: string, input: string | undefined, fromComparison: string): string {
  if (input !== undefined && input !== fromComparison) {
    throw new ConfigurationError(
      `Input "${what}" is ${JSON.stringify(input)} but the comparison is for ${JSON.stringify(fromComparison)}: leave ${what} empty to use the comparison's, or pass the right comparison.`,
    );
  }
  return fromComparison;
}

/** The comparison with the decision applied: covered regressions `waived`, the verdict and headline recomputed. */
export function applyDecision(c: Comparison, decision: WaiverDecision, override?: string): Comparison {
  // Metrics already marked waived (by a `waiver` input of perf-baseline-compare) were re-checked like regressions.
  const reset = c.metrics.map((m): MetricComparison => {
    if (m.verdict !== 'waived') return m;
    const { waiver: _dropped, ...rest } = m;
    return { ...rest, verdict: 'regression' };
  });
  const decided = applyWaiverOutcomes(reset, toOutcomes(decision)).map(withWaiverNotes);
  // The clock override (input "now") is part of the evidence of every metric it decided.
  const metrics = override
    ? decided.map((m) =>
        decision.metrics.some((d) => d.metric === m.id) ? { ...m, notes: [...m.notes, override] } : m,
      )
    : decided;
  return { ...c, ...summaryInWords(metrics), metrics, waivers: decision.applied.map(waiverRecord) };
}

/** What a clock override did, for the log and the evidence. */
export function nowOverrideNote(nowSec: number, clockSec: number): string {
  const n = isoTime(Math.floor(nowSec));
  const c = isoTime(Math.floor(clockSec));
  return nowSec >= clockSec
    ? `Waiver expiry is judged at ${n} (input "now"), not the clock (${c}).`
    : `Waiver expiry is judged at ${n} (input "now"), not the clock. A waiver that has expired by the clock (${c}) stays expired: the override never revives one.`;
}

export async function runWaiverCheck(
  options: WaiverCheckOptions,
  deps: WaiverCheckDeps = {},
): Promise<WaiverCheckResult> {
  const logger = deps.logger ?? silentLogger;
  const cwd = options.cwd ?? process.cwd();
  checkOutputDir(options.outputDir, cwd);
  const clock = judgedClock(options, deps.clock ?? nowSeconds, logger);
  // 1. The regressions.
  const read = await readRegressions(options, cwd);
  // 2. What is under test.
  const ctx: DecisionContext = {
    ...underTest(options, read.comparison),
    now: clock.now,
    regressions: read.regressions,
  };
  // 3. Candidates.
  const { candidates, searched } = await gatherCandidates(options, cwd, deps, ctx, logger);
  // 4. Decide.
  const decision = decideWaivers(ctx, candidates);
  const waived = await writeWaived(options, cwd, read, decision, clock.override);
  return waiverCheckResult(options, { ctx, clock, read, searched, decision, ...waived });
}

/** When expiries are judged: the clock, or input "now" (never earlier than the clock). */
interface JudgedClock {
  nowSec: number;
  clockSec: number;
  now: Date;
  /** What the override did, for the log and the evidence. */
  override: string | undefined;
}

function judgedClock(options: WaiverCheckOptions, clock: () => number, logger: Logger): JudgedClock {
  const clockSec = clock();
  const nowSec = options.now ? parseTime(options.now, clockSec, 'Input "now"') : clockSec;
  // A clock override is for replays and tests: it can make a waiver expire earlier, never make an expired one
  // valid again. Expiry is judged at the later of the two; the override is recorded in the evidence.
  const judgedSec = Math.max(nowSec, clockSec);
  const now = new Date(judgedSec * 1000);
  const override = options.now ? nowOverrideNote(nowSec, clockSec) : undefined;
  if (override) logger.warning(override);
  return { nowSec, clockSec, now, override };
}

/** The regressions to waive, from a comparison or from the compare action's outputs. */
interface ReadRegressions {
  comparison: Comparison | undefined;
  comparisonFile: string | undefined;
  regressions: Regression[];
  regressionsFrom: string;
}

async function readRegressions(options: WaiverCheckOptions, cwd: string): Promise<ReadRegressions> {
  if (options.comparison && options.regressions) {
    throw new ConfigurationError(
      'Inputs "comparison" and "regressions" are both set: give one (comparison is exact per metric; regressions + max-drift use the largest drift for every metric).',
    );
  }
  if (options.comparison) {
    const r = await readComparisonFile(options.comparison, cwd);
    const comparison = r.comparison;
    const regressions = comparison.metrics
      .filter((m) => m.verdict === 'regression' || m.verdict === 'waived')
      .map((m) => ({ metric: m.id, drift: m.drift }));
    return { comparison, comparisonFile: r.full, regressions, regressionsFrom: `\`${options.comparison}\`` };
  }
  if (options.regressions !== undefined) {
    return {
      comparison: undefined,
      comparisonFile: undefined,
      regressions: parseRegressions(options.regressions, options.maxDrift),
      regressionsFrom: `inputs regressions + max-drift (${options.maxDrift ?? '—'}%)`,
    };
  }
  throw new ConfigurationError(
    'Input "comparison" is empty and so is "regressions": pass comparison (the report-path output of perf-baseline-compare) or regressions + max-drift (its regressions and max-drift outputs).',
  );
}

/** The service, environment and version under test: the comparison's, which the inputs must agree with. */
function underTest(
  options: WaiverCheckOptions,
  comparison: Comparison | undefined,
): Pick<DecisionContext, 'service' | 'environment' | 'candidateVersion'> {
  const service = comparison ? agree('service', options.service, comparison.service) : options.service;
  if (!service)
    throw new ConfigurationError(
      'Input "service" is required without a comparison: the service label value (e.g. checkout-api).',
    );
  const environment = comparison
    ? agree('environment', options.environment, comparison.environment)
    : (options.environment ?? 'prod');
  const candidateVersion = comparison
    ? agree('candidate-version', options.candidateVersion, comparison.candidate.version)
    : (options.candidateVersion ?? options.defaultCandidateVersion);
  if (!candidateVersion) {
    throw new ConfigurationError(
      'Input "candidate-version" is empty: pass the version label value of the release under test (default: the head commit SHA).',
    );
  }
  refuseControlCharacters(service, 'Input "service"');
  refuseControlCharacters(environment, 'Input "environment"');
  refuseControlCharacters(candidateVersion, 'Input "candidate-version"');
  return { service, environment, candidateVersion };
}

/** The candidate waivers (files; with regressions, the PR label and Jira) with the files' approvals proven. */
async function gatherCandidates(
  options: WaiverCheckOptions,
  cwd: string,
  deps: WaiverCheckDeps,
  ctx: DecisionContext,
  logger: Logger,
): Promise<{ candidates: WaiverCandidate[]; searched: string[] }> {
  const searched: string[] = [];
  const files = await loadWaiverFiles(options.waiversPath, cwd);
  searched.push(
    `${options.waiversPath || `${DEFAULT_WAIVERS_PATH}/`} (${files.length} file${files.length === 1 ? '' : 's'})`,
  );
  for (const f of files) if (f.problems) logger.warning(f.problems.join('\n'));
  const candidates: WaiverCandidate[] = [...files];
  const verifier = approvalVerifier(options, logger);
  if (ctx.regressions.length > 0) {
    if (verifier && options.github?.pullRequest !== undefined) {
      const label = await logger.group('Checking the pull request for a CAB waiver label', () =>
        verifier.labelWaiver(),
      );
      searched.push(`label ${options.label ?? DEFAULT_WAIVER_LABEL} on PR #${options.github.pullRequest}`);
      if (label) candidates.push(label);
    }
    if (options.jira?.url) {
      const jira = await jiraCandidates(options, deps, ctx, logger);
      searched.push(`Jira ${options.jira.url} (${jira.length} issue${jira.length === 1 ? '' : 's'})`);
      candidates.push(...jira);
    }
    await proveFileApprovals(files, ctx, verifier, logger);
  }
  return { candidates, searched };
}

/** The GitHub verifier of approvals (with cab-team and a token), refusing cab-team without one. */
function approvalVerifier(options: WaiverCheckOptions, logger: Logger): GitHubVerifier | undefined {
  if (options.cabTeam && !options.github) {
    throw new ConfigurationError(
      `Input "cab-team" is ${JSON.stringify(options.cabTeam)} but there is no github-token (and repository) to verify approvals with: set github-token to a token that can read the team.`,
    );
  }
  return options.github && options.cabTeam
    ? new GitHubVerifier({
        ...options.github,
        cabTeam: parseCabTeam(options.cabTeam, options.github.owner),
        label: options.label ?? DEFAULT_WAIVER_LABEL,
        logger,
      })
    : undefined;
}

/** The waivers Jira holds for this release. */
async function jiraCandidates(
  options: WaiverCheckOptions,
  deps: WaiverCheckDeps,
  ctx: DecisionContext,
  logger: Logger,
): Promise<WaiverCandidate[]> {
  const jira = options.jira as NonNullable<WaiverCheckOptions['jira']>;
  const client = deps.jira ?? new JiraRestClient({ url: jira.url, user: jira.user, token: jira.token, logger });
  const fields = parseJiraFields(jira.fields);
  return logger.group('Searching Jira for CAB waivers', () =>
    loadJiraWaivers(
      client,
      {
        jql: jira.jql,
        fields,
        approvedStatus: jira.approvedStatus,
        service: ctx.service,
        environment: ctx.environment,
        version: ctx.candidateVersion,
      },
      logger,
    ),
  );
}

/** Prove file approvals, only for records that are valid and in scope (the rest is refused before approval). */
async function proveFileApprovals(
  files: WaiverCandidate[],
  ctx: DecisionContext,
  verifier: GitHubVerifier | undefined,
  logger: Logger,
): Promise<void> {
  await logger.group('Verifying waiver approvals', async () => {
    for (const c of files) {
      if (!c.waiver || !checkScope(c.waiver, ctx).ok) continue;
      c.proof = verifier
        ? await verifier.proveFile(c)
        : {
            verified: false,
            reason: 'approval not verified',
            detail:
              'file waivers are proven through GitHub: set cab-team (org/team-slug) and a github-token that can read it',
          };
      logger.info(`${c.source.ref}: ${c.proof.verified ? 'approved' : c.proof.reason} — ${c.proof.detail}`);
    }
  });
}

/** The updated comparison and where it was written (none unless every regression of a comparison was waived). */
interface Waived {
  updated?: Comparison;
  written?: { jsonPath: string; markdownPath: string };
}

/** With a comparison whose regressions are all waived: the updated comparison, written. */
async function writeWaived(
  options: WaiverCheckOptions,
  cwd: string,
  read: ReadRegressions,
  decision: WaiverDecision,
  override: string | undefined,
): Promise<Waived> {
  const { comparison, comparisonFile } = read;
  if (!(comparison && comparisonFile && decision.waived)) return {};
  const updated = applyDecision(comparison, decision, override);
  const dir = options.outputDir ? resolve(cwd, options.outputDir) : join(dirname(comparisonFile), 'waived');
  return { updated, written: await writeComparison(updated, dir) };
}

/** The verdict, outputs and summaries of a decided waiver check. */
function waiverCheckResult(
  options: WaiverCheckOptions,
  run: Waived & {
    ctx: DecisionContext;
    clock: JudgedClock;
    read: ReadRegressions;
    searched: string[];
    decision: WaiverDecision;
  },
): WaiverCheckResult {
  const { ctx, read, searched, decision, updated, written } = run;
  const { nowSec, clockSec } = run.clock;
  const verdict: OverallVerdict = updated
    ? updated.verdict
    : decision.nothingToWaive
      ? (read.comparison?.verdict ?? 'pass')
      : decision.waived
        ? 'waived'
        : 'fail';
  const summaryContext: SummaryContext = {
    service: ctx.service,
    environment: ctx.environment,
    candidateVersion: ctx.candidateVersion,
    now: isoTime(Math.floor(nowSec)),
    ...(options.now && nowSec < clockSec ? { clock: isoTime(Math.floor(clockSec)) } : {}),
    nowOverridden: Boolean(options.now),
    regressionsFrom: read.regressionsFrom,
    searched,
    ...(updated ? { comparisonHeadline: updated.headline } : {}),
    ...(written ? { comparisonPath: written.jsonPath } : {}),
  };
  return {
    decision,
    waived: decision.waived,
    verdict,
    waiver: JSON.stringify(decision.applied),
    reason: waiverReason(decision),
    markdown: renderWaiverSummary(decision, summaryContext),
    text: renderWaiverText(decision, summaryContext),
    context: summaryContext,
    ...(updated ? { comparison: updated } : {}),
    ...(written ? { comparisonPath: written.jsonPath, markdownPath: written.markdownPath } : {}),
  };
}
