/**
 * The search index in parts. Pagefind 1.6 holds every page of an index in memory while it
 * writes (about 0.5 MB per page of indexed words, measured in bench/README.md), so
 * one index for thousands of entries needs gigabytes. The build writes the entry pages, newest first, into
 * indexes of at most `pagesPerPart` pages, each by its own Pagefind process; the search page
 * merges them (Pagefind's `mergeIndex`). Pure, shared by the build and the search page.
 */
import { FILTER_GROUPS, type SearchPage } from './page-text.ts';

/**
 * Pages per index part: two Pagefind processes at once stay well under the build's memory
 * budget, and an archive of a thousand entries already comes in two parts, which the search
 * page searches side by side on two cores.
 */
export const DEFAULT_PAGES_PER_PART = 800;

/** Where the list of extra parts is written, inside the primary Pagefind bundle. */
export const PARTS_FILE = 'parts.json';

/** One extra index, merged into the primary one by the search page. */
export interface SearchIndexPart {
  /** Folder of the part, relative to the primary bundle (`part-1/`). */
  readonly path: string;
  /**
   * The language the part was indexed under (`und-x-p1`: not `zh`, so Pagefind does not split
   * the text again; the build has written Han text as character pairs, see han-text.ts).
   * Pagefind prefixes result ids with it, so ids are unique across parts.
   */
  readonly language: string;
}

export interface PartsManifest {
  readonly version: 1;
  /** Extra parts, newest entries first; the primary bundle holds the newest pages. */
  readonly parts: readonly SearchIndexPart[];
}

export const NO_PARTS: PartsManifest = { version: 1, parts: [] };

/** Where the pages' records are written, inside the primary Pagefind bundle. */
export const PAGES_FILE = 'pages.json';

/** pages.json: every indexed page's record, by the id Pagefind gives its results (`und-x-p1_1a2b3c4`). */
export interface SearchPages {
  readonly version: 1;
  readonly pages: Record<string, SearchPage>;
}

/** Reads pages.json; anything unexpected gives no pages (and so no results), never an error. */
export function parseSearchPages(raw: unknown): Map<string, SearchPage> {
  const pages = new Map<string, SearchPage>();
  if (typeof raw !== 'object' || raw === null || (raw as { version?: unknown }).version !== 1) return pages;
  const records = (raw as { pages?: unknown }).pages;
  if (typeof records !== 'object' || records === null) return pages;
  for (const [id, r] of Object.entries(records as Record<string, unknown>)) {
    if (typeof r !== 'object' || r === null) continue;
    const { url, title, date, collection, origin, filters } = r as Record<string, unknown>;
    if (typeof url !== 'string' || typeof title !== 'string') continue;
    const clean: SearchPage['filters'] = {};
    if (typeof filters === 'object' && filters !== null) {
      for (const group of FILTER_GROUPS) {
        const values = (filters as Record<string, unknown>)[group];
        if (Array.isArray(values)) clean[group] = values.filter((v): v is string => typeof v === 'string');
      }
    }
    pages.set(id, { url, title, date: text(date), collection: text(collection), origin: text(origin), filters: clean });
  }
  return pages;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** A page to index, with the date it sorts by (`YYYY-MM-DD`). */
export interface DatedPage {
  readonly url: string;
  readonly date: string;
}

/**
 * As few parts as `pagesPerPart` allows, of even size (1,039 pages in parts of 800 → 520 + 519),
 * newest first, then by address, so the same content always gives the same parts.
 */
export function splitIntoParts<T extends DatedPage>(pages: readonly T[], pagesPerPart: number = DEFAULT_PAGES_PER_PART): T[][] {
  const most = Number.isInteger(pagesPerPart) && pagesPerPart > 0 ? pagesPerPart : DEFAULT_PAGES_PER_PART;
  const size = Math.ceil(pages.length / Math.ceil(pages.length / most));
  const sorted = [...pages].sort((a, b) => b.date.localeCompare(a.date) || a.url.localeCompare(b.url));
  const parts: T[][] = [];
  for (let i = 0; i < sorted.length; i += size) parts.push(sorted.slice(i, i + size));
  return parts;
}

/** The folder and language of extra part `n` (1, 2, …); part 0 is the primary bundle, at the top. */
export function indexPart(n: number): SearchIndexPart {
  return { path: `part-${n}/`, language: `und-x-p${n}` };
}

/** Reads parts.json leniently: anything unexpected means "no extra parts". */
export function parsePartsManifest(raw: unknown): PartsManifest {
  if (typeof raw !== 'object' || raw === null || (raw as { version?: unknown }).version !== 1) return NO_PARTS;
  const parts = (raw as { parts?: unknown }).parts;
  if (!Array.isArray(parts)) return NO_PARTS;
  const valid = parts.filter(
    (p): p is SearchIndexPart =>
      typeof p === 'object' &&
      p !== null &&
      typeof p.path === 'string' &&
      /^part-\d+\/$/.test(p.path) &&
      typeof p.language === 'string' &&
      /^und-x-p\d+$/.test(p.language),
  );
  return { version: 1, parts: valid };
}

/** A bundle the search page loads: the primary (`''`) or a part folder (`part-1/`). */
export type BundlePath = '' | SearchIndexPart['path'];

/**
 * Splits the bundles among `workers` search workers, round-robin so each gets the same share
 * of pages: [[primary, part-2], [part-1, part-3]] for four bundles and two workers. Each group's
 * first bundle runs its own copy of Pagefind, in its own Web Worker, and merges the others;
 * the groups search side by side on a phone's or PC's several cores.
 */
export function groupBundles(manifest: PartsManifest, workers: number): BundlePath[][] {
  const bundles: BundlePath[] = ['', ...manifest.parts.map((p) => p.path)];
  const count = Math.max(1, Math.min(bundles.length, Number.isInteger(workers) ? workers : 1));
  const groups: BundlePath[][] = Array.from({ length: count }, () => []);
  bundles.forEach((bundle, i) => groups[i % count]!.push(bundle));
  return groups;
}
