/**
 * One rightsizing run: for each ECS service, the desired target, policies and alarms, the drift against what is
 * deployed, and with `apply` the registration; for each Lambda function, the one-tier-down proposal from its
 * measured memory use, applied only with `lambdaApproved` (set by the job behind the approval environment).
 * Every change and every proposal is appended to the signed audit log when one is configured. Terraform for
 * both is returned as text.
 */
import type { AuditDraft } from '../../core/audit/entry.js';
import { ConfigurationError } from '../../core/errors.js';
import { type Logger, silentLogger } from '../../core/log.js';
import { type DesiredEcs, desiredEcs, type EcsDrift, type EcsService, ecsDrift } from '../../core/rightsizing/ecs.js';
import { type LambdaFinding, type LambdaUse, lambdaProposal } from '../../core/rightsizing/lambda.js';
import { ecsTerraform, lambdaTerraform } from '../../core/rightsizing/terraform.js';
import {
  type AutoScaling,
  applyEcs,
  applyLambdaMemory,
  autoScalingClient,
  type CloudWatch,
  type ComputeOptimizer,
  cloudWatchClient,
  computeOptimizerClient,
  type Lambda,
  lambdaClient,
  readDeployedEcs,
  readLambdaUse,
} from '../../io/scaling.js';

export interface RightsizingSettings {
  ecs: EcsService[];
  minTasks: number;
  maxTasks: number;
  lambdas: string[];
  apply: boolean;
  lambdaApproved: boolean;
  actor: string;
}

export interface RightsizingClients {
  autoScaling?: AutoScaling;
  cloudWatch?: CloudWatch;
  lambda?: Lambda;
  computeOptimizer?: ComputeOptimizer;
  region?: string;
}

export interface EcsResult {
  desired: DesiredEcs;
  drift: EcsDrift[];
  applied: boolean;
}

export interface LambdaResult {
  use: LambdaUse;
  finding: LambdaFinding;
  applied: boolean;
}

export interface RightsizingResult {
  ecs: EcsResult[];
  lambdas: LambdaResult[];
  terraform: string;
  audit: AuditDraft[];
}

const MAX_TARGETS = 100;

export function parseEcsServices(list: string[]): EcsService[] {
  if (list.length > MAX_TARGETS)
    throw new ConfigurationError(`Input "ecs-services" lists ${list.length} services: at most ${MAX_TARGETS} a run.`);
  return list.map((s) => {
    const m = /^([A-Za-z0-9_-]{1,255})\/([A-Za-z0-9_-]{1,255})$/.exec(s);
    if (!m)
      throw new ConfigurationError(
        `Input "ecs-services" has ${JSON.stringify(s)}: expected cluster/service entries such as prod/checkout.`,
      );
    return { cluster: m[1] as string, service: m[2] as string };
  });
}

export function parseCapacity(min: string, max: string): { minTasks: number; maxTasks: number } {
  const lo = Number(min);
  const hi = Number(max);
  if (!Number.isInteger(lo) || lo < 0)
    throw new ConfigurationError(
      `Input "min-tasks" is ${JSON.stringify(min)}: expected a whole number of tasks >= 0, such as 2.`,
    );
  if (!Number.isInteger(hi) || hi < Math.max(lo, 1))
    throw new ConfigurationError(
      `Input "max-tasks" is ${JSON.stringify(max)}: expected a whole number >= min-tasks (${lo}) and >= 1, such as 10.`,
    );
  return { minTasks: lo, maxTasks: hi };
}

export async function runRightsizing(
  s: RightsizingSettings,
  c: RightsizingClients = {},
  logger: Logger = silentLogger,
): Promise<RightsizingResult> {
  if (s.lambdas.length > MAX_TARGETS)
    throw new ConfigurationError(
      `Input "lambda-functions" lists ${s.lambdas.length} functions: at most ${MAX_TARGETS} a run.`,
    );
  const region = c.region ? { region: c.region } : {};
  const aas = c.autoScaling ?? autoScalingClient(region);
  const cw = c.cloudWatch ?? cloudWatchClient(region);
  const lambda = c.lambda ?? lambdaClient(region);
  const co = c.computeOptimizer ?? computeOptimizerClient(region);
  const audit: AuditDraft[] = [];
  const terraform: string[] = [];
  const ecs: EcsResult[] = [];
  for (const svc of s.ecs) {
    const desired = desiredEcs(svc, s.minTasks, s.maxTasks);
    const drift = ecsDrift(desired, await readDeployedEcs(aas, cw, desired));
    terraform.push(ecsTerraform(desired));
    let applied = false;
    if (drift.length && s.apply) {
      const { policyArns } = await applyEcs(aas, cw, desired);
      applied = true;
      logger.info(`${desired.resourceId}: registered (${drift.length} differences).`);
      audit.push({
        kind: 'change',
        action: 'rightsizing.ecs.register',
        target: desired.resourceId,
        actor: s.actor,
        details: { min: s.minTasks, max: s.maxTasks, drift: drift.map((d) => d.code), policyArns },
      });
    }
    ecs.push({ desired, drift, applied });
  }
  const lambdas: LambdaResult[] = [];
  for (const fn of s.lambdas) {
    const use = await readLambdaUse(lambda, co, fn);
    const finding = lambdaProposal(use);
    let applied = false;
    if (finding.code === 'propose') {
      terraform.push(lambdaTerraform(use, finding));
      if (s.apply && s.lambdaApproved) {
        await applyLambdaMemory(lambda, use.functionName, finding.to);
        applied = true;
      }
      audit.push({
        kind: applied ? 'change' : 'proposal',
        action: applied ? 'rightsizing.lambda.apply' : 'rightsizing.lambda.propose',
        target: use.functionArn,
        actor: s.actor,
        details: { from: finding.from, to: finding.to, waste: finding.waste, recommendedMb: use.recommendedMb },
      });
    }
    lambdas.push({ use, finding, applied });
  }
  return { ecs, lambdas, terraform: terraform.join('\n'), audit };
}
