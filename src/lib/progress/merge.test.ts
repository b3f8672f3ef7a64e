import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS, EMPTY_RECORD, type ProgressRecord, type ProgressState } from './types.ts';
import { latestActivity, mergeImport, mergeSettings, planImport } from './merge.ts';

const T1 = '2026-03-01T01:00:00.000Z';
const T2 = '2026-03-02T01:00:00.000Z';
const T3 = '2026-03-03T01:00:00.000Z';
const rec = (r: Partial<ProgressRecord>): ProgressRecord => ({ ...EMPTY_RECORD, ...r });
const state = (entries: [string, ProgressRecord][], settings = DEFAULT_SETTINGS): ProgressState => ({
  settings,
  records: new Map(entries),
});

describe('latestActivity', () => {
  test('takes the latest of lastOpenedAt, readAt and attendedAt', () => {
    expect(latestActivity(rec({ lastOpenedAt: T1, readAt: T3, attendedAt: T2 }))).toBe(Date.parse(T3));
    expect(latestActivity(EMPTY_RECORD)).toBe(-Infinity);
  });
});

describe('mergeImport', () => {
  const current = state([
    ['theory/a', rec({ status: 'reading', lastOpenedAt: T2 })],
    ['theory/b', rec({ status: 'read', lastOpenedAt: T1, readAt: T3 })],
    ['theory/local-only', rec({ status: 'reading', lastOpenedAt: T1 })],
  ]);
  const incoming = state([
    ['theory/a', rec({ status: 'read', lastOpenedAt: T2, readAt: T3 })],
    ['theory/b', rec({ status: 'reading', lastOpenedAt: T2 })],
    ['training/gone', rec({ attended: true, attendedAt: T1 })],
  ]);

  test('newest activity wins per entry, local-only and unknown records are kept', () => {
    const merged = mergeImport(current, incoming);
    expect(merged.records.get('theory/a')?.status).toBe('read');
    expect(merged.records.get('theory/b')?.readAt).toBe(T3);
    expect(merged.records.has('theory/local-only')).toBe(true);
    expect(merged.records.has('training/gone')).toBe(true);
  });

  test('a tie keeps the record already here', () => {
    const here = rec({ status: 'reading', lastOpenedAt: T2, scroll: 0.3 });
    const there = rec({ status: 'reading', lastOpenedAt: T2, scroll: 0.9 });
    expect(mergeImport(state([['theory/a', here]]), state([['theory/a', there]])).records.get('theory/a')).toBe(here);
  });

  test('does not change the current or the incoming state: same records, same values, same settings', () => {
    const snapshot = (s: ProgressState) => JSON.stringify({ settings: s.settings, records: [...s.records] });
    const [currentBefore, incomingBefore] = [snapshot(current), snapshot(incoming)];
    const recordA = current.records.get('theory/a');
    const merged = mergeImport(current, incoming);
    expect(merged).not.toBe(current);
    expect(merged.records).not.toBe(current.records);
    expect(snapshot(current)).toBe(currentBefore);
    expect(snapshot(incoming)).toBe(incomingBefore);
    expect(current.records.get('theory/a')).toBe(recordA);
  });
});

describe('planImport', () => {
  test('lists added, updated, unchanged and unknown entries, sorted', () => {
    const current = state([
      ['theory/a', rec({ lastOpenedAt: T1, status: 'reading' })],
      ['theory/b', rec({ lastOpenedAt: T3, status: 'reading' })],
    ]);
    const incoming = state(
      [
        ['theory/b', rec({ lastOpenedAt: T2, status: 'reading' })],
        ['theory/a', rec({ lastOpenedAt: T2, status: 'reading' })],
        ['theory/z', rec({ lastOpenedAt: T1, status: 'reading' })],
        ['theory/c', rec({ lastOpenedAt: T1, status: 'reading' })],
      ],
      { name: '赵六', annualTarget: 40 },
    );
    expect(planImport(current, incoming, ['theory/a', 'theory/b', 'theory/c'])).toEqual({
      added: ['theory/c', 'theory/z'],
      updated: ['theory/a'],
      unchanged: ['theory/b'],
      unknown: ['theory/z'],
      settings: ['name', 'annualTarget'],
    });
  });
});

describe('mergeSettings', () => {
  test('imported settings only fill what was not set here', () => {
    expect(mergeSettings({ name: '', annualTarget: 32 }, { name: '甲', annualTarget: 50 })).toEqual({ name: '甲', annualTarget: 50 });
    expect(mergeSettings({ name: '乙', annualTarget: 40 }, { name: '甲', annualTarget: 50 })).toEqual({ name: '乙', annualTarget: 40 });
  });
});
