import { STARTED_READING } from './reading-position.ts';
import type { EntryKey, ProgressRecord } from '../progress/types.ts';
import { earnedHours, hoursInPeriod, type HoursOptions } from '../progress/hours.ts';
import { periodContains, type Period } from '../progress/periods.ts';
import { CHINA_UTC_OFFSET_MINUTES, dayNumber, dayOfDate, dayOfInstant, parseInstant, type CalendarDay } from '../progress/time.ts';
import type { CatalogueItem } from '../catalogue.ts';

type Records = ReadonlyMap<EntryKey, ProgressRecord>;
type Index = ReadonlyMap<EntryKey, CatalogueItem>;

/** What the reader did in a month, quarter or year. */
export interface PeriodStats {
  /** Entries marked 已读 in the period (by the day of `readAt`). */
  readonly read: number;
  /** Training attended whose date falls in the period. */
  readonly attended: number;
  /** 学时 earned in the period. */
  readonly hours: number;
}

const readDay = (record: ProgressRecord, offset: number): CalendarDay | null => {
  const ms = record.status === 'read' ? parseInstant(record.readAt) : null;
  return ms === null ? null : dayOfInstant(ms, offset);
};

/** The training's own date, for attended training; null for anything else. */
const attendedDay = (record: ProgressRecord, entry: CatalogueItem | undefined | null): CalendarDay | null =>
  entry?.collection === 'training' && record.attended ? dayOfDate(entry.date) : null;

/** Entries read, training attended and 学时 earned in `period`. */
export function periodStats(
  records: Records,
  catalogue: readonly CatalogueItem[],
  index: Index,
  period: Period,
  options: HoursOptions = {},
): PeriodStats {
  const offset = options.utcOffsetMinutes ?? CHINA_UTC_OFFSET_MINUTES;
  let read = 0;
  let attended = 0;
  for (const [key, record] of records) {
    const day = readDay(record, offset);
    if (day && periodContains(period, day)) read += 1;
    const held = attendedDay(record, index.get(key));
    if (held && periodContains(period, held)) attended += 1;
  }
  return { read, attended, hours: hoursInPeriod(records, catalogue, period, options).total };
}

/** An entry being read, for 继续阅读. */
export interface InProgressEntry {
  readonly entry: CatalogueItem;
  readonly scroll: number;
  readonly lastOpenedAt: string | null;
}

/**
 * Entries actually being read, most recently opened first: opened and read some way in
 * (STARTED_READING), not merely opened. Plans (complete when their items are) and trainings
 * already attended are not reading. Entries the site no longer lists are left out (nothing to open).
 */
export function inProgress(records: Records, index: Index): InProgressEntry[] {
  const out: InProgressEntry[] = [];
  for (const [key, record] of records) {
    const entry = index.get(key);
    if (!entry || record.status !== 'reading' || record.scroll < STARTED_READING) continue;
    if (entry.collection === 'plans' || record.attended) continue;
    out.push({ entry, scroll: record.scroll, lastOpenedAt: record.lastOpenedAt });
  }
  const at = (e: InProgressEntry) => parseInstant(e.lastOpenedAt) ?? 0;
  return out.sort((a, b) => at(b) - at(a) || a.entry.title.localeCompare(b.entry.title, 'zh-CN'));
}

/** One completed entry in the history. */
export interface HistoryRow {
  readonly key: EntryKey;
  /** The entry, or null when the site no longer lists it. */
  readonly entry: CatalogueItem | null;
  readonly day: CalendarDay;
  /** `read`: marked 已读 that day; `attended`: training held that day and attended. */
  readonly via: 'read' | 'attended';
  readonly hours: number;
}

/** Completed entries of one month. */
export interface HistoryMonth {
  readonly year: number;
  readonly month: number;
  readonly rows: readonly HistoryRow[];
}

/**
 * Read (and attended) entries by date, newest month first and newest day first within a
 * month. Attended training is dated by the training; everything else by the day it was read.
 */
export function readHistory(records: Records, index: Index, options: HoursOptions = {}): HistoryMonth[] {
  const offset = options.utcOffsetMinutes ?? CHINA_UTC_OFFSET_MINUTES;
  const rows: HistoryRow[] = [];
  for (const [key, record] of records) {
    const entry = index.get(key) ?? null;
    const earned = entry ? earnedHours(record, entry, options) : null;
    const held = attendedDay(record, entry);
    const day = held ?? readDay(record, offset);
    if (!day) continue;
    rows.push({ key, entry, day, via: held ? 'attended' : 'read', hours: earned?.hours ?? 0 });
  }
  rows.sort((a, b) => dayNumber(b.day) - dayNumber(a.day) || a.key.localeCompare(b.key));
  const months: { year: number; month: number; rows: HistoryRow[] }[] = [];
  for (const row of rows) {
    const last = months.at(-1);
    if (last && last.year === row.day.year && last.month === row.day.month) last.rows.push(row);
    else months.push({ year: row.day.year, month: row.day.month, rows: [row] });
  }
  return months;
}

/** Years that have 学时 or reading, plus `current`, newest first: the choices for the chart and the print sheet. */
export function activeYears(records: Records, index: Index, current: number, options: HoursOptions = {}): number[] {
  const years = new Set([current]);
  for (const month of readHistory(records, index, options)) years.add(month.year);
  return [...years].sort((a, b) => b - a);
}
