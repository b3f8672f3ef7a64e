import { describe, expect, test } from 'vitest';
import { hoursInPeriod } from '../progress/hours.ts';
import { parsePeriod, type Period } from '../progress/periods.ts';
import { buildLedger, lastFullMonth, planInPeriod } from './ledger.ts';
import { readMemberFiles } from './members.ts';
import { ledgerSheets } from './sheets.ts';
import type { Reflection } from '../notes/types.ts';
import { attended, memberFile, readAt, testCatalogue } from './fixtures.ts';

const period = (text: string) => parsePeriod(text) as Period;
const NOW = Date.parse('2026-11-02T02:00:00Z');

/** Three members of 第一党小组 with hand-checked October figures. */
const files = [
  // 张三: all October 必学 done; 2 + 1 + 3 = 6 学时 in October (the Oct 31 reading ends at 23:59:59 CST).
  memberFile('zhang.json', '张三', {
    'theory/a': readAt('2026-10-05T02:00:00Z'),
    'theory/b': readAt('2026-10-31T15:59:59Z'),
    'training/t1': attended('2026-10-31T09:00:00Z'),
  }),
  // 李四: read b at 00:00 CST on Nov 1 (its 学时 count in November; the item is done, late, as on 我的学习); t1 not attended.
  memberFile('li.json', '李四', { 'theory/a': readAt('2026-10-25T01:00:00Z'), 'theory/b': readAt('2026-10-31T16:00:00Z') }),
  // 王五: nothing for the plans; one entry the site no longer lists.
  memberFile('wang.json', '王五', { 'theory/gone': readAt('2026-10-10T01:00:00Z'), 'exemplars/c': readAt('2026-10-10T01:00:00Z') }),
];

describe('readMemberFiles', () => {
  test('refuses a hostile file with its reason and keeps the rest', () => {
    const hostile = '{"format":"xuexi-yuandi-progress","version":3,"__proto__":{"polluted":true}}';
    const markup = files[0]!.text.replace('张三', '<img src=x onerror=alert(1)>');
    const loaded = readMemberFiles([
      ...files,
      { name: 'evil.json', text: hostile, size: hostile.length },
      { name: 'x.json', text: markup, size: markup.length },
      { name: 'big.json', text: '', size: 6e6 },
    ]);
    expect(loaded.members.map((m) => m.name)).toEqual(['李四', '王五', '张三']);
    expect(loaded.refused.map((r) => r.file)).toEqual(['evil.json', 'x.json', 'big.json']);
    expect(loaded.refused[0]!.message).toContain('不允许的字段名');
    expect(loaded.refused[1]!.message).toContain('< 或 >');
    expect(loaded.refused[2]!.message).toContain('5 MB');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('keeps the newest export of the same member and says so, whatever the order', () => {
    const older = memberFile('zhang-old.json', '张三', {}, { exportedAt: '2026-10-01T02:00:00Z' });
    for (const order of [
      [older, files[0]!],
      [files[0]!, older],
    ]) {
      const loaded = readMemberFiles(order);
      expect(loaded.members).toHaveLength(1);
      expect(loaded.members[0]!.file).toBe('zhang.json');
      expect(loaded.notes).toEqual([{ file: 'zhang-old.json', message: expect.stringContaining('采用导出较新的“zhang.json”') }]);
    }
  });

  test('keeps files without a name apart, under their file names', () => {
    const loaded = readMemberFiles([memberFile('a.json', '', {}), memberFile('b.json', '', {})]);
    expect(loaded.members.map((m) => m.label)).toEqual(['未填姓名（a.json）', '未填姓名（b.json）']);
    expect(loaded.notes.every((n) => n.message.includes('没有填写姓名'))).toBe(true);
  });

  test('reads an older-format file with a note', () => {
    const v2 = JSON.parse(files[1]!.text);
    v2.version = 2;
    delete v2.branch;
    const text = JSON.stringify(v2);
    const loaded = readMemberFiles([{ name: 'old.json', text, size: text.length }]);
    expect(loaded.members[0]).toMatchObject({ name: '李四', branch: '', fromVersion: 2 });
    expect(loaded.notes[0]!.message).toContain('旧版本文件（版本 2）');
  });
});

describe('buildLedger', () => {
  const members = readMemberFiles(files).members;
  const october = buildLedger(members, testCatalogue, { period: period('2026-10'), now: NOW, roster: ['张三', '李四', '王五', '赵六'] });

  test('成员概况: one row per member by name, with the 我的学习 学时 rules at the month end in CST', () => {
    expect(
      october.members.map((m) => [
        m.name,
        m.read,
        m.trainings,
        m.periodHours,
        m.requiredDone,
        m.requiredTotal,
        m.overdue,
        m.unknownRecords,
      ]),
    ).toEqual([
      ['李四', 1, 0, 2, 2, 3, 2, 0],
      ['王五', 1, 0, 0.5, 0, 3, 3, 1],
      ['张三', 2, 1, 6, 3, 3, 1, 0],
    ]);
    for (const m of members) {
      expect(october.members.find((r) => r.name === m.name)!.periodHours).toBe(
        hoursInPeriod(m.state.records, testCatalogue.entries, period('2026-10')).total,
      );
    }
    const november = buildLedger(members, testCatalogue, { period: period('2026-11'), now: NOW });
    expect(november.members.find((m) => m.name === '李四')!.periodHours).toBe(1);
  });

  test('学习心得: counts those attached and written or edited in the period (CST), not deleted or blank ones', () => {
    const r = (entry: string, updatedAt: string, text = '体会', deletedAt: string | null = null): Reflection => ({
      entry,
      text,
      updatedAt,
      deletedAt,
    });
    const loaded = readMemberFiles([
      memberFile(
        'x.json',
        '孙八',
        {},
        {
          reflections: [
            r('theory/a', '2026-10-31T15:59:59Z'),
            r('theory/b', '2026-10-31T16:00:00Z'),
            r('plans/oct', '2026-10-05T00:00:00Z'),
            r('exemplars/c', '2026-10-06T00:00:00Z', '', '2026-10-06T00:00:00Z'),
            r('training/t1', '2026-10-07T00:00:00Z', '   '),
          ],
        },
      ),
      memberFile('y.json', '周九', {}),
    ]).members;
    const rows = buildLedger(loaded, testCatalogue, { period: period('2026-10'), now: NOW }).members;
    expect(rows.map((m) => [m.name, m.reflections])).toEqual([
      ['孙八', 2],
      ['周九', 0],
    ]);
    const sheet = ledgerSheets(buildLedger(loaded, testCatalogue, { period: period('2026-10'), now: NOW }))[0]!.tables[0]!;
    expect(sheet.body[0]![sheet.head[0]!.indexOf('学习心得')]).toBe(2);
  });

  test('quarter ends in CST: the last second of Sep 30 is Q3, midnight is Q4', () => {
    const edge = readMemberFiles([
      memberFile('e.json', '钱七', { 'theory/a': readAt('2026-09-30T15:59:59Z'), 'theory/b': readAt('2026-09-30T16:00:00Z') }),
    ]).members;
    expect(buildLedger(edge, testCatalogue, { period: period('2026-Q3'), now: NOW }).members[0]!.periodHours).toBe(2);
    expect(buildLedger(edge, testCatalogue, { period: period('2026-Q4'), now: NOW }).members[0]!.periodHours).toBe(1);
    expect(buildLedger(edge, testCatalogue, { period: period('2026'), now: NOW }).members[0]!.periodHours).toBe(3);
  });

  test('计划完成: members × items with per-item counts', () => {
    const [oct, q4] = october.plans;
    expect(october.plans.map((p) => p.key)).toEqual(['plans/oct', 'plans/q4']);
    expect(oct!.rows).toEqual([
      { name: '李四', states: ['done', 'done', 'overdue'] },
      { name: '王五', states: ['overdue', 'overdue', 'done'] },
      { name: '张三', states: ['done', 'done', 'overdue'] },
    ]);
    expect(oct!.counts[0]).toEqual({ done: 2, open: 0, overdue: 1 });
    expect(q4!.counts[0]).toEqual({ done: 1, open: 0, overdue: 2 });
    // Before the due day the same item is 未完成, not 已逾期.
    const early = buildLedger(members, testCatalogue, { period: period('2026-10'), now: Date.parse('2026-10-20T15:00:00Z') });
    expect(early.plans[0]!.rows[1]!.states[0]).toBe('open');
    expect(
      buildLedger(members, testCatalogue, { period: period('2026-10'), now: Date.parse('2026-10-20T16:00:00Z') }).plans[0]!.rows[1]!
        .states[0],
    ).toBe('overdue');
  });

  test('支部合计: totals, average, share of 必学, pace and who has not reported', () => {
    expect(october.totals).toEqual({
      reporting: 3,
      totalHours: 8.5,
      averageHours: 2.83,
      requiredDone: 5,
      requiredTotal: 9,
      requiredPercent: 55,
      // Target 32 a year: by the end of October 26.67 学时 are due; nobody is there.
      belowPace: ['李四', '王五', '张三'],
      notReported: ['赵六'],
    });
    const generous = readMemberFiles([
      memberFile('z.json', '张三', { 'theory/a': readAt('2026-01-05T02:00:00Z') }, { annualTarget: 0.5 }),
    ]).members;
    expect(buildLedger(generous, testCatalogue, { period: period('2026-01'), now: NOW }).totals.belowPace).toEqual([]);
  });

  test('plans changed after export: removed items no longer count, added items are 未完成', () => {
    const changed = {
      ...testCatalogue,
      plans: [
        {
          ...testCatalogue.plans[0]!,
          items: [testCatalogue.plans[0]!.items[1]!, { key: 'theory/new', requirement: '必学' as const, due: '2026-12-31' }],
        },
      ],
    };
    const ledger = buildLedger(members, changed, { period: period('2026-10'), now: NOW });
    const zhang = ledger.members.find((m) => m.name === '张三')!;
    expect([zhang.requiredDone, zhang.requiredTotal, zhang.overdue]).toEqual([1, 2, 0]);
    expect(ledger.plans[0]!.items[1]!.title).toBe('theory/new');
    expect(ledger.plans[0]!.rows.find((r) => r.name === '张三')!.states).toEqual(['done', 'open']);
  });

  test('entries no longer on the site earn nothing and are counted', () => {
    const wang = october.members.find((m) => m.name === '王五')!;
    expect([wang.periodHours, wang.read, wang.unknownRecords]).toEqual([0.5, 1, 1]);
  });

  test('a 党小组 keeps its own members and files that name none', () => {
    const mixed = readMemberFiles([
      ...files,
      memberFile('s.json', '孙八', {}, { branch: '第二党小组' }),
      memberFile('n.json', '周九', {}, { branch: '' }),
    ]).members;
    expect(
      buildLedger(mixed, testCatalogue, { period: period('2026-10'), now: NOW, branch: '第二党小组' }).members.map((m) => m.name),
    ).toEqual(['孙八', '周九']);
    expect(buildLedger(mixed, testCatalogue, { period: period('2026-10'), now: NOW }).members).toHaveLength(5);
  });
});

describe('periods', () => {
  test('the default is the last full month in China Standard Time', () => {
    expect(lastFullMonth(Date.parse('2026-11-30T15:59:59Z'))).toEqual(period('2026-10'));
    expect(lastFullMonth(Date.parse('2026-11-30T16:00:00Z'))).toEqual(period('2026-11'));
    expect(lastFullMonth(Date.parse('2027-01-01T00:00:00Z'))).toEqual(period('2026-12'));
  });

  test('a month ledger shows the month’s, the quarter’s and the year’s plans', () => {
    expect(planInPeriod({ period: '2026-10' }, period('2026-10'))).toBe(true);
    expect(planInPeriod({ period: '2026-Q4' }, period('2026-10'))).toBe(true);
    expect(planInPeriod({ period: '2026' }, period('2026-10'))).toBe(true);
    expect(planInPeriod({ period: '2026-09' }, period('2026-10'))).toBe(false);
    expect(planInPeriod({ period: '2026-09' }, period('2026-Q3'))).toBe(true);
    expect(planInPeriod({ period: '2025-10' }, period('2026'))).toBe(false);
  });
});
