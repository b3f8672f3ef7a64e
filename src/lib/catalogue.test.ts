import { describe, expect, test } from 'vitest';
import { buildCatalogue, indexCatalogue, parseCatalogue, type CatalogueEntry } from './catalogue.ts';

describe('catalogue', () => {
  const file = buildCatalogue(
    [{ collection: 'theory', id: 'a', title: '甲', hours: 1.5, date: new Date('2026-03-01T00:00:00Z'), hash: 'sha256-1', chars: 900 }],
    [
      {
        item: {
          collection: 'plans',
          id: 'p',
          title: '计划',
          hours: 0,
          date: new Date('2026-11-24T00:00:00Z'),
          hash: 'sha256-2',
          chars: 10,
        },
        period: '2026-12',
        periodLabel: '2026年12月',
        items: [{ item: { collection: 'theory', id: 'a' }, requirement: '必学', due: new Date('2026-12-10T00:00:00Z') }],
      },
    ],
    (c, id) => `/kb/${c}/${id}/`,
  );

  test('buildCatalogue writes keys, days and addresses with the base path', () => {
    expect(file.entries[0]).toEqual({
      key: 'theory/a',
      collection: 'theory',
      title: '甲',
      hours: 1.5,
      date: '2026-03-01',
      url: '/kb/theory/a/',
      hash: 'sha256-1',
      chars: 900,
    });
    expect(file.plans[0]?.items).toEqual([{ key: 'theory/a', requirement: '必学', due: '2026-12-10' }]);
  });

  test('parseCatalogue reads what buildCatalogue writes', () => {
    expect(parseCatalogue(JSON.parse(JSON.stringify(file)))).toEqual({ entries: file.entries, plans: file.plans });
  });

  test('parseCatalogue refuses a file that is not ours and skips bad entries', () => {
    expect(parseCatalogue({ format: 'other', version: 1, entries: [], plans: [] })).toBeNull();
    expect(parseCatalogue({ ...file, version: 2 })).toBeNull();
    expect(parseCatalogue(null)).toBeNull();
    const bad = {
      ...file,
      entries: [...file.entries, { ...file.entries[0], key: '__proto__/x' }, { ...file.entries[0], url: 'javascript:alert(1)' }],
    };
    expect(parseCatalogue(JSON.parse(JSON.stringify(bad)))?.entries).toHaveLength(1);
  });
});

describe('indexCatalogue', () => {
  test('looks entries up by key', () => {
    const a: CatalogueEntry = { key: 'theory/a', collection: 'theory', title: '甲', hours: 1, date: '2026-01-01' };
    const index = indexCatalogue([a]);
    expect(index.get('theory/a')).toBe(a);
    expect(index.get('theory/b')).toBeUndefined();
  });
});
