/**
 * Findings (core/findings/findings.ts) in English: the notes of a comparison, its evidence and its headline, the
 * messages of the bake's events, its tick reasons, its headline and its settings' warnings, and why a waiver
 * does or does not apply. The only place those sentences are written: the judge and
 * the rules return codes and numbers, and the layers above them (compare/, bake/verify, loop, evidence) say
 * them with these functions.
 */
import type {
  BreachFinding,
  ComparisonFinding,
  ConclusionFinding,
  DriftFinding,
  EstimateFinding,
  EvidenceFinding,
  IntervalFinding,
  MetricChange,
  NoteFinding,
  RejectionFinding,
  RuleFinding,
  SettingsFinding,
  SloFinding,
  SloReading,
  StandingBreach,
  StreakCount,
  SufficiencyFinding,
  UnjudgedFinding,
  UnjudgedMetric,
  WaiverNoteFinding,
} from '../findings/findings.js';
import type { JudgedMetric } from '../judge/judge.js';
import type { StoredBaselineDrift } from '../judge/release-baseline.js';
import { summarizeMetrics } from '../judge/verdict.js';
import type { MethodName, MetricComparison } from '../model/comparison.js';
import { type Slo, sloMet } from '../model/metric.js';
import { fmt, formatFactor, pct } from '../numbers.js';
import { formatDuration, isoTime } from '../time.js';
import type { WaivedMetric } from '../waiver/apply.js';
import type { MetricDecision, WaiverDecision } from '../waiver/decide.js';

/** A drift in the rules' sentences: one decimal always ("+" omitted: "12.0%", "n/a"). */
function driftPercent(v: number | null | undefined): string {
  return v === null || v === undefined ? 'n/a' : `${(v * 100).toFixed(1)}%`;
}

export function driftNote(f: DriftFinding): string {
  switch (f.code) {
    case 'no-value':
      return 'no value could be computed';
    case 'both-zero':
      return 'both windows are 0';
    case 'amount-stopped':
      return `the amount did not grow in any of the candidate's ${f.points} sub-windows, where the baseline's grew at least once every ${f.baselineQuiet + 1}: it stopped (−100%)`;
    case 'zero-count-corrected':
      return 'zero event count: half an event added to both windows (Haldane-Anscombe correction)';
    case 'ratio-undefined':
      return `relative drift is undefined: baseline ${fmt(f.baseline, 4)}, candidate ${fmt(f.candidate, 4)} (a value of 0 or below)`;
    case 'trend-allowed':
      return `the baseline's own trend predicts ${pct(f.predicted)} across the ${formatDuration(Math.abs(f.gapSeconds))} between the windows' hours of the day; ${
        f.toward === 'better'
          ? 'a trend toward better cannot explain a worse candidate, so it is allowed for only in judging an improvement'
          : f.toward === 'worse'
            ? 'a change of that size is allowed for before a regression is called'
            : 'a change of that size is allowed for in the between-window term'
      }`;
    case 'weak-evidence':
      return `drift ${pct(f.drift)} is above the ${pct(f.tolerance)} tolerance, but the interval reaches ${pct(f.low)}, inside half the tolerance: not enough evidence`;
    case 'too-noisy':
      return tooNoisy(f);
    case 'cannot-judge':
      return cannotJudge(f);
  }
}

function cannotJudge(f: Extract<DriftFinding, { code: 'cannot-judge' }>): string {
  const why =
    f.detectable === null
      ? `no drift it can show${f.limit !== null ? ` (at most ${pct(f.limit)} from this baseline)` : ''} would be detected`
      : f.detectable >= 10
        ? 'only drifts beyond +1000% would be detected'
        : `only a drift of ${pct(f.detectable)} or more would be detected`;
  const fix =
    f.neededMinutes === null
      ? 'no windows up to a day long would see it'
      : `windows of about ${formatDuration(Math.ceil(f.neededMinutes / 15) * 15 * 60)} (side by side or the same hours of the day) would`;
  return `cannot be judged in ${formatDuration(f.windowMinutes * 60)} windows: ${why}; to see a ${pct(2 * f.tolerance)} regression, ${fix}`;
}

function tooNoisy(f: Extract<DriftFinding, { code: 'too-noisy' }>): string {
  const remedy =
    f.windowFactor === null
      ? `no window length would: the between-window term (systematic ${(f.systematic * 100).toFixed(1)}%) alone is too large`
      : `windows about ${formatFactor(f.windowFactor)}× as long (${formatDuration(Math.ceil((f.windowFactor * f.windowMinutes) / 15) * 15 * 60)} instead of ${formatDuration(f.windowMinutes * 60)}) would, if they run side by side or cover the same hours of the day (longer consecutive windows differ more in load)`;
  return `too noisy in these windows to see a ${pct(2 * f.tolerance)} regression: only a drift of ${f.detectable === null ? 'more than -100%' : pct(f.detectable)} or more would be detected with ${Math.round(f.power * 100)}% probability; ${remedy}`;
}

export function breachText(f: BreachFinding): string {
  const pooled = f.pooledSeconds !== null ? ` (pooled over ${Math.round(f.pooledSeconds / 60)} min)` : '';
  return f.code === 'worse-than-baseline'
    ? `${f.metric} ${fmt(f.value)} ${f.unit}${pooled} is ${fmt(f.ratio)}x baseline ${fmt(f.baseline)}`
    : `${f.metric} ${fmt(f.value)} ${f.unit}${pooled} violates its SLO ${f.op} ${f.objective}`;
}

/** The streak in the evidence's own times: its first detection and the decision (older evidence: its start). */
function streakText(s: StreakCount): string {
  if (s.detectedAt === undefined || s.decidedAt === undefined) {
    const since = isoTime(s.since);
    return s.breaches === s.ticks
      ? `every tick since ${since}`
      : `${s.breaches} of ${s.ticks} ticks since ${since} (the others had no usable data or were marginal)`;
  }
  const span = `from the first detection at ${isoTime(s.detectedAt)} to the decision at ${isoTime(s.decidedAt)}`;
  return s.breaches === s.ticks
    ? `every tick ${span}`
    : `${s.breaches} of ${s.ticks} ticks ${span} (the others had no usable data or were marginal)`;
}

export function ruleMessage(f: RuleFinding): string {
  switch (f.code) {
    case 'detected':
      return `detected: ${breachText(f.breach)}`;
    case 'cleared':
      return `cleared after ${f.breaches} breaching tick(s): ${f.metric} ${fmt(f.value)} ${f.unit}`;
    case 'streak-reset':
      return `streak reset: no breaching tick for ${f.gapSeconds}s (${f.marginalRatio !== undefined ? `marginal: ${fmt(f.marginalRatio)}x` : f.reason ? intervalReason(f.reason) : 'no usable data'})`;
    case 'ratio-fired':
      return `${f.metric} worse than ${f.threshold}x baseline on ${streakText(f.streak)}: ${breachText(f.breach)}`;
    case 'slo-worse-fired':
      return `${f.metric} violated its SLO and was worse than ${f.threshold}x the baseline (which violated it too) on ${streakText(f.streak)}: ${breachText(f.breach)}`;
    case 'slo-fired': {
      const standing =
        f.standing === 'reported'
          ? '; the baseline violated it too: a standing breach, reported, not rolled back'
          : f.standing === 'rolled-back'
            ? '; the baseline violated it too (baseline_breached: rollback)'
            : '';
      return `${f.metric} violated its SLO on ${streakText(f.streak)}${standing}: ${breachText(f.breach)}`;
    }
    case 'drift-detected':
      return `detected: ${f.metric} drift ${driftPercent(f.drift)}${f.interval ? ` (interval ${driftPercent(f.interval.low)} to ${driftPercent(f.interval.high)})` : ''} beyond the ${driftPercent(f.tolerance)} tolerance`;
    case 'drift-cleared':
      return `cleared: ${f.metric} drift ${driftPercent(f.drift)} within tolerance`;
    case 'drift-fired':
      return `${f.metric} drifted beyond its ${driftPercent(f.tolerance)} tolerance in ${f.windows} consecutive ${f.windowSeconds / 60}-minute windows (latest drift ${driftPercent(f.drift)})`;
  }
}

export function unjudgedReason(f: UnjudgedFinding): string {
  switch (f.code) {
    case 'no-series':
      return 'no series for this metric in the baseline or the candidate';
    case 'low-coverage':
      return `data in ${(100 * f.share).toFixed(0)}% of ticks (need ${(f.need * 100).toFixed(0)}%)${f.last ? `; last: ${intervalReason(f.last)}` : ''}`;
    case 'too-few-events':
      return `too few events even pooled over the whole bake${f.last ? ` (${intervalReason(f.last)})` : ''}`;
  }
}

function standingNote(standing: StandingBreach[]): string {
  if (!standing.length) return '';
  const list = standing.map(
    (b) => `${b.metric} ${fmt(b.value)} (objective ${b.objective}, baseline ${fmt(b.baseline)})`,
  );
  return ` Standing SLO breach${standing.length > 1 ? 'es' : ''} (the baseline violated the SLO too): ${list.join(', ')}.`;
}

function listed(metrics: UnjudgedMetric[]): string {
  return metrics.map((x) => `${x.metric} (${unjudgedReason(x.finding)})`).join('; ');
}

function thinNote(thin: UnjudgedMetric[]): string {
  return thin.length ? ` Not judged: ${listed(thin)}.` : '';
}

export function headline(f: ConclusionFinding): string {
  switch (f.code) {
    case 'rollback':
      return `Rollback: ${ruleMessage(f.decision)}.`;
    case 'inconclusive': {
      const why =
        f.ticks === 0
          ? 'no tick was evaluated'
          : `critical metric${f.critical.length > 1 ? 's' : ''} could not be judged: ${listed(f.critical)}`;
      return `Inconclusive: ${why}; no rollback rule fired.${thinNote(f.thin)}`;
    }
    case 'ticket':
      return `Ticket (no rollback condition): ${f.decisions.map(ruleMessage).join('; ')}.${standingNote(f.standing)}${thinNote(f.thin)}`;
    case 'pass':
      return `Pass: no rule fired in ${f.ticks} tick(s)${f.cleared ? ' (short breaches were detected and cleared)' : ''}.${standingNote(f.standing)}${thinNote(f.thin)}`;
    case 'cancelled':
      return `Cancelled after ${f.ticks} tick(s): the run was stopped before the bake ended; no rollback, ticket or promotion.`;
    case 'unreachable':
      return `Inconclusive: the metric source could not be reached for the baseline, so no tick was evaluated; no rollback, ticket or promotion. ${f.reason}`;
  }
}

/** A warning about the bake's settings, as the verify shell logs it. */
export function settingsWarning(f: SettingsFinding): string {
  switch (f.code) {
    case 'window-shrunk':
      return `${f.where} is ${formatDuration(f.windowSeconds)}, longer than the ${formatDuration(f.durationSeconds)} bake: the judge window is shrunk to ${formatDuration(f.shrunkSeconds)} so the drift rule can run; lengthen the bake or shorten the window to silence this`;
    case 'ticket-cannot-fire':
      return `the ticket rule needs ${f.windows} consecutive ${formatDuration(f.windowSeconds)} windows after the ${formatDuration(f.warmupSeconds)} warmup (${formatDuration(f.needsSeconds)}), longer than the ${formatDuration(f.durationSeconds)} bake: it cannot fire; lengthen the bake or lower bake.ticket.windows / warmup`;
  }
}

export function sufficiencyNote(f: SufficiencyFinding): string {
  switch (f.code) {
    case 'no-series':
      return f.configured
        ? 'no series for this metric in either window: it is in your config, so its name or labels are probably wrong'
        : 'no series for this metric in either window';
    case 'query-warning':
      return `${f.side} query warning: ${f.warning}`;
    case 'no-data':
      return `no ${f.side} data${f.found ? ' (series exist but no sub-window had usable values)' : ''}`;
    case 'too-little-data':
      return `too little ${f.side} data: ${f.points} of ${f.expected} sub-windows have data (need ${f.need})`;
    case 'window-too-short':
      return `the ${f.side} window is too short to judge: ${f.points} sub-windows of ${f.step}s with data, drift-interval needs ${f.need} (it estimates the noise from the sub-windows themselves); widen the windows to ${Math.ceil((f.need * f.step) / 60)} minutes or more, or lower resolution`;
    case 'coarse-amount':
      return `the ${f.side} amount changed in only ${f.updates} of ${f.points} sub-windows (it is updated in coarse steps); a rate needs at least ${f.need} updates per window: widen the windows or exclude ${f.metric}`;
    case 'too-few-events':
      return `too few ${f.side} events: ${Math.round(f.events)} (need ${f.need})`;
  }
}

/** "p95 +31% (worse) (interval +12% to +50%)". */
function changeText(m: MetricChange): string {
  const change = m.change === null ? '' : `${pct(m.change)}${m.direction ? ` (${m.direction})` : ''}`;
  const interval = m.interval ? ` (interval ${pct(m.interval.low)} to ${pct(m.interval.high)})` : '';
  return `${m.id} ${change}${interval}`.trim();
}

/** "estimate 0.274 (baseline 0.21), histogram_quantile 0.317 (baseline 0.25)": every reading, both windows. */
function readingsText(readings: SloReading[]): string {
  const v = (x: number | null) => (x === null ? 'n/a' : fmt(x, 3));
  return readings
    .map(
      (r) =>
        `${r.estimator === 'estimate' ? "driftgate's estimate" : 'histogram_quantile'} ${v(r.candidate)}${r.low !== null && r.high !== null ? ` (interval ${v(r.low)} to ${v(r.high)})` : ''} against baseline ${v(r.baseline)}`,
    )
    .join('; ');
}

/** A candidate's SLO breach: new or standing, shown by the data or not, and what it does to the gate. */
export function sloNote(f: SloFinding): string {
  const objective = `${f.op} ${fmt(f.objective, 4)}`;
  const what =
    f.kind === 'standing'
      ? `standing SLO breach (${objective}): the baseline breached it too under the same reading; listed, not failed`
      : f.fails
        ? `new SLO breach (${objective}): the baseline met it and the candidate's interval lies beyond it; fails the gate (slo: fail)`
        : f.shown && !f.attributed
          ? `SLO ${objective} breached by the candidate (its interval lies beyond it) where the baseline met it, but the comparison does not show the candidate worse than its baseline (the change's interval includes no change); not failed`
          : f.shown
            ? `new SLO breach (${objective}): the baseline met it and the candidate's interval lies beyond it; a warning (slo: warn)`
            : `SLO ${objective} breached by the candidate's value, but its interval reaches back inside the objective (noise cannot be ruled out); not failed`;
  return `${what}: ${readingsText(f.readings)}`;
}

export function comparisonHeadline(f: ComparisonFinding): string {
  switch (f.code) {
    case 'regression': {
      const slo = (f.slo ?? []).map(({ id, finding }) => {
        const objective = { op: finding.op as Slo['op'], value: finding.objective };
        const r =
          finding.readings.find((x) => x.candidate !== null && !sloMet(objective, x.candidate)) ?? finding.readings[0];
        const reading = r && r.estimator !== 'estimate' ? ` by ${r.estimator}` : '';
        return `${id} ${fmt(r?.candidate ?? null, 3)}${reading} (baseline ${fmt(r?.baseline ?? null, 3)}) violates ${finding.op} ${fmt(finding.objective, 4)}`;
      });
      const sloText = slo.length ? `New SLO breach its baseline met: ${slo.join(', ')}.` : '';
      if (!f.metrics.length && sloText) return sloText;
      return `Regression beyond tolerance: ${f.metrics.map(changeText).join(', ')}.${sloText ? ` ${sloText}` : ''}`;
    }
    case 'no-data':
      return 'Inconclusive: no data for any metric in either window. Check the service, environment and version label values, the label names (config labels:) and the windows.';
    case 'not-enough-data':
      return `Inconclusive: not enough data to judge ${f.groups.map(({ reason, ids }) => `${ids.join(', ')} (${reason ?? 'no data'})`).join(', ')}.`;
    case 'waived':
      return `Regressions waived: ${f.metrics.map((m) => `${changeText(m)} by ${m.waiver}`).join(', ')}.`;
    case 'pass':
      return `No metric drifted beyond tolerance (${f.judged} metric${f.judged === 1 ? '' : 's'} compared).`;
  }
}

export function estimateNote(f: EstimateFinding): string {
  switch (f.code) {
    case 'incidents-trimmed': {
      const times = f.starts.map((t) => new Date(t * 1000).toISOString().slice(11, 16));
      return `${f.excluded} of ${f.points} sub-windows left out as transient incidents (outliers against the rest of the window; starting ${times.join(', ')} UTC)`;
    }
    case 'above-highest-bucket':
      return `p${Math.round(f.quantile * 100)} is above the highest bucket bound (${f.bound}); shown as that bound`;
    case 'mann-whitney-blind':
      return `mann-whitney cannot detect anything with ${f.baseline} vs ${f.candidate} 5-minute windows: the smallest possible p-value is ${f.floor.toPrecision(2)}, above ${f.alpha.toFixed(2)}; it needs at least ${f.need} vs ${f.need} (${f.need * 5}-minute windows)`;
    case 'slo-on-linear-quantile':
      return `SLO judged on ${f.value.toPrecision(3)} (Prometheus histogram_quantile over the pooled buckets, as Grafana shows it; driftgate's estimate ${f.estimate.toPrecision(3)} interpolates inside the bucket on the log-probit scale)`;
    case 'no-denominator-events':
      return 'no denominator events';
    case 'no-window-values':
      return 'no 5-minute values';
    case 'too-few-window-values':
      return `newey-west needs at least ${f.need} 5-minute values per window, has ${f.baseline} vs ${f.candidate}: widen the windows to ${f.need * 5} minutes or more`;
    case 'baseline-mean-zero':
      return 'baseline mean is 0: relative drift undefined';
  }
}

/** Why an interval does not count, and over how long it was pooled (when longer than a tick). */
export function intervalReason(f: IntervalFinding): string {
  switch (f.code) {
    case 'query-warning':
      return `query warning: ${f.warning}${pooledOver(f.pooledSeconds)}`;
    case 'gap':
      return `${f.points} of ${f.expected} sub-windows have data (scrape gap or no traffic)${pooledOver(f.pooledSeconds)}`;
    case 'too-few-events':
      return `too few events: ${Math.round(f.events)} (need ${f.need})${pooledOver(f.pooledSeconds)}`;
    case 'not-collected':
      return 'not collected';
    case 'no-value':
      return 'no value';
  }
}

function pooledOver(seconds: number | undefined): string {
  return seconds !== undefined ? ` over the last ${Math.round(seconds / 60)} min` : '';
}

/** One note on a metric: "baseline: ..." for a window's. */
export function noteText(n: NoteFinding): string {
  const side = n.window ? `${n.window}: ` : '';
  switch (n.of) {
    case 'sufficiency':
      return side + sufficiencyNote(n.finding);
    case 'estimate':
      return side + estimateNote(n.finding);
    case 'drift':
      return side + driftNote(n.finding);
    case 'interval':
      return side + intervalReason(n.finding);
    case 'slo':
      return side + sloNote(n.finding);
    case 'waiver':
      return side + waiverNote(n.finding);
    case 'collector':
      return side + n.text;
  }
}

/** A metric's notes: its findings in words, each sentence once. */
export function metricNotes(findings: NoteFinding[]): string[] {
  return [...new Set(findings.map(noteText))];
}

/** What each judge method does, as perf-comparison.json's `method.description` says it. */
export const METHOD_DESCRIPTIONS: Record<MethodName, string> = {
  'drift-interval':
    'Pooled counts per window (bucket counts, numerators/denominators), transient incidents left out; delta-method intervals with autocorrelation-robust variance, a Poisson floor and a 3% between-window term; simultaneous (Bonferroni) across metrics; a metric fails when its drift exceeds the tolerance and its interval lies above half of it.',
  'mean-threshold':
    'PERF-003 read literally: mean of 5-minute values, fail when the relative change exceeds the tolerance. No statistics.',
  'mann-whitney':
    'Kayenta-style: two-sided Mann-Whitney U on 5-minute values at 98% confidence plus the tolerance on the ratio of means.',
  'newey-west':
    'Reference test: means of 5-minute values with Newey-West standard errors (lag n^(1/3)), one-sided z test of drift > tolerance on the log ratio, Holm across metrics.',
};

const MANN_WHITNEY_TEST = 'two-sided Mann-Whitney U on 5-minute values';

/** A metric's evidence as the document holds it: the test's name, its p-value and its numbers in words. */
export function evidenceInWords(f: EvidenceFinding): NonNullable<MetricComparison['evidence']> {
  switch (f.code) {
    case 't-test': {
      const source = `${f.source}${f.trendAdjusted ? ', with trend' : ''}`;
      const df = Number.isFinite(f.df) ? f.df.toFixed(1) : 'inf';
      return {
        test: 'one-sided t test of drift <= tolerance/2 (log scale, delta method, autocorrelation-robust variance + systematic, Bonferroni)',
        pValue: f.pValue,
        detail: `se(log ratio) ${f.se.toPrecision(3)} incl. systematic ${(f.systematic * 100).toFixed(1)}% (${source}), df ${df}, ${f.comparisons} metric(s) compared`,
      };
    }
    case 'no-test':
      return {
        test: 'none (mean of 5-minute values vs tolerance)',
        pValue: null,
        detail: `${f.baseline} vs ${f.candidate} windows; no test: any change beyond the tolerance fails, noise included`,
      };
    case 'mann-whitney-blind':
      return {
        test: MANN_WHITNEY_TEST,
        pValue: null,
        detail: `${f.baseline} vs ${f.candidate} windows: cannot detect anything`,
      };
    case 'mann-whitney':
      return { test: MANN_WHITNEY_TEST, pValue: f.pValue, detail: `U=${f.u}, ${f.baseline} vs ${f.candidate} windows` };
    case 'newey-west':
      return {
        test: 'one-sided z test of drift > tolerance (log ratio of 5-minute means, Newey-West standard error, Holm)',
        pValue: f.pValue,
        detail: `se(log ratio) ${f.se.toPrecision(3)}, lag ${f.lag}, ${f.baseline} vs ${f.candidate} windows, ${f.comparisons} metric(s) compared`,
      };
  }
}

/** A judged metric as the comparison document holds it: its evidence in words, its findings said in its notes. */
export function withNotes(m: JudgedMetric): MetricComparison {
  const { findings, ...rest } = m;
  const said: Omit<MetricComparison, 'evidence'> & { evidence: EvidenceFinding | MetricComparison['evidence'] } = {
    ...rest,
    notes: metricNotes(findings),
    findings,
  };
  // Said in place: `evidence` keeps its position among the document's keys; its finding kept beside the words.
  if (rest.evidence) said.evidence = { ...evidenceInWords(rest.evidence), finding: rest.evidence };
  return said as MetricComparison;
}

/** A comparison's summary (core/judge/verdict.ts summarizeMetrics) with its headline in words, in the document's order. */
export function summaryInWords(metrics: MetricComparison[]) {
  const { verdict, finding, regressions, improvements, inconclusive, maxDrift } = summarizeMetrics(metrics);
  return { verdict, headline: comparisonHeadline(finding), finding, regressions, improvements, inconclusive, maxDrift };
}

/** A stored release baseline that its window's data no longer gives (core/judge/release-baseline.ts storedBaselineDrift). */
export function storedBaselineDiffers(d: StoredBaselineDrift, stage: 'gate' | 'bake' = 'gate'): string {
  const judges =
    stage === 'gate'
      ? 'the gate judges on the data it read'
      : "the bake's drift (ticket) rule judges on the data it read, its ratio and SLO rules on the stored baseline";
  return `${d.metric}: the baseline store record's baseline is ${fmt(d.stored, 4)}, but its window's data now gives ${d.computed === null ? 'no value' : fmt(d.computed, 4)} (data re-aggregated or expired, or trim_incidents changed since the promotion); ${judges}.`;
}

/** A drift as a percentage, with enough digits that "31.0% is above 31.0%" cannot happen. */
function driftPair(drift: number, max: number): [string, string] {
  for (const digits of [1, 2, 3, 4]) {
    const a = (drift * 100).toFixed(digits);
    const b = (max * 100).toFixed(digits);
    if (a !== b || digits === 4) return [`${a}%`, `${b}%`];
  }
  return [`${drift * 100}%`, `${max * 100}%`];
}

/** Why a waiver does not cover a regression: "expired at ...", "for service a, not b", ... */
export function rejectionDetail(f: RejectionFinding): string {
  switch (f.code) {
    case 'expires-not-a-time':
      return `expires ${JSON.stringify(f.expires)} is not an RFC 3339 time`;
    case 'expired':
      return `expired at ${f.expires}`;
    case 'other-service':
      return `for service ${f.waiver}, not ${f.candidate}`;
    case 'other-environment':
      return `for environment ${f.waiver}, not ${f.candidate}`;
    case 'other-versions':
      return `for versions ${f.waiver.join(', ')}, not ${f.candidate}`;
    case 'metric-not-listed':
      return `covers ${f.waiver.join(', ')}, not ${f.candidate}`;
    case 'drift-above-max': {
      const [shown, max] =
        f.drift === null || !Number.isFinite(f.drift)
          ? ['unknown', `${(f.maxDrift * 100).toFixed(1)}%`]
          : driftPair(f.drift, f.maxDrift);
      return `drift ${shown} is above max_drift ${max}`;
    }
    case 'approval-not-checked':
      return 'the approval was not checked';
    case 'unproven':
      return f.detail;
    case 'invalid-record': {
      const problems = (f.problems ?? ['the record could not be read']).join('; ');
      return f.unproven !== undefined ? `${f.unproven}; ${problems}` : problems;
    }
  }
}

export function waiverNote(f: WaiverNoteFinding): string {
  return f.code === 'waived'
    ? `waived by ${f.waiver} (approved by ${f.approvedBy.join(', ')}, expires ${f.expires})`
    : `waiver ${f.waiver} not applied: ${rejectionDetail(f.finding)}`;
}

/** A metric after the waivers (core/waiver/apply.ts applyWaiverOutcomes), with what they did added to its notes. */
export function withWaiverNotes(m: WaivedMetric): MetricComparison {
  const { waiverFindings, ...rest } = m;
  if (!waiverFindings.length) return rest;
  const said = waiverFindings.map((finding): NoteFinding => ({ of: 'waiver', finding }));
  return {
    ...rest,
    notes: [...rest.notes, ...waiverFindings.map(waiverNote)],
    ...(rest.findings ? { findings: [...rest.findings, ...said] } : {}),
  };
}

/** A regression's drift in a waiver decision: "+12.0%", or "drift unknown". */
export function formatDrift(drift: number | null): string {
  if (drift === null || !Number.isFinite(drift)) return 'drift unknown';
  return `${drift >= 0 ? '+' : ''}${(drift * 100).toFixed(1)}%`;
}

/** One line per metric that is not covered: "error_rate (+12.0%): CAB-7: expired (expired at ...); ...". */
function reasonLines(metrics: MetricDecision[]): string {
  return metrics
    .filter((m) => m.waiver === null)
    .map((m) => {
      const why = m.rejections.length
        ? m.rejections.map((r) => `${r.waiver}: ${r.reason} (${rejectionDetail(r.finding)})`).join('; ')
        : 'no waiver found';
      return `${m.metric} (${formatDrift(m.drift)}): ${why}`;
    })
    .join('\n');
}

/** Why a decision does not waive the release, one line per metric not covered; '' when waived or nothing to waive. */
export function waiverReason(d: Pick<WaiverDecision, 'waived' | 'nothingToWaive' | 'metrics'>): string {
  return d.waived || d.nothingToWaive ? '' : reasonLines(d.metrics);
}
