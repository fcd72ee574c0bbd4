/**
 * The bake benchmark (`npm run bench:bake`): generated 30-minute bakes from TWO generators of different
 * structure — `synth` (@driftgate/synth via bakes.ts: slowdown episodes, per-pod speeds, 15 s scrapes) and
 * `ar1` (ar1.ts: AR(1) latency noise with phi 0.9 per 30 s scrape, diurnal load up to +-30%, no
 * between-release shift) — backfilled into one real Prometheus, each replayed through runVerify exactly as
 * the action replays a bake with bake-start in the past (rollback dry-run, fail-on none).
 *
 * Each generator gets the same mix: unchanged releases (plain, low-traffic write paths, standing SLO
 * violations, 3-minute 1.8x spikes, short scrape gaps, counter resets), sustained p95 steps (x1.7-2.5) and
 * error surges past the SLO (must roll back), and x1.35 drifts below every rollback condition (must ticket).
 * Targets, per generator (issue 12):
 *   0 false rollbacks; >= 97% of unchanged releases `pass`;
 *   every step / error surge rolled back; first detection (first_detection_at of the evidence) 0..5 min
 *   after onset, median <= 2 min; decision (decided_at) <= 11 min after onset;
 *   x1.35 drifts end `ticket` in >= 90%.
 * Detection and decision are data times (the tick whose data showed it); a live bake acts
 * `evaluation_delay` (30 s) later. Results: bench/bake/results/bake.json.
 * Options: --seed N, --scale F (bakes per category x F, default 1 = 70 per generator), --keep.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runVerify } from '@driftgate/shared/bake';
import { Rng, type Telemetry, writeOpenMetrics } from '@driftgate/synth';
import { startPrometheus } from '@driftgate/testkit/prometheus';
import { type BakeCase, makeAr1Bake } from './ar1.js';
import { type BakeSpec, generateBake, makeBake, pastBakeStart } from './bakes.js';

const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: '1' },
    scale: { type: 'string', default: '1' },
    keep: { type: 'boolean', default: false },
  },
});
const seed = Number(values.seed);
const scale = Number(values.scale);

type Category = 'unchanged' | 'rollback' | 'drift';

interface Generator {
  name: string;
  describe: string;
  make(spec: BakeSpec, bakeStart: number, seed: number): { scenario: BakeCase; telemetry: Telemetry };
}

const GENERATORS: Generator[] = [
  {
    name: 'synth',
    describe:
      '@driftgate/synth: slowdown episodes, error bursts, per-pod speeds, random gaps and restarts, 15 s scrapes',
    make: (spec, bakeStart, s) => {
      const b = makeBake({ ...spec, id: `synth-${spec.id}` }, bakeStart, s);
      return { scenario: b, telemetry: generateBake(b, s) };
    },
  },
  {
    name: 'ar1',
    describe: 'ar1.ts: AR(1) latency noise (phi 0.9 per 30 s scrape, sigma 3-8%), diurnal load +-30%, 30 s scrapes',
    make: (spec, bakeStart, s) => makeAr1Bake(spec, bakeStart, s),
  },
];

/** The mix of bakes, the same for every generator (drawn from its own stream). */
function specs(rng: Rng): Array<BakeSpec & { category: Category; variant: string }> {
  const n = (k: number) => Math.max(1, Math.round(k * scale));
  const noise = () => rng.pick(['calm', 'typical', 'typical', 'noisy'] as const);
  const rps = () => Math.round(rng.uniform(20, 120));
  const onset = () => Math.round(rng.uniform(30, 900)); // not minute-aligned
  const out: Array<BakeSpec & { category: Category; variant: string }> = [];
  const add = (count: number, variant: string, category: Category, make: (i: number) => Omit<BakeSpec, 'id'>) => {
    for (let i = 0; i < n(count); i++) out.push({ id: `${variant}${i}`, category, variant, ...make(i) });
  };
  const pass = { expected: 'pass' as const };
  add(14, 'plain', 'unchanged', () => ({ kind: 'unchanged', noise: noise(), rps: rps(), ...pass }));
  add(6, 'low-writes', 'unchanged', () => ({
    kind: 'unchanged',
    noise: noise(),
    rps: rps(),
    writeRps: rng.uniform(0.3, 0.6),
    ...pass,
  }));
  add(6, 'standing-slo', 'unchanged', () => ({
    kind: 'unchanged',
    noise: noise(),
    rps: rps(),
    standingSlo: true,
    ...pass,
  }));
  add(6, 'spike-3m', 'unchanged', () => ({
    kind: 'spike',
    factor: 1.8,
    lengthSeconds: 180,
    onsetAfter: onset(),
    noise: noise(),
    rps: rps(),
    ...pass,
  }));
  add(4, 'gap', 'unchanged', () => ({
    kind: 'scrape-gap',
    lengthSeconds: Math.round(rng.uniform(120, 240)),
    onsetAfter: onset(),
    noise: noise(),
    rps: rps(),
    ...pass,
  }));
  add(4, 'resets', 'unchanged', () => ({
    kind: 'unchanged',
    noise: noise(),
    rps: rps(),
    restarts: [rng.uniform(60, 600), rng.uniform(600, 1200), rng.uniform(1200, 1700)],
    ...pass,
  }));
  add(12, 'step', 'rollback', (i) => ({
    kind: 'latency-step',
    factor: rng.pick([1.7, 1.8, 2, 2.5]),
    onsetAfter: onset(),
    noise: noise(),
    rps: rps(),
    ...(i % 4 === 1 ? { writeRps: rng.uniform(0.3, 0.6) } : {}),
    ...(i % 4 === 2 ? { standingSlo: true } : {}),
    expected: 'rollback',
  }));
  add(8, 'errors', 'rollback', (i) => ({
    kind: 'error-surge',
    factor: rng.pick([15, 30]),
    onsetAfter: onset(),
    noise: noise(),
    rps: rps(),
    ...(i % 4 === 1 ? { writeRps: rng.uniform(0.3, 0.6) } : {}),
    expected: 'rollback',
  }));
  add(10, 'drift', 'drift', (i) => ({
    kind: 'drift',
    factor: 1.35,
    onsetAfter: Math.round(rng.uniform(0, 600)),
    noise: noise(),
    rps: rps(),
    ...(i % 5 === 1 ? { writeRps: rng.uniform(0.3, 0.6) } : {}),
    expected: 'ticket',
  }));
  return out;
}

interface Row {
  generator: string;
  id: string;
  category: Category;
  variant: string;
  factor?: number;
  expected: string;
  verdict: string;
  /** first_detection_at - onset (seconds); null without a detection. */
  detectS: number | null;
  /** decided_at - onset for a rollback. */
  decideS: number | null;
  fired: string[];
  headline: string;
}

function quantile(xs: number[], q: number): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * (s.length - 1) + 0.5))] as number;
}

const minutes = (s: number | null) => (s === null ? 'n/a' : `${(s / 60).toFixed(1)} min`);
const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(0)}%` : 'n/a');

interface Target {
  name: string;
  value: string;
  goal: string;
  ok: boolean;
}

function evaluate(rows: Row[]): { targets: Target[]; info: Record<string, string> } {
  const unchanged = rows.filter((r) => r.category === 'unchanged');
  const rollback = rows.filter((r) => r.category === 'rollback');
  const drift = rows.filter((r) => r.category === 'drift');
  const falseRollbacks = unchanged.filter((r) => r.verdict === 'rollback').length;
  const passed = unchanged.filter((r) => r.verdict === 'pass').length;
  const rolled = rollback.filter((r) => r.verdict === 'rollback');
  const detect = rolled.map((r) => r.detectS).filter((x): x is number => x !== null);
  const decide = rolled.map((r) => r.decideS).filter((x): x is number => x !== null);
  const early = detect.filter((x) => x < 0).length;
  const ticketed = drift.filter((r) => r.verdict === 'ticket').length;
  const verdicts = (rs: Row[]) => {
    const counts = new Map<string, number>();
    for (const r of rs) counts.set(r.verdict, (counts.get(r.verdict) ?? 0) + 1);
    return [...counts].map(([k, n]) => `${k} ${n}`).join(', ');
  };
  const median = quantile(detect, 0.5);
  const worstDetect = detect.length ? Math.max(...detect) : null;
  const worstDecide = decide.length ? Math.max(...decide) : null;
  return {
    targets: [
      {
        name: 'false rollbacks (unchanged releases)',
        value: `${falseRollbacks} of ${unchanged.length}`,
        goal: '0',
        ok: falseRollbacks === 0,
      },
      {
        name: 'unchanged releases ending `pass`',
        value: `${passed} of ${unchanged.length} (${pct(passed, unchanged.length)})`,
        goal: '>= 97%',
        ok: passed >= 0.97 * unchanged.length,
      },
      {
        name: 'steps >= 1.7x and error surges rolled back',
        value: `${rolled.length} of ${rollback.length}`,
        goal: 'all',
        ok: rolled.length === rollback.length,
      },
      {
        name: 'first detection after onset, median',
        value: minutes(median),
        goal: '<= 2 min',
        ok: median !== null && median <= 120,
      },
      {
        // A detection before the onset is a breach already open (noise, warm-up) that the regression continued.
        name: 'first detection after onset, worst',
        value: `${minutes(worstDetect)}${early ? ` (${early} detected before onset: a breach already open)` : ''}`,
        goal: '<= 5 min',
        ok: worstDetect !== null && worstDetect <= 300 && detect.length === rolled.length,
      },
      {
        name: 'decision after onset, worst',
        value: minutes(worstDecide),
        goal: '<= 11 min',
        ok: worstDecide !== null && worstDecide <= 660,
      },
      {
        name: 'x1.35 drifts ending `ticket`',
        value: `${ticketed} of ${drift.length} (${pct(ticketed, drift.length)})${drift.some((r) => r.verdict === 'rollback') ? `, ${drift.filter((r) => r.verdict === 'rollback').length} rolled back` : ''}`,
        goal: '>= 90%',
        ok: ticketed >= 0.9 * drift.length,
      },
    ],
    info: {
      unchanged: verdicts(unchanged),
      rollback: verdicts(rollback),
      drift: verdicts(drift),
      'decision median': minutes(quantile(decide, 0.5)),
    },
  };
}

async function main(): Promise<void> {
  const started = Date.now();
  const bakeStart = pastBakeStart();
  const dir = await mkdtemp(join(tmpdir(), 'driftgate-bench-bake-'));
  const cases: Array<{ gen: Generator; spec: ReturnType<typeof specs>[number]; scenario: BakeCase }> = [];
  const telemetry: Telemetry[] = [];
  for (const [g, gen] of GENERATORS.entries()) {
    const list = specs(new Rng(seed).fork(`bench:${gen.name}`));
    for (const [i, spec] of list.entries()) {
      const made = gen.make(spec, bakeStart, seed * 1_000_000 + g * 10_000 + i);
      cases.push({ gen, spec, scenario: made.scenario });
      telemetry.push(made.telemetry);
    }
  }
  console.log(`Generating ${cases.length} bakes (seed ${seed}, ${GENERATORS.map((g) => g.name).join(' + ')}) ...`);
  const files = writeOpenMetrics(telemetry, join(dir, 'om'));
  telemetry.length = 0;
  console.log(`Backfilling ${files.length} OpenMetrics file(s) into Prometheus ...`);
  const prom = await startPrometheus({ openMetricsFiles: files.map((f) => f.path) });
  const rows: Row[] = [];
  try {
    for (const [i, { gen, spec, scenario: b }] of cases.entries()) {
      const r = await runVerify({
        prometheusUrl: prom.url,
        service: b.service,
        baselineVersion: b.baselineVersion,
        candidateVersion: b.candidateVersion,
        bakeStart: String(b.bakeStart),
        outputDir: join(dir, 'out', gen.name, b.id),
        cwd: dir,
        rollback: 'dry-run',
        failOn: [],
      });
      const v = r.verification;
      const at = (x: string | null) => (x === null ? null : Date.parse(x) / 1000);
      const onset = b.onset;
      const detected = at(v.first_detection_at);
      const decided = at(v.decided_at);
      rows.push({
        generator: gen.name,
        id: b.id,
        category: spec.category,
        variant: spec.variant,
        ...(b.factor !== undefined ? { factor: b.factor } : {}),
        expected: b.expected,
        verdict: v.verdict,
        detectS: onset !== undefined && detected !== null ? detected - onset : null,
        decideS: onset !== undefined && decided !== null && v.verdict === 'rollback' ? decided - onset : null,
        fired: v.events.filter((e) => e.type === 'fired').map((e) => `${e.rule}:${e.metric}:${e.action}`),
        headline: v.headline,
      });
      if ((i + 1) % 35 === 0) console.log(`  ${i + 1}/${cases.length} bakes replayed`);
    }
  } finally {
    await prom.stop();
    if (!values.keep) await rm(dir, { recursive: true, force: true });
  }

  const results = GENERATORS.map((gen) => {
    const rs = rows.filter((r) => r.generator === gen.name);
    return { generator: gen.name, describe: gen.describe, bakes: rs.length, ...evaluate(rs) };
  });
  const seconds = Math.round((Date.now() - started) / 1000);
  console.log(`\nBake benchmark: ${rows.length} bakes (seed ${seed}) in ${seconds}s`);
  for (const res of results) {
    console.log(`\n${res.generator} (${res.bakes} bakes): ${res.describe}`);
    for (const [k, v] of Object.entries(res.info)) console.log(`  ${k}: ${v}`);
    for (const r of rows.filter((x) => x.generator === res.generator && x.verdict !== x.expected))
      console.log(
        `    ${r.id} (${r.variant}${r.factor ? ` x${r.factor}` : ''}): expected ${r.expected}, got ${r.verdict}: ${r.headline.slice(0, 300)}`,
      );
  }
  const names = results.map((r) => r.generator);
  console.log(`\n| target | ${names.join(' | ')} | goal |\n| --- | ${names.map(() => '---').join(' | ')} | --- |`);
  for (const [i, t] of (results[0]?.targets ?? []).entries()) {
    const cells = results.map((r) => {
      const x = r.targets[i] as Target;
      return `${x.value}${x.ok ? '' : ' **NO**'}`;
    });
    console.log(`| ${t.name} | ${cells.join(' | ')} | ${t.goal} |`);
  }
  const out = resolve(import.meta.dirname, '..', 'results');
  await mkdir(out, { recursive: true });
  await writeFile(join(out, 'bake.json'), `${JSON.stringify({ seed, seconds, results, rows }, null, 2)}\n`);
  console.log(`\nwrote ${join(out, 'bake.json')}`);
  if (!results.every((r) => r.targets.every((t) => t.ok))) process.exitCode = 1;
}

await main();
