/**
 * cab-waiver-check end to end, shared by the action and `driftgate waiver`: read the regressions (a
 * perf-comparison.json, or the compare action's `regressions` + `max-drift` outputs), gather candidate waivers
 * (files, the PR label, Jira), prove their approvals, decide (verify.ts), and when a comparison was given and
 * everything is waived, write the updated comparison (verdict `waived`) with writeComparison.
 */
import { dirname, join, resolve } from 'node:path';
import { ConfigurationError } from '../../core/errors.js';
import { refuseControlCharacters } from '../../core/escape.js';
import { type Refer, referInput } from '../../core/inputs/input-spec.js';
import { type Logger, silentLogger } from '../../core/log.js';
import type { Comparison, MetricComparison, OverallVerdict } from '../../core/model/comparison.js';
import { summaryInWords, waiverReason, withWaiverNotes } from '../../core/report/prose.js';
import { isoTime, nowSeconds, parseTime } from '../../core/time.js';
import { applyWaiverOutcomes, checkScope, waiverRecord } from '../../core/waiver/apply.js';
import {
  type DecisionContext,
  decideWaivers,
  type Regression,
  toOutcomes,
  type WaiverCandidate,
  type WaiverDecision,
} from '../../core/waiver/decide.js';
import { renderWaiverSummary, renderWaiverText, type SummaryContext } from '../../core/waiver/waiver-summary.js';
import { checkOutputDir } from '../../io/paths.js';
import { readComparisonFile } from '../../io/report/comparison-file.js';
import { writeComparison } from '../../io/report/write-report.js';
import { DEFAULT_WAIVERS_PATH, loadWaiverFiles } from '../../io/waiver/waiver-files.js';
import { DEFAULT_WAIVER_LABEL, GitHubVerifier } from '../../io/waiver/waiver-github.js';
import { type JiraClient, JiraRestClient, loadJiraWaivers, parseJiraFields } from '../../io/waiver/waiver-jira.js';
import { type GivenRegressions, regressionSource, type WaiverCheckSettings } from './waiver-check-settings.js';

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

function agree(what: string, input: string | undefined, fromComparison: string, refer: Refer): string {
  if (input !== undefined && input !== fromComparison) {
    throw new ConfigurationError(
      `${refer(what)} is ${JSON.stringify(input)} but the comparison is for ${JSON.stringify(fromComparison)}: leave ${what} empty to use the comparison's, or pass the right comparison.`,
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
  options: WaiverCheckSettings,
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
    ...underTest(options, read),
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

function judgedClock(options: WaiverCheckSettings, clock: () => number, logger: Logger): JudgedClock {
  const clockSec = clock();
  const nowSec = options.now ? parseTime(options.now, clockSec, (options.refer ?? referInput)('now')) : clockSec;
  // A clock override is for replays and tests: it can make a waiver expire earlier, never make an expired one
  // valid again. Expiry is judged at the later of the two; the override is recorded in the evidence.
  const judgedSec = Math.max(nowSec, clockSec);
  const now = new Date(judgedSec * 1000);
  const override = options.now ? nowOverrideNote(nowSec, clockSec) : undefined;
  if (override) logger.warning(override);
  return { nowSec, clockSec, now, override };
}

/** The regressions to waive, from a comparison or from the compare action's outputs. */
type ReadRegressions = {
  regressions: Regression[];
  regressionsFrom: string;
} & (
  | { comparison: Comparison; comparisonFile: string }
  /** Without a comparison, the service the settings carry. */
  | { comparison: undefined; comparisonFile: undefined; service: string }
);

async function readRegressions(options: WaiverCheckSettings, cwd: string): Promise<ReadRegressions> {
  regressionSource(options.comparison, options.regressions !== undefined, options.refer);
  if (options.comparison !== undefined) {
    const r = await readComparisonFile(options.comparison, cwd);
    const comparison = r.comparison;
    const regressions = comparison.metrics
      .filter((m) => m.verdict === 'regression' || m.verdict === 'waived')
      .map((m) => ({ metric: m.id, drift: m.drift }));
    return { comparison, comparisonFile: r.full, regressions, regressionsFrom: `\`${options.comparison}\`` };
  }
  const given = options.regressions as GivenRegressions;
  return {
    comparison: undefined,
    comparisonFile: undefined,
    service: options.service,
    regressions: given.metrics,
    regressionsFrom: given.from,
  };
}

/** The service, environment and version under test: the comparison's, which the inputs must agree with. */
function underTest(
  options: WaiverCheckSettings,
  read: ReadRegressions,
): Pick<DecisionContext, 'service' | 'environment' | 'candidateVersion'> {
  const refer = options.refer ?? referInput;
  const comparison = read.comparison;
  const service = read.comparison ? agree('service', options.service, read.comparison.service, refer) : read.service;
  const environment = comparison
    ? agree('environment', options.environment, comparison.environment, refer)
    : (options.environment ?? 'prod');
  const candidateVersion = comparison
    ? agree('candidate-version', options.candidateVersion, comparison.candidate.version, refer)
    : (options.candidateVersion ?? options.defaultCandidateVersion);
  if (!candidateVersion) {
    throw new ConfigurationError(
      `${refer('candidate-version')} is empty: pass the version label value of the release under test (default: the head commit SHA).`,
    );
  }
  refuseControlCharacters(service, refer('service'));
  refuseControlCharacters(environment, refer('environment'));
  refuseControlCharacters(candidateVersion, refer('candidate-version'));
  return { service, environment, candidateVersion };
}

/** The candidate waivers (files; with regressions, the PR label and Jira) with the files' approvals proven. */
async function gatherCandidates(
  options: WaiverCheckSettings,
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
function approvalVerifier(options: WaiverCheckSettings, logger: Logger): GitHubVerifier | undefined {
  return options.github && options.cabTeam
    ? new GitHubVerifier({
        ...options.github,
        cabTeam: options.cabTeam,
        label: options.label ?? DEFAULT_WAIVER_LABEL,
        logger,
      })
    : undefined;
}

/** The waivers Jira holds for this release. */
async function jiraCandidates(
  options: WaiverCheckSettings,
  deps: WaiverCheckDeps,
  ctx: DecisionContext,
  logger: Logger,
): Promise<WaiverCandidate[]> {
  const jira = options.jira as NonNullable<WaiverCheckSettings['jira']>;
  const client = deps.jira ?? new JiraRestClient({ url: jira.url, user: jira.user, token: jira.token, logger });
  const fields = jira.fields ?? parseJiraFields(undefined);
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
  options: WaiverCheckSettings,
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
  options: WaiverCheckSettings,
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
