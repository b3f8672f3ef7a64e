import { describe, expect, test } from 'vitest';
import { applyFilters, filterCounts, matchAll, rankMatches, termHits, type TermHit } from './matches.ts';
import type { SearchPage } from './page-text.ts';
import { pagefindLookups, type SearchTerm } from './query.ts';

const pageOf = (url: string, title: string, date: string, filters: SearchPage['filters'] = {}): SearchPage => ({
  url,
  title,
  date,
  collection: '',
  origin: '',
  filters,
});
const pages = new Map<string, SearchPage>([
  ['a', pageOf('/a/', '业务技能培训', '2026-01-01', { 栏目: ['业务培训'], 年份: ['2026'] })],
  ['b', pageOf('/b/', '支部活动', '2026-03-01', { 栏目: ['理论学习'], 年份: ['2026'], 标签: ['党章', '学习'] })],
  ['c', pageOf('/c/', '另一篇', '2025-06-01', { 栏目: ['理论学习'], 年份: ['2025'], 标签: ['党章'] })],
]);
const han = (text: string): SearchTerm => ({ text, kind: 'han' });
const hit = (id: string, ...locations: number[]): TermHit => ({ id, locations });

describe('matchAll', () => {
  test('keeps only the pages every term was found in: the true count', () => {
    const m = matchAll(
      [han('技能'), han('学习')],
      [
        [hit('a', 3), hit('b', 9), hit('c', 1)],
        [hit('b', 2), hit('c', 5), hit('x', 1)],
      ],
      pages,
    );
    expect(m.map((x) => x.id).sort()).toEqual(['b', 'c']);
  });
  test('a page the records do not know is left out', () => {
    expect(matchAll([han('技能')], [[hit('zz', 1)]], pages)).toEqual([]);
  });
  test('counts where each occurrence starts, and the earliest', () => {
    const [m] = matchAll([han('三会一课')], [[hit('a', 40, 1)]], pages);
    expect(m!.occurrences).toBe(2);
    expect(m!.first).toBe(1);
  });
});

describe('termHits', () => {
  const result = (id: string, ...words: number[]) => ({ id, words });
  test('a term of distinct characters: the pages where its pairs stand together, from one lookup', () => {
    // 务技能 is two pairs: page p has them side by side twice, page q only apart (务技 … 技能).
    const { found, hits } = termHits(pagefindLookups(han('务技能')), [result('p', 4, 5, 30, 31), result('q', 2, 9)], null);
    expect(found.map((r) => r.id)).toEqual(['p']);
    expect(hits).toEqual([{ id: 'p', locations: [4, 30] }]);
  });
  test('a term that repeats a character: the exact lookup decides the pages, the loose one counts', () => {
    const lookups = pagefindLookups(han('党章党规'));
    expect(lookups.exact).not.toBeNull();
    // Page r has 党章党章 (the same pairs side by side, not the term); only the exact lookup knows.
    const { found, hits } = termHits(lookups, [result('r', 0, 1, 2), result('s', 7, 8, 9)], [result('s', 7)]);
    expect(found.map((r) => r.id)).toEqual(['s']);
    expect(hits).toEqual([{ id: 's', locations: [7] }]);
  });
  test('one token: every loose result, each position an occurrence', () => {
    const { found, hits } = termHits(pagefindLookups(han('技能')), [result('a', 9, 3)], null);
    expect(found.map((r) => r.id)).toEqual(['a']);
    expect(hits[0]!.locations).toEqual([3, 9]);
  });
});

describe('rankMatches', () => {
  test('title first, then how often, then how early, then the newer page', () => {
    const m = matchAll([han('技能')], [[hit('b', 5, 9, 12), hit('c', 1, 2, 3), hit('a', 50)]], pages);
    expect(rankMatches(m, 'relevance').map((x) => x.id)).toEqual(['a', 'c', 'b']);
  });
  test('on a full tie the newer page comes first', () => {
    const m = matchAll([han('活')], [[hit('c', 4), hit('b', 4)]], pages);
    expect(rankMatches(m, 'relevance').map((x) => x.id)).toEqual(['b', 'c']);
  });
  test('by date: newest first', () => {
    const m = matchAll([han('技能')], [[hit('c', 1), hit('a', 1), hit('b', 1)]], pages);
    expect(rankMatches(m, 'date').map((x) => x.id)).toEqual(['b', 'a', 'c']);
  });
});

describe('filters', () => {
  const all = matchAll([han('学')], [[hit('a', 1), hit('b', 1), hit('c', 1)]], pages);
  test('counts each value among the matches', () => {
    const counts = filterCounts(all);
    expect(counts.栏目).toEqual({ 业务培训: 1, 理论学习: 2 });
    expect(counts.标签).toEqual({ 党章: 2, 学习: 1 });
  });
  test('keeps the matches with every selected value', () => {
    expect(applyFilters(all, { 栏目: '理论学习', 年份: '2026' }).map((m) => m.id)).toEqual(['b']);
  });
});
