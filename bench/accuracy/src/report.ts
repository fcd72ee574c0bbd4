/**
 * Markdown rendering of the benchmark summary: the side-by-side headline table, then breakdowns.
 */
import type { ModelBound } from './bound.js';
import type { Ceiling } from './ceiling.js';
import type { MatchedReference } from './matched.js';
import { type NullCalibrationRow, nullCalibrationTable } from './null-calibration.js';
import type { MethodSummary, Rate } from './score.js';
import { TARGETS } from './worlds/world.js';

export interface ReportMeta {
  /** synth, ar1 or nab (older results lack it: synth). */
  world?: string;
  description?: string;
  seed: number;
  set: string;
  scenarios: number;
  counts: Record<string, number>;
  end: number;
  scrapeInterval: number;
  /** Length of the baseline and candidate windows (default 60; older results lack it). */
  windowMinutes?: number;
  timings: Record<string, number>;
  data: { files: number; bytes: number };
  exitCodeMismatches: number;
  notes: string[];
}

export function pct(r: Rate | undefined, digits = 1): string {
  if (!r || r.rate === null) return '—';
  return `${(r.rate * 100).toFixed(digits)}% (${r.k}/${r.n})`;
}

function pctShort(r: Rate | undefined): string {
  if (!r || r.rate === null) return '—';
  return `${Math.round(r.rate * 100)}%`;
}

function table(header: string[], rows: string[][]): string {
  const lines = [`| ${header.join(' | ')} |`, `|${header.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`];
  for (const r of rows) lines.push(`| ${r.join(' | ')} |`);
  return lines.join('\n');
}

/** The headline comparison of methods. */
export function headlineTable(summaries: MethodSummary[]): string {
  const row = (label: string, f: (s: MethodSummary) => string) => [label, ...summaries.map(f)];
  return table(
    ['', ...summaries.map((s) => `\`${s.method}\``)],
    [
      row('False alarms (unchanged + improvements) ↓', (s) => pct(s.falseAlarms)),
      row('  on unchanged releases ↓', (s) => pct(s.falseAlarmsUnchanged)),
      row('  on improvements ↓', (s) => pct(s.falseAlarmsImprovement)),
      row('Detection, regressions ≥ 20% / error ×2+ ↑', (s) => pct(s.detection)),
      row('  regressions ≥ 35% / error ×3+ ↑', (s) => pct(s.detection35)),
      row('  regressions of 20% / error ×2 ↑', (s) => pct(s.detection20)),
      row('  excluding very-low traffic ↑', (s) => pct(s.detectionExclVeryLow)),
      row('  failed, but not on the injected metric', (s) => pct(s.wrongMetric)),
      row('5% regressions failed (should pass) ↓', (s) => pct(s.shouldPassFail)),
      row('12% regressions detected (not scored)', (s) => pct(s.detection12)),
      row('Inconclusive, all scenarios', (s) => pct(s.inconclusive)),
      row('  excluding very-low traffic ↓', (s) => pct(s.inconclusiveExclVeryLow)),
      row('Errors (exit 2, crash, timeout)', (s) => String(s.errors)),
      row('Median wall time of one gate run', (s) =>
        s.medianWallMs === null ? '—' : `${(s.medianWallMs / 1000).toFixed(2)} s`,
      ),
      row('Median HTTP queries per run', (s) => (s.medianRequests === null ? '—' : String(s.medianRequests))),
    ],
  );
}

/** The reference at the default's false alarms, as a row of the world table. */
function matchedRow(m: MatchedReference): string[] {
  return [
    `  \`${m.method}\` at the default's false alarms (level ${m.level.toPrecision(2)})`,
    '',
    pct(m.falseAlarms),
    pct(m.detection),
    pct(m.detection35),
    pct(m.detection20),
    '',
    '',
    '',
  ];
}

export interface WorldLine {
  world: string;
  seed: number;
  description: string;
  summary: MethodSummary;
  /** The reference test (newey-west) on the same recordings, printed on the line below the default's. */
  reference?: MethodSummary;
  /** The reference at the default's false-alarm count (matched.ts), on the line below the reference's. */
  matched?: MatchedReference;
}

/** Whether a measured rate or median meets its target ("✓"), misses it ("✗"), or is not measured (""). */
function mark(value: number | null | undefined, ok: (v: number) => boolean): string {
  if (value === null || value === undefined) return '';
  return ok(value) ? ' ✓' : ' ✗';
}

/**
 * One line per world (the default method as users run it), with the targets of issue 11 in the last
 * line and ✓/✗ next to every measured value.
 */
export function worldTable(lines: WorldLine[]): string {
  const T = {
    fa: TARGETS.falseAlarms,
    d35: TARGETS.detection35,
    d20: TARGETS.detection20,
    inc: TARGETS.inconclusiveExclVeryLow,
    wall: TARGETS.wallMs,
    req: TARGETS.requests,
  };
  const cell = (r: Rate, ok: (v: number) => boolean) => `${pct(r)}${mark(r.rate, ok)}`;
  return table(
    [
      'world (seed)',
      'scenarios',
      'false alarms',
      'detected, all',
      'regressions ≥ 35% / error ×3+',
      '20% / error ×2',
      'inconclusive (excl. very-low traffic)',
      'gate run (median)',
      'queries (median)',
    ],
    [
      ...lines.flatMap(({ world, seed, summary: s, reference: r, matched: m }) => [
        [
          `${world} (${seed})`,
          String(s.scenarios),
          cell(s.falseAlarms, (v) => v <= T.fa),
          // Issue 21: at least as many detections as the reference on the same recordings.
          `${pct(s.detection)}${r ? mark(s.detection.k - r.detection.k, (v) => v >= 0) : ''}`,
          cell(s.detection35, (v) => v >= T.d35),
          cell(s.detection20, (v) => v >= T.d20),
          cell(s.inconclusiveExclVeryLow, (v) => v <= T.inc),
          s.medianWallMs === null
            ? '—'
            : `${(s.medianWallMs / 1000).toFixed(2)} s${mark(s.medianWallMs, (v) => v < T.wall)}`,
          s.medianRequests === null ? '—' : `${s.medianRequests}${mark(s.medianRequests, (v) => v < T.req)}`,
        ],
        ...(r
          ? [
              [
                `  reference \`${r.method}\``,
                '',
                pct(r.falseAlarms),
                pct(r.detection),
                pct(r.detection35),
                pct(r.detection20),
                pct(r.inconclusiveExclVeryLow),
                '',
                '',
              ],
            ]
          : []),
        ...(m ? [matchedRow(m)] : []),
      ]),
      ['**target**', '', '≤ 2%', '≥ the reference', '≥ 95%', '≥ 70%', '≤ 5%', '< 2 s', '< 40'],
    ],
  );
}

function metricSizeTable(s: MethodSummary): string {
  const sizes = ['5%', '12%', '20%', '35%', '60%', 'x2', 'x3', 'x5'];
  const present = sizes.filter((z) => Object.values(s.detectionByMetricSize).some((m) => m[z]));
  const metrics = Object.keys(s.detectionByMetricSize).sort();
  return table(
    ['metric', ...present],
    metrics.map((m) => [
      m,
      ...present.map((z) =>
        s.detectionByMetricSize[m]![z]
          ? `${pctShort(s.detectionByMetricSize[m]![z])} (${s.detectionByMetricSize[m]![z]!.n})`
          : '',
      ),
    ]),
  );
}

function stratumTable(summaries: MethodSummary[], key: 'traffic' | 'noise' | 'layout'): string {
  const values = [...new Set(summaries.flatMap((s) => Object.keys(s.byStratum[key])))];
  const order = ['very-low', 'low', 'normal', 'high', 'calm', 'typical', 'noisy', 'sequential', 'side-by-side'];
  values.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  const header = [key, ...summaries.flatMap((s) => [`${s.method} FA`, `${s.method} det.`, `${s.method} inc.`])];
  return table(
    header,
    values.map((v) => [
      v,
      ...summaries.flatMap((s) => {
        const x = s.byStratum[key][v];
        return [pctShort(x?.falseAlarms), pctShort(x?.detection), pctShort(x?.inconclusive)];
      }),
    ]),
  );
}

function perMetricTable(summaries: MethodSummary[], pick: (s: MethodSummary) => Record<string, Rate>): string {
  const metrics = [...new Set(summaries.flatMap((s) => Object.keys(pick(s))))].sort();
  return table(
    ['metric', ...summaries.map((s) => s.method)],
    metrics.map((m) => [m, ...summaries.map((s) => pct(pick(s)[m], 1))]),
  );
}

/** Size labels of scored regressions (score.ts: isScoredRegression). */
const SCORED_SIZES = ['20%', '35%', '60%', 'x2', 'x3', 'x5'];

/** The method's detection of one metric's scored regressions (all scored sizes together). */
function scoredDetection(method: MethodSummary, metric: string): Rate {
  const r = Object.entries(method.detectionByMetricSize[metric] ?? {})
    .filter(([z]) => SCORED_SIZES.includes(z))
    .reduce((a, [, x]) => ({ n: a.n + x.n, k: a.k + x.k }), { n: 0, k: 0 });
  return { ...r, rate: r.n ? r.k / r.n : null };
}

/**
 * The method's detection next to the oracle ceilings (ceiling.ts): overall and per metric.
 */
export function ceilingTable(method: MethodSummary, ceilings: Ceiling[], reference?: MethodSummary): string {
  const metrics = [...new Set(ceilings.flatMap((c) => Object.keys(c.detectionByMetric)))].sort();
  const ref = (f: (s: MethodSummary) => string) => (reference ? [f(reference)] : []);
  return table(
    [
      'detection, regressions ≥ 20% / error ×2+',
      `\`${method.method}\``,
      ...ref((r) => `reference \`${r.method}\``),
      ...ceilings.map((c) => `oracle per ${c.grouping}`),
    ],
    [
      ['all', pct(method.detection), ...ref((r) => pct(r.detection)), ...ceilings.map((c) => pct(c.detection))],
      [
        '≥ 35% / error ×3+ alone',
        pct(method.detection35),
        ...ref((r) => pct(r.detection35)),
        ...ceilings.map((c) => pct(c.detectionLarge)),
      ],
      ...metrics.map((m) => [
        m,
        pct(scoredDetection(method, m)),
        ...ref((r) => pct(scoredDetection(r, m))),
        ...ceilings.map((c) => pct(c.detectionByMetric[m])),
      ]),
      [
        'false calls allowed',
        pct(method.falseAlarms),
        ...ref((r) => pct(r.falseAlarms)),
        ...ceilings.map((c) => `${c.budget.k} of ${c.budget.n}`),
      ],
    ],
  );
}

/** Median minimum detectable drift on unchanged releases, metric × traffic level (drift-interval only). */
export function detectableTable(s: MethodSummary): string | null {
  const metrics = Object.keys(s.detectableByMetricTraffic).sort();
  if (!metrics.length) return null;
  const levels = ['very-low', 'low', 'normal', 'high'].filter((l) =>
    metrics.some((m) => s.detectableByMetricTraffic[m]![l] !== undefined),
  );
  const cell = (v: number | null | undefined) =>
    v === null || v === undefined ? '—' : v >= 10 ? '> 1000%' : `${Math.round(v * 100)}%`;
  return table(
    ['metric', ...levels.map((l) => `${l} traffic`)],
    metrics.map((m) => [m, ...levels.map((l) => cell(s.detectableByMetricTraffic[m]![l]))]),
  );
}

export const DETECTABLE_TEXT =
  'Median over unchanged releases of the smallest drift each comparison would have detected with 80% probability ' +
  "(the report's `detectable`). A regression well below it is usually passed: in windows this long the gate " +
  'cannot see it.';

export const CEILING_TEXT =
  'The oracle knows the answers: it sets one threshold on the reported drift per group and picks the thresholds ' +
  "with this run's labels, spending a false-call budget of 2% of the unchanged releases and improvements where it " +
  'buys the most detections (bench/accuracy/src/ceiling.ts). No product can do that; it bounds what any per-metric ' +
  'rule on these estimates could detect. Where the oracle misses too, windows this long cannot tell the ' +
  'regression from noise.';

export const NULL_TEXT =
  'On every unchanged release, does each judge\'s own uncertainty exclude "no change"? `drift-interval`: 0 lies ' +
  "outside its interval (its regression and improvement bounds at α/m, each with its own side's uncertainty); " +
  '`newey-west`: |ln(1 + drift)| / se beyond the normal quantile at 1 − α/m, the first step of its Holm procedure ' +
  '(bench/accuracy/src/null-calibration.ts). Were the claimed uncertainty right, that happens by chance in 2α/m ' +
  'of the comparisons (about 1.1% with nine metrics): the column is the count, over the comparisons read, and ' +
  'over chance. Far above 1× is a standard error too small for the data, whose detections are bought with false ' +
  'alarms once unchanged releases move by the tolerance; far below, detections given away. Where the world has ' +
  "real between-window shifts (another hour, another day), an unchanged release moves by more than its windows' " +
  'noise, and only a judge that allows for it stays near 1×.';

/** "92.8% (100.2 of 108) on average; 103 detections (95%) with probability 6.5%". */
export function boundSentence(b: ModelBound): string {
  if (!b.n) return 'nothing: no scored regressions';
  const p = b.target.probability;
  return (
    `${(100 * (b.rate ?? 0)).toFixed(1)}% (${b.expected.toFixed(1)} of ${b.n}) of the scored regressions on average; ` +
    `${b.target.detections} detections (${Math.round(100 * b.target.rate)}%) with probability ` +
    `${p < 0.001 ? '< 0.1' : (100 * p).toFixed(1)}%`
  );
}

/** The model bound (bound.ts) next to the method's detection, for the bounded metrics and overall. */
export function boundTable(method: MethodSummary, b: ModelBound): string {
  const best = (x: { n: number; expected: number }) =>
    `${x.n ? ((100 * x.expected) / x.n).toFixed(1) : '—'}% (${x.expected.toFixed(1)} of ${x.n})`;
  const metrics = Object.keys(b.byMetric).sort();
  const bounded = metrics.reduce((a, m) => a + b.byMetric[m]!.n, 0);
  return table(
    ['scored regressions', `\`${method.method}\``, 'best possible method (expected)'],
    [
      ['all', pct(method.detection), best(b)],
      ...metrics.map((m) => [m, pct(scoredDetection(method, m)), best(b.byMetric[m]!)]),
      ['every other metric', '', `counted as 100% (${b.n - bounded} of ${b.n})`],
    ],
  );
}

export const BOUND_TEXT =
  "An upper bound for any method, computed from the generator's own noise model (bench/accuracy/src/bound.ts): a " +
  'statistician who knows the queue-age AR(1) noise, the load, the error probabilities and request rates, ignores ' +
  'every nuisance that only hurts, spends the whole 2% false-alarm budget on the one metric tested, and learns only ' +
  "the baseline's level from the baseline window. Its tests are the most powerful ones for that model; every other " +
  'metric is credited with certain detection.';

export function renderMarkdown(
  meta: ReportMeta,
  summaries: MethodSummary[],
  ceilings: Ceiling[] = [],
  bound?: ModelBound,
  nullRows: NullCalibrationRow[] = [],
): string {
  const t = meta.timings;
  const nullTable = nullCalibrationTable(nullRows);
  const sec = (ms: number | undefined) => (ms === undefined ? '—' : `${(ms / 1000).toFixed(1)} s`);
  const parts = [
    `# driftgate accuracy benchmark — ${meta.world ?? 'synth'} world, seed ${meta.seed} (${meta.set})`,
    '',
    ...(meta.description ? [`World: ${meta.description}.`, ''] : []),
    `${meta.scenarios} scenarios (${Object.entries(meta.counts)
      .map(([k, v]) => `${v} ${k}`)
      .join(
        ', ',
      )}); data ends ${new Date(meta.end * 1000).toISOString()}, scrape interval ${meta.scrapeInterval ? `${meta.scrapeInterval}s` : 'drawn per scenario'}` +
      `${meta.world && meta.world !== 'synth' ? '' : `, windows of ${meta.windowMinutes ?? 60} minutes`}. ` +
      `The first column is the gate as users run it (the CLI against Prometheus, default method); the others are the ` +
      `reference methods judged in-process on the CLI's recording of the same queries.`,
    '',
    headlineTable(summaries),
    '',
    `Timings: ${t.generateMs === undefined ? `generate + write OpenMetrics ${sec(t.writeMs)}` : `generate ${sec(t.generateMs)}, write OpenMetrics ${sec(t.writeMs)}`} (${meta.data.files} files, ` +
      `${(meta.data.bytes / 1e9).toFixed(2)} GB), promtool backfill + Prometheus start ${sec(t.backfillMs)}, ` +
      `gate runs ${sec(t.gateMs)}, total ${sec(t.totalMs)}.`,
    ...(meta.exitCodeMismatches
      ? ['', `⚠ ${meta.exitCodeMismatches} CLI runs had an exit code that does not match their verdict.`]
      : []),
    ...meta.notes.map((n) => `\n${n}`),
    '',
    ...(ceilings.length && summaries[0]
      ? [
          '## Detection ceiling',
          '',
          CEILING_TEXT,
          '',
          ceilingTable(
            summaries[0],
            ceilings,
            summaries.find((x) => x.method === 'newey-west'),
          ),
          '',
        ]
      : []),
    ...(nullTable ? ['## Null calibration', '', NULL_TEXT, '', nullTable, ''] : []),
    ...(bound && summaries[0]
      ? [
          '## Model bound',
          '',
          BOUND_TEXT,
          '',
          boundTable(summaries[0], bound),
          '',
          `The best possible method detects ${boundSentence(bound)}.`,
          '',
        ]
      : []),
    ...(summaries[0] && detectableTable(summaries[0])
      ? ['## Minimum detectable drift', '', DETECTABLE_TEXT, '', detectableTable(summaries[0]) as string, '']
      : []),
    '## Detection by metric and size',
    '',
    ...summaries.flatMap((s) => [`### \`${s.method}\``, '', metricSizeTable(s), '']),
    '## By traffic, noise and layout',
    '',
    'FA = false alarms (unchanged + improvements), det. = detection of scored regressions, inc. = inconclusive (all scenarios).',
    '',
    stratumTable(summaries, 'traffic'),
    '',
    stratumTable(summaries, 'noise'),
    '',
    stratumTable(summaries, 'layout'),
    '',
    '## Metrics called regressions on unchanged releases',
    '',
    perMetricTable(summaries, (s) => s.falseRegressionsByMetric),
    '',
    '## Inconclusive metrics (all scenarios)',
    '',
    perMetricTable(summaries, (s) => s.inconclusiveByMetric),
    '',
  ];
  return parts.join('\n');
}
