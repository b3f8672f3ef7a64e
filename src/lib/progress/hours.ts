import type { EntryKey, ProgressRecord } from './types.ts';
import type { CatalogueEntry } from '../catalogue.ts';
import { periodContains, quarterOf, type Period } from './periods.ts';
import { CHINA_UTC_OFFSET_MINUTES, dayNumber, dayOfDate, dayOfInstant, parseInstant, type CalendarDay } from './time.ts';

/** Options for turning instants into calendar days. */
export interface HoursOptions {
  /** Offset of the reader's calendar from UTC in minutes; default UTC+8 (China Standard Time). */
  utcOffsetMinutes?: number;
}

/** 学时 earned for one entry, and the day they count on. */
export interface EarnedHours {
  readonly key: EntryKey;
  readonly hours: number;
  readonly day: CalendarDay;
  /** `read`: counted on the day it was marked read; `attended`: training, counted on its date. */
  readonly via: 'read' | 'attended';
}

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * The 学时 one record earns, or null. Training counts only when attended, on the training's
 * own date (reading its notes earns nothing); every other collection counts when read, on
 * the reader's calendar day of `readAt`.
 */
export function earnedHours(record: ProgressRecord, entry: CatalogueEntry, options: HoursOptions = {}): EarnedHours | null {
  if (!(typeof entry.hours === 'number' && Number.isFinite(entry.hours) && entry.hours > 0)) return null;
  if (entry.collection === 'training') {
    const day = record.attended ? dayOfDate(entry.date) : null;
    return day ? { key: entry.key, hours: entry.hours, day, via: 'attended' } : null;
  }
  const readMs = record.status === 'read' ? parseInstant(record.readAt) : null;
  if (readMs === null) return null;
  const day = dayOfInstant(readMs, options.utcOffsetMinutes ?? CHINA_UTC_OFFSET_MINUTES);
  return { key: entry.key, hours: entry.hours, day, via: 'read' };
}

/** Every entry that earns 学时, oldest first. Records for entries not in the catalogue earn nothing. */
export function earnedList(
  records: ReadonlyMap<EntryKey, ProgressRecord>,
  catalogue: Iterable<CatalogueEntry>,
  options: HoursOptions = {},
): EarnedHours[] {
  const out: EarnedHours[] = [];
  for (const entry of catalogue) {
    const record = records.get(entry.key);
    const earned = record ? earnedHours(record, entry, options) : null;
    if (earned) out.push(earned);
  }
  return out.sort((a, b) => dayNumber(a.day) - dayNumber(b.day) || a.key.localeCompare(b.key));
}

/** 学时 earned within a month, quarter or year, with the entries that earned them. */
export function hoursInPeriod(
  records: ReadonlyMap<EntryKey, ProgressRecord>,
  catalogue: Iterable<CatalogueEntry>,
  period: Period,
  options: HoursOptions = {},
): { total: number; items: EarnedHours[] } {
  const items = earnedList(records, catalogue, options).filter((e) => periodContains(period, e.day));
  return { total: round(items.reduce((sum, e) => sum + e.hours, 0)), items };
}

/** A year's 学时 against the annual target. */
export interface AnnualSummary {
  readonly year: number;
  readonly target: number;
  readonly earned: number;
  /** Still needed to reach the target; 0 once met. */
  readonly remaining: number;
  /** Whole percent of the target reached, 0–100 (rounded down, so 100 means met). */
  readonly percent: number;
  readonly met: boolean;
  /** 学时 per quarter, index 0 = Q1. */
  readonly byQuarter: readonly number[];
  /** 学时 per month, index 0 = January. */
  readonly byMonth: readonly number[];
}

/** Sums a year's 学时 by month and quarter and compares them with `target`. */
export function annualSummary(
  records: ReadonlyMap<EntryKey, ProgressRecord>,
  catalogue: Iterable<CatalogueEntry>,
  year: number,
  target: number,
  options: HoursOptions = {},
): AnnualSummary {
  const byMonth = Array.from({ length: 12 }, () => 0);
  const byQuarter = [0, 0, 0, 0];
  for (const e of earnedList(records, catalogue, options)) {
    if (e.day.year !== year) continue;
    byMonth[e.day.month - 1] = round((byMonth[e.day.month - 1] ?? 0) + e.hours);
    byQuarter[quarterOf(e.day.month) - 1] = round((byQuarter[quarterOf(e.day.month) - 1] ?? 0) + e.hours);
  }
  const earned = round(byMonth.reduce((a, b) => a + b, 0));
  const safeTarget = Number.isFinite(target) && target > 0 ? target : 0;
  const met = earned >= safeTarget;
  return {
    year,
    target: safeTarget,
    earned,
    remaining: round(Math.max(0, safeTarget - earned)),
    percent: safeTarget === 0 ? 100 : Math.min(100, Math.floor((earned * 100) / safeTarget + 1e-9)),
    met,
    byQuarter,
    byMonth,
  };
}
