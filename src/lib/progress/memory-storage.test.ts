import { describe, expect, test } from 'vitest';
import { MemoryStorage } from './memory-storage.ts';

describe('MemoryStorage', () => {
  test('behaves like Web Storage and counts writes', () => {
    const s = new MemoryStorage();
    expect(s.getItem('k')).toBeNull();
    s.setItem('k', 'v');
    expect(s.getItem('k')).toBe('v');
    s.removeItem('k');
    expect(s.getItem('k')).toBeNull();
    expect(s.writes).toBe(1);
  });

  test('throws DOMException-like errors when faults are switched on', () => {
    const s = new MemoryStorage();
    s.faults = { failGet: true, failSet: 'quota', failRemove: true };
    expect(() => s.getItem('k')).toThrow(expect.objectContaining({ name: 'SecurityError' }));
    expect(() => s.setItem('k', 'v')).toThrow(expect.objectContaining({ name: 'QuotaExceededError', code: 22 }));
    expect(() => s.removeItem('k')).toThrow(expect.objectContaining({ name: 'SecurityError' }));
  });
});
