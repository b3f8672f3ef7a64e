import { createHash } from 'node:crypto';
import type { OfflineManifest } from './caches.ts';
import { fileToUrlPath } from './routes.ts';

export interface BuiltFile {
  /** Path relative to dist/, forward slashes. */
  path: string;
  size: number;
  /** Content hash or any string that changes when the file changes. */
  hash: string;
}

/** Above this, Pagefind's fragments are cached as they are used instead of at install. */
export const PRECACHE_FRAGMENTS_LIMIT = 8 * 1024 * 1024;

const CORE_PAGES = ['', 'search/', 'progress/', '404.html'];

/**
 * Decides what every browser keeps offline (the shell, styles, scripts and the search index)
 * and lists every page for the 离线保存 action. Pure, so it can be unit-tested.
 */
export function buildOfflineManifest(files: BuiltFile[], base: string, plans: Record<string, string[]>): OfflineManifest {
  const byPath = new Map(files.map((f) => [f.path, f]));
  const isPage = (p: string) => p.endsWith('.html');
  const fragments = files.filter((f) => f.path.startsWith('pagefind/fragment/'));
  const fragmentBytes = fragments.reduce((n, f) => n + f.size, 0);
  const precacheFragments = fragmentBytes <= PRECACHE_FRAGMENTS_LIMIT;

  const precache = files
    .filter((f) => {
      if (f.path.startsWith('_astro/')) return /\.(css|js)$/.test(f.path);
      if (f.path.startsWith('pagefind/')) {
        if (f.path.startsWith('pagefind/fragment/')) return precacheFragments;
        return /^pagefind\/(pagefind\.js|pagefind-worker\.js|pagefind-highlight\.js|pagefind-entry\.json|wasm\..*|.*\.pf_meta|index\/.*|filter\/.*)$/.test(f.path);
      }
      return ['prefs.js', 'favicon.svg'].includes(f.path);
    })
    .map((f) => f.path);
  for (const page of CORE_PAGES) {
    const file = page === '' ? 'index.html' : page.endsWith('/') ? `${page}index.html` : page;
    if (byPath.has(file)) precache.push(file);
  }
  const version = createHash('sha256')
    .update(precache.map((p) => `${p}:${byPath.get(p)?.hash ?? ''}`).join('\n'))
    .digest('hex')
    .slice(0, 16);
  return {
    version,
    precache: precache.map((p) => fileToUrlPath(p, base)),
    pages: files.filter((f) => isPage(f.path) && f.path !== '404.html').map((f) => fileToUrlPath(f.path, base)),
    plans,
    search: precacheFragments ? [] : fragments.map((f) => fileToUrlPath(f.path, base)),
  };
}
