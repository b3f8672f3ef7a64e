/**
 * The search index in parts. Pagefind 1.6 holds every page of an index in memory while it
 * writes (about 0.5 MB per page of words the build has split, measured in bench/README.md), so
 * one index for thousands of entries needs gigabytes. The build writes the entry pages, newest first, into
 * indexes of at most `pagesPerPart` pages, each by its own Pagefind process; the search page
 * merges them (Pagefind's `mergeIndex`). Pure, shared by the build and the search page.
 */

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
   * the words again; the build has, see segment.ts). Pagefind prefixes result ids with it,
   * which is how the search page tells which part a result came from.
   */
  readonly language: string;
}

export interface PartsManifest {
  readonly version: 1;
  /** Extra parts, newest entries first; the primary bundle holds the newest pages. */
  readonly parts: readonly SearchIndexPart[];
}

export const NO_PARTS: PartsManifest = { version: 1, parts: [] };

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
      typeof p === 'object' && p !== null && typeof p.path === 'string' && /^part-\d+\/$/.test(p.path) && typeof p.language === 'string' && /^und-x-p\d+$/.test(p.language),
  );
  return { version: 1, parts: valid };
}

/** Which part a result came from: 0 for the primary bundle (and anything not recognised). */
export function partOfResult(id: string, manifest: PartsManifest): number {
  const language = id.slice(0, id.indexOf('_'));
  const at = manifest.parts.findIndex((p) => p.language === language);
  return at + 1;
}

/**
 * Newest first across parts. Merged results arrive ordered by score; for a date sort each
 * part scores its results by their place in that part's date order, so results of different
 * parts interleave. The parts themselves are ordered by date (part 0 newest), so a stable
 * sort by part restores the order across the whole site.
 */
export function inDateOrder<T extends { id: string }>(results: readonly T[], manifest: PartsManifest): T[] {
  if (manifest.parts.length === 0) return [...results];
  return results
    .map((result, index) => ({ result, index, part: partOfResult(result.id, manifest) }))
    .sort((a, b) => a.part - b.part || a.index - b.index)
    .map((r) => r.result);
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
