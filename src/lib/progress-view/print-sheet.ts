import type { EntryKey, ProgressRecord } from '../progress/types.ts';
import { hoursInPeriod, type HoursOptions } from '../progress/hours.ts';
import { formatPeriod, periodLabel, type Period } from '../progress/periods.ts';
import { formatDay } from '../progress/time.ts';
import type { CatalogueItem } from '../catalogue.ts';
import { collectionLabel } from './format.ts';

/** One line of 个人学习情况表. */
export interface PrintRow {
  /** 序号, from 1. */
  readonly index: number;
  readonly title: string;
  /** 栏目 label. */
  readonly collection: string;
  /** 完成日期 `YYYY-MM-DD`: the day read, or for training the day held. */
  readonly date: string;
  readonly hours: number;
  /** 已读 or 已参加. */
  readonly how: '已读' | '已参加';
}

export interface PrintSheet {
  /** `2026`, `2026-Q4`, `2026-12`. */
  readonly period: string;
  /** 2026年, 2026年第四季度, 2026年12月. */
  readonly label: string;
  readonly rows: readonly PrintRow[];
  readonly totalHours: number;
}

/**
 * The rows of the printed study record for a period: every entry that earned 学时 in it,
 * oldest first, with the total. Entries the site no longer lists earn nothing and are not shown.
 */
export function printSheet(
  records: ReadonlyMap<EntryKey, ProgressRecord>,
  catalogue: readonly CatalogueItem[],
  period: Period,
  options: HoursOptions = {},
): PrintSheet {
  const index = new Map(catalogue.map((e) => [e.key, e] as const));
  const { total, items } = hoursInPeriod(records, catalogue, period, options);
  const rows = items.map((earned, i) => {
    const entry = index.get(earned.key);
    return {
      index: i + 1,
      title: entry?.title ?? earned.key,
      collection: collectionLabel(entry?.collection ?? ''),
      date: formatDay(earned.day),
      hours: earned.hours,
      how: earned.via === 'attended' ? ('已参加' as const) : ('已读' as const),
    };
  });
  return { period: formatPeriod(period), label: periodLabel(period), rows, totalHours: total };
}

/** The periods offered for printing in one year: the year, its quarters and its months. */
export function printPeriods(year: number): { value: string; label: string; group: '年度' | '季度' | '月度' }[] {
  const out: { value: string; label: string; group: '年度' | '季度' | '月度' }[] = [];
  const add = (p: Period, group: '年度' | '季度' | '月度') => out.push({ value: formatPeriod(p), label: periodLabel(p), group });
  add({ kind: 'year', year }, '年度');
  for (let quarter = 1; quarter <= 4; quarter++) add({ kind: 'quarter', year, quarter }, '季度');
  for (let month = 1; month <= 12; month++) add({ kind: 'month', year, month }, '月度');
  return out;
}
