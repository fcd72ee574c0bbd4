/** Rightsizing results in words, for the CLI and the job summary. */
import type { EcsDrift } from './ecs.js';
import type { LambdaFinding } from './lambda.js';
import type { RightsizingResult } from './run.js';

export function driftText(d: EcsDrift): string {
  switch (d.code) {
    case 'missing-target':
      return 'no scalable target is registered';
    case 'capacity':
      return `${d.field} is ${d.deployed}, the config says ${d.desired}`;
    case 'missing-policy':
      return `no scaling policy ${d.policy}`;
    case 'policy-differs':
      return `policy ${d.policy}: ${d.field} differs`;
    case 'missing-alarm':
      return `no alarm ${d.alarm}`;
    case 'alarm-differs':
      return `alarm ${d.alarm}: ${d.field} differs`;
  }
}

export function lambdaText(f: LambdaFinding): string {
  switch (f.code) {
    case 'propose':
      return `propose ${f.from} MB → ${f.to} MB (average memory waste ${Math.round(f.waste * 100)}%)`;
    case 'no-data':
      return 'no measured memory use (opt in to Compute Optimizer, or enable Lambda Insights)';
    case 'within-threshold':
      return `keep (average memory waste ${Math.round(f.waste * 100)}%, not above 25%)`;
    case 'at-lowest-tier':
      return 'keep (already the lowest tier)';
    case 'headroom':
      return `keep (${f.to} MB would not hold the measured maximum ${Math.round(f.maxUsedMb)} MB with 20% headroom)`;
  }
}

export function rightsizingLines(r: RightsizingResult): string[] {
  const out: string[] = [];
  for (const e of r.ecs) {
    const state = e.drift.length === 0 ? 'in sync' : e.applied ? 'registered' : `drift (${e.drift.length})`;
    out.push(`ECS ${e.desired.resourceId}: ${state}`);
    for (const d of e.drift) out.push(`  - ${driftText(d)}`);
  }
  for (const l of r.lambdas)
    out.push(
      `Lambda ${l.use.functionName} (${l.use.memoryMb} MB): ${lambdaText(l.finding)}${l.applied ? ' — applied' : ''}`,
    );
  return out;
}
