import type { CalendarDay } from './time.ts';

/** A study period: a year, a quarter (1–4) or a month (1–12). */
export type Period =
  | { readonly kind: 'year'; readonly year: number }
  | { readonly kind: 'quarter'; readonly year: number; readonly quarter: number }
  | { readonly kind: 'month'; readonly year: number; readonly month: number };

/** Same notation as a plan's `period` field (`PERIOD_PATTERN` in `src/schemas/plans.ts`). */
const PERIOD_TEXT = /^(\d{4})(?:-(0[1-9]|1[0-2])|-Q([1-4]))?$/;

/** Parses `2026`, `2026-Q4` or `2026-03`; null for anything else. */
export function parsePeriod(text: string): Period | null {
  const m = PERIOD_TEXT.exec(text.trim());
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2]) return { kind: 'month', year, month: Number(m[2]) };
  if (m[3]) return { kind: 'quarter', year, quarter: Number(m[3]) };
  return { kind: 'year', year };
}

/** Writes a period back as `2026`, `2026-Q4` or `2026-03`. */
export function formatPeriod(period: Period): string {
  if (period.kind === 'year') return String(period.year);
  if (period.kind === 'quarter') return `${period.year}-Q${period.quarter}`;
  return `${period.year}-${String(period.month).padStart(2, '0')}`;
}

const QUARTER_NAMES = ['一', '二', '三', '四'] as const;

/** A quarter for people, the one form used everywhere (plans, 我的学习, print): 2026年第四季度. */
export function quarterLabel(year: number, quarter: number): string {
  return `${year}年第${QUARTER_NAMES[quarter - 1] ?? quarter}季度`;
}

/** A period for people: 2026年, 2026年第四季度, 2026年3月. */
export function periodLabel(period: Period): string {
  if (period.kind === 'year') return `${period.year}年`;
  if (period.kind === 'quarter') return quarterLabel(period.year, period.quarter);
  return `${period.year}年${period.month}月`;
}

/** Quarter (1–4) of a month (1–12). */
export function quarterOf(month: number): number {
  return Math.floor((month - 1) / 3) + 1;
}

/** Whether a calendar day falls inside a period. */
export function periodContains(period: Period, day: CalendarDay): boolean {
  if (day.year !== period.year) return false;
  if (period.kind === 'year') return true;
  if (period.kind === 'quarter') return quarterOf(day.month) === period.quarter;
  return day.month === period.month;
}

/** The month, quarter and year containing a day, e.g. for "this month" on the progress page. */
export function periodsOf(day: CalendarDay): { month: Period; quarter: Period; year: Period } {
  return {
    month: { kind: 'month', year: day.year, month: day.month },
    quarter: { kind: 'quarter', year: day.year, quarter: quarterOf(day.month) },
    year: { kind: 'year', year: day.year },
  };
}
