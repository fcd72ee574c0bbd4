/**
 * The waiver check's settings, parsed once at the boundary (the cab-waiver-check action and `driftgate waiver`)
 * from the values read through its input spec (core/inputs/cab-waiver-check.ts): the regressions and max-drift become
 * a list of regressions, cab-team a team, jira-fields a field map, and every mistake one ConfigurationError naming
 * the input the way the caller names it (`refer`: Input "x" in an action, --x on the command line), the value and
 * the fix, before any file is read or any request sent. runWaiverCheck takes the result. The `now` input stays
 * text: a relative time is resolved against the check's clock.
 */
import { ConfigurationError } from '../../core/errors.js';
import type { WAIVER_INPUTS } from '../../core/inputs/cab-waiver-check.js';
import { type InputValues, type Refer, referInput } from '../../core/inputs/input-spec.js';
import { nowSeconds, parseTime } from '../../core/time.js';
import type { Regression } from '../../core/waiver/decide.js';
import type { Octokit } from '../../io/github/github-client.js';
import { type CabTeam, parseCabTeam } from '../../io/waiver/waiver-github.js';
import { type JiraFieldMap, parseJiraFields } from '../../io/waiver/waiver-jira.js';

/** The values of WAIVER_INPUTS the check reads, as read.ts yields them (the action's and the CLI's alike). */
export type WaiverCheckValues = Pick<
  InputValues<typeof WAIVER_INPUTS>,
  | 'service'
  | 'environment'
  | 'candidate-version'
  | 'comparison'
  | 'regressions'
  | 'max-drift'
  | 'waivers-path'
  | 'cab-team'
  | 'label'
  | 'jira-url'
  | 'jira-user'
  | 'jira-token'
  | 'jira-jql'
  | 'jira-fields'
  | 'jira-approved-status'
  | 'now'
  | 'output-dir'
>;

/** The GitHub the approvals are proven through: a client for the repository (with a token). */
export interface WaiverGitHub {
  octokit: Octokit;
  owner: string;
  repo: string;
  ref?: string;
  pullRequest?: number;
}

/** The regressions to waive given as the compare action's outputs, and how the summary names them. */
export interface GivenRegressions {
  metrics: Regression[];
  /** "inputs regressions + max-drift (31.4%)". */
  from: string;
}

/**
 * What runWaiverCheck runs with, typed. The service is given, or the comparison names it (then a given one must
 * agree with the comparison's).
 */
export type WaiverCheckSettings = WaiverCheckFields &
  ({ service: string; comparison?: undefined } | { service?: string | undefined; comparison: string });

export interface WaiverCheckFields {
  environment?: string | undefined;
  candidateVersion?: string | undefined;
  /** Used when neither candidateVersion nor the comparison names one (the head commit SHA). */
  defaultCandidateVersion?: string | undefined;
  /** The compare action's regressions + max-drift outputs, parsed (regressionsInput). */
  regressions?: GivenRegressions | undefined;
  /** Folder (or file) of waiver YAML files; default .github/perf-waivers. */
  waiversPath?: string | undefined;
  /** Where the updated comparison is written; default a `waived` folder next to the comparison. */
  outputDir?: string | undefined;
  /** The GitHub team whose active members approve waivers (needs `github`). */
  cabTeam?: CabTeam | undefined;
  /** Label of label waivers (default cab-waiver). */
  label?: string | undefined;
  github?: WaiverGitHub | undefined;
  jira?: { url: string; user?: string; token?: string; jql?: string; fields?: JiraFieldMap; approvedStatus?: string };
  /** Time the expiries are judged at (RFC 3339, unix seconds, relative); default the clock. */
  now?: string | undefined;
  /** Directory relative paths are resolved from, and the repository root (default process.cwd()). */
  cwd?: string | undefined;
  /** How messages name an input: `Input "x"` (the default) in an action, `--x` on the command line. */
  refer?: Refer;
}

/** What the shell knows besides the inputs. */
export interface WaiverCheckContext {
  /** The candidate version when neither candidate-version nor the comparison names one (the commit). */
  commit?: string | undefined;
  github?: WaiverGitHub | undefined;
  cwd: string;
}

export function waiverCheckSettings(v: WaiverCheckValues, refer: Refer, ctx: WaiverCheckContext): WaiverCheckSettings {
  regressionSource(v.comparison, v.regressions !== undefined, refer);
  missingWithoutComparison(v, ctx, refer);
  if (v.now !== undefined) parseTime(v.now, nowSeconds(), refer('now'));
  const regressions = v.regressions !== undefined ? regressionsInput(v.regressions, v['max-drift'], refer) : undefined;
  const jiraUrl = v['jira-url'];
  return {
    ...underTest(v, refer),
    environment: v.environment,
    candidateVersion: v['candidate-version'],
    defaultCandidateVersion: ctx.commit,
    ...(regressions ? { regressions } : {}),
    waiversPath: v['waivers-path'],
    outputDir: v['output-dir'],
    ...(v['cab-team'] ? { cabTeam: cabTeamOf(v['cab-team'], ctx.github, refer) } : {}),
    label: v.label,
    github: ctx.github,
    ...(jiraUrl
      ? {
          jira: {
            url: jiraUrl,
            ...optional('user', v['jira-user']),
            ...optional('token', v['jira-token']),
            ...optional('jql', v['jira-jql']),
            fields: parseJiraFields(v['jira-fields'], refer('jira-fields')),
            ...optional('approvedStatus', v['jira-approved-status']),
          },
        }
      : {}),
    now: v.now,
    cwd: ctx.cwd,
    refer,
  };
}

/**
 * Without a comparison, the regressions need their drift, the service and the version under test: when more than
 * one is missing, one error names them all (one at a time took a run each).
 */
function missingWithoutComparison(v: WaiverCheckValues, ctx: WaiverCheckContext, refer: Refer): void {
  if (v.comparison) return;
  const missing: [string, string][] = [
    ...(v.regressions !== undefined && v['max-drift'] === undefined
      ? ([['max-drift', "the largest drift in percent, such as 31.4 (perf-baseline-compare's max-drift output)"]] as [
          string,
          string,
        ][])
      : []),
    ...(!v.service ? ([['service', 'the service label value, such as checkout-api']] as [string, string][]) : []),
    ...(!v['candidate-version'] && !ctx.commit
      ? ([['candidate-version', 'the version under test (default: the commit SHA)']] as [string, string][])
      : []),
  ];
  if (missing.length < 2) return;
  throw new ConfigurationError(
    `${missing.map(([name]) => bare(refer, name)).join(', ')} are missing (needed without a comparison): ${missing.map(([name, what]) => `${bare(refer, name)}, ${what}`).join('; ')}.`,
  );
}

/** The service, or a comparison that names it (a given service must then agree with it, checked when it is read). */
function underTest(
  v: WaiverCheckValues,
  refer: Refer,
): { service: string; comparison?: undefined } | { service?: string | undefined; comparison: string } {
  if (v.comparison) return { comparison: v.comparison, service: v.service };
  if (v.service) return { service: v.service };
  throw new ConfigurationError(
    `${refer('service')} is required without a comparison: the service label value (e.g. checkout-api).`,
  );
}

function optional<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: string };
}

/** cab-team needs a GitHub to prove approvals through; "team" alone is of the repository's organization. */
function cabTeamOf(text: string, github: WaiverGitHub | undefined, refer: Refer): CabTeam {
  if (!github) {
    throw new ConfigurationError(
      `${refer('cab-team')} is ${JSON.stringify(text)} but there is no ${bare(refer, 'github-token')} (and repository) to verify approvals with: set ${bare(refer, 'github-token')} to a token that can read the team.`,
    );
  }
  return parseCabTeam(text, github.owner, refer('cab-team'));
}

/** An input's name inside a sentence: github-token in an action's message, --github-token on the CLI. */
function bare(refer: Refer, input: string): string {
  const said = refer(input);
  return said.startsWith('Input "') ? input : said;
}

/** Exactly one of comparison and regressions: one ConfigurationError otherwise. */
export function regressionSource(
  comparison: string | undefined,
  hasRegressions: boolean,
  refer: Refer = referInput,
): void {
  if (comparison && hasRegressions) {
    const both = refer('comparison').startsWith('Input "')
      ? 'Inputs "comparison" and "regressions" are'
      : `${refer('comparison')} and ${refer('regressions')} are`;
    throw new ConfigurationError(
      `${both} both set: give one (comparison is exact per metric; regressions + max-drift use the largest drift for every metric).`,
    );
  }
  if (!comparison && !hasRegressions) {
    const neither = refer('comparison').startsWith('Input "')
      ? 'Input "comparison" is empty and so is "regressions"'
      : `${refer('comparison')} is empty and so is ${refer('regressions')}`;
    throw new ConfigurationError(
      `${neither}: pass ${bare(refer, 'comparison')} (the report-path output of perf-baseline-compare) or ${bare(refer, 'regressions')} + ${bare(refer, 'max-drift')} (its regressions and max-drift outputs).`,
    );
  }
}

/**
 * Inputs `regressions` (a JSON array of metric ids: the compare action's output) and `max-drift` (its largest drift
 * in percent, "31.4" or "31.4%"): each regressed metric with that drift, an upper bound for each.
 */
export function regressionsInput(
  text: string,
  maxDrift: string | undefined,
  refer: Refer = referInput,
): GivenRegressions {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    data = undefined;
  }
  if (!Array.isArray(data) || data.some((x) => typeof x !== 'string' || x === '')) {
    throw new ConfigurationError(
      `${refer('regressions')} is ${JSON.stringify(text)}: expected a JSON array of metric ids such as ["latency_p95_read"] (the regressions output of perf-baseline-compare).`,
    );
  }
  const from = `inputs regressions + max-drift (${maxDrift ?? '—'}%)`;
  const ids = [...new Set(data as string[])];
  if (ids.length === 0) return { metrics: [], from };
  const m = maxDrift === undefined ? null : /^\s*(-?\d+(?:\.\d+)?)\s*%?\s*$/.exec(maxDrift);
  if (!m) {
    throw new ConfigurationError(
      `${refer('max-drift')} is ${JSON.stringify(maxDrift ?? '')}: expected the largest drift in percent such as "31.4" (the max-drift output of perf-baseline-compare); without it no waiver's max_drift can be checked. Or pass comparison instead.`,
    );
  }
  // A bare number below 1 reads two ways: 0.314 as the percent it is written in (0.314%) or as a fraction
  // (31.4%). Read the first way, a 31.4% regression would pass any waiver's max_drift: refused unless the
  // percent sign says which (perf-baseline-compare's output is 31.4 for 31.4%).
  const value = Number(m[1]);
  if (!maxDrift?.includes('%') && value !== 0 && Math.abs(value) < 1) {
    throw new ConfigurationError(
      `${refer('max-drift')} is ${JSON.stringify(maxDrift)}: a bare number below 1 is ambiguous (${value}% or ${Math.round(value * 1000) / 10}%?); write the drift in percent as perf-baseline-compare's max-drift output does, such as "${Math.round(value * 1000) / 10}" for ${Math.round(value * 1000) / 10}%, or "${value}%" if you mean ${value}%.`,
    );
  }
  // The compare action's largest drift over all metrics: an upper bound for each regressed metric.
  const drift = value / 100;
  return { metrics: ids.map((metric) => ({ metric, drift })), from };
}
