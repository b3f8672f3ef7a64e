import { withBase } from '../content/links.ts';
import { joinChineseSpaces } from './segment.ts';

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
  const exact = containsAll(`${data.meta.title ?? ''} ${data.content ?? data.excerpt}`, terms);
  const showsTerm = containsAll(data.excerpt.replace(/<[^>]*>/g, ''), terms);
  const excerpt = exact && !showsTerm && data.content ? (excerptAround(joinChineseSpaces(data.content), terms) ?? data.excerpt) : data.excerpt;
  return {
    url: url.pathname + url.search + url.hash,
    title: data.meta.title ?? url.pathname,
    collection: data.meta.collection ?? '',
    date: data.meta.date ?? '',
    origin: data.meta.origin ?? '',
    // The index holds the text with its words spaced apart; readers see it as written.
    excerpt: joinChineseSpaces(excerpt),
    exact,
  };
}

/**
 * An excerpt around the first verbatim occurrence of a term in the page text, marked with
 * `<mark>` like Pagefind's, for exact matches whose Pagefind excerpt shows another passage.
 * Returns null when no term occurs.
 */
export function excerptAround(content: string, terms: string[], length = 36): string | null {
  for (const term of terms) {
    const chars = [...term.replace(/\s+/g, '')].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    if (chars.length === 0) continue;
    const m = new RegExp(chars.join('\\s*'), 'iu').exec(content);
    if (!m) continue;
    const before = Math.max(0, m.index - Math.floor((length - chars.length) / 2));
    const after = Math.min(content.length, m.index + m[0].length + Math.ceil((length - chars.length) / 2));
    const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    return `${before > 0 ? '…' : ''}${esc(content.slice(before, m.index))}<mark>${esc(m[0])}</mark>${esc(content.slice(m.index + m[0].length, after))}${after < content.length ? '…' : ''}`;
  }
  return null;
}

/** Exact matches first, each group keeping Pagefind's order (relevance or date). */
export function exactFirst<T extends { exact: boolean }>(views: T[]): T[] {
  return [...views.filter((v) => v.exact), ...views.filter((v) => !v.exact)];
}

/** The URL of the search page for a query, under the site's base path. */
export function searchPageUrl(base: string, query: string): string {
  return `${withBase(base, '/search/')}${query ? `?q=${encodeURIComponent(query)}` : ''}`;
}
