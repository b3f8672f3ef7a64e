import { describe, expect, test } from 'vitest';
import { EMPTY_RECORD, type ProgressRecord, type ProgressState } from './types.ts';
import type { CatalogueEntry } from '../catalogue.ts';
import { exportCsv } from './export-csv.ts';
import { UTF8_BOM } from './csv.ts';

const rec = (r: Partial<ProgressRecord>): ProgressRecord => ({ ...EMPTY_RECORD, ...r });
const catalogue: CatalogueEntry[] = [
  { key: 'theory/a', collection: 'theory', title: '学习"两个确立",深刻领会', hours: 2, date: '2026-03-01' },
  { key: 'training/t', collection: 'training', title: '=HYPERLINK("http://evil")', hours: 4, date: '2026-03-20' },
  { key: 'exemplars/e', collection: 'exemplars', title: '先进人物', hours: 1, date: '2026-01-01' },
  { key: 'theory/never', collection: 'theory', title: '没打开过', hours: 1, date: '2026-01-01' },
];
const state: ProgressState = {
  settings: { name: '', annualTarget: 32 },
  records: new Map([
    ['theory/a', rec({ status: 'read', readAt: '2026-03-09T17:00:00.000Z' })],
    ['training/t', rec({ attended: true, attendedAt: '2026-03-21T00:00:00.000Z' })],
    ['exemplars/e', rec({ status: 'reading', lastOpenedAt: '2026-03-01T00:00:00.000Z' })],
    ['theory/unread', rec({ status: 'unread', lastOpenedAt: '2026-03-01T00:00:00.000Z' })],
    ['theory/removed', rec({ status: 'read', readAt: '2026-02-01T00:00:00.000Z' })],
  ]),
};

describe('exportCsv', () => {
  const csv = exportCsv(state, catalogue);
  const lines = csv.slice(UTF8_BOM.length).split('\r\n');

  test('BOM, header and one row per opened, read or attended entry, by completion date', () => {
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(lines).toEqual([
      '标题,栏目,状态,完成日期,学时',
      'theory/removed,理论学习,已读,2026-02-01,',
      '"学习""两个确立"",深刻领会",理论学习,已读,2026-03-10,2',
      `"'=HYPERLINK(""http://evil"")",业务培训,已参加,2026-03-20,4`,
      '先进人物,先进典型,在读,,0',
      '',
    ]);
  });
});
