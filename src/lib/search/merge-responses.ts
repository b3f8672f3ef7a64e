import type { PagefindResponse } from './pagefind-api.ts';

type Counts = PagefindResponse['filters'];

function addCounts(into: Counts, from: Counts) {
  for (const [group, values] of Object.entries(from)) {
    const target = (into[group] ??= {});
    for (const [value, n] of Object.entries(values)) target[value] = (target[value] ?? 0) + n;
  }
}

/**
 * One response from the responses of several Pagefind instances (one per search worker), as
 * Pagefind merges the indexes of one instance: results by score, highest first (a stable sort,
 * so each instance's own order survives among equal scores), and counts added up.
 */
export function mergeResponses(responses: readonly PagefindResponse[]): PagefindResponse {
  if (responses.length === 1) return responses[0]!;
  const filters: Counts = {};
  const totalFilters: Counts = {};
  for (const r of responses) {
    addCounts(filters, r.filters);
    addCounts(totalFilters, r.totalFilters);
  }
  return {
    results: responses.flatMap((r) => r.results).sort((a, b) => b.score - a.score),
    unfilteredResultCount: responses.reduce((n, r) => n + r.unfilteredResultCount, 0),
    filters,
    totalFilters,
  };
}
