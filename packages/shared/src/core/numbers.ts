/**
 * Number formatting for sentences and tables, at the bottom of the library so the judge, the bake rules and
 * the reports share one copy (core/report/format.ts re-exports it).
 */

/** A number to `digits` significant digits without trailing zeros ("0.123", "1.5", "1200"); null is "n/a". */
export function fmt(v: number | null, digits = 3): string {
  if (v === null) return 'n/a';
  return Number.isFinite(v) ? Number(v.toPrecision(digits)).toString() : String(v);
}

export function formatPercent(v: number | null | undefined, digits = 1): string {
  if (v === null || v === undefined || Number.isNaN(v)) return '—';
  // Intervals from a handful of effective observations can reach absurd upper ends: say "more than".
  if (v >= 10) return '> +1000%';
  if (v <= -10) return '< -1000%';
  const s = (v * 100).toFixed(digits);
  return `${v > 0 ? '+' : ''}${s}%`;
}

/** A short percentage for sentences: one decimal under 10%, none above ("+8.2%", "+31%"). */
export function pct(v: number): string {
  return formatPercent(v, Math.abs(v) < 0.1 ? 1 : 0);
}

/** A factor in a sentence: one decimal under 2 ("1.5"), else rounded up ("3", "12"). */
export function formatFactor(k: number): string {
  return k < 2 ? k.toFixed(1) : String(Math.ceil(k));
}
