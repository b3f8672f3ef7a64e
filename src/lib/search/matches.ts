/**
 * From what the index says of each term to the list a reader sees: the pages that contain every
 * term (the true count), the filter counts among them, and their order. Pure: the search page
 * feeds it the index's answers and the pages' records (pages.json), tests feed it their own.
 */
import { FILTER_GROUPS, type FilterGroup, type SearchPage } from './page-text.ts';
import { type TermLookups, containsAll, occurrenceStarts, type SearchTerm } from './query.ts';

/** One page the index found for one term, and where the term occurs in it. */
export interface TermHit {
  id: string;
  /** Where each occurrence starts (the index's word positions, not characters). */
  locations: readonly number[];
}

/** A page in Pagefind's answer to one lookup: its id, and the positions of the words it matched. */
export interface LookupResult {
  id: string;
  words?: readonly number[];
}

/**
 * The pages holding a term, from the answers to its lookups (query.ts, pagefindLookups): the
 * exact lookup's pages when there is one, otherwise the loose lookup's pages in which the term's
 * words stand together; and for each, where the term occurs, from the loose lookup.
 */
export function termHits<R extends LookupResult>(
  lookups: TermLookups,
  loose: readonly R[],
  exact: readonly R[] | null,
): { hits: TermHit[]; found: readonly R[] } {
  const starts = new Map(loose.map((r) => [r.id, occurrenceStarts(r.words ?? [], lookups.span)] as const));
  const found = exact ?? (lookups.span > 1 ? loose.filter((r) => starts.get(r.id)!.length > 0) : [...loose]);
  return { found, hits: found.map((r) => ({ id: r.id, locations: starts.get(r.id) ?? [] })) };
}

/** A page that contains every term. */
export interface Match {
  id: string;
  page: SearchPage;
  /** Whether the title itself contains every term. */
  inTitle: boolean;
  /** How often the terms occur, added up over the terms. */
  occurrences: number;
  /** The earliest position of any term. */
  first: number;
}

export type SortOrder = 'relevance' | 'date';
export type SelectedFilters = Partial<Record<FilterGroup, string>>;
export type FilterCounts = Record<FilterGroup, Record<string, number>>;

/**
 * The pages found for every term (`hits[t]` holds the pages found for term t). Pages the records
 * do not know are left out (an index and a pages.json of different builds).
 */
export function matchAll(
  terms: readonly SearchTerm[],
  hits: readonly (readonly TermHit[])[],
  pages: ReadonlyMap<string, SearchPage>,
): Match[] {
  if (terms.length === 0 || hits.length !== terms.length) return [];
  const byTerm = hits.map((list) => new Map(list.map((h) => [h.id, h])));
  const [firstTerm, ...rest] = byTerm;
  const out: Match[] = [];
  for (const id of firstTerm!.keys()) {
    if (!rest.every((m) => m.has(id))) continue;
    const page = pages.get(id);
    if (!page) continue;
    let occurrences = 0;
    let first = Number.POSITIVE_INFINITY;
    byTerm.forEach((m) => {
      const locations = m.get(id)!.locations;
      occurrences += Math.max(1, locations.length);
      for (const l of locations) first = Math.min(first, l);
    });
    out.push({ id, page, inTitle: containsAll(page.title, terms), occurrences, first: Number.isFinite(first) ? first : 0 });
  }
  return out;
}

/** The matches that have every selected filter value. */
export function applyFilters(matches: readonly Match[], selected: SelectedFilters): Match[] {
  const wanted = Object.entries(selected).filter(([, v]) => v) as [FilterGroup, string][];
  if (wanted.length === 0) return [...matches];
  return matches.filter((m) => wanted.every(([group, value]) => m.page.filters[group]?.includes(value)));
}

/** How many of `matches` have each filter value, per group. */
export function filterCounts(matches: readonly Match[]): FilterCounts {
  const counts = Object.fromEntries(FILTER_GROUPS.map((g) => [g, {}])) as FilterCounts;
  for (const m of matches) {
    for (const group of FILTER_GROUPS) {
      for (const value of new Set(m.page.filters[group] ?? [])) counts[group][value] = (counts[group][value] ?? 0) + 1;
    }
  }
  return counts;
}

/**
 * The order a reader trusts. By relevance: pages whose title contains the terms first, then by
 * how often the terms occur, then by how early; the newer page first on a tie. By date: newest
 * first. The address breaks any tie left, so the same query always gives the same order.
 */
export function rankMatches(matches: readonly Match[], order: SortOrder): Match[] {
  const byDate = (a: Match, b: Match) => b.page.date.localeCompare(a.page.date) || a.page.url.localeCompare(b.page.url);
  if (order === 'date') return [...matches].sort(byDate);
  return [...matches].sort(
    (a, b) => Number(b.inTitle) - Number(a.inTitle) || b.occurrences - a.occurrences || a.first - b.first || byDate(a, b),
  );
}
