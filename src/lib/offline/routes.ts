import type { CacheName } from './caches.ts';

/**
 * Which cache (and so which strategy) a same-origin GET belongs to, or null for requests the
 * service worker leaves to the network (outside the base path, the worker itself, the manifest).
 */
export function cacheFor(pathname: string, base: string, isNavigation: boolean): CacheName | null {
  if (!pathname.startsWith(base)) return null;
  const rest = pathname.slice(base.length);
  if (rest === 'sw.js' || rest === 'offline-manifest.json') return null;
  if (rest.startsWith('pagefind/')) return 'search';
  if (isNavigation || rest === '' || rest.endsWith('/') || rest.endsWith('.html')) return 'pages';
  return 'assets';
}

/**
 * Files whose names carry a content hash (Astro's `_astro/`, Pagefind's index in the primary bundle
 * or a part): safe to serve from the cache forever. Any other file may change under the same name.
 */
export function isImmutable(pathname: string, base: string): boolean {
  const rest = pathname.slice(base.length);
  return (
    rest.startsWith('_astro/') || /^pagefind\/(part-\d+\/)?(index|fragment|filter)\//.test(rest) || /^pagefind\/.*\.pf_meta$/.test(rest)
  );
}

/**
 * Whether the service worker answers a file from its cache without asking the network: files
 * whose names carry a hash, and the files it precached at install (`precached`, URL paths). The
 * latter may change under the same name, but only with a new build, and a new build is a new
 * service worker that fetches them again as it installs; every other file (the catalogue 我的学习
 * reads, attachments) goes to the network first and falls back to the saved copy offline.
 */
export function answersFromCache(pathname: string, base: string, precached: ReadonlySet<string>): boolean {
  return isImmutable(pathname, base) || precached.has(pathname);
}

/** The URL a page is stored under: without query (?q=, ?highlight=) or hash, with its trailing slash. */
export function pageKey(url: URL): string {
  const path = url.pathname.endsWith('/') || /\.[a-z0-9]+$/i.test(url.pathname) ? url.pathname : `${url.pathname}/`;
  return `${url.origin}${path}`;
}

/** Turns a built file's path (relative to dist/) into the URL path it is served at. */
export function fileToUrlPath(file: string, base: string): string {
  const p = file.split('\\').join('/');
  if (p === 'index.html') return base;
  if (p.endsWith('/index.html')) return base + p.slice(0, -'index.html'.length);
  return base + p;
}

/** Links to other pages of the site inside a plan page's item list. */
export function planItemLinks(planHtml: string): string[] {
  const list = /<div[^>]*data-plan-items[^>]*>([\s\S]*?)<\/div>\s*(?:<h2|<\/div>|$)/.exec(planHtml)?.[1] ?? '';
  return [...new Set([...list.matchAll(/<a[^>]*href="([^"#?]+)"/g)].map((m) => m[1]!))];
}
