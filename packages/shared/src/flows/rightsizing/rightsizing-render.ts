/** Rightsizing results in words (the CLI and the job summary) and as JSON with the codes (the action's report). */
import { mdCode, mdTable, mdText } from '../../core/escape.js';
import type { EcsDrift } from '../../core/rightsizing/ecs.js';
import type { LambdaFinding } from '../../core/rightsizing/lambda.js';
import type { RightsizingResult } from './rightsizing-run.js';

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

/** Whether any ECS service differs from the rules and was not registered in this run (the CLI's exit 1). */
export function unresolvedDrift(r: RightsizingResult): boolean {
  return r.ecs.some((e) => e.drift.length > 0 && !e.applied);
}

/** The run as JSON: each ECS service's drift codes and each Lambda finding, with the changes and proposals. */
export function rightsizingJson(r: RightsizingResult) {
  return {
    drift: r.ecs.some((e) => e.drift.length > 0),
    ecs: r.ecs.map((e) => ({
      resourceId: e.desired.resourceId,
      minTasks: e.desired.minCapacity,
      maxTasks: e.desired.maxCapacity,
      drift: e.drift,
      applied: e.applied,
    })),
    lambdas: r.lambdas.map((l) => ({
      functionName: l.use.functionName,
      functionArn: l.use.functionArn,
      memoryMb: l.use.memoryMb,
      finding: l.finding,
      applied: l.applied,
    })),
    changes: r.audit,
  };
}

/** The job summary: one table per engine, each drift and finding in words. */
export function rightsizingMarkdown(r: RightsizingResult, files: { terraform: string }): string {
  const out = ['## driftgate rightsizing', ''];
  if (r.ecs.length) {
    out.push(
      mdTable(
        ['ECS service', 'State', 'Differences'],
        r.ecs.map((e) => [
          mdCode(e.desired.resourceId),
          e.drift.length === 0 ? 'in sync' : e.applied ? 'registered' : `**drift** (${e.drift.length})`,
          e.drift.map((d) => mdText(driftText(d))).join('<br>') || '—',
        ]),
      ),
      '',
    );
  }
  if (r.lambdas.length) {
    out.push(
      mdTable(
        ['Lambda function', 'Memory', 'Finding'],
        r.lambdas.map((l) => [
          mdCode(l.use.functionName),
          `${l.use.memoryMb} MB`,
          `${mdText(lambdaText(l.finding))}${l.applied ? ' — **applied**' : l.finding.code === 'propose' ? ' — awaiting approval' : ''}`,
        ]),
      ),
      '',
    );
  }
  out.push(`Terraform: ${mdCode(files.terraform)}`, '');
  return out.join('\n');
}
