/**
 * Scoring of gate verdicts against the scenarios' ground truth. Pure: no I/O.
 *
 * - false alarm: verdict `fail` on an unchanged release or an improvement;
 * - detection: verdict `fail` with the injected metric among `regressions`, on regressions of 20% or more
 *   (error rate x2 and up); a `fail` that names other metrics only is counted separately ("wrong metric");
 * - 5% regressions should pass: their fail rate is reported (lower is better);
 * - 12% regressions are reported (detection rate) but not scored;
 * - inconclusive rate over all scenarios, and excluding very-low traffic;
 * - `error` (exit code 2, crash, timeout, unreadable output) is reported and counts as neither.
 */
import type { BenchTruth as GroundTruth } from './truth.js';

export type GateVerdict = 'pass' | 'fail' | 'waived' | 'inconclusive' | 'error';

export interface RunResult {
  verdict: GateVerdict;
  regressions: string[];
  /** Per-metric verdicts and drifts as reported. */
  metrics: Array<{
    id: string;
    verdict: string;
    drift: number | null;
    detectable?: number | null;
    /** The p-value of the regression claim as the comparison reports it (newey-west: Holm-adjusted). */
    pValue?: number;
    /** The bounds the judge claims for the drift (drift-interval; an end beyond reach is null). */
    interval?: { low: number | null; high: number | null };
    /** The standard error of the log ratio its evidence states, and the metrics it was adjusted for. */
    se?: number;
    comparisons?: number;
  }>;
  /** The family-wise confidence the method ran at (`method.confidence`). */
  confidence?: number;
  /** The method the comparison says it used (`method.name`). */
  method?: string;
  /** HTTP queries the run sent (CLI only). */
  requests?: number;
  /** Wall time of the run in ms. */
  wallMs?: number;
  exitCode?: number;
  error?: string;
}

export interface ScenarioResult {
  truth: GroundTruth;
  /** By method name. */
  results: Record<string, RunResult>;
}

export interface Rate {
  n: number;
  k: number;
  /** k / n, or null when n = 0. */
  rate: number | null;
}

export interface MethodSummary {
  method: string;
  scenarios: number;
  errors: number;
  falseAlarms: Rate;
  falseAlarmsUnchanged: Rate;
  falseAlarmsImprovement: Rate;
  detection: Rate;
  /** Regressions of 35% or more (error rate x3 and up), detected naming the metric. */
  detection35: Rate;
  /** Regressions of 20% (error rate x2), detected naming the metric. */
  detection20: Rate;
  detectionExclVeryLow: Rate;
  /** Scored regressions that failed, but without naming the injected metric. */
  wrongMetric: Rate;
  shouldPassFail: Rate;
  detection12: Rate;
  inconclusive: Rate;
  inconclusiveExclVeryLow: Rate;
  /** Detection rate per metric and size label. */
  detectionByMetricSize: Record<string, Record<string, Rate>>;
  /** Per stratum value: false alarms, detection, inconclusive. */
  byStratum: Record<
    'traffic' | 'noise' | 'layout',
    Record<string, { falseAlarms: Rate; detection: Rate; inconclusive: Rate }>
  >;
  /** On unchanged releases: how often each metric was called a regression. */
  falseRegressionsByMetric: Record<string, Rate>;
  /** Over all scenarios: how often each metric was inconclusive (what drives the overall inconclusive rate). */
  inconclusiveByMetric: Record<string, Rate>;
  /**
   * drift-interval only: median minimum detectable drift (80% power) on unchanged releases, by metric and
   * traffic level: how large a regression the gate could see in these windows.
   */
  detectableByMetricTraffic: Record<string, Record<string, number | null>>;
  medianWallMs: number | null;
  medianRequests: number | null;
}

export function rate(k: number, n: number): Rate {
  return { n, k, rate: n ? k / n : null };
}

/** Whether a regression's size counts for detection (>= 20%, error rate x2 and up). */
export function isScoredRegression(t: GroundTruth): boolean {
  if (t.category !== 'regression' || t.size === undefined) return false;
  return t.metric === 'error_rate' ? t.size >= 2 : t.size >= 0.2 - 1e-9;
}

/** Scored regressions of 35% or more (error rate x3 and up). */
export function isLargeRegression(t: GroundTruth): boolean {
  if (!isScoredRegression(t)) return false;
  return t.metric === 'error_rate' ? t.size! >= 3 : t.size! >= 0.35 - 1e-9;
}

export function isShouldPass(t: GroundTruth): boolean {
  return t.category === 'regression' && t.metric !== 'error_rate' && Math.abs((t.size ?? 0) - 0.05) < 1e-9;
}

export function isUnscored12(t: GroundTruth): boolean {
  return t.category === 'regression' && t.metric !== 'error_rate' && Math.abs((t.size ?? 0) - 0.12) < 1e-9;
}

export function detected(t: GroundTruth, r: RunResult): boolean {
  return r.verdict === 'fail' && !!t.metric && r.regressions.includes(t.metric);
}

export function median(xs: number[]): number | null {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function count<T>(xs: T[], pred: (x: T) => boolean): number {
  let n = 0;
  for (const x of xs) if (pred(x)) n++;
  return n;
}

export function summarize(method: string, scenarios: ScenarioResult[]): MethodSummary {
  const rows = scenarios.filter((s) => s.results[method]).map((s) => ({ t: s.truth, r: s.results[method]! }));
  const ok = rows.filter((x) => x.r.verdict !== 'error');
  const benign = ok.filter((x) => x.t.category !== 'regression');
  const unchanged = ok.filter((x) => x.t.category === 'unchanged');
  const improvement = ok.filter((x) => x.t.category === 'improvement');
  const scored = ok.filter((x) => isScoredRegression(x.t));
  const fails = (xs: typeof ok) => count(xs, (x) => x.r.verdict === 'fail');
  const inc = (xs: typeof ok) =>
    rate(
      count(xs, (x) => x.r.verdict === 'inconclusive'),
      xs.length,
    );

  const detectionByMetricSize: MethodSummary['detectionByMetricSize'] = {};
  for (const x of ok) {
    if (x.t.category !== 'regression') continue;
    detectionByMetricSize[x.t.metric!] ??= {};
    const bySize = detectionByMetricSize[x.t.metric!]!;
    const cur = bySize[x.t.sizeLabel!] ?? rate(0, 0);
    bySize[x.t.sizeLabel!] = rate(cur.k + (detected(x.t, x.r) ? 1 : 0), cur.n + 1);
  }

  const byStratum = { traffic: {}, noise: {}, layout: {} } as MethodSummary['byStratum'];
  for (const key of ['traffic', 'noise', 'layout'] as const) {
    const values = [...new Set(ok.map((x) => x.t[key]))].sort();
    for (const v of values) {
      const sub = ok.filter((x) => x.t[key] === v);
      const b = sub.filter((x) => x.t.category !== 'regression');
      const d = sub.filter((x) => isScoredRegression(x.t));
      byStratum[key][v] = {
        falseAlarms: rate(fails(b), b.length),
        detection: rate(
          count(d, (x) => detected(x.t, x.r)),
          d.length,
        ),
        inconclusive: inc(sub),
      };
    }
  }

  const falseRegressionsByMetric: Record<string, Rate> = {};
  for (const x of unchanged) {
    for (const m of x.r.metrics) {
      const cur = falseRegressionsByMetric[m.id] ?? rate(0, 0);
      falseRegressionsByMetric[m.id] = rate(cur.k + (m.verdict === 'regression' ? 1 : 0), cur.n + 1);
    }
  }

  const inconclusiveByMetric: Record<string, Rate> = {};
  for (const x of ok) {
    for (const m of x.r.metrics) {
      const cur = inconclusiveByMetric[m.id] ?? rate(0, 0);
      inconclusiveByMetric[m.id] = rate(cur.k + (m.verdict === 'inconclusive' ? 1 : 0), cur.n + 1);
    }
  }

  const detectable: Record<string, Record<string, number[]>> = {};
  for (const x of unchanged) {
    for (const m of x.r.metrics) {
      if (typeof m.detectable !== 'number') continue;
      const byTraffic = detectable[m.id] ?? {};
      detectable[m.id] = byTraffic;
      byTraffic[x.t.traffic] = [...(byTraffic[x.t.traffic] ?? []), m.detectable];
    }
  }
  const detectableByMetricTraffic = Object.fromEntries(
    Object.entries(detectable).map(([id, byTraffic]) => [
      id,
      Object.fromEntries(Object.entries(byTraffic).map(([tr, xs]) => [tr, median(xs)])),
    ]),
  );

  const shouldPass = ok.filter((x) => isShouldPass(x.t));
  const twelve = ok.filter((x) => isUnscored12(x.t));
  const notVeryLow = ok.filter((x) => x.t.traffic !== 'very-low');
  const scoredNotVeryLow = scored.filter((x) => x.t.traffic !== 'very-low');
  return {
    method,
    scenarios: rows.length,
    errors: rows.length - ok.length,
    falseAlarms: rate(fails(benign), benign.length),
    falseAlarmsUnchanged: rate(fails(unchanged), unchanged.length),
    falseAlarmsImprovement: rate(fails(improvement), improvement.length),
    detection: rate(
      count(scored, (x) => detected(x.t, x.r)),
      scored.length,
    ),
    detection35: rate(
      count(scored, (x) => isLargeRegression(x.t) && detected(x.t, x.r)),
      count(scored, (x) => isLargeRegression(x.t)),
    ),
    detection20: rate(
      count(scored, (x) => !isLargeRegression(x.t) && detected(x.t, x.r)),
      count(scored, (x) => !isLargeRegression(x.t)),
    ),
    detectionExclVeryLow: rate(
      count(scoredNotVeryLow, (x) => detected(x.t, x.r)),
      scoredNotVeryLow.length,
    ),
    wrongMetric: rate(
      count(scored, (x) => x.r.verdict === 'fail' && !detected(x.t, x.r)),
      scored.length,
    ),
    shouldPassFail: rate(fails(shouldPass), shouldPass.length),
    detection12: rate(
      count(twelve, (x) => detected(x.t, x.r)),
      twelve.length,
    ),
    inconclusive: inc(ok),
    inconclusiveExclVeryLow: inc(notVeryLow),
    detectionByMetricSize,
    byStratum,
    falseRegressionsByMetric,
    inconclusiveByMetric,
    detectableByMetricTraffic,
    medianWallMs: median(rows.map((x) => x.r.wallMs).filter((v): v is number => typeof v === 'number')),
    medianRequests: median(rows.map((x) => x.r.requests).filter((v): v is number => typeof v === 'number')),
  };
}

const numberOrNull = (x: unknown): number | null => (typeof x === 'number' ? x : null);

/** Reads a perf-comparison.json document (the fields scoring needs) into a RunResult. */
export function fromComparison(c: any, extra: Partial<RunResult> = {}): RunResult {
  const verdict: GateVerdict = ['pass', 'fail', 'waived', 'inconclusive'].includes(c?.verdict) ? c.verdict : 'error';
  const metrics = Array.isArray(c?.metrics)
    ? c.metrics.map((m: any) => ({
        id: String(m?.id),
        verdict: String(m?.verdict),
        drift: typeof m?.drift === 'number' ? m.drift : null,
        ...(m?.detectable !== undefined ? { detectable: typeof m.detectable === 'number' ? m.detectable : null } : {}),
        ...(typeof m?.evidence?.pValue === 'number' ? { pValue: m.evidence.pValue } : {}),
        ...(m?.interval && typeof m.interval === 'object'
          ? { interval: { low: numberOrNull(m.interval.low), high: numberOrNull(m.interval.high) } }
          : {}),
        ...(typeof m?.evidence?.finding?.se === 'number' ? { se: m.evidence.finding.se } : {}),
        ...(typeof m?.evidence?.finding?.comparisons === 'number'
          ? { comparisons: m.evidence.finding.comparisons }
          : {}),
      }))
    : [];
  let requests: number | undefined;
  if (typeof c?.source?.requests === 'number') requests = c.source.requests;
  else {
    const per = Array.isArray(c?.metrics)
      ? c.metrics.map((m: any) => m?.source?.requests).filter((v: unknown) => typeof v === 'number')
      : [];
    if (per.length) requests = per.reduce((a: number, b: number) => a + b, 0);
  }
  return {
    verdict,
    regressions: Array.isArray(c?.regressions) ? c.regressions.map(String) : [],
    metrics,
    ...(requests !== undefined ? { requests } : {}),
    ...(typeof c?.method?.name === 'string' ? { method: c.method.name } : {}),
    ...(typeof c?.method?.confidence === 'number' ? { confidence: c.method.confidence } : {}),
    ...(verdict === 'error' ? { error: `unexpected verdict ${JSON.stringify(c?.verdict)}` } : {}),
    ...extra,
  };
}

/** The verdict the CLI's exit code implies (0 pass/waived, 1 fail, 3 inconclusive, else error). */
export function verdictOfExitCode(code: number | null): 'pass|waived' | 'fail' | 'inconclusive' | 'error' {
  if (code === 0) return 'pass|waived';
  if (code === 1) return 'fail';
  if (code === 3) return 'inconclusive';
  return 'error';
}
