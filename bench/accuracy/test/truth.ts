import type { GroundTruth } from '@driftgate/synth';

let n = 0;

/** A ground truth for scoring tests: an unchanged, normal-traffic, sequential release unless `extra` says otherwise. */
export function truth(extra: Partial<GroundTruth> = {}): GroundTruth {
  n++;
  return {
    id: `svc-${n}`,
    category: 'unchanged',
    traffic: 'normal',
    noise: 'typical',
    layout: 'sequential',
    service: `svc-${n}`,
    environment: 'prod',
    baselineVersion: '1',
    candidateVersion: '2',
    baselineWindow: { start: 0, end: 3600 },
    candidateWindow: { start: 3600, end: 7200 },
    billingReset: false,
    ...extra,
  };
}
