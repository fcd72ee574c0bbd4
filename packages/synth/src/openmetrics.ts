/**
 * Renders Telemetry as OpenMetrics text: one group per metric family (# HELP/# TYPE/# UNIT, then every
 * series of that family across all given services), samples with timestamps in seconds, counters
 * cumulative, `# EOF` at the end. `writeOpenMetrics` splits the output into one file per 2-hour TSDB block
 * range (promtool reads its input once per block the input spans, so block-aligned files are read once).
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { FAMILY_ORDER, type Family, type Telemetry } from './generate.js';

/** Prometheus' default (and promtool's) block range. */
export const BLOCK_SECONDS = 7200;

interface Out {
  write(text: string): void;
}

class BufferedFile implements Out {
  private buf = '';
  private readonly fd: number;
  bytes = 0;
  constructor(readonly path: string) {
    this.fd = openSync(path, 'w');
  }
  write(text: string): void {
    this.buf += text;
    if (this.buf.length > 1 << 22) this.flush();
  }
  flush(): void {
    if (this.buf.length) {
      this.bytes += writeSync(this.fd, this.buf);
      this.buf = '';
    }
  }
  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}

class StringOut implements Out {
  parts: string[] = [];
  private buf = '';
  write(text: string): void {
    this.buf += text;
    if (this.buf.length > 1 << 20) {
      this.parts.push(this.buf);
      this.buf = '';
    }
  }
  text(): string {
    this.parts.push(this.buf);
    this.buf = '';
    return this.parts.join('');
  }
}

function header(f: Family): string {
  let h = `# HELP ${f.name} ${f.help}\n# TYPE ${f.name} ${f.type}\n`;
  if (f.unit) h += `# UNIT ${f.name} ${f.unit}\n`;
  return h;
}

function fmtTs(ts: number): string {
  return (Math.round(ts * 1000) / 1000).toFixed(3);
}

function fmtSum(v: number): string {
  return String(Math.round(v * 1e6) / 1e6);
}

/**
 * Emits the families of all telemetries; `route(ts)` picks the output of a sample (by timestamp), or
 * undefined to drop it.
 */
function emit(telemetries: Telemetry[], outs: Out[], route: (ts: number) => Out | undefined): void {
  // Per telemetry and target: timestamp text and output per tick.
  const prepared = telemetries.map((tel) =>
    tel.targets.map((tg) => {
      const tsText: string[] = new Array(tel.ticks);
      const out: Array<Out | undefined> = new Array(tel.ticks);
      for (let k = 0; k < tel.ticks; k++) {
        const ts = tel.start + k * tel.interval + tg.offset;
        const inRange = ts >= tel.start && ts <= tel.end;
        tsText[k] = ` ${fmtTs(ts)}\n`;
        out[k] = inRange ? route(ts) : undefined;
      }
      return { tsText, out };
    }),
  );
  for (const name of FAMILY_ORDER) {
    const first = telemetries.map((t) => t.families.find((f) => f.name === name)).find((f) => f);
    if (!first) continue;
    const h = header(first);
    for (const o of outs) o.write(h);
    telemetries.forEach((tel, ti) => {
      const fam = tel.families.find((f) => f.name === name);
      if (!fam) return;
      for (const m of fam.metrics) {
        const { tsText, out } = prepared[ti]![m.target]!;
        if (m.kind === 'scalar') {
          const prefix = `${m.name}{${m.labels}} `;
          const v = m.values;
          for (let k = 0; k < tel.ticks; k++) {
            const x = v[k]!;
            if (Number.isNaN(x)) continue;
            const o = out[k];
            if (o) o.write(prefix + x + tsText[k]);
          }
        } else {
          const bucketPrefix = m.les.map((le) => `${name}_bucket{${m.labels},le="${le}"} `);
          const countPrefix = `${name}_count{${m.labels}} `;
          const sumPrefix = `${name}_sum{${m.labels}} `;
          for (let k = 0; k < tel.ticks; k++) {
            const c = m.count[k]!;
            if (Number.isNaN(c)) continue;
            const o = out[k];
            if (!o) continue;
            const ts = tsText[k]!;
            let s = '';
            for (let b = 0; b < bucketPrefix.length; b++) s += bucketPrefix[b]! + m.buckets[b]![k]! + ts;
            s += countPrefix + c + ts;
            s += sumPrefix + fmtSum(m.sum[k]!) + ts;
            o.write(s);
          }
        }
      }
    });
  }
  for (const o of outs) o.write('# EOF\n');
}

/** All telemetries as one OpenMetrics document. */
export function renderOpenMetrics(telemetries: Telemetry[] | Telemetry): string {
  const list = Array.isArray(telemetries) ? telemetries : [telemetries];
  const out = new StringOut();
  emit(list, [out], () => out);
  return out.text();
}

export interface WrittenFile {
  path: string;
  bytes: number;
  /** Block range [start, end) of the samples in this file (unix seconds). */
  blockStart: number;
}

/**
 * Writes the telemetries as OpenMetrics files in `dir`, one per 2h block range (`<prefix>-<blockStart>.om`).
 * Returns the files written (ranges without samples still get a valid, empty file, which is skipped).
 */
export function writeOpenMetrics(
  telemetries: Telemetry[],
  dir: string,
  opts: { prefix?: string; blockSeconds?: number } = {},
): WrittenFile[] {
  const block = opts.blockSeconds ?? BLOCK_SECONDS;
  const prefix = opts.prefix ?? 'synth';
  mkdirSync(dir, { recursive: true });
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const t of telemetries) {
    lo = Math.min(lo, t.start);
    hi = Math.max(hi, t.end);
  }
  if (!Number.isFinite(lo)) return [];
  const firstBlock = Math.floor(lo / block);
  const lastBlock = Math.floor(hi / block);
  const files: BufferedFile[] = [];
  for (let b = firstBlock; b <= lastBlock; b++) files.push(new BufferedFile(join(dir, `${prefix}-${b * block}.om`)));
  const routeCounts = new Array(files.length).fill(0);
  emit(telemetries, files, (ts) => {
    const i = Math.floor(ts / block) - firstBlock;
    routeCounts[i]++;
    return files[i];
  });
  const written: WrittenFile[] = [];
  files.forEach((f, i) => {
    f.close();
    if (routeCounts[i] > 0) written.push({ path: f.path, bytes: f.bytes, blockStart: (firstBlock + i) * block });
  });
  return written;
}
