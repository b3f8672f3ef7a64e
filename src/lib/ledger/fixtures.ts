import type { Catalogue } from '../catalogue.ts';
import { exportJson } from '../progress/export-json.ts';
import { EMPTY_RECORD, type ProgressRecord } from '../progress/types.ts';
import type { Reflection } from '../notes/types.ts';
import type { MemberFileInput } from './members.ts';

/** A small site for the ledger tests: entries with 学时, two trainings and two plans (Oct and Q4 2026). */
export const testCatalogue: Catalogue = {
  entries: [
    { key: 'theory/a', collection: 'theory', title: '理论甲', hours: 2, date: '2026-10-01', url: '/theory/a/', hash: 'h1', chars: 1000 },
    { key: 'theory/b', collection: 'theory', title: '理论乙', hours: 1, date: '2026-10-02', url: '/theory/b/', hash: 'h2', chars: 1000 },
    {
      key: 'exemplars/c',
      collection: 'exemplars',
      title: '典型丙',
      hours: 0.5,
      date: '2026-10-03',
      url: '/exemplars/c/',
      hash: 'h3',
      chars: 1000,
    },
    {
      key: 'training/t1',
      collection: 'training',
      title: '培训一',
      hours: 3,
      date: '2026-10-31',
      url: '/training/t1/',
      hash: 'h4',
      chars: 1000,
    },
    {
      key: 'training/t2',
      collection: 'training',
      title: '培训二',
      hours: 2,
      date: '2026-11-01',
      url: '/training/t2/',
      hash: 'h5',
      chars: 1000,
    },
  ],
  plans: [
    {
      key: 'plans/oct',
      title: '十月计划',
      url: '/plans/oct/',
      period: '2026-10',
      periodLabel: '2026年10月',
      items: [
        { key: 'theory/a', requirement: '必学', due: '2026-10-20' },
        { key: 'theory/b', requirement: '必学', due: '2026-10-31' },
        { key: 'exemplars/c', requirement: '选学', due: '2026-10-31' },
      ],
    },
    {
      key: 'plans/q4',
      title: '四季度计划',
      url: '/plans/q4/',
      period: '2026-Q4',
      periodLabel: '2026年第4季度',
      items: [{ key: 'training/t1', requirement: '必学', due: '2026-10-31' }],
    },
    {
      key: 'plans/sep',
      title: '九月计划',
      url: '/plans/sep/',
      period: '2026-09',
      periodLabel: '2026年9月',
      items: [{ key: 'theory/b', requirement: '必学', due: '2026-09-30' }],
    },
  ],
};

/** A record read at `readAt`. */
export const readAt = (iso: string): ProgressRecord => ({
  ...EMPTY_RECORD,
  status: 'read',
  firstOpenedAt: iso,
  lastOpenedAt: iso,
  readAt: iso,
  scroll: 1,
  activeSeconds: 120,
});
/** A training record with 我参加了. */
export const attended = (iso: string): ProgressRecord => ({ ...EMPTY_RECORD, attended: true, attendedAt: iso });

/** A member's 报送支部 file as 我的学习 writes it. */
export function memberFile(
  file: string,
  name: string,
  records: Record<string, ProgressRecord>,
  options: { exportedAt?: string; branch?: string; annualTarget?: number; reflections?: readonly Reflection[] } = {},
): MemberFileInput {
  const text = exportJson(
    { settings: { name, annualTarget: options.annualTarget ?? 32 }, records: new Map(Object.entries(records)) },
    Date.parse(options.exportedAt ?? '2026-11-02T02:00:00Z'),
    options.branch ?? '第一党小组',
    { notes: [], reflections: options.reflections ?? [] },
  );
  return { name: file, text, size: new TextEncoder().encode(text).length };
}
