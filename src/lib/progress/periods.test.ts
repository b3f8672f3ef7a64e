import { describe, expect, test } from 'vitest';
import { PERIOD_PATTERN } from '../../schemas/plans.ts';
import { periodLabel as planPeriodLabel } from '../content/period.ts';
import { formatPeriod, parsePeriod, periodContains, periodLabel, periodsOf } from './periods.ts';

describe('parsePeriod / formatPeriod', () => {
  test('reads the same notation as a plan’s period field', () => {
    for (const text of ['2026', '2026-Q4', '2026-03', '2026-13', '2026-Q5', '26', '2026-3']) {
      expect(parsePeriod(text) !== null).toBe(PERIOD_PATTERN.test(text));
    }
  });

  test('round-trips and labels in Chinese', () => {
    for (const text of ['2026', '2026-Q2', '2026-11']) expect(formatPeriod(parsePeriod(text)!)).toBe(text);
    expect(periodLabel(parsePeriod('2026-Q4')!)).toBe('2026年第四季度');
    expect(periodLabel(parsePeriod('2026-03')!)).toBe('2026年3月');
  });

  test('a quarter reads the same on 我的学习 (本季度) as on the plans: 第四季度, not 第4季度', () => {
    for (const q of [1, 2, 3, 4]) {
      expect(periodLabel(parsePeriod(`2026-Q${q}`)!)).toBe(planPeriodLabel(`2026-Q${q}`).label);
      expect(periodLabel(parsePeriod(`2026-Q${q}`)!)).not.toMatch(/第\d季度/);
    }
  });
});

describe('periodContains', () => {
  const day = { year: 2026, month: 6, day: 30 };

  test('month, quarter and year boundaries', () => {
    expect(periodContains({ kind: 'month', year: 2026, month: 6 }, day)).toBe(true);
    expect(periodContains({ kind: 'month', year: 2026, month: 7 }, day)).toBe(false);
    expect(periodContains({ kind: 'quarter', year: 2026, quarter: 2 }, day)).toBe(true);
    expect(periodContains({ kind: 'quarter', year: 2026, quarter: 3 }, day)).toBe(false);
    expect(periodContains({ kind: 'year', year: 2025 }, day)).toBe(false);
  });

  test('periodsOf gives the month, quarter and year of a day', () => {
    expect(periodsOf(day)).toEqual({
      month: { kind: 'month', year: 2026, month: 6 },
      quarter: { kind: 'quarter', year: 2026, quarter: 2 },
      year: { kind: 'year', year: 2026 },
    });
  });
});
