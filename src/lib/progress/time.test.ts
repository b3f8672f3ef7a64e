import { describe, expect, test } from 'vitest';
import { dayNumber, dayOfDate, dayOfInstant, formatDay, normaliseInstant, parseInstant, toIso } from './time.ts';

describe('instants', () => {
  test('parses ISO instants with Z or an offset, and nothing else', () => {
    expect(parseInstant('2026-03-01T00:00:00.000Z')).toBe(Date.UTC(2026, 2, 1));
    expect(parseInstant('2026-03-01T08:00:00+08:00')).toBe(Date.UTC(2026, 2, 1));
    expect(parseInstant('2026-03-01')).toBeNull();
    expect(parseInstant('yesterday')).toBeNull();
    expect(parseInstant(1_700_000_000_000)).toBeNull();
  });

  test('normalises to toISOString form', () => {
    expect(normaliseInstant('2026-03-01T08:00+08:00')).toBe('2026-03-01T00:00:00.000Z');
    expect(toIso(Number.NaN)).toBeNull();
  });
});

describe('calendar days', () => {
  test('an instant late on 31 March UTC is already 1 April in China', () => {
    const ms = Date.UTC(2026, 2, 31, 17, 0);
    expect(dayOfInstant(ms)).toEqual({ year: 2026, month: 4, day: 1 });
    expect(dayOfInstant(ms, 0)).toEqual({ year: 2026, month: 3, day: 31 });
  });

  test('reads content dates as text or UTC-midnight Dates and refuses impossible ones', () => {
    expect(dayOfDate('2026-02-28')).toEqual({ year: 2026, month: 2, day: 28 });
    expect(dayOfDate(new Date(Date.UTC(2026, 1, 28)))).toEqual({ year: 2026, month: 2, day: 28 });
    expect(dayOfDate('2026-02-30')).toBeNull();
    expect(dayOfDate(new Date('nope'))).toBeNull();
  });

  test('formats and orders days', () => {
    expect(formatDay({ year: 2026, month: 3, day: 5 })).toBe('2026-03-05');
    expect(dayNumber({ year: 2026, month: 3, day: 1 }) - dayNumber({ year: 2026, month: 2, day: 28 })).toBe(1);
  });
});
