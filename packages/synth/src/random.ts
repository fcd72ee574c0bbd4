/**
 * A small, seeded, deterministic PRNG (xoshiro128**, seeded through splitmix32) with the samplers the
 * generator needs: uniform, normal, log-normal, exponential, gamma, beta, Poisson, binomial, multinomial.
 * Every sampler is exact (no normal approximations of discrete distributions), so counts are integers that
 * add up. Streams are split by name (`rng.fork('instance-3')`), so adding a series to a scenario never
 * changes the random numbers another series sees.
 */

/** 32-bit FNV-1a of a string, for deriving stream seeds from names. */
export function hash32(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function splitmix32(state: number): () => number {
  let s = state >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

// The normal distribution functions are the library's (one implementation for the judge and the data).
export { normalCdf, normalQuantile } from '@driftgate/shared/stats';

const TWO_PI = 2 * Math.PI;

export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  private spareNormal: number | null = null;
  readonly seed: number;

  constructor(seed: number) {
    this.seed = seed >>> 0;
    const sm = splitmix32(this.seed ^ 0x5bd1e995);
    this.a = sm();
    this.b = sm();
    this.c = sm();
    this.d = sm();
    if ((this.a | this.b | this.c | this.d) === 0) this.a = 1;
  }

  /** An independent stream derived from this stream's seed and a name (does not advance this stream). */
  fork(name: string | number): Rng {
    return new Rng(hash32(String(name), hash32(String(this.seed), 0x9747b28c)));
  }

  /** Next raw 32-bit unsigned integer (xoshiro128**). */
  nextU32(): number {
    const r = Math.imul(rotl(Math.imul(this.b, 5), 7), 9) >>> 0;
    const t = this.b << 9;
    this.c ^= this.a;
    this.d ^= this.b;
    this.b ^= this.c;
    this.a ^= this.d;
    this.c ^= t;
    this.d = rotl(this.d, 11);
    return r;
  }

  /** Uniform in [0, 1) with 53 bits of precision. */
  float(): number {
    const hi = this.nextU32() >>> 5;
    const lo = this.nextU32() >>> 6;
    return (hi * 67108864 + lo) / 9007199254740992;
  }

  /** Uniform in (0, 1): never 0, safe for logarithms. */
  open01(): number {
    let u = this.float();
    while (u === 0) u = this.float();
    return u;
  }

  uniform(lo: number, hi: number): number {
    return lo + (hi - lo) * this.float();
  }

  /** Integer in [lo, hi] inclusive. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.float() * (hi - lo + 1));
  }

  bernoulli(p: number): boolean {
    return this.float() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.float() * items.length)]!;
  }

  /** Pick by weight. */
  weighted<T>(items: ReadonlyArray<readonly [T, number]>): T {
    let total = 0;
    for (const [, w] of items) total += w;
    let u = this.float() * total;
    for (const [item, w] of items) {
      u -= w;
      if (u < 0) return item;
    }
    return items[items.length - 1]![0];
  }

  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.float() * (i + 1));
      [items[i], items[j]] = [items[j]!, items[i]!];
    }
    return items;
  }

  /** Standard normal (Box–Muller, both values used). */
  normal(mean = 0, sd = 1): number {
    if (this.spareNormal !== null) {
      const z = this.spareNormal;
      this.spareNormal = null;
      return mean + sd * z;
    }
    const r = Math.sqrt(-2 * Math.log(this.open01()));
    const th = TWO_PI * this.float();
    this.spareNormal = r * Math.sin(th);
    return mean + sd * r * Math.cos(th);
  }

  /** exp(N(mu, sigma)). */
  lognormal(mu: number, sigma: number): number {
    return Math.exp(mu + sigma * this.normal());
  }

  exponential(rate: number): number {
    return -Math.log(this.open01()) / rate;
  }

  /** Gamma(shape, scale) by Marsaglia–Tsang (shape < 1 boosted). */
  gamma(shape: number, scale = 1): number {
    if (!(shape > 0)) return 0;
    if (shape < 1) return this.gamma(shape + 1, scale) * this.open01() ** (1 / shape);
    const d = shape - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
      let x: number;
      let v: number;
      do {
        x = this.normal();
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      const u = this.open01();
      if (u < 1 - 0.0331 * x * x * x * x) return d * v * scale;
      if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v * scale;
    }
  }

  beta(a: number, b: number): number {
    const x = this.gamma(a);
    const y = this.gamma(b);
    return x / (x + y);
  }

  /** Poisson(lambda): multiplication method for small lambda, PTRS (Hörmann 1993) above. Exact. */
  poisson(lambda: number): number {
    if (!(lambda > 0)) return 0;
    if (lambda < 12) {
      const l = Math.exp(-lambda);
      let k = 0;
      let p = this.float();
      while (p > l) {
        k++;
        p *= this.float();
      }
      return k;
    }
    const slam = Math.sqrt(lambda);
    const loglam = Math.log(lambda);
    const b = 0.931 + 2.53 * slam;
    const a = -0.059 + 0.02483 * b;
    const invalpha = 1.1239 + 1.1328 / (b - 3.4);
    const vr = 0.9277 - 3.6224 / (b - 2);
    for (;;) {
      const u = this.float() - 0.5;
      const v = this.open01();
      const us = 0.5 - Math.abs(u);
      const k = Math.floor(((2 * a) / us + b) * u + lambda + 0.43);
      if (us >= 0.07 && v <= vr) return k;
      if (k < 0 || (us < 0.013 && v > us)) continue;
      if (Math.log(v) + Math.log(invalpha) - Math.log(a / (us * us) + b) <= -lambda + k * loglam - logFactorial(k))
        return k;
    }
  }

  /**
   * Binomial(n, p), exact: inversion when n·min(p,1-p) is small, otherwise Knuth's recursive splitting on a
   * beta-distributed order statistic (TAOCP 3.4.1), which reduces n geometrically.
   */
  binomial(n: number, p: number): number {
    if (n <= 0 || p <= 0) return 0;
    if (p >= 1) return n;
    if (p > 0.5) return n - this.binomial(n, 1 - p);
    let k = 0;
    while (n * p > 16 && n > 64) {
      const a = 1 + Math.floor(n / 2);
      const b = n + 1 - a;
      const x = this.beta(a, b);
      if (x >= p) {
        n = a - 1;
        p = p / x;
      } else {
        k += a;
        n = b - 1;
        p = (p - x) / (1 - x);
      }
      if (p > 0.5) return k + n - this.binomial(n, 1 - p);
    }
    if (n <= 0 || p <= 0) return k;
    // Inversion (sequential search) from 0.
    const q = 1 - p;
    const s = p / q;
    const aa = (n + 1) * s;
    let r = q ** n;
    let u = this.float();
    let x = 0;
    for (;;) {
      if (u < r) return k + x;
      u -= r;
      x++;
      if (x > n) return k + n; // rounding guard
      r *= aa / x - s;
    }
  }

  /**
   * Multinomial(n, probs) into `out` (probabilities need not be normalised; the remainder after the last
   * index is dropped when probs sum to less than 1 of their own total, i.e. they are normalised here).
   */
  multinomial(n: number, probs: ArrayLike<number>, out: number[] | Float64Array): void {
    let total = 0;
    for (let i = 0; i < probs.length; i++) total += probs[i]!;
    let left = n;
    for (let i = 0; i < probs.length; i++) {
      if (left <= 0 || total <= 0) {
        out[i] = 0;
        continue;
      }
      const pi = probs[i]!;
      const c = i === probs.length - 1 ? left : this.binomial(left, Math.min(1, pi / total));
      out[i] = c;
      left -= c;
      total -= pi;
    }
  }
}

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}

const LOG_FACT_TABLE: number[] = [0];
for (let i = 1; i < 256; i++) LOG_FACT_TABLE.push(LOG_FACT_TABLE[i - 1]! + Math.log(i));

/** log(k!) — table below 256, Stirling series above. */
export function logFactorial(k: number): number {
  if (k < 256) return LOG_FACT_TABLE[k]!;
  const x = k + 1;
  return (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(TWO_PI) + 1 / (12 * x) - 1 / (360 * x * x * x);
}
