import { collections } from '../../site.config.ts';
import { dayOfDate, type CalendarDay } from '../progress/time.ts';

/** 学时 as people write them: 2, 1.5, 0.25 (at most two decimals, no trailing zeros). */
export function formatHours(hours: number): string {
  if (!Number.isFinite(hours)) return '0';
  return String(Math.round(hours * 100) / 100);
}

/** A calendar day (or `YYYY-MM-DD`) as 2026年3月2日; unreadable text is returned as it is. */
export function dayText(day: CalendarDay | string): string {
  const d = typeof day === 'string' ? dayOfDate(day) : day;
  if (!d) return typeof day === 'string' ? day : '';
  return `${d.year}年${d.month}月${d.day}日`;
}

/** The navigation label of a collection (理论学习…), or the name itself when unknown. */
export function collectionLabel(collection: string): string {
  const known = collections as Record<string, { label: string } | undefined>;
  return known[collection]?.label ?? collection;
}

/** A fraction 0..1 as a whole percent, rounded down (so 100% means all of it). */
export function wholePercent(fraction: number): number {
  if (!Number.isFinite(fraction) || fraction <= 0) return 0;
  return Math.min(100, Math.floor(fraction * 100 + 1e-9));
}
