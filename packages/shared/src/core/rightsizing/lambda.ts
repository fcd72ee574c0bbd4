/**
 * Lambda rightsizing (PERF-003 §5 "Lambda mem waste > 25% avg → reduce memory tier one step"), pure: from the
 * configured memory and the measured use (Compute Optimizer's utilization metrics: memory used, average and
 * maximum, in MB), propose the next tier down, one step at a time, and never below the measured maximum plus
 * headroom. A proposal is applied only after an approval (docs/finops.md#lambda-approval).
 */

/** The memory tiers driftgate steps through (MB): Lambda's common sizes. */
export const MEMORY_TIERS = [128, 256, 512, 1024, 1536, 2048, 3008, 4096, 5120, 6144, 7168, 8192, 10240] as const;

export interface LambdaUse {
  functionName: string;
  functionArn: string;
  memoryMb: number;
  /** Average and maximum memory used (MB); null when not measured. */
  avgUsedMb: number | null;
  maxUsedMb: number | null;
  /** Compute Optimizer's recommended memory (MB), if any. */
  recommendedMb: number | null;
  finding: string | null;
}

export type LambdaFinding =
  | { code: 'propose'; from: number; to: number; waste: number }
  | { code: 'no-data' }
  | { code: 'within-threshold'; waste: number }
  | { code: 'at-lowest-tier' }
  | { code: 'headroom'; to: number; maxUsedMb: number };

export const WASTE_THRESHOLD = 0.25;
/** The next tier must hold the measured maximum with this headroom. */
export const HEADROOM = 1.2;

export function nextTierDown(memoryMb: number): number | null {
  const lower = MEMORY_TIERS.filter((t) => t < memoryMb);
  return lower.length ? (lower.at(-1) as number) : null;
}

export function lambdaProposal(u: LambdaUse): LambdaFinding {
  if (u.avgUsedMb === null || u.memoryMb <= 0) return { code: 'no-data' };
  const waste = 1 - u.avgUsedMb / u.memoryMb;
  if (waste <= WASTE_THRESHOLD) return { code: 'within-threshold', waste };
  const to = nextTierDown(u.memoryMb);
  if (to === null) return { code: 'at-lowest-tier' };
  const max = u.maxUsedMb ?? u.avgUsedMb;
  if (to < max * HEADROOM) return { code: 'headroom', to, maxUsedMb: max };
  return { code: 'propose', from: u.memoryMb, to, waste };
}
