/**
 * Test helper: generate OpenMetrics text for testkit's startPrometheus (backfilled with promtool), and
 * build PromQL selectors. Kept tiny and explicit so a test's data is obvious from the test.
 */

export interface GeneratedSeries {
  labels: Record<string, string>;
  /** [unix seconds, value] in increasing time order; NaN and ±Infinity allowed. */
  points: [number, number][];
}

export interface MetricFamily {
  /** Family name; for counters the samples get the "_total" suffix. */
  name: string;
  type: 'gauge' | 'counter';
  series: GeneratedSeries[];
}

/** OpenMetrics label value escaping: backslash, double quote and line feed. */
export function escapeLabelValue(v: string): string {
  return v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

function formatValue(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Number.POSITIVE_INFINITY) return '+Inf';
  if (v === Number.NEGATIVE_INFINITY) return '-Inf';
  return String(v);
}

export function openMetrics(families: MetricFamily[]): string {
  const lines: string[] = [];
  for (const f of families) {
    lines.push(`# TYPE ${f.name} ${f.type}`);
    const sampleName = f.type === 'counter' ? `${f.name}_total` : f.name;
    for (const s of f.series) {
      const labels = Object.entries(s.labels)
        .map(([k, v]) => `${k}="${escapeLabelValue(v)}"`)
        .join(',');
      for (const [t, v] of s.points) lines.push(`${sampleName}${labels ? `{${labels}}` : ''} ${formatValue(v)} ${t}`);
    }
  }
  lines.push('# EOF');
  return `${lines.join('\n')}\n`;
}

/** Points every `step` seconds from `start`, `count` of them, value = f(i). */
export function points(start: number, step: number, count: number, f: (i: number) => number): [number, number][] {
  return Array.from({ length: count }, (_, i) => [start + i * step, f(i)] as [number, number]);
}

/** A PromQL string literal (double-quoted; escapes as in Go strings). */
export function promqlString(v: string): string {
  return `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
}

/** A whole hour, `hoursAgo` hours before now: backfilled data must lie in the past. */
export function hourAligned(hoursAgo: number): number {
  return Math.floor(Date.now() / 1000 / 3600) * 3600 - hoursAgo * 3600;
}
