import { describe, expect, test } from 'vitest';
import { describeImportPlan, importDoneMessage } from './import-summary.ts';

describe('import summary', () => {
  const plan = {
    added: ['theory/a'],
    updated: ['theory/b', 'theory/c'],
    unchanged: [],
    unknown: ['theory/gone'],
    settings: ['name' as const],
  };
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
