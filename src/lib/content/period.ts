import { PERIOD_PATTERN } from '../../schemas/plans.ts';
import { quarterLabel } from '../progress/periods.ts';

export interface PeriodInfo {
  kind: '月度计划' | '季度计划' | '年度计划';
  /** Readable label, e.g. 2026年12月, 2026年第四季度, 2026年度. */
  label: string;
  /** First day (UTC) of the period. */
  start: Date;
  /** First day (UTC) after the period. */
  end: Date;
}

/** Reads a plan period (`2026-12`, `2026-Q4`, `2026`) into its kind, label and bounds. */
export function periodLabel(period: string): PeriodInfo {
  const m = PERIOD_PATTERN.exec(period);
  if (!m) throw new Error(`Invalid period ${period}`);
  const year = Number(m[1]);
  if (m[2]) {
    const month = Number(m[2]);
    return { kind: '月度计划', label: `${year}年${month}月`, start: new Date(Date.UTC(year, month - 1, 1)), end: new Date(Date.UTC(year, month, 1)) };
  }
  if (m[3]) {
    const q = Number(m[3]);
    return {
      kind: '季度计划',
      label: quarterLabel(year, q),
      start: new Date(Date.UTC(year, (q - 1) * 3, 1)),
      end: new Date(Date.UTC(year, q * 3, 1)),
    };
  }
  return { kind: '年度计划', label: `${year}年度`, start: new Date(Date.UTC(year, 0, 1)), end: new Date(Date.UTC(year + 1, 0, 1)) };
}

/** Whether `now` falls inside the period. */
export function isCurrentPeriod(period: string, now: Date): boolean {
  const p = periodLabel(period);
  return now >= p.start && now < p.end;
}
