/**
 * Calendar arithmetic without the machine's time zone: every function takes the offset it
 * needs, so results are the same in the browser, in Node and in CI.
 */

/** China Standard Time (UTC+8, no daylight saving): the default for study periods. */
export const CHINA_UTC_OFFSET_MINUTES = 480;

const MS_PER_DAY = 86_400_000;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A day on the calendar; `month` is 1–12. */
export interface CalendarDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Milliseconds since the epoch as an ISO 8601 UTC string, or null for an impossible time. */
export function toIso(ms: number): string | null {
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/** Parses an ISO 8601 instant (with `Z` or an offset) to milliseconds; anything else is null. */
export function parseInstant(value: unknown): number | null {
  if (typeof value !== 'string' || !ISO_INSTANT.test(value)) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : ms;
}

/** Normalises an ISO instant to `toISOString()` form, or null when it is not one. */
export function normaliseInstant(value: unknown): string | null {
  const ms = parseInstant(value);
  return ms === null ? null : toIso(ms);
}

/** The calendar day an instant falls on at the given UTC offset. */
export function dayOfInstant(ms: number, offsetMinutes: number = CHINA_UTC_OFFSET_MINUTES): CalendarDay {
  const d = new Date(ms + offsetMinutes * 60_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/**
 * The calendar day of a content date: `YYYY-MM-DD` text (as in a JSON catalogue) or a Date at
 * UTC midnight (as the content schema produces). Null for anything unreadable.
 */
export function dayOfDate(value: Date | string): CalendarDay | null {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    return { year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, day: value.getUTCDate() };
  }
  const m = DATE_ONLY.exec(value);
  if (!m) return null;
  const day = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  const check = new Date(Date.UTC(day.year, day.month - 1, day.day));
  return check.getUTCMonth() === day.month - 1 && check.getUTCDate() === day.day ? day : null;
}

/** Days since 1970-01-01, for comparing calendar days. */
export function dayNumber(day: CalendarDay): number {
  return Date.UTC(day.year, day.month - 1, day.day) / MS_PER_DAY;
}

/** `YYYY-MM-DD`. */
export function formatDay(day: CalendarDay): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day.year}-${pad(day.month)}-${pad(day.day)}`;
}
