import { describe, expect, test } from 'vitest';
import { ID_PATTERN } from '../../schemas/fields.ts';
import { collectionNames } from '../../site.config.ts';
import { ENTRY_KEY_PATTERN, PROGRESS_COLLECTIONS, isContentHash, isEntryKey, parseEntryKey } from './types.ts';

describe('entry keys', () => {
  test('accepts collection/id for every collection', () => {
    for (const c of PROGRESS_COLLECTIONS) expect(isEntryKey(`${c}/2026-03-foo`)).toBe(true);
  });

  test('refuses unknown collections, bad ids and non-strings', () => {
    for (const bad of [
      'news/abc',
      'theory/',
      'theory/ABC',
      'theory/a--b',
      'theory/a/b',
      '__proto__',
      'theory/中文',
      ' theory/a',
      7,
      null,
    ]) {
      expect(isEntryKey(bad)).toBe(false);
    }
  });

  test('splits a key into collection and id', () => {
    expect(parseEntryKey('training/2026-skills')).toEqual({ collection: 'training', id: '2026-skills' });
    expect(parseEntryKey('nope')).toBeNull();
  });

  test('stays in step with the content id rule and the site collections', () => {
    expect(ENTRY_KEY_PATTERN.source.endsWith(`\\/(${ID_PATTERN.source.slice(1, -1)})$`)).toBe(true);
    expect([...PROGRESS_COLLECTIONS].sort()).toEqual([...collectionNames].sort());
  });
});

describe('isContentHash', () => {
  test('accepts hex, base64 and prefixed hashes but no markup or spaces', () => {
    expect(isContentHash('a3f9')).toBe(true);
    expect(isContentHash('sha256-AbC+/=')).toBe(true);
    expect(isContentHash('<b>')).toBe(false);
    expect(isContentHash('a b')).toBe(false);
    expect(isContentHash('x'.repeat(129))).toBe(false);
    expect(isContentHash(null)).toBe(false);
  });
});
