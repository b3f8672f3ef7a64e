/** The parts of Pagefind 1.6's browser API (`pagefind/pagefind.js`) this site uses. */
export interface PagefindResult {
  id: string;
  /** Relevance (or, sorted, the place in the sort order); responses of several instances merge by it. */
  score: number;
  data: () => Promise<{ url: string; content?: string; excerpt: string; meta: Record<string, string | undefined> }>;
}

export interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  /** Counts per filter value among the current (filtered) results. */
  filters: Record<string, Record<string, number>>;
  /** Counts per filter value across all results of the term. */
  totalFilters: Record<string, Record<string, number>>;
}

export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  /** Adds another index (a part of this site's index) to every later search. */
  mergeIndex(path: string, options?: Record<string, unknown>): Promise<void>;
  search(term: string, options?: { filters?: Record<string, string[]>; sort?: Record<string, 'asc' | 'desc'> }): Promise<PagefindResponse>;
}

/** The filters offered on the search page, in this order. */
export const FILTER_GROUPS = ['栏目', '类型', '年份', '标签'] as const;
