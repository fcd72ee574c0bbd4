/** perf_verification.json: v2 is written, v1 files (verdict "breach") are still read. */

import { describe, expect, it } from 'vitest';
import { readVerification, VERIFICATION_SCHEMA } from '../../src/flows/bake/evidence.js';

const v1 = {
  schema: 'driftgate.verification/v1',
  service: 'checkout-api',
  environment: 'prod',
  version: 'v1.41.0',
  verdict: 'breach',
  headline: 'Breach (no rollback): latency_p95_read drifted ...',
  events: [],
  windows: [],
};

describe('readVerification', () => {
  it('reads a v1 file as v2: breach becomes ticket, no SLO breaches or unjudged metrics are invented', () => {
    const v = readVerification(JSON.stringify(v1), 's3://bucket/v1/perf_verification.json');
    expect(v).toMatchObject({
      schema: VERIFICATION_SCHEMA,
      verdict: 'ticket',
      service: 'checkout-api',
      slo_breaches: { standing: [], new: [] },
      inconclusive_metrics: [],
    });
    expect(readVerification(JSON.stringify({ ...v1, verdict: 'pass' }), 'x').verdict).toBe('pass');
  });
  it('reads v2 as is and refuses anything else, naming the file', () => {
    const v2 = { ...v1, schema: VERIFICATION_SCHEMA, verdict: 'pass', slo_breaches: { standing: [], new: [] } };
    expect(readVerification(JSON.stringify(v2), 'x')).toEqual(v2);
    expect(() => readVerification('{"schema":"driftgate.comparison/v1"}', 'out/perf.json')).toThrow(
      /out\/perf.json has schema "driftgate.comparison\/v1": expected "driftgate.verification\/v2" or "driftgate.verification\/v1"/,
    );
    expect(() => readVerification('{', 'out/perf.json')).toThrow(/out\/perf.json is not JSON/);
  });
});
