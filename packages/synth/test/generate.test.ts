import { describe, expect, it } from 'vitest';
import {
  buildScenarios,
  effectAt,
  FAMILY_ORDER,
  generateScenario,
  generateService,
  NOISE,
  renderOpenMetrics,
  type ScalarMetric,
  type Telemetry,
} from '../src/index.js';
import { bySeries, options, parseOpenMetrics, sideBySide, testProfile } from './helpers.js';

const END = 1_764_000_000; // a fixed hour boundary (2025-11-24T16:00:00Z)

function scalar(tel: Telemetry, family: string, match: (labels: string) => boolean): ScalarMetric[] {
  return tel.families
    .find((f) => f.name === family)!
    .metrics.filter((m) => m.kind === 'scalar' && match(m.labels)) as ScalarMetric[];
}

describe('generateService', () => {
  it('is deterministic: same seed and end → identical text; another seed → different text', () => {
    const a = renderOpenMetrics(generateService(options(END)));
    const b = renderOpenMetrics(generateService(options(END)));
    expect(a).toBe(b);
    expect(renderOpenMetrics(generateService(options(END, { seed: 2 })))).not.toBe(a);
  });

  it('writes valid, grouped OpenMetrics: one # TYPE per family, in order, ending with # EOF', () => {
    const text = renderOpenMetrics(generateService(options(END)));
    expect(text.endsWith('# EOF\n')).toBe(true);
    const { types, samples, eof } = parseOpenMetrics(text);
    expect(eof).toBe(true);
    expect(types.map(([n]) => n)).toEqual([...FAMILY_ORDER]);
    // Samples of a family are contiguous: family index never decreases.
    const famOf = (name: string) => FAMILY_ORDER.findIndex((f) => name === f || name.startsWith(`${f}_`));
    let last = 0;
    for (const s of samples) {
      const i = famOf(s.name);
      expect(i).toBeGreaterThanOrEqual(last);
      last = i;
    }
    // Every series has service/env/version; timestamps strictly increase within a series and lie in range.
    for (const [key, list] of bySeries(samples)) {
      expect(list[0]!.labels.service, key).toBe('svc-test');
      expect(list[0]!.labels.env).toBe('prod');
      expect(list[0]!.labels.version).toMatch(/^1\.[01]\.0$/);
      for (let i = 1; i < list.length; i++) expect(list[i]!.ts).toBeGreaterThan(list[i - 1]!.ts);
      expect(list[0]!.ts).toBeGreaterThanOrEqual(END - 4500);
      expect(list.at(-1)!.ts).toBeLessThanOrEqual(END);
    }
  });

  it('histograms are integer-consistent: cumulative buckets, +Inf = _count = requests_total, errors ≤ requests', () => {
    const { samples } = parseOpenMetrics(
      renderOpenMetrics(generateService(options(END, { deployment: sideBySide(END, {}, false) }))),
    );
    const points = new Map<
      string,
      { buckets: Array<[number, number]>; count?: number; requests?: number; errors?: number }
    >();
    for (const s of samples) {
      const { le, ...rest } = s.labels;
      const k = `${JSON.stringify(rest)}@${s.ts}`;
      const p = points.get(k) ?? { buckets: [] };
      points.set(k, p);
      if (s.name === 'http_request_duration_seconds_bucket')
        p.buckets.push([le === '+Inf' ? Infinity : Number(le), s.value]);
      if (s.name === 'http_request_duration_seconds_count') p.count = s.value;
      if (s.name === 'requests_total') p.requests = s.value;
      if (s.name === 'errors_total') p.errors = s.value;
    }
    let checked = 0;
    for (const p of points.values()) {
      if (!p.buckets.length) continue;
      for (let i = 1; i < p.buckets.length; i++) {
        expect(p.buckets[i]![0]).toBeGreaterThan(p.buckets[i - 1]![0]);
        expect(p.buckets[i]![1]).toBeGreaterThanOrEqual(p.buckets[i - 1]![1]);
      }
      for (const [, v] of p.buckets) expect(Number.isInteger(v)).toBe(true);
      expect(p.buckets.at(-1)![1]).toBe(p.count);
      expect(p.requests).toBe(p.count);
      if (p.errors !== undefined) expect(p.errors).toBeLessThanOrEqual(p.requests!);
      checked++;
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('uses per-class bucket sets that are identical across versions', () => {
    const { samples } = parseOpenMetrics(renderOpenMetrics(generateService(options(END))));
    const les = new Map<string, Set<string>>();
    for (const s of samples) {
      if (s.name !== 'http_request_duration_seconds_bucket') continue;
      const k = `${s.labels.version}/${s.labels.method}`;
      les.set(k, (les.get(k) ?? new Set()).add(s.labels.le!));
    }
    const sig = (k: string) => [...les.get(k)!].join(',');
    expect(sig('1.0.0/GET')).toBe(sig('1.1.0/GET'));
    expect(sig('1.0.0/POST')).toBe(sig('1.1.0/POST'));
    expect(sig('1.0.0/GET')).not.toBe(sig('1.0.0/POST'));
    expect(sig('1.0.0/GET')).toBe('0.005,0.01,0.025,0.05,0.1,0.25,0.5,1.0,2.5,5.0,10.0,+Inf');
  });

  it('resets the counters of a restarted pod (and misses its scrape while it is down)', () => {
    const at = END - 1800 + 7;
    const tel = generateService(
      options(END, { deployment: sideBySide(END, { restarts: [{ instance: 0, at, downtime: 40 }] }) }),
    );
    const cand = scalar(tel, 'requests', (l) => l.includes('version="1.1.0"') && l.includes('method="GET"'));
    const [restarted, other] = cand;
    const k0 = Math.floor((at - tel.start) / tel.interval);
    const before = restarted!.values[k0]!;
    expect(before).toBeGreaterThan(1000);
    // Down for 40 s: the next two scrapes are missing, then the counter starts again near 0.
    expect(Number.isNaN(restarted!.values[k0 + 1]!)).toBe(true);
    const after = [...restarted!.values.slice(k0 + 1, k0 + 6)].find((v) => !Number.isNaN(v))!;
    expect(after).toBeLessThan(before / 10);
    // The other pod keeps counting (and takes the traffic meanwhile).
    for (let k = k0 + 1; k < k0 + 6; k++) expect(other!.values[k]!).toBeGreaterThanOrEqual(other!.values[k - 1]!);
  });

  it('misses scrapes during a scrape gap, and counters carry on across it', () => {
    const tel = generateService(
      options(END, { deployment: sideBySide(END, { gaps: [{ target: 'all', start: END - 1200, end: END - 1110 }] }) }),
    );
    const [cpu] = scalar(tel, 'cpu_utilization', (l) => l.includes('version="1.1.0"'));
    const [billing] = scalar(tel, 'aws_billing_estimated_charges', (l) => l.includes('version="1.1.0"'));
    const [ingest] = scalar(tel, 'ingest_events', (l) => l.includes('version="1.1.0"'));
    const k = (t: number) => Math.round((t - tel.start) / tel.interval);
    for (let t = END - 1185; t < END - 1110; t += 15) {
      expect(Number.isNaN(cpu!.values[k(t)]!)).toBe(true);
      expect(Number.isNaN(billing!.values[k(t)]!)).toBe(true);
    }
    expect(Number.isNaN(cpu!.values[k(END - 1230)]!)).toBe(false);
    expect(ingest!.values[k(END - 1080)]!).toBeGreaterThan(ingest!.values[k(END - 1215)]!);
  });

  it('has random restarts and gaps in noisy profiles', () => {
    const profile = testProfile({ noise: { ...NOISE.noisy, restartsPerHour: 2, gapsPerHour: 4 } });
    const tel = generateService(options(END, { profile, deployment: sideBySide(END, {}, false) }));
    let resets = 0;
    let gaps = 0;
    for (const m of tel.families.find((f) => f.name === 'requests')!.metrics as ScalarMetric[]) {
      let prev = Number.NaN;
      let missing = 0;
      for (const v of m.values) {
        if (Number.isNaN(v)) {
          missing++;
          continue;
        }
        if (v < prev) resets++;
        if (missing >= 4 && !Number.isNaN(prev)) gaps++;
        prev = v;
        missing = 0;
      }
    }
    expect(resets).toBeGreaterThan(0);
    expect(gaps).toBeGreaterThan(0);
  });

  it('keeps labelled error series absent until the first error when series are lazy', () => {
    const profile = testProfile({
      lazySeries: true,
      methods: [{ method: 'GET', rate: 0.05, latency: { median: 0.04, sigma: 0.5 }, errorProbability: 0.02 }],
    });
    const tel = generateService(options(END, { profile }));
    const [req] = scalar(tel, 'requests', (l) => l.includes('version="1.0.0"'));
    const [err] = scalar(tel, 'errors', (l) => l.includes('version="1.0.0"'));
    const firstReq = req!.values.findIndex((v) => !Number.isNaN(v));
    const firstErr = err!.values.findIndex((v) => !Number.isNaN(v));
    expect(firstReq).toBeGreaterThan(0);
    expect(firstErr === -1 || firstErr > firstReq).toBe(true);
  });

  it('very low traffic profiles see only a few requests per minute', () => {
    const profile = testProfile({
      methods: [
        { method: 'GET', rate: 3 / 60, latency: { median: 0.04, sigma: 0.5 }, errorProbability: 0.01 },
        { method: 'POST', rate: 1 / 60, latency: { median: 0.15, sigma: 0.45 }, errorProbability: 0.01 },
      ],
      instances: 1,
    });
    const tel = generateService(options(END, { profile }));
    const total = scalar(tel, 'requests', (l) => l.includes('version="1.1.0"'))
      .map((m) => [...m.values].filter((v) => !Number.isNaN(v)).at(-1) ?? 0)
      .reduce((a, b) => a + b, 0);
    // 75 minutes at 4/min × 50% share ≈ 150 requests.
    expect(total).toBeGreaterThan(90);
    expect(total).toBeLessThan(230);
  });

  it('updates billing in steps and resets it at the month boundary', () => {
    const profile = testProfile({
      cost: { perHour: 6, requestShare: 0.3, updateEvery: 900, startingCharges: 1000, monthResetAt: END - 1500 },
    });
    const tel = generateService(options(END, { profile }));
    const [b] = scalar(tel, 'aws_billing_estimated_charges', (l) => l.includes('version="1.0.0"'));
    const vals = [...b!.values].filter((v) => !Number.isNaN(v));
    const changes = vals.filter((v, i) => i > 0 && v !== vals[i - 1]).length;
    expect(changes).toBeGreaterThanOrEqual(3);
    expect(changes).toBeLessThanOrEqual(7);
    expect(vals[0]).toBeGreaterThan(100);
    expect(Math.min(...vals)).toBeLessThan(5);
    expect(vals.at(-1)!).toBeLessThan(5);
  });

  it('applies effects from an onset with a linear ramp (the post-deploy bake case)', () => {
    expect(effectAt([{ cpu: 2, onset: 100, ramp: 100 }], 50, 0, (e) => e.cpu)).toBe(1);
    expect(effectAt([{ cpu: 2, onset: 100, ramp: 100 }], 150, 0, (e) => e.cpu)).toBeCloseTo(1.5);
    expect(effectAt([{ cpu: 2, onset: 100, ramp: 100 }], 500, 0, (e) => e.cpu)).toBe(2);
    expect(effectAt([{ cpu: 2 }], 0, 0, (e) => e.cpu)).toBe(2);
    // A 30-minute bake with throughput halved from minute 2.
    const deploy = END - 1800;
    const tel = generateService({
      profile: testProfile({ noise: { ...NOISE.calm, trafficJitter: 0 } }),
      deployment: [
        {
          version: '2.0.0',
          start: deploy,
          end: END + 60,
          effects: [{ throughput: 0.5, onset: deploy + 120 }],
          quiet: true,
        },
      ],
      start: deploy,
      end: END,
      seed: 3,
    });
    const ing = scalar(tel, 'ingest_events', () => true);
    const at = (t: number) => ing.reduce((a, m) => a + m.values[Math.round((t - tel.start) / tel.interval)]!, 0);
    const before = (at(deploy + 120) - at(deploy + 15)) / 105;
    const after = (at(END) - at(deploy + 300)) / (1800 - 300);
    expect(after / before).toBeGreaterThan(0.4);
    expect(after / before).toBeLessThan(0.6);
  });
});

describe('buildScenarios', () => {
  it('is deterministic and labels every scenario', () => {
    const a = buildScenarios({ seed: 9, end: END, size: 'small' });
    const b = buildScenarios({ seed: 9, end: END, size: 'small' });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(new Set(a.map((s) => s.truth.service)).size).toBe(a.length);
    const unchanged = a.filter((s) => s.truth.category === 'unchanged').length;
    expect(unchanged).toBeGreaterThan(a.length / 3);
    for (const s of a) {
      expect(s.end).toBe(END);
      if (s.truth.category === 'regression') expect(s.truth.metric && s.truth.size).toBeTruthy();
      expect(s.truth.candidateWindow.end).toBe(END);
    }
    expect(renderOpenMetrics(generateScenario(a[0]!, 9))).toBe(renderOpenMetrics(generateScenario(b[0]!, 9)));
  });

  it('has the full mix: a few hundred unchanged, every metric × size regressed, all strata covered', () => {
    const s = buildScenarios({ seed: 20261127, end: END, size: 'full' });
    const count = (f: (x: (typeof s)[number]) => boolean) => s.filter(f).length;
    expect(count((x) => x.truth.category === 'unchanged')).toBeGreaterThanOrEqual(250);
    expect(count((x) => x.truth.category === 'improvement')).toBeGreaterThan(20);
    for (const m of ['latency_p95_read', 'cpu', 'cost_per_1k_requests'])
      for (const size of [0.05, 0.12, 0.2, 0.35, 0.6])
        expect(count((x) => x.truth.metric === m && x.truth.size === size)).toBeGreaterThanOrEqual(3);
    for (const f of [2, 3, 5])
      expect(count((x) => x.truth.metric === 'error_rate' && x.truth.size === f)).toBeGreaterThanOrEqual(3);
    for (const t of ['very-low', 'low', 'normal', 'high'])
      for (const c of ['unchanged', 'regression'])
        expect(count((x) => x.truth.traffic === t && x.truth.category === c)).toBeGreaterThan(5);
    expect(count((x) => x.truth.layout === 'side-by-side')).toBeGreaterThan(50);
    expect(count((x) => x.truth.noise === 'noisy')).toBeGreaterThan(50);
  });

  it('lays out windows of any length the same way: same draws, windows of that length, deploy between them', () => {
    const hour = buildScenarios({ seed: 9, end: END, size: 'small' });
    const three = buildScenarios({ seed: 9, end: END, size: 'small', windowSeconds: 3 * 3600 });
    expect(three.map((s) => s.truth.category)).toEqual(hour.map((s) => s.truth.category));
    // Everything but the billing roll-over time, which is drawn inside the data range.
    const drawn = (list: typeof hour) =>
      list.map((s) => ({ ...s.profile, cost: { ...s.profile.cost, monthResetAt: 0 } }));
    expect(drawn(three)).toEqual(drawn(hour));
    for (const s of three) {
      const { baselineWindow: b, candidateWindow: c } = s.truth;
      expect([b.end - b.start, c.end - c.start]).toEqual([3 * 3600, 3 * 3600]);
      expect(c.end).toBe(END);
      const candidate = s.deployment[1]!;
      if (s.truth.layout === 'sequential') {
        // The baseline serves its whole window, the candidate starts between the windows.
        expect(s.deployment[0]!.end).toBeGreaterThanOrEqual(b.end);
        expect(candidate.start).toBeGreaterThanOrEqual(b.end);
        expect(candidate.start).toBeLessThan(c.start);
        expect(s.start).toBeLessThan(b.start);
      } else {
        expect(b).toEqual(c);
        expect(candidate.start).toBeLessThan(c.start);
        expect(s.start).toBeLessThanOrEqual(candidate.start);
      }
    }
    expect(() => buildScenarios({ seed: 9, end: END, size: 'small', windowSeconds: 90 })).toThrow(/whole minutes/);
  });
});
