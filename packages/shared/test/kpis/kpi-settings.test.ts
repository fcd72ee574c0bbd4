/** `driftgate kpis`' settings (io/kpis/kpi-settings.ts): the month and the archives, parsed once, mistakes named. */
import { describe, expect, it } from 'vitest';
import { type KpiValues, kpiSettings } from '../../src/io/kpis/index.js';

const flag = (name: string) => `--${name}`;
const NOW = new Date('2026-12-07T11:00:00Z');

describe('kpiSettings', () => {
  it('defaults to the previous month; parses the archives into locations', () => {
    const s = kpiSettings({ 'evidence-uri': 's3://nc-perf-results/daily/' } as KpiValues, flag, NOW);
    expect(s).toMatchObject({ month: '2026-11', evidence: { bucket: 'nc-perf-results' }, outputDir: 'driftgate-kpis' });
    expect(s.finops).toBeUndefined();
    const jan = kpiSettings({ month: '2026-01', 'finops-uri': 's3://nc-finops/daily/' } as KpiValues, flag, NOW);
    expect(jan).toMatchObject({ month: '2026-01', finops: { bucket: 'nc-finops' } });
    expect(
      kpiSettings({ 'finops-uri': 's3://nc-finops/daily/' } as KpiValues, flag, new Date('2026-01-15T00:00:00Z')).month,
    ).toBe('2025-12');
  });

  it.each([
    [{ month: '2026-13', 'evidence-uri': 's3://b/' }, /^--month is "2026-13": expected a month such as 2026-11\.$/],
    [{}, /^Neither --evidence-uri nor --finops-uri is given: give one or both/],
    [{ 'evidence-uri': 'nc-perf-results/daily/' }, /^--evidence-uri/],
  ] as Array<[Partial<KpiValues>, RegExp]>)('refuses %j before any request', (v, message) => {
    expect(() => kpiSettings(v as KpiValues, flag, NOW)).toThrow(message);
  });
});
