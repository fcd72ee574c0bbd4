import { normalQuantile } from '@driftgate/shared/stats';
import { buildScenarios, generateService, NOISE, Rng, type ScalarMetric, type Scenario } from '@driftgate/synth';
import { describe, expect, it } from 'vitest';
import { ar1MeanVariance, atLeast, modelBound, poissonRatioPower, QUEUE_RHO, queueAgePower } from '../src/bound.js';
import { boundSentence, boundTable } from '../src/report.js';
import { summarize } from '../src/score.js';

/** AR(1) with unit stationary variance, as the generator draws it. */
function ar1(rng: Rng, rho: number, n: number): number[] {
  const x = [rng.normal()];
  for (let i = 1; i < n; i++) x.push(rho * x[i - 1]! + Math.sqrt(1 - rho * rho) * rng.normal());
  return x;
}

/** The GLS (Prais–Winsten) estimate of an AR(1) series' mean with known rho. */
function glsMean(x: number[], rho: number): number {
  const w0 = Math.sqrt(1 - rho * rho);
  let num = w0 * w0 * x[0]!;
  let den = w0 * w0;
  for (let i = 1; i < x.length; i++) {
    num += (1 - rho) * (x[i]! - rho * x[i - 1]!);
    den += (1 - rho) ** 2;
  }
  return num / den;
}

const variance = (xs: number[]) => {
  const m = xs.reduce((a, b) => a + b, 0) / xs.length;
  return xs.reduce((a, b) => a + (b - m) ** 2, 0) / (xs.length - 1);
};

function scenarioWithQueues(sigmas: number[], gaugeNoise = 1): Scenario {
  const s = buildScenarios({ seed: 1, end: 1795773600, size: 'small' })[0]!;
  return {
    ...s,
    profile: {
      ...s.profile,
      noise: { ...s.profile.noise, gaugeNoise },
      queues: sigmas.map((sigma, i) => ({
        name: `q${i}`,
        ageSeconds: 10,
        sigma,
        emptyProbability: 0,
        spikesPerHour: 0,
      })),
    },
  };
}

describe('ar1MeanVariance', () => {
  it('is 1/n for independent minutes and matches the GLS estimator by simulation for the queue correlation', () => {
    expect(ar1MeanVariance(0, 60)).toBeCloseTo(1 / 60, 12);
    const rng = new Rng(7);
    const estimates = Array.from({ length: 4000 }, () => glsMean(ar1(rng, QUEUE_RHO, 60), QUEUE_RHO));
    const v = ar1MeanVariance(QUEUE_RHO, 60);
    expect(variance(estimates) / v).toBeGreaterThan(0.93);
    expect(variance(estimates) / v).toBeLessThan(1.07);
    // Five-minute correlation leaves about seven independent minutes of sixty.
    expect(1 / v).toBeGreaterThan(6);
    expect(1 / v).toBeLessThan(8);
  });
});

describe('queueAgePower', () => {
  it('is the rejection rate of the GLS z-test it describes, and alpha without an effect', () => {
    const s = scenarioWithQueues([0.35]);
    expect(queueAgePower(s, 0)).toBeCloseTo(0.02, 10);
    const size = 0.35;
    const sd = 0.35;
    const z = normalQuantile(0.98);
    const se = sd * Math.sqrt(2 * ar1MeanVariance(QUEUE_RHO, 60));
    const rng = new Rng(11);
    let rejected = 0;
    const trials = 4000;
    for (let i = 0; i < trials; i++) {
      const b = glsMean(
        ar1(rng, QUEUE_RHO, 60).map((x) => sd * x),
        QUEUE_RHO,
      );
      const c = glsMean(
        ar1(rng, QUEUE_RHO, 60).map((x) => Math.log(1 + size) + sd * x),
        QUEUE_RHO,
      );
      if ((c - b) / se > z) rejected++;
    }
    expect(Math.abs(rejected / trials - queueAgePower(s, size))).toBeLessThan(0.03);
  });

  it('grows with a second queue and shrinks with gauge noise', () => {
    const one = queueAgePower(scenarioWithQueues([0.35]), 0.2);
    expect(queueAgePower(scenarioWithQueues([0.35, 0.35]), 0.2)).toBeGreaterThan(one);
    expect(queueAgePower(scenarioWithQueues([0.35], 2), 0.2)).toBeLessThan(one);
  });

  it("describes the generator's queue: log age is AR(1) with the queue's sigma × √gaugeNoise and rho e^(-1/5)", () => {
    const s = scenarioWithQueues([0.4]);
    const end = 1795773600;
    const start = end - 24 * 3600;
    const t = generateService({
      profile: { ...s.profile, noise: NOISE.typical, diurnal: { ...s.profile.diurnal, amplitude: 0 } },
      deployment: [{ version: 'v1', start: start - 86400, end: end + 60, quiet: true }],
      start,
      end,
      seed: 3,
      scrapeInterval: 60,
    });
    const queue = t.families.find((f) => f.name === 'sqs_approximate_age_of_oldest_message_seconds')!;
    const values = [...(queue.metrics[0] as ScalarMetric).values].filter((v) => Number.isFinite(v) && v > 0);
    expect(values.length).toBeGreaterThan(1400);
    const logs = values.map((v) => Math.log(v));
    const m = logs.reduce((a, b) => a + b, 0) / logs.length;
    const d = logs.map((x) => x - m);
    const v = variance(logs);
    let lag = 0;
    for (let i = 1; i < d.length; i++) lag += d[i]! * d[i - 1]!;
    const rho = lag / (d.length - 1) / v;
    // Rounding to whole seconds at an age of 10 s adds a little variance; the traffic jitter none (gauges).
    expect(Math.sqrt(v) / (0.4 * Math.sqrt(NOISE.typical.gaugeNoise))).toBeGreaterThan(0.85);
    expect(Math.sqrt(v) / (0.4 * Math.sqrt(NOISE.typical.gaugeNoise))).toBeLessThan(1.15);
    expect(Math.abs(rho - QUEUE_RHO)).toBeLessThan(0.06);
  });
});

describe('poissonRatioPower', () => {
  it('has exactly level alpha without an effect, at any count', () => {
    for (const lambda of [0.5, 3, 20, 80]) expect(poissonRatioPower(lambda, 1)).toBeCloseTo(0.02, 6);
  });

  it('grows with the expected count and the ratio, and reaches 1 at high traffic', () => {
    expect(poissonRatioPower(2, 2)).toBeLessThan(poissonRatioPower(10, 2));
    expect(poissonRatioPower(10, 2)).toBeLessThan(poissonRatioPower(10, 5));
    expect(poissonRatioPower(2, 2)).toBeLessThan(0.3);
    expect(poissonRatioPower(5000, 2)).toBe(1);
  });

  it('matches a simulation of the conditional binomial test', () => {
    const rng = new Rng(5);
    const lambda = 6;
    const ratio = 3;
    let power = 0;
    const trials = 20000;
    for (let i = 0; i < trials; i++) {
      const b = rng.poisson(lambda);
      const c = rng.poisson(lambda * ratio);
      const t = b + c;
      // Exact one-sided p-value of c under Binomial(t, 1/2), randomized at the boundary.
      let above = 0;
      let at = 0;
      for (let x = 0; x <= t; x++) {
        const p = Math.exp(lnChoose(t, x) - t * Math.LN2);
        if (x > c) above += p;
        else if (x === c) at = p;
      }
      const u = rng.float();
      if (above + u * at <= 0.02) power++;
    }
    expect(Math.abs(power / trials - poissonRatioPower(lambda, ratio))).toBeLessThan(0.015);
  });
});

function lnChoose(n: number, k: number): number {
  let s = 0;
  for (let i = 1; i <= k; i++) s += Math.log((n - k + i) / i);
  return s;
}

describe('atLeast', () => {
  it('is the Poisson-binomial tail', () => {
    expect(atLeast([0.5, 0.5], 1)).toBeCloseTo(0.75, 12);
    expect(atLeast([1, 1, 0], 2)).toBeCloseTo(1, 12);
    expect(atLeast([1, 1, 0], 3)).toBeCloseTo(0, 12);
    expect(atLeast([0.2, 0.3], 0)).toBeCloseTo(1, 12);
  });
});

describe('modelBound', () => {
  it('credits unbounded metrics with detection and stays below the 95% target on the small tuning set', () => {
    const scenarios = buildScenarios({ seed: 1, end: 1795773600, size: 'small' });
    const b = modelBound(scenarios);
    const bounded = Object.values(b.byMetric).reduce((a, m) => a + m.n, 0);
    expect(b.n).toBeGreaterThan(bounded);
    expect(b.expected).toBeGreaterThanOrEqual(b.n - bounded);
    expect(b.byMetric.queue_age!.expected).toBeLessThan(b.byMetric.queue_age!.n);
    expect(b.rate!).toBeLessThan(0.95);
    expect(b.target.detections).toBe(Math.ceil(0.95 * b.n));
    expect(b.target.probability).toBeGreaterThan(0);
    expect(b.target.probability).toBeLessThan(0.5);

    const table = boundTable(summarize('drift-interval', []), b);
    expect(table).toContain('| queue_age |');
    expect(table).toContain(`counted as 100% (${b.n - bounded} of ${b.n})`);
    expect(boundSentence(b)).toMatch(
      /^\d+\.\d% \(\d+\.\d of \d+\) of the scored regressions on average; \d+ detections/,
    );
  });
});
