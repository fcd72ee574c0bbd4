/** The comparison's files on disk: perf-comparison.json and perf-comparison.md, redacted. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { jsonText } from '../../core/escape.js';
import type { Comparison } from '../../core/model/comparison.js';
import { redact } from '../../core/redact.js';
import { renderMarkdown } from '../../core/report/markdown.js';

/** Write perf-comparison.json and perf-comparison.md (evidence is always written locally first). */
export async function writeComparison(
  comparison: Comparison,
  dir: string,
): Promise<{ jsonPath: string; markdownPath: string; markdown: string }> {
  await mkdir(dir, { recursive: true });
  const jsonPath = join(dir, 'perf-comparison.json');
  const markdownPath = join(dir, 'perf-comparison.md');
  // No secret in any report: a server that echoed a header into an error note is redacted here too.
  const markdown = redact(renderMarkdown(comparison, { title: 'driftgate perf-baseline-compare' }));
  await writeFile(jsonPath, redact(`${jsonText(comparison)}\n`));
  await writeFile(markdownPath, markdown);
  return { jsonPath, markdownPath, markdown };
}
