import type { EntryKey, ProgressRecord } from './types.ts';
import { CHINA_UTC_OFFSET_MINUTES, dayNumber, dayOfDate, dayOfInstant } from './time.ts';

/** One line of a 学习计划. */
export interface PlanItem {
  /** `<collection>/<id>` of the entry to study. */
  readonly key: EntryKey;
  readonly requirement: '必学' | '选学';
  /** Last day to complete it (`YYYY-MM-DD` or a Date at UTC midnight); the whole day counts. */
  readonly due: Date | string;
}

/** Done out of total. */
export interface Tally {
  readonly done: number;
  readonly total: number;
}

/** How far the reader is through a plan; `overdue` and `next` are the caller's own items. */
export interface PlanProgress<T extends PlanItem = PlanItem> {
  readonly required: Tally;
  readonly optional: Tally;
  /** Items (必学 and 选学) whose due day has passed and that are not done: 已逾期. In plan order. */
  readonly overdue: readonly T[];
  /** What to read next: the not-done 必学 item due soonest, else the 选学 item due soonest; null when all done. */
  readonly next: T | null;
  /** Whole percent of 必学 items done (100 when there are none). */
  readonly percent: number;
  /** All 必学 items done. */
  readonly complete: boolean;
}

/** An item is done when its entry is read, or, for training, attended. */
export function isItemDone(record: ProgressRecord | undefined): boolean {
  return record !== undefined && (record.status === 'read' || record.attended);
}

/**
 * Works out plan completion at `now` (epoch ms or Date). An item is 已逾期 from the day after
 * its due day, in the reader's calendar (default UTC+8). Items with an unreadable due date are
 * never overdue and sort last.
 */
export function planProgress<T extends PlanItem>(
  items: readonly T[],
  records: ReadonlyMap<EntryKey, ProgressRecord>,
  now: number | Date,
  options: { utcOffsetMinutes?: number } = {},
): PlanProgress<T> {
  const today = dayNumber(dayOfInstant(Number(now), options.utcOffsetMinutes ?? CHINA_UTC_OFFSET_MINUTES));
  const dueDay = (item: PlanItem) => {
    const day = dayOfDate(item.due);
    return day ? dayNumber(day) : Infinity;
  };
  const open = items.filter((item) => !isItemDone(records.get(item.key)));
  const tally = (requirement: PlanItem['requirement']): Tally => ({
    total: items.filter((i) => i.requirement === requirement).length,
    done: items.filter((i) => i.requirement === requirement && !open.includes(i)).length,
  });
  const soonest = (requirement: PlanItem['requirement']) =>
    open.filter((i) => i.requirement === requirement).sort((a, b) => dueDay(a) - dueDay(b))[0] ?? null;
  const required = tally('必学');
  return {
    required,
    optional: tally('选学'),
    overdue: open.filter((item) => dueDay(item) < today),
    next: soonest('必学') ?? soonest('选学'),
    percent: required.total === 0 ? 100 : Math.floor((required.done * 100) / required.total),
    complete: required.done === required.total,
  };
}
