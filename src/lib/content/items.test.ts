import { describe, expect, test } from 'vitest';
import { facetsOf, filterItems, neighbours, paginate, published, relatedFinder, sortByDate, type Item } from './items.ts';
import { listRoutes, filterPath } from './list-routes.ts';

const item = (id: string, date: string, extra: Partial<Item> = {}): Item => ({
  collection: 'theory',
  id,
  title: `标题${id}`,
  summary: '摘要',
  date: new Date(`${date}T00:00:00Z`),
  tags: [],
  type: '三会一课',
  chars: 800,
  minutes: 2,
  hash: 'sha256-0000000000000000',
  hours: 0.5,
  draft: false,
  searchable: true,
  ...extra,
});

const items = sortByDate([
  item('a', '2026-03-01', { tags: ['党章党规', '作风建设'] }),
  item('b', '2025-12-01', { tags: ['党章党规'], type: '自学' }),
  item('c', '2026-05-01', { tags: ['作风建设'], type: '自学' }),
  item('d', '2026-01-15', { tags: ['业务能力'] }),
]);

describe('lists', () => {
  test('sorts newest first', () => {
    expect(items.map((i) => i.id)).toEqual(['c', 'a', 'd', 'b']);
  });
  test('leaves drafts out unless asked', () => {
    const withDraft = [...items, item('e', '2026-06-01', { draft: true })];
    expect(published(withDraft).map((i) => i.id)).not.toContain('e');
    expect(published(withDraft, true).map((i) => i.id)).toContain('e');
  });
  test('filters by tag, type and year together', () => {
    expect(filterItems(items, { tag: '党章党规' }).map((i) => i.id)).toEqual(['a', 'b']);
    expect(filterItems(items, { type: '自学' }).map((i) => i.id)).toEqual(['c', 'b']);
    expect(filterItems(items, { year: 2026, type: '自学' }).map((i) => i.id)).toEqual(['c']);
  });
  test('counts facets, most used first, years newest first', () => {
    const f = facetsOf(items);
    expect(f.years).toEqual([
      { value: 2026, count: 3 },
      { value: 2025, count: 1 },
    ]);
    expect(f.types[0]).toEqual({ value: '三会一课', count: 2 });
    expect(f.tags.map((t) => t.value).slice(0, 2).sort()).toEqual(['作风建设', '党章党规'].sort());
  });
  test('paginates, keeping one empty page for an empty list', () => {
    const pages = paginate(items, 3);
    expect(pages.map((p) => p.items.length)).toEqual([3, 1]);
    expect(pages[1]).toMatchObject({ current: 2, total: 2, count: 4 });
    expect(paginate([], 10)).toEqual([{ items: [], current: 1, total: 1, count: 0 }]);
  });
  test('related entries share tags, best match first, never the entry itself', () => {
    expect(relatedFinder(items)(items[1]!).map((i) => i.id)).toEqual(['c', 'b', 'd']);
  });
  test('with more candidates than the limit, the best scores win and ties go to the newer entry', () => {
    const many = sortByDate([
      item('x', '2026-01-01', { tags: ['甲', '乙'] }),
      ...Array.from({ length: 30 }, (_, i) => item(`t${i}`, `2025-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`, { tags: i % 5 === 0 ? ['甲', '乙'] : i % 2 ? ['甲'] : [], type: i % 3 ? '自学' : '三会一课' })),
    ]);
    const x = many.find((i) => i.id === 'x')!;
    const score = (o: Item) => o.tags.filter((t) => x.tags.includes(t)).length * 2 + (o.type === x.type ? 1 : 0);
    const expected = many
      .filter((o) => o.id !== 'x' && score(o) > 0)
      .sort((a, b) => score(b) - score(a) || b.date.getTime() - a.date.getTime())
      .slice(0, 5)
      .map((o) => o.id);
    expect(relatedFinder(many)(x, 5).map((i) => i.id)).toEqual(expected);
  });
  test('the finder for a whole build picks what scoring every entry would, ties and fill-ins included', () => {
    // A fixed pseudo-random archive: few tags and types, many equal dates, so ties are common.
    let seed = 7;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    const tagPool = ['甲', '乙', '丙', '丁', '戊', '己'];
    const all = sortByDate(
      Array.from({ length: 300 }, (_, i) =>
        item(`r${i}`, `2025-0${1 + next(3)}-1${next(3)}`, { tags: tagPool.filter(() => next(5) === 0), type: ['自学', '三会一课', '讲座'][next(3)]! }),
      ),
    );
    const naive = (x: Item, limit: number) => {
      const score = (o: Item) => o.tags.filter((t) => x.tags.includes(t)).length * 2 + (o.type === x.type ? 1 : 0);
      return all
        .filter((o) => o.id !== x.id && score(o) > 0)
        .sort((a, b) => score(b) - score(a) || b.date.getTime() - a.date.getTime())
        .slice(0, limit)
        .map((o) => o.id);
    };
    const find = relatedFinder(all);
    for (const x of all) for (const limit of [1, 5]) expect(find(x, limit).map((o) => o.id)).toEqual(naive(x, limit));
  });
  test('neighbours are the newer and older entries', () => {
    expect(neighbours(items, 'a')).toEqual({ newer: items[0], older: items[2] });
    expect(neighbours(items, 'c').newer).toBeUndefined();
    expect(neighbours(items, 'zz')).toEqual({});
  });
});

describe('listRoutes', () => {
  const routes = listRoutes('theory', items, 2);
  test('makes the whole list and one list per year, type and tag, each paginated', () => {
    expect(routes.map((r) => r.param)).toEqual([
      undefined,
      'page/2',
      'year/2026',
      'year/2026/page/2',
      'year/2025',
      'type/zi-xue',
      'type/san-hui-yi-ke',
      'tag/zuo-feng-jian-she',
      'tag/dang-zhang-dang-gui',
      'tag/ye-wu-neng-li',
    ]);
  });
  test('gives each filtered list its label and first-page path', () => {
    const year = routes.find((r) => r.param === 'year/2026/page/2')!;
    expect(year).toMatchObject({ basePath: '/theory/year/2026/', filter: { year: 2026 }, filterLabel: '2026年' });
    expect(year.page.items.map((i) => i.id)).toEqual(['d']);
    expect(routes.find((r) => r.param === 'tag/dang-zhang-dang-gui')!.filterLabel).toBe('#党章党规');
  });
  test('filter links match the generated routes', () => {
    expect(filterPath('theory', 'type', '三会一课')).toBe('/theory/type/san-hui-yi-ke/');
    expect(filterPath('theory', 'year', 2026)).toBe('/theory/year/2026/');
  });
});
