/**
 * Coverage on a known process: how often each judge's regression bound is crossed by chance when nothing
 * changed, on gauges whose autocorrelation is known exactly (no Prometheus, seconds):
 *   node bench/accuracy/lib/coverage.js [--reps 4000] [--seed 1]
 *
 * Two windows of one AR(1) process on the log scale (relative sd 5% per step), judged as a one-sided claim at
 * the family-wise level of nine metrics (alpha / m = 0.05 / 9 per side): `drift-interval`'s bounds (the ends of its
 * interval: t quantiles on its own degrees of freedom, no between-window term, no trimming) and the reference `newey-west`
 * (normal quantile over its standard error of 5-minute means). The column is the share of unchanged pairs whose
 * log ratio lies beyond the bound, over the nominal share: 1.00 is exact, above 1 under-covers (false alarms
 * the level does not pay for), below 1 over-covers (detections given away).
 *
 * Processes: `average` — a gauge averaged per 1-minute sub-window, AR(1) per sub-window (an average read over
 * ranges that partition its samples, core/promql.ts); `max` — the max of the three 30 s samples in
 * (t − 90 s, t], the range a max gauge is read over, so adjacent sub-windows share one sample (the sample-level
 * coefficient is the square root of the per-minute one). Layouts: 2 h before 1 h with 5 minutes between, and
 * 80 minutes side by side (independent windows).
 *
 * Second table, power at equal size: the same processes at φ 0.8 and 0.9 per minute, judged as users run the
 * judges (drift-interval with its 3% between-window prior and trimming), with the candidate raised by 20% and
 * 35%. Each judge's regression statistic (drift-interval: its p-value of drift <= tolerance/2 where the drift is
 * beyond the tolerance; newey-west: its z of drift > tolerance) is thresholded twice: at its own rule, and at its
 * own 1 − α/m quantile over unchanged pairs (size-adjusted: both then call an unchanged pair a regression equally
 * rarely). Equal size-adjusted power with unequal power at the rules means the statistics are as good and the
 * rules sit at different points; lower size-adjusted power means a noisier statistic.
 *
 * Third table: a Bartlett-kernel test with critical values from an AR(1) bootstrap (below). Fourth table: how well
 * the default knows its own variance on the first table's unchanged pairs (below).
 */
import { parseArgs } from 'node:util';
import { DEFAULT_SYSTEMATIC, judgeDriftInterval, judgeReference } from '@driftgate/shared/judge';
import type { MetricDef, WindowData } from '@driftgate/shared/model';
import { fitTrend, normalQuantile, pooledRho, shrinkTrend, tQuantile } from '@driftgate/shared/stats';
import { Rng } from '@driftgate/synth/random';

const { values } = parseArgs({ options: { reps: { type: 'string' }, seed: { type: 'string' } } });
const reps = Number(values.reps ?? 4000);
const rng = new Rng(Number(values.seed ?? 1));
const ALPHA = 0.05;
const METRICS = 9;
const perSide = ALPHA / METRICS;
const SD = 0.05;
const TOLERANCE = 0.1;

type Process = 'average' | 'max';

function path(n: number, phi: number): number[] {
  let x = rng.normal(0, SD / Math.sqrt(1 - phi * phi));
  return Array.from({ length: n }, () => {
    x = phi * x + rng.normal(0, SD);
    return x;
  });
}

/** n sub-window values of the process, with per-minute autocorrelation phi. */
function subWindows(process: Process, n: number, phi: number): number[] {
  if (process === 'average') return path(n, phi).map((x) => 40 * Math.exp(x));
  const s = path(2 * n + 1, Math.sqrt(phi)).map((x) => 40 * Math.exp(x));
  return Array.from({ length: n }, (_, i) =>
    Math.max(s[2 * i] as number, s[2 * i + 1] as number, s[2 * i + 2] as number),
  );
}

function window(values: number[], start: number): WindowData {
  return {
    metricId: 'g',
    target: { service: 's', environment: 'prod', version: 'v' },
    window: { start, end: start + values.length * 60 },
    step: 60,
    components: ['value', 'n'],
    expectedPoints: values.length,
    queries: [],
    warnings: [],
    found: true,
    notes: [],
    points: values.map((v, i) => ({ t: start + (i + 1) * 60, c: [v, 1] })),
  };
}

const metricOf = (process: Process): MetricDef => ({
  id: 'g',
  title: 'g',
  unit: 's',
  kind: 'gauge',
  metric: 'g',
  aggregate: process === 'max' ? 'max' : 'avg',
  worse: 'higher',
});

/** The reference's standardized log ratio (core/judge/reference.ts, before Holm), or null where it has none. */
function neweyWestZ(metric: MetricDef, b: WindowData, c: WindowData, boundary = 0): number | null {
  const res = judgeReference('newey-west', metric, b, c, TOLERANCE);
  const se = res.evidence?.code === 'newey-west' ? res.evidence.se : 0;
  const mb = res.baseline.value;
  const mc = res.candidate.value;
  return se > 0 && mb && mc ? (Math.log(mc / mb) - boundary) / se : null;
}

type Layout = { name: string; baseline: number; candidate: number; gap: number | null };

/** Sub-window values of the layout's baseline and candidate windows, the candidate scaled by 1 + size. */
function draw(process: Process, layout: Layout, phi: number, size = 0): [number[], number[]] {
  let bv: number[];
  let cv: number[];
  if (layout.gap === null) {
    bv = subWindows(process, layout.baseline, phi);
    cv = subWindows(process, layout.candidate, phi);
  } else {
    const all = subWindows(process, layout.baseline + layout.gap + layout.candidate, phi);
    bv = all.slice(0, layout.baseline);
    cv = all.slice(layout.baseline + layout.gap);
  }
  return [bv, size ? cv.map((v) => v * (1 + size)) : cv];
}

/** The two windows as the judges read them, placed in time as the layout places them. */
function windowsOf(layout: Layout, [bv, cv]: [number[], number[]]): [WindowData, WindowData] {
  return [window(bv, 0), window(cv, layout.gap === null ? 0 : (layout.baseline + layout.gap) * 60)];
}

/** One baseline and candidate window of the process in the layout, the candidate scaled by 1 + size. */
function pair(process: Process, layout: Layout, phi: number, size = 0): [WindowData, WindowData] {
  return windowsOf(layout, draw(process, layout, phi, size));
}

const layouts: Layout[] = [
  { name: '2 h before 1 h', baseline: 120, candidate: 60, gap: 5 },
  { name: 'side by side 80 min', baseline: 80, candidate: 80, gap: null },
];

/** The lag-1 autocorrelation the default pools over the two windows (statistic.ts: pooledVariances). */
function judgedRho(bv: number[], cv: number[]): number {
  const series = [bv, cv].map((x) => ({ x, t: x.map((_, i) => i) }));
  const first = pooledRho(series.map(({ x, t }) => fitTrend(x, t).residuals));
  return pooledRho(series.map(({ x, t }) => shrinkTrend(x, t, first).residuals));
}

/** Every process × layout × φ, in table order. */
function* grid(phis: number[]) {
  for (const process of ['average', 'max'] as const)
    for (const layout of layouts) for (const phi of phis) yield { process, layout, phi, metric: metricOf(process) };
}

const rows: string[] = [
  '| process | layout | φ per minute | drift-interval: median df | drift-interval: crossed / nominal | newey-west: crossed / nominal |',
  '| --- | --- | ---: | ---: | ---: | ---: |',
];
/** What the first table's unchanged draws of one row gave the default, for the fourth table. */
interface Readings {
  process: Process;
  layout: Layout;
  phi: number;
  logRatios: number[];
  /** ln se² of each draw (no between-window term). */
  logVariances: number[];
  dfs: number[];
  /** The default's pooled ρ̂ of each draw (averages only). */
  rhos: number[];
}
const readings: Readings[] = [];
for (const { process, layout, phi, metric } of grid([0.5, 0.8, 0.9, 0.95])) {
  let crossed = 0;
  let crossedReference = 0;
  const row: Readings = { process, layout, phi, logRatios: [], logVariances: [], dfs: [], rhos: [] };
  const dfs = row.dfs;
  for (let r = 0; r < reps; r++) {
    const [bv, cv] = draw(process, layout, phi);
    const [b, c] = windowsOf(layout, [bv, cv]);
    const res = judgeDriftInterval(metric, b, c, {
      tolerance: TOLERANCE,
      familyAlpha: ALPHA,
      comparisons: METRICS,
      systematic: 0,
      trim: false,
    });
    if (res.evidence) dfs.push(res.evidence.df);
    if (res.drift !== null && res.evidence && res.evidence.se > 0) {
      row.logRatios.push(Math.log1p(res.drift));
      row.logVariances.push(2 * Math.log(res.evidence.se));
    }
    if (process === 'average') row.rhos.push(judgedRho(bv, cv));
    // Each end of the interval is one side's bound at 1 - alpha/m; the true drift is 0. Both sides count (the
    // process is symmetric on the log scale): twice the draws per side.
    if (res.interval && (res.interval.low > 0 || res.interval.high < 0)) crossed++;
    const zr = neweyWestZ(metric, b, c);
    if (zr !== null && Math.abs(zr) > normalQuantile(1 - perSide)) crossedReference++;
  }
  dfs.sort((x, y) => x - y);
  readings.push(row);
  const nominal = 2 * reps * perSide;
  rows.push(
    `| ${process} | ${layout.name} | ${phi} | ${(dfs[dfs.length >> 1] ?? Number.NaN).toFixed(1)} | ${(crossed / nominal).toFixed(2)} | ${(crossedReference / nominal).toFixed(2)} |`,
  );
}
process.stdout.write(
  `${rows.join('\n')}\n\n${reps} unchanged pairs per row; nominal share ${(2 * perSide * 100).toFixed(2)}% (both sides).\n\n`,
);

/** Each judge's regression statistic as users run it (larger is stronger evidence), and its rule's verdict. */
function statistics(metric: MetricDef, b: WindowData, c: WindowData) {
  const d = judgeDriftInterval(metric, b, c, {
    tolerance: TOLERANCE,
    familyAlpha: ALPHA,
    comparisons: METRICS,
    systematic: DEFAULT_SYSTEMATIC,
    trim: true,
  });
  const beyond = d.drift !== null && d.drift > TOLERANCE && d.evidence !== null;
  const zr = neweyWestZ(metric, b, c, Math.log1p(TOLERANCE));
  return {
    // -log p keeps the order of the p-value where it is tiny; a drift within the tolerance is never a regression.
    default: beyond ? -Math.log(Math.max(d.evidence!.pValue, Number.MIN_VALUE)) : Number.NEGATIVE_INFINITY,
    defaultRule: d.verdict === 'regression',
    reference: zr ?? Number.NEGATIVE_INFINITY,
    referenceRule: zr !== null && zr > normalQuantile(1 - perSide),
  };
}

const upperQuantile = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor((1 - perSide) * xs.length)] as number;
const share = (k: number, n: number) => `${Math.round((100 * k) / n)}%`;
const powerRows: string[] = [
  '| process | layout | φ per minute | drift | drift-interval: rule | at equal size | newey-west: rule | at equal size |',
  '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
];
for (const { process, layout, phi, metric } of grid([0.8, 0.9])) {
  const unchanged = Array.from({ length: reps }, () => statistics(metric, ...pair(process, layout, phi)));
  const cutDefault = upperQuantile(unchanged.map((u) => u.default));
  const cutReference = upperQuantile(unchanged.map((u) => u.reference));
  for (const size of [0.2, 0.35]) {
    const n = Math.ceil(reps / 4);
    const raised = Array.from({ length: n }, () => statistics(metric, ...pair(process, layout, phi, size)));
    const count = (f: (x: (typeof raised)[number]) => boolean) => raised.filter(f).length;
    powerRows.push(
      `| ${process} | ${layout.name} | ${phi} | +${size * 100}% | ${share(
        count((x) => x.defaultRule),
        n,
      )} | ${share(
        count((x) => x.default > cutDefault),
        n,
      )} | ${share(
        count((x) => x.referenceRule),
        n,
      )} | ${share(
        count((x) => x.reference > cutReference),
        n,
      )} |`,
    );
  }
}
process.stdout.write(
  `${powerRows.join('\n')}\n\nPower: ${reps} unchanged pairs per row set the equal-size thresholds (each judge's 1 − α/m quantile), ${Math.ceil(reps / 4)} raised pairs per row.\n`,
);

/*
 * Third table, an honest steadier alternative (not a method of the product): the reference's kind of statistic — a
 * Bartlett kernel estimate of each window's long-run variance, here at a bandwidth of KERNEL_B of the window — with a
 * critical value that stays honest for its bias: the 1 − 2α/m quantile of |L| / se under an AR(1) of coefficient ρ
 * with these window lengths (a parametric bootstrap, tabulated over ρ), read at the pooled ρ̂ the default estimates.
 * It asks whether the power the equal-size table shows for a steadier statistic survives critical values a judge can
 * compute. Its rule is the default's (drift beyond the tolerance, bound above half of it, the 3% prior).
 */
const KERNEL_B = 0.2;
const RHO_GRID = [...Array.from({ length: 20 }, (_, i) => i * 0.05), 0.97, 0.99];

/** Mean and Bartlett long-run variance of x, bandwidth ⌈KERNEL_B · n⌉. */
function bartlett(x: number[]): { mean: number; lrv: number } {
  const n = x.length;
  const mean = x.reduce((a, v) => a + v, 0) / n;
  const lags = Math.max(1, Math.ceil(KERNEL_B * n));
  const gamma = (k: number) => {
    let s = 0;
    for (let t = k; t < n; t++) s += ((x[t] as number) - mean) * ((x[t - k] as number) - mean);
    return s / n;
  };
  let lrv = gamma(0);
  for (let k = 1; k <= lags && k < n; k++) lrv += 2 * (1 - k / (lags + 1)) * gamma(k);
  return { mean, lrv: Math.max(lrv, Number.MIN_VALUE) };
}

/** The log ratio of the windows' means and its kernel standard error. */
function kernelStatistic(bv: number[], cv: number[]): { logRatio: number; se: number } {
  const b = bartlett(bv);
  const c = bartlett(cv);
  return {
    logRatio: Math.log(c.mean / b.mean),
    se: Math.sqrt(b.lrv / (bv.length * b.mean ** 2) + c.lrv / (cv.length * c.mean ** 2)),
  };
}

/** The critical value of |L| / se at each ρ of RHO_GRID, for this layout (Gaussian AR(1) around a level of 40). */
function criticalValues(layout: Layout): number[] {
  const draws = 3000;
  return RHO_GRID.map((rho) => {
    const ar = (n: number) => {
      let x = rng.normal(0, 1 / Math.sqrt(1 - rho * rho));
      return Array.from({ length: n }, () => {
        x = rho * x + rng.normal(0, 1);
        return 40 + x;
      });
    };
    const ts = Array.from({ length: draws }, () => {
      let bv: number[];
      let cv: number[];
      if (layout.gap === null) [bv, cv] = [ar(layout.baseline), ar(layout.candidate)];
      else {
        const all = ar(layout.baseline + layout.gap + layout.candidate);
        [bv, cv] = [all.slice(0, layout.baseline), all.slice(layout.baseline + layout.gap)];
      }
      const s = kernelStatistic(bv, cv);
      return Math.abs(s.logRatio) / s.se;
    }).sort((x, y) => x - y);
    return ts[Math.floor((1 - 2 * perSide) * draws)] as number;
  });
}

/** The critical value at ρ̂, interpolated linearly in the table. */
function criticalAt(table: number[], rho: number): number {
  const r = Math.min(RHO_GRID[RHO_GRID.length - 1] as number, Math.max(0, rho));
  let i = 0;
  while (i < RHO_GRID.length - 2 && (RHO_GRID[i + 1] as number) < r) i++;
  const w = (r - (RHO_GRID[i] as number)) / ((RHO_GRID[i + 1] as number) - (RHO_GRID[i] as number));
  return (table[i] as number) * (1 - w) + (table[i + 1] as number) * w;
}

const kernelRows: string[] = [
  '| process | layout | φ per minute | kernel: crossed / nominal | kernel rule +20% | +35% | drift-interval rule +20% | +35% |',
  '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
];
const tables = new Map(layouts.map((l) => [l.name, criticalValues(l)]));
for (const { process, layout, phi, metric } of grid([0.5, 0.8, 0.9])) {
  const table = tables.get(layout.name) as number[];
  let crossed = 0;
  for (let r = 0; r < reps; r++) {
    const [bv, cv] = draw(process, layout, phi);
    const s = kernelStatistic(bv, cv);
    if (Math.abs(s.logRatio) / s.se > criticalAt(table, judgedRho(bv, cv))) crossed++;
  }
  const cells: string[] = [];
  const defaults: string[] = [];
  for (const size of [0.2, 0.35]) {
    const n = Math.ceil(reps / 4);
    let kernel = 0;
    let current = 0;
    for (let r = 0; r < n; r++) {
      const [bv, cv] = draw(process, layout, phi, size);
      const s = kernelStatistic(bv, cv);
      const se = Math.sqrt(s.se ** 2 + DEFAULT_SYSTEMATIC ** 2);
      const q = criticalAt(table, judgedRho(bv, cv));
      if (s.logRatio > Math.log1p(TOLERANCE) && s.logRatio - q * se > Math.log1p(TOLERANCE / 2)) kernel++;
      if (statistics(metric, ...windowsOf(layout, [bv, cv])).defaultRule) current++;
    }
    cells.push(share(kernel, n));
    defaults.push(share(current, n));
  }
  kernelRows.push(
    `| ${process} | ${layout.name} | ${phi} | ${(crossed / (2 * reps * perSide)).toFixed(2)} | ${cells.join(' | ')} | ${defaults.join(' | ')} |`,
  );
}
process.stdout.write(
  `\n${kernelRows.join('\n')}\n\nKernel (bandwidth ${KERNEL_B} of the window) with critical values from an AR(1) bootstrap at the pooled ρ̂: ${reps} unchanged and ${Math.ceil(reps / 4)} raised pairs per row.\n`,
);

/** ψ′(x), the variance of ln of a gamma variable of shape x: recurrence up to 10, then the asymptotic series. */
function trigamma(x: number): number {
  let sum = 0;
  let y = x;
  for (; y < 10; y++) sum += 1 / (y * y);
  const y2 = 1 / (y * y);
  return sum + 1 / y + y2 / 2 + (y2 / y) * (1 / 6 - y2 * (1 / 30 - y2 / 42));
}

/** The degrees of freedom of a chi-square whose ln has this variance: ψ′(ν/2) = v (ψ′ falls monotonically). */
function chiSquareDf(v: number): number {
  let lo = 1e-3;
  let hi = 1e4;
  for (let i = 0; i < 100; i++) {
    const mid = Math.sqrt(lo * hi);
    if (trigamma(mid / 2) > v) lo = mid;
    else hi = mid;
  }
  return lo;
}

/*
 * Fourth table, how well the default knows its own variance: on the unchanged draws of the first table, the judge's
 * variance of the log ratio (se², no between-window term, no trimming) against the log ratio's actual variance over
 * the draws (the truth), and how much the estimate moves from draw to draw — the variance of ln se² — against what
 * its degrees of freedom claim (a variance known to 2/ν on the log scale is worth ν degrees of freedom). The t
 * quantile pays for the second only as far as the claim is right; the first is a bias no quantile pays for. Two
 * checks: the crossings of the same draws' bounds at the degrees of freedom the measured spread is worth, and the
 * spread of ρ̂ against its large-sample value (averages only: a maximum's sub-windows are not the AR(1) itself).
 */
const mean = (xs: number[]) => xs.reduce((a, v) => a + v, 0) / xs.length;
const variance = (xs: number[]) => {
  const m = mean(xs);
  return xs.reduce((a, v) => a + (v - m) ** 2, 0) / Math.max(1, xs.length - 1);
};
const varianceRows: string[] = [
  '| process | layout | φ per minute | mean se² / actual variance | Var(ln se²) measured | claimed (2 / median df) | ν of the measured spread | crossed / nominal at that ν | sd(ρ̂) / large-sample |',
  '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
];
for (const { process, layout, phi, logRatios, logVariances, dfs, rhos } of readings) {
  const meanSe2 = mean(logVariances.map(Math.exp));
  // The large-sample sd of a lag-1 estimate over all N sub-windows, √((1 − φ²)/N) (statistic.ts: lrvUncertainty).
  const largeSample = Math.sqrt((1 - phi * phi) / (layout.baseline + layout.candidate));
  const rhoRatio = process === 'average' ? (Math.sqrt(variance(rhos)) / largeSample).toFixed(2) : '—';
  // The explanation checked: the same draws' bounds at the degrees of freedom their measured spread is worth.
  const nu = chiSquareDf(variance(logVariances));
  const q = tQuantile(1 - perSide, nu);
  const crossed = logRatios.filter((l, i) => Math.abs(l) > q * Math.exp((logVariances[i] as number) / 2)).length;
  varianceRows.push(
    `| ${process} | ${layout.name} | ${phi} | ${(meanSe2 / variance(logRatios)).toFixed(2)} | ${variance(logVariances).toFixed(2)} | ${(2 / (dfs[dfs.length >> 1] as number)).toFixed(2)} | ${nu.toFixed(1)} | ${(crossed / (2 * logRatios.length * perSide)).toFixed(2)} | ${rhoRatio} |`,
  );
}
process.stdout.write(`\n${varianceRows.join('\n')}\n\n${reps} unchanged pairs per row.\n`);
