import { describe, expect, test } from 'vitest';
import {
  DEFAULT_PAGES_PER_PART,
  NO_PARTS,
  groupBundles,
  indexPart,
  parsePartsManifest,
  parseSearchPages,
  splitIntoParts,
} from './index-parts.ts';

const page = (url: string, date: string) => ({ url, date });

describe('splitIntoParts', () => {
  test('puts the newest pages first and cuts at the part size', () => {
    const pages = [
      page('/a/', '2026-01-01'),
      page('/b/', '2026-03-01'),
      page('/c/', '2026-02-01'),
      page('/d/', '2025-12-31'),
      page('/e/', '2026-03-01'),
    ];
    expect(splitIntoParts(pages, 2).map((part) => part.map((p) => p.url))).toEqual([['/b/', '/e/'], ['/c/', '/a/'], ['/d/']]);
  });

  test('parts are of even size, never above the limit', () => {
    const pages = Array.from({ length: 1039 }, (_, i) => page(`/p${i}/`, '2026-01-01'));
    expect(splitIntoParts(pages, 800).map((p) => p.length)).toEqual([520, 519]);
    expect(splitIntoParts(pages, 1039).map((p) => p.length)).toEqual([1039]);
  });

  test('one part for a small site, none for an empty one', () => {
    expect(splitIntoParts([page('/a/', '2026-01-01')])).toHaveLength(1);
    expect(splitIntoParts([])).toEqual([]);
  });

  test('a nonsensical part size falls back to the default', () => {
    const pages = Array.from({ length: DEFAULT_PAGES_PER_PART + 1 }, (_, i) => page(`/p${i}/`, '2026-01-01'));
    expect(splitIntoParts(pages, 0).map((p) => p.length)).toEqual([DEFAULT_PAGES_PER_PART / 2 + 1, DEFAULT_PAGES_PER_PART / 2]);
    expect(splitIntoParts(pages, Number.NaN)).toHaveLength(2);
  });
});

describe('parsePartsManifest', () => {
  test('reads the parts the build wrote', () => {
    const manifest = { version: 1, parts: [indexPart(1), indexPart(2)] };
    expect(parsePartsManifest(JSON.parse(JSON.stringify(manifest)))).toEqual(manifest);
  });

  test('anything unexpected means no extra parts, and odd entries are dropped', () => {
    for (const raw of [null, 'x', [], { version: 2, parts: [indexPart(1)] }, { version: 1 }, { version: 1, parts: 'part-1/' }]) {
      expect(parsePartsManifest(raw)).toEqual(NO_PARTS);
    }
    const odd = { version: 1, parts: [indexPart(1), { path: '../../etc/', language: 'und-x-p2' }, { path: 'part-3/', language: 'en' }, 7] };
    expect(parsePartsManifest(odd).parts).toEqual([indexPart(1)]);
  });
});

describe('parseSearchPages', () => {
  test('reads the records by id, filters only of the known groups', () => {
    const pages = parseSearchPages({
      version: 1,
      pages: {
        'und-x-p0_1a': {
          url: '/a/',
          title: 'A',
          date: '2026-01-01',
          collection: '理论学习',
          origin: '',
          filters: { 标签: ['党章', 3], 别的: ['x'] },
        },
      },
    });
    expect(pages.get('und-x-p0_1a')).toEqual({
      url: '/a/',
      title: 'A',
      date: '2026-01-01',
      collection: '理论学习',
      origin: '',
      filters: { 标签: ['党章'] },
    });
  });
  test('anything unexpected gives no pages, never an error', () => {
    for (const raw of [null, 'x', { version: 2, pages: {} }, { version: 1, pages: 'x' }, { version: 1, pages: { a: { url: 1 } } }]) {
      expect(parseSearchPages(raw).size).toBe(0);
    }
  });
});

describe('groupBundles', () => {
  const manifest = (n: number) => ({ version: 1 as const, parts: Array.from({ length: n }, (_, i) => indexPart(i + 1)) });

  test('shares the bundles round-robin, the primary leading the first group', () => {
    expect(groupBundles(manifest(3), 2)).toEqual([
      ['', 'part-2/'],
      ['part-1/', 'part-3/'],
    ]);
  });

  test('never more groups than bundles, never fewer than one', () => {
    expect(groupBundles(NO_PARTS, 4)).toEqual([['']]);
    expect(groupBundles(manifest(1), 8)).toEqual([[''], ['part-1/']]);
    expect(groupBundles(manifest(2), 0)).toEqual([['', 'part-1/', 'part-2/']]);
    expect(groupBundles(manifest(2), Number.NaN)).toEqual([['', 'part-1/', 'part-2/']]);
  });
});
