import { describe, expect, test } from 'vitest';
import { mergeResponses } from './merge-responses.ts';
import type { PagefindResponse } from './pagefind-api.ts';

const result = (id: string, score: number) => ({ id, score, data: async () => ({ url: `/${id}/`, excerpt: '', meta: {} }) });

const response = (results: [string, number][], filters: PagefindResponse['filters'], totalFilters = filters): PagefindResponse => ({
  results: results.map(([id, score]) => result(id, score)),
  unfilteredResultCount: results.length + 1,
  filters,
  totalFilters,
});

describe('mergeResponses', () => {
  test('interleaves results by score, highest first', () => {
    const merged = mergeResponses([
      response([['a', 9], ['b', 5], ['c', 1]], {}),
      response([['x', 7], ['y', 5], ['z', 2]], {}),
    ]);
    // Equal scores keep the order of the workers: b (first worker) before y.
    expect(merged.results.map((r) => r.id)).toEqual(['a', 'x', 'b', 'y', 'z', 'c']);
    expect(merged.unfilteredResultCount).toBe(8);
  });

  test('adds up filter counts, including values only one worker has', () => {
    const merged = mergeResponses([
      response([['a', 1]], { 栏目: { 理论学习: 3, 先进典型: 1 } }, { 栏目: { 理论学习: 5 } }),
      response([['b', 1]], { 栏目: { 理论学习: 2 }, 年份: { '2026': 4 } }, { 栏目: { 业务培训: 1 } }),
    ]);
    expect(merged.filters).toEqual({ 栏目: { 理论学习: 5, 先进典型: 1 }, 年份: { '2026': 4 } });
    expect(merged.totalFilters).toEqual({ 栏目: { 理论学习: 5, 业务培训: 1 } });
  });

  test('one response is returned as it is; results keep their data()', async () => {
    const only = response([['a', 1]], {});
    expect(mergeResponses([only])).toBe(only);
    const merged = mergeResponses([only, response([['b', 2]], {})]);
    expect((await merged.results[1]!.data()).url).toBe('/a/');
  });
});
