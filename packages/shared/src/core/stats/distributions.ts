/**
 * The distribution functions the judge needs: normal and Student t CDFs and quantiles, and log Gamma,
 * from stdlib (maintained, Boost- and Cephes-derived).
 */

import erfcinv from '@stdlib/math-base-special-erfcinv';
import gammaln from '@stdlib/math-base-special-gammaln';
import normalCdfStdlib from '@stdlib/stats-base-dists-normal-cdf';
import tCdfStdlib from '@stdlib/stats-base-dists-t-cdf';
import tQuantileStdlib from '@stdlib/stats-base-dists-t-quantile';

/** Above this many degrees of freedom the t distribution is taken as the normal. */
const NORMAL_DF = 1e7;

/** Standard normal CDF. */
export function normalCdf(z: number): number {
  return normalCdfStdlib(z, 0, 1);
}

/**
 * Standard normal quantile, -√2·erfcinv(2p). stdlib's normal quantile goes through erfinv(2p - 1), which
 * loses digits in the lower tail (1e-8 at p = 1e-10); erfcinv keeps full precision there.
 * `0 -` rather than unary minus so that the median is +0.
 */
export function normalQuantile(p: number): number {
  return 0 - Math.SQRT2 * erfcinv(2 * p);
}

/** log |Gamma(x)|. */
export function logGamma(x: number): number {
  return gammaln(x);
}

/** Student t CDF with (possibly fractional) degrees of freedom `df`; df = Infinity gives the normal. */
export function tCdf(t: number, df: number): number {
  if (!Number.isFinite(df) || df > NORMAL_DF) return normalCdf(t);
  return tCdfStdlib(t, df);
}

/** Student t quantile with (possibly fractional) degrees of freedom `df`; df = Infinity gives the normal. */
export function tQuantile(p: number, df: number): number {
  if (!Number.isFinite(df) || df > NORMAL_DF) return normalQuantile(p);
  return tQuantileStdlib(p, df);
}
