/**
 * A FinOps run on recorded responses (the demo, offline reruns): Cost Explorer answered from recorded
 * request/response pairs, matched on the request's canonical JSON, and the request counts from recorded instant
 * queries. A request that was not recorded is an error naming it, never an empty bill.
 * `recordCostExplorer` wraps a live client and collects the pairs (scripts that make recordings).
 */
import { canonicalJson } from '../core/audit/entry.js';
import type { CostExplorer } from './cost-explorer.js';
import type { MetricSource, QueryResult } from './sources/source-types.js';

export const FINOPS_RECORDING_SCHEMA = 'driftgate.finops-recording/v1';

export interface FinopsRecording {
  schema: typeof FINOPS_RECORDING_SCHEMA;
  /** The recorded report day (YYYY-MM-DD). */
  date: string;
  costExplorer: Array<{ request: unknown; response: unknown }>;
  /** PromQL → the instant query's series. */
  queries: Record<string, QueryResult['series']>;
}

/** Strip the SDK's response metadata: only the data is recorded. */
function data(out: unknown): unknown {
  const { $metadata: _ignored, ...rest } = out as Record<string, unknown>;
  return rest;
}

export function recordedCostExplorer(rec: FinopsRecording): CostExplorer {
  const byRequest = new Map(rec.costExplorer.map((e) => [canonicalJson(e.request), e.response]));
  const send = async (command: { input: unknown }) => {
    const key = canonicalJson(command.input);
    if (!byRequest.has(key)) throw new Error(`The FinOps recording has no Cost Explorer response to ${key}.`);
    return byRequest.get(key);
  };
  return { send } as unknown as CostExplorer;
}

export function recordCostExplorer(inner: CostExplorer, into: FinopsRecording['costExplorer']): CostExplorer {
  const send = async (command: { input: unknown }) => {
    const response = await (inner.send as (c: unknown) => Promise<unknown>)(command);
    into.push({ request: command.input, response: data(response) });
    return response;
  };
  return { send } as unknown as CostExplorer;
}

export function recordedSource(rec: FinopsRecording, description: string): MetricSource {
  return {
    kind: 'file',
    description,
    queryRange: async (q) => {
      throw new Error(`The FinOps recording holds no range query (${q.query}).`);
    },
    queryInstant: async (query) => {
      const series = rec.queries[query];
      if (!series) throw new Error(`The FinOps recording has no response to ${query}.`);
      return { query, series, warnings: [] };
    },
    requestCount: () => 0,
  };
}
