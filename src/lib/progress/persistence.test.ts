import { describe, expect, test } from 'vitest';
import { isQuotaError, safeRead, safeWrite } from './persistence.ts';
import { MemoryStorage } from './memory-storage.ts';

describe('isQuotaError', () => {
  test('recognises the names and legacy codes browsers use', () => {
    expect(isQuotaError({ name: 'QuotaExceededError' })).toBe(true);
    expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe(true);
    expect(isQuotaError({ name: 'Error', code: 22 })).toBe(true);
    expect(isQuotaError({ name: 'SecurityError', code: 18 })).toBe(false);
    expect(isQuotaError('full')).toBe(false);
  });
});

describe('safeRead / safeWrite', () => {
  test('never throw and say why storage refused', () => {
    const s = new MemoryStorage();
    s.faults = { failGet: true, failSet: 'quota', failRemove: true };
    expect(safeRead(s, 'k')).toEqual({ ok: false, failure: 'blocked' });
    expect(safeWrite(s, 'k', 'v')).toEqual({ ok: false, failure: 'quota' });
    expect(safeWrite(s, 'k', null)).toEqual({ ok: false, failure: 'blocked' });
  });

  test('read, write and remove when storage works', () => {
    const s = new MemoryStorage();
    expect(safeWrite(s, 'k', 'v')).toEqual({ ok: true });
    expect(safeRead(s, 'k')).toEqual({ ok: true, value: 'v' });
    expect(safeWrite(s, 'k', null)).toEqual({ ok: true });
    expect(safeRead(s, 'k')).toEqual({ ok: true, value: null });
  });

  test('an odd backend returning undefined reads as nothing stored', () => {
    const odd = { getItem: () => undefined as unknown as string | null, setItem() {}, removeItem() {} };
    expect(safeRead(odd, 'k')).toEqual({ ok: true, value: null });
  });
});
