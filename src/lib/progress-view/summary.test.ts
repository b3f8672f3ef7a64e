import { describe, expect, test } from 'vitest';
import { printPeriods, printSheet } from './print-sheet.ts';
import { activeYears, inProgress, periodStats, readHistory } from './summary.ts';
import { rec, read, item } from './test-fixtures.ts';

describe('summaries for /progress/', () => {
  const catalogue = [
    item('theory/a', { hours: 1 }),
    item('theory/b', { hours: 0.5 }),
    item('training/t', { hours: 2, date: '2026-11-19' }),
    item('exemplars/e', { hours: 0.5 }),
    item('theory/opened', { hours: 0.5 }),
    item('plans/p', { hours: 0 }),
    item('training/u', { hours: 1, date: '2026-12-02' }),
  ];
  const index = new Map(catalogue.map((e) => [e.key, e] as const));
  const records = new Map([
    // 2026-12-01 01:00 in Beijing is still 2026-11-30 in UTC: counted in December.
    ['theory/a', read('2026-11-30T17:00:00Z')],
    ['theory/b', read('2026-03-05T02:00:00Z')],
    ['training/t', rec({ attended: true, attendedAt: '2026-12-02T00:00:00Z' })],
    ['exemplars/e', rec({ status: 'reading', scroll: 0.4, lastOpenedAt: '2026-12-03T00:00:00Z' })],
    ['theory/gone', read('2026-12-04T00:00:00Z')],
  ]);

  test('periodStats counts reads, attendance and 学时 in the period', () => {
    expect(periodStats(records, catalogue, index, { kind: 'month', year: 2026, month: 12 })).toEqual({ read: 2, attended: 0, hours: 1 });
    expect(periodStats(records, catalogue, index, { kind: 'quarter', year: 2026, quarter: 4 })).toEqual({ read: 2, attended: 1, hours: 3 });
    expect(periodStats(records, catalogue, index, { kind: 'year', year: 2026 })).toEqual({ read: 3, attended: 1, hours: 3.5 });
  });

  test('inProgress lists only entries actually being read, with their place', () => {
    expect(inProgress(records, index).map((e) => [e.entry.key, e.scroll])).toEqual([['exemplars/e', 0.4]]);
    // Merely opened (读到 0 %), a plan, and a training attended while its page was open: none is being read.
    const opened = new Map([
      ...records,
      ['theory/opened', rec({ status: 'reading', scroll: 0, lastOpenedAt: '2026-12-03T01:00:00Z' })],
      ['plans/p', rec({ status: 'reading', scroll: 0.5, lastOpenedAt: '2026-12-03T01:00:00Z' })],
      [
        'training/u',
        rec({ status: 'reading', scroll: 0.3, attended: true, attendedAt: '2026-12-02T00:00:00Z', lastOpenedAt: '2026-12-03T01:00:00Z' }),
      ],
    ]);
    expect(inProgress(opened, index).map((e) => e.entry.key)).toEqual(['exemplars/e']);
  });

  test('readHistory groups by month, newest first, and keeps entries no longer listed', () => {
    const months = readHistory(records, index);
    expect(months.map((m) => `${m.year}-${m.month}`)).toEqual(['2026-12', '2026-11', '2026-3']);
    expect(months[0]?.rows.map((r) => [r.key, r.entry === null, r.hours])).toEqual([
      ['theory/gone', true, 0],
      ['theory/a', false, 1],
    ]);
    expect(months[1]?.rows[0]).toMatchObject({ key: 'training/t', via: 'attended', hours: 2 });
    expect(activeYears(records, index, 2027)).toEqual([2027, 2026]);
  });

  test('printSheet lists what earned 学时 in the period, oldest first, with the total', () => {
    const sheet = printSheet(records, catalogue, { kind: 'quarter', year: 2026, quarter: 4 });
    expect(sheet.label).toBe('2026年第四季度');
    expect(sheet.rows).toEqual([
      { index: 1, title: '标题 t', collection: '业务培训', date: '2026-11-19', hours: 2, how: '已参加' },
      { index: 2, title: '标题 a', collection: '理论学习', date: '2026-12-01', hours: 1, how: '已读' },
    ]);
    expect(sheet.totalHours).toBe(3);
    expect(
      printPeriods(2026)
        .map((p) => p.value)
        .slice(0, 6),
    ).toEqual(['2026', '2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4', '2026-01']);
  });
});
