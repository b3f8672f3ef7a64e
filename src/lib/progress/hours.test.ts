import { describe, expect, test } from 'vitest';
import { EMPTY_RECORD, type ProgressRecord } from './types.ts';
import type { CatalogueEntry } from '../catalogue.ts';
import { annualSummary, earnedHours, earnedList, hoursInPeriod } from './hours.ts';
import { parsePeriod } from './periods.ts';

const rec = (r: Partial<ProgressRecord>): ProgressRecord => ({ ...EMPTY_RECORD, ...r });
const read = (readAt: string) => rec({ status: 'read', readAt, lastOpenedAt: readAt });

const catalogue: CatalogueEntry[] = [
  { key: 'theory/march', collection: 'theory', title: '三月学习', hours: 2, date: '2026-03-01' },
  // Read at 2026-03-31T20:00Z = 1 April 04:00 in China: counts in April / Q2.
  { key: 'theory/late-march', collection: 'theory', title: '月末学习', hours: 1.5, date: '2026-03-20' },
  { key: 'exemplars/hero', collection: 'exemplars', title: '先进人物', hours: 1, date: '2025-12-01' },
  { key: 'exemplars/no-hours', collection: 'exemplars', title: '无学时', hours: 0, date: '2026-01-01' },
  { key: 'training/skills', collection: 'training', title: '技能培训', hours: 4, date: '2026-05-20' },
  { key: 'training/missed', collection: 'training', title: '未参加的培训', hours: 3, date: '2026-05-21' },
  { key: 'training/old', collection: 'training', title: '去年培训', hours: 2, date: new Date(Date.UTC(2025, 11, 30)) },
];

const records = new Map<string, ProgressRecord>([
  ['theory/march', read('2026-03-10T02:00:00.000Z')],
  ['theory/late-march', read('2026-03-31T20:00:00.000Z')],
  ['exemplars/hero', read('2026-07-01T02:00:00.000Z')],
  ['exemplars/no-hours', read('2026-01-05T02:00:00.000Z')],
  // Attended; when it was ticked does not matter, the training's date does.
  ['training/skills', rec({ attended: true, attendedAt: '2026-09-01T00:00:00.000Z' })],
  // Read the notes but did not attend: no 学时.
  ['training/missed', read('2026-05-22T00:00:00.000Z')],
  ['training/old', rec({ attended: true, attendedAt: '2026-01-02T00:00:00.000Z' })],
  ['theory/unknown', read('2026-03-10T00:00:00.000Z')],
]);

const period = (text: string) => parsePeriod(text)!;

describe('earnedHours', () => {
  test('read entries count on the reader’s day of readAt (UTC+8 by default)', () => {
    const entry = catalogue[1]!;
    expect(earnedHours(records.get(entry.key)!, entry)).toMatchObject({ day: { year: 2026, month: 4, day: 1 }, via: 'read' });
    expect(earnedHours(records.get(entry.key)!, entry, { utcOffsetMinutes: 0 })?.day.month).toBe(3);
  });

  test('training counts only when attended, on the training date', () => {
    expect(earnedHours(records.get('training/skills')!, catalogue[4]!)).toMatchObject({
      hours: 4,
      via: 'attended',
      day: { month: 5, day: 20 },
    });
    expect(earnedHours(records.get('training/missed')!, catalogue[5]!)).toBeNull();
  });

  test('unread entries and entries worth no hours earn nothing', () => {
    expect(earnedHours(rec({ status: 'reading' }), catalogue[0]!)).toBeNull();
    expect(earnedHours(records.get('exemplars/no-hours')!, catalogue[3]!)).toBeNull();
  });
});

describe('hoursInPeriod', () => {
  test('by month', () => {
    expect(hoursInPeriod(records, catalogue, period('2026-03')).total).toBe(2);
    expect(hoursInPeriod(records, catalogue, period('2026-04')).total).toBe(1.5);
    expect(hoursInPeriod(records, catalogue, period('2026-05')).items.map((i) => i.key)).toEqual(['training/skills']);
  });

  test('by quarter', () => {
    expect(hoursInPeriod(records, catalogue, period('2026-Q1')).total).toBe(2);
    expect(hoursInPeriod(records, catalogue, period('2026-Q2')).total).toBe(5.5);
    expect(hoursInPeriod(records, catalogue, period('2026-Q3')).total).toBe(1);
  });

  test('by year, ignoring records for entries no longer listed', () => {
    expect(hoursInPeriod(records, catalogue, period('2026')).total).toBe(8.5);
    expect(hoursInPeriod(records, catalogue, period('2025')).total).toBe(2);
  });

  test('earnedList is ordered by day', () => {
    expect(earnedList(records, catalogue).map((e) => e.key)).toEqual([
      'training/old',
      'theory/march',
      'theory/late-march',
      'training/skills',
      'exemplars/hero',
    ]);
  });
});

describe('annualSummary', () => {
  test('totals against the target with month and quarter breakdowns', () => {
    const s = annualSummary(records, catalogue, 2026, 32);
    expect(s).toMatchObject({ year: 2026, target: 32, earned: 8.5, remaining: 23.5, percent: 26, met: false });
    expect(s.byQuarter).toEqual([2, 5.5, 1, 0]);
    expect(s.byMonth[2]).toBe(2);
    expect(s.byMonth[3]).toBe(1.5);
  });

  test('caps at 100% once met and never reports negative remaining', () => {
    expect(annualSummary(records, catalogue, 2026, 8)).toMatchObject({ percent: 100, met: true, remaining: 0 });
    expect(annualSummary(records, catalogue, 2026, 8.5).percent).toBe(100);
  });
});
