import { describe, expect, test } from 'vitest';
import { EMPTY_RECORD, type ProgressRecord } from '../progress/types.ts';
import { planProgress } from '../progress/plans.ts';
import { ActiveTime, IDLE_AFTER_MS, MAX_STEP_MS } from './active-time.ts';
import { buildCatalogue, parseCatalogue, type CatalogueItem } from './catalogue.ts';
import { monthlyChart, niceStep } from './chart.ts';
import { collectionTally, entryBadges } from './entry-status.ts';
import { dayText, formatHours, wholePercent } from './format.ts';
import { describeImportPlan, importDoneMessage } from './import-summary.ts';
import { planSummary } from './plan-view.ts';
import { printPeriods, printSheet } from './print-sheet.ts';
import { readFraction, scrollTopFor, worthResuming } from './reading-position.ts';
import { activeYears, inProgress, periodStats, readHistory } from './summary.ts';

const rec = (patch: Partial<ProgressRecord>): ProgressRecord => ({ ...EMPTY_RECORD, ...patch });
const read = (readAt: string, patch: Partial<ProgressRecord> = {}) =>
  rec({ status: 'read', readAt, firstOpenedAt: readAt, lastOpenedAt: readAt, contentHash: 'sha256-aaaa', ...patch });
const item = (key: string, patch: Partial<CatalogueItem> = {}): CatalogueItem => {
  const [collection, id] = key.split('/') as [CatalogueItem['collection'], string];
  return { key, collection, title: `标题 ${id}`, hours: 1, date: '2026-03-01', url: `/${key}/`, hash: 'sha256-aaaa', chars: 800, ...patch };
};

describe('catalogue', () => {
  const file = buildCatalogue(
    [{ collection: 'theory', id: 'a', title: '甲', hours: 1.5, date: new Date('2026-03-01T00:00:00Z'), hash: 'sha256-1', chars: 900 }],
    [
      {
        item: { collection: 'plans', id: 'p', title: '计划', hours: 0, date: new Date('2026-11-24T00:00:00Z'), hash: 'sha256-2', chars: 10 },
        period: '2026-12',
        periodLabel: '2026年12月',
        items: [{ item: { collection: 'theory', id: 'a' }, requirement: '必学', due: new Date('2026-12-10T00:00:00Z') }],
      },
    ],
    (c, id) => `/kb/${c}/${id}/`,
  );

  test('buildCatalogue writes keys, days and addresses with the base path', () => {
    expect(file.entries[0]).toEqual({ key: 'theory/a', collection: 'theory', title: '甲', hours: 1.5, date: '2026-03-01', url: '/kb/theory/a/', hash: 'sha256-1', chars: 900 });
    expect(file.plans[0]?.items).toEqual([{ key: 'theory/a', requirement: '必学', due: '2026-12-10' }]);
  });

  test('parseCatalogue reads what buildCatalogue writes', () => {
    expect(parseCatalogue(JSON.parse(JSON.stringify(file)))).toEqual({ entries: file.entries, plans: file.plans });
  });

  test('parseCatalogue refuses a file that is not ours and skips bad entries', () => {
    expect(parseCatalogue({ format: 'other', version: 1, entries: [], plans: [] })).toBeNull();
    expect(parseCatalogue({ ...file, version: 2 })).toBeNull();
    expect(parseCatalogue(null)).toBeNull();
    const bad = { ...file, entries: [...file.entries, { ...file.entries[0], key: '__proto__/x' }, { ...file.entries[0], url: 'javascript:alert(1)' }] };
    expect(parseCatalogue(JSON.parse(JSON.stringify(bad)))?.entries).toHaveLength(1);
  });
});

describe('entryBadges', () => {
  test('shows the reading state, 已参加 for attended training and 有更新 for changed content', () => {
    expect(entryBadges(EMPTY_RECORD, 'theory')).toEqual([{ label: '未读', tone: 'unread' }]);
    expect(entryBadges(undefined, 'training', 'sha256-aaaa')).toEqual([{ label: '未读', tone: 'unread' }]);
    expect(entryBadges(rec({ status: 'reading' }), 'theory').map((b) => b.label)).toEqual(['在读']);
    expect(entryBadges(read('2026-03-01T00:00:00Z'), 'theory', 'sha256-bbbb').map((b) => b.label)).toEqual(['已读', '有更新']);
    expect(entryBadges(read('2026-03-01T00:00:00Z'), 'theory', 'sha256-aaaa').map((b) => b.label)).toEqual(['已读']);
    expect(entryBadges(rec({ attended: true, attendedAt: '2026-03-01T00:00:00Z' }), 'training').map((b) => b.label)).toEqual(['已参加']);
  });
});

describe('collectionTally', () => {
  test('counts read entries, or attended training, among the collection only', () => {
    const records = new Map([
      ['theory/a', read('2026-03-01T00:00:00Z')],
      ['theory/b', rec({ status: 'reading' })],
      ['theory/gone', read('2026-03-01T00:00:00Z')],
      ['training/t', rec({ attended: true })],
    ]);
    expect(collectionTally('theory', ['theory/a', 'theory/b', 'theory/c'], records)).toEqual({ label: '已读', done: 1, total: 3 });
    expect(collectionTally('training', ['training/t', 'training/u'], records)).toEqual({ label: '已参加', done: 1, total: 2 });
  });
});

describe('ActiveTime', () => {
  test('counts visible time while the reader keeps doing something', () => {
    const t = new ActiveTime(0);
    expect(t.tick(1000, true)).toBe(1);
    expect(t.tick(2000, false)).toBe(0);
    t.input(2500);
    expect(t.tick(3000, true)).toBe(1);
  });

  test('stops counting a minute after the last input', () => {
    const t = new ActiveTime(0);
    let total = 0;
    for (let now = 1000; now <= 120_000; now += 1000) total += t.tick(now, true);
    expect(total).toBe(IDLE_AFTER_MS / 1000);
    expect(t.idle(120_000)).toBe(true);
    t.input(120_500);
    expect(t.idle(121_000)).toBe(false);
    expect(t.tick(121_000, true)).toBe(1);
  });

  test('credits at most a few seconds for one long step (a sleeping computer)', () => {
    const t = new ActiveTime(0);
    t.input(30_000);
    expect(t.tick(40_000, true)).toBe(MAX_STEP_MS / 1000);
    expect(new ActiveTime(0).tick(Number.NaN, true)).toBe(0);
  });
});

describe('reading position', () => {
  const g = { viewportHeight: 800, top: 200, height: 3000 };
  test('readFraction is the share of the article above the bottom of the window', () => {
    expect(readFraction({ ...g, scrollY: 0 })).toBeCloseTo(0.2);
    expect(readFraction({ ...g, scrollY: 2400 })).toBe(1);
    expect(readFraction({ ...g, height: 0, scrollY: 0 })).toBe(1);
  });
  test('scrollTopFor brings the reader back to the same fraction', () => {
    const y = scrollTopFor(0.6, g);
    expect(readFraction({ ...g, scrollY: y })).toBeCloseTo(0.6, 2);
    expect(scrollTopFor(0.1, g)).toBe(0);
  });
  test('worthResuming only for a place further on and not at the end', () => {
    expect(worthResuming(0.6, 0.2)).toBe(true);
    expect(worthResuming(0.22, 0.2)).toBe(false);
    expect(worthResuming(1, 0.2)).toBe(false);
    expect(worthResuming(0.05, 0)).toBe(false);
  });
});

describe('format', () => {
  test('formats hours, days and percents', () => {
    expect(formatHours(1.5)).toBe('1.5');
    expect(formatHours(0.1 + 0.2)).toBe('0.3');
    expect(formatHours(Number.NaN)).toBe('0');
    expect(dayText('2026-03-02')).toBe('2026年3月2日');
    expect(dayText({ year: 2026, month: 12, day: 20 })).toBe('2026年12月20日');
    expect(dayText('bad')).toBe('bad');
    expect(wholePercent(0.999)).toBe(99);
    expect(wholePercent(2)).toBe(100);
  });
});

describe('summaries for /progress/', () => {
  const catalogue = [
    item('theory/a', { hours: 1 }),
    item('theory/b', { hours: 0.5 }),
    item('training/t', { hours: 2, date: '2026-11-19' }),
    item('exemplars/e', { hours: 0.5 }),
    item('theory/opened', { hours: 0.5 }),
    item('plans/p', { hours: 0 }),
    item('training/u', { hours: 1, date: '2026-12-02' }),
  ];
  const index = new Map(catalogue.map((e) => [e.key, e] as const));
  const records = new Map([
    // 2026-12-01 01:00 in Beijing is still 2026-11-30 in UTC: counted in December.
    ['theory/a', read('2026-11-30T17:00:00Z')],
    ['theory/b', read('2026-03-05T02:00:00Z')],
    ['training/t', rec({ attended: true, attendedAt: '2026-12-02T00:00:00Z' })],
    ['exemplars/e', rec({ status: 'reading', scroll: 0.4, lastOpenedAt: '2026-12-03T00:00:00Z' })],
    ['theory/gone', read('2026-12-04T00:00:00Z')],
  ]);

  test('periodStats counts reads, attendance and 学时 in the period', () => {
    expect(periodStats(records, catalogue, index, { kind: 'month', year: 2026, month: 12 })).toEqual({ read: 2, attended: 0, hours: 1 });
    expect(periodStats(records, catalogue, index, { kind: 'quarter', year: 2026, quarter: 4 })).toEqual({ read: 2, attended: 1, hours: 3 });
    expect(periodStats(records, catalogue, index, { kind: 'year', year: 2026 })).toEqual({ read: 3, attended: 1, hours: 3.5 });
  });

  test('inProgress lists only entries actually being read, with their place', () => {
    expect(inProgress(records, index).map((e) => [e.entry.key, e.scroll])).toEqual([['exemplars/e', 0.4]]);
    // Merely opened (读到 0 %), a plan, and a training attended while its page was open: none is being read.
    const opened = new Map([
      ...records,
      ['theory/opened', rec({ status: 'reading', scroll: 0, lastOpenedAt: '2026-12-03T01:00:00Z' })],
      ['plans/p', rec({ status: 'reading', scroll: 0.5, lastOpenedAt: '2026-12-03T01:00:00Z' })],
      ['training/u', rec({ status: 'reading', scroll: 0.3, attended: true, attendedAt: '2026-12-02T00:00:00Z', lastOpenedAt: '2026-12-03T01:00:00Z' })],
    ]);
    expect(inProgress(opened, index).map((e) => e.entry.key)).toEqual(['exemplars/e']);
  });

  test('readHistory groups by month, newest first, and keeps entries no longer listed', () => {
    const months = readHistory(records, index);
    expect(months.map((m) => `${m.year}-${m.month}`)).toEqual(['2026-12', '2026-11', '2026-3']);
    expect(months[0]?.rows.map((r) => [r.key, r.entry === null, r.hours])).toEqual([
      ['theory/gone', true, 0],
      ['theory/a', false, 1],
    ]);
    expect(months[1]?.rows[0]).toMatchObject({ key: 'training/t', via: 'attended', hours: 2 });
    expect(activeYears(records, index, 2027)).toEqual([2027, 2026]);
  });

  test('printSheet lists what earned 学时 in the period, oldest first, with the total', () => {
    const sheet = printSheet(records, catalogue, { kind: 'quarter', year: 2026, quarter: 4 });
    expect(sheet.label).toBe('2026年第四季度');
    expect(sheet.rows).toEqual([
      { index: 1, title: '标题 t', collection: '业务培训', date: '2026-11-19', hours: 2, how: '已参加' },
      { index: 2, title: '标题 a', collection: '理论学习', date: '2026-12-01', hours: 1, how: '已读' },
    ]);
    expect(sheet.totalHours).toBe(3);
    expect(printPeriods(2026).map((p) => p.value).slice(0, 6)).toEqual(['2026', '2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4', '2026-01']);
  });
});

describe('monthlyChart', () => {
  test('scales bars to a round maximum with ticks', () => {
    const chart = monthlyChart([0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 7.5]);
    expect(chart.max).toBe(8);
    expect(chart.ticks.map((t) => t.value)).toEqual([0, 2, 4, 6, 8]);
    expect(chart.bars).toHaveLength(12);
    expect(chart.bars[0]?.height).toBe(0);
    expect(chart.bars[11]!.height).toBeCloseTo(((chart.baseline - chart.box.top) * 7.5) / 8);
    expect(chart.bars[1]!.x).toBeGreaterThan(chart.bars[0]!.x);
  });
  test('an empty year still has a scale, and bad values draw as 0', () => {
    const chart = monthlyChart([Number.NaN, -1]);
    expect(chart.max).toBeGreaterThan(0);
    expect(chart.bars.every((b) => b.height === 0)).toBe(true);
    expect(niceStep(17)).toBe(5);
  });
});

describe('import summary', () => {
  const plan = { added: ['theory/a'], updated: ['theory/b', 'theory/c'], unchanged: [], unknown: ['theory/gone'], settings: ['name' as const] };
  test('lists what the import will change', () => {
    expect(describeImportPlan(plan)).toEqual([
      '新增 1 条记录',
      '更新 2 条记录（文件中的记录较新）',
      '保持不变 0 条（本机的记录相同或较新）',
      '其中 1 条对应的内容本站已不再收录，记录仍会保留',
      '将填入：姓名',
    ]);
    expect(describeImportPlan(plan, false)[3]).toMatch(/未能载入本站目录/);
  });
  test('says what was done, and when it could not be saved', () => {
    expect(importDoneMessage(plan, true)).toBe('导入完成：新增 1 条，更新 2 条。另有 1 条记录对应的内容本站已不再收录，已原样保留。');
    expect(importDoneMessage({ ...plan, added: [], updated: [], unknown: [] }, false)).toMatch(/没有需要更新的记录。但记录未能保存在本机/);
  });
});

describe('planSummary', () => {
  test('summarises completion and overdue items', () => {
    const items = [
      { key: 'theory/a', requirement: '必学' as const, due: '2026-12-10' },
      { key: 'theory/b', requirement: '必学' as const, due: '2026-12-25' },
      { key: 'theory/c', requirement: '选学' as const, due: '2026-12-31' },
    ];
    const records = new Map([['theory/b', read('2026-12-01T00:00:00Z')]]);
    const progress = planProgress(items, records, Date.UTC(2026, 11, 20));
    expect(planSummary(progress)).toEqual({ required: '必学完成 1 / 2', optional: '选学完成 0 / 1', overdue: '已逾期 1 项', done: null });
  });
});
