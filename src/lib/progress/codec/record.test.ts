import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS, EMPTY_RECORD } from '../types.ts';
import { readRecord, readRecords, readSettings, sameRecord } from './record.ts';

const T1 = '2026-03-01T02:00:00.000Z';
const T2 = '2026-03-02T02:00:00.000Z';

describe('readRecord', () => {
  test('reads a complete record unchanged', () => {
    const stored = {
      ...EMPTY_RECORD,
      status: 'read',
      firstOpenedAt: T1,
      lastOpenedAt: T2,
      readAt: T2,
      scroll: 1,
      activeSeconds: 90,
      contentHash: 'abc',
    };
    expect(readRecord(stored)).toEqual(stored);
  });

  test('repairs bad fields instead of dropping the record', () => {
    const r = readRecord({
      status: 'read',
      readAt: T1,
      scroll: 7,
      activeSeconds: -3,
      contentHash: '<x>',
      attended: 'yes',
      lastOpenedAt: 'soon',
    });
    expect(r).toMatchObject({
      status: 'read',
      readAt: T1,
      scroll: 1,
      activeSeconds: 0,
      contentHash: null,
      attended: false,
      lastOpenedAt: null,
    });
  });

  test('infers the status from the times when it is missing or impossible', () => {
    expect(readRecord({ lastOpenedAt: T1 })?.status).toBe('reading');
    expect(readRecord({ status: 'read' })?.status).toBe('unread');
    expect(readRecord({ status: 'bogus', readAt: T2 })?.status).toBe('read');
  });

  test('drops attendedAt without attended and readAt without read', () => {
    expect(readRecord({ status: 'reading', readAt: T1, lastOpenedAt: T1, attendedAt: T1 })).toMatchObject({
      readAt: null,
      attendedAt: null,
    });
  });

  test('returns null only for non-objects', () => {
    for (const bad of [null, 3, 'x', [1]]) expect(readRecord(bad)).toBeNull();
    expect(readRecord({})).toEqual(EMPTY_RECORD);
  });
});

describe('readRecords', () => {
  test('keeps good records when one is bad and counts the bad ones', () => {
    const { records, dropped } = readRecords({
      'theory/a': { status: 'read', readAt: T1 },
      'theory/b': 'garbage',
      'not a key': { status: 'read', readAt: T1 },
      'training/c': { attended: true, attendedAt: T2 },
    });
    expect([...records.keys()]).toEqual(['theory/a', 'training/c']);
    expect(dropped).toBe(2);
  });

  test('does not let a __proto__ key through', () => {
    const parsed: unknown = JSON.parse('{"__proto__": {"status": "read"}, "theory/a": {}}');
    const { records, dropped } = readRecords(parsed);
    expect([...records.keys()]).toEqual(['theory/a']);
    expect(dropped).toBe(1);
  });
});

describe('readSettings', () => {
  test('keeps valid values and falls back per field', () => {
    expect(readSettings({ name: ' 张三 ', annualTarget: 40 })).toEqual({ name: '张三', annualTarget: 40 });
    expect(readSettings({ name: '<script>', annualTarget: -1 })).toEqual(DEFAULT_SETTINGS);
    expect(readSettings('x')).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS.annualTarget).toBe(32);
  });
});

describe('sameRecord', () => {
  test('compares every field', () => {
    expect(sameRecord(EMPTY_RECORD, { ...EMPTY_RECORD })).toBe(true);
    expect(sameRecord(EMPTY_RECORD, { ...EMPTY_RECORD, scroll: 0.5 })).toBe(false);
  });
});
