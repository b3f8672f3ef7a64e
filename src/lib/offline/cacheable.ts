/** What the service worker needs of a response to decide whether to keep it. */
export interface ResponseFacts {
  ok: boolean;
  status: number;
  redirected: boolean;
  /** `basic`, `cors`, `default`, `opaque`, `opaqueredirect` or `error`. */
  type: string;
  /** The Content-Type header, or null. */
  contentType: string | null;
}

/**
 * Whether a response may be kept as the copy of `pathname`: a plain 200 from this site, not the
 * end of a redirect (a sign-in or maintenance page must not be stored as the file asked for),
 * not opaque, and of the kind asked for: a page (a path ending in `/` or without extension) is HTML, and a file is not HTML unless named `.html`.
 */
export function cacheable(response: ResponseFacts, pathname: string): boolean {
  const isPage = pathname.endsWith('/') || !(pathname.split('/').pop() ?? '').includes('.');
  if (!response.ok || response.status !== 200 || response.redirected) return false;
  if (response.type !== 'basic' && response.type !== 'default') return false;
  const html = /^\s*(text\/html|application\/xhtml\+xml)\b/i.test(response.contentType ?? '');
  if (isPage) return html;
  return !html || /\.html?$/i.test(pathname);
}

/**
 * Saved pages the current build no longer has (`pages`: this build's page paths, from the offline
 * manifest), to be removed so a page taken off the site does not stay readable offline. `keep`
 * lists paths never dropped (the offline page).
 */
export function removedPages(cachedUrls: readonly string[], pages: readonly string[], keep: readonly string[] = []): string[] {
  const current = new Set([...pages, ...keep]);
  return cachedUrls.filter((url) => !current.has(new URL(url).pathname));
}
