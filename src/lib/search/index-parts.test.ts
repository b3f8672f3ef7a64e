import { describe, expect, test } from 'vitest';
import { DEFAULT_PAGES_PER_PART, NO_PARTS, groupBundles, inDateOrder, indexPart, parsePartsManifest, partOfResult, splitIntoParts } from './index-parts.ts';

const page = (url: string, date: string) => ({ url, date });

describe('splitIntoParts', () => {
  test('puts the newest pages first and cuts at the part size', () => {
    const pages = [page('/a/', '2026-01-01'), page('/b/', '2026-03-01'), page('/c/', '2026-02-01'), page('/d/', '2025-12-31'), page('/e/', '2026-03-01')];
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

describe('results across parts', () => {
  const manifest = { version: 1 as const, parts: [indexPart(1), indexPart(2)] };

  test('each result is traced to its part by the language in its id', () => {
    expect(partOfResult('und-x-p0_abc1234', manifest)).toBe(0);
    expect(partOfResult('und-x-p1_abc1234', manifest)).toBe(1);
    expect(partOfResult('und-x-p2_abc1234', manifest)).toBe(2);
    expect(partOfResult('und-x-p9_abc1234', manifest)).toBe(0);
    expect(partOfResult('no-underscore', manifest)).toBe(0);
  });

  test('a date sort keeps each part in its order and puts newer parts first', () => {
    // As Pagefind merges a date sort: by score, where each part scores by its own date rank.
    const merged = [
      { id: 'und-x-p2_a', score: 9 },
      { id: 'und-x-p0_a', score: 9 },
      { id: 'und-x-p1_a', score: 9 },
      { id: 'und-x-p0_b', score: 8 },
      { id: 'und-x-p2_b', score: 8 },
      { id: 'und-x-p1_b', score: 7 },
    ];
    expect(inDateOrder(merged, manifest).map((r) => r.id)).toEqual(['und-x-p0_a', 'und-x-p0_b', 'und-x-p1_a', 'und-x-p1_b', 'und-x-p2_a', 'und-x-p2_b']);
    expect(inDateOrder(merged, NO_PARTS)).toEqual(merged);
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
