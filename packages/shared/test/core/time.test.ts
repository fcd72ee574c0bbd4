import { describe, expect, it } from 'vitest';
import { formatDuration, parseDuration, parseTime, parseWindow } from '../../src/core/time.js';

const NOW = 1_796_000_000;

describe('time parsing', () => {
  it('parses durations', () => {
    expect(parseDuration('90s', 'x')).toBe(90);
    expect(parseDuration('1h30m', 'x')).toBe(5400);
    expect(parseDuration('300', 'x')).toBe(300);
    expect(formatDuration(5400)).toBe('1h30m');
    expect(formatDuration(60)).toBe('1m');
    expect(() => parseDuration('5 minutes', 'Input "interval"')).toThrow(
      /Input "interval" is "5 minutes": expected a positive duration such as "90s"/,
    );
  });

  it('parses times: RFC 3339, unix seconds, now and relative', () => {
    expect(parseTime('2026-11-27T08:00:00Z', NOW, 'x')).toBe(Date.parse('2026-11-27T08:00:00Z') / 1000);
    expect(parseTime('2026-11-27T10:00:00+02:00', NOW, 'x')).toBe(Date.parse('2026-11-27T08:00:00Z') / 1000);
    expect(parseTime('1796000123', NOW, 'x')).toBe(1796000123);
    expect(parseTime('1796000123000', NOW, 'x')).toBe(1796000123);
    expect(parseTime('now', NOW, 'x')).toBe(NOW);
    expect(parseTime('-2h', NOW, 'x')).toBe(NOW - 7200);
    expect(parseTime('now-30m', NOW, 'x')).toBe(NOW - 1800);
  });

  it('parses windows and explains malformed ones', () => {
    expect(parseWindow('-2h..now', NOW, 'w')).toEqual({ start: NOW - 7200, end: NOW });
    expect(() => parseWindow('-2h', NOW, 'Input "candidate-window"')).toThrow(
      /Input "candidate-window" is "-2h": expected START\.\.END/,
    );
    expect(() => parseWindow('now..-1h', NOW, 'Input "baseline-window"')).toThrow(/the end .* must be after the start/);
    expect(() => parseWindow('yesterday..now', NOW, 'Input "baseline-window"')).toThrow(
      /Input "baseline-window" \(start\) is "yesterday"/,
    );
  });
});
