/**
 * A small OpenMetrics writer for the ar1 and nab worlds (synth has its own): families of scalar series and
 * histograms on a regular sample grid, written as one file per 2-hour TSDB block (promtool reads its input
 * once per block the input spans, so block-aligned files are read once). All series of a family are
 * emitted together, as OpenMetrics requires.
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { OpenMetricsFile } from './world.js';

export const BLOCK_SECONDS = 7200;

/** Samples at start + k * step (+ offset); NaN = no sample. */
export interface Grid {
  start: number;
  step: number;
  /** Fixed scrape offset of the target, seconds. */
  offset: number;
}

export interface ScalarSeries {
  kind: 'scalar';
  /** Sample name, e.g. `requests_total`. */
  name: string;
  /** Rendered labels without braces. */
  labels: string;
  grid: Grid;
  values: Float64Array;
}

export interface HistogramSeries {
  kind: 'histogram';
  labels: string;
  grid: Grid;
  /** Rendered `le` values including "+Inf". */
  les: string[];
  /** Cumulative bucket counts per `le`, then count and sum, per sample. */
  buckets: Float64Array[];
  count: Float64Array;
  sum: Float64Array;
}

export interface FamilyData {
  name: string;
  type: 'counter' | 'gauge' | 'histogram';
  help: string;
  unit?: string;
  series: Array<ScalarSeries | HistogramSeries>;
}

export function renderLabels(pairs: Array<[string, string]>): string {
  return pairs
    .map(([k, v]) => `${k}="${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`)
    .join(',');
}

function fmtTs(ts: number): string {
  return (Math.round(ts * 1000) / 1000).toFixed(3);
}

function fmtValue(v: number): string {
  return String(Math.round(v * 1e6) / 1e6);
}

class BlockFiles {
  /** Files cover this many seconds each (a multiple of the block range). */
  private readonly span: number;
  private readonly bufs = new Map<number, { fd: number; path: string; buf: string; bytes: number; samples: number }>();
  constructor(
    private readonly dir: string,
    private readonly prefix: string,
    blocksPerFile: number,
  ) {
    this.span = BLOCK_SECONDS * blocksPerFile;
  }
  private file(block: number) {
    let f = this.bufs.get(block);
    if (!f) {
      const path = join(this.dir, `${this.prefix}-${block}.om`);
      f = { fd: openSync(path, 'w'), path, buf: '', bytes: 0, samples: 0 };
      this.bufs.set(block, f);
    }
    return f;
  }
  /** Opens every block file of [lo, hi] up front, so each gets every family header. */
  open(lo: number, hi: number): void {
    for (let b = Math.floor(lo / this.span); b <= Math.floor(hi / this.span); b++) this.file(b * this.span);
  }
  all(text: string): void {
    for (const f of this.bufs.values()) this.append(f, text);
  }
  sample(ts: number, text: string): void {
    const f = this.file(Math.floor(ts / this.span) * this.span);
    f.samples++;
    this.append(f, text);
  }
  private append(f: { fd: number; buf: string; bytes: number }, text: string): void {
    f.buf += text;
    if (f.buf.length > 1 << 22) {
      f.bytes += writeSync(f.fd, f.buf);
      f.buf = '';
    }
  }
  close(): OpenMetricsFile[] {
    const out: OpenMetricsFile[] = [];
    for (const f of this.bufs.values()) {
      f.buf += '# EOF\n';
      f.bytes += writeSync(f.fd, f.buf);
      closeSync(f.fd);
      if (f.samples > 0) out.push({ path: f.path, bytes: f.bytes });
    }
    return out;
  }
}

/**
 * Writes the families (merged by name, in first-seen order) as block-aligned OpenMetrics files, each
 * covering `blocksPerFile` 2-hour blocks (more per file: fewer promtool runs, each reading its file once per
 * block — worth it for sparse data spanning days).
 */
export function writeFamilies(
  families: FamilyData[],
  dir: string,
  prefix: string,
  blocksPerFile = 1,
): OpenMetricsFile[] {
  mkdirSync(dir, { recursive: true });
  const merged = new Map<string, FamilyData>();
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const f of families) {
    const m = merged.get(f.name);
    if (m) m.series.push(...f.series);
    else merged.set(f.name, { ...f, series: [...f.series] });
    for (const s of f.series) {
      const n = s.kind === 'scalar' ? s.values.length : s.count.length;
      lo = Math.min(lo, s.grid.start + s.grid.offset);
      hi = Math.max(hi, s.grid.start + s.grid.offset + (n - 1) * s.grid.step);
    }
  }
  const out = new BlockFiles(dir, prefix, blocksPerFile);
  if (!Number.isFinite(lo)) return out.close();
  out.open(lo, hi);
  for (const fam of merged.values()) {
    out.all(
      `# HELP ${fam.name} ${fam.help}\n# TYPE ${fam.name} ${fam.type}\n${fam.unit ? `# UNIT ${fam.name} ${fam.unit}\n` : ''}`,
    );
    for (const s of fam.series) {
      const { start, step, offset } = s.grid;
      if (s.kind === 'scalar') {
        const prefixText = `${s.name}{${s.labels}} `;
        for (let k = 0; k < s.values.length; k++) {
          const v = s.values[k]!;
          if (Number.isNaN(v)) continue;
          const ts = start + k * step + offset;
          out.sample(ts, `${prefixText}${fmtValue(v)} ${fmtTs(ts)}\n`);
        }
      } else {
        const bucketPrefix = s.les.map((le) => `${fam.name}_bucket{${s.labels},le="${le}"} `);
        for (let k = 0; k < s.count.length; k++) {
          const c = s.count[k]!;
          if (Number.isNaN(c)) continue;
          const ts = start + k * step + offset;
          const tt = ` ${fmtTs(ts)}\n`;
          let text = '';
          for (let b = 0; b < bucketPrefix.length; b++) text += bucketPrefix[b]! + s.buckets[b]![k]! + tt;
          text += `${fam.name}_count{${s.labels}} ${c}${tt}${fam.name}_sum{${s.labels}} ${fmtValue(s.sum[k]!)}${tt}`;
          out.sample(ts, text);
        }
      }
    }
  }
  return out.close();
}
