import { describe, expect, test } from 'vitest';
import { EMPTY_RECORD } from './types.ts';
import { importRecordSchema } from './import-schema.ts';

const T = '2026-03-01T00:00:00.000Z';

describe('importRecordSchema', () => {
  test('accepts every record shape the store produces', () => {
    for (const r of [
      EMPTY_RECORD,
      { ...EMPTY_RECORD, status: 'reading', firstOpenedAt: T, lastOpenedAt: T, scroll: 0.5, activeSeconds: 12.5 },
      { ...EMPTY_RECORD, status: 'read', readAt: T, contentHash: 'sha256-abc' },
      { ...EMPTY_RECORD, attended: true, attendedAt: T },
      { ...EMPTY_RECORD, attended: true, attendedAt: null },
    ]) {
      expect(importRecordSchema.safeParse(r).success).toBe(true);
    }
  });

  test('requires readAt exactly when read, and no attendedAt without attendance', () => {
    expect(importRecordSchema.safeParse({ ...EMPTY_RECORD, status: 'read' }).success).toBe(false);
    expect(importRecordSchema.safeParse({ ...EMPTY_RECORD, status: 'reading', readAt: T }).success).toBe(false);
    expect(importRecordSchema.safeParse({ ...EMPTY_RECORD, attendedAt: T }).success).toBe(false);
  });

  test('requires every field', () => {
    const { scroll: _scroll, ...missing } = EMPTY_RECORD;
    expect(importRecordSchema.safeParse(missing).success).toBe(false);
  });
});
