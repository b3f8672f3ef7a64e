import { describe, expect, test } from 'vitest';
import { migrate, type StoredV1 } from './migrate.ts';

const MS1 = Date.UTC(2025, 10, 3, 1, 0);
const MS2 = Date.UTC(2025, 10, 4, 1, 0);

const v1: StoredV1 = {
  version: 1,
  state: {
    name: '李四',
    target: 40,
    entries: {
      'theory/party-rules': { status: 'read', opened: MS1, read: MS2, scroll: 100, seconds: 300 },
      'exemplars/wang-li': { status: 'reading', opened: MS1, lastOpened: MS2, scroll: 40, seconds: 30 },
    },
  },
};

describe('migrate', () => {
  test('upgrades a v1 value: ms times to ISO, percent scroll to a fraction, no hash or attendance', () => {
    const result = migrate(v1);
    expect(result?.fromVersion).toBe(1);
    expect(result?.droppedRecords).toBe(0);
    expect(result?.state.settings).toEqual({ name: '李四', annualTarget: 40 });
    expect(result?.state.records.get('theory/party-rules')).toEqual({
      status: 'read',
      firstOpenedAt: new Date(MS1).toISOString(),
      lastOpenedAt: new Date(MS1).toISOString(),
      readAt: new Date(MS2).toISOString(),
      scroll: 1,
      activeSeconds: 300,
      contentHash: null,
      attended: false,
      attendedAt: null,
    });
    expect(result?.state.records.get('exemplars/wang-li')).toMatchObject({
      status: 'reading',
      lastOpenedAt: new Date(MS2).toISOString(),
      scroll: 0.4,
    });
  });

  test('reads a v2 value as it is', () => {
    const result = migrate({
      version: 2,
      state: {
        settings: { name: '', annualTarget: 32 },
        records: { 'theory/a': { status: 'reading', lastOpenedAt: '2026-01-01T00:00:00.000Z' } },
      },
    });
    expect(result?.fromVersion).toBe(2);
    expect(result?.state.records.get('theory/a')?.status).toBe('reading');
  });

  test('keeps the good records when one v1 entry is broken', () => {
    const broken = { version: 1, state: { entries: { ...v1.state.entries, 'theory/bad': 42 } } };
    const result = migrate(broken);
    expect(result?.state.records.size).toBe(2);
    expect(result?.droppedRecords).toBe(1);
  });

  test('returns null for wrong shapes, unknown and newer versions', () => {
    for (const raw of [
      null,
      [],
      'x',
      { state: {} },
      { version: '2', state: { records: {} } },
      { version: 0, state: { records: {} } },
      { version: 3, state: { records: {} } },
      { version: 2, state: { records: [] } },
      { version: 2, state: 'x' },
      { version: 1, state: { entries: 'x' } },
    ]) {
      expect(migrate(raw)).toBeNull();
    }
  });
});
