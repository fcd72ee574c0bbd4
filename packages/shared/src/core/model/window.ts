/**
 * What collecting a metric produces and the judge consumes: one window's per-sub-window count vectors
 * (io/collect/collect.ts explains the shape per metric kind).
 */
import type { TimeWindow } from '../time.js';

/** Whose series a query selects. */
export interface Target {
  service: string;
  environment: string;
  version: string;
}

export interface Point {
  /** End of the sub-window (unix seconds); the point covers (t - step, t]. */
  t: number;
  c: number[];
}

export interface WindowData {
  metricId: string;
  target: Target;
  window: TimeWindow;
  /** Sub-window length in seconds. */
  step: number;
  components: string[];
  points: Point[];
  /** Sub-windows the window should have. */
  expectedPoints: number;
  /** PromQL sent, exactly. */
  queries: string[];
  /** Server warnings; any warning makes the metric inconclusive. */
  warnings: string[];
  /** Whether any series existed for this metric in this window. */
  found: boolean;
  notes: string[];
  /** Why a configured metric found no series (diagnoseMissing): what does exist under its names. */
  hints?: string[];
}

/** The sub-set of a window's points that fall in [start, end] (post-deploy bakes slice trailing windows). */
export function sliceWindow(data: WindowData, start: number, end: number): WindowData {
  const points = data.points.filter((p) => p.t > start && p.t <= end);
  return {
    ...data,
    window: { start, end },
    points,
    expectedPoints: Math.floor((end - start) / data.step + 1e-9),
  };
}
