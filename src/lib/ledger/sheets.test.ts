import { describe, expect, test } from 'vitest';
import { buildLedger } from './ledger.ts';
import { readMemberFiles } from './members.ts';
import { ledgerCsv, ledgerFileName, ledgerSheets } from './sheets.ts';
import { memberFile, readAt, testCatalogue } from './fixtures.ts';

const NOW = Date.parse('2026-11-02T02:00:00Z');
const members = readMemberFiles([
  memberFile('a.json', '张三', { 'theory/a': readAt('2026-10-05T02:00:00Z'), 'theory/gone': readAt('2026-10-05T02:00:00Z') }),
  memberFile('b.json', '=1+1', {}),
]).members;
const ledger = buildLedger(members, testCatalogue, { period: { kind: 'month', year: 2026, month: 10 }, branch: '第一党小组', now: NOW });

describe('ledgerSheets', () => {
  test('one sheet per view, numbers kept as numbers', () => {
    const sheets = ledgerSheets(ledger);
    expect(sheets.map((s) => s.name)).toEqual(['成员概况', '计划完成', '支部合计']);
    const zhang = sheets[0]!.tables[0]!.body.find((r) => r[0] === '张三')!;
    expect(zhang.slice(0, 11)).toEqual(['张三', '第一党小组', '2026-11-02', 1, 0, 2, 2, 32, '1 / 3', 3, 0]);
    expect(zhang[11]).toContain('1 条记录的内容本站未收录');
    expect(sheets[1]!.tables.map((t) => t.caption)).toEqual(['十月计划（2026年10月）', '四季度计划（2026年第4季度）']);
    expect(sheets[1]!.tables[0]!.head[0]![1]).toBe('理论甲（必学，2026-10-20 前）');
    expect(sheets[2]!.tables[0]!.body[0]).toEqual(['报送人数', 2]);
  });
});

describe('ledgerCsv', () => {
  test('is UTF-8 with a BOM and guards a name that looks like a formula', () => {
    const csv = ledgerCsv(ledger);
    expect(csv.startsWith('\uFEFF支部学习台账 第一党小组 2026年10月')).toBe(true);
    expect(csv).toContain("\r\n'=1+1,");
    expect(csv).not.toMatch(/\r\n=1\+1/);
  });

  test('file names say branch and period', () => {
    expect(ledgerFileName(ledger, 'xlsx')).toBe('支部学习台账-第一党小组-2026-10.xlsx');
  });
});
