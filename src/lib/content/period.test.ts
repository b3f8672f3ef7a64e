import { describe, expect, test } from 'vitest';
import { isCurrentPeriod, periodLabel } from './period.ts';

describe('periods', () => {
  test('labels months, quarters and years', () => {
    expect(periodLabel('2026-12')).toMatchObject({ kind: '月度计划', label: '2026年12月' });
    expect(periodLabel('2026-Q4')).toMatchObject({ kind: '季度计划', label: '2026年第四季度' });
    expect(periodLabel('2026')).toMatchObject({ kind: '年度计划', label: '2026年度' });
  });
  test('knows whether a date falls inside', () => {
    const now = new Date('2026-11-25T08:00:00Z');
    expect(isCurrentPeriod('2026-Q4', now)).toBe(true);
    expect(isCurrentPeriod('2026-12', now)).toBe(false);
    expect(isCurrentPeriod('2026', now)).toBe(true);
  });
});
