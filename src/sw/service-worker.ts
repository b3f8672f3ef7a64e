/// <reference lib="webworker" />
// The site's service worker, bundled by src/integrations/service-worker.ts into `<base>sw.js`.
// Pages: network first, the saved copy when offline. Hashed assets and Pagefind's index
// chunks: cache first. Everything else of the site: network first. Other hosts: never touched.
import { CACHES } from '../lib/offline/caches.ts';
import { cacheFor, isImmutable, pageKey } from '../lib/offline/routes.ts';

declare const self: ServiceWorkerGlobalScope;
declare const __XXYD_BASE__: string;
declare const __XXYD_VERSION__: string;
declare const __XXYD_PRECACHE__: string[];

const BASE = __XXYD_BASE__;
const OFFLINE_PAGE = `${BASE}offline/`;

function cacheNameFor(url: URL, navigate: boolean) {
  const kind = cacheFor(url.pathname, BASE, navigate);
  return kind ? CACHES[kind] : null;
}

async function precache() {
  await Promise.allSettled(
    [...__XXYD_PRECACHE__, OFFLINE_PAGE].map(async (path) => {
      const url = new URL(path, self.location.origin);
      const response = await fetch(url, { cache: 'no-cache' });
      if (!response.ok || response.redirected) return;
      const name = cacheNameFor(url, false) ?? CACHES.assets;
      await (await caches.open(name)).put(name === CACHES.pages ? pageKey(url) : url.origin + url.pathname, response);
    }),
  );
}

self.addEventListener('install', (event) => {
  event.waitUntil(precache().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  const keep = new Set<string>(Object.values(CACHES));
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((n) => n.startsWith('xxyd-') && !keep.has(n)).map((n) => caches.delete(n))))
      .then(() => self.clients.claim()),
  );
});

async function networkFirst(request: Request, cacheName: string, key: string, navigate: boolean): Promise<Response> {
  const cache = await caches.open(cacheName);
  try {
    const response = await fetch(request);
    if (response.ok && !response.redirected) await cache.put(key, response.clone());
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
  if (response.ok) await cache.put(key, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  const navigate = request.mode === 'navigate';
  const cacheName = cacheNameFor(url, navigate);
  if (!cacheName) return;
  if (cacheName === CACHES.pages) {
    event.respondWith(networkFirst(request, cacheName, pageKey(url), navigate));
  } else if (isImmutable(url.pathname, BASE) || cacheName === CACHES.assets) {
    event.respondWith(cacheFirst(request, cacheName, fileKey(url)));
  } else {
    event.respondWith(networkFirst(request, cacheName, fileKey(url), false));
  }
});

// Lets the page ask which build is active (shown on 我的学习 next to 离线保存).
self.addEventListener('message', (event) => {
  if (event.data?.type === 'version') event.ports[0]?.postMessage({ version: __XXYD_VERSION__ });
});
