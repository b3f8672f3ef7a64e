import { describe, expect, test } from 'vitest';
import { importFileSchema } from './import-schema.ts';
import { describeIssue } from './import-errors.ts';

function firstIssue(value: unknown) {
  const result = importFileSchema.safeParse(value);
  if (result.success) throw new Error('expected a failure');
  return result.error.issues[0]!;
}

const base = {
  format: 'xuexi-yuandi-progress',
  version: 4,
  exportedAt: '2026-04-01T00:00:00.000Z',
  settings: { name: '', annualTarget: 32 },
  branch: '',
  records: {},
  notes: [],
  reflections: [],
};

describe('describeIssue', () => {
  test('names the field path and the expected type in Chinese', () => {
    expect(describeIssue(firstIssue({ ...base, settings: { name: 3, annualTarget: 32 } }))).toBe('settings › name：类型不对，应为文字');
  });

  test('explains unknown fields, bad times and custom rules', () => {
    expect(describeIssue(firstIssue({ ...base, x: 1 }))).toContain('包含未知字段 x');
    expect(describeIssue(firstIssue({ ...base, exportedAt: 'soon' }))).toContain('应为 ISO 8601 时间');
    expect(describeIssue(firstIssue({ ...base, settings: { name: '', annualTarget: 0.3 } }))).toContain('0.5 的倍数');
  });
});
