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

/** Above this, Pagefind's fragments are kept only by 离线保存全站, not with the rest of the index. */
export const KEEP_FRAGMENTS_LIMIT = 8 * 1024 * 1024;

const CORE_PAGES = ['', 'search/', 'progress/', 'notes/', '404.html'];

/** Pagefind's runtime, in the primary bundle and in each part (a part may run in a worker of its own). */
const SEARCH_RUNTIME = /^pagefind\/(part-\d+\/)?(pagefind\.js|pagefind-worker\.js|pagefind-highlight\.js|wasm\..*)$/;
/** What a search reads from the primary bundle or any part: entry, parts list, metadata, index and filters. */
const SEARCH_INDEX = /^pagefind\/(part-\d+\/)?(pagefind-entry\.json|parts\.json|pages\.json|.*\.pf_meta|index\/.*|filter\/.*)$/;
const SEARCH_FRAGMENT = /^pagefind\/(part-\d+\/)?fragment\//;
/**
 * Chunks one page loads with `import()` only when asked (the 支部台账's Excel writer, about 0.9 MB, and
 * 我的笔记's Word writer, about 0.2 MB): not copied into every reader's browser at install; fetched when first used.
 */
const ON_DEMAND_CHUNK = /^_astro\/(exceljs|xlsx|docx)[.-][^/]*\.js$/;

/**
 * Decides what every browser keeps offline and lists every page for the 离线保存 action. Pure,
 * so it can be unit-tested. The shell (styles, scripts, core pages) is cached when the service
 * worker installs, once the first page has loaded and the reader is quiet; the search index is
 * cached later, once the reader is idle (register-sw.ts), so that copying it never competes with
 * a search being typed.
 */
export function buildOfflineManifest(files: BuiltFile[], base: string, plans: Record<string, string[]>): OfflineManifest {
  const byPath = new Map(files.map((f) => [f.path, f]));
  const isPage = (p: string) => p.endsWith('.html');
  // The search index may come in parts (pagefind/part-1/…), each a bundle of the same shape.
  const fragments = files.filter((f) => SEARCH_FRAGMENT.test(f.path));
  const fragmentBytes = fragments.reduce((n, f) => n + f.size, 0);
  const keepFragments = fragmentBytes <= KEEP_FRAGMENTS_LIMIT;

  const precache = files
    .filter((f) =>
      f.path.startsWith('_astro/')
        ? /\.(css|js)$/.test(f.path) && !ON_DEMAND_CHUNK.test(f.path)
        : ['prefs.js', 'favicon.svg', 'manifest.webmanifest'].includes(f.path) || f.path.startsWith('icons/'),
    )
    .map((f) => f.path);
  for (const page of CORE_PAGES) {
    const file = page === '' ? 'index.html' : page.endsWith('/') ? `${page}index.html` : page;
    if (byPath.has(file)) precache.push(file);
  }
  const searchIndex = files
    .filter((f) => SEARCH_RUNTIME.test(f.path) || SEARCH_INDEX.test(f.path) || (keepFragments && SEARCH_FRAGMENT.test(f.path)))
    .map((f) => f.path);
  const version = createHash('sha256')
    .update([...precache, ...searchIndex].map((p) => `${p}:${byPath.get(p)?.hash ?? ''}`).join('\n'))
    .digest('hex')
    .slice(0, 16);
  return {
    version,
    precache: precache.map((p) => fileToUrlPath(p, base)),
    searchIndex: searchIndex.map((p) => fileToUrlPath(p, base)),
    pages: files.filter((f) => isPage(f.path) && f.path !== '404.html').map((f) => fileToUrlPath(f.path, base)),
    plans,
    search: keepFragments ? [] : fragments.map((f) => fileToUrlPath(f.path, base)),
    assets: files.filter((f) => f.path.startsWith('_astro/')).map((f) => fileToUrlPath(f.path, base)),
  };
}
