/**
 * Waiver files: reading, YAML and schema errors (file, key path, bad value, fix), normalization, and the
 * decision for file waivers (expired, wrong scope, drift above max_drift, "*" still bounded).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/core/errors.js';
import { rejectionDetail, waiverReason } from '../../src/core/report/prose.js';
import { waiverSchema } from '../../src/core/schemas/waiver-schema.js';
import { validate } from '../../src/core/validation.js';
import { decideWaivers, type WaiverCandidate } from '../../src/core/waiver/decide.js';
import { gitBlobSha, loadWaiverFiles, parseWaiverYaml } from '../../src/io/waiver/waiver-files.js';
import { FUTURE, NOW, PAST, waiverRecord, waiverYaml, writeTree } from './fixtures.js';

const F = '.github/perf-waivers/CAB-1234.yml';
let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'driftgate-waivers-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

async function problemsOf(text: string): Promise<string[]> {
  return (await parseWaiverYaml(text, F)).problems ?? [];
}

describe('loading waiver files', () => {
  it('reads every *.yml / *.yaml under the folder, recursively, sorted, ignoring other files', async () => {
    writeTree(root, {
      '.github/perf-waivers/b.yml': waiverYaml({ id: 'CAB-2' }),
      '.github/perf-waivers/a.yaml': waiverYaml({ id: 'CAB-1' }),
      '.github/perf-waivers/payments/c.yml': waiverYaml({ id: 'CAB-3', service: 'payments' }),
      '.github/perf-waivers/README.md': '# not a waiver',
    });
    const c = await loadWaiverFiles(undefined, root);
    expect(c.map((x) => x.source.ref)).toEqual([
      '.github/perf-waivers/a.yaml',
      '.github/perf-waivers/b.yml',
      '.github/perf-waivers/payments/c.yml',
    ]);
    expect(c.map((x) => x.waiver?.id)).toEqual(['CAB-1', 'CAB-2', 'CAB-3']);
    expect(c.every((x) => x.source.kind === 'file' && x.file?.path === x.source.ref)).toBe(true);
  });

  it('normalizes a valid waiver to the JSON shape (max_drift "25%" -> 0.25) and records the git blob SHA', async () => {
    const text = waiverYaml({ versions: ['v2.4.0', '1a2b3c4'] });
    writeTree(root, { [F]: text });
    const [c] = await loadWaiverFiles(undefined, root);
    expect(c?.problems).toBeUndefined();
    expect(c?.waiver).toEqual({
      id: 'CAB-1234',
      service: 'checkout-api',
      environment: 'prod',
      metrics: ['latency_p95_read'],
      max_drift: 0.25,
      versions: ['v2.4.0', '1a2b3c4'],
      expires: FUTURE,
      approved_by: ['alice'],
      reason: waiverRecord().reason,
      ticket: 'https://jira.example.com/browse/CAB-1234',
    });
    expect(c?.file?.blobSha).toBe(gitBlobSha(text));
    // git hash-object of the empty file
    expect(gitBlobSha('')).toBe('e69de29bb2d1d6434b8b29ae775ad8c2e48c5391');
  });

  it('accepts metrics: "*" (quoted) and normalizes it to ["*"]', async () => {
    const p = await parseWaiverYaml(waiverYaml({ metrics: '*' }), F);
    expect(p.waiver?.metrics).toEqual(['*']);
  });

  it('a missing default folder means no file waivers; a missing explicit waivers-path is a configuration error', async () => {
    expect(await loadWaiverFiles(undefined, root)).toEqual([]);
    await expect(loadWaiverFiles('waivers/', root)).rejects.toThrow(ConfigurationError);
    await expect(loadWaiverFiles('waivers/', root)).rejects.toThrow(
      /Input "waivers-path" is "waivers\/": no such file or folder/,
    );
  });

  it('accepts a single file as waivers-path', async () => {
    writeTree(root, { 'cab.yml': waiverYaml() });
    expect((await loadWaiverFiles('cab.yml', root)).map((c) => c.waiver?.id)).toEqual(['CAB-1234']);
  });

  it('the published schema is the one used', async () => {
    expect(await validate(waiverSchema, waiverRecord())).toEqual([]);
  });
});

describe('malformed files become invalid candidates with actionable messages', () => {
  it('bad YAML names the file and the line', async () => {
    const p = await problemsOf('id: CAB-1\nservice: [checkout-api\nenvironment: prod\n');
    expect(p[0]).toMatch(/^\.github\/perf-waivers\/CAB-1234\.yml: invalid YAML: .*line \d+/);
  });

  it('an unquoted * (a YAML alias) gets a hint to quote it', async () => {
    const p = await problemsOf(waiverYaml().replace(/metrics:\n\s+- latency_p95_read\n/, 'metrics: *\n'));
    expect(p.join('\n')).toMatch(/write metrics: "\*"/);
  });

  it('several YAML documents in one file are refused: one waiver per file', async () => {
    expect((await problemsOf(`${waiverYaml()}---\n${waiverYaml({ id: 'CAB-2' })}`))[0]).toMatch(
      /contains 2 YAML documents: put one waiver per file/,
    );
  });

  it('every missing required key is named', async () => {
    expect(await problemsOf('id: CAB-3\nservice: checkout-api\nmax_drift: 10%\n')).toEqual([
      `${F}: missing required key "environment"`,
      `${F}: missing required key "metrics"`,
      `${F}: missing required key "expires"`,
      `${F}: missing required key "approved_by"`,
      `${F}: missing required key "reason"`,
    ]);
  });

  it('an empty file is refused with what to write', async () => {
    expect((await problemsOf('# nothing\n'))[0]).toMatch(/the file is empty: write one waiver with id, service/);
  });

  it.each([
    [
      { max_drift: 0.25 },
      `${F}: max_drift is 0.25: expected the largest drift the CAB accepts, as a percentage with its % sign such as "25%"`,
    ],
    [{ max_drift: 'lots' }, `${F}: max_drift is "lots": expected the largest drift the CAB accepts, as a percentage`],
    [
      { expires: '2026-12-31' },
      `${F}: expires is "2026-12-31": expected an RFC 3339 time with a time zone, such as "2026-12-31T23:59:59Z"`,
    ],
    [{ expires: undefined }, `${F}: missing required key "expires"`],
    [{ approved_by: [] }, `${F}: approved_by is []: expected the GitHub logins of the CAB members who approved`],
    [
      { metrics: [] },
      `${F}: metrics is []: expected a list of metric ids such as [latency_p95_read, error_rate], or "*"`,
    ],
    [{ metrics: ['p95 latency'] }, `${F}: metrics is ["p95 latency"]: expected a list of metric ids`],
    [
      { versions: [1.1] },
      `${F}: versions[0] is 1.1: expected a candidate version or commit SHA (at least 7 hex characters) as a string; quote numbers like "1.10"`,
    ],
    [{ 'max-drift': '25%', max_drift: undefined }, `${F}: unknown key "max-drift" (did you mean "max_drift"?)`],
    [{ ticket: 'see jira' }, `${F}: ticket is "see jira": expected a link to the CAB record`],
  ])('schema violation %j', async (over, message) => {
    const p = await problemsOf(waiverYaml(over));
    expect(p.join('\n')).toContain(message);
  });

  it('max_drift above 1000% is refused by the percent parser, naming the file and key', async () => {
    expect((await problemsOf(waiverYaml({ max_drift: '5000%' })))[0]).toBe(
      `${F}: max_drift is "5000%": expected a percentage such as "10%" or a fraction such as 0.1.`,
    );
  });

  it('an invalid file is refused as invalid and never waives anything', async () => {
    writeTree(root, { [F]: waiverYaml({ max_drift: 0.9 }) });
    const d = decideWaivers(ctx([['latency_p95_read', 0.1]]), await loadWaiverFiles(undefined, root));
    expect(d.waived).toBe(false);
    expect(d.candidates[0]?.rejection?.reason).toBe('invalid');
    expect(waiverReason(d)).toMatch(
      /^latency_p95_read \(\+10\.0%\): \.github\/perf-waivers\/CAB-1234\.yml: invalid \(.*max_drift is 0\.9/,
    );
  });
});

function ctx(
  regressions: Array<[string, number | null]>,
  over: Partial<{ service: string; environment: string; candidateVersion: string }> = {},
) {
  return {
    service: 'checkout-api',
    environment: 'prod',
    candidateVersion: 'v2.4.0',
    now: new Date(NOW),
    regressions: regressions.map(([metric, drift]) => ({ metric, drift })),
    ...over,
  };
}

/** A file candidate whose approval is proven (as GitHubVerifier would report). */
async function approved(over: Record<string, unknown> = {}, ref = F): Promise<WaiverCandidate> {
  const p = await parseWaiverYaml(waiverYaml(over), ref);
  return {
    source: { kind: 'file', ref },
    ...p,
    proof: { verified: true, approvers: ['alice'], detail: 'merged PR #12 approved by alice, member of acme/cab' },
  };
}

describe('file waivers against regressions', () => {
  it('a covered regression is waived; the output waiver carries the proven approvers and the evidence', async () => {
    const d = decideWaivers(ctx([['latency_p95_read', 0.2]]), [await approved()]);
    expect(d.waived).toBe(true);
    expect(waiverReason(d)).toBe('');
    expect(d.applied).toHaveLength(1);
    expect(d.applied[0]).toMatchObject({
      id: 'CAB-1234',
      max_drift: 0.25,
      approved_by: ['alice'],
      source: { kind: 'file', ref: F, verification: 'merged PR #12 approved by alice, member of acme/cab' },
    });
    expect(d.candidates[0]?.status).toBe('applied');
  });

  it('an expired waiver is reported as expired, never used', async () => {
    const d = decideWaivers(ctx([['latency_p95_read', 0.2]]), [await approved({ expires: PAST })]);
    expect(d.waived).toBe(false);
    expect(d.applied).toEqual([]);
    expect(d.candidates[0]?.rejection).toEqual({ reason: 'expired', finding: { code: 'expired', expires: PAST } });
    expect(rejectionDetail(d.candidates[0]!.rejection!.finding)).toBe(`expired at ${PAST}`);
    expect(waiverReason(d)).toBe(`latency_p95_read (+20.0%): CAB-1234: expired (expired at ${PAST})`);
  });

  it('expiry is exclusive: a waiver expiring exactly now is expired', async () => {
    const d = decideWaivers(ctx([['latency_p95_read', 0.2]]), [await approved({ expires: NOW })]);
    expect(d.candidates[0]?.rejection?.reason).toBe('expired');
  });

  it.each([
    [
      { service: 'payments-api' },
      {},
      'wrong service',
      { code: 'other-service', waiver: 'payments-api', candidate: 'checkout-api' },
      'for service payments-api, not checkout-api',
    ],
    [
      { environment: 'stg' },
      {},
      'wrong environment',
      { code: 'other-environment', waiver: 'stg', candidate: 'prod' },
      'for environment stg, not prod',
    ],
    [
      { versions: ['v2.3.9'] },
      {},
      'wrong version',
      { code: 'other-versions', waiver: ['v2.3.9'], candidate: 'v2.4.0' },
      'for versions v2.3.9, not v2.4.0',
    ],
    [
      { versions: ['1a2b3c4'] },
      { candidateVersion: '9f9f9f9f9f' },
      'wrong version',
      { code: 'other-versions', waiver: ['1a2b3c4'], candidate: '9f9f9f9f9f' },
      'for versions 1a2b3c4, not 9f9f9f9f9f',
    ],
  ])('wrong scope %j is refused', async (over, ctxOver, reason, finding, detail) => {
    const d = decideWaivers(ctx([['latency_p95_read', 0.2]], ctxOver), [await approved(over)]);
    expect(d.waived).toBe(false);
    expect(d.candidates[0]?.rejection).toEqual({ reason, finding });
    expect(rejectionDetail(d.candidates[0]!.rejection!.finding)).toBe(detail);
  });

  it('a commit-SHA prefix in versions covers the full candidate SHA', async () => {
    const d = decideWaivers(
      ctx([['latency_p95_read', 0.2]], { candidateVersion: '1a2b3c4d5e6f7a8b9c0d1a2b3c4d5e6f7a8b9c0d' }),
      [await approved({ versions: ['1a2b3c4'] })],
    );
    expect(d.waived).toBe(true);
  });

  it('drift above max_drift is refused, with digits enough to see the difference', async () => {
    const d = decideWaivers(ctx([['latency_p95_read', 0.2504]]), [await approved()]);
    expect(d.waived).toBe(false);
    expect(waiverReason(d)).toBe(
      'latency_p95_read (+25.0%): CAB-1234: drift above max_drift (drift 25.04% is above max_drift 25.00%)',
    );
  });

  it('drift exactly at max_drift is accepted (max_drift is the largest drift accepted)', async () => {
    expect(decideWaivers(ctx([['latency_p95_read', 0.25]]), [await approved()]).waived).toBe(true);
  });

  it('"*" covers every metric but still respects max_drift and expires: a waiver never widens itself', async () => {
    const star = await approved({ metrics: '*', max_drift: '15%' });
    const d = decideWaivers(
      ctx([
        ['latency_p95_read', 0.1],
        ['error_rate', 0.3],
      ]),
      [star],
    );
    expect(d.waived).toBe(false);
    expect(d.metrics.map((m) => m.waiver?.id ?? null)).toEqual(['CAB-1234', null]);
    expect(d.metrics[1]?.rejections[0]).toMatchObject({
      reason: 'drift above max_drift',
      finding: { code: 'drift-above-max', drift: 0.3, maxDrift: 0.15 },
    });
    expect(d.applied).toEqual([]); // not waived as a whole: nothing is output for the compare action

    const expired = decideWaivers(ctx([['latency_p95_read', 0.01]]), [await approved({ metrics: '*', expires: PAST })]);
    expect(expired.waived).toBe(false);
    expect(expired.candidates[0]?.rejection?.reason).toBe('expired');
  });

  it('an uncovered metric keeps the release from being waived', async () => {
    const d = decideWaivers(
      ctx([
        ['latency_p95_read', 0.2],
        ['error_rate', 0.12],
      ]),
      [await approved()],
    );
    expect(d.waived).toBe(false);
    expect(waiverReason(d)).toBe(
      'error_rate (+12.0%): CAB-1234: metric not covered (covers latency_p95_read, not error_rate)',
    );
  });

  it('no candidates at all: "no waiver found" per metric', async () => {
    const d = decideWaivers(ctx([['latency_p95_read', 0.2]]), []);
    expect(waiverReason(d)).toBe('latency_p95_read (+20.0%): no waiver found');
  });

  it('an unknown drift can never be covered', async () => {
    const d = decideWaivers(ctx([['latency_p95_read', null]]), [await approved({ metrics: '*', max_drift: '900%' })]);
    expect(d.waived).toBe(false);
    expect(waiverReason(d)).toMatch(/drift unknown.*drift above max_drift \(drift unknown is above/);
  });

  it('an unproven approval is refused even when everything else fits', async () => {
    const c: WaiverCandidate = {
      ...(await approved()),
      proof: {
        verified: false,
        reason: 'approver not in cab-team',
        detail: 'PR #12 was approved by carol, not an active member of acme/cab',
      },
    };
    const d = decideWaivers(ctx([['latency_p95_read', 0.2]]), [c]);
    expect(d.waived).toBe(false);
    expect(waiverReason(d)).toBe(
      'latency_p95_read (+20.0%): CAB-1234: approver not in cab-team (PR #12 was approved by carol, not an active member of acme/cab)',
    );
    const unchecked = decideWaivers(ctx([['latency_p95_read', 0.2]]), [{ ...(await approved()), proof: undefined }]);
    expect(unchecked.candidates[0]?.rejection).toEqual({
      reason: 'approval not verified',
      finding: { code: 'approval-not-checked' },
    });
    expect(rejectionDetail(unchecked.candidates[0]!.rejection!.finding)).toBe('the approval was not checked');
  });

  it('when several waivers cover a metric the tightest is applied (named metric, then smallest max_drift)', async () => {
    const wide = await approved({ id: 'CAB-1', metrics: '*', max_drift: '20%' }, 'a.yml');
    const loose = await approved({ id: 'CAB-2', max_drift: '50%' }, 'b.yml');
    const tight = await approved({ id: 'CAB-3', max_drift: '30%' }, 'c.yml');
    const d = decideWaivers(ctx([['latency_p95_read', 0.1]]), [wide, loose, tight]);
    expect(d.metrics[0]?.waiver?.id).toBe('CAB-3');
    expect(d.candidates.map((c) => c.status)).toEqual(['not needed', 'not needed', 'applied']);
  });

  it('nothing regressed: nothing to waive, not "waived"', async () => {
    const d = decideWaivers(ctx([]), [await approved()]);
    expect(d).toMatchObject({ waived: false, nothingToWaive: true, applied: [] });
    expect(waiverReason(d)).toBe('');
  });
});
