import { describe, expect, test } from 'vitest';
import { indexCatalogue, type CatalogueEntry } from './catalogue.ts';

describe('indexCatalogue', () => {
  test('looks entries up by key', () => {
    const a: CatalogueEntry = { key: 'theory/a', collection: 'theory', title: '甲', hours: 1, date: '2026-01-01' };
    const index = indexCatalogue([a]);
    expect(index.get('theory/a')).toBe(a);
    expect(index.get('theory/b')).toBeUndefined();
  });
});
