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

/** What the reader does that puts the copy off: typing (a search as you type) and moving the focus. */
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
