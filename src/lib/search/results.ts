import { withBase } from '../content/links.ts';

/** The subset of Pagefind's result data the page uses. */
export interface PagefindData {
  url: string;
  content?: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

export interface ResultView {
  url: string;
  title: string;
  collection: string;
  date: string;
  origin: string;
  excerpt: string;
  /** Whether the text contains every term (or the quoted phrase) verbatim. */
  exact: boolean;
}

/** Whether `content` contains every term verbatim, ignoring case and the spaces Pagefind adds. */
export function containsAll(content: string, terms: string[]): boolean {
  const hay = content.replace(/\s+/g, '').toLowerCase();
  return terms.every((t) => hay.includes(t.replace(/\s+/g, '').toLowerCase()));
}

/**
 * Shapes a Pagefind result for the list: the link carries the reader's own terms in
 * `?highlight=` so the target page marks whole phrases, not single characters.
 */
export function toResultView(data: PagefindData, terms: string[]): ResultView {
  const url = new URL(data.url, 'http://x');
  url.search = '';
  for (const term of terms) url.searchParams.append('highlight', term);
  return {
    url: url.pathname + url.search + url.hash,
    title: data.meta.title ?? url.pathname,
    collection: data.meta.collection ?? '',
    date: data.meta.date ?? '',
    origin: data.meta.origin ?? '',
    excerpt: data.excerpt,
    exact: containsAll(`${data.meta.title ?? ''} ${data.content ?? data.excerpt}`, terms),
  };
}

/** Exact matches first, each group keeping Pagefind's order (relevance or date). */
export function exactFirst<T extends { exact: boolean }>(views: T[]): T[] {
  return [...views.filter((v) => v.exact), ...views.filter((v) => !v.exact)];
}

/** The URL of the search page for a query, under the site's base path. */
export function searchPageUrl(base: string, query: string): string {
  return `${withBase(base, '/search/')}${query ? `?q=${encodeURIComponent(query)}` : ''}`;
}
