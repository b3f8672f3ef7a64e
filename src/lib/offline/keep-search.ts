/**
 * How the search index comes to be kept offline without slowing a search. Searches read the index
 * from the network while it answers: a service worker in the way costs every request tens of
 * milliseconds (bench/README.md, round 5). The index is copied into the cache once the reader has
 * been idle for a while, and the search page reads that copy, through the service worker, only
 * when the network does not answer.
 */

/** The message a page sends the service worker to copy the search index into the cache. */
export const KEEP_SEARCH_INDEX = 'keep-search-index';

/**
 * How long the page waits after its load, and after the reader last typed or moved the focus,
 * before asking for the copy: a search runs as the reader types, and is over well within this.
 */
export const KEEP_AFTER_QUIET_MS = 5000;

/**
 * How long the page waits after its load, and after the reader last typed or moved the focus,
 * before it installs the service worker, which copies the site's shell for offline reading (some
 * 60 files). On a reader's first visit that copy would otherwise share the two cores and the
 * network with what they opened the page for: a first search took a third longer
 * (bench/README.md).
 */
export const INSTALL_AFTER_QUIET_MS = 2000;

/** What the reader does that puts the install and the copy off: typing (a search as you type) and moving the focus. */
export const READER_ACTIVITY_EVENTS = ['input', 'focusin'] as const;

/** Where the search page finds the kept copy: a folder only the service worker answers for. */
export const KEPT_SEARCH_DIR = 'pagefind-kept/';

/** For a request under `<base>pagefind-kept/`, the search file it stands for (`<base>pagefind/…`); otherwise null. */
export function keptSearchFile(pathname: string, base: string): string | null {
  const prefix = base + KEPT_SEARCH_DIR;
  return pathname.startsWith(prefix) ? `${base}pagefind/${pathname.slice(prefix.length)}` : null;
}

/**
 * The static route (URLPattern pathname) of the search files, which the browser fetches without
 * starting the service worker. The base path is escaped, so a `:` or `*` in it stays literal.
 */
export function liveSearchPattern(base: string): string {
  return `${base.replace(/[\\:*?()+{}]/g, '\\$&')}pagefind/*`;
}

/** The cache entry that says this build's search index has been copied completely. */
export function keptMarker(base: string, version: string): string {
  return `${base}${KEPT_SEARCH_DIR}.complete-${version}`;
}

/**
 * What the search cache should hold once this build's index is kept: the index itself, the
 * marker, and the fragments 离线保存全站 stores for a large site (the offline manifest's `search`).
 * Everything else there belongs to an earlier build: its files carry other hashes and would
 * otherwise pile up with every update of the site. Null when the manifest is not this build's
 * (the site was updated meanwhile), so nothing is removed on a guess.
 */
export function searchFilesToKeep(
  origin: string,
  build: { version: string; searchIndex: readonly string[]; marker: string },
  manifest: { version?: unknown; search?: unknown },
): Set<string> | null {
  if (manifest.version !== build.version || !Array.isArray(manifest.search)) return null;
  const paths = [...build.searchIndex, build.marker, ...manifest.search.filter((p): p is string => typeof p === 'string')];
  return new Set(paths.map((p) => new URL(p, origin).href));
}
