/** Pagefind's browser runtime, in each bundle (`pagefind/pagefind.js`, and in each part's folder). */
export const PAGEFIND_RUNTIME = 'pagefind.js';

/** The parts of Pagefind 1.6's browser API (PAGEFIND_RUNTIME) this site uses. */
export interface PagefindResult {
  /** The page's id: its fragment's name, the key of pages.json. */
  id: string;
  score: number;
  /** Word positions of the match in the page's indexed text. */
  words: number[];
  data: () => Promise<{ url: string; content: string }>;
}

export interface PagefindResponse {
  results: PagefindResult[];
}

export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  /** Adds another index (a part of this site's index) to every later search. */
  mergeIndex(path: string, options?: Record<string, unknown>): Promise<void>;
  search(term: string): Promise<PagefindResponse>;
}
