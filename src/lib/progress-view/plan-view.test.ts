import { describe, expect, test } from 'vitest';
import { planProgress } from '../progress/plans.ts';
import { planSummary } from './plan-view.ts';
import { read } from './test-fixtures.ts';

describe('planSummary', () => {
  test('summarises completion and overdue items', () => {
    const items = [
      { key: 'theory/a', requirement: '必学' as const, due: '2026-12-10' },
      { key: 'theory/b', requirement: '必学' as const, due: '2026-12-25' },
      { key: 'theory/c', requirement: '选学' as const, due: '2026-12-31' },
    ];
    const records = new Map([['theory/b', read('2026-12-01T00:00:00Z')]]);
    const progress = planProgress(items, records, Date.UTC(2026, 11, 20));
    expect(planSummary(progress)).toEqual({ required: '必学完成 1 / 2', optional: '选学完成 0 / 1', overdue: '已逾期 1 项', done: null });
  });
});
