import { toCsv } from '../progress/csv.ts';
import { formatHours } from '../progress-view/format.ts';
import { dayOfInstant, formatDay, parseInstant } from '../progress/time.ts';
import { formatPeriod } from '../progress/periods.ts';
import { ITEM_STATE_LABELS, type Ledger } from './ledger.ts';

/** A cell: text or a number (numbers stay numbers in the workbook). */
export type Cell = string | number;

/** One table of a view: a caption, header rows (repeated on every printed page) and body rows. */
export interface SheetTable {
  readonly caption: string;
  readonly head: readonly (readonly Cell[])[];
  readonly body: readonly (readonly Cell[])[];
}

/** One view: a sheet of the workbook, a section of the page and of the CSV. */
export interface Sheet {
  /** 成员概况, 计划完成, 支部合计 (also the workbook's sheet name). */
  readonly name: string;
  readonly tables: readonly SheetTable[];
}

const day = (iso: string) => {
  const ms = parseInstant(iso);
  return ms === null ? '' : formatDay(dayOfInstant(ms));
};
const hours = (n: number) => Number(formatHours(n));

/** The column heads of 成员概况. */
export const MEMBER_HEAD = [
  '姓名',
  '党支部/党小组',
  '导出日期',
  '阅读篇数',
  '参加培训',
  '本期学时',
  '本年学时',
  '年度目标',
  '必学完成',
  '逾期项目',
  '学习心得',
  '备注',
] as const;

/** The ledger's three views as tables: the page, the workbook, the CSV and the print read these. */
export function ledgerSheets(ledger: Ledger): Sheet[] {
  const members: SheetTable = {
    caption: `成员概况（${ledger.periodLabel}）`,
    head: [[...MEMBER_HEAD]],
    body: ledger.members.map((m) => [
      m.name,
      m.branch || '未注明',
      day(m.exportedAt),
      m.read,
      m.trainings,
      hours(m.periodHours),
      hours(m.yearHours),
      hours(m.annualTarget),
      `${m.requiredDone} / ${m.requiredTotal}`,
      m.overdue,
      m.reflections,
      [m.belowPace ? '低于年度进度' : '', m.unknownRecords > 0 ? `${m.unknownRecords} 条记录的内容本站未收录，不计学时` : '']
        .filter(Boolean)
        .join('；'),
    ]),
  };
  const plans: SheetTable[] = ledger.plans.map((plan) => ({
    caption: `${plan.title}（${plan.periodLabel}）`,
    head: [['姓名', ...plan.items.map((i) => `${i.title}（${i.requirement}，${i.due} 前）`)]],
    body: [
      ...plan.rows.map((row) => [row.name, ...row.states.map((s) => ITEM_STATE_LABELS[s])]),
      ['已完成人数', ...plan.counts.map((c) => c.done)],
      ['未完成人数', ...plan.counts.map((c) => c.open)],
      ['已逾期人数', ...plan.counts.map((c) => c.overdue)],
    ],
  }));
  const t = ledger.totals;
  const totals: SheetTable = {
    caption: `支部合计（${ledger.periodLabel}）`,
    head: [['项目', '数值']],
    body: [
      ['报送人数', t.reporting],
      ['本期学时合计', hours(t.totalHours)],
      ['人均学时', hours(t.averageHours)],
      ['必学完成', `${t.requiredDone} / ${t.requiredTotal}（${t.requiredPercent}%）`],
      ['低于年度进度', t.belowPace.length === 0 ? '无' : t.belowPace.join('、')],
      ['未报送', t.notReported.length === 0 ? '无' : t.notReported.join('、')],
    ],
  };
  return [
    { name: '成员概况', tables: [members] },
    {
      name: '计划完成',
      tables: plans.length > 0 ? plans : [{ caption: '本期没有学习计划', head: [['说明']], body: [['所选期间没有学习计划。']] }],
    },
    { name: '支部合计', tables: [totals] },
  ];
}

/** All views in one CSV (UTF-8 with BOM, formulas guarded), each table under its caption. */
export function ledgerCsv(ledger: Ledger): string {
  const rows: Cell[][] = [[`支部学习台账 ${ledger.branch || '全部'} ${ledger.periodLabel}`]];
  for (const sheet of ledgerSheets(ledger)) {
    for (const table of sheet.tables) rows.push([], [table.caption], ...table.head.map((r) => [...r]), ...table.body.map((r) => [...r]));
  }
  return toCsv(rows);
}

/** A download name such as `支部学习台账-第一党小组-2026-11.xlsx`. */
export function ledgerFileName(ledger: Ledger, extension: 'xlsx' | 'csv'): string {
  return `支部学习台账-${(ledger.branch || '全部').replace(/[\\/:*?"<>|]/g, '_')}-${formatPeriod(ledger.period)}.${extension}`;
}
