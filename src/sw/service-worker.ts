/// <reference lib="webworker" />
// The site's service worker, bundled by build/offline/service-worker.ts into `<base>sw.js`.
// Pages, and files whose names carry no hash (the catalogue 我的学习 reads, attachments): network
// first, the saved copy when offline. Files whose names carry a hash, and those precached with this
// build (prefs.js, the icon): cache first (routes.ts). Pagefind's files: never through the worker,
// so searches run at network speed; the copy kept for offline is read under `pagefind-kept/`
// (keep-search.ts). Once this build's index is kept, what earlier builds left behind goes: their
// search files, and the styles, scripts and images no saved page needs (stale-assets.ts). Other
// hosts: never touched.
import { CACHES } from '../lib/offline/caches.ts';
import { KEEP_SEARCH_INDEX, keptMarker, keptSearchFile, liveSearchPattern, searchFilesToKeep } from '../lib/offline/keep-search.ts';
import { answersFromCache, cacheFor, isImmutable, pageKey } from '../lib/offline/routes.ts';
import { eachAtOnce } from '../lib/each-at-once.ts';
import { staleAssets } from '../lib/offline/stale-assets.ts';
import { cacheable, removedPages } from '../lib/offline/cacheable.ts';

declare const self: ServiceWorkerGlobalScope;
declare const __XXYD_BASE__: string;
declare const __XXYD_VERSION__: string;
declare const __XXYD_PRECACHE__: string[];
declare const __XXYD_SEARCH_INDEX__: string[];

/** Chromium's static routing (`InstallEvent.addRoutes`), where the browser has it. */
interface RouterRule {
  condition: { urlPattern: { pathname: string } };
  source: 'network';
}
type InstallEventWithRoutes = ExtendableEvent & { addRoutes?: (rules: RouterRule[]) => Promise<void> };

const BASE = __XXYD_BASE__;
const OFFLINE_PAGE = `${BASE}offline/`;
/** URL paths of the files fetched at install: this build's versions, answered from the cache. */
const PRECACHED: ReadonlySet<string> = new Set(__XXYD_PRECACHE__);

/** Whether `response` may be kept as the copy of `url` (cacheable.ts). */
const keepable = (response: Response, url: URL) =>
  cacheable(
    {
      ok: response.ok,
      status: response.status,
      redirected: response.redirected,
      type: response.type,
      contentType: response.headers.get('content-type'),
    },
    url.pathname,
  );

function cacheNameFor(url: URL, navigate: boolean) {
  const kind = cacheFor(url.pathname, BASE, navigate);
  return kind ? CACHES[kind] : null;
}

async function precache() {
  await Promise.allSettled(
    [...__XXYD_PRECACHE__, OFFLINE_PAGE].map(async (path) => {
      const url = new URL(path, self.location.origin);
      const response = await fetch(url, { cache: 'no-cache' });
      const name = cacheNameFor(url, false) ?? CACHES.assets;
      if (!keepable(response, url)) return;
      await (await caches.open(name)).put(name === CACHES.pages ? pageKey(url) : url.origin + url.pathname, response);
    }),
  );
}

/** Copies of the search index fetched at most this many at a time, so the page stays responsive. */
const KEEP_PARALLEL = 4;
/** The cache entry that records this build's complete copy. */
const KEPT_MARKER = keptMarker(BASE, __XXYD_VERSION__);
let keeping: Promise<boolean> | null = null;

/**
 * Copies this build's search index into the cache (asked by a page once the reader is idle).
 * Files whose names carry a hash and are already kept are not fetched again; a marker records a
 * complete copy, so later pages cost one cache lookup.
 */
async function keepSearchIndex(): Promise<boolean> {
  const cache = await caches.open(CACHES.search);
  const marker = new URL(KEPT_MARKER, self.location.origin).href;
  if (await cache.match(marker)) return true;
  let complete = true;
  await eachAtOnce(__XXYD_SEARCH_INDEX__, KEEP_PARALLEL, async (path) => {
    const url = new URL(path, self.location.origin);
    if (isImmutable(url.pathname, BASE) && (await cache.match(url.href))) return;
    try {
      const response = await fetch(url, { cache: 'no-cache' });
      if (keepable(response, url)) await cache.put(url.href, response);
      else complete = false;
    } catch {
      complete = false;
    }
  });
  if (complete) {
    await cache.put(marker, new Response(''));
    await dropEarlierBuilds(cache).catch(() => {});
  }
  return complete;
}

/**
 * Once this build's search index is kept: removes what earlier builds left in the caches, their
 * search files and the styles, scripts and images no saved page needs any more. Only when the
 * offline manifest on the server is this build's, so nothing is removed on a guess.
 */
async function dropEarlierBuilds(searchCache: Cache): Promise<void> {
  let manifest: { version?: unknown; search?: unknown; assets?: unknown; pages?: unknown };
  try {
    const response = await fetch(new URL(`${BASE}offline-manifest.json`, self.location.origin), { cache: 'no-cache' });
    manifest = (await response.json()) as typeof manifest;
  } catch {
    // Without this build's list nothing is removed; the copy for the next build cleans up.
    return;
  }
  const keep = searchFilesToKeep(
    self.location.origin,
    { version: __XXYD_VERSION__, searchIndex: __XXYD_SEARCH_INDEX__, marker: KEPT_MARKER },
    manifest,
  );
  if (!keep) return;
  // Pages the build no longer has go first, so the assets only they needed go too.
  await dropRemovedPages(manifest.pages).catch(() => {});
  await Promise.allSettled([
    searchCache.keys().then((requests) => Promise.all(requests.filter((r) => !keep.has(r.url)).map((r) => searchCache.delete(r)))),
    dropStaleAssets(manifest.assets),
  ]);
}

/** Drops saved pages this build no longer has, so a page taken off the site is not kept offline. */
async function dropRemovedPages(pages: unknown): Promise<void> {
  if (!Array.isArray(pages) || !pages.every((p) => typeof p === 'string')) return;
  const cache = await caches.open(CACHES.pages);
  const urls = (await cache.keys()).map((r) => r.url);
  for (const url of removedPages(urls, pages, [OFFLINE_PAGE])) await cache.delete(url);
}

/** At activation: prunes removed pages when the server's manifest is this build's. */
async function pruneForThisBuild(): Promise<void> {
  const response = await fetch(new URL(`${BASE}offline-manifest.json`, self.location.origin), { cache: 'no-cache' });
  const manifest = (await response.json()) as { version?: unknown; pages?: unknown };
  if (manifest.version === __XXYD_VERSION__) await dropRemovedPages(manifest.pages);
}

/** The text of every page in the pages cache, one at a time. */
async function* savedPages(): AsyncGenerator<string> {
  const pages = await caches.open(CACHES.pages);
  for (const request of await pages.keys()) {
    const response = await pages.match(request);
    if (response) yield await response.text();
  }
}

/** Drops the `_astro/` files of earlier builds that no saved page needs (stale-assets.ts). */
async function dropStaleAssets(current: unknown): Promise<void> {
  if (!Array.isArray(current) || !current.every((p) => typeof p === 'string')) return;
  const assets = await caches.open(CACHES.assets);
  const stale = await staleAssets({
    cached: (await assets.keys()).map((r) => r.url),
    base: BASE,
    current,
    pages: savedPages(),
    readAsset: async (url) => (await assets.match(url))?.text() ?? null,
  });
  for (const url of stale) await assets.delete(url);
}

self.addEventListener('install', (event) => {
  // Search files go straight to the network, without starting this worker (Chromium 123+);
  // elsewhere the fetch handler below leaves them alone.
  const routes = (event as InstallEventWithRoutes).addRoutes?.([
    { condition: { urlPattern: { pathname: liveSearchPattern(BASE) } }, source: 'network' },
  ]);
  event.waitUntil(Promise.all([Promise.resolve(routes).catch(() => {}), precache()]).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  const keep = new Set<string>(Object.values(CACHES));
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((n) => n.startsWith('xxyd-') && !keep.has(n)).map((n) => caches.delete(n))))
      .then(() => pruneForThisBuild().catch(() => {}))
      .then(() => self.clients.claim()),
  );
});

async function networkFirst(request: Request, cacheName: string, key: string, navigate: boolean): Promise<Response> {
  const cache = await caches.open(cacheName);
  try {
    const response = await fetch(request);
    if (keepable(response, new URL(request.url))) await cache.put(key, response.clone());
    return response;
  } catch {
    const saved = await cache.match(key);
    if (saved) return saved;
    if (navigate) {
      const offline = await (await caches.open(CACHES.pages)).match(pageKey(new URL(OFFLINE_PAGE, self.location.origin)));
      if (offline) return offline;
    }
    return Response.error();
  }
}

/** Files are stored without their query: Pagefind adds `?ts=` to defeat HTTP caches. */
const fileKey = (url: URL) => url.origin + url.pathname;

async function cacheFirst(request: Request, cacheName: string, key: string): Promise<Response> {
  const cache = await caches.open(cacheName);
  const saved = await cache.match(key);
  if (saved) return saved;
  const response = await fetch(request);
  if (keepable(response, new URL(request.url))) await cache.put(key, response.clone());
  return response;
}

/**
 * The kept copy of a search file; the network when it was never kept. The response is rebuilt
 * so that it carries no URL of its own: a script then keeps the `pagefind-kept/` address it was
 * asked for, and Pagefind, which finds its index and worker next to its own script, reads them
 * from there too.
 */
async function keptSearch(url: URL): Promise<Response> {
  const kept = (await (await caches.open(CACHES.search)).match(fileKey(url))) ?? (await fetch(url).catch(() => null));
  if (!kept) return Response.error();
  return new Response(kept.body, { status: kept.status, statusText: kept.statusText, headers: kept.headers });
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  const kept = keptSearchFile(url.pathname, BASE);
  if (kept) {
    event.respondWith(keptSearch(new URL(kept, url.origin)));
    return;
  }
  const navigate = request.mode === 'navigate';
  const cacheName = cacheNameFor(url, navigate);
  // Search files: the network answers, without a detour through this worker.
  if (!cacheName || cacheName === CACHES.search) return;
  if (cacheName === CACHES.pages) event.respondWith(networkFirst(request, cacheName, pageKey(url), navigate));
  else if (answersFromCache(url.pathname, BASE, PRECACHED)) event.respondWith(cacheFirst(request, cacheName, fileKey(url)));
  // The same name may hold new content after an update of the site: a saved copy is for offline only.
  else event.respondWith(networkFirst(request, cacheName, fileKey(url), false));
});

// Lets the page ask which build is active (shown on 我的学习 next to 离线保存), and ask for the
// search index to be kept once the reader is idle (register-sw.ts).
self.addEventListener('message', (event) => {
  if (event.data?.type === 'version') event.ports[0]?.postMessage({ version: __XXYD_VERSION__ });
  if (event.data?.type === KEEP_SEARCH_INDEX) {
    keeping ??= keepSearchIndex()
      .catch(() => false)
      .finally(() => (keeping = null));
    // 离线保存 waits for the answer on the port it sends along.
    const reply = event.ports[0];
    event.waitUntil(keeping.then((complete) => reply?.postMessage({ complete })));
  }
});
