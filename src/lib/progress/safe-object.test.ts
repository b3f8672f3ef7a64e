import { describe, expect, test } from 'vitest';
import { isForbiddenKey, isObject, ownValue, safeObject } from './safe-object.ts';

describe('safeObject', () => {
  test('builds an object without a prototype and skips polluting keys', () => {
    const obj = safeObject<unknown>([
      ['__proto__', { polluted: true }],
      ['constructor', 1],
      ['theory/a', 2],
    ]);
    expect(Object.getPrototypeOf(obj)).toBeNull();
    expect(Object.keys(obj)).toEqual(['theory/a']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('serialises to JSON like a plain object', () => {
    expect(JSON.stringify(safeObject([['a', 1]]))).toBe('{"a":1}');
  });
});

describe('helpers', () => {
  test('isForbiddenKey knows the three names', () => {
    expect(['__proto__', 'constructor', 'prototype'].every(isForbiddenKey)).toBe(true);
    expect(isForbiddenKey('proto')).toBe(false);
  });

  test('isObject rejects arrays and null', () => {
    expect(isObject({})).toBe(true);
    expect(isObject([])).toBe(false);
    expect(isObject(null)).toBe(false);
  });

  test('ownValue ignores inherited properties', () => {
    expect(ownValue({}, 'toString')).toBeUndefined();
    expect(ownValue({ a: 1 }, 'a')).toBe(1);
  });
});
