import { describe, expect, test } from 'vitest';
import { dayText, formatHours, wholePercent } from './format.ts';

describe('format', () => {
  test('formats hours, days and percents', () => {
    expect(formatHours(1.5)).toBe('1.5');
    expect(formatHours(0.1 + 0.2)).toBe('0.3');
    expect(formatHours(Number.NaN)).toBe('0');
    expect(dayText('2026-03-02')).toBe('2026年3月2日');
    expect(dayText({ year: 2026, month: 12, day: 20 })).toBe('2026年12月20日');
    expect(dayText('bad')).toBe('bad');
    expect(wholePercent(0.999)).toBe(99);
    expect(wholePercent(2)).toBe(100);
  });
});
