import { describe, expect, test } from 'vitest';
import { EMPTY_RECORD, type ProgressRecord } from './types.ts';
import { isItemDone, planProgress, type PlanItem } from './plans.ts';

const rec = (r: Partial<ProgressRecord>): ProgressRecord => ({ ...EMPTY_RECORD, ...r });
const items: PlanItem[] = [
  { key: 'theory/a', requirement: '必学', due: '2026-03-10' },
  { key: 'theory/b', requirement: '必学', due: '2026-03-31' },
  { key: 'training/c', requirement: '必学', due: new Date(Date.UTC(2026, 2, 20)) },
  { key: 'exemplars/d', requirement: '选学', due: '2026-03-05' },
  { key: 'theory/e', requirement: '选学', due: '2026-04-30' },
];
const records = new Map<string, ProgressRecord>([
  ['theory/a', rec({ status: 'read', readAt: '2026-03-09T00:00:00.000Z' })],
  ['theory/b', rec({ status: 'reading' })],
  ['training/c', rec({ attended: true, attendedAt: '2026-03-20T00:00:00.000Z' })],
]);

describe('isItemDone', () => {
  test('read, or attended for training', () => {
    expect(isItemDone(rec({ status: 'read' }))).toBe(true);
    expect(isItemDone(rec({ attended: true }))).toBe(true);
    expect(isItemDone(rec({ status: 'reading' }))).toBe(false);
    expect(isItemDone(undefined)).toBe(false);
  });
});

describe('planProgress', () => {
  test('overdue and next are the very items passed in, with their own fields', () => {
    const mine = items.map((item, i) => ({ ...item, row: i }));
    const p = planProgress(mine, records, Date.UTC(2026, 2, 15));
    for (const item of [...p.overdue, ...(p.next ? [p.next] : [])]) expect(mine).toContain(item);
    expect(typeof p.next?.row).toBe('number');
  });
  test('counts required and optional items done', () => {
    const p = planProgress(items, records, Date.UTC(2026, 2, 15));
    expect(p.required).toEqual({ done: 2, total: 3 });
    expect(p.optional).toEqual({ done: 0, total: 2 });
    expect(p.percent).toBe(66);
    expect(p.complete).toBe(false);
  });

  test('an item is overdue from the day after its due day, in China time', () => {
    // 2026-03-31T15:59Z is still 23:59 on 31 March in China: theory/b not yet overdue.
    expect(planProgress(items, records, Date.UTC(2026, 2, 31, 15, 59)).overdue.map((i) => i.key)).toEqual(['exemplars/d']);
    // One minute later it is 1 April in China.
    expect(planProgress(items, records, new Date(Date.UTC(2026, 2, 31, 16, 0))).overdue.map((i) => i.key)).toEqual([
      'theory/b',
      'exemplars/d',
    ]);
  });

  test('next is the soonest-due required item, then optional items, then nothing', () => {
    expect(planProgress(items, records, Date.UTC(2026, 2, 15)).next?.key).toBe('theory/b');
    const allRequired = new Map(records).set('theory/b', rec({ status: 'read', readAt: '2026-03-16T00:00:00.000Z' }));
    const p = planProgress(items, allRequired, Date.UTC(2026, 2, 15));
    expect(p.next?.key).toBe('exemplars/d');
    expect(p.complete).toBe(true);
    const everything = new Map(allRequired).set('exemplars/d', rec({ status: 'read' })).set('theory/e', rec({ status: 'read' }));
    expect(planProgress(items, everything, Date.UTC(2026, 2, 15)).next).toBeNull();
  });

  test('an empty plan is complete', () => {
    expect(planProgress([], records, 0)).toMatchObject({ complete: true, percent: 100, next: null, overdue: [] });
  });
});
