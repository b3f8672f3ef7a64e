import type { Catalogue, CataloguePlan } from '../catalogue.ts';
import { indexCatalogue } from '../catalogue.ts';
import { annualSummary, earnedHours, hoursInPeriod } from '../progress/hours.ts';
import { parsePeriod, periodContains, periodLabel, type Period } from '../progress/periods.ts';
import { isItemDone, planProgress } from '../progress/plans.ts';
import { CHINA_UTC_OFFSET_MINUTES, dayOfInstant, parseInstant } from '../progress/time.ts';
import { byName, type MemberReport } from './members.ts';
import { editedIn } from '../notes/view.ts';

/** One member's line in 成员概况. */
export interface MemberRow {
  readonly name: string;
  /** 党支部/党小组 from the file; empty when the file does not say. */
  readonly branch: string;
  readonly exportedAt: string;
  /** Entries (not training) marked 已读 within the period. */
  readonly read: number;
  /** Trainings attended that were held within the period. */
  readonly trainings: number;
  /** 学时 earned within the period (the 我的学习 rules). */
  readonly periodHours: number;
  /** 学时 earned in the period's year, as far as the file goes. */
  readonly yearHours: number;
  /** The member's own annual target. */
  readonly annualTarget: number;
  /** 必学 items of the period's plans done, and their number. */
  readonly requiredDone: number;
  readonly requiredTotal: number;
  /** Items of the period's plans past their due day and not done (已逾期). */
  readonly overdue: number;
  /** 学时 of the year up to the end of the period fall short of the target's share by then. */
  readonly belowPace: boolean;
  /** Records for entries this site does not list (removed, or from another site): they earn nothing. */
  readonly unknownRecords: number;
  /** 学习心得 handed in for the period (written or last edited in it). */
  readonly reflections: number;
}

/** 已完成 / 未完成 / 已逾期. */
export type ItemState = 'done' | 'open' | 'overdue';

export const ITEM_STATE_LABELS: Readonly<Record<ItemState, string>> = { done: '已完成', open: '未完成', overdue: '已逾期' };

/** 计划完成 for one plan: members × items. */
export interface PlanMatrix {
  readonly key: string;
  readonly title: string;
  readonly periodLabel: string;
  readonly items: readonly { key: string; title: string; requirement: '必学' | '选学'; due: string }[];
  readonly rows: readonly { name: string; states: readonly ItemState[] }[];
  /** Per item: how many members are in each state. */
  readonly counts: readonly Readonly<Record<ItemState, number>>[];
}

/** 支部合计. */
export interface LedgerTotals {
  readonly reporting: number;
  readonly totalHours: number;
  readonly averageHours: number;
  readonly requiredDone: number;
  readonly requiredTotal: number;
  /** Whole percent of 必学 items done over all members (100 when there are none). */
  readonly requiredPercent: number;
  /** Names of members behind the target pace for the year. */
  readonly belowPace: readonly string[];
  /** Names on the roster with no file for this ledger. */
  readonly notReported: readonly string[];
}

export interface Ledger {
  readonly period: Period;
  readonly periodLabel: string;
  /** The 党支部/党小组 chosen, or empty for all. */
  readonly branch: string;
  readonly members: readonly MemberRow[];
  readonly plans: readonly PlanMatrix[];
  readonly totals: LedgerTotals;
}

export interface LedgerOptions {
  readonly period: Period;
  /** Only members of this 党支部/党小组 (files that name none are always included); empty for all. */
  readonly branch?: string;
  /** Names expected to report (成员名单); empty when the secretary gave none. */
  readonly roster?: readonly string[];
  /** The time 已逾期 is judged at (epoch ms). */
  readonly now: number;
  readonly utcOffsetMinutes?: number;
}

const round = (n: number) => Math.round(n * 100) / 100;

/** First and last month (1–12) a period covers. */
export function monthSpan(period: Period): readonly [number, number] {
  if (period.kind === 'year') return [1, 12];
  if (period.kind === 'quarter') return [period.quarter * 3 - 2, period.quarter * 3];
  return [period.month, period.month];
}

/**
 * Whether a plan belongs in a ledger for `period`: its own period (`2026-03`, `2026-Q1`,
 * `2026`) overlaps it, so a March ledger shows March's plan and the plans of Q1 and 2026.
 */
export function planInPeriod(plan: Pick<CataloguePlan, 'period'>, period: Period): boolean {
  const own = parsePeriod(plan.period);
  if (!own || own.year !== period.year) return false;
  const [a0, a1] = monthSpan(own);
  const [b0, b1] = monthSpan(period);
  return a0 <= b1 && b0 <= a1;
}

/** The last full month before `now` in China Standard Time: the ledger's default period (月报告). */
export function lastFullMonth(now: number, utcOffsetMinutes = CHINA_UTC_OFFSET_MINUTES): Period {
  const today = dayOfInstant(now, utcOffsetMinutes);
  return today.month === 1
    ? { kind: 'month', year: today.year - 1, month: 12 }
    : { kind: 'month', year: today.year, month: today.month - 1 };
}

/**
 * Builds the three views from members' reports and the site's catalogue as it is now. Plans
 * are read as they are now: an item removed after a member exported no longer counts, an
 * item added since counts as not done. Records for entries the site no longer lists earn
 * nothing and are counted in `unknownRecords`.
 */
export function buildLedger(reports: readonly MemberReport[], catalogue: Catalogue, options: LedgerOptions): Ledger {
  const { period, now } = options;
  const branch = options.branch ?? '';
  const hoursOptions = { utcOffsetMinutes: options.utcOffsetMinutes ?? CHINA_UTC_OFFSET_MINUTES };
  const entries = indexCatalogue(catalogue.entries);
  const plans = catalogue.plans.filter((p) => planInPeriod(p, period));
  const chosen = reports.filter((r) => !branch || !r.branch || r.branch === branch).sort((a, b) => byName(a.label, b.label));
  const [, endMonth] = monthSpan(period);

  const members: MemberRow[] = chosen.map((report) => {
    const { records, settings } = report.state;
    let read = 0;
    let trainings = 0;
    let unknownRecords = 0;
    for (const [key, record] of records) {
      const entry = entries.get(key);
      if (!entry) {
        unknownRecords += 1;
        continue;
      }
      if (entry.collection === 'training') {
        const earned = earnedHours(record, { ...entry, hours: 1 }, hoursOptions);
        if (earned && periodContains(period, earned.day)) trainings += 1;
      } else if (record.status === 'read') {
        const ms = parseInstant(record.readAt);
        if (ms !== null && periodContains(period, dayOfInstant(ms, hoursOptions.utcOffsetMinutes))) read += 1;
      }
    }
    const year = annualSummary(records, catalogue.entries, period.year, settings.annualTarget, hoursOptions);
    const toEnd = round(year.byMonth.slice(0, endMonth).reduce((a, b) => a + b, 0));
    let requiredDone = 0;
    let requiredTotal = 0;
    let overdue = 0;
    for (const plan of plans) {
      const progress = planProgress(plan.items, records, now, hoursOptions);
      requiredDone += progress.required.done;
      requiredTotal += progress.required.total;
      overdue += progress.overdue.length;
    }
    return {
      name: report.label,
      branch: report.branch,
      exportedAt: report.exportedAt,
      read,
      trainings,
      periodHours: hoursInPeriod(records, catalogue.entries, period, hoursOptions).total,
      yearHours: year.earned,
      annualTarget: year.target,
      requiredDone,
      requiredTotal,
      overdue,
      belowPace: toEnd + 1e-9 < round((year.target * endMonth) / 12),
      unknownRecords,
      reflections: report.reflections.filter((r) => r.deletedAt === null && r.text.trim() !== '' && editedIn(r.updatedAt, period)).length,
    };
  });

  const matrices: PlanMatrix[] = plans.map((plan) => {
    const rows = chosen.map((report) => {
      const progress = planProgress(plan.items, report.state.records, now, hoursOptions);
      const states = plan.items.map((item): ItemState => {
        if (isItemDone(report.state.records.get(item.key))) return 'done';
        return progress.overdue.includes(item) ? 'overdue' : 'open';
      });
      return { name: report.label, states };
    });
    return {
      key: plan.key,
      title: plan.title,
      periodLabel: plan.periodLabel,
      items: plan.items.map((i) => ({ key: i.key, title: entries.get(i.key)?.title ?? i.key, requirement: i.requirement, due: i.due })),
      rows,
      counts: plan.items.map((_, index) => {
        const count = { done: 0, open: 0, overdue: 0 };
        for (const row of rows) count[row.states[index] as ItemState] += 1;
        return count;
      }),
    };
  });

  const totalHours = round(members.reduce((sum, m) => sum + m.periodHours, 0));
  const requiredDone = members.reduce((sum, m) => sum + m.requiredDone, 0);
  const requiredTotal = members.reduce((sum, m) => sum + m.requiredTotal, 0);
  const reported = new Set(chosen.map((r) => r.name).filter(Boolean));
  const roster = [...new Set((options.roster ?? []).map((n) => n.trim()).filter(Boolean))];
  return {
    period,
    periodLabel: periodLabel(period),
    branch,
    members,
    plans: matrices,
    totals: {
      reporting: members.length,
      totalHours,
      averageHours: members.length === 0 ? 0 : round(totalHours / members.length),
      requiredDone,
      requiredTotal,
      requiredPercent: requiredTotal === 0 ? 100 : Math.floor((requiredDone * 100) / requiredTotal),
      belowPace: members.filter((m) => m.belowPace).map((m) => m.name),
      notReported: roster.filter((n) => !reported.has(n)).sort(byName),
    },
  };
}
