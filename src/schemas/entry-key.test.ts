import { describe, expect, test } from 'vitest';
import { collectionNames } from '../site.config.ts';
import { ENTRY_KEY_PATTERN, ID_PATTERN, entryKey } from './entry-key.ts';
import { CONTENT_BASES } from '../lib/content/paths.ts';
import { STATIC_ROUTES } from '../lib/content/links.ts';

describe('entry keys, content folders and routes follow from the configured collections', () => {
  test('every collection has a key, a content folder and a list route', () => {
    for (const c of collectionNames) {
      expect(ENTRY_KEY_PATTERN.test(entryKey(c, '2026-03-dangzhang'))).toBe(true);
      expect(CONTENT_BASES[c]).toBe(`content/${c}`);
      expect(STATIC_ROUTES).toContain(`/${c}/`);
    }
  });
  test('a key of another collection, or with an id outside the rule, is not a key', () => {
    for (const key of ['news/a', 'theory/A', 'theory/a--b', 'theory/', 'theory/a/b']) expect(ENTRY_KEY_PATTERN.test(key), key).toBe(false);
  });
  test('ids: lowercase ASCII letters and digits joined by single hyphens', () => {
    expect(['a', '2026-03-x', 'a1-b2'].every((id) => ID_PATTERN.test(id))).toBe(true);
    expect(['-a', 'a-', 'A', '学习', 'a_b'].some((id) => ID_PATTERN.test(id))).toBe(false);
  });
});
